"""A glossary as a file: CSV (``term,english,kind,note``) and TBX-Basic (ISO 30042), both ways.

Reading is for files from anywhere, so it is bounded and refuses what it should not read, with a
sentence: at most :data:`MAX_BYTES` bytes and :data:`MAX_ENTRIES` entries, UTF-8 only, and XML
with no entity declarations (so no entity expansion and no external entity: expat never fetches
one here), parsed by the standard library's expat. TBX files of both generations are read: TBX
v3 (``conceptEntry/langSec/termSec``) as written here, and the older ``martif`` (``termEntry/
langSet/tig``). A Chinese term is one whose language is ``zh*``; its English one in ``en*``.
The entry's kind is TBX-Basic's ``subjectField``; its note, ``note``.
"""

from __future__ import annotations

import csv
import io
import stat
from pathlib import Path
from xml.parsers import expat
from xml.sax.saxutils import escape, quoteattr

from .glossary import GlossaryInputError, checked_entry
from .records import GlossaryEntry

MAX_BYTES = 20 * 1024 * 1024
MAX_ENTRIES = 100_000
CSV_HEADER = ("term", "english", "kind", "note")
TBX_NAMESPACE = "urn:iso:std:iso:30042:ed-2"
_FORMULA_STARTS = "=+-@\t\r"


def file_format(path: Path | str) -> str:
    """``"csv"`` or ``"tbx"`` by the file's name; anything else is a :class:`GlossaryInputError`."""
    suffix = Path(path).suffix.lower()
    if suffix in (".csv", ".tbx"):
        return suffix[1:]
    if suffix in (".xml",):
        return "tbx"
    raise GlossaryInputError(f"“{Path(path).name}” is neither a .csv nor a .tbx glossary.")


def read_glossary_file(path: Path | str) -> tuple[list[GlossaryEntry], list[str]]:
    """``(entries, problems)`` of a CSV or TBX file: each problem a sentence about one skipped entry.
    A file that cannot be read at all is a :class:`GlossaryInputError`."""
    path = Path(path)
    kind = file_format(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO or a device would block or never end
            raise GlossaryInputError(f"“{path.name}” is not a file that can be imported.")
        size = info.st_size
        if size > MAX_BYTES:
            raise GlossaryInputError(
                f"“{path.name}” is too large for a glossary ({size // (1024 * 1024)} MB; at most "
                f"{MAX_BYTES // (1024 * 1024)} MB)."
            )
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as err:
        raise GlossaryInputError(f"“{path.name}” cannot be read: {err.strerror or err}.") from None
    if len(data) > MAX_BYTES:
        raise GlossaryInputError(f"“{path.name}” is too large for a glossary.")
    return (read_csv if kind == "csv" else read_tbx)(data, path.name)


# -- CSV ---------------------------------------------------------------------------------------------
def read_csv(data: bytes, name: str = "the file") -> tuple[list[GlossaryEntry], list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise GlossaryInputError(
            f"“{name}” is not UTF-8 text (byte {err.start + 1} is not); save it as CSV UTF-8 and import it again."
        ) from None
    if "\x00" in text:
        raise GlossaryInputError(f"“{name}” is not a CSV file: it holds binary data.")
    entries, problems = [], []
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as err:
        raise GlossaryInputError(f"“{name}” is not a CSV file Fact Browser can read ({err}).") from None
    if rows and [c.strip().lower() for c in rows[0][:2]] == list(CSV_HEADER[:2]):
        rows = rows[1:]
        start = 2
    else:
        start = 1
    for number, row in enumerate(rows, start):
        if not any(cell.strip() for cell in row):
            continue
        if len(entries) >= MAX_ENTRIES:
            raise GlossaryInputError(f"“{name}” has more than {MAX_ENTRIES:,} entries; split it and import each part.")
        cells = [_unguarded(c) for c in row] + ["", "", "", ""]
        try:
            entries.append(checked_entry(cells[0], cells[1], cells[2], cells[3]))
        except GlossaryInputError as err:
            problems.append(f"line {number}: {err}")
    return entries, problems


def write_csv(entries: list[GlossaryEntry]) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for e in entries:
        writer.writerow([_guarded(e.term), _guarded(e.english), e.kind, _guarded(e.note)])
    return out.getvalue()


def _guarded(cell: str) -> str:
    """A cell a spreadsheet will not run as a formula (read back by :func:`_unguarded`)."""
    return "'" + cell if cell[:1] in _FORMULA_STARTS and cell else cell


def _unguarded(cell: str) -> str:
    return cell[1:] if len(cell) > 1 and cell[0] == "'" and cell[1] in _FORMULA_STARTS else cell


# -- TBX ---------------------------------------------------------------------------------------------
def write_tbx(entries: list[GlossaryEntry]) -> str:
    """The entries as a TBX-Basic document (TBX v3, dialect TBX-Basic, DCA style)."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="{TBX_NAMESPACE}">',
        "  <tbxHeader>",
        "    <fileDesc>",
        "      <sourceDesc><p>A glossary exported by Fact Browser</p></sourceDesc>",
        "    </fileDesc>",
        "  </tbxHeader>",
        "  <text>",
        "    <body>",
    ]
    for number, e in enumerate(entries, 1):
        lines.append(f'      <conceptEntry id="c{number}">')
        if e.kind:
            lines.append(f'        <descrip type="subjectField">{escape(e.kind)}</descrip>')
        if e.note:
            lines.append(f"        <note>{escape(e.note)}</note>")
        for lang, term in (("zh", e.term), ("en", e.english)):
            lines.append(f"        <langSec xml:lang={quoteattr(lang)}>")
            lines.append(f"          <termSec><term>{escape(term)}</term></termSec>")
            lines.append("        </langSec>")
        lines.append("      </conceptEntry>")
    lines += ["    </body>", "  </text>", "</tbx>", ""]
    return "\n".join(lines)


class _Refused(Exception):
    pass


def read_tbx(data: bytes, name: str = "the file") -> tuple[list[GlossaryEntry], list[str]]:
    """Entries of a TBX document (v3 or the older martif); see the module docstring for what is refused."""
    parser = expat.ParserCreate(namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    concepts: list[dict] = []
    stack: list[str] = []
    state = {"concept": None, "lang": None, "text": [], "descrip": None}

    def refuse_entity(*_args) -> None:
        raise _Refused("it declares XML entities, which a glossary never needs")

    def refuse_external(*_args) -> int:
        raise _Refused("it refers to an external entity")

    def local(tag: str) -> str:
        return tag.rsplit("}", 1)[-1]

    def start(tag, attrs) -> None:
        tag = local(tag)
        stack.append(tag)
        if tag in ("conceptEntry", "termEntry"):
            if len(concepts) >= MAX_ENTRIES:
                raise _Refused(f"it has more than {MAX_ENTRIES:,} entries")
            state["concept"] = {"terms": {}, "kind": "", "note": ""}
        elif tag in ("langSec", "langSet"):
            lang = attrs.get("http://www.w3.org/XML/1998/namespace}lang") or attrs.get("xml:lang") or ""
            state["lang"] = lang.lower()
        elif tag in ("term", "note") or (tag == "descrip" and attrs.get("type") == "subjectField"):
            state["text"] = []
            state["descrip"] = tag

    def chars(data_) -> None:
        if state["descrip"]:
            state["text"].append(data_)

    def end(tag) -> None:
        tag = local(tag)
        stack.pop()
        concept = state["concept"]
        if tag == state["descrip"] and concept is not None:
            value = "".join(state["text"]).strip()
            if tag == "term" and state["lang"]:
                concept["terms"].setdefault(state["lang"].split("-")[0], value)
            elif tag == "note" and not concept["note"]:
                concept["note"] = value
            elif tag == "descrip":
                concept["kind"] = value
            state["descrip"] = None
        elif tag in ("langSec", "langSet"):
            state["lang"] = None
        elif tag in ("conceptEntry", "termEntry") and concept is not None:
            concepts.append(concept)
            state["concept"] = None

    parser.EntityDeclHandler = refuse_entity
    parser.UnparsedEntityDeclHandler = refuse_entity
    parser.ExternalEntityRefHandler = refuse_external
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    try:
        parser.Parse(data, True)
    except _Refused as why:
        raise GlossaryInputError(f"“{name}” was not imported: {why}.") from None
    except expat.ExpatError as err:
        raise GlossaryInputError(
            f"“{name}” is not a TBX file Fact Browser can read: {expat.ErrorString(err.code)} at line {err.lineno}."
        ) from None
    if not concepts and "tbx" not in data[:4096].decode("utf-8", "replace").lower() and b"martif" not in data[:4096]:
        raise GlossaryInputError(f"“{name}” is XML but not a TBX glossary.")
    entries, problems = [], []
    for number, concept in enumerate(concepts, 1):
        term, english = concept["terms"].get("zh", ""), concept["terms"].get("en", "")
        kind = concept["kind"] if concept["kind"] in ("person", "organization", "place", "term") else ""
        try:
            entries.append(checked_entry(term, english, kind, concept["note"]))
        except GlossaryInputError as err:
            problems.append(f"entry {number}: {err}")
    return entries, problems


def write_glossary_file(path: Path | str, entries: list[GlossaryEntry]) -> None:
    """Write ``entries`` as CSV or TBX (by the name), through a temporary file so nothing is half-written."""
    import os

    path = Path(path)
    text = write_csv(entries) if file_format(path) == "csv" else write_tbx(entries)
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise GlossaryInputError(f"“{path.name}” could not be written: {err.strerror or err}.") from None
