"""Interface language: Qt translators, the system default, and runtime switching.

Call :func:`install_translators` once before the first widget exists, and again
whenever the user picks another language. Qt then sends
``QEvent.LanguageChange`` to every top-level widget, which passes it to its
children; each widget re-sets its strings in ``_retranslate_ui()``.

The convention for a widget with translatable strings::

    class SomePanel(RetranslatesOnLanguageChange, QWidget):
        def __init__(self, parent=None):
            super().__init__(parent)
            self._setup_ui()          # creates widgets, then calls _retranslate_ui()

        def _retranslate_ui(self):    # every self.tr() that the user sees lives here
            self._label.setText(self.tr("Sections"))

``QAction`` and ``QStandardItem`` texts are not widgets and get no event of
their own: the widget that owns them re-sets them in its ``_retranslate_ui``.
Language names are always shown in their own language (English, 简体中文,
繁體中文), so a user who picked the wrong one can still find their way back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from ...core.modes import CATALOG_LANGUAGES, InterfaceLanguage
from ...core.paths import TRANSLATIONS_DIR
from . import settings as keys
from .modes import LANGUAGE_LABELS, label


CATALOG_PREFIX = "fact_browser_"

#: Qt's own strings that its Chinese catalogs miss. PySide6-Essentials ships qtbase_zh_CN.qm and
#: qtbase_zh_TW.qm, but they translate the file dialog's Qt 5 labels ("Look in:", "Files of type:");
#: Qt 6 added mnemonics, so those two labels stayed English in a Chinese file dialog (issue 20.11).
#: Our catalogs carry them in Qt's own context; they are installed after Qt's, so asked first.
QT_STRINGS_OUR_CATALOGS_ADD = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

# Kept at module level: a QTranslator that Python collects is silently dropped
# by Qt, and the strings fall back to English.
_installed: list[QTranslator] = []
_current: str = InterfaceLanguage.EN.value

_TRADITIONAL_TERRITORIES = {QLocale.Taiwan, QLocale.HongKong, QLocale.Macau}


def language_for_locale(locale: QLocale) -> str:
    """The catalog that suits ``locale``: zh_TW for Traditional script or TW/HK/MO, zh_CN for other Chinese, else en."""
    if locale.language() != QLocale.Chinese:
        return InterfaceLanguage.EN.value
    script = locale.script()
    if script == QLocale.TraditionalChineseScript:
        return InterfaceLanguage.ZH_TW.value
    if script == QLocale.SimplifiedChineseScript:  # e.g. zh_Hans_HK: a simplified reader in Hong Kong
        return InterfaceLanguage.ZH_CN.value
    return (
        InterfaceLanguage.ZH_TW.value
        if locale.territory() in _TRADITIONAL_TERRITORIES
        else InterfaceLanguage.ZH_CN.value
    )


def system_language() -> str:
    return language_for_locale(QLocale.system())


def resolve_language(lang: str | None) -> str:
    """``lang`` if it is a known language code, else the system's ("", None, "system")."""
    if lang in {member.value for member in CATALOG_LANGUAGES}:
        return str(lang)
    return system_language()


def current_language() -> str:
    """The language last installed by :func:`install_translators`."""
    return _current


def install_translators(app: QCoreApplication, lang: str | None, *, catalog_dir: Path | None = None) -> str:
    """Install our ``fact_browser_<lang>`` catalog, and Qt's ``qtbase_<lang>`` unless English; returns the language used.

    ``lang`` is ``"en"``, ``"zh_CN"``, ``"zh_TW"``, or ``None``/``""``/``"system"``
    for the system locale's. Translators installed by an earlier call are
    removed first. A missing catalog is not an error: those strings stay
    English. ``catalog_dir`` defaults to the bundled ``translations/``.
    """
    global _current
    resolved = resolve_language(lang)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    sources = [(CATALOG_PREFIX + resolved, str(catalog_dir or TRANSLATIONS_DIR))]
    if resolved != InterfaceLanguage.EN.value:
        # Qt's own strings are English already; our English catalog holds only
        # the plural forms ("%n match(es)" -> "1 match" / "4 matches").
        sources.insert(0, ("qtbase_" + resolved, QLibraryInfo.path(QLibraryInfo.TranslationsPath)))
    for name, directory in sources:
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            _installed.append(translator)
    # Numbers and sizes follow the interface language; the system locale keeps
    # its regional formats when it already speaks that language.
    QLocale.setDefault(QLocale.system() if resolved == system_language() else QLocale(resolved))
    _current = resolved
    return resolved


def apply_language_setting(app: QCoreApplication, settings: keys.Settings, names: set[str] | None = None) -> str | None:
    """Install the stored ``display/language``; with ``names`` (from ``settingsChanged``) only if it changed.

    Returns the language now in use, or None when nothing was done.
    """
    if names is not None and keys.UI_LANGUAGE.name not in names:
        return None
    return install_translators(app, settings.get(keys.UI_LANGUAGE) or None)


def installed_catalogs() -> list[str]:
    """File paths of the catalogs now installed (for the About dialog and tests)."""
    return [translator.filePath() for translator in _installed]


def is_language_change(event: QEvent) -> bool:
    return event.type() == QEvent.LanguageChange


class RetranslatesOnLanguageChange:
    """Mixin for QWidget subclasses: ``changeEvent(LanguageChange)`` calls ``self._retranslate_ui()``.

    List it before the Qt base class: ``class Panel(RetranslatesOnLanguageChange, QWidget)``.
    """

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]

    def _retranslate_ui(self) -> None:
        raise NotImplementedError


class LanguageMenu(RetranslatesOnLanguageChange, QMenu):
    """View ► Language: System Default, then each language in its own name.

    Picking one stores it in ``display/language`` ("" for the system's),
    installs its translators at once and emits ``languageChanged(code)``
    with the language now in use.
    """

    languageChanged = Signal(str)

    def __init__(self, settings: keys.Settings, parent=None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._group = QActionGroup(self)
        self._system = QAction(self)
        self._actions: dict[str, QAction] = {}
        self._setup_ui()
        settings.watch(keys.UI_LANGUAGE, self._on_setting_changed, self)

    def action_for(self, lang: str) -> QAction:
        """The menu's action for ``lang`` (a language code, or ``""`` for System Default)."""
        return self._system if not lang else self._actions[lang]

    def _setup_ui(self) -> None:
        self.setObjectName("languageMenu")
        self._group.setExclusive(True)
        self._system.setCheckable(True)
        self._system.setData("")
        self._group.addAction(self._system)
        self.addAction(self._system)
        self.addSeparator()
        for language in CATALOG_LANGUAGES:
            # Not QAction(text, parent): matching that call loads QIcon and its enums (~2 ms of the
            # first paint, issue 22.8); no icon is shown before it.
            action = QAction(self)
            action.setText(LANGUAGE_LABELS[language])
            action.setObjectName(f"action_language_{language.value}")
            action.setCheckable(True)
            action.setData(language.value)
            self._group.addAction(action)
            self.addAction(action)
            self._actions[language.value] = action
        self._group.triggered.connect(self._on_triggered)
        self._retranslate_ui()

    def _retranslate_ui(self) -> None:
        # The language may have been changed elsewhere (Preferences): show the stored choice.
        stored = self._settings.get(keys.UI_LANGUAGE)
        self.action_for(stored if stored in self._actions else "").setChecked(True)
        self.setTitle(self.tr("&Language"))
        self._system.setText(label(InterfaceLanguage.SYSTEM))
        self._system.setStatusTip(self.tr("Follow the operating system's language"))

    def _on_triggered(self, action: QAction) -> None:
        lang = str(action.data() or "")
        self._settings.set(keys.UI_LANGUAGE, lang)
        app = QCoreApplication.instance()
        used = install_translators(app, lang or None) if app is not None else resolve_language(lang)
        self.languageChanged.emit(used)

    def _on_setting_changed(self) -> None:
        """The language was chosen elsewhere (Preferences): install it and say so."""
        app = QCoreApplication.instance()
        if app is not None:
            self.languageChanged.emit(apply_language_setting(app, self._settings))
