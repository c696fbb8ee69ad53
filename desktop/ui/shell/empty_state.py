"""What the reader says with no document open: Open, Paste, or one of the recent documents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence


class EmptyState:
    """Renders the page into the reader and tells which of its links was followed."""

    def __init__(self) -> None:
        # the recent documents the page lists, by link number
        self.recent: list[str] = []

    def html(self, open_action: QAction, paste_action: QAction, recent: list[str]) -> str:
        from html import escape  # the page shows only with no document: not on a document's first paint

        self.recent = [p for p in recent if Path(p).exists()][:5]
        # Literal translate() calls outside the f-strings: lupdate looks at neither a helper nor an f-string.
        title = QCoreApplication.translate("MainWindow", "No document open")
        open_text = QCoreApplication.translate("MainWindow", "Open a document…")
        paste_text = QCoreApplication.translate("MainWindow", "Paste text as a new document")
        recent_text = QCoreApplication.translate("MainWindow", "Recent documents:")
        keys = [escape(a.shortcut().toString(QKeySequence.NativeText)) for a in (open_action, paste_action)]
        lines = [
            f"<h2>{escape(title)}</h2>",
            f"<p><a href='fact-browser:open'>{escape(open_text)}</a> ({keys[0]})</p>",
            f"<p><a href='fact-browser:paste'>{escape(paste_text)}</a> ({keys[1]})</p>",
        ]
        if self.recent:
            lines.append(f"<p>{escape(recent_text)}</p><ul>")
            lines += [
                f"<li><a href='fact-browser:recent/{i}'>{escape(Path(p).name)}</a></li>"
                for i, p in enumerate(self.recent)
            ]
            lines.append("</ul>")
        return "".join(lines)

    def target(self, name: str) -> str | Path | None:
        """``"open"`` or ``"paste"``, the recent document a ``recent/N`` link names, or None."""
        if name in ("open", "paste"):
            return name
        if name.startswith("recent/") and name[7:].isdigit() and int(name[7:]) < len(self.recent):
            return Path(self.recent[int(name[7:])])
        return None
