"""Qt tests: offscreen, with a throw-away settings store per test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings


@pytest.fixture(scope="session", autouse=True)
def english_catalog(qapp):
    """The app installs its English catalog at start-up (it supplies plural forms: "2 facts")."""
    from desktop.ui.services import i18n

    i18n.install_translators(qapp, "en")


@pytest.fixture(scope="session", autouse=True)
def gui_thread_collector(qapp):
    """As in the app: cyclic garbage is collected on the GUI thread only. A worker that collected
    a closed window's wrappers deadlocked a full run (garbage.py); no freeze here, tests come and go."""
    from desktop.ui.shell.garbage import GuiThreadCollector

    import shiboken6

    collector = GuiThreadCollector()  # no parent: it must not outlive Python inside the QApplication
    yield collector
    collector.stop()
    shiboken6.delete(collector)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    QCoreApplication.setOrganizationName("FactBrowserTests")
    QCoreApplication.setApplicationName("fact-browser-tests")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    yield tmp_path / "settings"


@pytest.fixture
def open_window(qtbot, seed_path):
    """Open a shown MainWindow on ``path`` (the seed by default); call again for a "restart"."""
    from desktop.ui.shell.main_window import MainWindow

    def opener(path=None, *, size=(780, 560), mode=None):
        window = MainWindow()
        qtbot.addWidget(window)
        if size is not None:
            window.resize(*size)
        window.show()
        if mode is not None:
            window.english.set_mode(mode)
        window.open_path(path or seed_path, wait=True)
        return window

    return opener


@pytest.fixture
def fake_google(monkeypatch, tmp_path):
    """A fake Google Translate on 127.0.0.1 that the real deep-translator client talks to,
    and a translation cache of this test's own."""
    import deep_translator.constants as constants

    from fake_provider import FakeProvider

    monkeypatch.setenv("FACT_BROWSER_CACHE_DIR", str(tmp_path / "cache"))
    with FakeProvider() as fake:
        monkeypatch.setitem(constants.BASE_URLS, "GOOGLE_TRANSLATE", fake.google_url)
        yield fake


@pytest.fixture
def online_window(qtbot, fake_google):
    """A MainWindow with online translation explained (no first-use dialog), against :func:`fake_google`."""
    from desktop.ui.services import settings as keys
    from desktop.ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.settings.set(keys.ONLINE_EXPLAINED, True)
    return window


class _Owner:
    """Handlers of the window table that a feature test never triggers."""

    def __getattr__(self, name):
        raise AssertionError(f"a feature test triggered the window's {name}")


class _World:
    """A bare QMainWindow with what the shell hands every feature: a session and its signals, the
    message banner, a reader column, a toolbar, the window's menus and WindowServices over them.
    ``make_reader(window)`` gives the reader the features get (the real one's port, or a stub)."""

    def __init__(self, qtbot, make_reader):
        from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

        from desktop.core.session import ReadingSession
        from desktop.ui.services.actions import ActionBuilder
        from desktop.ui.services.session_signals import SessionSignals
        from desktop.ui.services.settings import Settings
        from desktop.ui.services.window_services import SharedGlossary, WindowServices
        from desktop.ui.shell.menus import WINDOW
        from desktop.ui.shell.message_banner import MessageBanner

        self.window = QMainWindow()
        qtbot.addWidget(self.window)
        self.session = ReadingSession()
        self.signals = SessionSignals(self.session, self.window)
        self.banner = MessageBanner(self.window)
        central = QWidget(self.window)
        self.column = QVBoxLayout(central)
        self.column.addWidget(self.banner)
        self.window.setCentralWidget(central)
        self.builder = ActionBuilder(self.window, self.window.menuBar())
        self.builder.build(WINDOW, _Owner())
        #: every action by id: the window's table and each feature's the test builds
        self.actions = self.builder.actions
        port = make_reader(self)
        self.services = WindowServices(
            self.window,
            settings=Settings(),
            signals=self.signals,
            builder=self.builder,
            reader=port,
            banner=self.banner,
            reader_column=self.column,
            toolbar=self.window.addToolBar(""),
            glossary=SharedGlossary(),
        )

    @property
    def article(self):
        return self.session.article


@pytest.fixture
def feature_window(qtbot):
    """What one feature needs and nothing more: a :class:`ReadingSession` (driven by the test, as the
    shell would drive it) and :class:`WindowServices` over a bare QMainWindow with the reader,
    navigator, banner, toolbar and the window's menus. No MainWindow, no other feature: a test
    builds the feature(s) it is about, and no facts model or dictionary runs unless it does."""
    from desktop.core.modes import ViewMode
    from desktop.core.session import Change
    from desktop.ui.reader.navigator import SectionNavigator
    from desktop.ui.reader.port import ReaderPort
    from desktop.ui.reader.view import ReaderView

    class Harness(_World):
        def __init__(self):
            super().__init__(qtbot, self._make_reader)
            self.reader.selectionChanged.connect(lambda: self.session.set_selection(self.reader.selected_span()))
            self.reader.sectionScrolled.connect(self.navigator.select_section)
            self.signals.scriptChanged.connect(self.render)
            self.signals.viewModeChanged.connect(self.render)
            self.signals.englishChanged.connect(lambda: self.render() if self.session.view_mode.shows_english else None)

        def _make_reader(self, world):
            self.reader = ReaderView(self.window)
            self.navigator = SectionNavigator(self.window)
            self.column.addWidget(self.reader)
            return ReaderPort(self.reader, self.navigator)

        def render(self):
            s = self.session
            self.reader.show_article(
                s.article,
                s.view if s.is_converting() else None,
                mode=s.view_mode,
                english=s.english_for_sentence,
                english_block=s.english_for_span,
            )

        def open(self, article, path=None, *, english=False, mode=None):
            """What the shell does when a document opens: set, render, announce. ``english``: with
            the English its gloss packs have (the bundled ones, and the one beside ``path``);
            ``mode``: in that view mode."""
            self.session.set_article(article, path, announce=False)
            if mode is not None:
                self.session.view_mode = ViewMode(mode)
            if english:
                from desktop.ui.english.sources import EnglishSources

                sources = EnglishSources(self.session, self.services)
                sources.load_packs()
                self.session.set_english(sources.read(), announce=False)
            self.navigator.sections.set_article(article)
            self.render()
            self.session.announce(Change.ARTICLE)

    return Harness()


@pytest.fixture
def stub_window(qtbot):
    """A feature's world with a reader that is only the reader protocol (tests/ui/reader_stub.py):
    ``session``, ``services``, ``reader`` (the stub), ``window`` and ``banner``; ``open(article)``
    sets, "renders" and announces as the shell would."""
    from desktop.core.session import Change
    from reader_stub import ReaderStub

    class StubWorld(_World):
        def __init__(self):
            super().__init__(qtbot, lambda world: ReaderStub(world.window))
            self.reader = self.services.reader

        def open(self, article, path=None):
            self.session.set_article(article, path, announce=False)
            self.reader.article = article
            self.reader.rendered.emit()
            self.session.announce(Change.ARTICLE)

    return StubWorld()
