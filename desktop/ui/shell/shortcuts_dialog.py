"""Help ► Keyboard Shortcuts: every action's name and keys, in a table the user can filter."""

from __future__ import annotations

import re
from typing import Iterable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)

from shiboken6 import isValid

from ..services.i18n import RetranslatesOnLanguageChange

# "打开(&O)…" (the CJK convention) and "&Open…" both become the bare name.
_CJK_MNEMONIC = re.compile(r"\(&[^&\s]\)")


def plain_text(action: QAction) -> str:
    """The action's text as a user reads it: mnemonics removed, "&&" shown as "&"."""
    text = _CJK_MNEMONIC.sub("", action.text())
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&").strip()


# Qt.Key_Back and above are media and launcher keys ("Open", "Copy" on some
# keyboards) that standard key bindings add; a reader cannot press them.
_FIRST_SPECIAL_KEY = Qt.Key_Back.value


def _pressable(seq: QKeySequence) -> bool:
    return not seq.isEmpty() and all(seq[i].key().value < _FIRST_SPECIAL_KEY for i in range(seq.count()))


def listed_name(action: QAction) -> str:
    """The action's name with the submenu it sits in: "Copy As ▸ CSV", not a bare "CSV"."""
    name = plain_text(action)
    for owner in action.associatedObjects():
        menu_action = getattr(owner, "menuAction", None)
        if menu_action is None:
            continue
        submenu = menu_action()
        # A submenu's own action sits in its parent menu; a top-level menu's sits in the menu bar.
        if any(hasattr(o, "menuAction") for o in submenu.associatedObjects()) and plain_text(submenu):
            return f"{plain_text(submenu)} ▸ {name}"
    return name


def shortcut_text(action: QAction) -> str:
    """The action's shortcuts in the platform's notation ("Ctrl+O", "⌘O"), comma-separated; media keys left out."""
    return ", ".join(seq.toString(QKeySequence.NativeText) for seq in action.shortcuts() if _pressable(seq))


def _listed(actions: Iterable[QAction]) -> list[QAction]:
    # Separators and submenu holders are not commands a shortcut could trigger.
    return [a for a in actions if not a.isSeparator() and a.menu() is None and plain_text(a)]


def missing_shortcuts(actions: Iterable[QAction]) -> list[str]:
    """Names of the listed actions that have no keyboard shortcut."""
    return [plain_text(a) for a in _listed(actions) if not any(_pressable(s) for s in a.shortcuts())]


class ShortcutTableModel(QAbstractTableModel):
    """Rows over the actions (``Qt.UserRole`` returns the QAction); texts are read live."""

    def __init__(self, actions: Iterable[QAction], parent=None) -> None:
        super().__init__(parent)
        self._actions = _listed(actions)
        self._headers = ("", "")
        for action in self._actions:
            # The window may delete its actions before this dialog goes.
            # The lambda is not a slot of this model, so Qt does not drop it when the model goes first.
            action.destroyed.connect(
                lambda _obj=None, a=action: self._on_action_destroyed(a) if isValid(self) else None
            )

    def set_headers(self, command: str, keys: str) -> None:
        self._headers = (command, keys)
        self.headerDataChanged.emit(Qt.Horizontal, 0, 1)

    def refresh(self) -> None:
        """Re-read texts and shortcuts (after a language change or a shortcut edit)."""
        if self._actions:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._actions) - 1, 1))

    def _on_action_destroyed(self, action: QAction) -> None:
        row = next((i for i, a in enumerate(self._actions) if a is action), -1)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._actions[row]
            self.endRemoveRows()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._actions)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        action = self._actions[index.row()]
        if role == Qt.DisplayRole:
            return listed_name(action) if index.column() == 0 else shortcut_text(action)
        if role == Qt.ToolTipRole and index.column() == 0:
            return action.statusTip() or action.toolTip() or None
        if role == Qt.DecorationRole and index.column() == 0:
            return action.icon() if not action.icon().isNull() else None
        if role == Qt.UserRole:
            return action
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < 2:
            return self._headers[section]
        return None


class ShortcutsDialog(RetranslatesOnLanguageChange, QDialog):
    """Lists every action given; typing in the filter narrows by name or by key."""

    def __init__(self, actions: Iterable[QAction], parent=None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit(self)
        self.model = ShortcutTableModel(actions, self)
        self.proxy = QSortFilterProxyModel(self)
        self.table = QTableView(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        self._setup_ui()

    def visible_rows(self) -> list[tuple[str, str]]:
        """(name, keys) of the rows the filter lets through, in display order."""
        return [(self.proxy.index(r, 0).data(), self.proxy.index(r, 1).data()) for r in range(self.proxy.rowCount())]

    def set_filter(self, text: str) -> None:
        self.filter.setText(text)

    def _setup_ui(self) -> None:
        self.setObjectName("shortcutsDialog")
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)  # match the name or the keys
        self.proxy.setSortCaseSensitivity(Qt.CaseInsensitive)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.filter, self.table)
        self.resize(520, 560)
        self._retranslate_ui()

    def _retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.filter.setPlaceholderText(self.tr("Filter by name or key…"))
        self.filter.setAccessibleName(self.tr("Filter shortcuts"))
        self.table.setAccessibleName(self.tr("Shortcuts"))
        self.model.set_headers(self.tr("Command"), self.tr("Shortcut"))
        # The window retranslates its actions in its own LanguageChange handler,
        # which may run after ours: re-read their texts once the event has passed.
        QTimer.singleShot(0, self, self._on_actions_retranslated)

    def _on_actions_retranslated(self) -> None:
        self.model.refresh()
        self.proxy.invalidate()
