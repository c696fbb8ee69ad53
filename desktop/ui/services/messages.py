"""Core errors in the interface language.

The core raises errors with English sentences (the CLI prints those) plus a
``kind`` and parameters; here each kind has a translatable template, so a
Chinese interface says "“x.txt” 是空文件。" rather than English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

_LOAD = {
    "missing": QT_TRANSLATE_NOOP("Messages", "“%1” does not exist."),
    "unreadable": QT_TRANSLATE_NOOP("Messages", "“%1” cannot be read: %2."),
    "folder": QT_TRANSLATE_NOOP("Messages", "“%1” is a folder, not a document."),
    "not_regular": QT_TRANSLATE_NOOP(
        "Messages", "“%1” is not a regular file (a pipe, socket or device), so it is not a document."
    ),
    "too_large": QT_TRANSLATE_NOOP("Messages", "“%1” is %2 MB; the largest document Fact Browser opens is %3 MB."),
    "empty": QT_TRANSLATE_NOOP("Messages", "“%1” is empty."),
    "bad_bom": QT_TRANSLATE_NOOP("Messages", "“%1” starts with a %2 byte-order mark but is not valid %2."),
    "binary": QT_TRANSLATE_NOOP("Messages", "“%1” is not text Fact Browser can read (it looks like a binary file)."),
    "undecodable": QT_TRANSLATE_NOOP(
        "Messages", "“%1” could not be decoded: too many characters are unreadable in every encoding tried."
    ),
    "paste_too_large": QT_TRANSLATE_NOOP(
        "Messages", "The pasted text is %1 MB; the largest document Fact Browser opens is %2 MB."
    ),
    "clipboard_empty": QT_TRANSLATE_NOOP("Messages", "There is no text to open: the clipboard is empty."),
    "no_text": QT_TRANSLATE_NOOP("Messages", "The document has no readable text."),
    "headings_only": QT_TRANSLATE_NOOP("Messages", "The document holds only headings (“%1”) and no text under them."),
    "scanned_pdf": QT_TRANSLATE_NOOP(
        "Messages",
        "“%1” has no text layer (it looks like a scanned image); Fact Browser reads PDFs that contain text, not pictures of text. Run it through OCR first.",
    ),
    "bad_pdf": QT_TRANSLATE_NOOP("Messages", "“%1” cannot be opened as a PDF: it is damaged or not a PDF."),
    "pdf_password": QT_TRANSLATE_NOOP(
        "Messages", "“%1” is protected by a password; open it in a PDF viewer and save a copy without one."
    ),
    "bad_docx": QT_TRANSLATE_NOOP(
        "Messages", "“%1” cannot be opened as a Word document: it is damaged or not a .docx file."
    ),
    "text_too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "“%1” holds more than %2 million characters of text, more than Fact Browser opens; split it into smaller documents.",
    ),
    "pdf_pages": QT_TRANSLATE_NOOP("Messages", "“%1” is damaged: its pages cannot be read."),
    "pdf_expands": QT_TRANSLATE_NOOP(
        "Messages",
        "“%1” unpacks to far more text or drawing than a document Fact Browser opens; it was refused unread.",
    ),
    "pdf_pages_many": QT_TRANSLATE_NOOP("Messages", "“%1” has %2 pages; the most Fact Browser reads is %3."),
    "docx_password": QT_TRANSLATE_NOOP(
        "Messages", "“%1” is protected by a password; open it in Word or LibreOffice and save a copy without one."
    ),
    "old_word": QT_TRANSLATE_NOOP(
        "Messages",
        "“%1” is an older Word document (.doc) or another Office file, not a .docx; save it as .docx in Word or LibreOffice.",
    ),
    "docx_unpacks_large": QT_TRANSLATE_NOOP(
        "Messages",
        "“%1” would unpack to %2 MB, far more than a document Fact Browser opens; it was refused without being unpacked.",
    ),
}

#: translation failures by kind; %1 is the provider's name
_TRANSLATION = {
    "offline": QT_TRANSLATE_NOOP(
        "Messages",
        "Could not reach %1: there is no network connection or the server is down. English already saved still shows.",
    ),
    "timeout": QT_TRANSLATE_NOOP("Messages", "%1 did not answer in time. Try again, or pick another provider."),
    "rate_limited": QT_TRANSLATE_NOOP(
        "Messages", "%1 is refusing requests for now (too many requests or quota used up). Try again later."
    ),
    "server": QT_TRANSLATE_NOOP("Messages", "%1 had a server error. Try again later."),
    "auth": QT_TRANSLATE_NOOP("Messages", "%1 needs a valid API key. Set it in Preferences ▸ Translation."),
    "garbage": QT_TRANSLATE_NOOP(
        "Messages", "%1 sent back something that is not a translation for some sentences; they stay untranslated."
    ),
    "too_long": QT_TRANSLATE_NOOP("Messages", "%1 refused a request as too long."),
    "no_model": QT_TRANSLATE_NOOP(
        "Messages",
        "%1 has no model of that name, or is not an OpenAI-compatible server: check the base URL and the "
        "model in Preferences ▸ Translation.",
    ),
}


def _fill(template: str, params) -> str:
    text = QCoreApplication.translate("Messages", template)
    for i, value in enumerate(params, start=1):
        text = text.replace(f"%{i}", str(value))
    return text


def load_error_text(err: Exception) -> str:
    """A LoadError (or anything else) as a sentence in the interface language."""
    template = _LOAD.get(getattr(err, "kind", None) or "")
    return _fill(template, getattr(err, "params", ())) if template else str(err)


def translation_error_text(err: Exception, provider_label: str) -> str:
    """A TranslationError in the interface language; configuration errors keep their own words."""
    template = _TRANSLATION.get(getattr(err, "kind", None) or "")
    return _fill(template, (provider_label,)) if template else str(err)


def decoding_note(article) -> str:
    """Bytes of the file shown as U+FFFD and passages read as GBK / Big5, each with the paragraphs
    (lines of the article) they are in, in the interface language; "" when the file decoded cleanly."""
    from ...core.ingest.builder import encoding_names

    said = []
    n, where = article.undecodable_bytes, article.undecodable_paragraphs
    if n:
        if len(where) == 1:
            text = QCoreApplication.translate(
                "Messages", "%n byte(s) of this file could not be decoded and show as �, in paragraph %1.", "", n
            )
        else:
            text = QCoreApplication.translate(
                "Messages", "%n byte(s) of this file could not be decoded and show as �, in paragraphs %1.", "", n
            )
        said.append(text.replace("%1", _numbers(where)))
    legacy = article.legacy_paragraphs
    if legacy:
        if len(legacy) == 1:
            text = QCoreApplication.translate(
                "Messages", "Paragraph %1 of this file is in %2, not UTF-8, and was read as such."
            )
        else:
            text = QCoreApplication.translate(
                "Messages", "Paragraphs %1 of this file are in %2, not UTF-8, and were read as such."
            )
        said.append(text.replace("%1", _numbers(legacy)).replace("%2", encoding_names(article.encoding)))
    return " ".join(said)


def _numbers(paragraphs: tuple[int, ...]) -> str:
    """``3, 7, 12`` (five at most, then an ellipsis)."""
    return ", ".join(str(p) for p in paragraphs[:5]) + (" …" if len(paragraphs) > 5 else "")
