"""One label table per mode (desktop/core/modes.py): the menus, the toolbar, Preferences
and the language menu all show these, so two places can no longer name a mode differently.

Labels carry the menu mnemonic (``&``); :func:`plain` drops it for combo boxes,
where Qt would show it literally.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from ...core.modes import CATALOG_LANGUAGES, InterfaceLanguage, ScriptVariant, Theme, ViewMode

CONTEXT = "Modes"

SCRIPT_LABELS = {
    ScriptVariant.ORIGINAL: QT_TRANSLATE_NOOP("Modes", "As written (no conversion)"),
    ScriptVariant.SIMPLIFIED: QT_TRANSLATE_NOOP("Modes", "Simplified (简体)"),
    ScriptVariant.TRADITIONAL: QT_TRANSLATE_NOOP("Modes", "Traditional (繁體, OpenCC standard)"),
    ScriptVariant.TAIWAN: QT_TRANSLATE_NOOP("Modes", "Traditional, Taiwan (臺灣正體)"),
    ScriptVariant.HONGKONG: QT_TRANSLATE_NOOP("Modes", "Traditional, Hong Kong (香港繁體)"),
}
VIEW_MODE_LABELS = {
    ViewMode.CHINESE: QT_TRANSLATE_NOOP("Modes", "&Chinese Only"),
    ViewMode.INTERLEAVED: QT_TRANSLATE_NOOP("Modes", "English &Under Each Paragraph"),
    ViewMode.SIDE_BY_SIDE: QT_TRANSLATE_NOOP("Modes", "&Side by Side"),
    ViewMode.ENGLISH: QT_TRANSLATE_NOOP("Modes", "&English Only"),
}
THEME_LABELS = {
    Theme.SYSTEM: QT_TRANSLATE_NOOP("Modes", "Follow the system"),
    Theme.LIGHT: QT_TRANSLATE_NOOP("Modes", "Light"),
    Theme.DARK: QT_TRANSLATE_NOOP("Modes", "Dark"),
}
#: Language names in their own language, deliberately untranslated: a user who
#: picked the wrong one can still find their way back. Only "System Default" is translated.
LANGUAGE_LABELS = {
    InterfaceLanguage.SYSTEM: QT_TRANSLATE_NOOP("Modes", "&System Default"),
    InterfaceLanguage.EN: "English",
    InterfaceLanguage.ZH_CN: "简体中文",
    InterfaceLanguage.ZH_TW: "繁體中文",
}
_TABLES = {
    ScriptVariant: SCRIPT_LABELS,
    ViewMode: VIEW_MODE_LABELS,
    Theme: THEME_LABELS,
    InterfaceLanguage: LANGUAGE_LABELS,
}
_MNEMONIC = re.compile(r"\s*[(（]&\w[)）]|&(?=[^&])")


def label(mode) -> str:
    """The label of ``mode`` (any member of the four enums) in the interface language, with its mnemonic."""
    source = _TABLES[type(mode)][mode]
    if type(mode) is InterfaceLanguage and mode in CATALOG_LANGUAGES:
        return source
    return QCoreApplication.translate(CONTEXT, source)


def plain(text: str) -> str:
    """``text`` without its menu mnemonic: "&Chinese Only" ► "Chinese Only", "仅中文(&C)" ► "仅中文"."""
    return _MNEMONIC.sub("", text).replace("&&", "&")
