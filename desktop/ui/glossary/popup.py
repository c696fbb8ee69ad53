"""The dictionary popup: the longest CC-CEDICT word at a position, its readings and senses."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ..services import theme

MAX_SENSES = 8
MAX_SHORTER = 4


def team_html(entry, label: str) -> str:
    """The team glossary's entry, first in the popup: its term, its English, and ``label`` (whose it is)."""
    from html import escape

    muted = theme.english_text_colour().name()
    note = f"<br><span style='color:{muted}'>{escape(entry.note)}</span>" if entry.note else ""
    return (
        f"<p style='margin:0 0 6px 0'><span style='font-size:x-large'>{escape(entry.term)}</span>&nbsp;&nbsp;"
        f"<b style='font-size:large'>{escape(entry.english)}</b><br>"
        f"<span style='color:{muted}'>{escape(label)}</span>{note}</p>"
    )


def gloss_html(matches, transform=lambda s: s) -> str:
    """Rich text for ``matches`` (longest first); every dictionary string is escaped."""
    if not matches:
        return ""
    from html import escape  # html.entities costs ~1 ms at start-up; the first popup can pay it

    main, shorter = matches[0], matches[1:]
    muted = theme.english_text_colour().name()
    parts = []
    for entry in main.entries:
        forms = escape(
            entry.simplified if entry.simplified == entry.traditional else f"{entry.simplified} {entry.traditional}"
        )
        senses = "".join(f"<li>{escape(s)}</li>" for s in entry.senses[:MAX_SENSES])
        more = len(entry.senses) - MAX_SENSES
        if more > 0:
            senses += f"<li style='color:{muted}'>… +{more}</li>"
        parts.append(
            f"<p style='margin:0'><span style='font-size:x-large'>{forms}</span>&nbsp;&nbsp;"
            f"<b>{escape(entry.pinyin_marks)}</b></p><ol style='margin-top:2px;margin-bottom:6px'>{senses}</ol>"
        )
    if shorter:
        lines = []
        for m in shorter[:MAX_SHORTER]:
            e = m.entries[0]
            lines.append(
                f"{escape(m.word)} <i>{escape(e.pinyin_marks)}</i> — {escape(e.senses[0] if e.senses else '')}"
            )
        parts.append(f"<p style='color:{muted};margin:0'>" + "<br>".join(lines) + "</p>")
    return "".join(parts)


def gloss_text(matches, team=None) -> str:
    """Plain text for *Copy Gloss*: the team glossary's entry, every entry of the main word, then the shorter words."""
    lines = [f"{team.term}\t{team.english}"] if team is not None else []
    if not matches:
        return "\n".join(lines)
    lines += [e.as_text() for e in matches[0].entries]
    lines += [e.as_text() for m in matches[1 : MAX_SHORTER + 1] for e in m.entries[:1]]
    return "\n".join(lines)


class GlossPopup(QFrame):
    """A frameless, non-activating popup; it stays while the pointer is over it."""

    copied = Signal(str)
    #: Add to Glossary… was clicked
    addRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent, Qt.ToolTip | Qt.FramelessWindowHint)
        self._label = QLabel(self)
        self._copy = QPushButton(self)
        self._add = QPushButton(self)
        self._matches = []
        self._team = None
        self._hide_timer = QTimer(self, singleShot=True, interval=350)
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setObjectName("glossPopup")
        self.setAttribute(Qt.WA_ShowWithoutActivating)
        self.setFrameShape(QFrame.Box)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self._label.setTextFormat(Qt.RichText)
        self._label.setWordWrap(True)
        self._label.setMaximumWidth(460)
        self._label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self._label)
        row = QHBoxLayout()
        row.addStretch(1)
        self._add.setObjectName("glossAddToGlossary")
        self._add.setFlat(True)
        self._add.clicked.connect(self.addRequested)
        row.addWidget(self._add)
        self._copy.setFlat(True)
        self._copy.clicked.connect(self.copy)
        row.addWidget(self._copy)
        layout.addLayout(row)
        self._hide_timer.timeout.connect(self._maybe_hide)
        self._retranslate_ui()

    def _retranslate_ui(self) -> None:
        self._copy.setText(self.tr("Copy Gloss"))
        self._add.setText(self.tr("Add to Glossary…"))
        self._team_label = self.tr("Team glossary")
        self._copy.setAccessibleName(self.tr("Copy gloss"))
        self.setAccessibleName(self.tr("Dictionary entry"))

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    def matches(self):
        return self._matches

    def text(self) -> str:
        return self._label.text()

    def team_entry(self):
        """The team glossary's entry shown first, or None."""
        return self._team

    def show_matches(self, matches, global_pos: QPoint, team=None) -> None:
        """Show the dictionary's ``matches`` under the team glossary's entry ``team`` (either may be empty)."""
        self._hide_timer.stop()
        self._matches = list(matches)
        self._team = team
        if not self._matches and team is None:
            self.hide()
            return
        head = ""
        if team is not None:
            from ..services.kinds import kind_name

            head = team_html(team, self._team_label + (f" · {kind_name(team.kind)}" if team.kind else ""))
        self._label.setText(head + gloss_html(self._matches))
        self.adjustSize()
        screen = QGuiApplication.screenAt(global_pos) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        pos = global_pos + QPoint(12, 18)
        if pos.x() + self.width() > area.right():
            pos.setX(max(area.left(), area.right() - self.width()))
        if pos.y() + self.height() > area.bottom():
            pos.setY(max(area.top(), global_pos.y() - self.height() - 10))
        self.move(pos)
        self.show()

    def schedule_hide(self) -> None:
        if self.isVisible():
            self._hide_timer.start()

    def copy(self) -> None:
        text = gloss_text(self._matches, self._team)
        if text:
            QGuiApplication.clipboard().setText(text)
            self.copied.emit(text)

    def _maybe_hide(self) -> None:
        if not self.underMouse():
            self.hide()

    def leaveEvent(self, event) -> None:
        self._hide_timer.start()
        super().leaveEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key_Escape:
            self.hide()
        else:
            super().keyPressEvent(event)
