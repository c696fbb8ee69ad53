"""A local stand-in for Google's ``/m`` page, a LibreTranslate server and an OpenAI-compatible
chat server (llama.cpp, Ollama, vLLM: ``POST /v1/chat/completions``), on 127.0.0.1.

Tests and ``benchmarks/bench_translate.py`` point the real deep-translator
client at it (Google through ``deep_translator.constants.BASE_URLS``,
LibreTranslate through ``custom_url``), and the chat provider at :attr:`FakeProvider.chat_url`,
so the whole pipeline runs with no network. Standard library only (the chat English states the
figures of its line through the app's own figure reader, so a plain answer passes the check).

The chat server answers numbered lines with the same numbers (``1. EN(…)``). Its own faults:
``"400"`` (a request the server refuses), ``"401"``, ``"404"`` (no such model), ``"notjson"``,
``"wrongshape"`` (JSON without ``choices``), ``"wronglines"`` (the last line left out), ``"unnumbered"`` (lines without their numbers),
``"figures"`` (every digit of the English changed), ``"length"`` (cut off at the token limit),
``"preamble"`` (a sentence before line 1 and a code fence, which a real model adds) and ``"think"``
(a reasoning model's ``<think>`` block first). A request with ``"stream": true`` gets server-sent
events, as the real servers send them.

Each request takes the next behaviour from :attr:`FakeProvider.script`
(``"ok"`` once it is empty): ``"ok"``, ``"403"``, ``"429"``, ``"500"``, ``"hang"`` (no answer
until the server stops), ``"malformed"`` (a body that is no translation),
``"empty"``, ``"echo"`` (the source back) or ``"merge"`` (all lines as one).
Faults for the hardening battery: ``"429+retry:N"`` (429 with ``Retry-After: N``),
``"reset"`` (the connection reset half-way through the body), ``"huge"`` (a
50 MB body with no length, until the client hangs up), ``"bloated"`` (a small
page whose English is 100 times longer than any translation), ``"trickle"``
(a valid answer one byte every :attr:`trickle_interval` seconds) and ``"slow"``
(a valid answer after :attr:`slow_delay` seconds).
"""

from __future__ import annotations

import html
import json
import threading
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


def fake_english(line: str) -> str:
    """The fake's English for one line: recognisably derived from it, never equal to it."""
    return f"EN({line})"


class FakeProvider:
    def __init__(self, dictionary: dict[str, str] | None = None) -> None:
        self.dictionary = dict(dictionary or {})
        self.script: deque[str] = deque()
        #: ``(path, {param: value})`` for every request received, in order
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.trickle_interval = 2.0
        self.slow_delay = 1.0
        #: bytes of the "huge" body actually sent before the client hung up
        self.huge_sent = 0
        self._release = threading.Event()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="fake-provider", daemon=True
        )

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def google_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/m"

    @property
    def libre_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/libre/"

    @property
    def chat_url(self) -> str:
        """The base URL a user would type for the chat server (as for Ollama: ``…/v1``)."""
        return f"http://127.0.0.1:{self.port}/v1"

    def chat_requests(self) -> list[dict]:
        """The chat requests received, each ``{"model", "stream", "authorization", "system", "user"}``."""
        return [params for path, params in self.requests if path.endswith("/chat/completions")]

    def start(self) -> FakeProvider:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._release.set()  # let hanging handlers finish
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeProvider:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def next_behaviour(self, path: str, params: dict[str, str]) -> str:
        with self._lock:
            self.requests.append((path, params))
            return self.script.popleft() if self.script else "ok"

    def english(self, text: str, behaviour: str) -> str:
        lines = text.split("\n")
        if behaviour == "echo":
            return text
        if behaviour == "empty":
            return ""
        out = [self.dictionary.get(line, fake_english(line)) for line in lines]
        return " ".join(out) if behaviour == "merge" else "\n".join(out)

    def chat_english(self, line: str) -> str:
        """The chat server's English for one line: the dictionary's, or :func:`fake_english` with the
        values of any Chinese numerals after it, so that every figure of the line is stated."""
        if line in self.dictionary:
            return self.dictionary[line]
        from desktop.core.translate.figures import chinese_figures, figures_mismatch

        english = fake_english(line)
        missing = set(figures_mismatch(line, english))
        values = [value for text, value in chinese_figures(line) if text in missing]
        if values:
            english += " [" + ", ".join(f"{v:.0f}" if float(v).is_integer() else repr(v) for v in values) + "]"
        return english


def _handler_for(fake: FakeProvider):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # keep test output clean
            pass

        def do_GET(self) -> None:
            self._answer()

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self._body = self.rfile.read(length) if length else b""
            self._answer()

        def _answer(self) -> None:
            url = urlsplit(self.path)
            params = {k: v[0] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
            chat = url.path.endswith("/chat/completions")
            if chat:
                params = self._chat_request()
            behaviour = fake.next_behaviour(url.path, params)
            if behaviour == "hang":
                fake._release.wait(60)
                return
            if behaviour in ("400", "401", "403", "404", "429", "500"):
                self._send(int(behaviour), "text/plain", b"no")
                return
            if behaviour.startswith("429+retry:"):
                self._send(429, "text/plain", b"slow down", {"Retry-After": behaviour.split(":", 1)[1]})
                return
            if behaviour == "huge":
                self._huge()
                return
            if behaviour == "slow":
                if fake._release.wait(fake.slow_delay):
                    return
            if chat:
                self._chat_answer(params, behaviour)
                return
            text = params.get("q", "")
            google = url.path.endswith("/m")
            if behaviour == "bloated":
                english = " ".join(fake_english(line) for line in text.split("\n")) + " padding" * (
                    20 * len(text) + 100
                )
                body = f'<html><body><div class="result-container">{html.escape(english)}</div></body></html>'
                self._send(200, "text/html; charset=utf-8", body.encode())
                return
            if behaviour == "malformed":
                body = (
                    "<html><body><p>Sorry, something went wrong.</p></body></html>"
                    if google
                    else "<html>Bad Gateway</html>"
                )
                self._send(200, "text/html", body.encode())
                return
            english = fake.english(text, behaviour)
            if google:
                body = f'<html><body><div class="result-container">{html.escape(english)}</div></body></html>'
                content_type = "text/html; charset=utf-8"
                body_bytes = body.encode()
            else:
                content_type, body_bytes = "application/json", json.dumps({"translatedText": english}).encode()
            if behaviour == "trickle":
                self._trickle(content_type, body_bytes)
            elif behaviour == "reset":
                self._reset(content_type, body_bytes)
            else:
                self._send(200, content_type, body_bytes)

        def _chat_request(self) -> dict:
            try:
                body = json.loads(self._body.decode("utf-8"))
                messages = {m["role"]: m["content"] for m in body["messages"]}
            except (ValueError, KeyError, TypeError):
                return {"model": "", "stream": "", "authorization": "", "system": "", "user": ""}
            return {
                "model": str(body.get("model", "")),
                "stream": json.dumps(body.get("stream")),
                "authorization": self.headers.get("Authorization", ""),
                "system": messages.get("system", ""),
                "user": messages.get("user", ""),
            }

        def _chat_answer(self, params: dict, behaviour: str) -> None:
            import re

            if behaviour in ("malformed", "notjson"):
                self._send(200, "text/html", b"<html>Bad Gateway</html>")
                return
            if behaviour == "wrongshape":
                self._send(200, "application/json", json.dumps({"error": None, "result": "ok"}).encode())
                return
            lines = [re.sub(r"^\d+\.\s*", "", row) for row in params["user"].split("\n")]
            english = [fake.chat_english(line) for line in lines]
            if behaviour == "figures":
                english = [re.sub(r"\d", lambda m: str((int(m.group()) + 1) % 10), e) for e in english]
            rows = [f"{i}. {e}" for i, e in enumerate(english, start=1)]
            if behaviour == "wronglines":
                rows = rows[:-1] or ["1."]
            elif behaviour == "unnumbered" or behaviour == "merge":
                rows = [" ".join(english)] if behaviour == "merge" else english
            elif behaviour == "echo":
                rows = [f"{i}. {line}" for i, line in enumerate(lines, start=1)]
            elif behaviour == "empty":
                rows = []
            elif behaviour == "preamble":
                rows = ["Here is the translation:", "```", *rows, "```"]
            elif behaviour == "think":
                rows = ["<think>", "1. The user wants English. 2. Keep figures.", "</think>", *rows]
            content = "\n".join(rows)
            if params["stream"] == "true":
                chunk = {"choices": [{"index": 0, "delta": {"content": content}, "finish_reason": None}]}
                events = f"data: {json.dumps(chunk)}\n\ndata: [DONE]\n\n"
                self._send(200, "text/event-stream", events.encode())
                return
            answer = {
                "id": "chatcmpl-fake",
                "object": "chat.completion",
                "model": params["model"],
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content},
                        "finish_reason": "length" if behaviour == "length" else "stop",
                    }
                ],
            }
            body = json.dumps(answer, ensure_ascii=False).encode()
            if behaviour == "trickle":
                self._trickle("application/json", body)
            elif behaviour == "reset":
                self._reset("application/json", body)
            else:
                self._send(200, "application/json", body)

        def _send(self, status: int, content_type: str, body: bytes, headers: dict | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def _trickle(self, content_type: str, body: bytes) -> None:
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                for i in range(len(body)):
                    self.wfile.write(body[i : i + 1])
                    self.wfile.flush()
                    if fake._release.wait(fake.trickle_interval):
                        return
            except OSError:  # the client gave up: that is the point
                return

        def _reset(self, content_type: str, body: bytes) -> None:
            import socket
            import struct

            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            # SO_LINGER 0: close() sends RST, as a crashing server or a dropped link does
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True

        def _huge(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()  # no length: the body ends when the connection does
            chunk = b'<div class="result-container">' + b"x" * 65500 + b"</div>"
            try:
                while fake.huge_sent < 50 * 1024 * 1024:
                    self.wfile.write(chunk)
                    fake.huge_sent += len(chunk)
            except OSError:
                return

    return Handler


if __name__ == "__main__":  # a fake to point the real window at: python tests/fake_provider.py --port 8765
    import argparse
    import sys
    import time
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # desktop, for the figure reader
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--script", default="", help="behaviours of the first requests, comma-separated")
    options = parser.parse_args()
    fake = FakeProvider()
    if options.port:
        fake._server.server_close()
        fake._server = ThreadingHTTPServer(("127.0.0.1", options.port), _handler_for(fake))
        fake._server.daemon_threads = True
        fake._thread = threading.Thread(target=fake._server.serve_forever, args=(0.05,), daemon=True)
    fake.script.extend(filter(None, options.script.split(",")))
    fake.start()
    print(f"chat: {fake.chat_url}  libre: {fake.libre_url}  google: {fake.google_url}", flush=True)
    seen = 0
    try:
        while True:
            time.sleep(0.2)
            for path, params in fake.requests[seen:]:
                shown = params.get("user", params.get("q", ""))[:200].replace("\n", " | ")
                print(
                    f"{path} model={params.get('model', '')} auth={bool(params.get('authorization'))} {shown}",
                    flush=True,
                )
            seen = len(fake.requests)
    except KeyboardInterrupt:
        fake.stop()
