"""A PDF of the office set against its DOCX twin: section titles, facts, words split.

Run it to print the per-document figures (held-out documents first)::

    .venv/bin/python tests/documents/office_pdfs/twins.py

* **sections**: the PDF's section titles (and the document title) equal the DOCX's, in order.
* **facts**: each fact as (figure, unit, period, label); the share of the DOCX's facts that the
  PDF gives identically (a multiset match, so a fact found twice must be found twice).
* **words split**: the two texts aligned character by character (non-space characters are the
  same in both, the PDF only adds or moves breaks): every space or line break the PDF has between
  two characters that the DOCX prints together is one split (``議 / 題``, ``2019 年``).
"""

from __future__ import annotations

import difflib
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass
class Twins:
    name: str
    held_out: bool
    titles_equal: bool
    pdf_titles: list[str]
    docx_titles: list[str]
    facts_docx: int
    facts_identical: int
    words_split: int
    splits: list[str]
    spaces_lost: list[str]

    @property
    def fact_share(self) -> float:
        return self.facts_identical / self.facts_docx if self.facts_docx else 1.0


def documents(folder: Path = HERE) -> list[dict]:
    return json.loads((folder / "set.json").read_text(encoding="utf-8"))


def _titles(article) -> list[str]:
    return [article.title] + [s.title for s in article.sections if s.title]


def _facts(article) -> Counter:
    from desktop.core.facts import extract_facts

    return Counter((f.text, f.unit, f.period, f.label) for f in extract_facts(article, names=False))


def _splits(pdf_text: str, docx_text: str) -> list[str]:
    """Breaks (space or newline) in the PDF text between characters the DOCX has side by side."""
    return _breaks(pdf_text, docx_text)


def _joins(pdf_text: str, docx_text: str) -> list[str]:
    """The other way round: spaces or breaks of the DOCX that the PDF lost (``COP 28`` → ``COP28``)."""
    return _breaks(docx_text, pdf_text)


def _breaks(text: str, reference: str) -> list[str]:
    a = [(i, c) for i, c in enumerate(reference) if not c.isspace()]
    b = [(i, c) for i, c in enumerate(text) if not c.isspace()]
    matcher = difflib.SequenceMatcher(None, [c for _, c in a], [c for _, c in b], autojunk=False)
    out = []
    for block in matcher.get_matching_blocks():
        for k in range(block.size - 1):
            (ai, _), (aj, _) = a[block.a + k], a[block.a + k + 1]
            (bi, _), (bj, _) = b[block.b + k], b[block.b + k + 1]
            if aj == ai + 1 and bj > bi + 1:
                out.append(text[max(0, bi - 6) : bj + 6].replace("\n", "⏎"))
    return out


def compare(entry: dict, *, use_outline: bool = True, folder: Path = HERE) -> Twins:
    """``use_outline=False``: headings from sizes and weights alone, as for a PDF without bookmarks."""
    from desktop.core.ingest.builder import build_article, load_path
    from desktop.core.ingest.pdf_text import read_pdf_document
    from desktop.core.ingest.text import normalise

    text, kind = read_pdf_document(folder / f"{entry['name']}.pdf", use_outline=use_outline)
    pdf = build_article(normalise(text), kind)
    docx = load_path(folder / f"{entry['name']}.docx")
    pdf_titles, docx_titles = _titles(pdf), _titles(docx)
    want, got = _facts(docx), _facts(pdf)
    splits = _splits(pdf.text, docx.text)
    return Twins(
        entry["name"],
        entry["held_out"],
        pdf_titles == docx_titles,
        pdf_titles,
        docx_titles,
        sum(want.values()),
        sum((want & got).values()),
        len(splits),
        splits,
        _joins(pdf.text, docx.text),
    )


def main(use_outline: bool = True, folder: Path = HERE) -> None:
    entries = sorted(documents(folder), key=lambda e: not e["held_out"])
    rows = [compare(e, use_outline=use_outline, folder=folder) for e in entries]
    print("headings from the outline" if use_outline else "headings from sizes and weights (outline ignored)")
    for held in (True, False):
        part = [r for r in rows if r.held_out == held]
        print("held-out" if held else "development")
        for r in part:
            print(
                f"  {r.name:10} titles {'equal' if r.titles_equal else 'DIFFER'}  facts {r.facts_identical}/{r.facts_docx}"
                f" ({100 * r.fact_share:.1f}%)  words split {r.words_split}  spaces lost {len(r.spaces_lost)}"
            )
            if held:  # the held-out half's errors are not read while the layout pass is developed
                continue
            if not r.titles_equal:
                print(f"     pdf  {r.pdf_titles}\n     docx {r.docx_titles}")
            for s in r.splits[:5]:
                print(f"     split: {s}")
            for s in r.spaces_lost[:5]:
                print(f"     space lost: {s}")
        identical, total = sum(r.facts_identical for r in part), sum(r.facts_docx for r in part)
        print(
            f"  total: titles equal {sum(r.titles_equal for r in part)}/{len(part)}, facts {identical}/{total}"
            f" ({100 * identical / max(1, total):.1f}%), words split {sum(r.words_split for r in part)},"
            f" spaces lost {sum(len(r.spaces_lost) for r in part)}"
        )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE.parents[2]))
    # [--no-outline] [FOLDER]: another folder made by make_office_pdfs.py --draw
    folders = [Path(a) for a in sys.argv[1:] if not a.startswith("--")]
    main(use_outline="--no-outline" not in sys.argv, folder=folders[0] if folders else HERE)
