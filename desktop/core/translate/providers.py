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
import time
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
    needs_model: bool = False
    #: an answer line that lacks a figure of its source is refused, not shown flagged
    #: (a language model rewrites figures; a translation service rarely does)
    checks_figures: bool = False


PROVIDERS: dict[str, ProviderSpec] = {
    # Google's /m page refuses >= 5000 characters and drops long Chinese input well before that.
    "google": ProviderSpec("google", "Google Translate", 1500, "zh-CN"),
    # deep-translator refuses >= 500 characters for MyMemory.
    "mymemory": ProviderSpec("mymemory", "MyMemory", 450, "zh-CN"),
    "libre": ProviderSpec("libre", "LibreTranslate", 1500, "zh", needs_url=True),
    "deepl": ProviderSpec("deepl", "DeepL", 1500, "zh", needs_key=True),
    "microsoft": ProviderSpec("microsoft", "Microsoft Translator", 1500, "zh-hans", needs_key=True),
    # A model on the team's own server (llama.cpp, Ollama, vLLM): small batches, because a local
    # model writes a few dozen tokens a second and one bad line sends the whole batch again.
    "chat": ProviderSpec(
        "chat", "OpenAI-compatible server", 600, "zh", needs_url=True, needs_model=True, checks_figures=True
    ),
}
DEFAULT_PROVIDER = "google"


@dataclass(frozen=True)
class ProviderConfig:
    """Which provider to use and how: ``timeout`` in seconds is the deadline for each whole answer
    (connecting, headers and every byte of the body), not a per-read timeout.

    ``api_key`` is excluded from ``repr``/``str`` and equality so that logging or
    printing a config never shows it; ``url`` is the LibreTranslate server
    (e.g. ``http://localhost:5000/``) or the chat server's base URL
    (``http://localhost:11434/v1``), and ``model`` the chat server's model name.
    """

    name: str = DEFAULT_PROVIDER
    api_key: str | None = field(default=None, repr=False, compare=False)
    url: str | None = None
    timeout: float = 10.0
    model: str | None = None

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


#: Largest answer body read from a provider. A page for one 1,500-character
#: request is tens of kilobytes; a 50 MB body was once read for 12 minutes and
#: cached. Reading stops at this size and the answer is refused.
MAX_RESPONSE_BYTES = 2 * 1024 * 1024


class _CallState:
    __slots__ = ("timeout", "deadline", "status", "retry_after")

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        #: the whole answer must be in by then (time.monotonic()); a server trickling
        #: one byte every two seconds never trips a per-read timeout
        self.deadline = time.monotonic() + timeout
        self.status: int | None = None
        self.retry_after: float | None = None

    def remaining(self) -> float:
        return self.deadline - time.monotonic()


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
        if state is None:
            return method(url, **kwargs)
        remaining = state.remaining()
        if remaining <= 0:
            raise self._real.exceptions.ReadTimeout("the answer's deadline passed")
        kwargs["timeout"] = remaining
        kwargs["stream"] = True
        response = method(url, **kwargs)
        state.status = response.status_code
        state.retry_after = retry_after_seconds(response.headers.get("Retry-After"))
        try:
            response._content = _read_body(response, state, self._real)
        finally:
            response.close()
        return response


def _read_body(response, state: _CallState, requests_module) -> bytes:
    """The body, read as it arrives, within the call's deadline and :data:`MAX_RESPONSE_BYTES`."""
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > MAX_RESPONSE_BYTES:
        raise _TooLarge()
    raw = response.raw
    sock = _socket_of(raw)
    parts: list[bytes] = []
    size = 0
    while True:
        remaining = state.remaining()
        if remaining <= 0:
            raise requests_module.exceptions.ReadTimeout("the whole answer did not arrive in time")
        if sock is not None:
            try:
                sock.settimeout(remaining)  # no single read may outlast the deadline
            except OSError:  # closed once the body was read to its end
                sock = None
        try:
            chunk = (
                raw.read1(65536, decode_content=True) if hasattr(raw, "read1") else raw.read(65536, decode_content=True)
            )
        except Exception as exc:  # noqa: BLE001 - urllib3's ReadTimeoutError / ProtocolError: as requests would raise them
            if "timed out" in str(exc).lower():
                raise requests_module.exceptions.ReadTimeout("the whole answer did not arrive in time") from None
            raise requests_module.exceptions.ConnectionError("the connection broke mid-answer") from None
        if not chunk:
            return b"".join(parts)
        size += len(chunk)
        if size > MAX_RESPONSE_BYTES:
            raise _TooLarge()
        parts.append(chunk)


def _socket_of(raw):
    """The socket under a urllib3 response, to bound each read by the deadline (None if not reachable)."""
    try:
        return raw._fp.fp.raw._sock
    except AttributeError:
        return None


class _TooLarge(Exception):
    pass


def retry_after_seconds(value: str | None) -> float | None:
    """``Retry-After`` (seconds or an HTTP date) as seconds from now; ``None`` when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        from email.utils import parsedate_to_datetime
        from datetime import datetime, timezone

        when = parsedate_to_datetime(value)
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


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

    def __init__(self, config: ProviderConfig, source: str = "zh", target: str = "en", terms=None) -> None:
        self.config = config
        #: the team's glossary, told to a provider that can take instructions (the chat server)
        self.terms = terms
        self.source = source
        self.target = target
        self._client = None

    @property
    def label(self) -> str:
        if self.config.name == "chat" and self.config.url:
            from .chat import server_name

            return f"{server_name(self.config.url)} ({(self.config.model or '').strip() or '?'})"
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
        except Exception as exc:  # noqa: BLE001 - deep-translator leaks arbitrary exceptions; classify them all
            failure = exc
        finally:
            _calls.state = None
        if isinstance(failure, _TooLarge):
            log.info("%s failed: answer over %d bytes", self.label, MAX_RESPONSE_BYTES)
            raise TranslationError(
                errors.GARBAGE,
                f"{self.label} sent back an answer larger than "
                f"{MAX_RESPONSE_BYTES // (1024 * 1024)} MB; it was not read to the end or kept.",
                retryable=False,
            )
        if failure is not None:
            err = errors.classify(failure, provider=self.label, status=state.status, timeout=self.config.timeout)
            err.retry_after = state.retry_after
            # Only the type name: the exception text may hold a URL with the key in it.
            log.info("%s failed: %s (%s)", self.label, err.kind, type(failure).__name__)
            raise err from None
        if isinstance(result, list):  # MyMemory with return_all, Microsoft with several targets
            result = result[0] if result else None
        if not isinstance(result, str) or not result.strip():
            raise TranslationError(errors.GARBAGE, f"{self.label} sent back an empty translation.")
        if result.lstrip().upper().startswith("MYMEMORY WARNING"):
            # MyMemory answers 200 with its daily-quota notice in place of the translation.
            raise TranslationError(
                errors.RATE_LIMITED,
                f"{self.label} says today's free quota is used up. Try again tomorrow, or pick another provider.",
                retryable=False,
            )
        return result

    def _build(self):
        spec = self.config.spec
        key = self.config.api_key
        if spec.needs_key and not key:
            raise TranslationError(
                errors.AUTH, f"{spec.label} needs an API key. Set it in the translation preferences."
            )
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
                raise TranslationError(
                    errors.CONFIG, "LibreTranslate needs the address of a server, such as http://localhost:5000/."
                )
            if not url.endswith("/"):
                url += "/"
            # deep-translator insists on a key; self-hosted servers often have none, so drop the placeholder.
            client = LibreTranslator(source=spec.zh_code, target=self.target, api_key=key or "-", custom_url=url)
            client.api_key = key or None
            return client
        if self.config.name == "chat":
            return self._build_chat()
        if self.config.name == "deepl":
            from deep_translator import DeeplTranslator

            # Free-plan keys end in ":fx" and live on a different host.
            return DeeplTranslator(
                source=spec.zh_code, target=self.target, api_key=key, use_free_api=key.endswith(":fx")
            )
        from deep_translator import MicrosoftTranslator

        return MicrosoftTranslator(source=spec.zh_code, target=self.target, api_key=key)

    def _build_chat(self):
        import requests

        from .chat import ChatClient

        url = (self.config.url or "").strip()
        if not url.startswith(("http://", "https://")):
            raise TranslationError(
                errors.CONFIG,
                "The chat server needs a base URL, such as http://localhost:11434/v1 (Ollama) "
                "or http://localhost:8080 (llama.cpp).",
            )
        model = (self.config.model or "").strip()
        if not model:
            raise TranslationError(errors.CONFIG, "The chat server needs the name of a model, such as qwen2.5:7b.")
        return ChatClient(url, model, self.config.api_key, self.label, _TimedRequests(requests), terms=self.terms)
