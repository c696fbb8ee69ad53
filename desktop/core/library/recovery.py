"""A damaged library, set aside and rebuilt: the way forward every "damaged" message offers.

The damaged file is never deleted: it is renamed beside the new one with a timestamp
(``reports.damaged-20261204-181500.sqlite``, its ``-wal`` and ``-shm`` with it), then a new
library is built from the folders and corpora the old one names (as much of its ``sources``
table as can still be read), or from the sources the user gives.
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from .errors import LibraryError, LibraryNewer
from .store import SCHEMA_VERSION


@dataclass(slots=True)
class RebuildReport:
    library: str
    kept_aside: str | None
    sources: list[str]
    missing: list[str] = field(default_factory=list)
    reports: list = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "library": self.library,
            "kept_aside": self.kept_aside,
            "sources": self.sources,
            "missing": self.missing,
            "reports": [r.as_dict() for r in self.reports],
        }


def sources_of(path: Path) -> list[str]:
    """The folders and corpora a library file names, as far as they can still be read ([] if none)."""
    try:
        con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?immutable=1", uri=True)
    except sqlite3.Error:
        return []
    try:
        return [r[0] for r in con.execute("SELECT path FROM sources ORDER BY id")]
    except sqlite3.Error:
        return []
    finally:
        con.close()


def set_aside(path: Path, why: str = "damaged") -> Path:
    """Rename the library file (and its ``-wal``/``-shm``) to ``<stem>.<why>-<timestamp><suffix>``."""
    path = Path(path)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{why}-{stamp}{path.suffix}")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.stem}.{why}-{stamp}-{n}{path.suffix}")
        n += 1
    for tail in ("", "-wal", "-shm"):
        part = path.with_name(path.name + tail)
        if part.exists():
            os.replace(part, target.with_name(target.name + tail))
    return target


def rebuild(
    path: Path | str, sources: list[str] | None = None, *, names: bool = True, progress=None, cancelled=None
) -> RebuildReport:
    """Build the library at ``path`` again from ``sources`` (default: the ones it names), the old file
    kept aside. A library of a newer version is never touched (:class:`LibraryNewer`)."""
    from .indexer import add_source
    from .store import Library

    path = Path(path).expanduser()
    damaged = False
    if path.exists():
        try:
            with Library(path) as lib:
                if lib.schema > SCHEMA_VERSION:  # readable, but a newer version's: never moved nor rebuilt
                    raise LibraryNewer(lib.name, "", lib.schema, SCHEMA_VERSION, readable=False)
        except LibraryNewer:
            raise
        except LibraryError:
            damaged = True  # damaged, or not a library at all: kept aside all the same, never deleted
    known = list(sources or sources_of(path))
    if not known:
        raise LibraryError(
            f"The library “{path.name}” does not say which folders or corpora it was built from; "
            f"name them: fact-browser library rebuild --library {path} --from FOLDER_OR_CORPUS.",
            "library_no_sources",
            path.name,
        )
    present = [s for s in known if Path(s).exists()]
    if not present:
        raise LibraryError(
            f"None of the sources of “{path.name}” can be found ({', '.join(known)}); name them with --from.",
            "library_sources_gone",
            path.name,
        )
    kept = set_aside(path, "damaged" if damaged else "before-rebuild") if path.exists() else None
    report = RebuildReport(str(path), str(kept) if kept else None, present, [s for s in known if s not in present])
    for source in present:
        report.reports.append(add_source(path, source, names=names, progress=progress, cancelled=cancelled))
        if cancelled and cancelled():
            break
    return report
