"""Small sources for library builds in tests: a folder of tiny reports and a JSON Lines corpus."""

from __future__ import annotations

import json
from pathlib import Path


def report_folder(path: Path, names=("a", "b")) -> Path:
    """A folder with one two-line report per name (2020年报告, 2021年报告, …), each with one growth figure."""
    path.mkdir()
    for i, name in enumerate(names):
        (path / f"{name}.txt").write_text(f"{2020 + i}年报告\n\n国内生产总值增长{5 + i}%。\n", encoding="utf-8")
    return path


def corpus_file(path: Path, n: int) -> Path:
    """A JSON Lines corpus of ``n`` records, each a paragraph of 60 sentences with one percentage."""
    path.write_text(
        "".join(
            json.dumps({"id": i, "title": f"第{i}篇", "content": f"国防预算增长{i}%。" * 60}, ensure_ascii=False) + "\n"
            for i in range(n)
        ),
        encoding="utf-8",
    )
    return path
