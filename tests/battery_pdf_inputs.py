"""Issue 21's hostile PDF files (18), written object by object (:func:`_pdf`) so each kind of damage is exactly
the one named; the well-formed control comes from the same writer. :mod:`battery_office_inputs` gathers them with
the DOCX files."""

from __future__ import annotations

import hashlib
import os
import struct
import zlib
from pathlib import Path

from battery_inputs import Case

from desktop.core.ingest.loading import MAX_FILE_BYTES

LINE = "GDP grew 5.2% in 2024 and 1256 jobs were added."


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


def pdf_cases(folder: Path, write) -> list[Case]:
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
