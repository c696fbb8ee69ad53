"""Word glosses in the reader: the dictionary index in a worker, hover and keyboard popups, pinyin."""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QLabel

from ..shell import settings as keys
from ..shell import tasks
from .popup import GlossPopup


class GlossController(QObject):
    """Owns the CC-CEDICT :class:`Glossary`; look-ups run on the main thread once it is ready."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.glossary = None
        self.ready = False
        self.popup = GlossPopup(window)
        self.pinyin_bar = QLabel(window)
        self._task: tasks.Task | None = None
        self._pinyin_sentence = -1
        self._lock = threading.Lock()
        self._setup_ui()

    def _setup_ui(self) -> None:
        reader = self.window.reader
        reader.set_hover_delay(self.window.settings.get(keys.HOVER_DELAY_MS))
        reader.offsetHovered.connect(self._on_hovered)
        reader.hoverEnded.connect(self.popup.schedule_hide)
        reader.cursorPositionChanged.connect(self._on_cursor_moved)
        self.popup.copied.connect(lambda _: self.window.statusBar().showMessage(self.tr("Copied gloss"), 3000))
        gloss = self.window._action("gloss_at_cursor", "", self.show_at_cursor, "Ctrl+D")
        gloss.setShortcutContext(Qt.WindowShortcut)
        pinyin = self.window._action("show_pinyin", "", self.set_pinyin_visible, "Ctrl+Shift+P")
        pinyin.setCheckable(True)
        pinyin.setChecked(self.window.settings.get(keys.SHOW_PINYIN))
        self.window.view_menu.addAction(pinyin)
        self.window.go_menu.addAction(gloss)
        self.pinyin_bar.setObjectName("pinyinBar")
        self.pinyin_bar.setWordWrap(True)
        self.pinyin_bar.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.pinyin_bar.setContentsMargins(12, 4, 12, 4)
        self.pinyin_bar.setVisible(pinyin.isChecked())
        self.window.reader_column.addWidget(self.pinyin_bar)
        self.retranslate()
        # The index is checked (or built, ~0.5 s the first time) after the first paint.
        QTimer.singleShot(0, self._start_index)

    def retranslate(self) -> None:
        self.window.actions["gloss_at_cursor"].setText(self.tr("Look Up &Word at Cursor"))
        self.window.actions["show_pinyin"].setText(self.tr("Show &Pinyin for the Current Sentence"))
        self.pinyin_bar.setAccessibleName(self.tr("Pinyin of the current sentence"))

    def is_idle(self) -> bool:
        return self._task is None

    # -- index -------------------------------------------------------------
    def shared_glossary(self):
        """The one :class:`Glossary` (thread-safe), created on first use by any thread."""
        with self._lock:
            if self.glossary is None:
                from ...core.glossary import Glossary

                self.glossary = Glossary()
            return self.glossary

    def _start_index(self) -> None:
        task = tasks.Task(lambda: self.shared_glossary().ensure_index())
        self._task = task
        tasks.start(task, self._on_index_ready, self._on_index_failed, owner=self)

    def _on_index_ready(self, _path) -> None:
        self._task = None
        self.ready = True

    def _on_index_failed(self, message: str) -> None:
        self._task = None
        self.window.banner.show_error(self.tr("The dictionary could not be prepared: %1").replace("%1", message))

    # -- look-ups ----------------------------------------------------------
    def matches_at(self, offset: int):
        article = self.window.article
        if not self.ready or article is None or not 0 <= offset < len(article.text):
            return []
        return self.glossary.lookup_at(article.text, offset)

    def show_at(self, offset: int, global_pos: QPoint) -> bool:
        matches = self.matches_at(offset)
        if matches:
            self.popup.show_matches(matches, global_pos)
            m = matches[0]
            self.window.reader.set_layer("gloss", [(m.start, m.end, self.window.reader.palette().highlight().color().lighter(170))], underline=True)
        else:
            self.popup.hide()
        return bool(matches)

    def show_at_cursor(self) -> None:
        reader = self.window.reader
        cursor = reader.textCursor()
        offset = reader.article_offset(cursor.selectionStart())
        if offset is None:
            return
        rect = reader.cursorRect(cursor)
        if not self.show_at(offset, reader.viewport().mapToGlobal(rect.bottomLeft())):
            self.window.statusBar().showMessage(self.tr("No dictionary entry here"), 3000)

    def _on_hovered(self, offset: int, global_pos: QPoint) -> None:
        self.show_at(offset, global_pos)

    # -- pinyin -------------------------------------------------------------
    def set_pinyin_visible(self, on: bool) -> None:
        self.window.settings.set(keys.SHOW_PINYIN, on)
        self.pinyin_bar.setVisible(on)
        self._pinyin_sentence = -1
        self._on_cursor_moved()

    def _on_cursor_moved(self) -> None:
        if not self.pinyin_bar.isVisible() or self.window.article is None:
            return
        offset = self.window.reader.article_offset(self.window.reader.textCursor().position())
        sentence = self.window.article.sentence_at(offset) if offset is not None else None
        if sentence is None or sentence.index == self._pinyin_sentence:
            return
        self._pinyin_sentence = sentence.index
        from ...core.glossary import sentence_pinyin

        pieces = sentence_pinyin(self.window.article.text[sentence.start:sentence.end])
        words = [p if p else t for t, p in pieces if p or any(c.isalnum() for c in t)]
        self.pinyin_bar.setText(" ".join(words))
