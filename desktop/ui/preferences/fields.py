"""The fields a Preferences page is made of: a :class:`Binding` ties one settings key to one widget,
and the combo boxes and spin boxes that show a choice, a mode, a font family or a size."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox, QWidget

from ..services import settings as keys
from ..services.modes import label, plain

#: the catalogs' context of every Preferences string (pages and fields alike)
CONTEXT = "Preferences"


def translated(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


@dataclass(frozen=True, slots=True)
class Binding:
    """One setting shown by one widget: ``read()`` gives the widget's value, ``write(v)`` shows ``v``."""

    key: keys.Key
    read: Callable[[], Any]
    write: Callable[[Any], None]


class ChoiceCombo(QComboBox):
    """A combo box over a key's choices; items carry the stored value, texts come from a NOOP table."""

    def __init__(self, labels: dict[str, str], parent=None, *, translate: bool = True) -> None:
        super().__init__(parent)
        self._labels = labels
        self._translate = translate
        for value, text in labels.items():
            self.addItem(translated(text) if translate else text, value)

    def value(self) -> str:
        return str(self.currentData())

    def set_value(self, value: str) -> None:
        self.setCurrentIndex(max(0, self.findData(value)))

    def retranslate(self) -> None:
        if self._translate:
            for i, label in enumerate(self._labels.values()):
                self.setItemText(i, translated(label))


class ModeCombo(QComboBox):
    """A combo box over the members of a mode enum, labelled from its one table (desktop/ui/services/modes.py)."""

    def __init__(self, members, parent=None) -> None:
        super().__init__(parent)
        self._members = tuple(members)
        for member in self._members:
            self.addItem(plain(label(member)), member.value)

    def value(self) -> str:
        return str(self.currentData())

    def set_value(self, value: str) -> None:
        self.setCurrentIndex(max(0, self.findData(str(value))))

    def retranslate(self) -> None:
        for i, member in enumerate(self._members):
            self.setItemText(i, plain(label(member)))


class FontFamilyCombo(QComboBox):
    """Font families that cover a writing system, after a first "Default" entry (stored as "")."""

    def __init__(self, writing_system: QFontDatabase.WritingSystem, parent=None) -> None:
        super().__init__(parent)
        self.addItem("", "")
        for family in QFontDatabase.families(writing_system):
            if not QFontDatabase.isPrivateFamily(family):
                self.addItem(family, family)

    def value(self) -> str:
        return str(self.currentData() or "")

    def set_value(self, family: str) -> None:
        index = self.findData(family) if family else 0
        if index < 0:  # a font since uninstalled: keep showing the user's choice
            self.addItem(family, family)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def retranslate(self) -> None:
        self.setItemText(0, QCoreApplication.translate("Preferences", "Default"))


def size_spin(parent) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(0, 48)  # 0 shows the special text "Default"
    return spin


def form_layout(page: QWidget) -> QFormLayout:
    form = QFormLayout(page)
    form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.WrapLongRows)
    return form


def grow_window_to_fit(widget: QWidget, attempts: int = 6) -> None:
    """Make ``widget``'s window taller by what its word-wrapped labels lack at their present width.

    A top-level window does not follow its layout's height-for-width: rows that appear, a page
    shown for the first time or a longer text in a word-wrapped label were squeezed into a clipped
    line. The labels' own height-for-width is read, not the layouts' (they lag until their layout
    requests arrive); the layout shares the added height among its rows, and a window manager
    resizes when it pleases, so this looks again shortly after, a few times at most."""
    top = widget.window()
    if top is widget or not top.isVisible() or attempts <= 0:
        return
    lacking = sum(
        max(0, label.heightForWidth(label.width()) - label.height())
        for label in widget.findChildren(QLabel)
        if label.wordWrap() and label.isVisible()
    )
    if lacking:
        top.resize(top.width(), top.height() + lacking)
        QTimer.singleShot(50, widget, lambda: grow_window_to_fit(widget, attempts - 1))
