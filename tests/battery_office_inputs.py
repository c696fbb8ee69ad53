"""Issue 21's hostile PDF and DOCX files (18 of each), made byte by byte in a folder on demand.

Each is a :class:`battery_inputs.Case`: refused with one sentence holding
``refusal``, or opened with ``text_has`` in its text. ``tests/test_battery.py``
sends them through the six terminal subcommands and
``tests/ui/test_battery_window.py`` through the window, with the issue-14 cases.
The PDFs are written object by object (:mod:`battery_pdf_inputs`), the DOCX files entry by
entry (:func:`_zip`), so each kind of damage is exactly the one named; the two
well-formed controls come from python-docx and the same PDF writer.
"""

from __future__ import annotations

import functools
import io
import os
import random
import struct
import zlib
from pathlib import Path

from battery_inputs import Case
from battery_pdf_inputs import LINE, pdf_cases


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

# -- DOCX, entry by entry ------------------------------------------------------------------

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
).encode()
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
).encode()


def _document(body: str, prolog: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}<w:document {_W}><w:body>{body}</w:body></w:document>'
    ).encode()


def _para(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _zip(entries: list[tuple[str, bytes]], *, flags: int = 0) -> bytes:
    """A zip of deflated entries, written by hand (so flags and sizes can be exactly as wanted)."""
    out = bytearray()
    central = bytearray()
    for name, data in entries:
        raw = zlib.compressobj(6, zlib.DEFLATED, -15)
        packed = raw.compress(data) + raw.flush()
        central += _central(name.encode(), zlib.crc32(data), len(packed), len(data), len(out), flags)
        out += _local(name.encode(), zlib.crc32(data), len(packed), len(data), flags) + packed
    return bytes(out + central + _end(len(entries), len(central), len(out)))


def _local(name: bytes, crc: int, packed: int, size: int, flags: int = 0) -> bytes:
    return struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 8, 0, 0x21, crc, packed, size, len(name), 0) + name


def _central(name: bytes, crc: int, packed: int, size: int, offset: int, flags: int = 0) -> bytes:
    return (
        struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            20,
            20,
            flags,
            8,
            0,
            0x21,
            crc,
            packed,
            size,
            len(name),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        + name
    )


def _end(count: int, central_size: int, central_offset: int) -> bytes:
    return struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, central_size, central_offset, 0)


def _docx(body: str, prolog: str = "", extra: list[tuple[str, bytes]] = ()) -> bytes:
    return _zip(
        [
            ("[Content_Types].xml", _CONTENT_TYPES),
            ("_rels/.rels", _RELS),
            ("word/document.xml", _document(body, prolog)),
        ]
        + list(extra)
    )


@functools.lru_cache(maxsize=1)
def _inflating_to(size: int) -> tuple[bytes, int]:
    """A raw deflate stream of ``size`` bytes of spaces inside one paragraph, made from one
    full-flushed block repeated (each such block stands alone), and the CRC of what it inflates to."""
    head, tail = f"<w:document {_W}><w:body><w:p><w:r><w:t>".encode(), b"</w:t></w:r></w:p></w:body></w:document>"
    chunk = b" " * (1 << 20)
    blocks = size // len(chunk)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
    block = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    last = packer.compress(tail) + packer.flush(zlib.Z_FINISH)
    crc = zlib.crc32(head)
    for _ in range(blocks):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(tail, crc)
    return first + block * blocks + last, crc


def _zip_bomb(*, lie: bool) -> bytes:
    """``word/document.xml`` inflates to 2 GB; with ``lie`` the zip's directory says 10 KB."""
    packed, crc = _inflating_to(2 * 1024**3 - (1 << 20))
    size = 10_240 if lie else 2 * 1024**3 - (1 << 20) + 110
    out = bytearray()
    central = bytearray()
    for name, data in (("[Content_Types].xml", _CONTENT_TYPES), ("_rels/.rels", _RELS)):
        raw = zlib.compressobj(6, zlib.DEFLATED, -15)
        body = raw.compress(data) + raw.flush()
        central += _central(name.encode(), zlib.crc32(data), len(body), len(data), len(out))
        out += _local(name.encode(), zlib.crc32(data), len(body), len(data)) + body
    name = b"word/document.xml"
    central += _central(name, crc, len(packed), size, len(out))
    out += _local(name, crc, len(packed), size) + packed
    return bytes(out + central + _end(3, len(central), len(out)))


def _overlapping() -> bytes:
    """Fifield's overlapping-entries bomb: 2,000 directory entries all pointing at one 1 MB-inflating entry."""
    data = _document(_para(LINE) + "<w:p/>" * 170_000)
    raw = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = raw.compress(data) + raw.flush()
    crc = zlib.crc32(data)
    out = bytearray()
    central = bytearray()
    for name, body in (("[Content_Types].xml", _CONTENT_TYPES), ("_rels/.rels", _RELS)):
        r = zlib.compressobj(6, zlib.DEFLATED, -15)
        p = r.compress(body) + r.flush()
        central += _central(name.encode(), zlib.crc32(body), len(p), len(body), len(out))
        out += _local(name.encode(), zlib.crc32(body), len(p), len(body)) + p
    offset = len(out)
    out += _local(b"word/document.xml", crc, len(packed), len(data)) + packed
    for i in range(2000):
        name = b"word/document.xml" if i == 0 else b"word/media/part%d.xml" % i
        central += _central(name, crc, len(packed), len(data), offset)
    return bytes(out + central + _end(2002, len(central), len(out)))


def _cfb(stream_names: list[str]) -> bytes:
    """The first sectors of an OLE compound file (what Word's encrypted .docx and old .doc are) with
    a directory naming ``stream_names``: the signature and names are what a reader can recognise."""
    header = bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 16 + struct.pack("<HHH", 0x3E, 3, 0xFFFE)
    header = header.ljust(512, b"\x00")
    entries = b""
    for name in ["Root Entry", *stream_names]:
        encoded = (name + "\x00").encode("utf-16-le")
        entries += encoded.ljust(64, b"\x00") + struct.pack("<H", len(encoded)) + b"\x02" * 1 + b"\x01" + b"\x00" * 60
    return header + entries.ljust(4096, b"\x00") + os.urandom(8192)


def _docx_cases(folder: Path, write) -> list[Case]:
    import docx

    document = docx.Document()
    document.add_heading("Battery report", level=0)
    document.add_paragraph(LINE)
    document.add_paragraph("Exports rose 8.6% in 2025.")
    buf = io.BytesIO()
    document.save(buf)
    good = buf.getvalue()
    write("ok.docx", good, text_has=("5.2%", "8.6%"))
    write("zip-bomb.docx", _zip_bomb(lie=False), refusal="unpack")
    write("zip-bomb-lying-directory.docx", _zip_bomb(lie=True), refusal="damaged")
    # 30 MB of text in 15,000 paragraphs (deflates 280:1, so the directory gives it away) ...
    write("text-bomb.docx", _docx(_para((LINE + " ") * 40) * 15_000), refusal="unpack")
    # ... and 4.5 million characters of words drawn at random (3:1, only counting the text finds it)
    words = [f"w{n:03d}x" for n in range(900)]
    rng = random.Random(21)
    paragraphs = "".join(_para(" ".join(rng.choices(words, k=90))) for _ in range(8_400))
    write("text-bomb-plain.docx", _docx(paragraphs), refusal="characters of text")
    lol = (
        '<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10))
        + "]>"
    )
    write("billion-laughs.docx", _docx(_para("&lol9;") + _para(LINE), prolog=lol), refusal="damaged")
    xxe = '<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd"><!ENTITY y SYSTEM "http://203.0.113.9/e">]>'
    write(
        "external-entities.docx",
        _docx(_para("&x;&y;") + _para(LINE), prolog=xxe),
        text_has=("5.2%",),
        text_lacks=("root:",),
    )
    broken = bytearray(good)
    start = broken.find(b"word/document.xml") + len(b"word/document.xml")
    broken[start : start + 200] = os.urandom(200)  # the entry's deflated data, its sizes and CRC untouched
    write("corrupt-deflate.docx", bytes(broken), refusal="damaged")
    locked = _zip(
        [
            ("[Content_Types].xml", _CONTENT_TYPES),
            ("_rels/.rels", _RELS),
            ("word/document.xml", _document(_para(LINE))),
        ],
        flags=1,
    )
    write("encrypted-entries.docx", locked, refusal="password")
    write("office-encrypted.docx", _cfb(["EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"]), refusal="password")
    write("old-word-renamed.docx", _cfb(["WordDocument", "1Table", "\x05SummaryInformation"]), refusal=".doc")
    write(
        "no-document-part.docx",
        _zip([("[Content_Types].xml", _CONTENT_TYPES), ("_rels/.rels", _RELS)]),
        refusal="damaged",
    )
    write("not-a-zip.docx", os.urandom(30_000), refusal="not a .docx")
    write("truncated.docx", good[: len(good) // 2], refusal="damaged")
    write("deep-nesting.docx", _docx("<w:sdt>" * 300_000 + "</w:sdt>" * 300_000 + _para(LINE)), refusal="damaged")
    write("million-empty-paragraphs.docx", _docx("<w:p/>" * 1_000_000 + _para(LINE)), text_has=("5.2%",))
    write("overlapping-entries.docx", _overlapping(), refusal="unpack")
    links = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" '
        'Target="http://203.0.113.9/i.png" TargetMode="External"/>'
        '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" '
        'Target="http://203.0.113.9/t.dotm" TargetMode="External"/></Relationships>'
    ).encode()
    write(
        "external-links.docx", _docx(_para(LINE), extra=[("word/_rels/document.xml.rels", links)]), text_has=("5.2%",)
    )
    return []


#: the cases' names, known without making the files (pytest collects tests by them)
OFFICE_NAMES = (
    "ok.pdf",
    "truncated.pdf",
    "page-tree-loop.pdf",
    "password.pdf",
    "owner-password-only.pdf",
    "text-bomb-pages.pdf",
    "text-bomb-one-page.pdf",
    "page-count-bomb.pdf",
    "corrupt-deflate.pdf",
    "broken-xref.pdf",
    "garbage.pdf",
    "empty.pdf",
    "image-renamed.pdf",
    "zero-pages.pdf",
    "deep-nesting.pdf",
    "javascript-and-links.pdf",
    "over-limit.pdf",
    "fifo.pdf",
    "ok.docx",
    "zip-bomb.docx",
    "zip-bomb-lying-directory.docx",
    "text-bomb.docx",
    "text-bomb-plain.docx",
    "billion-laughs.docx",
    "external-entities.docx",
    "corrupt-deflate.docx",
    "encrypted-entries.docx",
    "office-encrypted.docx",
    "old-word-renamed.docx",
    "no-document-part.docx",
    "not-a-zip.docx",
    "truncated.docx",
    "deep-nesting.docx",
    "million-empty-paragraphs.docx",
    "overlapping-entries.docx",
    "external-links.docx",
)


def make_office_cases(folder: Path) -> list[Case]:
    """Write the 36 files into ``folder`` and return their cases, in the order of :data:`OFFICE_NAMES`."""
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def write(name: str, data: bytes, **expect) -> None:
        path = folder / name
        path.write_bytes(data)
        cases.append(Case(name, str(path), **expect))

    cases += pdf_cases(folder, write)
    cases += _docx_cases(folder, write)
    by_name = {c.name: c for c in cases}
    assert sorted(by_name) == sorted(OFFICE_NAMES), sorted(set(by_name) ^ set(OFFICE_NAMES))
    return [by_name[n] for n in OFFICE_NAMES]
