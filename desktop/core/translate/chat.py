"""Translation through the team's own model server: an OpenAI-compatible chat endpoint.

llama.cpp's server, Ollama and vLLM all answer ``POST {base}/v1/chat/completions``.
:class:`ChatClient` sends the lines of one batch numbered (``1. …``, ``2. …``) with a
prompt that asks for the same numbers back, figures and names kept, and ``stream: false``.
An answer is taken only when its numbered lines map back 1:1 onto the lines sent;
anything else (not JSON, the wrong shape, a line missing, merged or out of order, an
answer cut off at the token limit) is a ``garbage`` :class:`TranslationError`, which makes
:class:`~.batching.BatchTranslator` ask again one sentence per request. Whether each
line keeps the figures of its source is checked there too (the spec's ``checks_figures``).

Requests go through :class:`~.providers._TimedRequests`, so the deadline of the whole
answer, the cap on its size and the HTTP status for :func:`errors.classify` are the
same as for the other providers. The API key travels only in the ``Authorization``
header and appears in no message.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

from . import errors
from .errors import TranslationError

#: What the model is told; the numbering is what lets an answer be checked line by line.
SYSTEM_PROMPT = (
    "You translate Chinese into English for analysts who quote figures and names. "
    "The user sends numbered lines. Answer with exactly the same numbered lines, in the same order, "
    "each as its number, a full stop, a space and the English of that line only: "
    "one line per number, no line left out or merged, no notes, no explanations. "
    "Keep every figure with its exact value (amounts, percentages, dates, counts); "
    "a Chinese unit becomes its English value (545.3亿 = 54.53 billion, 2万 = 20,000). "
    "Keep the names of people, places and organisations the same wherever they recur, "
    "in pinyin when you do not know their usual English."
)

#: At most this many glossary entries go with one request: the names of that batch, never the whole glossary.
MAX_TERMS_IN_PROMPT = 60


def terms_prompt(text: str, terms) -> str:
    """The team glossary's English for the names and terms that occur in ``text`` (``terms``: a
    :class:`~desktop.core.library.glossary.Terms`, or None), as one paragraph for the system prompt;
    "" when none occurs. A model that is told "商圈办 = Business District Office" writes it so, where
    it would otherwise write "the office", which no matcher can map back to the name afterwards."""
    if not terms:
        return ""
    pairs: dict[str, str] = {}
    for start, end, entry in terms.find(text):
        pairs.setdefault(text[start:end], entry.english)
        if len(pairs) >= MAX_TERMS_IN_PROMPT:
            break
    if not pairs:
        return ""
    listed = "; ".join(f"{term} = {english}" for term, english in pairs.items())
    return f"Use exactly this English for these names and terms wherever they occur: {listed}."


_NUMBERED = re.compile(r"^\s*(?:\*\*)?\[?(\d{1,4})(?:\*\*)?\s*[.):：、\]]\s*(?:\*\*)?\s?(.*)$")
_THINKING = re.compile(r"^\s*<think>.*?</think>", re.S)


def endpoint(base_url: str) -> str:
    """The chat-completions URL for a base URL as users write it (``http://host:8080``,
    ``http://host:11434/v1``, or the endpoint itself)."""
    url = base_url.strip().rstrip("/")
    if url.endswith("/chat/completions"):
        return url
    if url.endswith("/v1"):
        return url + "/chat/completions"
    return url + "/v1/chat/completions"


def server_name(base_url: str) -> str:
    """``host:port`` of the server, for messages ("127.0.0.1:8080")."""
    parts = urlsplit(base_url.strip())
    return parts.netloc.rsplit("@", 1)[-1] or base_url.strip()


def numbered(lines: list[str]) -> str:
    return "\n".join(f"{i}. {' '.join(line.split())}" for i, line in enumerate(lines, start=1))


def parse_numbered(answer: str, count: int) -> list[str] | None:
    """The English of each of ``count`` lines from a numbered ``answer``; ``None`` unless they map back 1:1.

    A preamble before line 1 ("Here is the translation:") and code fences are ignored; a
    reasoning model's ``<think>…</think>`` block too. A single line may come back unnumbered.
    """
    answer = _THINKING.sub("", answer)
    rows = [row for row in answer.splitlines() if row.strip() and not row.strip().startswith("```")]
    out: list[str] = []
    for row in rows:
        m = _NUMBERED.match(row)
        if m is None:
            if not out:
                continue  # a preamble
            return None  # a continuation line: the line it belongs to cannot be known for sure
        if int(m.group(1)) != len(out) + 1:
            return None
        english = " ".join(m.group(2).replace("**", "").split())
        if not english:
            return None
        out.append(english)
    if not out and count == 1 and len(rows) == 1:
        return [" ".join(rows[0].split())]
    return out if len(out) == count else None


class ChatClient:
    """Translates the lines of one text with one model on one server (see the module docstring)."""

    def __init__(self, base_url: str, model: str, api_key: str | None, label: str, requests_module, terms=None) -> None:
        self.url = endpoint(base_url)
        #: the team's glossary: the entries found in a batch go with it (see :func:`terms_prompt`)
        self.terms = terms
        self.model = model
        self.label = label
        self._key = api_key
        self._requests = requests_module

    def __repr__(self) -> str:
        return f"ChatClient({self.url!r}, model={self.model!r})"

    def translate(self, text: str) -> str:
        """English for each line of ``text``, one line each, in order; raises :class:`TranslationError`."""
        lines = text.split("\n")
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self._key:
            headers["Authorization"] = f"Bearer {self._key}"
        glossary = terms_prompt(text, self.terms)
        body = {
            "model": self.model,
            "messages": [
                {"role": "system", "content": f"{SYSTEM_PROMPT} {glossary}" if glossary else SYSTEM_PROMPT},
                {"role": "user", "content": numbered(lines)},
            ],
            "temperature": 0,
            "stream": False,
        }
        response = self._requests.post(self.url, data=json.dumps(body, ensure_ascii=False).encode(), headers=headers)
        status = response.status_code
        if status == 404:
            raise TranslationError(
                errors.NO_MODEL,
                f"{self.label} answered HTTP 404: it has no model named “{self.model}”, "
                "or the address is not an OpenAI-compatible server. Check both in the translation preferences.",
                status=status,
            )
        if not 200 <= status < 300:
            err = errors.classify(None, provider=self.label, status=status, timeout=0)
            if 400 <= status < 500 and status != 429:
                err.retryable = False  # the same request gets the same refusal: asking again only waits
            raise err
        english = parse_numbered(self._content(response), len(lines))
        if english is None:
            raise TranslationError(
                errors.GARBAGE, f"{self.label} answered with lines that do not match the lines sent.", retryable=False
            )
        return "\n".join(english)

    def _content(self, response) -> str:
        try:
            data = json.loads(response.content.decode("utf-8"))
            choice = data["choices"][0]
            content = choice["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError, AttributeError, UnicodeDecodeError):
            raise TranslationError(
                errors.GARBAGE, f"{self.label} sent back something that is not a chat answer.", retryable=False
            ) from None
        if not isinstance(content, str) or not content.strip():
            raise TranslationError(errors.GARBAGE, f"{self.label} sent back an empty answer.", retryable=False)
        if isinstance(choice, dict) and choice.get("finish_reason") == "length":
            raise TranslationError(
                errors.GARBAGE, f"{self.label} stopped at its length limit before the end.", retryable=False
            )
        return content
