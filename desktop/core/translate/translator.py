"""English for a document's sentences: gloss packs first, then the cache, then (only if online) a provider.

``Translator(online=False)`` never imports deep-translator or opens a socket;
it returns what gloss packs and the cache already hold.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from . import errors
from .batching import BatchTranslator, Cancelled, Progress, as_check
from .cache import TranslationCache
from .errors import TranslationError
from .glosspack import GlossPack
from .providers import ProviderClient, ProviderConfig
from .texts import has_chinese, sentence_key
from .translation import CACHE, ONLINE, VERBATIM, Translation, from_packs

log = logging.getLogger(__name__)


def _keeps_figures(source: str, english: str) -> bool:
    from .figures import figures_mismatch

    return not figures_mismatch(source, english)


class Translator:
    """Translates sentences for one provider configuration; see the module docstring."""

    def __init__(
        self,
        provider_config: ProviderConfig,
        cache: TranslationCache | None,
        *,
        online: bool,
        packs: Iterable[GlossPack] = (),
        source: str = "zh",
        target: str = "en",
        sleep: Callable[[float], object] | None = None,
        attempts: int = 4,
        base_delay: float = 1.0,
        terms=None,
    ) -> None:
        self.config = provider_config
        #: the team's glossary (``terms.apply(text, english) -> english``, see core/library/glossary.py):
        #: its English replaces the provider's rendering of each term it has, whatever the English came from.
        #: The cache keeps what the provider sent, so a glossary change needs no new request. A chat
        #: server is also told the glossary's English of the names in each batch (core/translate/chat.py).
        self.terms = terms
        self.cache = cache
        self.online = online
        self.packs = list(packs)
        self.source = source
        self.target = target
        self._client = ProviderClient(provider_config, source, target, terms=terms)
        self._batches = BatchTranslator(
            self._client.translate,
            max_chars=provider_config.spec.max_chars,
            attempts=attempts,
            base_delay=base_delay,
            sleep=sleep,
            accept=_keeps_figures if provider_config.spec.checks_figures else None,
        )
        #: sentences the last online run got no usable English for
        self.last_garbage = 0

    def __repr__(self) -> str:
        return f"Translator({self.config!r}, online={self.online})"

    @property
    def label(self) -> str:
        """The provider as messages name it (the chat server as ``host:port (model)``)."""
        return self._client.label

    def known(self, texts: Iterable[str]) -> dict[str, Translation]:
        """What packs and the cache hold for ``texts``; never touches the network."""
        out = {t: self._termed(tr) for t, tr in from_packs(self.packs, texts).items()}
        rest = [t for t in dict.fromkeys(texts) if t not in out and has_chinese(t)]
        if rest and self.cache is not None:
            for text, english in self.cache.get_many(
                rest, provider=self.config.name, source=self.source, target=self.target
            ).items():
                out[text] = self._make(text, english, CACHE, self.config.name)
            rest = [t for t in rest if t not in out]
            if rest and not self.online:
                # Offline nothing better can come: show English any provider cached
                # (Translation.provider says which).
                for text, (provider, english) in self.cache.get_any_many(
                    rest, source=self.source, target=self.target, prefer=self.config.name
                ).items():
                    out[text] = self._make(text, english, CACHE, provider)
        return out

    def translate_sentences(
        self,
        texts: Iterable[str],
        progress: Progress | None = None,
        cancelled: Cancelled = None,
    ) -> dict[str, Translation]:
        """``{text: Translation}`` for every text that has English; the rest are absent.

        Online, the missing ones are fetched in batches and cached as each batch
        arrives; ``progress(done, total)`` counts sentences (texts already known
        count as done at once). On cancellation it returns what it has. A fatal
        failure raises :class:`TranslationError` whose ``partial`` holds every
        Translation found so far. If some sentences came back unusable, the same
        error (kind ``garbage``) is raised after the others are cached, with
        them in ``partial``; :attr:`last_garbage` says how many failed.
        """
        texts = list(dict.fromkeys(t for t in texts if t.strip()))
        found = self.known(texts)
        missing = [t for t in texts if t not in found]
        self.last_garbage = 0
        if progress is not None:
            progress(len(found), len(texts))
        if not missing or not self.online or as_check(cancelled)():
            return found

        # Two texts differing only in whitespace are one request.
        unique: dict[str, str] = {}
        for text in missing:
            unique.setdefault(sentence_key(text), text)

        def store(batch: dict[str, str]) -> None:
            if self.cache is not None:
                self.cache.put_many(batch, provider=self.config.name, source=self.source, target=self.target)

        def add(got: dict[str, str]) -> None:
            for text in missing:
                english = got.get(unique[sentence_key(text)])
                if english is not None:
                    found[text] = self._make(text, english, ONLINE, self.config.name)

        try:
            got, garbage = self._batches.run(
                list(unique.values()),
                on_batch=store,
                progress=progress,
                cancelled=cancelled,
                done=len(found),
                total=len(texts),
            )
        except TranslationError as err:
            add(err.partial)
            err.partial = dict(found)
            raise
        add(got)
        self.last_garbage = garbage
        if garbage:
            log.info("%s: no usable English for %d sentences", self._client.label, garbage)
            err = TranslationError(
                errors.GARBAGE,
                f"{self._client.label} sent back no usable English for {garbage} of {len(texts)} sentences "
                "(empty, unreadable, the Chinese again or with figures changed); they stay untranslated.",
            )
            err.partial = dict(found)
            raise err
        return found

    def translate_again(self, text: str, cancelled: Cancelled = None) -> Translation | None:
        """Forget ``text``'s cached English and ask the provider again (online only); ``None`` if no English came back."""
        if not self.online:
            raise TranslationError(errors.CONFIG, "Online translation is switched off.")
        if self.cache is not None:
            self.cache.forget(text, provider=self.config.name)
        got, _ = self._batches.run([text], cancelled=cancelled)
        if text not in got:
            return None
        if self.cache is not None:
            self.cache.put(text, got[text], provider=self.config.name, source=self.source, target=self.target)
        return self._make(text, got[text], ONLINE, self.config.name)

    def _make(self, text: str, english: str, origin: str, provider: str) -> Translation:
        if self.terms:
            english = self.terms.apply(text, english)
        return Translation.checked(text, english, origin, provider)

    def _termed(self, translation: Translation) -> Translation:
        if not self.terms or translation.origin == VERBATIM:
            return translation
        english = self.terms.apply(translation.text, translation.english)
        if english == translation.english:
            return translation
        return Translation.checked(translation.text, english, translation.origin, translation.provider)
