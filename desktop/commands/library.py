"""``fact-browser library add|list|search|facts|compare``: a library of many documents, as JSON.

``--library`` names the library: a ``.sqlite`` file, a folder or ``.jsonl``
corpus (the library built from it), or a bare name (kept in the user data
folder). ``add PATH`` without ``--library`` builds the library of PATH itself.
"""
from __future__ import annotations

import json
import sys

ACTIONS = ("add", "list", "search", "facts", "compare")


def add_library_arguments(parser) -> None:
    from ..core.facts.model import KINDS

    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="add a folder or a .jsonl corpus to a library, or bring it up to date")
    add.add_argument("path", help="a folder (read recursively: .txt .md .html .pdf .docx) or a JSON Lines corpus")
    add.add_argument("--no-names", action="store_true", help="skip people, organisations and places (about twice as fast)")
    add.add_argument("--progress", action="store_true", help='print {"done", "total", "title"} lines on stderr while indexing')
    lst = sub.add_parser("list", help="the libraries, or the documents of one (with --library)")
    search = sub.add_parser("search", help="search every document of a library (script-blind)")
    search.add_argument("query", help="words in either script, two-character words and figures included")
    search.add_argument("--limit", type=int, default=50, metavar="N", help="at most N documents (default 50)")
    facts = sub.add_parser("facts", help="facts across the documents of a library")
    facts.add_argument("--kind", nargs="+", action="extend", choices=KINDS, metavar="K", help="only facts of these kinds")
    facts.add_argument("--label", help="only facts whose label holds these words (either script)")
    facts.add_argument("--document", type=int, metavar="ID", help="only the document with this id (see list)")
    facts.add_argument("--limit", type=int, metavar="N", help="at most N facts")
    compare = sub.add_parser("compare", help="one measure across documents: the figure each states, by date")
    compare.add_argument("label", help="label words, e.g. '国内生产总值 增长' or '國防預算'; 'A | B' takes either")
    compare.add_argument("--kind", choices=KINDS, help="kind of figure (default: the kind most matches have)")
    compare.add_argument("--targets", action="store_true", help="only figures stated as targets (预期目标, 计划, …)")
    for p in (add, lst, search, facts, compare):
        p.add_argument("--library", "-l", metavar="LIB", help="a .sqlite library, a folder or .jsonl it was built from, or a name")


def run_library(args) -> int:
    return {"add": _add, "list": _list, "search": _search, "facts": _facts, "compare": _compare}[args.action](args)


def _open(args):
    from ..core.library import Library, LibraryError
    from ..core.library.locations import known_libraries, library_location

    if args.library:
        location = library_location(args.library)
        if not isinstance(location, str) and not location.exists():
            raise LibraryError(f"There is no library “{args.library}” yet; build it with: fact-browser library add PATH.")
        return Library(location)
    known = known_libraries()
    if len(known) == 1:
        return Library(known[0])
    if not known:
        raise LibraryError("There is no library yet; build one with: fact-browser library add PATH.")
    raise LibraryError("Name the library with --library (fact-browser library list shows them).")


def _print(data) -> int:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


def _add(args) -> int:
    from pathlib import Path

    from ..core.library import add_source
    from ..core.library.locations import library_file, library_location

    target = library_location(args.library) if args.library else library_file(Path(args.path))

    def progress(done: int, total: int, title: str) -> None:
        print(json.dumps({"done": done, "total": total, "title": title}, ensure_ascii=False), file=sys.stderr, flush=True)

    report = add_source(target, args.path, names=not args.no_names, progress=progress if args.progress else None)
    _print(report.as_dict())
    return 0


def _list(args) -> int:
    from ..core.library import Library
    from ..core.library.locations import known_libraries

    if not args.library:
        out = []
        for path in known_libraries():
            with Library(path) as lib:
                out.append({"library": str(path), "documents": lib.count(), "sources": lib.sources()})
        return _print(out)
    with _open(args) as lib:
        return _print({"library": str(lib.path), "sources": lib.sources(), "failed": lib.failures(),
                       "documents": [d.as_dict() for d in lib.documents()]})


def _search(args) -> int:
    from ..core.library.query import search

    with _open(args) as lib:
        return _print(search(lib, args.query, limit=args.limit).as_dict())


def _facts(args) -> int:
    with _open(args) as lib:
        return _print([f.as_dict() for f in lib.facts(kinds=args.kind, label=args.label, doc_id=args.document, limit=args.limit)])


def _compare(args) -> int:
    from ..core.library.compare import compare

    with _open(args) as lib:
        roles = ("target",) if args.targets else ("target", "result")
        return _print(compare(lib, args.label, kind=args.kind, roles=roles).as_dict())
