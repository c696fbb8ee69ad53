"""``fact-browser library add|list|search|facts|compare|rebuild``: a library of many documents, as JSON.

``--library`` names the library: a ``.sqlite`` file, a folder or ``.jsonl`` corpus (the library
built from it), a bare name (kept in the user data folder), or a server's
``postgresql://user@host/db`` URL (a team's shared library; the password comes from the
keyring or ``~/.pgpass``, never from the command line). ``add PATH`` without ``--library``
builds the library of PATH itself.

Whatever is wrong — a damaged or newer library, a full disk, a server that is down — is one
line on stderr that says what to do; a library of a newer version is never changed.
"""

from __future__ import annotations

import argparse
import json
import sys

ACTIONS = ("add", "list", "search", "facts", "compare", "rebuild")
#: --limit and --document: at most this (SQLite's and PostgreSQL's largest integer)
MAX_NUMBER = 2**63 - 1


def _count(text: str) -> int:
    digits = text.strip().lstrip("+-")
    if digits.isdigit() and len(digits) > 19:  # past any id, and past what int() reads (4,300 digits)
        raise argparse.ArgumentTypeError(f"{text[:40]}… is out of range: give a number from 1 to {MAX_NUMBER}")
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text[:40]}” is not a whole number") from None
    if not 1 <= value <= MAX_NUMBER:
        raise argparse.ArgumentTypeError(f"{text[:40]} is out of range: give a number from 1 to {MAX_NUMBER}")
    return value


def add_library_arguments(parser) -> None:
    from ..core.facts.model import KINDS

    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser(
        "add", help="add a folder, one document or a .jsonl corpus to a library, or bring it up to date"
    )
    add.add_argument(
        "path", help="a folder (read recursively: .txt .md .html .pdf .docx), one such document or a JSON Lines corpus"
    )
    lst = sub.add_parser("list", help="the libraries, or the documents of one (with --library)")
    search = sub.add_parser("search", help="search every document of a library (script-blind)")
    search.add_argument("query", help="words in either script, two-character words and figures included")
    search.add_argument("--limit", type=_count, default=50, metavar="N", help="at most N documents (default 50)")
    facts = sub.add_parser("facts", help="facts across the documents of a library")
    facts.add_argument(
        "--kind", nargs="+", action="extend", choices=KINDS, metavar="K", help="only facts of these kinds"
    )
    facts.add_argument("--label", help="only facts whose label holds these words (either script)")
    facts.add_argument("--document", type=_count, metavar="ID", help="only the document with this id (see list)")
    facts.add_argument("--limit", type=_count, metavar="N", help="at most N facts")
    compare = sub.add_parser("compare", help="one measure across documents: the figure each states, by date")
    compare.add_argument("label", help="label words, e.g. '国内生产总值 增长' or '國防預算'; 'A | B' takes either")
    compare.add_argument("--kind", choices=KINDS, help="kind of figure (default: the kind most matches have)")
    compare.add_argument("--targets", action="store_true", help="only figures stated as targets (预期目标, 计划, …)")
    rebuild = sub.add_parser(
        "rebuild", help="build a damaged library again from its folders and corpora (the old file is kept aside)"
    )
    rebuild.add_argument(
        "--from",
        dest="sources",
        nargs="+",
        metavar="SOURCE",
        help="the folders or corpora to build from (default: the ones the library names)",
    )
    for p in (add, rebuild):
        p.add_argument(
            "--no-names", action="store_true", help="skip people, organisations and places (about twice as fast)"
        )
        p.add_argument(
            "--progress", action="store_true", help='print {"done", "total", "title"} lines on stderr while indexing'
        )
    for p in (add, lst, search, facts, compare, rebuild):
        p.add_argument(
            "--library",
            "-l",
            metavar="LIB",
            help="a .sqlite library, a folder or .jsonl it was built from, a name, or postgresql://user@host/db",
        )


def run_library(args) -> int:
    from ..core.ingest.text import without_surrogates

    for name in ("query", "label"):  # the words of a query: bytes that are not UTF-8 shown as �, and said
        value = getattr(args, name, None)
        if isinstance(value, str) and value != without_surrogates(value):
            setattr(args, name, _decoded(value))
            _note(f"the {name} held bytes that are not UTF-8; they were read as “\ufffd”")
    runner = {"add": _add, "list": _list, "search": _search, "facts": _facts, "compare": _compare, "rebuild": _rebuild}
    return runner[args.action](args)


def _decoded(value: str) -> str:
    from ..core.ingest.text import without_surrogates

    try:  # the bytes the terminal gave, decoded as UTF-8 with what is not shown as U+FFFD
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return without_surrogates(value)


def _note(text: str) -> None:
    print(f"fact-browser: note: {text}", file=sys.stderr)


def _open(args):
    from ..core.library import Library, LibraryError
    from ..core.library.locations import known_libraries, library_location

    if args.library:
        location = library_location(args.library)
        if not isinstance(location, str) and not location.exists():
            raise LibraryError(
                f"There is no library “{args.library}” yet; build it with: fact-browser library add PATH."
            )
        lib = Library(location)
    else:
        known = known_libraries()
        if len(known) != 1:
            raise LibraryError(
                "There is no library yet; build one with: fact-browser library add PATH."
                if not known
                else "Name the library with --library (fact-browser library list shows them)."
            )
        lib = Library(known[0])
    if lib.notice:
        _note(lib.notice)
    return lib


def _print(data) -> int:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


def _progress(args):
    if not args.progress:
        return None

    def progress(done: int, total: int, title: str) -> None:
        print(
            json.dumps({"done": done, "total": total, "title": title}, ensure_ascii=False), file=sys.stderr, flush=True
        )

    return progress


def _writing() -> None:
    """A file-size limit (``ulimit -f``) makes a write fail instead of killing the process, so a
    full disk is reported with what was kept."""
    import signal

    if hasattr(signal, "SIGXFSZ"):
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def _add(args) -> int:
    from pathlib import Path

    from ..core.library import add_source
    from ..core.library.locations import library_file, library_location

    _writing()
    target = library_location(args.library) if args.library else library_file(Path(args.path))
    report = add_source(target, args.path, names=not args.no_names, progress=_progress(args))
    return _print(report.as_dict())


def _rebuild(args) -> int:
    from ..core.library import LibraryError
    from ..core.library.locations import known_libraries, library_location
    from ..core.library.recovery import rebuild

    _writing()
    if args.library:
        target = library_location(args.library)
    elif len(known := known_libraries()) == 1:
        target = known[0]
    else:
        raise LibraryError("Name the library to rebuild with --library (fact-browser library list shows them).")
    if isinstance(target, str):
        raise LibraryError(
            "A library on a server is rebuilt by adding its sources again: fact-browser library add PATH --library URL."
        )
    report = rebuild(target, args.sources, names=not args.no_names, progress=_progress(args))
    return _print(report.as_dict())


def _list(args) -> int:
    from ..core.library import Library, LibraryError
    from ..core.library.locations import known_libraries

    if not args.library:
        out = []
        for path in known_libraries():
            try:
                with Library(path) as lib:
                    out.append({"library": str(path), "documents": lib.count(), "sources": lib.sources()})
            except LibraryError as err:  # one bad library never hides the others
                out.append({"library": str(path), "error": str(err)})
        return _print(out)
    with _open(args) as lib:
        return _print(
            {
                "library": lib.location,
                "read_only": lib.read_only,
                "sources": lib.sources(),
                "failed": lib.failures(),
                "documents": [d.as_dict() for d in lib.documents()],
            }
        )


def _search(args) -> int:
    from ..core.library.query import search

    with _open(args) as lib:
        result = search(lib, args.query, limit=args.limit)
        if result.note:
            _note(result.note)
        return _print(result.as_dict())


def _facts(args) -> int:
    with _open(args) as lib:
        return _print(
            [f.as_dict() for f in lib.facts(kinds=args.kind, label=args.label, doc_id=args.document, limit=args.limit)]
        )


def _compare(args) -> int:
    from ..core.library.compare import compare
    from ..core.library.compare_rows import ROLES

    with _open(args) as lib:
        roles = ("target",) if args.targets else ROLES
        return _print(compare(lib, args.label, kind=args.kind, roles=roles).as_dict())
