"""The system keyring, when there is a real one: where passwords and API keys are kept, never in settings.

The ``keyring`` package is optional (not a dependency): with it and a real backend (Secret Service,
macOS Keychain, Windows Credential Locker) secrets are kept there; without, callers fall back to
what PostgreSQL's tools use (``~/.pgpass``) or hold the secret for the session only.
"""

from __future__ import annotations


def real_keyring():
    """The ``keyring`` module when it has a real backend, else ``None`` (none installed, the fail
    or null backend, or the plaintext file backend, which would be settings in clear by another name)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring configuration is no keyring
        return None
    if isinstance(backend, fail.Keyring) or type(backend).__name__ in ("NullKeyring", "PlaintextKeyring"):
        return None
    return keyring
