"""The modes a reader can choose, declared once: menus, Preferences, settings and the reader read them here.

Each is a ``StrEnum`` whose value is what the settings store holds, so a stored
value reads back as the same member. Their user-visible labels live in one
table per mode in ``desktop/ui/services/modes.py`` (they need Qt's translator).
"""

from __future__ import annotations

from enum import StrEnum


class ScriptVariant(StrEnum):
    """What the reader shows. The value is stable: store it in settings as is."""

    ORIGINAL = "original"
    SIMPLIFIED = "simplified"  # 大陆简体
    TRADITIONAL = "traditional"  # OpenCC standard Traditional (繁體, 舊字形-leaning)
    TAIWAN = "taiwan"  # 臺灣正體
    HONGKONG = "hongkong"  # 香港繁體


class ViewMode(StrEnum):
    """How Chinese and English share the reader."""

    CHINESE = "chinese"  #: Chinese only
    INTERLEAVED = "interleaved"  #: the English of a paragraph under that paragraph
    SIDE_BY_SIDE = "side_by_side"  #: a two-column table, a paragraph per row
    ENGLISH = "english"  #: English only (Chinese where a sentence has none)

    @property
    def shows_english(self) -> bool:
        return self is not ViewMode.CHINESE


class InterfaceLanguage(StrEnum):
    """Interface languages; the value is the catalog suffix, "" follows the system."""

    SYSTEM = ""
    EN = "en"
    ZH_CN = "zh_CN"
    ZH_TW = "zh_TW"


#: the languages that have a catalog, in menu order
CATALOG_LANGUAGES = (InterfaceLanguage.EN, InterfaceLanguage.ZH_CN, InterfaceLanguage.ZH_TW)


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
