"""PDF text: pypdfium2 vs pdfminer.six vs pypdf on Chinese PDFs printed here with Qt's QPdfWriter.

Quality is the share of the printed characters each library gives back
(difflib ratio over non-space characters, after the radical→ideograph repair
all three need with Noto CJK), and the share of printed paragraphs that come
back whole through ``core.ingest.pdf_text`` (pypdfium2 only: it is the one with
character boxes fast enough to rebuild paragraphs). The PDFs are the first 40
paragraphs of the 2025 work report (Simplified) and three Taiwan press releases
(Traditional), in Noto Sans CJK.
"""

from __future__ import annotations

import difflib
import importlib.util
import json
import re
import sys
import tempfile
from pathlib import Path

from .bench_search import CORPORA, GOV

TW = CORPORA / "tw_president_news" / "president_news_2024_2025.jsonl"
ROOT = Path(__file__).resolve().parents[1]


def _pdfium(path: str) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    out = []
    for page in pdf:
        tp = page.get_textpage()
        out.append(tp.get_text_range())
        tp.close()
        page.close()
    pdf.close()
    return "\n".join(out)


def _pdfminer(path: str) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(path)


def _pypdf(path: str) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


EXTRACTORS = {"pypdfium2": _pdfium, "pdfminer.six": _pdfminer, "pypdf": _pypdf}


def _samples(folder: Path) -> list[tuple[str, Path, list[tuple[str, str]]]]:
    sys.path.insert(0, str(ROOT / "tests" / "documents"))
    from sample_files import cjk_family, make_pdf

    out = []
    if GOV.exists() and cjk_family():
        first = json.loads(GOV.open(encoding="utf-8").readline())
        paras = [p.strip() for p in first["content"].split("\n") if p.strip()][:40]
        blocks = [("title", first["title"])] + [
            ("heading" if len(p) < 25 and "。" not in p else "paragraph", p) for p in paras
        ]
        out.append(("Simplified report", make_pdf(folder / "gov.pdf", blocks, cjk_family()), blocks))
    if TW.exists() and cjk_family(True):
        with TW.open(encoding="utf-8") as fh:
            docs = [json.loads(next(fh)) for _ in range(3)]
        blocks = [("title", docs[0]["title"])] + [
            ("paragraph", p) for d in docs for p in d["content"].split("\n") if p.strip()
        ]
        out.append(("Traditional releases", make_pdf(folder / "tw.pdf", blocks, cjk_family(True)), blocks))
    return out


def run(report) -> None:
    try:
        from PySide6.QtWidgets import QApplication

        # QPdfWriter needs an application; a widgets one, so bench_ui can share it later in this process.
        app = QApplication.instance() or QApplication([])  # noqa: F841 - kept alive: QPdfWriter needs an application
    except ImportError:
        print("  (skipped: no Qt)")
        return
    from desktop.core.ingest.pdf_text import ideographs, read_pdf

    with tempfile.TemporaryDirectory() as tmp:
        samples = _samples(Path(tmp))
        if not samples:
            print("  (skipped: needs the corpora and fonts-noto-cjk)")
            return
        for name, path, blocks in samples:
            printed = re.sub(r"\s", "", "".join(t for _, t in blocks))
            for lib, extract in EXTRACTORS.items():
                if lib != "pypdfium2" and importlib.util.find_spec(lib.removesuffix(".six")) is None:
                    # pdfminer.six and pypdf were only the comparison: pip install them to rerun it
                    print(f"  (pdf {name}: {lib} not installed, comparison skipped)")
                    continue
                got = re.sub(r"\s", "", ideographs(extract(str(path))))
                ratio = difflib.SequenceMatcher(None, printed, got, autojunk=False).ratio()
                report(
                    f"pdf {name}: {lib} characters recovered",
                    lambda r=ratio: 100 * r,
                    measure=False,
                    repeat=1,
                    unit="%",
                )
                report(f"pdf {name}: {lib} time", lambda e=extract, p=str(path): e(p), repeat=3)
            # headings come back as Markdown headings ("# 标题") when the layout finds them
            paragraphs = {re.sub(r"^#+ ", "", p) for p in read_pdf(path).split("\n\n")}
            whole = sum(1 for _, t in blocks if t in paragraphs) / len(blocks)
            report(
                f"pdf {name}: core.ingest.pdf_text paragraphs whole",
                lambda w=whole: 100 * w,
                measure=False,
                repeat=1,
                unit="%",
            )
            report(f"pdf {name}: core.ingest.pdf_text time (with paragraphs)", lambda p=path: read_pdf(p), repeat=3)
