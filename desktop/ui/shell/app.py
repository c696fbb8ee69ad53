"""Starting the GUI: arguments, QApplication, first window, ``--screenshot``."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

from ... import APP_ID, APP_NAME, ORG_NAME, __version__
from ...core.modes import CATALOG_LANGUAGES, Theme
from ...core.paths import SEED_ARTICLE

# freedesktop application ID: the .desktop file, metainfo and icon are named after it
DESKTOP_ID = "io.github.factbrowser.FactBrowser"


_VALUED = {"--screenshot": "screenshot", "--size": "size", "--lang": "lang", "--theme": "theme"}
_CHOICES = {"lang": tuple(lang.value for lang in CATALOG_LANGUAGES), "theme": tuple(theme.value for theme in Theme)}


def parse_gui_args(argv: list[str]) -> argparse.Namespace:
    """The window's options. Plain cases are read directly: building an argparse parser
    costs ~12 ms of regex compiling on the way to the first window. Anything unusual
    (``--help``, ``--version``, a typo, a missing value) goes to argparse for its messages."""
    args = argparse.Namespace(files=[], screenshot=None, settle=False, size="1280x800", lang=None, theme=None)
    items = iter(argv)
    for item in items:
        if item == "--settle":
            args.settle = True
        elif item in _VALUED:
            name = _VALUED[item]
            value = next(items, None)
            if value is None or (name in _CHOICES and value not in _CHOICES[name]):
                return _argparse_gui_args(argv)
            setattr(args, name, value)
        elif item.startswith("-") and item != "-":
            return _argparse_gui_args(argv)
        else:
            args.files.append(item)
    return args


def _argparse_gui_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="fact-browser",
        description=f"{APP_NAME}: read Chinese articles bilingually and pull out their facts. "
        "Run `fact-browser COMMAND --help` for terminal commands (sections, text, facts, convert, gloss, translate, search).",
    )
    parser.add_argument("files", nargs="*", help="documents to open (.txt, .md, .html); the bundled article when none")
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the main window offscreen, save a PNG and exit")
    parser.add_argument(
        "--settle",
        action="store_true",
        help="with --screenshot: wait (up to 20 s) for background work such as facts before saving",
    )
    parser.add_argument("--size", default="1280x800", help="window size for --screenshot (default 1280x800)")
    parser.add_argument("--lang", choices=_CHOICES["lang"], help="interface language (default: the system's)")
    parser.add_argument("--theme", choices=_CHOICES["theme"], help="colour theme for this run")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def run_gui(argv: list[str]) -> int:
    # Start-up creates ~35,000 objects that live as long as the process (modules, Qt
    # wrappers, the first document). The cyclic collector would scan them ~80 times
    # on the way to the first paint and again at exit (~30 ms on 2 cores): it stays
    # off until the window has painted, then they are frozen out of its scans and
    # collection runs on the GUI thread only (garbage.py says why).
    gc.disable()
    args = parse_gui_args(argv)
    if (
        args.screenshot
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    skip_feature_scan()
    app = QApplication.instance()
    if app is None:
        # Fusion everywhere, so the marks' colours and the palettes look as designed.
        app = QApplication([sys.argv[0], "-style", "fusion"])
        app.setProperty("factBrowserFusion", True)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    from PySide6.QtGui import QGuiApplication

    from ..services import i18n, tasks
    from ..services.settings import UI_LANGUAGE, Settings, set_aside_damaged_file
    from ..services.theme import ThemeController

    from ...core import diagnostics

    diagnostics.start_log()  # warnings and errors to the user's log folder (opened on the first one)
    set_aside = set_aside_damaged_file()  # before anything reads the file
    settings = Settings()
    # Translators go in before any widget exists, so every string is translated from the start.
    i18n.install_translators(app, args.lang or settings.get(UI_LANGUAGE) or None)
    QGuiApplication.setDesktopFileName(DESKTOP_ID)
    theme_controller = ThemeController(app, settings)
    theme_controller.apply(args.theme)
    from .main_window import MainWindow

    tasks.hold_until_first_paint()
    paths = [Path(p) for p in args.files] or [SEED_ARTICLE if args.screenshot else last_document(settings)]
    window = MainWindow(settings)
    theme_controller.themeChanged.connect(lambda _dark: window.apply_fonts())
    window.keep_background_held = bool(args.screenshot and not args.settle)
    window.remembers = not args.screenshot
    window.firstPainted.connect(started)
    window.open_path(paths[0], wait=True)
    window.report_settings_problems(set_aside)
    if args.screenshot:
        status = _screenshot(app, window, args.screenshot, args.size, settle=args.settle)
        started()
        return status
    sys.excepthook = _report_unexpected
    window.show()
    # A window that never paints (started minimised, on a hidden workspace) must not leave
    # the collector off for the whole session.
    from PySide6.QtCore import QTimer

    QTimer.singleShot(3000, started)
    # Every further file (the desktop launcher passes %F) gets a window of its own,
    # so opening a second document never replaces the first.
    windows = [window]
    for offset, path in enumerate(paths[1:], start=1):
        other = MainWindow(settings)
        other.move(window.x() + 32 * offset, window.y() + 32 * offset)
        other.open_path(path)
        other.show()
        windows.append(other)
    status = app.exec()
    tasks.shutdown()
    # Collected here, while the QApplication exists: collection is off, and at interpreter
    # exit the wrappers of closed windows would outlive it.
    gc.collect()
    return status


def skip_feature_scan() -> None:
    """Stop PySide reading the source of every module imported after it.

    PySide's ``__feature__`` switches (``snake_case``, ``true_property``) are chosen per module,
    so after each import PySide reads the module's source (``inspect.getsource``) to see whether
    it names PySide6: such a module is switched back to plain Qt names when its code runs. On the
    way to the first window that is some 120 files (ours and the standard library's), ~18 ms of
    CPU (issue 22.8). No module of the app or its libraries selects a feature, so every module is
    answered "a PySide user with no feature", the answer PySide gives a module that names it:
    a module that does select one still gets it (``from __feature__ import …`` sets its own entry).
    Left as it is when PySide's internals are not the ones this was written against."""
    feature = sys.modules.get("PySide6.support.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_pyside


def _uses_pyside(_module) -> bool:
    return True


def last_document(settings) -> Path:
    """The document read last (its reading position comes back with it), or the bundled article on a
    first launch or when that document is gone."""
    from ..services.settings import RECENT_FILES

    recent = settings.get(RECENT_FILES)
    if recent:
        try:
            last = Path(recent[0])
            if last.is_file():
                return last
        except (OSError, ValueError):
            pass
    return SEED_ARTICLE


def started() -> None:
    """The first window has painted: freeze what start-up made, collect on the GUI thread from now on."""
    from PySide6.QtWidgets import QApplication

    from . import garbage

    garbage.start(QApplication.instance())


def _report_unexpected(kind, value, trace) -> None:
    """A bug in a slot must not end the session: log it, say in plain words what failed with
    "Copy details" and the log file's path (``error_report.py``), keep the document.

    The traceback still goes to stderr for a launch from a terminal."""
    import traceback

    traceback.print_exception(kind, value, trace)
    if not isinstance(value, Exception):  # KeyboardInterrupt, SystemExit: not a bug to report
        return
    from .error_report import report

    report(value.with_traceback(trace))


def _screenshot(app, window, out: str, size: str, *, settle: bool = False) -> int:
    """Save the first painted window, or with ``settle`` the window once background work is done."""
    from PySide6.QtCore import QElapsedTimer, QThread

    try:
        width, height = (int(v) for v in size.lower().split("x"))
    except ValueError:
        print(f"fact-browser: --size must look like 1280x800, not {size!r}", file=sys.stderr)
        return 2
    window.resize(width, height)
    window.show()
    timer = QElapsedTimer()
    timer.start()
    app.processEvents()
    if settle:
        from ..services import tasks

        tasks.release()
    while settle and timer.elapsed() < 20000 and not window.is_idle():
        app.processEvents()
        QThread.msleep(5)
    app.processEvents()
    image = window.grab()
    if image.isNull() or not image.save(out, "PNG"):
        print(f"fact-browser: could not write the screenshot to {out}", file=sys.stderr)
        return 1
    window.close()
    # Anything still queued would only delay the exit of a one-shot render.
    from ..services import tasks

    tasks.shutdown(timeout_ms=0)
    return 0
