"""Copying and exporting facts: several clipboard formats at once, files that never overwrite silently."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Qt, QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from ..core.facts import Fact
from . import settings as keys

#: Copy ► As … entries: (format key, menu text)
COPY_AS = (
    ("markdown", QT_TRANSLATE_NOOP("FactCopier", "Markdown Table")),
    ("csv", QT_TRANSLATE_NOOP("FactCopier", "CSV")),
    ("json", QT_TRANSLATE_NOOP("FactCopier", "JSON")),
    ("citation", QT_TRANSLATE_NOOP("FactCopier", "Citation")),
    ("value", QT_TRANSLATE_NOOP("FactCopier", "Value Only")),
    ("english", QT_TRANSLATE_NOOP("FactCopier", "English")),
)
EXPORT_FORMATS = ("csv", "json", "markdown", "html")


def _export():
    """The export core, imported on first copy so start-up does not pay for it."""
    from ..core import export

    return export


class FactCopier(QObject):
    """Copy actions for the facts table; ``transform``/``original`` come from the script controller."""

    def __init__(self, window, panel) -> None:
        super().__init__(window)
        self.window, self.panel = window, panel
        self.actions: dict[str, QAction] = {}
        self.copy_as_menu = QMenu(window)
        self._setup_ui()

    def _setup_ui(self) -> None:
        table = self.panel.table
        copy = QAction(self)
        copy.setObjectName("action_copy_facts")
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        copy.triggered.connect(self.copy_selection)
        table.addAction(copy)
        self.actions["copy_facts"] = copy
        cell = QAction(self)
        cell.setObjectName("action_copy_cell")
        cell.setShortcut(QKeySequence("Ctrl+Alt+C"))
        cell.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        cell.triggered.connect(self.copy_cell)
        table.addAction(cell)
        self.actions["copy_cell"] = cell
        for fmt, _ in COPY_AS:
            action = QAction(self)
            action.setObjectName(f"action_copy_as_{fmt}")
            action.triggered.connect(lambda checked=False, f=fmt: self.copy_as(f))
            self.copy_as_menu.addAction(action)
            self.actions[f"copy_as_{fmt}"] = action
        for fmt, keys_ in (("markdown", "Ctrl+Alt+M"), ("csv", "Ctrl+Alt+V"), ("json", "Ctrl+Alt+J"),
                           ("citation", "Ctrl+Shift+C"), ("value", "Ctrl+Alt+N"), ("english", "Ctrl+Alt+L")):
            self.actions[f"copy_as_{fmt}"].setShortcut(QKeySequence(keys_))
        self.actions["copy_as_citation"].setShortcutContext(Qt.WidgetWithChildrenShortcut)
        table.addAction(self.actions["copy_as_citation"])
        export = QAction(self)
        export.setObjectName("action_export_facts")
        export.setShortcut(QKeySequence("Ctrl+E"))
        export.triggered.connect(self.export_dialog)
        self.actions["export_facts"] = export
        for name, key in (("copy_with_original", keys.COPY_WITH_ORIGINAL), ("copy_with_english", keys.COPY_WITH_ENGLISH)):
            option = QAction(self)
            option.setObjectName(f"action_{name}")
            option.setCheckable(True)
            option.setChecked(self.window.settings.get(key))
            option.toggled.connect(lambda on, k=key: self.window.settings.set(k, on))
            option.setShortcut(QKeySequence("Ctrl+Alt+O" if name == "copy_with_original" else "Ctrl+Alt+Shift+L"))
            self.actions[name] = option
        table.setContextMenuPolicy(Qt.CustomContextMenu)
        table.customContextMenuRequested.connect(self._on_context_menu)
        self.retranslate()

    def retranslate(self) -> None:
        self.actions["copy_facts"].setText(self.tr("&Copy Facts"))
        self.actions["copy_cell"].setText(self.tr("Copy &Cell"))
        self.actions["export_facts"].setText(self.tr("&Export Facts…"))
        self.copy_as_menu.setTitle(self.tr("Copy &As"))
        self.actions["copy_with_original"].setText(self.tr("Copy Adds the &Original Script"))
        self.actions["copy_with_english"].setText(self.tr("Copy Adds the English &Label"))
        for fmt, text in COPY_AS:
            self.actions[f"copy_as_{fmt}"].setText(QCoreApplication.translate("FactCopier", text))

    # -- what is copied ---------------------------------------------------------
    def _facts(self) -> list[Fact]:
        return self.panel.selected_facts() or []

    def _columns(self) -> list:
        """The table's visible columns in their order; Value copies as the machine number too."""
        out = []
        for key in self.panel.visible_columns():
            if key == "value":
                out += [_export().column("value_display").renamed(self.tr("Value")), _export().column("value").renamed(self.tr("Number")), _export().column("unit").renamed(self.tr("Unit"))]
            else:
                out.append(_export().column(key).renamed(self.panel.model.headerData(self._col(key), Qt.Horizontal)))
        script = getattr(self.window, "script", None)
        if script is not None and script.is_converting() and self.window.settings.get(keys.COPY_WITH_ORIGINAL):
            out.insert(self.panel.visible_columns().index("text") + 1 if "text" in self.panel.visible_columns() else len(out),
                       _export().column("text_original").renamed(self.tr("Fact (original)")))
        if self.window.settings.get(keys.COPY_WITH_ENGLISH) and "english" not in self.panel.visible_columns():
            out.append(_export().column("english").renamed(self.tr("English")))
        return out

    def _col(self, key: str) -> int:
        from .facts_panel import COLUMN_KEYS

        return COLUMN_KEYS.index(key)

    def _transform(self):
        script = getattr(self.window, "script", None)
        return script.transform if script is not None and script.is_converting() else None

    def _title(self) -> str:
        article = self.window.article
        return article.title if article else ""

    # -- actions -------------------------------------------------------------
    def copy_selection(self) -> None:
        facts = self._facts()
        if not facts:
            self.window.statusBar().showMessage(self.tr("Select facts to copy"), 4000)
            return
        payload = _export().clipboard_payload(facts, columns=self._columns(), transform=self._transform(), article_title=self._title())
        mime = QMimeData()
        mime.setText(payload["text/plain"])
        mime.setHtml(payload["text/html"])
        mime.setData("application/json", payload["application/json"].encode("utf-8"))
        QGuiApplication.clipboard().setMimeData(mime)
        self._copied(len(facts))

    def copy_as(self, fmt: str) -> None:
        facts = self._facts()
        if not facts:
            self.window.statusBar().showMessage(self.tr("Select facts to copy"), 4000)
            return
        kwargs = {"article_title": self._title()}
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
        from ..core.bidi import strip_bidi_controls

        QGuiApplication.clipboard().setText(strip_bidi_controls(str(index.data(Qt.DisplayRole) or "")))
        self.window.statusBar().showMessage(self.tr("Copied cell"), 4000)

    def _copied(self, count: int) -> None:
        self.window.statusBar().showMessage(self.tr("Copied %n fact(s)", "", count), 5000)

    def export_dialog(self) -> None:
        facts = self.panel.visible_facts()
        if not facts:
            self.window.banner.show_info(self.tr("There are no facts to export."))
            return
        start = self.window.settings.get(keys.EXPORT_DIR) or str(Path.home())
        stem = (self.window.path.stem if self.window.path else "facts") + "-facts"
        FORMATS = _export().FORMATS
        filters = ";;".join(FORMATS[f].file_filter for f in EXPORT_FORMATS)
        filename, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export Facts"), str(Path(start) / f"{stem}.csv"), filters,
            options=QFileDialog.DontConfirmOverwrite)
        if not filename:
            return
        fmt = next((f for f in EXPORT_FORMATS if FORMATS[f].file_filter == chosen), None)
        self.export_to(Path(filename), fmt)

    def export_to(self, path: Path, fmt: str | None = None, *, confirm=None) -> bool:
        """Write ``path``; asks before replacing a file (``confirm`` overrides the question for tests)."""
        export = _export()
        FORMATS, ExportError, ExportExistsError, write_export = export.FORMATS, export.ExportError, export.ExportExistsError, export.write_export
        fmt = export.format_for_path(path) or fmt or "csv"
        if not path.suffix:
            path = path.with_suffix(FORMATS[fmt].suffix)
        facts = self.panel.visible_facts()
        kwargs = dict(columns=self._columns(), transform=self._transform(), article_title=self._title()) if fmt != "json" else {"article_title": self._title()}
        try:
            try:
                write_export(path, facts, fmt, **kwargs)
            except ExportExistsError:
                ask = confirm or (lambda p: QMessageBox.question(
                    self.window, self.tr("Replace File?"),
                    self.tr("“%1” already exists. Replace it?").replace("%1", p.name)) == QMessageBox.Yes)
                if not ask(path):
                    return False
                write_export(path, facts, fmt, overwrite=True, **kwargs)
        except ExportError as err:
            self.window.banner.show_error(str(err))
            return False
        self.window.settings.set(keys.EXPORT_DIR, str(path.parent))
        self.window.statusBar().showMessage(self.tr("Exported %n fact(s) to %1", "", len(facts)).replace("%1", path.name), 6000)
        return True

    def _on_context_menu(self, pos) -> None:
        menu = QMenu(self.panel.table)
        menu.addAction(self.actions["copy_facts"])
        menu.addAction(self.actions["copy_cell"])
        menu.addMenu(self.copy_as_menu)
        menu.addSeparator()
        menu.addAction(self.actions["copy_with_original"])
        menu.addAction(self.actions["copy_with_english"])
        menu.addSeparator()
        menu.addAction(self.actions["export_facts"])
        menu.exec(self.panel.table.viewport().mapToGlobal(pos))
