"""`make bench`: medians of each measurement, with ratios against a baseline run in the same process."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = (ROOT / ".." / "shared" / "corpora").resolve()
