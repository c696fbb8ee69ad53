"""Make the office-PDF set: real documents from ../shared/corpora written as DOCX, printed to PDF by LibreOffice.

Run once (the outputs are committed; the test does not need LibreOffice)::

    .venv/bin/python tests/documents/office_pdfs/make_office_pdfs.py
    .venv/bin/python tests/documents/office_pdfs/make_office_pdfs.py --draw 10 2 /tmp/more   # a fresh held-out draw

Each document is written the way an office writes one: the title in Heading 1,
a dateline paragraph, the text's own sub-heads (``一、…``) in Heading 2, body
paragraphs; every other one has a running header and a footer with the page
number (a PAGE field). ``soffice --headless --convert-to pdf`` prints it, as a
user's "Export as PDF" would. The set and which half is held out are in
``set.json`` (written here; the held-out half was drawn with a fixed seed before
any PDF was read by the layout code).
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CORPORA = Path(os.environ.get("FACT_BROWSER_CORPORA") or ROOT / ".." / "shared" / "corpora").resolve()
GOV = CORPORA / "gov_work_reports" / "government_work_reports.jsonl"
TW = CORPORA / "tw_president_news" / "president_news_2024_2025.jsonl"

_TOP = re.compile(r"^[一二三四五六七八九十]+、")

#: (name, corpus, key, paragraph range or None for the whole text). Work reports are excerpts
#: (whole sections) so the set stays small; releases are whole.
DOCUMENTS = [
    ("gov-2025", "gov", "2025", (0, 10)),
    ("gov-2024", "gov", "2024", (0, 12)),
    ("gov-2019", "gov", "2019", (26, 36)),
    ("gov-2010", "gov", "2010", (0, 10)),
    ("gov-2003", "gov", "2003", (99, 108)),
    ("tw-28175", "tw", 28175, None),
    ("tw-28363", "tw", 28363, None),
    ("tw-28144", "tw", 28144, None),
    ("tw-28259", "tw", 28259, None),
    ("tw-28691", "tw", 28691, None),
]

#: printed in Noto Sans CJK (real bold headings); the rest in Droid Sans Fallback (see main)
NOTO = ("gov-2010", "tw-28175")


def _records(path: Path, key: str) -> dict:
    with path.open(encoding="utf-8") as fh:
        return {r[key]: r for r in map(json.loads, fh) if r.get(key)}


def _blocks(corpus: str, record: dict, span) -> tuple[str, str, list[tuple[str, str]]]:
    """(title, dateline, [(kind, text)]) with kind "heading" or "paragraph"."""
    paras = [" ".join(p.replace("\u200b", "").split()) for p in record["content"].split("\n")]
    paras = [p for p in paras if p]
    if span:
        paras = paras[span[0] : span[1]]
    if corpus == "gov":
        title = "政府工作报告"
        dateline = next(
            (p for p in paras if p.startswith("——")),
            f"——{record['year']}年3月5日在全国人民代表大会上",
        )
        paras = [p for p in paras if p != dateline and p not in ("国务院总理", "李 强", "李克强", "温家宝")]
    else:
        title = record["title"].split("\u3000")[0] if len(record["title"]) > 40 else record["title"]
        y, m, d = record["date"].split("-")
        dateline = f"發布日期：{y}年{int(m)}月{int(d)}日"
    blocks = [("heading" if _TOP.match(p) and len(p) <= 40 else "paragraph", p) for p in paras]
    return title, dateline, blocks


def _east_asian(run_or_style, family: str) -> None:
    from docx.oxml.ns import qn

    rpr = run_or_style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), family)
    fonts.set(qn("w:ascii"), family)
    fonts.set(qn("w:hAnsi"), family)


def _page_field(paragraph, before: str, after: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph.add_run(before)
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
    paragraph.add_run(after)


def write_docx(path: Path, title: str, dateline: str, blocks, family: str, running: tuple[str, str] | None) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = docx.Document()
    for name in ("Normal", "Heading 1", "Heading 2"):
        _east_asian(document.styles[name], family)
    document.styles["Normal"].font.size = Pt(11)
    document.add_heading(title, level=1)
    document.add_paragraph(dateline)
    for kind, text in blocks:
        if kind == "heading":
            document.add_heading(text, level=2)
        else:
            document.add_paragraph(text)
    if running:
        header_text, footer_pattern = running
        section = document.sections[0]
        section.header.paragraphs[0].text = header_text
        section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        before, after = footer_pattern.split("{}")
        _page_field(footer, before, after)
    _drop_extras(document)
    document.save(str(path))


def _drop_extras(document) -> None:
    """python-docx's template carries a thumbnail, a 400 KB stylesWithEffects part nobody reads and
    some 160 styles this document does not use (kept: the ones it uses and what they are based on)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.ns import qn

    styles = document.styles.element
    used = {"Normal", "Heading1", "Heading2", "Header", "Footer", "DefaultParagraphFont", "TableNormal", "NoList"}
    used |= {"Heading1Char", "Heading2Char", "HeaderChar", "FooterChar"}
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:styleId")) not in used:
            styles.remove(style)
    for latent in styles.findall(qn("w:latentStyles")):
        styles.remove(latent)

    for rel_id, rel in list(document.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            del document.part.rels[rel_id]
    package_rels = document.part.package.rels
    for rel_id, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package_rels[rel_id]


def draw(count: int, seed: int) -> list[tuple]:
    """``count`` more documents drawn at random (none of the committed set): releases of 600–4,000
    characters and ten-paragraph stretches of work reports from a ``一、`` heading on, alternately."""
    rng = random.Random(seed)
    taken = {key for _, _, key, _ in DOCUMENTS}
    tw = [r for r in _records(TW, "id").values() if 600 <= len(r["content"]) <= 4000 and r["id"] not in taken]
    gov = [r for r in _records(GOV, "year").values() if r["year"] not in taken and int(r["year"]) >= 1978]
    out = []
    for i in range(count):
        if i % 2:
            record = rng.choice(gov)
            paras = [p for p in record["content"].split("\n") if " ".join(p.replace("\u200b", "").split())]
            starts = [k for k, p in enumerate(paras) if _TOP.match(p.strip())] or [0]
            start = rng.choice(starts)
            out.append((f"draw-gov-{record['year']}-{start}", "gov", record["year"], (start, start + 10)))
        else:
            record = rng.choice(tw)
            out.append((f"draw-tw-{record['id']}", "tw", record["id"], None))
    return out


def main(out: Path = HERE, documents: list[tuple] = DOCUMENTS, noto: tuple[str, ...] = NOTO) -> int:
    if not (GOV.exists() and TW.exists()):
        print(f"needs the corpora under {CORPORA}", file=sys.stderr)
        return 1
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("needs LibreOffice (apt-get install libreoffice-writer-nogui)", file=sys.stderr)
        return 1
    gov, tw = _records(GOV, "year"), _records(TW, "id")
    entries = []
    with tempfile.TemporaryDirectory() as profile:
        for i, (name, corpus, key, span) in enumerate(documents):
            record = (gov if corpus == "gov" else tw)[key]
            title, dateline, blocks = _blocks(corpus, record, span)
            # Droid Sans Fallback has no bold face (LibreOffice thickens the strokes itself): half the
            # set has headings told by size alone, and its PDFs are half the size of Noto's.
            family = "Droid Sans Fallback"
            if name in noto:
                family = "Noto Sans CJK SC" if corpus == "gov" else "Noto Sans CJK TC"
            running = None
            if i % 2 == 0:
                running = ("国务院文件", "第 {} 页") if corpus == "gov" else ("總統府新聞稿", "- {} -")
            docx_path = out / f"{name}.docx"
            write_docx(docx_path, title, dateline, blocks, family, running)
            subprocess.run(
                [
                    soffice,
                    f"-env:UserInstallation=file://{profile}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(out),
                    str(docx_path),
                ],
                check=True,
                capture_output=True,
            )
            entries.append(
                {
                    "name": name,
                    "source": str(GOV.relative_to(CORPORA) if corpus == "gov" else TW.relative_to(CORPORA)),
                    "record": key,
                    "url": record.get("url", ""),
                    "paragraphs": list(span) if span else "all",
                    "font": family,
                    "running_header_footer": bool(running),
                }
            )
    names = [e["name"] for e in entries]
    held_out = set(random.Random(20).sample(names, (len(names) + 1) // 2)) if out == HERE else set(names)
    for e in entries:
        e["held_out"] = e["name"] in held_out
    (out / "set.json").write_text(json.dumps(entries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    total = sum(p.stat().st_size for p in out.glob("*.pdf")) + sum(p.stat().st_size for p in out.glob("*.docx"))
    print(f"{len(entries)} documents, {total / 1024:.0f} KB of PDF and DOCX in {out}")
    return 0


if __name__ == "__main__":
    # ``--draw N SEED OUT``: N more documents, drawn at random and all held out, into OUT (not committed)
    if sys.argv[1:2] == ["--draw"]:
        count, seed, folder = int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
        folder.mkdir(parents=True, exist_ok=True)
        drawn = draw(count, seed)
        sys.exit(main(folder, drawn, tuple(name for k, (name, *_r) in enumerate(drawn) if k % 3 == 0)))
    sys.exit(main())
