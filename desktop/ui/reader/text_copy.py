"""Copying article text: the reader's selection as shown, with English, and whole sections."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu



class TextCopier(QObject):
    """Context menus of the reader and the navigator, and the copy actions behind them."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._setup_ui()

    def _setup_ui(self) -> None:
        w = self.window
        with_english = w._action("copy_with_english", "", self.copy_selection_with_english, "Ctrl+Alt+E")
        with_english.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        w.reader.addAction(with_english)
        w._action("copy_section", "", lambda: self.copy_section("chinese"), "Alt+Shift+C")
        w._action("copy_section_english", "", lambda: self.copy_section("english"), "Alt+Shift+E")
        w._action("copy_section_both", "", lambda: self.copy_section("both"), "Alt+Shift+B")
        prefs = w.actions["preferences"]
        for name in ("copy_with_english", "copy_section", "copy_section_english", "copy_section_both"):
            w.edit_menu.insertAction(prefs, w.actions[name])
        w.edit_menu.insertSeparator(prefs)
        w.reader.setContextMenuPolicy(Qt.CustomContextMenu)
        w.reader.customContextMenuRequested.connect(self._on_reader_menu)
        w.navigator.setContextMenuPolicy(Qt.CustomContextMenu)
        w.navigator.customContextMenuRequested.connect(self._on_navigator_menu)
        self.retranslate()

    def retranslate(self) -> None:
        a = self.window.actions
        a["copy_with_english"].setText(self.tr("Copy with &English"))
        a["copy_section"].setText(self.tr("Copy Section (Chinese)"))
        a["copy_section_english"].setText(self.tr("Copy Section (English)"))
        a["copy_section_both"].setText(self.tr("Copy Section (Chinese and English)"))

    # -- what is copied ---------------------------------------------------------
    def selection_span(self) -> tuple[int, int] | None:
        """The reader's selection as an article span, or None."""
        cursor = self.window.reader.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.window.reader.article_offset(cursor.selectionStart())
        end = self.window.reader.article_offset(cursor.selectionEnd())
        if start is None or end is None or end <= start:
            return None
        return start, end

    def selection_with_english(self) -> str:
        """The selection as shown (display script), then the English of every sentence it touches."""
        w = self.window
        span = self.selection_span()
        if span is None:
            return ""
        shown = w.reader.textCursor().selectedText().replace("\u2029", "\n")
        english = [w.translations.english_for_sentence(s.index) for s in w.article.sentences_between(*span)]
        english = [e for e in english if e]
        return shown + ("\n\n" + " ".join(english) if english else "")

    def section_text(self, index: int, which: str) -> str:
        """Section ``index`` as ``"chinese"`` (display script), ``"english"`` or ``"both"`` (paragraph by paragraph)."""
        w = self.window
        section = w.article.sections[index]
        script = w.script
        blocks = []
        if section.title:
            zh = script.transform(section.title)
            en = w.translations.english_for_span(section.heading_start, section.heading_end) or ""
            blocks.append(self._pick(zh, en, which))
        for p in section.paragraphs:
            zh = script.transform(w.article.text[p.start:p.end])
            en = " ".join(e for e in (w.translations.english_for_sentence(s.index) for s in p.sentences) if e)
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
            self.window.statusBar().showMessage(self.tr("Copied with English"), 4000)

    def copy_section(self, which: str, index: int | None = None) -> None:
        w = self.window
        if w.article is None:
            return
        index = w.navigator.current_section_index() if index is None else index
        if not 0 <= index < len(w.article.sections):
            return
        text = self.section_text(index, which)
        if which != "chinese" and not text.strip():
            w.statusBar().showMessage(self.tr("This section has no English yet"), 4000)
            return
        QGuiApplication.clipboard().setText(text)
        w.statusBar().showMessage(self.tr("Copied the section"), 4000)

    def _on_reader_menu(self, pos) -> None:
        w = self.window
        menu = w.reader.createStandardContextMenu(pos)
        menu.addSeparator()
        a = w.actions
        a["copy_with_english"].setEnabled(self.selection_span() is not None)
        menu.addAction(a["copy_with_english"])
        menu.addAction(a["gloss_at_cursor"])
        menu.addAction(a["retranslate_sentence"])
        menu.exec(w.reader.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _on_navigator_menu(self, pos) -> None:
        w = self.window
        index = w.navigator.indexAt(pos)
        section = index.data(Qt.UserRole) if index.isValid() else None
        if section is None:
            return
        menu = QMenu(w.navigator)
        for which, name in (("chinese", "copy_section"), ("english", "copy_section_english"), ("both", "copy_section_both")):
            action = menu.addAction(w.actions[name].text())
            action.triggered.connect(lambda checked=False, k=which, i=section.index: self.copy_section(k, i))
        menu.exec(w.navigator.viewport().mapToGlobal(pos))
        menu.deleteLater()
