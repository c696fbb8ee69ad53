"""The pages of the Preferences dialog; each maps its widgets to settings keys through :class:`Binding`."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from ...core.modes import CATALOG_LANGUAGES, InterfaceLanguage, ScriptVariant, Theme, ViewMode
from ...core.paths import user_cache_dir
from ..services import settings as keys
from ..services.i18n import RetranslatesOnLanguageChange
from ..services.icons import action_icon
from .chat_server import ChatServerRows
from .fields import Binding, ChoiceCombo, FontFamilyCombo, ModeCombo, form_layout, grow_window_to_fit, size_spin

PROVIDER_LABELS = {
    "google": QT_TRANSLATE_NOOP("Preferences", "Google Translate (no key needed)"),
    "mymemory": QT_TRANSLATE_NOOP("Preferences", "MyMemory (no key, daily limit)"),
    "libre": QT_TRANSLATE_NOOP("Preferences", "LibreTranslate (a server you choose)"),
    "deepl": QT_TRANSLATE_NOOP("Preferences", "DeepL (API key)"),
    "microsoft": QT_TRANSLATE_NOOP("Preferences", "Microsoft Translator (API key)"),
    "chat": QT_TRANSLATE_NOOP("Preferences", "Your team's server (OpenAI-compatible: llama.cpp, Ollama, vLLM)"),
}
# where each provider sends text; LibreTranslate goes to the URL the user enters
PROVIDER_HOSTS = {
    "google": "translate.google.com",
    "mymemory": "api.mymemory.translated.net",
    "deepl": "api.deepl.com",
    "microsoft": "api.cognitive.microsofttranslator.com",
}


class DisplayPage(RetranslatesOnLanguageChange, QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._setup_ui()

    def bindings(self) -> list[Binding]:
        return [
            Binding(keys.SCRIPT, self.script.value, self.script.set_value),
            Binding(keys.TAIWAN_PHRASES, self.taiwan_phrases.isChecked, self.taiwan_phrases.setChecked),
            Binding(keys.VIEW_MODE, self.view_mode.value, self.view_mode.set_value),
            Binding(keys.CHINESE_FONT, self.chinese_font.value, self.chinese_font.set_value),
            Binding(keys.FONT_SIZE, self.chinese_size.value, self.chinese_size.setValue),
            Binding(keys.ENGLISH_FONT, self.english_font.value, self.english_font.set_value),
            Binding(keys.ENGLISH_FONT_SIZE, self.english_size.value, self.english_size.setValue),
            Binding(keys.THEME, self.theme.value, self.theme.set_value),
            Binding(keys.UI_LANGUAGE, self.language.value, self.language.set_value),
            Binding(keys.HOVER_DELAY_MS, self.hover_delay.value, self.hover_delay.setValue),
        ]

    def _setup_ui(self) -> None:
        form = form_layout(self)
        self.script = ModeCombo(ScriptVariant, self)
        self.taiwan_phrases = QCheckBox(self)
        self.view_mode = ModeCombo(ViewMode, self)
        self.chinese_font = FontFamilyCombo(QFontDatabase.SimplifiedChinese, self)
        self.chinese_size = size_spin(self)
        self.english_font = FontFamilyCombo(QFontDatabase.Latin, self)
        self.english_size = size_spin(self)
        self.theme = ModeCombo(Theme, self)
        self.language = ModeCombo((InterfaceLanguage.SYSTEM, *CATALOG_LANGUAGES), self)
        self.hover_delay = QSpinBox(self)
        self.hover_delay.setRange(50, 3000)
        self.hover_delay.setSingleStep(50)
        self.hover_delay.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)
        self._labels: dict[str, QLabel] = {}
        for name, field in (
            ("script", self.script),
            ("phrases", self.taiwan_phrases),
            ("view", self.view_mode),
            ("chinese_font", self._pair(self.chinese_font, self.chinese_size)),
            ("english_font", self._pair(self.english_font, self.english_size)),
            ("theme", self.theme),
            ("language", self.language),
            ("hover", self.hover_delay),
        ):
            label = QLabel(self)
            self._labels[name] = label
            form.addRow(label, field)
        for name, buddy in (
            ("script", self.script),
            ("view", self.view_mode),
            ("chinese_font", self.chinese_font),
            ("english_font", self.english_font),
            ("theme", self.theme),
            ("language", self.language),
            ("hover", self.hover_delay),
        ):
            self._labels[name].setBuddy(buddy)
        # OpenCC's phrase table only exists for Taiwan (s2twp).
        self.script.currentIndexChanged.connect(self._on_script_changed)
        self._on_script_changed()
        self._retranslate_ui()

    def _pair(self, font: QComboBox, size: QSpinBox) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(font, 1)
        row.addWidget(size)
        return box

    def _retranslate_ui(self) -> None:
        texts = {
            "script": self.tr("&Script:"),
            "phrases": "",
            "view": self.tr("&View:"),
            "chinese_font": self.tr("&Chinese font:"),
            "english_font": self.tr("&English font:"),
            "theme": self.tr("T&heme:"),
            "language": self.tr("Interface &language:"),
            "hover": self.tr("Hover &gloss delay:"),
        }
        for name, text in texts.items():
            self._labels[name].setText(text)
        self.taiwan_phrases.setText(self.tr("Taiwan &phrases (rewrites vocabulary, e.g. 软件 → 軟體)"))
        for combo in (self.script, self.view_mode, self.theme, self.language, self.chinese_font, self.english_font):
            combo.retranslate()
        for spin in (self.chinese_size, self.english_size):
            spin.setSpecialValueText(self.tr("Default"))
            spin.setSuffix(self.tr(" pt"))
        self.hover_delay.setSuffix(self.tr(" ms"))
        accessible = {
            self.script: self.tr("Display script"),
            self.taiwan_phrases: self.tr("Taiwan phrases"),
            self.view_mode: self.tr("View mode"),
            self.chinese_font: self.tr("Chinese font family"),
            self.chinese_size: self.tr("Chinese font size"),
            self.english_font: self.tr("English font family"),
            self.english_size: self.tr("English font size"),
            self.theme: self.tr("Colour theme"),
            self.language: self.tr("Interface language"),
            self.hover_delay: self.tr("Hover gloss delay"),
        }
        for widget, name in accessible.items():
            widget.setAccessibleName(name)
        self.hover_delay.setToolTip(self.tr("How long the pointer rests on a word before its dictionary entry shows"))
        self.language.setToolTip(self.tr("Takes effect at once; language names are shown in their own language"))

    def _on_script_changed(self) -> None:
        self.taiwan_phrases.setEnabled(self.script.value() == "taiwan")


class TranslationPage(RetranslatesOnLanguageChange, QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.key_edits: dict[str, QLineEdit] = {}
        self._setup_ui()

    def bindings(self) -> list[Binding]:
        result = [
            Binding(keys.ONLINE_TRANSLATION, self.online.isChecked, self.online.setChecked),
            Binding(keys.PROVIDER, self.provider.value, self.provider.set_value),
            Binding(keys.PROVIDER_URL, lambda: self.libre_url.text().strip(), self.libre_url.setText),
        ]
        result += [
            Binding(keys.provider_key_setting(p), lambda e=edit: e.text().strip(), edit.setText)
            for p, edit in self.key_edits.items()
        ]
        result += self.chat.bindings()
        result.append(Binding(keys.PROVIDER_TIMEOUT, self.timeout.value, self.timeout.setValue))
        return result

    def load_key(self) -> None:
        """After the bindings are shown: the chat server's key, which is not a setting."""
        self.chat.load_key()

    def after_apply(self, settings: keys.Settings, changed: set[str]) -> set[str]:
        """The chat server's key is kept (never in the settings); the user has read the explanation
        here, so the first-use prompt is not needed."""
        self.chat.apply_key()
        if self.online.isChecked() and not settings.get(keys.ONLINE_EXPLAINED):
            settings.set(keys.ONLINE_EXPLAINED, True)
            return {keys.ONLINE_EXPLAINED.name}
        return set()

    def _setup_ui(self) -> None:
        self._form = form = form_layout(self)
        self.online = QCheckBox(self)
        form.addRow(self.online)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.PlainText)
        form.addRow(self.explanation)
        self.provider = ChoiceCombo(PROVIDER_LABELS, self)
        self._provider_label = QLabel(self)
        self._provider_label.setBuddy(self.provider)
        form.addRow(self._provider_label, self.provider)
        self.libre_url = QLineEdit(self)
        self.libre_url.setPlaceholderText("https://libretranslate.example.org")
        self._url_label = QLabel(self)
        self._url_label.setBuddy(self.libre_url)
        form.addRow(self._url_label, self.libre_url)
        self._key_labels: dict[str, QLabel] = {}
        for provider in keys.PROVIDERS_WITH_KEY:
            edit = QLineEdit(self)
            edit.setEchoMode(QLineEdit.Password)
            edit.setObjectName(f"apiKey_{provider}")
            reveal = QAction(edit)
            reveal.setCheckable(True)
            reveal.setIcon(action_icon("view-reveal"))
            reveal.toggled.connect(lambda on, e=edit: e.setEchoMode(QLineEdit.Normal if on else QLineEdit.Password))
            edit.addAction(reveal, QLineEdit.TrailingPosition)
            label = QLabel(self)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.key_edits[provider] = edit
            self._key_labels[provider] = label
        self.timeout = QDoubleSpinBox(self)
        self.chat = ChatServerRows(self, self.timeout.value, resized=self.fit_window)
        self.chat.add_to(form)
        self.timeout.setRange(1.0, 120.0)
        self.timeout.setDecimals(0)
        self.timeout.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)
        self._timeout_label = QLabel(self)
        self._timeout_label.setBuddy(self.timeout)
        form.addRow(self._timeout_label, self.timeout)
        self.online.toggled.connect(self._on_state_changed)
        self.provider.currentIndexChanged.connect(self._on_state_changed)
        self.chat.url.textChanged.connect(self._on_state_changed)
        self._retranslate_ui()

    def _retranslate_ui(self) -> None:
        self.online.setText(self.tr("Translate sentences &online"))
        self.online.setAccessibleName(self.tr("Online translation"))
        self._provider_label.setText(self.tr("&Provider:"))
        self.provider.setAccessibleName(self.tr("Translation provider"))
        self.provider.retranslate()
        self._url_label.setText(self.tr("LibreTranslate &URL:"))
        self.libre_url.setAccessibleName(self.tr("LibreTranslate server URL"))
        names = {"libre": self.tr("LibreTranslate"), "deepl": self.tr("DeepL"), "microsoft": self.tr("Microsoft")}
        for provider, edit in self.key_edits.items():
            self._key_labels[provider].setText(self.tr("%1 API &key:").replace("%1", names[provider]))
            edit.setAccessibleName(self.tr("%1 API key").replace("%1", names[provider]))
            edit.setPlaceholderText(self.tr("optional") if provider == "libre" else self.tr("required"))
            edit.actions()[0].setToolTip(self.tr("Show or hide the key"))
        self.chat.retranslate()
        self._timeout_label.setText(self.tr("T&imeout:"))
        self.timeout.setSuffix(self.tr(" s"))
        self.timeout.setAccessibleName(self.tr("Translation timeout in seconds"))
        self._on_state_changed()

    def _on_state_changed(self) -> None:
        provider = self.provider.value()
        if provider == "chat":  # the user's own address: encrypted only if it says https://
            text = self.tr(
                "When this is on, each sentence you ask to have translated is sent to your team's server at the "
                "base URL below. Nothing else leaves your computer: not the file name and not the rest of the "
                "article. Translations are kept in the cache, so a sentence is sent at most once per provider. "
                "When it is off, only cached translations and the bundled glossary are used."
            )
            if self.chat.url.text().strip().startswith("http://"):
                warning = self.tr(
                    "This address starts with http://, so sentences travel unencrypted: "
                    "keep it inside your own network."
                )
                text += (" " if warning[:1].isascii() else "") + warning  # Chinese runs on without a space
        else:
            host = PROVIDER_HOSTS.get(provider) or self.tr("the LibreTranslate server at the URL below")
            text = self.tr(
                "When this is on, each sentence you ask to have translated is sent over HTTPS to %1. "
                "Nothing else leaves your computer: not the file name and not the rest of the article. "
                "Translations are kept in the cache, so a sentence is sent at most once per provider. "
                "When it is off, only cached translations and the bundled glossary are used."
            ).replace("%1", host)
        self.explanation.setText(text)
        online = self.online.isChecked()
        for widget in (self.provider, self.libre_url, self.timeout, *self.key_edits.values()):
            widget.setEnabled(online)
        self.chat.set_enabled(online)
        self._form.setRowVisible(self.libre_url, provider == "libre")
        for row in self.chat.rows():
            self._form.setRowVisible(row, provider == "chat")
        for name, edit in self.key_edits.items():
            self._form.setRowVisible(edit, name == provider)
        self.fit_window()

    def fit_window(self) -> None:
        """Grow the dialog to the height its wrapped texts need now (rows appeared, a longer result):
        a top-level window does not follow its layout's height-for-width, and squeezed them unreadable."""
        QTimer.singleShot(0, self, lambda: grow_window_to_fit(self))  # not after the page is gone


class CachePage(RetranslatesOnLanguageChange, QWidget):
    cacheCleared = Signal()

    def __init__(
        self,
        parent=None,
        *,
        cache_dir: Path | None = None,
        cache_size: Callable[[], int] | None = None,
        clear_cache: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._dir = Path(cache_dir) if cache_dir is not None else user_cache_dir()
        self._cache_size = cache_size
        self._clear_cache = clear_cache
        self._setup_ui()

    def bindings(self) -> list[Binding]:
        return []

    def refresh_size(self) -> None:
        if self._cache_size is None:
            self.size_label.setText(self.tr("unknown"))
            return
        size = self._cache_size()
        self.size_label.setText(QLocale().formattedDataSize(size, 1, QLocale.DataSizeTraditionalFormat))

    def _setup_ui(self) -> None:
        form = form_layout(self)
        self.location = QLineEdit(str(self._dir), self)
        self.location.setReadOnly(True)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._dir))))
        self._location_label = QLabel(self)
        self._location_label.setBuddy(self.location)
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.location, 1)
        line.addWidget(self.open_button)
        form.addRow(self._location_label, row)
        self.size_label = QLabel(self)
        self.size_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self._size_caption = QLabel(self)
        form.addRow(self._size_caption, self.size_label)
        self.clear_button = QPushButton(self)
        self.clear_button.setEnabled(self._clear_cache is not None)
        self.clear_button.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)
        self.clear_button.clicked.connect(self._on_clear)
        form.addRow("", self.clear_button)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        form.addRow(self.note)
        self._retranslate_ui()
        self.refresh_size()

    def _retranslate_ui(self) -> None:
        self._location_label.setText(self.tr("&Location:"))
        self.location.setAccessibleName(self.tr("Cache folder"))
        self.open_button.setText(self.tr("&Open Folder"))
        self.open_button.setAccessibleName(self.tr("Open the cache folder"))
        self._size_caption.setText(self.tr("Size:"))
        self.size_label.setAccessibleName(self.tr("Cache size"))
        self.clear_button.setText(self.tr("C&lear Cache…"))
        self.clear_button.setAccessibleName(self.tr("Clear the cache"))
        self.note.setText(
            self.tr(
                "The cache holds the dictionary index and translations fetched online. "
                "Clearing it is safe: the index is rebuilt when needed, "
                "but translations must be fetched again."
            )
        )
        self.refresh_size()

    def _confirm_clear(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Clear Cache"),
            self.tr(
                "Delete the dictionary index and all cached translations?\n\n"
                "Translations will have to be fetched online again."
            ),
            QMessageBox.Yes | QMessageBox.Cancel,
            QMessageBox.Cancel,
        )
        return answer == QMessageBox.Yes

    def _on_clear(self) -> None:
        if self._clear_cache is None or not self._confirm_clear():
            return
        self._clear_cache()
        self.refresh_size()
        self.cacheCleared.emit()
