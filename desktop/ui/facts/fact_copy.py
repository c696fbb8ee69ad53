"""Copying and exporting facts: several clipboard formats at once, files that never overwrite silently."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu

from ...core.facts import Fact
from ...core.session import ReadingSession
from ..services import clipboard
from ..services import settings as keys
from ..services.actions import ActionSpec, MenuSpec, table
from ..services.window_services import WindowServices

#: Copy ► As … entries: (format key, menu text)
COPY_AS = (
    ("markdown", QT_TRANSLATE_NOOP("FactCopier", "Markdown Table")),
    ("csv", QT_TRANSLATE_NOOP("FactCopier", "CSV")),
    ("json", QT_TRANSLATE_NOOP("FactCopier", "JSON")),
    ("citation", QT_TRANSLATE_NOOP("FactCopier", "Citation")),
    ("value", QT_TRANSLATE_NOOP("FactCopier", "Value Only")),
    ("english", QT_TRANSLATE_NOOP("FactCopier", "English")),
)
EXPORT_FORMATS = ("xlsx", "csv_excel", "csv", "json", "markdown", "html")


def _export():
    """The export core, imported on first copy so start-up does not pay for it."""
    from ...core import export

    return export


_WIDGET = Qt.WidgetWithChildrenShortcut  # the table's own shortcuts: Ctrl+C copies facts only where they have focus

ACTIONS = table(
    "fact_copy",
    "FactCopier",
    actions=(
        ActionSpec(
            "copy_facts",
            QT_TRANSLATE_NOOP("FactCopier", "&Copy Facts"),
            (QKeySequence.StandardKey.Copy,),
            "facts",
            lambda c: c.copy_selection(),
            context=_WIDGET,
        ),
        ActionSpec(
            "copy_cell",
            QT_TRANSLATE_NOOP("FactCopier", "Copy &Cell"),
            ("Ctrl+Alt+C",),
            "facts",
            lambda c: c.copy_cell(),
            context=_WIDGET,
        ),
        ActionSpec(
            "copy_with_original",
            QT_TRANSLATE_NOOP("FactCopier", "Copy Adds the &Original Script"),
            ("Ctrl+Alt+O",),
            "facts",
            lambda c, on: c.services.settings.set(keys.COPY_WITH_ORIGINAL, on),
            checkable=True,
            on_toggle=True,
        ),
        ActionSpec(
            "copy_adds_english",
            QT_TRANSLATE_NOOP("FactCopier", "Copy Adds the English &Label"),
            ("Ctrl+Alt+Shift+L",),
            "facts",
            lambda c, on: c.services.settings.set(keys.COPY_WITH_ENGLISH, on),
            checkable=True,
            on_toggle=True,
        ),
        ActionSpec(
            "export_facts",
            QT_TRANSLATE_NOOP("FactCopier", "&Export Facts…"),
            ("Ctrl+E",),
            "facts",
            lambda c: c.export_dialog(),
            separator_before=True,
        ),
    ),
)
#: Copy ► As …: one entry per format, in COPY_AS order
COPY_AS_SHORTCUTS = {
    "markdown": "Ctrl+Alt+M",
    "csv": "Ctrl+Alt+V",
    "json": "Ctrl+Alt+J",
    "citation": "Ctrl+Shift+C",
    "value": "Ctrl+Alt+N",
    "english": "Ctrl+Alt+L",
}
COPY_AS_ACTIONS = table(
    "fact_copy_as",
    "FactCopier",
    menus=(
        MenuSpec("copy_as", QT_TRANSLATE_NOOP("FactCopier", "Copy &As"), parent="facts", before="copy_with_original"),
    ),
    actions=tuple(
        ActionSpec(
            f"copy_as_{fmt}",
            text,
            (COPY_AS_SHORTCUTS[fmt],),
            "copy_as",
            lambda c, f=fmt: c.copy_as(f),
            context=_WIDGET if fmt == "citation" else None,
        )
        for fmt, text in COPY_AS
    ),
)


def _kind_column(header: str):
    from PySide6.QtCore import QCoreApplication

    from ..services.kinds import KIND_NAMES

    def name(fact, _transform) -> str:
        return QCoreApplication.translate("FactKind", KIND_NAMES[fact.kind]) if fact.kind in KIND_NAMES else fact.kind

    return _export().Column("kind", header, name)


class FactCopier(QObject):
    """Copy actions for the facts table; the display script and the document come from the session."""

    def __init__(self, session: ReadingSession, services: WindowServices, panel) -> None:
        super().__init__(panel)
        self.session, self.services, self.panel = session, services, panel
        #: other features' actions on the selected fact, listed first in the table's context menu
        self.context_extras: list[QAction] = []
        self._setup_ui()

    def _setup_ui(self) -> None:
        table_view = self.panel.table
        self.actions: dict[str, QAction] = self.services.build_actions(ACTIONS, self)
        self.actions.update(self.services.build_actions(COPY_AS_ACTIONS, self))
        self.copy_as_menu = self.services.menu("copy_as")
        for name in ("copy_facts", "copy_cell", "copy_as_citation"):
            table_view.addAction(self.actions[name])
        self.actions["copy_with_original"].setChecked(self.services.settings.get(keys.COPY_WITH_ORIGINAL))
        self.actions["copy_adds_english"].setChecked(self.services.settings.get(keys.COPY_WITH_ENGLISH))
        file_menu = self.services.menu("file")
        file_menu.insertAction(self.services.action("close"), self.actions["export_facts"])
        table_view.setContextMenuPolicy(Qt.CustomContextMenu)
        table_view.customContextMenuRequested.connect(self._on_context_menu)

    def retranslate(self) -> None:
        """The texts are the tables' (the builder sets them again on a language switch)."""

    # -- what is copied ---------------------------------------------------------
    def _facts(self) -> list[Fact]:
        return self.panel.selected_facts() or []

    def _columns(self) -> list:
        """The table's visible columns in their order; Value copies as the machine number too."""
        out = []
        for key in self.panel.table.visible_columns():
            if key == "kind":
                # The table's kind names in the interface language ("Money", "金额"), not the record's "money".
                out.append(_kind_column(self.panel.model.headerData(self._col(key), Qt.Horizontal)))
            elif key == "value":
                out += [
                    _export().column("value_display").renamed(self.tr("Value")),
                    _export().column("value").renamed(self.tr("Number")),
                    _export().column("unit").renamed(self.tr("Unit")),
                ]
            else:
                out.append(_export().column(key).renamed(self.panel.model.headerData(self._col(key), Qt.Horizontal)))
        if self.session.is_converting() and self.services.settings.get(keys.COPY_WITH_ORIGINAL):
            out.insert(
                self.panel.table.visible_columns().index("text") + 1
                if "text" in self.panel.table.visible_columns()
                else len(out),
                _export().column("text_original").renamed(self.tr("Fact (original)")),
            )
        if self.services.settings.get(keys.COPY_WITH_ENGLISH) and "english" not in self.panel.table.visible_columns():
            out.append(_export().column("english").renamed(self.tr("English")))
        return out

    def _col(self, key: str) -> int:
        return self.panel.model.columns.index(key)

    def _transform(self):
        return self.session.transform if self.session.is_converting() else None

    def _title(self) -> str:
        article = self.session.article
        return article.title if article else ""

    # -- actions -------------------------------------------------------------
    def copy_selection(self) -> None:
        facts = self._facts()
        if not facts:
            self.services.show_status(self.tr("Select facts to copy"), 4000)
            return
        payload = _export().clipboard_payload(
            facts,
            columns=self._columns(),
            transform=self._transform(),
            article_title=self._title(),
            article=self.session.article,
        )
        clipboard.put(payload)
        self._copied(len(facts))

    def copy_as(self, fmt: str) -> None:
        facts = self._facts()
        if not facts:
            self.services.show_status(self.tr("Select facts to copy"), 4000)
            return
        # The article gives each fact's exact place in its sentence (the window a long one is cut to).
        kwargs = {"article_title": self._title(), "article": self.session.article}
        if fmt in ("markdown", "csv"):
            kwargs.update(columns=self._columns(), transform=self._transform())
        elif fmt in ("citation", "value", "english"):
            kwargs.update(transform=self._transform())
        QGuiApplication.clipboard().setText(_export().render(facts, fmt, **kwargs))
        self._copied(len(facts))

    def copy_cell(self) -> None:
        index = self.panel.table.currentIndex()
        if not index.isValid():
            return
        from ...core.bidi import strip_bidi_controls

        QGuiApplication.clipboard().setText(strip_bidi_controls(str(index.data(Qt.DisplayRole) or "")))
        self.services.show_status(self.tr("Copied cell"), 4000)

    def _copied(self, count: int) -> None:
        self.services.show_status(self.tr("Copied %n fact(s)", "", count), 5000)

    def export_dialog(self) -> None:
        # A dialog's class is loaded when it is opened, not before the first paint (issue 22.8).
        from PySide6.QtWidgets import QFileDialog

        facts = self.panel.visible_facts()
        if not facts:
            self.services.show_info(self.tr("There are no facts to export."))
            return
        start = self.services.settings.get(keys.EXPORT_DIR) or str(Path.home())
        stem = (self.session.path.stem if self.session.path else "facts") + "-facts"
        export_format = _export().export_format
        filters = ";;".join(export_format(f).file_filter for f in EXPORT_FORMATS)
        filename, chosen = QFileDialog.getSaveFileName(
            self.services.dialog_parent(),
            self.tr("Export Facts"),
            str(Path(start) / f"{stem}.xlsx"),
            filters,
            options=QFileDialog.DontConfirmOverwrite,
        )
        if not filename:
            return
        fmt = next((f for f in EXPORT_FORMATS if export_format(f).file_filter == chosen), None)
        self.export_to(Path(filename), fmt)

    def export_to(self, path: Path, fmt: str | None = None, *, confirm=None) -> bool:
        """Write ``path``; asks before replacing a file (``confirm`` overrides the question for tests)."""
        export = _export()
        ExportError, ExportExistsError, write_export = export.ExportError, export.ExportExistsError, export.write_export  # noqa: N806 - classes, looked up late
        # The chosen type wins when the name fits it ("CSV (Excel)" and "CSV" share .csv).
        if fmt is None or (path.suffix and path.suffix.lower() != export.export_format(fmt).suffix):
            fmt = export.format_for_path(path) or fmt or "csv"
        if not path.suffix:
            path = path.with_suffix(export.export_format(fmt).suffix)
        facts = self.panel.visible_facts()
        kwargs = (
            dict(columns=self._columns(), transform=self._transform(), article_title=self._title())
            if fmt != "json"
            else {"article_title": self._title()}
        )
        kwargs["article"] = self.session.article
        try:
            try:
                write_export(path, facts, fmt, **kwargs)
            except ExportExistsError:
                from PySide6.QtWidgets import QMessageBox

                ask = confirm or (
                    lambda p: (
                        QMessageBox.question(
                            self.services.dialog_parent(),
                            self.tr("Replace File?"),
                            self.tr("“%1” already exists. Replace it?").replace("%1", p.name),
                        )
                        == QMessageBox.Yes
                    )
                )
                if not ask(path):
                    return False
                write_export(path, facts, fmt, overwrite=True, **kwargs)
        except ExportError as err:
            self.services.show_error(str(err))
            return False
        self.services.settings.set(keys.EXPORT_DIR, str(path.parent))
        self.services.show_status(self.tr("Exported %n fact(s) to %1", "", len(facts)).replace("%1", path.name), 6000)
        return True

    def _on_context_menu(self, pos) -> None:
        menu = self.context_menu()
        menu.exec(self.panel.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def context_menu(self) -> QMenu:
        """The table's menu (the right button or the Menu key): the selected facts' actions and the column chooser."""
        menu = QMenu(self.panel.table)
        for action in self.context_extras:
            menu.addAction(action)
        if self.context_extras:
            menu.addSeparator()
        menu.addAction(self.actions["copy_facts"])
        menu.addAction(self.actions["copy_cell"])
        menu.addMenu(self.copy_as_menu)
        menu.addSeparator()
        menu.addAction(self.actions["copy_with_original"])
        menu.addAction(self.actions["copy_adds_english"])
        menu.addSeparator()
        menu.addAction(self.actions["export_facts"])
        # The header's column chooser, here too: the header takes no keyboard focus, the table's menu key does.
        columns = self.panel.table.column_menu()
        columns.setParent(menu, columns.windowFlags())  # deleted with the menu
        menu.addMenu(columns)
        return menu
