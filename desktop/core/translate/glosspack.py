"""Gloss packs: English for every sentence of a document, in a file that travels with it.

A gloss pack is UTF-8 JSON::

    {
      "format": "fact-browser-glosspack",
      "version": 1,
      "source_lang": "zh",
      "target_lang": "en",
      "title": "江北区观音桥商圈管理办公室荣获…",     # the document's title (informational)
      "created": "2024-09-01T12:00:00+00:00",        # ISO 8601 (informational)
      "entries": [
        {"zh": "<normalised sentence, title or heading>", "en": "<English>"},
        ...
      ]
    }

``zh`` is the text's lookup key (:func:`texts.sentence_key`: NFC, whitespace
collapsed), not a position, so a pack still applies after the document is
re-sectioned or edited elsewhere. Entries may carry other keys (ignored), and
later entries win over earlier ones with the same ``zh``.

The pack for a document sits beside it: ``<name>.zh.txt`` (or ``<name>.txt``,
``.md``, ``.html``) → ``<name>.glosses.en.json``; see :func:`find_pack_for`.
Because entries are keyed by text, the packs the app ships apply to every
document: the bundled article copied to any other folder still has its
English (:func:`packs_for`).
The app exports the same format (File ▸ Export glosses) for any document.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..ingest.text import LoadError
from .texts import article_texts, sentence_key

if TYPE_CHECKING:
    from ..document import Article

FORMAT = "fact-browser-glosspack"
VERSION = 1
PACK_SUFFIX = ".glosses.en.json"
#: A pack for a 1 M-character document is about 3 MB; refuse what cannot be one.
MAX_PACK_BYTES = 64 * 1024 * 1024
# Language tag before the extension: name.zh.txt, name.zh-CN.md, name.zh-Hant.html
_LANG_TAG = re.compile(r"\.(?:zh|cmn|yue)(?:[-_][A-Za-z]{2,4})?$", re.I)


class GlossPackError(LoadError):
    """A file is not a usable gloss pack; ``str(err)`` says why, for the user."""


@dataclass
class GlossPack:
    entries: dict[str, str] = field(default_factory=dict)
    title: str = ""
    created: str = ""
    source_lang: str = "zh"
    target_lang: str = "en"

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, text: str) -> str | None:
        """The English for ``text`` (any sentence, title or heading), or ``None``."""
        return self.entries.get(sentence_key(text))

    @classmethod
    def for_article(cls, article: Article, translations: Mapping[str, object]) -> GlossPack:
        """A pack of ``article``'s title, headings and sentences that ``translations`` has English for.

        ``translations`` maps text (as sliced from the article) to English, or to
        anything with an ``english`` attribute (a :class:`Translation`).
        """
        entries: dict[str, str] = {}
        for text in article_texts(article):
            value = translations.get(text)
            english = getattr(value, "english", value)
            if isinstance(english, str) and english.strip():
                entries[sentence_key(text)] = english.strip()
        from datetime import datetime, timezone  # only exporting needs it; opening a document does not

        created = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        return cls(entries, title=article.title, created=created)

    def to_json(self) -> str:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "source_lang": self.source_lang,
            "target_lang": self.target_lang,
            "title": self.title,
            "created": self.created,
            "entries": [{"zh": zh, "en": en} for zh, en in self.entries.items()],
        }
        return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"

    def save(self, path: Path | str) -> None:
        """Write the pack atomically (a half-written pack would fail to load)."""
        path = Path(path)
        tmp = path.with_name(path.name + ".part")
        tmp.write_text(self.to_json(), encoding="utf-8")
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path | str) -> GlossPack:
        """Read and validate a pack; raises :class:`GlossPackError` saying what is wrong."""
        path = Path(path)
        try:
            size = path.stat().st_size
            if size > MAX_PACK_BYTES:
                raise GlossPackError(f"{path.name} is too large to be a gloss pack ({size // 2**20} MB).")
            raw = path.read_bytes()
        except OSError as err:
            raise GlossPackError(f"Cannot read the gloss pack {path.name}: {err.strerror or err}.") from None
        return cls.from_json(raw, name=path.name)

    @classmethod
    def from_json(cls, raw: bytes | str, *, name: str = "the gloss pack") -> GlossPack:
        try:
            doc = json.loads(raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw)
        except UnicodeDecodeError:
            raise GlossPackError(f"{name} is not a gloss pack: it is not UTF-8 text.") from None
        except json.JSONDecodeError as err:
            raise GlossPackError(
                f"{name} is not a gloss pack: broken JSON at line {err.lineno}, column {err.colno}."
            ) from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise GlossPackError(f'{name} is not a gloss pack (it lacks "format": "{FORMAT}").')
        version = doc.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise GlossPackError(f"{name} has no valid version number.")
        if version > VERSION:
            raise GlossPackError(
                f"{name} was made by a newer Fact Browser (pack version {version}); update the app to open it."
            )
        source, target = doc.get("source_lang", "zh"), doc.get("target_lang", "en")
        if source != "zh" or target != "en":
            raise GlossPackError(
                f"{name} translates {source!r} to {target!r}; Fact Browser reads packs from Chinese (zh) to English (en)."
            )
        items = doc.get("entries")
        if not isinstance(items, list):
            raise GlossPackError(f"{name} has no list of entries.")
        entries: dict[str, str] = {}
        for i, item in enumerate(items, 1):
            if not isinstance(item, dict):
                raise GlossPackError(f'{name}: entry {i} is not an object with "zh" and "en".')
            zh, en = item.get("zh"), item.get("en")
            if not isinstance(zh, str) or not zh.strip():
                raise GlossPackError(f'{name}: entry {i} has no Chinese text ("zh").')
            if not isinstance(en, str) or not en.strip():
                raise GlossPackError(f'{name}: entry {i} has no English ("en").')
            entries[sentence_key(zh)] = en.strip()
        title = doc.get("title") if isinstance(doc.get("title"), str) else ""
        created = doc.get("created") if isinstance(doc.get("created"), str) else ""
        return cls(entries, title=title, created=created, source_lang=source, target_lang=target)


def pack_path_for(document: Path | str) -> Path:
    """Where the pack for ``document`` belongs: ``name.zh.txt`` → ``name.glosses.en.json``."""
    document = Path(document)
    stem = _LANG_TAG.sub("", document.stem)
    return document.with_name(stem + PACK_SUFFIX)


def find_pack_for(document: Path | str) -> Path | None:
    """The gloss pack beside ``document``, if there is one (``name.glosses.en.json`` or ``name.zh.glosses.en.json``)."""
    document = Path(document)
    for candidate in (pack_path_for(document), document.with_name(document.stem + PACK_SUFFIX)):
        if candidate.is_file():
            return candidate
    return None


def bundled_packs() -> list[Path]:
    """The gloss packs shipped with the app (beside the bundled articles)."""
    from ..paths import SEEDS_DIR

    return sorted(SEEDS_DIR.glob("*" + PACK_SUFFIX)) if SEEDS_DIR.is_dir() else []


def packs_for(document: Path | str | None) -> list[Path]:
    """Every pack that may hold English for ``document``: the one beside it, then the bundled ones.

    Packs are keyed by sentence text, so a bundled pack gives its English to
    the same sentences wherever the document was opened from, and nothing to
    other documents.
    """
    found = [p for p in [find_pack_for(document) if document else None] if p is not None]
    seen = {p.resolve() for p in found}
    return found + [p for p in bundled_packs() if p.resolve() not in seen]
