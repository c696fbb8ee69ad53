"""The facts' reading of a plain text's headings does not move when the navigator's outline does.

``Article.sections`` is what the facts read: their paragraphs, sections and heading carries (the period
under 一、2015年工作回顾, the tasks under 三、2014年重点工作). Reading the 1955 report's
三、第一個五年計劃的若幹問題 over its nine subsections gave 1953-1957 and "plan" to past examples of waste
(branch ui12), so the outline got a reading of its own (``core/ingest/outline.py``) and the sections keep
theirs. Each work report's sections (titles, spans, levels, paragraphs and sentences, as
``fact-browser sections --json`` prints them) are pinned here by a digest: a change to how plain text is
sectioned fails this test, and whoever makes it on purpose judges the facts that move and writes the new
digests with ``python tests/core/ingest/test_fact_sections.py`` (from the project root).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

DIGESTS = Path(__file__).with_name("work_report_sections.json")


def sections_digest(content: str) -> str:
    """sha256 of the sections of a report's text, each as ``fact-browser sections --json`` gives it."""
    from desktop.core.ingest.builder import build_article  # imported here so the script below runs this tree's
    from desktop.core.ingest.text import normalise

    article = build_article(normalise(content))
    shape = [
        [
            s.title,
            s.start,
            s.end,
            s.heading_start,
            s.heading_end,
            s.level,
            [[p.start, p.end, p.kind, [[x.start, x.end, x.index] for x in p.sentences]] for p in s.paragraphs],
        ]
        for s in article.sections
    ]
    return hashlib.sha256(json.dumps(shape, ensure_ascii=False).encode("utf-8")).hexdigest()


def _digests(path: Path) -> dict[str, str]:
    """``{"<line number> <year>": digest}`` for every record of the work reports file."""
    out = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            record = json.loads(line)
            out[f"{n} {record['year']}"] = sections_digest(record["content"])
    return out


def test_the_facts_sections_of_the_72_work_reports_are_unchanged(corpora):
    found = _digests(corpora / "gov_work_reports" / "government_work_reports.jsonl")
    pinned = json.loads(DIGESTS.read_text(encoding="utf-8"))
    assert len(found) == 72
    changed = [key for key in pinned if found.get(key) != pinned[key]]
    assert changed == [], f"the facts' sections moved in {changed}"


if __name__ == "__main__":  # write the digests again, after judging the facts that moved
    sys.path[:0] = [str(Path(__file__).resolve().parents[3]), str(Path(__file__).resolve().parents[2])]
    from shared_paths import CORPORA

    digests = _digests(CORPORA / "gov_work_reports" / "government_work_reports.jsonl")
    DIGESTS.write_text(json.dumps(digests, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(digests)} digests written to {DIGESTS}")
