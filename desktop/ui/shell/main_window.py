"""The main window: navigator beside reader, menus, docks; it shows the article that
:class:`~desktop.ui.shell.opening.DocumentOpener` reads (from a file or pasted text)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QVBoxLayout, QWidget

from ... import APP_NAME
from ...core.document import Article
from ...core.session import Change, ReadingSession
from ..reader.navigator import SectionNavigator
from ..reader.port import ReaderPort
from ..reader.view import ReaderView
from ..services import settings as keys
from ..services import tasks
from . import window_state
from ..services.actions import ActionBuilder
from .empty_state import EmptyState
from .message_banner import MessageBanner
from .opening import DocumentOpener
from ..services.window_services import SharedGlossary, WindowServices
from ..services.session_signals import SessionSignals
from ..services.settings import Settings


#: the narrowest the reader gets, in CJK character widths
READER_MIN_EMS = 24
#: the narrowest the section navigator gets, in CJK character widths
NAVIGATOR_MIN_EMS = 9


class MainWindow(QMainWindow):
    """One window shows one article at a time; a failed open keeps the current one.

    The composition root: it owns the :class:`ReadingSession`, builds each
    feature's controller with the session and a :class:`WindowServices`, and
    keeps them as attributes (``script``, ``facts``, ``glosses``,
    ``english``, ``search``, ``text_copy``) for the shell and for tests.
    """

    articleChanged = Signal(object)
    #: the reader painted for the first time (start-up work held back for it may run now)
    firstPainted = Signal()
    #: emitted after a failed open, with the message shown to the user
    openFailed = Signal(str)

    def __init__(self, settings: Settings | None = None, parent=None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.session = ReadingSession(
            variant=self.settings.get(keys.SCRIPT),
            phrases=self.settings.get(keys.TAIWAN_PHRASES),
            view_mode=self.settings.get(keys.VIEW_MODE),
        )
        self.signals = SessionSignals(self.session, self)
        #: reads a file or pasted text into an article, says what went wrong, goes back to where the user left off
        self.opening = DocumentOpener(self)
        self.navigator = SectionNavigator(self)
        self.reader = ReaderView(self)
        self.banner = MessageBanner(self)
        self.splitter = QSplitter(Qt.Horizontal, self)
        self.builder = ActionBuilder(self, self.menuBar())
        #: every action by id (the window's and each feature's), for the shortcuts dialog and tests
        self.actions: dict[str, QAction] = self.builder.actions
        #: ``--screenshot`` without ``--settle`` saves the first paint and exits: no background work
        self.keep_background_held = False
        #: False for a one-shot render (``--screenshot``): the user's recent files, window
        #: geometry and reading positions are left as they were
        self.remembers = True
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("mainToolBar")
        self.toolbar.setMovable(False)
        self._built = False
        self._setup_ui()
        # The reader shows what the session holds: render first, then the features hear of it.
        self.signals.scriptChanged.connect(self._render)
        self.signals.viewModeChanged.connect(self._render)
        self.signals.englishChanged.connect(lambda: self._render() if self.session.view_mode.shows_english else None)
        self.services = WindowServices(
            self,
            settings=self.settings,
            signals=self.signals,
            builder=self.builder,
            reader=ReaderPort(self.reader, self.navigator),
            banner=self.banner,
            reader_column=self.reader_column,
            toolbar=self.toolbar,
            glossary=SharedGlossary(),
        )
        self._build_features()
        self.settings.watch(
            (keys.CHINESE_FONT, keys.ENGLISH_FONT, keys.FONT_SIZE, keys.ENGLISH_FONT_SIZE, keys.THEME),
            self.apply_fonts,
            self,
        )
        from .side_panels import SidePanelsGiveWay

        self.side_panels = SidePanelsGiveWay(self, self.splitter, self.reader)
        self._built = True
        self.apply_fonts()
        self.retranslate()
        window_state.restore_layout(self)
        window_state.restore_docks(self)
        # Background work held back for the first paint may start once it is done.
        self.reader.firstPainted.connect(lambda: QTimer.singleShot(0, self._after_first_paint))

    def _build_features(self) -> None:
        from ..english.controller import TranslationController
        from ..facts.controller import FactsController
        from ..glossary.controller import GlossController
        from ..library.menu import LibraryMenu
        from ..reader.text_copy import TextCopier
        from ..script.controller import ScriptController
        from ..search.controller import SearchController

        session, services = self.session, self.services
        self.script = ScriptController(session, services)
        self.facts = FactsController(session, services)
        self.glosses = GlossController(session, services)
        self.english = TranslationController(session, services)
        self.search = SearchController(session, services)
        self.text_copy = TextCopier(session, services, self.reader, self.navigator)
        self.library = LibraryMenu(session, services)
        self._features = (
            self.script,
            self.facts,
            self.glosses,
            self.english,
            self.search,
            self.text_copy,
            self.library,
        )

    @property
    def article(self) -> Article | None:
        return self.session.article

    @property
    def path(self) -> Path | None:
        return self.session.path

    # The menu bar's menus by name (they live in the action builder's registry).
    file_menu = property(lambda self: self.builder.menus["file"])
    edit_menu = property(lambda self: self.builder.menus["edit"])
    view_menu = property(lambda self: self.builder.menus["view"])
    facts_menu = property(lambda self: self.builder.menus["facts"])
    go_menu = property(lambda self: self.builder.menus["go"])
    help_menu = property(lambda self: self.builder.menus["help"])

    def _after_first_paint(self) -> None:
        self.opening.go_back_after_paint()
        # A first launch on a small screen: the docks give way to the reader before their widths count.
        self.side_panels.share()
        self.side_panels.remember()
        self.firstPainted.emit()
        if self.keep_background_held:
            return
        tasks.release()
        # The SVG icon needs QtSvg: load it once the window is up, not before.
        from ..services import icons

        QApplication.setWindowIcon(icons.app_icon())
        icons.decorate(self.actions)

    # -- public API ---------------------------------------------------------
    def open_path(self, path: str | Path, *, wait: bool = False) -> None:
        """Open ``path``; a worker does the reading unless ``wait`` (startup, tests)."""
        self.opening.open_path(path, wait=wait)

    def open_text(self, text: str) -> None:
        """Open pasted text as a document (a copy is kept and listed under Open Recent)."""
        self.opening.open_text(text)

    def remember_position(self) -> None:
        """Keep where the reader is in the open document, to come back there next time."""
        self.opening.remember_position()

    def show_article(self, article: Article | None, path: Path | None = None) -> None:
        self.remember_position()
        # A message belongs to the document it was said about (issue 20.7: a translation error
        # outlived its document, even onto the empty page).
        self.banner.hide()
        # The script view and the known English are ready before anyone hears of the article,
        # so the first render already shows them.
        self.session.set_article(article, path, announce=False)
        self.navigator.sections.set_article(article)
        self.script.prepare(article)
        self.english.prepare(article)
        self._render()
        self._update_title()
        self.session.announce(Change.ARTICLE)
        self.articleChanged.emit(article)

    def report_settings_problems(self, set_aside: Path | None = None) -> None:
        """Say once that a damaged settings file was replaced (``set_aside``: where it went)
        or that settings read as their defaults (see :meth:`Settings.take_problems`)."""
        said = []
        if set_aside is not None:
            said.append(
                self.tr("The settings file could not be read; it was moved to %1 and the defaults are used.").replace(
                    "%1", str(set_aside)
                )
            )
        problems = self.settings.take_problems()
        if problems:
            listed = "; ".join(name + " = " + value for name, value in problems)
            count = len(problems)
            said.append(
                self.tr("%n setting(s) had a value out of range and now use the default: %1", "", count).replace(
                    "%1", listed
                )
            )
        if said:
            self.banner.show_info(" ".join(said), timeout_ms=20000)

    def close_document(self) -> None:
        self.opening.cancel()
        self.show_article(None)
        self.show_empty_state()

    def show_empty_state(self) -> None:
        """With no document open the reader says what to do: Open, Paste, or a recent document."""
        self.reader.setHtml(
            self._empty.html(self.actions["open"], self.actions["paste"], self.settings.get(keys.RECENT_FILES))
        )

    def _on_reader_action(self, name: str) -> None:
        if self.session.article is not None:
            return  # the document's own notice links are the features'
        target = self._empty.target(name)
        if isinstance(target, Path):
            self.open_path(target)
        elif target is not None:
            self.actions[target].trigger()

    def is_idle(self) -> bool:
        """No background work pending (used by ``--screenshot --settle`` and tests)."""
        return (
            not tasks.is_holding()
            and self.opening.is_idle()
            and not self.reader.is_building()
            and all(feature.is_idle() for feature in self._features)
        )

    def go_to_section(self, index: int) -> None:
        if self.article and 0 <= index < len(self.article.sections):
            self._on_section_activated(index)
            self.navigator.select_section(index)

    # -- set-up ---------------------------------------------------------------
    def _setup_ui(self) -> None:
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.setDockOptions(QMainWindow.AnimatedDocks | QMainWindow.AllowTabbedDocks)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigator)
        column = QWidget(self)
        self.reader_column = QVBoxLayout(column)
        self.reader_column.setContentsMargins(0, 0, 0, 0)
        self.reader_column.setSpacing(0)
        self.reader_column.addWidget(self.reader, 1)
        self.splitter.addWidget(column)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 760])
        self.splitter.setChildrenCollapsible(False)
        # A small window keeps the reader readable (words never break mid-letter);
        # the navigator and the docks give way first.
        em = self.reader.fontMetrics().horizontalAdvance("中")
        self.reader.setMinimumWidth(READER_MIN_EMS * em)
        # Nine characters of a title: at 6 an 800-pixel window left ~70 px and cut every title.
        self.navigator.setMinimumWidth(NAVIGATOR_MIN_EMS * em)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.navigator.sectionActivated.connect(self._on_section_activated)
        self.navigator.headingActivated.connect(self.reader.scroll_to_offset)
        self.reader.busyChanged.connect(self._on_reader_busy)
        self.reader.buildFailed.connect(lambda message: self.banner.show_error(message))
        self.reader.sectionScrolled.connect(self.navigator.select_section)
        self.reader.offsetScrolled.connect(self.navigator.follow)
        self.reader.actionRequested.connect(self._on_reader_action)
        self._empty = EmptyState()
        self.reader.selectionChanged.connect(lambda: self.session.set_selection(self.reader.selected_span()))
        from .menus import WindowMenus

        self.menus = WindowMenus(self, self.builder)
        self.statusBar().setObjectName("statusBar")
        self._update_title()

    def all_actions(self) -> list[QAction]:
        """Every action a user can trigger, for the shortcuts dialog."""
        return list(self.actions.values())

    # -- rendering ------------------------------------------------------------
    def rerender(self) -> None:
        """Show the current article again (after a script, view-mode or English change)."""
        self._render()

    def _render(self) -> None:
        session = self.session
        view = session.view if session.is_converting() else None
        self.reader.show_article(
            session.article,
            view,
            mode=session.view_mode,
            english=session.english_for_sentence,
            english_block=session.english_for_span,
            notice=self.english.english_notice() if session.view_mode.shows_english else None,
        )
        self.navigator.sections.set_title_function(session.transform)

    def retranslate(self) -> None:
        """Set every visible string again (after a language switch)."""
        self.toolbar.setWindowTitle(self.tr("Main Toolbar"))
        self.menus.retranslate()
        for part in self._features:
            part.retranslate()
        self._update_title()

    def changeEvent(self, event) -> None:
        # Qt sends LanguageChange while the window is still being built; the
        # constructor sets every string itself once the features exist.
        if event.type() == QEvent.LanguageChange and self._built:
            self.retranslate()
        super().changeEvent(event)

    def apply_fonts(self) -> None:
        """Reader fonts from the settings (Chinese family and size, English family and size, zoom)."""
        base = QApplication.font()
        chinese = QFont(self.settings.get(keys.CHINESE_FONT) or base.family())
        size = self.settings.get(keys.FONT_SIZE) or max(base.pointSizeF(), 11.0)
        zoom = self.settings.get(keys.ZOOM)
        chinese.setPointSizeF(max(6.0, size * (1.1**zoom)))
        english_size = self.settings.get(keys.ENGLISH_FONT_SIZE) or size * 0.92
        self.reader.set_fonts(chinese, self.settings.get(keys.ENGLISH_FONT), max(6.0, english_size * (1.1**zoom)))
        if self.article is not None:
            self._render()

    def _update_title(self) -> None:
        name = ""
        if self.article is not None:
            name = self.path.name if self.path else self.tr("Pasted text")
        self.setWindowTitle(f"{name} — {APP_NAME}" if name else APP_NAME)
        self.setWindowFilePath(str(self.path) if self.path else "")

    # -- slots ---------------------------------------------------------------
    def _on_reader_busy(self, busy: bool) -> None:
        if busy:
            self.statusBar().showMessage(self.tr("Laying out the article…"))
        else:
            self.statusBar().clearMessage()

    def _on_section_activated(self, index: int) -> None:
        if self.article and 0 <= index < len(self.article.sections):
            if index == 0:  # the lead sits under the title: show both
                self.reader.verticalScrollBar().setValue(0)
            else:
                self.reader.scroll_to_offset(self.article.sections[index].start)

    def step_section(self, step: int) -> None:
        """The next (previous) heading of the navigator's outline."""
        if self.article:
            self.navigator.step(step)

    # -- drag and drop --------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open_path(url.toLocalFile())
                event.acceptProposedAction()
                return

    # -- state ---------------------------------------------------------------
    def save_state(self) -> None:
        window_state.save(self)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._built and event.oldSize().width() != event.size().width():
            self.side_panels.share()

    def closeEvent(self, event) -> None:
        self.opening.cancel()
        if self.remembers:
            self.save_state()
        super().closeEvent(event)
