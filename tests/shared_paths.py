"""Where the tests find the project's seed and the real-world corpora (one rule for all).

The corpora live at ``<project>/../shared/corpora`` (CI always has them);
``FACT_BROWSER_CORPORA`` points elsewhere, e.g. from a git worktree. Tests
that need a corpus file skip with the path they looked at when it is absent.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "guanyinqiao-service-award.zh.txt"
CORPORA = Path(os.environ.get("FACT_BROWSER_CORPORA") or ROOT / ".." / "shared" / "corpora").resolve()


def corpus_path(*parts: str) -> Path:
    """``CORPORA/<parts>``, or skip the test saying where it looked."""
    path = CORPORA.joinpath(*parts)
    if not path.exists():
        pytest.skip(
            f"corpus file {Path(*parts)} not found under {CORPORA} (../shared/corpora beside the project, "
            "or set FACT_BROWSER_CORPORA)"
        )
    return path


def load_opencc_testcases() -> list[dict]:
    """OpenCC's testcases.json, or [] when the corpus is absent (tests then skip)."""
    path = CORPORA / "opencc" / "test" / "testcases" / "testcases.json"
    if not path.exists():
        return []
    raw = path.read_text(encoding="utf-8")
    # The upstream file has trailing commas, which json rejects.
    return json.loads(re.sub(r",(\s*[}\]])", r"\1", raw))["cases"]
