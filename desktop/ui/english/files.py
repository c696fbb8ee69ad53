"""Gloss-pack files and the translation cache, from the Translate menu.

Functions of a :class:`~desktop.ui.english.controller.TranslationController`
(``c``); they use its session and window services for dialogs and messages. Their strings keep the
controller's translation context (literal, so ``pyside6-lupdate`` finds them).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox


def export_glosses(c) -> int | None:
    """Save the document's English as a gloss pack; returns how many texts, or None."""
    article = c.session.article
    if article is None or not c.known:
        c.services.show_info(QCoreApplication.translate("TranslationController", "There is no English to export yet."))
        return None
    from ...core.translate import GlossPack, pack_path_for

    default = pack_path_for(c.session.path) if c.session.path else Path.home() / "glosses.glosses.en.json"
    filename, _ = QFileDialog.getSaveFileName(c.services.dialog_parent(), QCoreApplication.translate("TranslationController", "Export Glosses"), str(default), QCoreApplication.translate("TranslationController", "Gloss packs (*.json)"))
    if not filename:
        return None
    try:
        GlossPack.for_article(article, {k: v.english for k, v in c.known.items()}).save(filename)
    except OSError as err:
        c.services.show_error(QCoreApplication.translate("TranslationController", "The glosses could not be saved: %1").replace("%1", err.strerror or str(err)))
        return None
    return len(c.known)


def import_glosses(c, filename: str | None = None) -> bool:
    if not filename:
        filename, _ = QFileDialog.getOpenFileName(c.services.dialog_parent(), QCoreApplication.translate("TranslationController", "Import Glosses"), str(Path.home()), QCoreApplication.translate("TranslationController", "Gloss packs (*.json)"))
    if not filename:
        return False
    from ...core.translate import GlossPack, GlossPackError

    try:
        pack = GlossPack.load(filename)
    except GlossPackError as err:
        c.services.show_error(str(err))
        return False
    c.packs.append(pack)
    c.reload_known()
    return True


def clear_document(c) -> None:
    """Forget the cached English of this document's texts (on the writer thread; the status bar says how many)."""
    article = c.session.article
    if article is None:
        return
    from ...core.translate import article_texts

    c.clear_on_writer(c.cache().clear_document, article_texts(article), announce_removed=True)


def clear_all(c) -> None:
    cache = c.cache()
    answer = QMessageBox.question(c.services.dialog_parent(), QCoreApplication.translate("TranslationController", "Clear Cached English"),
                                  QCoreApplication.translate("TranslationController", "Remove every cached translation (%1 MB)? Gloss packs are kept.")
                                  .replace("%1", f"{cache.size_bytes() / 1e6:.1f}"))
    if answer == QMessageBox.Yes:
        c.clear_on_writer(cache.clear_all)
