"""One error type for every way an online translation can fail.

deep-translator lets many things escape: its own exceptions (some of which put
the API key in their text, e.g. ``AuthorizationException``), requests'
``ConnectionError``/``Timeout``, ``JSONDecodeError`` from a non-JSON body,
``AttributeError``/``KeyError``/``TypeError`` from a body of the wrong shape, and
``None`` or echoed results. :func:`classify` turns all of them into a
:class:`TranslationError` whose message is written here, for the user — never
the text of the original exception, which may carry a URL with a key in it.
"""

from __future__ import annotations

OFFLINE = "offline"
TIMEOUT = "timeout"
RATE_LIMITED = "rate_limited"
SERVER = "server"
AUTH = "auth"
GARBAGE = "garbage"
CONFIG = "config"
TOO_LONG = "too_long"
#: the server has no model of the name given (or is not the kind of server configured)
NO_MODEL = "no_model"

#: Kinds worth another attempt after a pause (the server said "later").
RETRYABLE = frozenset({RATE_LIMITED, SERVER})


class TranslationError(Exception):
    """A translation failed; ``kind`` is one of the constants above, ``str(err)`` a sentence for the user.

    ``partial`` maps source text to the translations that did succeed (and
    were cached) before the failure, so a caller can still show them.
    """

    def __init__(self, kind: str, message: str, *, status: int | None = None, retryable: bool | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        #: worth another attempt after a pause (a quota used up for the day is not)
        self.retryable = kind in RETRYABLE if retryable is None else retryable
        self.message = message
        self.status = status
        self.partial: dict = {}
        #: seconds the server asked us to wait (its Retry-After header), if it said
        self.retry_after: float | None = None

    def __repr__(self) -> str:
        return f"TranslationError({self.kind!r}, {self.message!r})"


def classify(exc: BaseException | None, *, provider: str, status: int | None, timeout: float) -> TranslationError:
    """The :class:`TranslationError` for ``exc`` raised while asking ``provider`` (a display name).

    ``status`` is the HTTP status of the last response received during the call
    (``None`` when no response came back); it decides before the exception type
    does, because deep-translator reports the same status through different
    exception classes per provider. ``timeout`` is in seconds.
    """
    import requests  # deep-translator depends on it; imported here to keep core startup light

    if isinstance(exc, TranslationError):
        return exc
    if isinstance(exc, requests.exceptions.Timeout):
        return TranslationError(
            TIMEOUT, f"{provider} did not answer within {timeout:g} s. Try again, or pick another provider."
        )
    if isinstance(exc, (requests.exceptions.ConnectionError, ConnectionError)) and status is None:
        return TranslationError(
            OFFLINE,
            f"Could not reach {provider}: there is no network connection or the server is down. English already saved still shows.",
        )
    if status is not None and not 200 <= status < 300:
        if status == 429:
            return TranslationError(
                RATE_LIMITED,
                f"{provider} is refusing requests for now (too many requests). Try again later.",
                status=status,
            )
        if status in (401, 403):
            return TranslationError(
                AUTH,
                f"{provider} refused the API key (HTTP {status}). Check the key in the translation preferences.",
                status=status,
            )
        if status == 456:  # DeepL: quota exceeded
            return TranslationError(
                RATE_LIMITED,
                f"{provider} says the account's quota is used up (HTTP 456).",
                status=status,
                retryable=False,
            )
        if status == 413:
            return TranslationError(TOO_LONG, f"{provider} refused a request as too long (HTTP 413).", status=status)
        if status >= 500:
            return TranslationError(
                SERVER, f"{provider} had a server error (HTTP {status}). Try again later.", status=status
            )
        return TranslationError(SERVER, f"{provider} refused the request (HTTP {status}).", status=status)
    # requests' JSONDecodeError is a RequestException too, but the server did answer: with rubbish.
    if isinstance(exc, requests.exceptions.RequestException) and not isinstance(exc, ValueError) and status is None:
        return TranslationError(OFFLINE, f"Could not talk to {provider}: the connection failed.")
    name = type(exc).__name__ if exc is not None else ""
    if name in ("ApiKeyException", "AuthorizationException"):
        return TranslationError(AUTH, f"{provider} needs a valid API key. Set it in the translation preferences.")
    if name in ("NotValidLength", "NotValidPayload"):
        return TranslationError(TOO_LONG, f"{provider} refused the text as too long or not text.")
    if name == "TooManyRequests":
        return TranslationError(
            RATE_LIMITED, f"{provider} is refusing requests for now (too many requests). Try again later."
        )
    if name in ("LanguageNotSupportedException", "InvalidSourceOrTargetLanguage"):
        return TranslationError(CONFIG, f"{provider} does not translate this language pair.")
    return TranslationError(
        GARBAGE, f"{provider} sent back something that is not a translation. Try again later, or pick another provider."
    )
