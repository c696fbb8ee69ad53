"""Terminal subcommands. Each module defines ``add_arguments(parser)`` and ``run(args) -> int``
and never imports Qt."""


def open_document(path):
    """Load ``path`` for a subcommand; a warning about undecodable bytes goes to stderr,
    so the text on stdout stays exactly what the spans index into."""
    import sys

    from ..core.ingest.builder import load_path, undecodable_warning

    article = load_path(path)
    warning = undecodable_warning(article)
    if warning:
        print(f"fact-browser: warning: {warning}", file=sys.stderr)
    return article
