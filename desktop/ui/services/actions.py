"""Actions declared once: each feature has a table of :class:`ActionSpec` and :class:`MenuSpec`,
and one :class:`ActionBuilder` creates, places and retranslates them.

A spec says everything about an action: its id (``action_<id>`` is its object
name), its text (a ``QT_TRANSLATE_NOOP`` literal in the table's context), its
shortcuts, the menu it goes in and its handler, called with the object that
owns the table (``handler(owner)``, or ``handler(owner, checked)`` when
checkable). The shortcut-collision test reads the same tables
(:data:`desktop.ui.services.actions.TABLES`), so a table is the only place a
shortcut is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

#: a key string ("Ctrl+]") or a ``QKeySequence.StandardKey``
Shortcut = "str | QKeySequence.StandardKey"


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    #: each a key string ("Ctrl+]") or a standard key; a standard key the platform lacks falls back to ``fallback``
    shortcuts: tuple[Shortcut, ...] = ()
    #: the :class:`MenuSpec` id it is placed in (None: only the window has it, for its shortcut)
    menu: str | None = None
    handler: Callable[..., Any] | None = None
    tip: str = ""
    checkable: bool = False
    #: checkable: call the handler on every change of state (a setting it mirrors), not only when the user triggers it
    on_toggle: bool = False
    fallback: str = ""
    separator_before: bool = False
    #: placed before this action id in its menu (default: appended)
    before: str | None = None
    role: QAction.MenuRole | None = None
    #: None: Qt.WindowShortcut. Another context means the action belongs to one widget (the
    #: builder's caller adds it there). Not a Qt enum default: that would build Qt's enum
    #: types at import, on the way to the first window.
    context: Qt.ShortcutContext | None = None


@dataclass(frozen=True)
class MenuSpec:
    id: str
    text: str
    #: "bar" for the menu bar, else the id of the menu it is a submenu of
    parent: str = "bar"
    #: in the menu bar: placed before this menu id; in a menu: before this action id
    before: str | None = None
    separator_before: bool = False


@dataclass
class Table:
    """One feature's actions and menus, in one translation context."""

    context: str
    actions: tuple[ActionSpec, ...]
    menus: tuple[MenuSpec, ...] = ()
    name: str = field(default="")


#: every table, by feature; filled as the feature modules are imported (tests read it)
TABLES: dict[str, Table] = {}


def table(name: str, context: str, actions: tuple[ActionSpec, ...], menus: tuple[MenuSpec, ...] = ()) -> Table:
    """Declare (and register) a feature's table."""
    declared = Table(context, actions, menus, name)
    TABLES[name] = declared
    return declared


def table_without_menus(declared: Table) -> Table:
    """``declared``'s actions alone, for a feature that creates its menus first (unregistered: the original is)."""
    return Table(declared.context, declared.actions, (), declared.name)


def key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    out: list[QKeySequence] = []
    for shortcut in spec.shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            out += QKeySequence.keyBindings(shortcut)
        else:
            out.append(QKeySequence(shortcut))
    if not out and spec.fallback:
        out.append(QKeySequence(spec.fallback))
    return out


class ActionBuilder(QObject):
    """Creates the actions and menus of tables on one window and sets their texts again on a language switch.

    ``actions`` and ``menus`` are the registries every feature places into; a
    menu or action is looked up by its id, never by an attribute of the window.
    """

    def __init__(self, window: QWidget, menu_bar: QMenuBar) -> None:
        super().__init__(window)
        self._window, self._bar = window, menu_bar
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self._texts: list[tuple[str, Any, str, str]] = []  # (context, target, text, tip)

    def build(self, declared: Table, owner: object) -> dict[str, QAction]:
        """Create ``declared``'s menus and actions, place them, connect them to ``owner``."""
        for spec in declared.menus:
            self._menu(declared.context, spec)
        made = {}
        for spec in declared.actions:
            made[spec.id] = self._action(declared.context, spec, owner)
        return made

    def add_menu(self, context: str, spec: MenuSpec) -> QMenu:
        return self._menu(context, spec)

    def retranslate(self) -> None:
        """Set every text again in the interface language (after a language switch)."""
        for entry in self._texts:
            self._set_text(*entry)

    def _remember(self, context: str, target, text: str, tip: str) -> None:
        # Each text is set once when made (not a pass over all of them per table: that
        # cost start-up a few ms), and again by retranslate().
        self._texts.append((context, target, text, tip))
        self._set_text(context, target, text, tip)

    @staticmethod
    def _set_text(context: str, target, text: str, tip: str) -> None:
        translated = QCoreApplication.translate(context, text)
        if isinstance(target, QMenu):
            target.setTitle(translated)
        else:
            target.setText(translated)
            if tip:
                target.setStatusTip(QCoreApplication.translate(context, tip))

    # -- internals ------------------------------------------------------------
    def _menu(self, context: str, spec: MenuSpec) -> QMenu:
        menu = QMenu(self._window)
        menu.setObjectName(f"menu_{spec.id}")
        if spec.parent == "bar":
            before = self.menus[spec.before].menuAction() if spec.before else None
            if before is not None:
                self._bar.insertMenu(before, menu)
            else:
                self._bar.addMenu(menu)
        else:
            parent = self.menus[spec.parent]
            before = self.actions[spec.before] if spec.before else None  # a submenu goes before an action
            if spec.separator_before:
                parent.insertSeparator(before) if before is not None else parent.addSeparator()
            parent.insertMenu(before, menu) if before is not None else parent.addMenu(menu)
        self.menus[spec.id] = menu
        self._remember(context, menu, spec.text, "")
        return menu

    def _action(self, context: str, spec: ActionSpec, owner: object) -> QAction:
        action = QAction(self._window)
        action.setObjectName(f"action_{spec.id}")
        action.setShortcuts(key_sequences(spec))
        window_wide = spec.context is None or spec.context == Qt.WindowShortcut
        action.setShortcutContext(Qt.WindowShortcut if window_wide else spec.context)
        action.setCheckable(spec.checkable)
        if spec.role is not None:
            action.setMenuRole(spec.role)
        if spec.handler is not None:
            handler = spec.handler
            if spec.checkable:
                signal = action.toggled if spec.on_toggle else action.triggered
                signal.connect(lambda checked, h=handler: h(owner, checked))
            else:
                action.triggered.connect(lambda checked=False, h=handler: h(owner))
        if window_wide:
            self._window.addAction(action)
        if spec.menu is not None:
            menu = self.menus[spec.menu]
            before = self.actions.get(spec.before) if spec.before else None
            if spec.separator_before:
                menu.insertSeparator(before) if before is not None else menu.addSeparator()
            menu.insertAction(before, action) if before is not None else menu.addAction(action)
        self.actions[spec.id] = action
        self._remember(context, action, spec.text, spec.tip)
        return action
