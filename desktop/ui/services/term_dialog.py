"""Add to Glossary…: a small dialog, the term and its English filled in from what the app knows.

Any feature may offer it (the facts panel for a name or fact, the gloss popup for a word); it
writes through the app's :class:`~.team_glossary.TeamGlossary` and says where the entry went.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from .kinds import kind_name
from .team_glossary import GlossaryProblem, TeamGlossary

#: (stored kind, shown name) in the order the dialog lists them
KIND_CHOICES = ("", "person", "organization", "place", "term")
_UNSAID = QT_TRANSLATE_NOOP("AddTermDialog", "(not said)")


class AddTermDialog(QDialog):
    """Term, English, kind and a note; OK saves to the glossary (an error stays in the dialog)."""

    def __init__(self, glossary: TeamGlossary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.glossary = glossary
        self.term = QLineEdit(self)
        self.english = QLineEdit(self)
        self.kind = QComboBox(self)
        self.note = QLineEdit(self)
        self.where = QLabel(self)
        self.problem = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        #: the entry saved (None until OK succeeds)
        self.saved = None
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setObjectName("addTermDialog")
        form = QFormLayout(self)
        self.term.setObjectName("glossaryTerm")
        self.english.setObjectName("glossaryEnglish")
        self.kind.setObjectName("glossaryKind")
        for kind in KIND_CHOICES:
            self.kind.addItem(kind_name(kind) if kind else QCoreApplication.translate("AddTermDialog", _UNSAID), kind)
        self.where.setWordWrap(True)
        self.problem.setObjectName("glossaryProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.setWindowTitle(self.tr("Add to Glossary"))
        form.addRow(self.tr("&Term:"), self.term)
        form.addRow(self.tr("&English:"), self.english)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.where)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.term.setAccessibleName(self.tr("Term"))
        self.english.setAccessibleName(self.tr("English"))
        self.english.setPlaceholderText(self.tr("How the team writes it in English"))
        self.where.setText(self.tr("Kept in: %1").replace("%1", self.glossary.name()))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(420)

    def fill(self, term: str, english: str = "", kind: str = "") -> None:
        """Fill the fields; an entry the glossary already has shows its own English, kind and note."""
        known = self.glossary.terms().get(term) if term else None
        self.term.setText(known.term if known else term)
        self.english.setText(known.english if known else english)
        self.note.setText(known.note if known else "")
        index = self.kind.findData(known.kind if known else kind)
        self.kind.setCurrentIndex(max(index, 0))
        (self.english if self.term.text() else self.term).setFocus()
        self.english.selectAll()

    def accept(self) -> None:
        try:
            self.saved = self.glossary.add(
                self.term.text(), self.english.text(), self.kind.currentData() or "", self.note.text()
            )
        except GlossaryProblem as err:
            self.problem.setText(str(err))
            self.problem.show()
            return
        super().accept()


def ask_to_add(glossary: TeamGlossary, parent: QWidget, term: str, english: str = "", kind: str = ""):
    """Show the dialog filled in; the saved entry, or ``None`` when the user cancelled."""
    dialog = AddTermDialog(glossary, parent)
    dialog.fill(term, english, kind)
    dialog.exec()
    return dialog.saved
