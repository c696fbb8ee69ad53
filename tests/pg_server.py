"""A throwaway PostgreSQL cluster for the suite, on a Unix socket in a temp folder, gone at the end.

``FACT_BROWSER_TEST_POSTGRES`` names a server to use instead (a URL whose database is ignored:
each test gets a database of its own). Otherwise the cluster is made with the server binaries
of Debian's ``postgresql`` package (``.ci/run`` installs it when missing); as root, the server
runs as the ``postgres`` user, since PostgreSQL refuses to run as root. When neither is possible
:func:`start` returns the reason, and the PostgreSQL half of the library tests skips with it.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit


def server_bin() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl`` (Debian keeps them out of PATH, by version)."""
    if os.environ.get("FACT_BROWSER_PG_BIN"):
        return Path(os.environ["FACT_BROWSER_PG_BIN"])
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0
    )
    if versions:
        return versions[-1].parent
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


class Cluster:
    """A running server; :meth:`database` makes a fresh database and returns its URL."""

    def __init__(
        self, base_url: str, folder: Path | None = None, run_as: list[str] | None = None, bin_dir: Path | None = None
    ) -> None:
        self.base_url, self.folder, self.run_as, self.bin_dir = base_url, folder, run_as or [], bin_dir
        self._names = itertools.count(1)

    def url(self, database: str) -> str:
        parts = urlsplit(self.base_url)
        return urlunsplit(parts._replace(path=f"/{database}"))

    def database(self, prefix: str = "lib") -> str:
        import psycopg

        name = f"{prefix}_{os.getpid()}_{next(self._names)}"
        with psycopg.connect(self.url("postgres"), autocommit=True) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}"')
            con.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    @property
    def owned(self) -> bool:
        """True for a cluster this module started (it may be restarted, its logins are known)."""
        return self.folder is not None

    def role(self, name: str, password: str, database_url: str) -> str:
        """A new role (``name`` and a number) that logs in with ``password`` and may build a library in
        the database of ``database_url``; returns that database's URL for the role (no password in it)."""
        import psycopg

        database = urlsplit(database_url).path.lstrip("/")
        name = f"{name}_{next(self._names)}"  # a role cannot be dropped while another database grants it rights
        with psycopg.connect(self.url("postgres"), autocommit=True) as con:
            con.execute(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}'")
        with psycopg.connect(self.url(database), autocommit=True) as con:
            con.execute(f'GRANT ALL ON DATABASE "{database}" TO "{name}"')
            con.execute(f'GRANT ALL ON SCHEMA public TO "{name}"')
        parts = urlsplit(self.url(database))
        return urlunsplit(parts._replace(netloc=f"{name}@"))

    def stop(self) -> None:
        if self.folder is None:
            return
        subprocess.run(
            [*self.run_as, str(self.bin_dir / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop"],
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None

    def restart(self) -> None:
        """Stop the server at once (clients see it go away) and start it again."""
        data = str(self.folder / "data")
        subprocess.run(
            [*self.run_as, str(self.bin_dir / "pg_ctl"), "-D", data, "-m", "immediate", "stop"],
            capture_output=True,
            timeout=60,
        )
        self._start()

    def _start(self) -> None:
        options = f"-k {self.folder} -c listen_addresses='' -c fsync=off -c full_page_writes=off -c max_connections=60"
        result = subprocess.run(
            [
                *self.run_as,
                str(self.bin_dir / "pg_ctl"),
                "-D",
                str(self.folder / "data"),
                "-w",
                "-t",
                "60",
                "-l",
                str(self.folder / "server.log"),
                "-o",
                options,
                "start",
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        if result.returncode != 0:
            raise RuntimeError((result.stderr or result.stdout).strip()[-300:])


def start() -> tuple[Cluster | None, str]:
    """A cluster, or None and the reason none could be had."""
    given = os.environ.get("FACT_BROWSER_TEST_POSTGRES")
    if given:
        return Cluster(given), ""
    bin_dir = server_bin()
    if bin_dir is None or not (bin_dir / "initdb").exists():
        return None, "no PostgreSQL server binaries (Debian: apt-get install postgresql; .ci/run does)"
    try:
        import psycopg  # noqa: F401 - only whether it loads
    except ImportError as err:
        return None, f"psycopg cannot be loaded: {err}"
    run_as: list[str] = []
    folder = Path(tempfile.mkdtemp(prefix="fact-browser-pg-"))
    if os.geteuid() == 0:
        try:
            import pwd

            pw = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(folder, ignore_errors=True)
            return None, "running as root and there is no 'postgres' user to run the server as"
        os.chown(folder, pw.pw_uid, pw.pw_gid)
        os.chmod(folder, 0o755)
        run_as = (
            ["runuser", "-u", "postgres", "--"]
            if shutil.which("runuser")
            else ["su", "postgres", "-s", "/bin/sh", "-c"]
        )
        if run_as[0] == "su":
            shutil.rmtree(folder, ignore_errors=True)
            return None, "running as root without runuser to start the server as 'postgres'"
    result = subprocess.run(
        [
            *run_as,
            str(bin_dir / "initdb"),
            "-D",
            str(folder / "data"),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    if result.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        return None, f"initdb failed: {(result.stderr or result.stdout).strip()[-200:]}"
    # The superuser logs in without a password; every other role needs one (the login tests make some).
    hba = folder / "data" / "pg_hba.conf"
    hba.write_text("local all postgres trust\nlocal all all scram-sha-256\n", encoding="utf-8")
    cluster = Cluster(f"postgresql://postgres@/postgres?host={folder}", folder, run_as, bin_dir)
    try:
        cluster._start()
    except (RuntimeError, subprocess.TimeoutExpired) as err:
        cluster.stop()
        return None, f"the server did not start: {err}"
    return cluster, ""
