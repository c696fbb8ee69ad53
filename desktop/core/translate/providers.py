"""Online translation providers, reached through deep-translator, with a real timeout.

deep-translator calls ``requests.get``/``requests.post`` with no ``timeout``, so a
server that accepts the connection and never answers hangs the caller for
ever. :func:`_install_timeouts` replaces the ``requests`` name inside
deep-translator's provider modules with :class:`_TimedRequests`, which injects
the timeout of the call in progress on this thread (and records the HTTP status
of the response, which :func:`errors.classify` needs). Outside a
:meth:`ProviderClient.translate` call it passes everything through untouched.

API keys live only in :class:`ProviderConfig` (whose ``repr`` hides them) and
in the deep-translator client; no message built here contains one.
"""
from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass, field

from . import errors
from .errors import TranslationError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProviderSpec:
    """What the app knows about a provider: display name, limits and codes for Chinese."""

    name: str
    label: str
    #: largest request the pipeline sends, in characters (below the provider's own limit)
    max_chars: int
    #: deep-translator's code for simplified Chinese
    zh_code: str
    needs_key: bool = False
    needs_url: bool = False


PROVIDERS: dict[str, ProviderSpec] = {
    # Google's /m page refuses >= 5000 characters and drops long Chinese input well before that.
    "google": ProviderSpec("google", "Google Translate", 1500, "zh-CN"),
    # deep-translator refuses >= 500 characters for MyMemory.
    "mymemory": ProviderSpec("mymemory", "MyMemory", 450, "zh-CN"),
    "libre": ProviderSpec("libre", "LibreTranslate", 1500, "zh", needs_url=True),
    "deepl": ProviderSpec("deepl", "DeepL", 1500, "zh", needs_key=True),
    "microsoft": ProviderSpec("microsoft", "Microsoft Translator", 1500, "zh-hans", needs_key=True),
}
DEFAULT_PROVIDER = "google"


@dataclass(frozen=True)
class ProviderConfig:
    """Which provider to use and how: ``timeout`` in seconds applies to connecting and to each read.

    ``api_key`` is excluded from ``repr``/``str`` and equality so that logging or
    printing a config never shows it; ``url`` is the LibreTranslate server
    (e.g. ``http://localhost:5000/``).
    """

    name: str = DEFAULT_PROVIDER
    api_key: str | None = field(default=None, repr=False, compare=False)
    url: str | None = None
    timeout: float = 10.0

    def __post_init__(self) -> None:
        if self.name not in PROVIDERS:
            known = ", ".join(PROVIDERS)
            raise TranslationError(errors.CONFIG, f"Unknown translation provider {self.name!r}; choose one of {known}.")

    @property
    def spec(self) -> ProviderSpec:
        return PROVIDERS[self.name]

    @property
    def has_key(self) -> bool:
        return bool(self.api_key)


class _CallState:
    __slots__ = ("timeout", "status")

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self.status: int | None = None


_calls = threading.local()
_install_lock = threading.Lock()
_installed = False


class _TimedRequests:
    """Stands in for the ``requests`` module inside deep-translator's provider modules."""

    def __init__(self, real) -> None:
        self._real = real

    def __getattr__(self, name):  # requests.exceptions, requests.Session, ...
        return getattr(self._real, name)

    def get(self, url, **kwargs):
        return self._send(self._real.get, url, kwargs)

    def post(self, url, **kwargs):
        return self._send(self._real.post, url, kwargs)

    def _send(self, method, url, kwargs):
        state = getattr(_calls, "state", None)
        if state is not None and kwargs.get("timeout") is None:
            kwargs["timeout"] = state.timeout
        response = method(url, **kwargs)
        if state is not None:
            state.status = response.status_code
        return response


def _install_timeouts() -> None:
    global _installed
    with _install_lock:
        if _installed:
            return
        import requests
        from deep_translator import deepl, google, libre, microsoft, mymemory

        shim = _TimedRequests(requests)
        for module in (google, mymemory, libre, deepl, microsoft):
            module.requests = shim
        # urllib3 logs every request line at DEBUG, and LibreTranslate and DeepL put the key in the query.
        logging.getLogger("urllib3.connectionpool").addFilter(_redact_keys)
        _installed = True


_KEY_IN_URL = re.compile(r"((?:api_key|auth_key|key|token)=)[^&\s\"']+", re.I)


def _redact_keys(record: logging.LogRecord) -> bool:
    message = record.getMessage()
    redacted = _KEY_IN_URL.sub(r"\1***", message)
    if redacted != message:
        record.msg, record.args = redacted, ()
    return True


class ProviderClient:
    """Translates one text (which may hold several lines) with one provider.

    The deep-translator client is built on first use, not here: Microsoft's
    constructor already goes to the network, and an offline app must never.
    """

    def __init__(self, config: ProviderConfig, source: str = "zh", target: str = "en") -> None:
        self.config = config
        self.source = source
        self.target = target
        self._client = None

    @property
    def label(self) -> str:
        return self.config.spec.label

    def __repr__(self) -> str:
        return f"ProviderClient({self.config!r})"

    def translate(self, text: str) -> str:
        """English for ``text``; raises :class:`TranslationError` for every failure, including an echo."""
        _install_timeouts()
        state = _CallState(self.config.timeout)
        _calls.state = state
        failure: BaseException | None = None
        try:
            if self._client is None:
                self._client = self._build()
            result = self._client.translate(text)
        except Exception as exc:  # deep-translator leaks arbitrary exceptions; classify them all
            failure = exc
        finally:
            _calls.state = None
        if failure is not None:
            err = errors.classify(failure, provider=self.label, status=state.status, timeout=self.config.timeout)
            # Only the type name: the exception text may hold a URL with the key in it.
            log.info("%s failed: %s (%s)", self.label, err.kind, type(failure).__name__)
            raise err from None
        if isinstance(result, list):  # MyMemory with return_all, Microsoft with several targets
            result = result[0] if result else None
        if not isinstance(result, str) or not result.strip():
            raise TranslationError(errors.GARBAGE, f"{self.label} sent back an empty translation.")
        if result.lstrip().upper().startswith("MYMEMORY WARNING"):
            # MyMemory answers 200 with its daily-quota notice in place of the translation.
            raise TranslationError(errors.RATE_LIMITED, f"{self.label} says today's free quota is used up. Try again tomorrow, or pick another provider.", retryable=False)
        return result

    def _build(self):
        spec = self.config.spec
        key = self.config.api_key
        if spec.needs_key and not key:
            raise TranslationError(errors.AUTH, f"{spec.label} needs an API key. Set it in the translation preferences.")
        if self.config.name == "google":
            from deep_translator import GoogleTranslator

            return GoogleTranslator(source=spec.zh_code, target=self.target)
        if self.config.name == "mymemory":
            from deep_translator import MyMemoryTranslator

            return MyMemoryTranslator(source=spec.zh_code, target="en-GB")
        if self.config.name == "libre":
            from deep_translator import LibreTranslator

            url = (self.config.url or "").strip()
            if not url.startswith(("http://", "https://")):
                raise TranslationError(errors.CONFIG, "LibreTranslate needs the address of a server, such as http://localhost:5000/.")
            if not url.endswith("/"):
                url += "/"
            # deep-translator insists on a key; self-hosted servers often have none, so drop the placeholder.
            client = LibreTranslator(source=spec.zh_code, target=self.target, api_key=key or "-", custom_url=url)
            client.api_key = key or None
            return client
        if self.config.name == "deepl":
            from deep_translator import DeeplTranslator

            # Free-plan keys end in ":fx" and live on a different host.
            return DeeplTranslator(source=spec.zh_code, target=self.target, api_key=key, use_free_api=key.endswith(":fx"))
        from deep_translator import MicrosoftTranslator

        return MicrosoftTranslator(source=spec.zh_code, target=self.target, api_key=key)
