"""Fixtures for translation tests: a fake provider on 127.0.0.1 and a guard against any socket."""

from __future__ import annotations

import socket

import pytest

from desktop.core.translate import TranslationCache
from fake_provider import FakeProvider


@pytest.fixture
def fake(monkeypatch):
    """A running fake provider; deep-translator's Google URL points at its ``/m`` page."""
    import deep_translator.constants

    # A system proxy would swallow requests meant for 127.0.0.1.
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    provider = FakeProvider().start()
    monkeypatch.setitem(deep_translator.constants.BASE_URLS, "GOOGLE_TRANSLATE", provider.google_url)
    yield provider
    provider.stop()


@pytest.fixture
def cache(tmp_path):
    c = TranslationCache(tmp_path / "translations.sqlite3")
    yield c
    c.close()


class SocketAttempt(AssertionError):
    pass


@pytest.fixture
def no_sockets(monkeypatch):
    """Every attempt to resolve a name or connect a socket fails loudly and is recorded."""
    attempts: list[object] = []

    def refuse(*args, **kwargs):
        attempts.append(args[1:] if args else kwargs)
        raise SocketAttempt(f"socket connection attempted: {args[1:]!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)  # a name lookup is traffic too
    return attempts
