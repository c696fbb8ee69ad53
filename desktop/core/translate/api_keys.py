"""API keys of the team's own translation server, kept as the PostgreSQL password is: never in settings.

A key is kept per server (the provider and its normalised endpoint), so a key typed for one server
is never sent to another after the address changes. With a real system keyring (the optional
``keyring`` package, :mod:`desktop.core.system_keyring`) it can be remembered there; otherwise it is
held in memory for this session only and asked for again after a restart. Nothing here logs a key.
"""

from __future__ import annotations

from ..system_keyring import real_keyring

KEYRING_SERVICE = "fact-browser-translate"
KEYRING, SESSION = "keyring", "session"
#: keys held for this session only, by account
_HELD: dict[str, str] = {}


def account(provider: str, url: str) -> str:
    """What a key is kept under: ``chat http://host:8080/v1/chat/completions``."""
    from .chat import endpoint

    return f"{provider} {endpoint(url) if provider == 'chat' else url.strip().rstrip('/')}"


def key_store() -> str:
    """Where :func:`keep_key` with ``remember=True`` puts a key: "keyring", or "session" when there is none."""
    return KEYRING if real_keyring() is not None else SESSION


def stored_key(provider: str, url: str) -> str | None:
    """The key held for this session, or kept in the keyring, for this server; ``None`` if none."""
    if not url.strip():
        return None
    name = account(provider, url)
    if name in _HELD:
        return _HELD[name]
    ring = real_keyring()
    if ring is None:
        return None
    try:
        return ring.get_password(KEYRING_SERVICE, name) or None
    except Exception:  # noqa: BLE001 - a locked or broken keyring backend (any of them): no key, asked again
        return None


def keep_key(provider: str, url: str, key: str, *, remember: bool) -> str:
    """Use ``key`` for this server from now on; returns where it went: "keyring" or "session".

    An empty ``key`` forgets the server's key (returns ""). Held or remembered, it replaces the other,
    so a key the user un-remembers leaves the keyring.
    """
    name = account(provider, url)
    if not key:
        forget_key(provider, url)
        return ""
    ring = real_keyring() if remember else None
    if ring is not None:
        try:
            ring.set_password(KEYRING_SERVICE, name, key)
            _HELD.pop(name, None)
            return KEYRING
        except Exception:  # noqa: BLE001 - a keyring that refuses to store: held for the session instead
            pass
    _HELD[name] = key
    _drop_from_keyring(name)
    return SESSION


def forget_key(provider: str, url: str) -> None:
    name = account(provider, url)
    _HELD.pop(name, None)
    _drop_from_keyring(name)


def is_remembered(provider: str, url: str) -> bool:
    """True when the server's key comes from the keyring (not only from this session)."""
    name = account(provider, url)
    ring = real_keyring()
    if name in _HELD or ring is None:
        return False
    try:
        return bool(ring.get_password(KEYRING_SERVICE, name))
    except Exception:  # noqa: BLE001 - see stored_key
        return False


def _drop_from_keyring(name: str) -> None:
    ring = real_keyring()
    if ring is None:
        return
    try:
        if ring.get_password(KEYRING_SERVICE, name) is not None:
            ring.delete_password(KEYRING_SERVICE, name)
    except Exception:  # noqa: BLE001 - nothing to delete, or a keyring that refuses: nothing more to do
        pass
