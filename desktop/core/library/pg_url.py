"""A server library's URL, and its password kept where PostgreSQL's own tools look — never in settings.

``postgresql://user@host:port/database`` (``postgres://`` too; a Unix socket as
``postgresql:///database?host=/run/postgresql``). A password is never stored in a settings file:
it comes from the system keyring when one is installed (the ``keyring`` package with a real
backend), else from ``~/.pgpass`` or the file ``PGPASSFILE`` names, which libpq reads itself.
A password typed into a URL is used for that connection and removed from anything remembered.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit, urlunsplit

KEYRING_SERVICE = "fact-browser-postgresql"
#: Passwords given for this session only (not remembered), by account.
_HELD: dict[str, str] = {}


def redacted(url: str) -> str:
    """``url`` without its password (what a window title, a message or Recent Libraries shows)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = netloc[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc[1]}"))


def password_in(url: str) -> str | None:
    parts = urlsplit(url)
    return unquote(parts.password) if parts.password is not None else None


def account(url: str) -> str:
    """``user@host:port/database``: the key a password is kept under."""
    user, host, port, database = _account(url)
    return f"{user}@{host}:{port}/{database}"


def _account(url: str) -> tuple[str, str, str, str]:
    """``(user, host, port, database)`` as libpq resolves them (a socket folder is the host)."""
    parts = urlsplit(url)
    query = _query(url)
    user = unquote(parts.username or "") or os.environ.get("PGUSER") or _login()
    host = parts.hostname or query.get("host") or os.environ.get("PGHOST") or "localhost"
    port = str(parts.port or query.get("port") or os.environ.get("PGPORT") or 5432)
    database = unquote(parts.path.lstrip("/")) or query.get("dbname") or user
    return user, host, port, database


def display(url: str) -> str:
    """A short name: ``database on host``."""
    parts = urlsplit(url)
    database = unquote(parts.path.lstrip("/")) or "postgres"
    host = parts.hostname or _query(url).get("host") or "localhost"
    return f"{database} on {host}"


def hold_password(url: str, password: str) -> None:
    """Use ``password`` for the account of ``url`` until the program ends; it is stored nowhere."""
    _HELD[account(url)] = password


def held_password(url: str) -> str | None:
    return _HELD.get(account(url))


def password_store() -> str:
    """Where :func:`remember_password` keeps a password: "keyring", or the pgpass file's path."""
    return "keyring" if _keyring() is not None else str(pgpass_file())


def stored_password(url: str) -> str | None:
    """The password held for this session, or kept in the system keyring, for this server account."""
    if account(url) in _HELD:
        return _HELD[account(url)]
    ring = _keyring()
    if ring is None:
        return None
    try:
        return ring.get_password(KEYRING_SERVICE, account(url))
    except Exception:  # noqa: BLE001 - a locked or broken keyring backend (any of them): libpq still reads ~/.pgpass
        return None


def remember_password(url: str, password: str) -> str:
    """Keep ``password`` for the account of ``url``: in the keyring, else in the pgpass file
    (mode 0600, as libpq requires). Returns where it went, for the user: "keyring" or the file."""
    ring = _keyring()
    if ring is not None:
        try:
            ring.set_password(KEYRING_SERVICE, account(url), password)
            return "keyring"
        except Exception:  # noqa: BLE001 - a keyring backend that refuses to store: ~/.pgpass instead
            pass
    user, host, port, database = _account(url)
    line = ":".join(_escape(v) for v in (host, port, database, user, password))
    path = pgpass_file()
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    prefix = ":".join(_escape(v) for v in (host, port, database, user)) + ":"
    # libpq takes the first line that matches: the new one goes first, before any wildcard line.
    lines = [line] + [existing for existing in lines if not existing.startswith(prefix)]
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    os.chmod(path, 0o600)
    return str(path)


def pgpass_file() -> Path:
    return Path(os.environ.get("PGPASSFILE") or Path.home() / ".pgpass")


def with_user(url: str, user: str) -> str:
    parts = urlsplit(url)
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=f"{quote(user, safe='')}@{host}"))


def _keyring():
    from ..system_keyring import real_keyring  # shared with the translation providers' API keys

    return real_keyring()  # None: no real keyring, so ~/.pgpass, which PostgreSQL's tools share


def _query(url: str) -> dict[str, str]:
    from urllib.parse import parse_qsl

    return dict(parse_qsl(urlsplit(url).query))


def _escape(value: str) -> str:
    return str(value).replace("\\", "\\\\").replace(":", "\\:")


def _login() -> str:
    try:
        import getpass

        return getpass.getuser()
    except (OSError, KeyError):
        return "postgres"
