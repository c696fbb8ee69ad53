"""The library: building it from the two corpora, its size, re-indexing one change, search and compare.

Baselines measured in the same run: loading and sectioning the same records
alone (``build_article``), and their facts alone (``extract_facts``), so the
ratios say what the database itself adds. Search queries are set against a
``str.find`` count of the same folded literal over every document's folded
text held in memory (the floor).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from .bench_search import CORPORA, GOV

TW = CORPORA / "tw_president_news" / "president_news_2024_2025.jsonl"

#: label -> (library, query as typed, literal a str.find looks for in the folded text)
QUERIES = {
    "Chinese word": ("gov", "经济发展", "经济发展"),
    "Traditional word": ("gov", "經濟發展", "经济发展"),
    "Traditional word in Traditional": ("tw", "國防預算", "国防预算"),
    "Simplified word in Traditional": ("tw", "半导体", "半导体"),
    "two-character word": ("gov", "就业", "就业"),
    "two-character word in Traditional": ("tw", "台湾", "台湾"),
    "one character": ("tw", "岛", "岛"),
    "two words": ("tw", "总统 关税", "关税"),
    "figure": ("gov", "134.9", "134.9"),
    "figure with separators": ("tw", "6007", "6,007"),
    "no hit": ("gov", "量子计算机", "量子计算机"),
}


def _records(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _sectioned(records: list[dict]) -> list:
    from desktop.core.ingest.builder import build_article
    from desktop.core.ingest.text import normalise

    return [build_article(normalise(r.text())) for r in records]


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def _size_mb(db: Path) -> float:
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*")) / 1e6


def run(report) -> None:
    if not GOV.exists() or not TW.exists():
        print(f"  (skipped: corpora absent under {CORPORA})")
        return
    from desktop.core.facts import extract_facts
    from desktop.core.library import Library, add_source
    from desktop.core.library.compare import compare
    from desktop.core.library.folds import fold_query, script_fold
    from desktop.core.library.query import search
    from desktop.core.library.sources import CorpusRecord, corpus_records

    script_fold()  # the fold table is a one-off cost, not the library's
    tmp = Path(tempfile.mkdtemp(prefix="bench-library-"))
    try:
        libraries = {}
        for name, path in (("gov", GOV), ("tw", TW)):
            records = [r for r in corpus_records(path) if isinstance(r, CorpusRecord)]
            label = f"{len(records):,} {'work reports' if name == 'gov' else 'press releases'}"
            base = f"library {label}: load + section alone"
            articles = []
            report(
                base, lambda: articles.__setitem__(slice(None), _sectioned(records)), repeat=1, warmup=False, unit="s"
            )
            facts_name = f"library {label}: facts alone (extract_facts)"
            years = [r.year for r in records]
            report(
                facts_name,
                lambda: [extract_facts(a, year=y) for a, y in zip(articles, years)],
                repeat=1,
                warmup=False,
                unit="s",
                baseline=base,
            )
            db = tmp / f"{name}.sqlite"
            seconds = _timed(lambda: add_source(db, path))
            report(
                f"library {label}: index from scratch (facts, FTS5, one transaction each)",
                lambda s=seconds: s,
                measure=False,
                repeat=1,
                unit="s",
                baseline=base,
            )
            report(
                f"library {label}: index from scratch vs facts alone",
                lambda s=seconds: s / report.medians[facts_name],
                measure=False,
                repeat=1,
                unit="×",
            )
            size = _size_mb(db)
            report(f"library {label}: size on disk", lambda s=size: s, measure=False, repeat=1, unit="MB")
            report(
                f"library {label}: size on disk / corpus file",
                lambda s=size, p=path: s / (p.stat().st_size / 1e6),
                measure=False,
                repeat=1,
                unit="×",
            )
            report(
                f"library {label}: re-run, nothing changed",
                lambda d=db, p=path: add_source(d, p),
                repeat=3,
                target="< 1 s",
            )
            libraries[name] = db

        # One file of a folder changed: the 72 reports as files.
        folder = tmp / "reports"
        folder.mkdir()
        for i, r in enumerate(_records(GOV)):
            (folder / f"{i:02d}-{r.get('year') or 'resolution'}.txt").write_text(
                f"{r['title']}\n\n{r['content']}", encoding="utf-8"
            )
        folder_db = tmp / "folder.sqlite"
        add_source(folder_db, folder)
        victim = folder / "00-2025.txt"
        original = victim.read_text(encoding="utf-8")
        edits = iter(range(1000))

        def change_one_file() -> None:
            victim.write_text(original + f"\n补充说明第{next(edits)}条：增长5%。", encoding="utf-8")
            add_source(folder_db, folder)

        from desktop.core.ingest.builder import load_path

        alone = "library folder of 72 reports: facts of the changed report alone (extract_facts)"
        report(alone, lambda: extract_facts(load_path(victim), year=2025), repeat=3)
        report(
            "library folder of 72 reports: re-index after one file changed",
            change_one_file,
            repeat=3,
            target="< 1 s",
            baseline=alone,
        )

        # One record of the 1,570-line corpus changed.
        copy = tmp / "tw-copy.jsonl"
        shutil.copy(TW, copy)
        copy_db = tmp / "tw-copy.sqlite"
        add_source(copy_db, copy, names=False)
        lines = copy.read_text(encoding="utf-8").splitlines(keepends=True)

        def change_one_record() -> None:
            first = json.loads(lines[0])
            first["content"] += f"\n補充第{next(edits)}點。"
            lines[0] = json.dumps(first, ensure_ascii=False) + "\n"
            copy.write_text("".join(lines), encoding="utf-8")
            add_source(copy_db, copy, names=False)

        report("library 1,570 releases: re-index after one record changed", change_one_record, repeat=3, target="< 1 s")

        opened = {name: Library(db) for name, db in libraries.items()}
        folded = {name: [row[0] for row in lib.con.execute("SELECT folded FROM texts")] for name, lib in opened.items()}
        for label, (name, query, literal) in QUERIES.items():
            floor = f"library search {name}: str.find floor for {label}"
            needle = fold_query(literal)
            report(floor, lambda docs=folded[name], n=needle: sum(d.count(n) for d in docs))
            report(
                f"library search {name}: {label} {query!r}",
                lambda lib=opened[name], q=query: search(lib, q),
                baseline=floor,
                target="< 50 ms",
            )
        # Why trigrams and instr both: a 3+ character word through FTS5 against the same word by scanning.
        con = opened["gov"].con
        report(
            "library search gov: '国内生产总值' through FTS5 trigram",
            lambda: con.execute("SELECT rowid FROM fts WHERE fts MATCH '\"国内生产总值\"'").fetchall(),
        )
        report(
            "library search gov: '国内生产总值' by instr over every fold",
            lambda: con.execute("SELECT doc_id FROM texts WHERE instr(folded, '国内生产总值') > 0").fetchall(),
            baseline="library search gov: '国内生产总值' through FTS5 trigram",
        )
        report(
            "library compare on 72 reports: '国内生产总值 增长' series",
            lambda: compare(opened["gov"], "国内生产总值 增长"),
        )
        count = len(opened["gov"].facts())
        report(f"library facts of 72 reports read back ({count:,} records)", lambda: opened["gov"].facts(), repeat=3)
        for lib in opened.values():
            lib.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
