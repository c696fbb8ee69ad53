"""Where the app's bundled files and per-user caches live."""

from __future__ import annotations

import os
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _data_root() -> Path:
    """The checkout (``make run``, editable installs) or, for a wheel, the data files
    installed under ``<prefix>/share/fact-browser`` (see ``pyproject.toml``)."""
    if (PROJECT_ROOT / "seeds").is_dir():
        return PROJECT_ROOT
    return Path(sys.prefix) / "share" / "fact-browser"


DATA_ROOT = _data_root()
SEEDS_DIR = DATA_ROOT / "seeds"
RESOURCES_DIR = DATA_ROOT / "resources"
TRANSLATIONS_DIR = DATA_ROOT / "translations"
#: The document the app opens when it is given none.
SEED_ARTICLE = SEEDS_DIR / "guanyinqiao-service-award.zh.txt"


def user_cache_dir() -> Path:
    """Per-user cache folder (dictionary index, translation cache).

    ``FACT_BROWSER_CACHE_DIR`` overrides it, so tests and portable installs
    never touch the real one.
    """
    override = os.environ.get("FACT_BROWSER_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir as _platform_cache

    return Path(_platform_cache("fact-browser", appauthor=False))


def user_data_dir() -> Path:
    """Per-user data folder (copies of pasted documents). ``FACT_BROWSER_DATA_DIR`` overrides it."""
    override = os.environ.get("FACT_BROWSER_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir as _platform_data

    return Path(_platform_data("fact-browser", appauthor=False))


def folder_bytes(folder: Path) -> int:
    """Bytes of every file under ``folder`` (0 if it does not exist): what a cache really takes on disk."""
    total = 0
    try:
        for path in Path(folder).rglob("*"):
            try:
                if path.is_file() and not path.is_symlink():
                    total += path.stat().st_size
            except OSError:
                continue
    except OSError:
        return total
    return total
