"""Every persisted setting: its key, type and default, in one place.

Other modules never call ``QSettings`` themselves; they read and write
through :class:`Settings`, so a key's type and default cannot drift.

Settings are observable: whoever changes settings for everyone (Preferences)
announces the keys it wrote, and each part that follows a key watches it
(:meth:`Settings.watch`), so no module has to know who reads what.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Callable, Iterable

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from ...core.modes import InterfaceLanguage, ScriptVariant, Theme, ViewMode


@dataclass(frozen=True, slots=True)
class Key:
    name: str
    type: type
    default: Any
    #: the allowed values, when the setting is a choice; a stored value outside
    #: them (an older version's, a hand edit) reads as the default
    choices: tuple = ()
    #: ``(lowest, highest)`` allowed for a number, both included
    range: tuple | None = None
    #: longest text value (a path or a font family); longer is damage, not a value
    longest: int = 4096


# Window and layout
GEOMETRY = Key("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Key("window/state", QByteArray, QByteArray())
SPLITTER = Key("window/splitter", QByteArray, QByteArray())
RECENT_FILES = Key("files/recent", list, [])
#: folders, corpora or library files opened as libraries, newest first
RECENT_LIBRARIES = Key("library/recent", list, [])
LAST_DIR = Key("files/lastDirectory", str, "")
EXPORT_DIR = Key("files/exportDirectory", str, "")
# Display
SCRIPT = Key("display/script", ScriptVariant, ScriptVariant.ORIGINAL, tuple(ScriptVariant))
TAIWAN_PHRASES = Key("display/taiwanPhrases", bool, False)
VIEW_MODE = Key("display/viewMode", ViewMode, ViewMode.INTERLEAVED, tuple(ViewMode))
ZOOM = Key("display/zoom", int, 0, range=(-12, 12))  # the View menu's zoom limit
CHINESE_FONT = Key("display/chineseFont", str, "")
ENGLISH_FONT = Key("display/englishFont", str, "")
#: points; 0 means the default size. FONT_SIZE is the Chinese text's.
FONT_SIZE = Key("display/fontSize", int, 0, range=(0, 48))  # the Preferences spin box
ENGLISH_FONT_SIZE = Key("display/englishFontSize", int, 0, range=(0, 48))
THEME = Key("display/theme", Theme, Theme.SYSTEM, tuple(Theme))
#: "" follows the system locale
UI_LANGUAGE = Key("display/language", InterfaceLanguage, InterfaceLanguage.SYSTEM, tuple(InterfaceLanguage))
HOVER_DELAY_MS = Key("gloss/hoverDelayMs", int, 450, range=(50, 3000))
SHOW_PINYIN = Key("gloss/showPinyin", bool, False)
#: the library whose glossary the window uses (a .sqlite file or a server URL without its password); "" = personal
GLOSSARY_LIBRARY = Key("glossary/library", str, "")
# Translation
ONLINE_TRANSLATION = Key("translate/online", bool, False)
ONLINE_EXPLAINED = Key("translate/explained", bool, False)
PROVIDER = Key("translate/provider", str, "google", ("google", "mymemory", "libre", "deepl", "microsoft", "chat"))
PROVIDER_URL = Key("translate/libreUrl", str, "")
#: the team's OpenAI-compatible chat server (its key is never in the settings: core/translate/api_keys.py)
CHAT_URL = Key("translate/chatUrl", str, "")
CHAT_MODEL = Key("translate/chatModel", str, "", longest=200)
PROVIDER_TIMEOUT = Key("translate/timeoutSeconds", float, 10.0, range=(1.0, 120.0))
# API keys live in the same store (QSettings is per-user); they are never logged.
PROVIDER_KEY_PREFIX = "translate/keys/"
#: providers that take an API key (LibreTranslate's is optional)
PROVIDERS_WITH_KEY = ("libre", "deepl", "microsoft")
# Facts and copying
FACTS_SECTION_ONLY = Key("facts/sectionOnly", bool, False)
FACTS_KIND_FILTER = Key("facts/kindFilter", int, 0)
FACTS_TEXT_FILTER = Key("facts/textFilter", str, "")
#: the facts columns the user showed or hid from the header menu, each "key=1" or "key=0" (the rest fit the width)
FACTS_COLUMNS = Key("facts/columns", list, [])
#: JSON object: document path ► the article offset at the top of the reader when it was last left
READING_POSITIONS = Key("files/readingPositions", str, "{}")
MAX_READING_POSITIONS = 200
#: JSON object: document path ► the date the user gave it (ISO, "YYYY[-MM[-DD]]")
DOCUMENT_DATES = Key("facts/documentDates", str, "{}", longest=1024 * 1024)  # JSON of up to 500 paths
MAX_DOCUMENT_DATES = 500
COPY_WITH_ORIGINAL = Key("copy/withOriginal", bool, False)
COPY_WITH_ENGLISH = Key("copy/withEnglish", bool, False)
CACHE_DIR = Key("cache/directory", str, "")

MAX_RECENT = 10


_INVALID = object()
#: longest path kept in a list setting (recent files)
MAX_TEXT_SETTING = 4096


def _checked(key: Key, value: Any) -> Any:
    """``value`` as ``key.type`` if it is a valid value for ``key``, else ``_INVALID``."""
    try:
        if key.type is bool:
            if isinstance(value, str):
                low = value.lower()
                if low in ("1", "true", "yes"):
                    return True
                if low in ("0", "false", "no", ""):
                    return False
                return _INVALID
            return bool(value)
        if key.type is list:
            if isinstance(value, str):
                return [value] if value else []
            if not isinstance(value, (list, tuple)) or len(value) > 100:
                return _INVALID
            return [str(v) for v in value if len(str(v)) <= MAX_TEXT_SETTING]
        if key.type is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray(value)
        if key.type in (int, float) and isinstance(value, str):
            value = float(value.strip())
            if key.type is int and not value.is_integer():
                return _INVALID
        value = key.type(value)
    except (TypeError, ValueError, OverflowError):
        return _INVALID
    if key.type is str and len(value) > key.longest:
        return _INVALID
    if key.choices and value not in key.choices:
        return _INVALID
    if key.range is not None and not (key.range[0] <= value <= key.range[1]):  # NaN fails too
        return _INVALID
    return value


def provider_key_setting(provider: str) -> Key:
    """The API key of ``provider`` as a :class:`Key` (same store entry as :meth:`Settings.provider_key`)."""
    return Key(PROVIDER_KEY_PREFIX + provider, str, "")


class Settings:
    """Typed access to the app's ``QSettings`` store.

    Every read is checked against the key's type, choices and range. A stored
    value that fails (a hand edit, another version, a damaged file) reads as
    the default, is removed from the store so it is reported once, not at
    every start, and is listed in :meth:`take_problems`.
    """

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()
        self._problems: list[tuple[str, str]] = []
        self._changes: _Changes | None = None

    @property
    def store(self) -> QSettings:
        return self._store

    def get(self, key: Key) -> Any:
        value = self._store.value(key.name, key.default)
        if value is None:
            return key.default
        checked = _checked(key, value)
        if checked is _INVALID:
            self._reject(key, value)
            return key.default
        return checked

    def _reject(self, key: Key, value: Any) -> None:
        shown = repr(value) if not isinstance(value, str) else value
        self._problems.append((key.name, shown[:40] + ("…" if len(shown) > 40 else "")))
        self._store.remove(key.name)

    def take_problems(self) -> list[tuple[str, str]]:
        """``(key name, stored value)`` of each setting that read as its default since the last call."""
        problems, self._problems = self._problems, []
        return problems

    def set(self, key: Key, value: Any) -> None:
        # A mode is stored as its plain value, so the store stays readable by any version.
        self._store.setValue(key.name, str(value) if isinstance(value, StrEnum) else value)

    # -- observing ----------------------------------------------------------------
    def watch(self, keys: Key | Iterable[Key], callback: Callable[[], None], owner: QObject) -> None:
        """Call ``callback()`` once per :meth:`announce` that names any of ``keys``, for as long
        as ``owner`` lives (it reads the new values from the settings)."""
        names = {keys.name} if isinstance(keys, Key) else {key.name for key in keys}
        if self._changes is None:
            self._changes = _Changes()
        self._changes.changed.connect(_Watch(names, callback, owner).on_changed)

    def announce(self, names: Iterable[str]) -> None:
        """The settings named ``names`` (``Key.name``) were changed for everyone: tell the watchers."""
        names = set(names)
        if names and self._changes is not None:
            self._changes.changed.emit(names)

    def provider_key(self, provider: str) -> str:
        return str(self._store.value(PROVIDER_KEY_PREFIX + provider, "") or "")

    def set_provider_key(self, provider: str, secret: str) -> None:
        self._store.setValue(PROVIDER_KEY_PREFIX + provider, secret)

    def reading_position(self, path: str) -> int | None:
        """Where the reader was in ``path`` when it was last left (an article offset), or None."""
        import json

        try:
            value = json.loads(self.get(READING_POSITIONS)).get(path)
        except (ValueError, AttributeError):
            return None
        return value if isinstance(value, int) and value >= 0 else None

    def set_reading_position(self, path: str, offset: int) -> None:
        import json

        try:
            positions = json.loads(self.get(READING_POSITIONS))
            positions = positions if isinstance(positions, dict) else {}
        except ValueError:
            positions = {}
        positions.pop(path, None)
        positions[path] = int(offset)  # the newest last; the oldest go first
        while len(positions) > MAX_READING_POSITIONS:
            positions.pop(next(iter(positions)))
        self.set(READING_POSITIONS, json.dumps(positions, ensure_ascii=False))

    def add_recent(self, path: str) -> list[str]:
        recent = [p for p in self.get(RECENT_FILES) if p != path]
        recent.insert(0, path)
        del recent[MAX_RECENT:]
        self.set(RECENT_FILES, recent)
        return recent

    def remove_recent(self, path: str) -> list[str]:
        recent = [p for p in self.get(RECENT_FILES) if p != path]
        self.set(RECENT_FILES, recent)
        return recent

    def document_date(self, path: str) -> str:
        """The date the user set for the document at ``path``, or ""."""
        return str(self._document_dates().get(path, ""))

    def set_document_date(self, path: str, iso: str) -> None:
        dates = self._document_dates()
        dates.pop(path, None)
        if iso:
            dates[path] = iso
        while len(dates) > MAX_DOCUMENT_DATES:  # the oldest entries go first
            dates.pop(next(iter(dates)))
        import json

        self.set(DOCUMENT_DATES, json.dumps(dates, ensure_ascii=False))

    def _document_dates(self) -> dict:
        import json

        try:
            value = json.loads(self.get(DOCUMENT_DATES) or "{}")
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def sync(self) -> None:
        self._store.sync()


#: A settings file is a few kilobytes; one past this is damaged (50 MB of garbage
#: took 9.4 s and 408 MB to read at start-up and was kept, growing, for ever).
MAX_SETTINGS_BYTES = 1024 * 1024


def settings_file_path() -> Path:
    """Where ``QSettings()`` keeps this app's settings, found without reading that file."""
    from PySide6.QtCore import QCoreApplication

    # A settings object for a name nobody uses shows the folder and suffix
    # (they follow QSettings.setPath and the default format) at no cost.
    own = QSettings(
        QSettings.defaultFormat(),
        QSettings.UserScope,
        QCoreApplication.organizationName(),
        "fact-browser-settings-probe",
    ).fileName()
    name = QCoreApplication.applicationName()
    own_path = Path(own)
    return own_path.with_name(name + own_path.suffix)


def set_aside_damaged_file(path: Path | None = None) -> Path | None:
    """Before the settings are first read: move a settings file that is too big, not text or
    does not parse to ``<name>.damaged-<time><suffix>`` so a fresh one replaces it.

    Returns where it went (``None`` when the file is fine or absent). Never raises.
    """
    import time

    try:
        path = path or settings_file_path()
        if not path.is_file():
            return None
        damaged = path.stat().st_size > MAX_SETTINGS_BYTES
        if not damaged:
            data = path.read_bytes()
            try:
                data.decode("utf-8")
                damaged = b"\x00" in data
            except UnicodeDecodeError:
                damaged = True
        if not damaged:
            damaged = QSettings(str(path), QSettings.IniFormat).status() != QSettings.NoError
        if not damaged:
            return None
        aside = path.with_name(f"{path.stem}.damaged-{time.strftime('%Y%m%d-%H%M%S')}{path.suffix}")
        path.replace(aside)
        return aside
    except OSError:
        return None


class _Changes(QObject):
    changed = Signal(object)  # the set of ``Key.name``s announced


class _Watch(QObject):
    """One watcher; a child of its owner, so Qt drops the connection when the owner goes."""

    def __init__(self, names: set[str], callback: Callable[[], None], owner: QObject) -> None:
        super().__init__(owner)
        self._names, self._callback = names, callback

    def on_changed(self, names: set[str]) -> None:
        if names & self._names:
            self._callback()
