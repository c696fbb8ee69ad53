"""The chat server's API key is kept as the PostgreSQL password is: in a real keyring, or for the session."""

from __future__ import annotations

import pytest

from desktop.core.translate import api_keys

URL = "http://10.0.0.5:8080/v1"


class FakeKeyring:
    """A keyring backend's three calls, in memory."""

    def __init__(self):
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, name):
        return self.items.get((service, name))

    def set_password(self, service, name, secret):
        self.items[(service, name)] = secret

    def delete_password(self, service, name):
        del self.items[(service, name)]


@pytest.fixture(autouse=True)
def no_held_keys(monkeypatch):
    monkeypatch.setattr(api_keys, "_HELD", {})


def test_without_a_keyring_the_key_is_held_for_the_session_only(monkeypatch):
    monkeypatch.setattr(api_keys, "real_keyring", lambda: None)
    assert api_keys.key_store() == "session"
    assert api_keys.keep_key("chat", URL, "sk-1", remember=True) == "session"
    assert api_keys.stored_key("chat", URL) == "sk-1"
    assert api_keys.stored_key("chat", "http://10.0.0.5:8080") == "sk-1"  # the same endpoint, written otherwise
    assert api_keys.stored_key("chat", "http://10.0.0.6:8080/v1") is None  # never sent to another server
    api_keys._HELD.clear()  # a restart
    assert api_keys.stored_key("chat", URL) is None


def test_with_a_keyring_a_remembered_key_lives_there_and_leaves_it_when_unremembered(monkeypatch):
    ring = FakeKeyring()
    monkeypatch.setattr(api_keys, "real_keyring", lambda: ring)
    assert api_keys.keep_key("chat", URL, "sk-2", remember=True) == "keyring"
    assert list(ring.items.values()) == ["sk-2"] and api_keys._HELD == {}
    assert api_keys.stored_key("chat", URL) == "sk-2" and api_keys.is_remembered("chat", URL)
    assert api_keys.keep_key("chat", URL, "sk-3", remember=False) == "session"
    assert ring.items == {} and api_keys.stored_key("chat", URL) == "sk-3"
    assert not api_keys.is_remembered("chat", URL)
    assert api_keys.keep_key("chat", URL, "", remember=True) == ""
    assert api_keys.stored_key("chat", URL) is None


def test_a_keyring_that_refuses_falls_back_to_the_session(monkeypatch):
    class Locked(FakeKeyring):
        def set_password(self, service, name, secret):
            raise RuntimeError("locked")

        def get_password(self, service, name):
            raise RuntimeError("locked")

    monkeypatch.setattr(api_keys, "real_keyring", lambda: Locked())
    assert api_keys.keep_key("chat", URL, "sk-4", remember=True) == "session"
    assert api_keys.stored_key("chat", URL) == "sk-4"
