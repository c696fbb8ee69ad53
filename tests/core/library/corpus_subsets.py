"""Corpus subsets written to temp folders (never into the project) for library tests."""

from __future__ import annotations

import json
from pathlib import Path

from shared_paths import corpus_path

GOV = ("gov_work_reports", "government_work_reports.jsonl")
TW = ("tw_president_news", "president_news_2024_2025.jsonl")


def corpus_subset(parts: tuple[str, str], out: Path, keep) -> Path:
    """The records of a corpus for which ``keep(record, line_number)`` holds, as a .jsonl under ``out``."""
    source = corpus_path(*parts)
    lines = []
    with open(source, encoding="utf-8") as fh:
        for number, line in enumerate(fh):
            if line.strip() and keep(json.loads(line), number):
                lines.append(line if line.endswith("\n") else line + "\n")
    path = out / parts[1]
    path.write_text("".join(lines), encoding="utf-8")
    return path
