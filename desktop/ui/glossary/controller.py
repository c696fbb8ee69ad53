"""Word glosses in the reader: the dictionary index in a worker, hover and keyboard popups, pinyin."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import QLabel

from ...core.session import ReadingSession
from ..services import settings as keys
from ..services import tasks
from ..services.actions import ActionSpec, table
from ..services.window_services import WindowServices
from .popup import GlossPopup

ACTIONS = table(
    "glossary",
    "GlossController",
    actions=(
        ActionSpec(
            "show_pinyin",
            QT_TRANSLATE_NOOP("GlossController", "Show &Pinyin for the Current Sentence"),
            ("Ctrl+Shift+P",),
            "view",
            lambda c, on: c.set_pinyin_visible(on),
            checkable=True,
        ),
        ActionSpec(
            "gloss_at_cursor",
            QT_TRANSLATE_NOOP("GlossController", "Look Up &Word at Cursor"),
            ("Ctrl+D",),
            "go",
            lambda c: c.show_at_cursor(),
        ),
        ActionSpec(
            "add_word_to_glossary",
            QT_TRANSLATE_NOOP("GlossController", "Add Word at Cursor to &Glossary…"),
            ("Ctrl+Shift+D",),
            "go",
            lambda c: c.add_at_cursor(),
        ),
        ActionSpec(
            "open_glossary",
            QT_TRANSLATE_NOOP("GlossController", "&Glossary…"),
            ("Ctrl+Shift+Alt+G",),
            "view",
            lambda c: c.open_glossary_window(),
        ),
    ),
)


class GlossController(QObject):
    """Word look-ups in the window's shared CC-CEDICT :class:`Glossary`, on the main thread once its index is ready."""

    def __init__(self, session: ReadingSession, services: WindowServices) -> None:
        super().__init__(services.dialog_parent())
        self.session, self.services = session, services
        self.ready = False
        self.popup = GlossPopup(services.dialog_parent())
        self.pinyin_bar = QLabel(services.dialog_parent())
        self._indexing = tasks.Latest(self, self._on_index_ready, self._on_index_failed)
        self._pinyin_sentence = -1
        self._setup_ui()

    def _setup_ui(self) -> None:
        services = self.services
        reader = services.reader
        reader.set_hover_delay(services.settings.get(keys.HOVER_DELAY_MS))
        services.settings.watch(
            keys.HOVER_DELAY_MS, lambda: reader.set_hover_delay(services.settings.get(keys.HOVER_DELAY_MS)), self
        )
        reader.offsetHovered.connect(self._on_hovered)
        reader.hoverEnded.connect(self.popup.schedule_hide)
        reader.cursorMoved.connect(self._on_cursor_moved)
        # The popup never takes focus, so its keys arrive at the reader: Escape and the arrows close it.
        reader.watch_keys(self)
        for signal in (
            services.signals.scriptChanged,
            services.signals.viewModeChanged,
            services.signals.articleChanged,
        ):
            signal.connect(self.close_popup)  # the text under it changed: it would be stale
        self.popup.copied.connect(lambda _: services.show_status(self.tr("Copied gloss"), 3000))
        self.popup.addRequested.connect(self.add_from_popup)
        services.team_glossary.changed.connect(self.close_popup)  # what it shows may have changed
        pinyin = services.build_actions(ACTIONS, self)["show_pinyin"]
        pinyin.setChecked(services.settings.get(keys.SHOW_PINYIN))
        self.pinyin_bar.setObjectName("pinyinBar")
        self.pinyin_bar.setWordWrap(True)
        self.pinyin_bar.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.pinyin_bar.setContentsMargins(12, 4, 12, 4)
        self.pinyin_bar.setVisible(pinyin.isChecked())
        services.add_below_reader(self.pinyin_bar)
        self.retranslate()
        # The index is checked (or built, ~0.5 s the first time) after the first paint.
        QTimer.singleShot(0, self._start_index)

    def retranslate(self) -> None:
        self.pinyin_bar.setAccessibleName(self.tr("Pinyin of the current sentence"))

    def is_idle(self) -> bool:
        return self._indexing.is_idle()

    # -- index -------------------------------------------------------------
    @property
    def glossary(self):
        """The window's shared :class:`Glossary` (the facts worker reads its short glosses too)."""
        return self.services.glossary()

    def _start_index(self) -> None:
        glossary = self.services.glossary
        self._indexing.start(lambda: glossary().ensure_index())

    def _on_index_ready(self, _path) -> None:
        self.ready = True

    def _on_index_failed(self, err: BaseException) -> None:
        self.services.show_error(self.tr("The dictionary could not be prepared: %1").replace("%1", tasks.describe(err)))

    def close_popup(self, *_args) -> None:
        if self.popup.isVisible():
            self.popup.hide()
        self.services.reader.set_layer("gloss", [])

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.KeyPress and self.popup.isVisible():
            key = event.key()
            if key == Qt.Key_Escape:
                self.close_popup()
                return True  # Escape only closes the popup
            if key in (Qt.Key_Left, Qt.Key_Right, Qt.Key_Up, Qt.Key_Down):
                self.close_popup()  # and the cursor still moves
        return False

    # -- look-ups ----------------------------------------------------------
    def matches_at(self, offset: int):
        """The dictionary words covering ``offset``, longest first, each with the reading its sentence uses first."""
        article = self.session.article
        if not self.ready or article is None or not 0 <= offset < len(article.text):
            return []
        matches = self.glossary.lookup_covering(article.text, offset)
        if not matches:
            return []
        from ...core.glossary.context import in_context

        sentence = article.sentence_at(offset)
        if sentence is not None:
            start, end = sentence.start, sentence.end
        else:  # a title or heading line
            start = article.text.rfind("\n", 0, offset) + 1
            end = article.text.find("\n", offset)
            end = len(article.text) if end < 0 else end
        return in_context(matches, article.text, start, end)

    def team_entry_at(self, offset: int):
        """``(start, end, entry)`` of the team glossary's entry covering ``offset``, or None."""
        article = self.session.article
        if article is None:
            return None
        return self.services.team_glossary.terms().covering(article.text, offset)

    def show_at(self, offset: int, global_pos: QPoint) -> bool:
        """The popup for ``offset``: the team glossary's entry first (it wins), then the dictionary's words."""
        matches = self.matches_at(offset)
        team = self.team_entry_at(offset)
        if matches or team:
            self.popup.show_matches(matches, global_pos, team[2] if team else None)
            start, end = (team[0], team[1]) if team else (matches[0].start, matches[0].end)
            reader = self.services.reader
            reader.set_layer("gloss", [(start, end, reader.selection_colour().lighter(170))], underline=True)
        else:
            self.popup.hide()
        return bool(matches or team)

    def show_at_cursor(self) -> None:
        reader = self.services.reader
        offset = reader.cursor_offset(selection_start=True)
        if offset is None:
            return
        if not self.show_at(offset, reader.point_below_cursor()):
            self.services.show_status(self.tr("No dictionary entry here"), 3000)

    # -- the team's glossary ------------------------------------------------
    def add_from_popup(self):
        """Add to Glossary… from the popup: its team entry (to change it) or its main word."""
        team, matches = self.popup.team_entry(), self.popup.matches()
        self.popup.hide()
        if team is not None:
            return self._ask(team.term, team.english, team.kind)
        if matches:
            return self._ask(matches[0].word, self._first_sense(matches[0].word))
        return None

    def add_at_cursor(self):
        """Add to Glossary… for the selection, or the word (team entry or dictionary word) at the cursor."""
        article, reader = self.session.article, self.services.reader
        if article is None:
            return None
        span = reader.selected_span()
        if span and 0 < span[1] - span[0] <= 64:
            word = article.text[span[0] : span[1]].strip()
            return self._ask(word, self._first_sense(word))
        offset = reader.cursor_offset(selection_start=True)
        if offset is None:
            return None
        team = self.team_entry_at(offset)
        if team is not None:
            return self._ask(team[2].term, team[2].english, team[2].kind)
        matches = self.matches_at(offset)
        if not matches:
            self.services.show_status(self.tr("Select the words to add to the glossary"), 4000)
            return None
        return self._ask(matches[0].word, self._first_sense(matches[0].word))

    def _first_sense(self, word: str) -> str:
        if not self.ready:
            return ""
        return self.glossary.short_gloss(word) or ""

    def _ask(self, term: str, english: str, kind: str = ""):
        from ..services.term_dialog import ask_to_add

        saved = ask_to_add(self.services.team_glossary, self.services.dialog_parent(), term, english, kind)
        if saved is not None:
            self.services.show_status(
                self.tr("%1 → %2 is in the glossary").replace("%1", saved.term).replace("%2", saved.english), 5000
            )
        return saved

    def open_glossary_window(self):
        from .window import GlossaryWindow

        window = GlossaryWindow.show_for(self.services.team_glossary, self.services.dialog_parent())
        return window

    def _on_hovered(self, offset: int, global_pos: QPoint) -> None:
        self.show_at(offset, global_pos)

    # -- pinyin -------------------------------------------------------------
    def set_pinyin_visible(self, on: bool) -> None:
        self.services.settings.set(keys.SHOW_PINYIN, on)
        self.pinyin_bar.setVisible(on)
        self._pinyin_sentence = -1
        self._on_cursor_moved()

    def _on_cursor_moved(self) -> None:
        if not self.pinyin_bar.isVisible() or self.session.article is None:
            return
        offset = self.services.reader.cursor_offset()
        sentence = self.session.article.sentence_at(offset) if offset is not None else None
        if sentence is None or sentence.index == self._pinyin_sentence:
            return
        self._pinyin_sentence = sentence.index
        from ...core.glossary import sentence_pinyin

        pieces = sentence_pinyin(self.session.article.text[sentence.start : sentence.end])
        words = [p if p else t for t, p in pieces if p or any(c.isalnum() for c in t)]
        self.pinyin_bar.setText(" ".join(words))
