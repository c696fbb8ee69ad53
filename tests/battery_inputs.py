"""The hardening battery's hostile inputs (issue 14), made in a folder on demand.

Each :class:`Case` is a path and what must happen when it is opened: refused
with one sentence that contains ``refusal``, or opened with ``text_has`` in
the normalised text. ``tests/test_battery.py`` sends every case through each
terminal subcommand (in ``battery_driver.py``, one bounded process) and
through the window.
"""

from __future__ import annotations

import gzip
import io
import os
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.ingest.loading import MAX_FILE_BYTES

SENTENCE = "观音桥商圈实现社零总额545.3亿元，同比增长8.6％。"


@dataclass(frozen=True)
class Case:
    name: str
    path: str
    #: a word of the one-line refusal; "" when the file must open
    refusal: str = ""
    #: strings the normalised text must hold when it opens
    text_has: tuple[str, ...] = ()
    #: strings it must not hold
    text_lacks: tuple[str, ...] = ()
    #: a warning the terminal prints on stderr (and the window shows)
    warning: str = ""
    #: which issue item it covers ("" for the cases that already passed)
    item: str = ""
    extra: dict = field(default_factory=dict)


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + bytes(range(64)) * 3 for _ in range(64))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 64, 64, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.txt", (SENTENCE * 200).encode())
        z.writestr("b.bin", os.urandom(4096))
    return buf.getvalue()


def make_cases(folder: Path, office: bool = True) -> list[Case]:
    """Write every input into ``folder`` and return the cases, in a fixed order: issue 14's,
    then (with ``office``) issue 21's hostile PDF and DOCX files (``battery_office_inputs.py``)."""
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def write(name: str, data: bytes | str, **expect) -> None:
        path = folder / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        cases.append(Case(name, str(path), **expect))

    # -- the failures the battery found ------------------------------------
    fifo = folder / "fifo.txt"
    os.mkfifo(fifo)
    cases.append(Case("fifo", str(fifo), refusal="not a regular file", item="1"))
    cases.append(Case("dev-zero", "/dev/zero", refusal="not a regular file", item="2"))
    loop_a, loop_b = folder / "loop-a.txt", folder / "loop-b.txt"
    os.symlink(loop_b, loop_a)
    os.symlink(loop_a, loop_b)
    cases.append(Case("symlink-loop", str(loop_a), refusal="cannot be read", item="3"))
    after = ("前文。", "后文。")
    write("embed.html", '<p>前文。</p><embed src="x"><p>后文。</p>', text_has=after, item="4")
    for tag in ("iframe", "object", "script", "style"):
        write(f"unclosed-{tag}.html", f'<p>前文。</p><{tag} src="x"><p>后文。</p>', text_has=after, item="4")
    write("overflow.txt", "增长1e400元。\n数据 1e9 123 个。\n", text_has=("1e9 123",), item="5")
    stray = bytearray(("标题\n" + (SENTENCE + "\n") * 100).encode())
    for i in (400, 1500, 3000, 4500, 6000):
        stray[i] = 0xFF
    write(
        "stray-bytes.txt",
        bytes(stray),
        text_has=("\ufffd", "社零总额"),
        warning="could not be decoded and show as �, in paragraph",
        item="6",
    )
    write(
        "half-gb18030.txt",
        ("第一段：人民满意的公务员集体。\n" * 80).encode() + ("第二段：观音桥商圈。\n" * 80).encode("gb18030"),
        text_has=("第一段", "第二段：观音桥商圈。"),
        warning="GB18030",
        item="6",
    )
    over = folder / "over-limit.txt"
    with open(over, "wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)
    cases.append(Case("over-limit", str(over), refusal="largest document", item="7"))
    write(
        "bidi.txt",
        "标题\n观音桥\u202e商圈实现社零总额545.3亿元\u202c。\u2066注\u2069\n",
        text_has=("\u202e",),
        item="8",
    )

    # -- the cases that already passed -------------------------------------
    write("empty.txt", b"", refusal="empty")
    write("bom-only.txt", b"\xef\xbb\xbf", refusal="empty")
    write("image.png.txt", _png(), refusal="binary")
    write("archive.zip.txt", _zip(), refusal="binary")
    write("packed.gz.txt", gzip.compress((SENTENCE * 500).encode()), refusal="binary")
    write("nul-bytes.txt", ("正文" + "\x00" * 50 + "正文。\n").encode() * 200, refusal="binary")
    write("empty-lines.txt", "\n" * 100_000, refusal="empty")
    write("one-char-lines.txt", "字\n" * 200_000, text_has=("字",))
    # One line of 1 MB (a real line is a few hundred characters): one block in the reader, one
    # paragraph of 16,000 sentences for facts. 3.5 MB took over a minute for facts once labels
    # and names came from the model, which is too long for the suite; 5 MB is over the limit.
    line = SENTENCE * (1_000_000 // len(SENTENCE.encode()))
    write("one-line-1mb.txt", line, text_has=("社零总额545.3亿元",))
    big = folder / "one-line-5mb.txt"
    big.write_bytes(SENTENCE.encode() * (5_200_000 // len(SENTENCE.encode())))
    cases.append(Case("one-line-5mb", str(big), refusal="largest document"))
    directory = folder / "folder.txt"
    directory.mkdir()
    cases.append(Case("directory", str(directory), refusal="folder"))
    cases.append(Case("missing", str(folder / "missing.txt"), refusal="does not exist"))
    write("报告 2024 年 copy.txt", "标题\n" + SENTENCE + "\n", text_has=("社零总额",))
    lol = (
        '<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10))
        + "]>"
    )
    write("entity-bomb.html", lol + "<p>&lol9;" + "&amp;&lt;&#x4e2d;" * 200_000 + "正文。</p>", text_has=("正文。",))
    write("deep-nesting.html", "<div>" * 10_000 + "深处的正文。" + "</div>" * 10_000, text_has=("深处的正文。",))
    write("big-attribute.html", '<p title="' + "x" * 2_000_000 + '">属性之后。</p>', text_has=("属性之后。",))
    write(
        "images.md",
        "# 标题\n\n![图](http://203.0.113.9/x.png) ![远](https://example.com/y.png)\n\n正文。[链接](http://example.com)\n",
        text_has=("正文。",),
    )
    write(
        "rtl-zw-combining.txt",
        "标题\nمرحبا\u200f بالعالم\n中\u200b文\u200d测试。e\u0301\u0301\u0301 a\u0300\n",
        text_has=("中文测试。",),
    )
    if office:
        from battery_office_inputs import make_office_cases

        cases += make_office_cases(folder / "office")
    return cases


def case_names() -> list[str]:
    """The case names in order (the inputs are made in a temporary folder and removed)."""
    import shutil
    import tempfile

    from battery_office_inputs import OFFICE_NAMES

    folder = Path(tempfile.mkdtemp(prefix="battery-names-"))
    try:
        return [c.name for c in make_cases(folder / "in", office=False)] + list(OFFICE_NAMES)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
