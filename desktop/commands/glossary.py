"""``fact-browser glossary add|list|remove|import|export``: the team's glossary of terms and names.

With ``--library`` the glossary is the library's own (a shared server library shares it); without,
it is the personal glossary in the user data folder. ``list`` prints JSON; ``import`` and
``export`` read and write CSV or TBX (by the file's name; ``export -`` writes to stdout, CSV
unless ``--format tbx``). Anything wrong is one line on stderr.
"""

from __future__ import annotations

import json
import sys

ACTIONS = ("add", "list", "remove", "import", "export")


def add_glossary_arguments(parser) -> None:
    from ..core.library.glossary import KINDS

    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="add a term and its English, or change the English of one")
    add.add_argument("term", help="the term or name as written, in either script (李睿德)")
    add.add_argument("english", help="its English (Brad Little)")
    add.add_argument("--kind", choices=[k for k in KINDS if k], help="person, organization, place or term")
    add.add_argument("--note", default="", help="a note for colleagues")
    lst = sub.add_parser("list", help="every entry, as JSON")
    remove = sub.add_parser("remove", help="remove terms (either script)")
    remove.add_argument("terms", nargs="+", metavar="TERM")
    imp = sub.add_parser("import", help="add the entries of a CSV (term,english,kind,note) or TBX file")
    imp.add_argument("file", help="a .csv or .tbx file")
    exp = sub.add_parser("export", help="write the glossary as CSV or TBX")
    exp.add_argument("file", help="a .csv or .tbx file, or - for stdout")
    exp.add_argument("--format", choices=("csv", "tbx"), help="the format for stdout (default csv)")
    for p in (add, lst, remove, imp, exp):
        p.add_argument(
            "--library",
            "-l",
            metavar="LIB",
            help="the library whose glossary to use (a .sqlite library, a name, or postgresql://user@host/db); "
            "default: your personal glossary",
        )


def run_glossary(args) -> int:
    from ..core.library import LibraryError
    from ..core.library.glossary import GlossaryInputError

    try:
        lib = _open(args)
    except LibraryError as err:
        print(f"fact-browser: {err}", file=sys.stderr)
        return 1
    try:
        return {"add": _add, "list": _list, "remove": _remove, "import": _import, "export": _export}[args.action](
            args, lib
        )
    except (GlossaryInputError, LibraryError) as err:
        print(f"fact-browser: {err}", file=sys.stderr)
        return 1
    finally:
        lib.close()


def _open(args):
    from ..core.library import LibraryError
    from ..core.library.glossary import open_glossary
    from ..core.library.locations import library_location

    if not args.library:
        return open_glossary(None)
    location = library_location(args.library)
    if not isinstance(location, str) and not location.exists():
        raise LibraryError(f"There is no library “{args.library}” yet; build it with: fact-browser library add PATH.")
    lib = open_glossary(location)
    if lib.notice:
        print(f"fact-browser: note: {lib.notice}", file=sys.stderr)
    return lib


def _add(args, lib) -> int:
    from ..core.library.glossary import checked_entry

    entry = checked_entry(args.term, args.english, args.kind or "", args.note)
    lib.save_glossary([entry])
    print(f"{entry.term} → {entry.english}")
    return 0


def _list(args, lib) -> int:
    entries = [e.as_dict() for e in lib.glossary()]
    json.dump(entries, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


def _remove(args, lib) -> int:
    from ..core.library.glossary import Terms

    terms = Terms(lib.glossary())
    missing = [t for t in args.terms if terms.get(t) is None]
    lib.remove_glossary([t for t in args.terms if t not in missing])
    for term in missing:
        print(f"fact-browser: note: “{term}” is not in the glossary", file=sys.stderr)
    return 1 if missing and len(missing) == len(args.terms) else 0


def _import(args, lib) -> int:
    from ..core.library.glossary_files import read_glossary_file

    entries, problems = read_glossary_file(args.file)
    for problem in problems:
        print(f"fact-browser: note: skipped {problem}", file=sys.stderr)
    lib.save_glossary(entries)
    print(json.dumps({"imported": len(entries), "skipped": len(problems)}))
    return 0


def _export(args, lib) -> int:
    from ..core.library.glossary_files import write_csv, write_glossary_file, write_tbx

    entries = lib.glossary()
    if args.file == "-":
        sys.stdout.write(write_tbx(entries) if args.format == "tbx" else write_csv(entries))
        return 0
    write_glossary_file(args.file, entries)
    print(json.dumps({"exported": len(entries), "file": args.file}, ensure_ascii=False))
    return 0
