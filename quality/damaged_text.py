"""Issue 24: do damaged texts open, and are binaries still refused? ``python -m quality.damaged_text``.

Three measurements, on data nobody tuned for first (the rules in
``desktop/core/ingest/damage.py`` were set on the 72 work reports and on
/usr/bin; the 1,557 Taiwan releases and /usr/share are held out and printed
first):

1. **Damage.** Every record is encoded as UTF-8 and ``k`` = 1, 5, 50, 500
   bytes at positions drawn by a seeded generator are overwritten with a byte
   drawn uniformly from 0–255. The file must open (no :class:`LoadError`),
   and no figure may be lost outside the damaged sentences: for every sentence
   of the undamaged text that is still a sentence of the damaged one, word for
   word, the figures found in it (kind, words, unit) must be the same; how
   many came back with another value is counted apart (a date's value depends
   on the document's date, which damage to the dateline changes). Also counted:
   how many files had random damage read as a GBK / Big5 passage (a false
   claim), and for the refused files the rule that refused them and how much of
   each file was overwritten, against the most damaged file that opened.
2. **Binaries.** Every regular file under /usr/bin and /usr/share of at most
   4 MB that ``file --mime-encoding`` calls ``binary`` must be refused
   (``--sample N`` draws N of each at random instead of all).
3. **GBK / Big5 inside UTF-8.** For each record, one paragraph (every third
   record: one sentence inside a paragraph) is encoded in GBK (reports) or
   Big5 (releases); the file must open with exactly the original text, no
   byte counted as damaged and the passage reported.

``--fast`` runs a small seeded subset (what ``tests/core/ingest/test_damaged_text.py`` runs).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = Path(os.environ.get("FACT_BROWSER_CORPORA") or ROOT / ".." / "shared" / "corpora").resolve()
REPORTS = CORPORA / "gov_work_reports" / "government_work_reports.jsonl"
RELEASES = CORPORA / "tw_president_news" / "president_news_2024_2025.jsonl"
LEVELS = (1, 5, 50, 500)
MAX_BYTES = 4 * 1024 * 1024


def records(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["content"] for line in fh if line.strip()]
    return [t for t in texts if t.strip()]


def damage(data: bytes, k: int, rng: random.Random) -> bytes:
    out = bytearray(data)
    for position in rng.sample(range(len(out)), min(k, len(out))):
        out[position] = rng.randrange(256)
    return bytes(out)


def _figures(text: str) -> tuple[object, dict[str, Counter]]:
    from desktop.core.facts import extract_facts
    from desktop.core.ingest.builder import build_article

    article = build_article(text)
    by_sentence: dict[str, Counter] = {}
    for fact in extract_facts(article, names=False, labels=False):  # figures as found; labels need the model
        # a figure is its kind, words and unit; its value is compared apart, because a date's value
        # depends on the document's own date (a damaged dateline turns 上年 from 2010 into Y-1)
        by_sentence.setdefault(fact.sentence, Counter())[(fact.kind, fact.text, fact.unit, repr(fact.value))] += 1
    return article, by_sentence


def _figure(counts: Counter) -> Counter:
    """The same figures without their values."""
    out = Counter()
    for (kind, text, unit, _), n in counts.items():
        out[(kind, text, unit)] += n
    return out


def measure_damage(texts: list[str], seed: int, levels=LEVELS) -> dict:
    """Per level: files, refused, files with a figure lost outside the damaged sentences."""
    from desktop.core.ingest.damage import binary_sign
    from desktop.core.ingest.decoding import decode_bytes_detailed
    from desktop.core.ingest.text import LoadError, normalise

    rng = random.Random(seed)
    result = {}
    originals = [_figures(normalise(t)) for t in texts]
    # a sentence can occur more than once in a document (its figures are counted per copy)
    occurrences = [Counter(a.text[x.start : x.end].strip() for x in a.sentences) for a, _ in originals]
    for k in levels:
        refused, lost_files, lost_figures, replaced, changed = [], 0, 0, 0, 0
        reasons, refused_share, opened_share, misread = Counter(), [], [], 0
        for i, text in enumerate(texts):
            data = damage(text.encode("utf-8"), k, rng)
            share = min(k, len(data)) / len(data)  # of the file's bytes, how many were overwritten
            try:
                decoded = decode_bytes_detailed(data, f"record-{i}")
            except LoadError as err:
                refused.append((i, str(err)))
                reasons[binary_sign(data) or "passed the byte rules, refused after decoding"] += 1
                refused_share.append(share)
                continue
            opened_share.append(share)
            misread += bool(decoded.legacy)  # random damage read as a GBK / Big5 passage
            replaced += decoded.replaced
            damaged_article, damaged_figures = _figures(normalise(decoded.text))
            article, figures = originals[i]
            lost = 0
            intact = Counter(damaged_article.text[x.start : x.end].strip() for x in damaged_article.sentences)
            for sentence, counts in figures.items():
                kept = intact.get(sentence.strip(), 0)  # copies of this sentence that came through undamaged
                if sentence and kept:
                    copies = occurrences[i].get(sentence.strip(), 0) or 1
                    each = Counter({key: n // copies for key, n in counts.items()})
                    wanted = Counter({key: n * kept for key, n in each.items()})
                    got = damaged_figures.get(sentence, Counter())
                    lost += sum((_figure(wanted) - _figure(got)).values())
                    changed += sum((wanted - got).values()) - sum((_figure(wanted) - _figure(got)).values())
            lost_figures += lost
            lost_files += bool(lost)
        result[k] = {
            "files": len(texts),
            "opened": len(texts) - len(refused),
            "refused": len(refused),
            "files_losing_a_figure": lost_files,
            "figures_lost": lost_figures,
            "figures_with_another_value": changed,
            "bytes_shown_as_fffd": replaced,
            "files_with_damage_read_as_gbk_or_big5": misread,
            "refusals": refused[:5],
            # why the refused files were refused, and how damaged they were against those that opened
            "refused_by_rule": dict(reasons),
            "refused_least_damaged_share": round(min(refused_share), 3) if refused_share else None,
            "opened_most_damaged_share": round(max(opened_share), 3) if opened_share else None,
            "opened_at_or_over_that_share": sum(s >= min(refused_share) for s in opened_share) if refused_share else 0,
        }
    return result


def binary_files(roots: list[str], sample: int | None, seed: int) -> list[str]:
    """Regular files of at most 4 MB under ``roots`` that ``file --mime-encoding`` calls binary."""
    paths = []
    for root in roots:
        for folder, _, names in os.walk(root):
            for name in names:
                path = os.path.join(folder, name)
                if os.path.islink(path) or not os.path.isfile(path):
                    continue
                size = os.path.getsize(path)
                if 0 < size <= MAX_BYTES:
                    paths.append(path)
    paths.sort()
    if sample is not None and sample < len(paths):
        # draw more than needed: only the binary ones count, known after `file`
        paths = random.Random(seed).sample(paths, min(len(paths), sample * 4))
    binary = []
    for start in range(0, len(paths), 500):
        chunk = paths[start : start + 500]
        out = subprocess.run(
            ["file", "-N", "--mime-encoding", "-F", "\t", *chunk], capture_output=True, text=True, errors="replace"
        ).stdout
        for line in out.splitlines():
            path, _, encoding = line.rpartition("\t")
            if encoding.strip() == "binary":
                binary.append(path)
        if sample is not None and len(binary) >= sample:
            return binary[:sample]
    return binary


def _binaries(root: str, args) -> list[str]:
    if not args.types:
        return binary_files([root], args.sample, args.seed)
    paths = []
    for line in Path(args.types).read_text(encoding="utf-8", errors="replace").splitlines():
        path, _, encoding = line.rpartition("\t")
        if encoding.strip() == "binary" and path.startswith(root + "/") and 0 < os.path.getsize(path) <= MAX_BYTES:
            paths.append(path)
    if args.sample is not None and args.sample < len(paths):
        paths = random.Random(args.seed).sample(paths, args.sample)
    return paths


def measure_binaries(paths: list[str]) -> dict:
    from desktop.core.ingest.decoding import decode_bytes_detailed
    from desktop.core.ingest.text import LoadError

    accepted = []
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError:
            continue
        try:
            decoded = decode_bytes_detailed(data, Path(path).name)
        except LoadError:
            continue
        accepted.append((path, decoded.encoding, decoded.replaced))
    return {"files": len(paths), "refused": len(paths) - len(accepted), "accepted": accepted[:20]}


def measure_mixed(texts: list[str], encoding: str, seed: int) -> dict:
    """One paragraph (or, for every third record, one sentence) of each record in ``encoding``."""
    from desktop.core.ingest.builder import load_path
    from desktop.core.ingest.text import normalise

    rng = random.Random(seed)
    exact = wrong = skipped = reported = 0
    failures = []
    folder = Path(os.environ.get("TMPDIR", "/tmp")) / f"fb-mixed-{os.getpid()}"
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(texts):
        lines = text.split("\n")
        candidates = [n for n, line in enumerate(lines) if len(line.strip()) >= 8 and _encodes(line, encoding)]
        if not candidates:
            skipped += 1
            continue
        n = rng.choice(candidates)
        if i % 3 == 2 and "。" in lines[n][:-1]:
            head, _, tail = lines[n].partition("。")
            pieces = [(head + "。").encode(encoding), tail.encode("utf-8")]
        else:
            pieces = [lines[n].encode(encoding)]
        data = b"\n".join(
            [line.encode("utf-8") for line in lines[:n]]
            + [b"".join(pieces)]
            + [x.encode("utf-8") for x in lines[n + 1 :]]
        )
        path = folder / f"mixed-{i}.txt"
        path.write_bytes(data)
        try:
            article = load_path(path)
        except Exception as err:  # noqa: BLE001 - a refusal is a failure to report, not to raise
            wrong += 1
            failures.append((i, str(err)))
            continue
        from desktop.core.ingest.builder import build_article

        if article.text == build_article(normalise(text)).text and article.undecodable_bytes == 0:
            exact += 1
        else:
            wrong += 1
            failures.append((i, f"{article.undecodable_bytes} bytes damaged"))
        reported += bool(article.legacy_paragraphs)
        path.unlink()
    folder.rmdir()
    return {
        "files": len(texts) - skipped,
        "exact": exact,
        "wrong": wrong,
        "reported": reported,
        "failures": failures[:5],
    }


def _encodes(line: str, encoding: str) -> bool:
    try:
        line.encode(encoding)
    except UnicodeEncodeError:
        return False
    return any("\u4e00" <= c <= "\u9fff" for c in line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=None, help="binary files drawn from each folder (default all)")
    parser.add_argument("--fast", action="store_true", help="a small seeded subset")
    parser.add_argument("--seed", type=int, default=24)
    parser.add_argument(
        "--types", help="a saved `file -N --mime-encoding -F '\\t'` listing to use instead of running file"
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    releases, reports = records(RELEASES), records(REPORTS)
    if args.fast:
        releases, reports = random.Random(args.seed).sample(releases, 60), reports[::12]
        args.sample = args.sample or 150
    print("== held out ==")
    for k in LEVELS:  # each level from the same seed, so one level can be re-run alone
        row = measure_damage(releases, args.seed, levels=(k,))[k]
        print(f"releases, {k:3} bytes damaged: {json.dumps(row, ensure_ascii=False)}", flush=True)
    share = _binaries("/usr/share", args)
    print(f"/usr/share binaries: {json.dumps(measure_binaries(share))}", flush=True)
    print(f"releases, a passage in Big5: {json.dumps(measure_mixed(releases, 'big5', args.seed), ensure_ascii=False)}")
    print("== tuned on ==")
    for k in LEVELS:
        row = measure_damage(reports, args.seed, levels=(k,))[k]
        print(f"reports, {k:3} bytes damaged: {json.dumps(row, ensure_ascii=False)}", flush=True)
    print(f"/usr/bin binaries: {json.dumps(measure_binaries(_binaries('/usr/bin', args)))}", flush=True)
    print(f"reports, a passage in GBK: {json.dumps(measure_mixed(reports, 'gbk', args.seed), ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
