"""Opening a library window when the library is not well: one message in the interface language, and for
a damaged library the way forward — build it again from its sources, the damaged file kept beside it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFileDialog, QMessageBox

CONTEXT = "LibraryMessages"

#: library errors by kind (see desktop/core/library/errors.py); %1 is the library's name
MESSAGES = {
    "library_damaged": QT_TRANSLATE_NOOP("LibraryMessages", "The library “%1” is damaged (%2)."),
    "library_newer": QT_TRANSLATE_NOOP(
        "LibraryMessages",
        "The library “%1” was made by %2 (library format %3); this version reads formats up to %4. Open it with a newer Fact Browser; it was left unchanged.",
    ),
    "library_newer_ro": QT_TRANSLATE_NOOP(
        "LibraryMessages",
        "The library “%1” was made by %2 (library format %3); this version (format %4) can read it but not change it, so it is open read-only.",
    ),
    "library_read_only": QT_TRANSLATE_NOOP("LibraryMessages", "The library “%1” cannot be changed: %2."),
    "library_full": QT_TRANSLATE_NOOP(
        "LibraryMessages", "The disk is full; %1 documents were indexed and kept; free space and run again to continue."
    ),
    "library_missing": QT_TRANSLATE_NOOP("LibraryMessages", "There is no library at “%1”."),
    "not_library": QT_TRANSLATE_NOOP("LibraryMessages", "“%1” is not a library Fact Browser can open."),
    "library_unreadable": QT_TRANSLATE_NOOP("LibraryMessages", "The library “%1” cannot be opened: %2."),
    "library_busy": QT_TRANSLATE_NOOP(
        "LibraryMessages", "The library “%1” is busy: another program is writing to it. Try again in a moment."
    ),
}


def library_error_text(err: Exception) -> str:
    """A library error as a sentence in the interface language (its English words when no template fits)."""
    template = MESSAGES.get(getattr(err, "kind", None) or "")
    if not template:
        from ..services.messages import load_error_text

        return load_error_text(err)
    text = QCoreApplication.translate(CONTEXT, template)
    for i, value in enumerate(getattr(err, "params", ()), start=1):
        text = text.replace(f"%{i}", str(value))
    return text


def show_error(parent, err: Exception) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("LibraryMessages", "Open Library"), library_error_text(err))


def offer_rebuild(parent, err, known_source: Path | None) -> list[Path] | None:
    """Ask whether to build the damaged library again; returns the sources to build it from, with the
    damaged file already set aside, or None when the user declines."""
    from ...core.library.recovery import set_aside, sources_of

    path = Path(err.location)
    sources = [Path(s) for s in sources_of(path) if Path(s).exists()] or ([known_source] if known_source else [])
    box = QMessageBox(
        QMessageBox.Warning,
        QCoreApplication.translate("LibraryMessages", "Damaged Library"),
        library_error_text(err),
        QMessageBox.NoButton,
        parent,
    )
    box.setObjectName("damagedLibraryBox")
    if sources:
        box.setInformativeText(
            QCoreApplication.translate(
                "LibraryMessages",
                "Fact Browser can build it again from %1. The damaged file is kept beside it, renamed "
                "with today's date.",
            ).replace("%1", ", ".join(s.name for s in sources))
        )
        rebuild = box.addButton(QCoreApplication.translate("LibraryMessages", "Rebuild"), QMessageBox.AcceptRole)
    else:
        box.setInformativeText(
            QCoreApplication.translate(
                "LibraryMessages",
                "It does not say which folder or corpus it was built from. Choose it to build the "
                "library again; the damaged file is kept beside it, renamed with today's date.",
            )
        )
        rebuild = box.addButton(QCoreApplication.translate("LibraryMessages", "Choose Source…"), QMessageBox.AcceptRole)
    box.addButton(QMessageBox.Cancel)
    box.setDefaultButton(rebuild)
    box.exec()
    if box.clickedButton() is not rebuild:
        return None
    if not sources:
        chosen = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("LibraryMessages", "Folder the Library Was Built From")
        )
        if not chosen:
            return None
        sources = [Path(chosen)]
    set_aside(path)
    return sources
