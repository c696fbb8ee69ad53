"""Copying article text: the reader's selection as shown, with English, and a heading's part of the text.

Copy Section copies what "This section only" of the facts panel shows: from the navigator's heading to the
next at its level or above (:meth:`SectionListModel.part`), so 1985's （二） holds its 第一、…第五、 and
2008's （二）, a heading inside 一、's section, only its own paragraphs."""

from __future__ import annotations

from PySide6.QtCore import QObject, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu

from ...core.session import ReadingSession
from ..services.actions import ActionSpec, table
from ..services.window_services import WindowServices
from .navigator import SectionNavigator
from .view import ReaderView

ACTIONS = table(
    "text_copy",
    "TextCopier",
    actions=(
        ActionSpec(
            "copy_with_english",
            QT_TRANSLATE_NOOP("TextCopier", "Copy with &English"),
            ("Ctrl+Alt+E",),
            "edit",
            lambda c: c.copy_selection_with_english(),
            before="preferences",
            context=Qt.WidgetWithChildrenShortcut,
        ),
        ActionSpec(
            "copy_section",
            QT_TRANSLATE_NOOP("TextCopier", "Copy Section (Chinese)"),
            ("Alt+Shift+C",),
            "edit",
            lambda c: c.copy_section("chinese"),
            before="preferences",
        ),
        ActionSpec(
            "copy_section_english",
            QT_TRANSLATE_NOOP("TextCopier", "Copy Section (English)"),
            ("Alt+Shift+E",),
            "edit",
            lambda c: c.copy_section("english"),
            before="preferences",
        ),
        ActionSpec(
            "copy_section_both",
            QT_TRANSLATE_NOOP("TextCopier", "Copy Section (Chinese and English)"),
            ("Alt+Shift+B",),
            "edit",
            lambda c: c.copy_section("both"),
            before="preferences",
        ),
    ),
)


class TextCopier(QObject):
    """Context menus of the reader and the navigator, and the copy actions behind them."""

    def __init__(
        self, session: ReadingSession, services: WindowServices, reader: ReaderView, navigator: SectionNavigator
    ) -> None:
        super().__init__(services.dialog_parent())
        self.session, self.services = session, services
        #: this feature's own widgets (other features see the reader through its protocol)
        self.reader, self.navigator = reader, navigator
        self._setup_ui()

    def _setup_ui(self) -> None:
        services, reader, navigator = self.services, self.reader, self.navigator
        self.actions = services.build_actions(ACTIONS, self)
        reader.addAction(self.actions["copy_with_english"])
        # Copy with English is there when there is a selection to copy (menu, context menu, shortcut).
        services.signals.selectionChanged.connect(self._on_selection_changed)
        self._on_selection_changed()
        services.menu("edit").insertSeparator(services.action("preferences"))
        reader.setContextMenuPolicy(Qt.CustomContextMenu)
        reader.customContextMenuRequested.connect(self._on_reader_menu)
        navigator.setContextMenuPolicy(Qt.CustomContextMenu)
        navigator.customContextMenuRequested.connect(self._on_navigator_menu)

    def retranslate(self) -> None:
        """The texts are the table's (the builder sets them again on a language switch)."""

    def is_idle(self) -> bool:
        return True

    # -- what is copied ---------------------------------------------------------
    def selection_span(self) -> tuple[int, int] | None:
        """The reader's selection as an article span, or None (the session keeps it)."""
        return self.session.selection

    def selection_with_english(self) -> str:
        """The selection as shown (display script), then the English of every sentence it touches."""
        session = self.session
        span = self.selection_span()
        if span is None:
            return ""
        shown = self.reader.textCursor().selectedText().replace("\u2029", "\n")
        english = [session.english_for_sentence(s.index) for s in session.article.sentences_between(*span)]
        english = [e for e in english if e]
        return shown + ("\n\n" + " ".join(english) if english else "")

    def section_text(self, index: int, which: str) -> str:
        """Section ``index`` as ``"chinese"`` (display script), ``"english"`` or ``"both"`` (paragraph by paragraph)."""
        section = self.session.article.sections[index]
        return self.part_text(section.heading_start if section.title else section.start, section.end, which)

    def part_text(self, start: int, end: int, which: str) -> str:
        """The headings and paragraphs that begin in ``[start, end)`` of ``Article.text``, as :meth:`section_text`."""
        session = self.session
        blocks = []
        for section in session.article.sections:
            if section.end <= start or section.start >= end:
                continue
            if section.title and start <= section.heading_start < end:
                zh = session.transform(section.title)
                en = session.english_for_span(section.heading_start, section.heading_end) or ""
                blocks.append(self._pick(zh, en, which))
            for p in section.paragraphs:
                if start <= p.start < end:
                    zh = session.transform(session.article.text[p.start : p.end])
                    en = " ".join(e for e in (session.english_for_sentence(s.index) for s in p.sentences) if e)
                    blocks.append(self._pick(zh, en, which))
        return "\n\n".join(b for b in blocks if b)

    @staticmethod
    def _pick(zh: str, en: str, which: str) -> str:
        if which == "english":
            return en
        if which == "both":
            return f"{zh}\n{en}" if en else zh
        return zh

    # -- actions -------------------------------------------------------------
    def copy_selection_with_english(self) -> None:
        text = self.selection_with_english()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.services.show_status(self.tr("Copied with English"), 4000)

    def copy_section(self, which: str, index: int | None = None) -> None:
        """Copy section ``index`` whole, or without it the navigator's current heading's part (what
        "This section only" shows)."""
        article = self.session.article
        if article is None:
            return
        if index is None:
            part = self.navigator.current_part()
            if part is not None:
                self.copy_part(which, *part)
            return
        if 0 <= index < len(article.sections):
            self._copy(which, self.section_text(index, which))

    def copy_part(self, which: str, start: int, end: int) -> None:
        """Copy the headings and paragraphs that begin in ``[start, end)`` of ``Article.text``."""
        if self.session.article is not None:
            self._copy(which, self.part_text(start, end, which))

    def _copy(self, which: str, text: str) -> None:
        if which != "chinese" and not text.strip():
            self.services.show_status(self.tr("This section has no English yet"), 4000)
            return
        QGuiApplication.clipboard().setText(text)
        self.services.show_status(self.tr("Copied the section"), 4000)

    def _on_reader_menu(self, pos) -> None:
        reader, services = self.reader, self.services
        menu = reader.createStandardContextMenu(pos)
        menu.addSeparator()
        menu.addAction(self.actions["copy_with_english"])
        menu.addAction(services.action("gloss_at_cursor"))
        menu.addAction(services.action("translate_again"))
        menu.exec(reader.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _on_selection_changed(self) -> None:
        self.actions["copy_with_english"].setEnabled(self.selection_span() is not None)

    def _on_navigator_menu(self, pos) -> None:
        menu = self.navigator_menu(pos)
        if menu is not None:
            menu.exec(self.navigator.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def navigator_menu(self, pos) -> QMenu | None:
        """The navigator's context menu at ``pos`` (its viewport's coordinates): copy the row's part of the
        text, as "This section only" reads it; None off the rows."""
        navigator = self.navigator
        index = navigator.indexAt(pos)
        part = navigator.sections.part(navigator.proxy.mapToSource(index).row()) if index.isValid() else None
        if part is None:
            return None
        menu = QMenu(navigator)
        for which, name in (
            ("chinese", "copy_section"),
            ("english", "copy_section_english"),
            ("both", "copy_section_both"),
        ):
            action = menu.addAction(self.actions[name].text())
            action.triggered.connect(lambda checked=False, k=which, p=part: self.copy_part(k, *p))
        return menu
