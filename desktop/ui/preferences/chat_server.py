"""Preferences ▸ Translation, the team's own model server: base URL, model, API key and Test Connection.

The base URL and the model are settings. The key never is: it is kept per server address in the
system keyring when the user asks and one is installed, else held for this session only
(core/translate/api_keys.py), so a key typed for one server is never sent to another. Test
Connection translates one sentence with figures through the real provider path (in a worker,
nothing cached) and says in one sentence what happened.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QWidget

from ..services import settings as keys
from ..services import tasks
from ..services.icons import action_icon
from .fields import Binding

#: what Test Connection asks to have translated: two figures the answer must keep
TEST_SENTENCE = "2024年全市地区生产总值增长5.2%。"


def test_connection(config) -> tuple[str, float, str]:
    """Translate :data:`TEST_SENTENCE` once (no retry, no cache): ``(provider label, seconds, English)``.

    Runs in a worker; raises :class:`~desktop.core.translate.TranslationError` with the reason."""
    from ...core.translate import TranslationError, Translator
    from ...core.translate import errors
    from ...core.translate.providers import _install_timeouts

    translator = Translator(config, None, online=True, attempts=1)
    _install_timeouts()  # the HTTP client's first import is not the server's time
    start = time.monotonic()
    try:
        found = translator.translate_sentences([TEST_SENTENCE])
    except TranslationError as err:
        err.label = translator.label
        raise
    if TEST_SENTENCE not in found:  # cancelled or nothing: say so as garbage
        err = TranslationError(errors.GARBAGE, f"{translator.label} sent back no English.")
        err.label = translator.label
        raise err
    return translator.label, time.monotonic() - start, found[TEST_SENTENCE].english


class ChatServerRows(QObject):
    """The rows of the chat server in the Translation page's form (shown when it is the provider)."""

    def __init__(self, page: QWidget, timeout, resized=None) -> None:
        super().__init__(page)
        self._page = page
        #: called when the result text changed (the page grows the dialog to show it whole)
        self._resized = resized or (lambda: None)
        #: the page's timeout in seconds, as the spin box shows it now
        self._timeout = timeout
        self.url = QLineEdit(page)
        self.url.setObjectName("chatUrl")
        self.url.setPlaceholderText("http://localhost:11434/v1")
        self.model = QLineEdit(page)
        self.model.setObjectName("chatModel")
        self.model.setPlaceholderText("qwen2.5:7b-instruct")
        self.key = QLineEdit(page)
        self.key.setObjectName("apiKey_chat")
        self.key.setEchoMode(QLineEdit.Password)
        reveal = QAction(self.key)
        reveal.setCheckable(True)
        reveal.setIcon(action_icon("view-reveal"))
        reveal.toggled.connect(lambda on: self.key.setEchoMode(QLineEdit.Normal if on else QLineEdit.Password))
        self.key.addAction(reveal, QLineEdit.TrailingPosition)
        self.remember = QCheckBox(page)
        self.test_button = QPushButton(page)
        self.test_button.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)
        self.test_button.clicked.connect(self.test)
        self.result = QLabel(page)
        self.result.setObjectName("chatTestResult")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.PlainText)
        self.result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self._labels = [QLabel(page) for _ in range(3)]
        for label, buddy in zip(self._labels, (self.url, self.model, self.key)):
            label.setBuddy(buddy)
        self._loaded = ("", "", False)
        self._task = None

    # -- the form --------------------------------------------------------------------------------
    def add_to(self, form: QFormLayout) -> None:
        for label, field in zip(self._labels, (self.url, self.model, self.key)):
            form.addRow(label, field)
        form.addRow("", self.remember)
        form.addRow("", self.test_button)
        form.addRow(self.result)

    def rows(self) -> list[QWidget]:
        """The field of each row (what QFormLayout.setRowVisible takes)."""
        return [self.url, self.model, self.key, self.remember, self.test_button, self.result]

    def inputs(self) -> list[QWidget]:
        return [self.url, self.model, self.key, self.remember, self.test_button]

    def bindings(self) -> list[Binding]:
        return [
            Binding(keys.CHAT_URL, lambda: self.url.text().strip(), self.url.setText),
            Binding(keys.CHAT_MODEL, lambda: self.model.text().strip(), self.model.setText),
        ]

    # -- the key ---------------------------------------------------------------------------------
    def load_key(self) -> None:
        """Show the key kept for the server the settings name (the URL field holds it by now)."""
        from ...core.translate import api_keys

        url = self.url.text().strip()
        key = (api_keys.stored_key("chat", url) or "") if url else ""
        remembered = bool(key) and api_keys.is_remembered("chat", url)
        self.key.setText(key)
        self.remember.setChecked(remembered)
        self._loaded = (url, key, remembered)

    def apply_key(self) -> None:
        """Keep the key shown for the server now named, held or in the keyring; "" forgets it."""
        from ...core.translate import api_keys

        url, key, remember = self.url.text().strip(), self.key.text().strip(), self.remember.isChecked()
        if (url, key, remember) == self._loaded or not url:
            return
        api_keys.keep_key("chat", url, key, remember=remember)
        self._loaded = (url, key, remember and api_keys.is_remembered("chat", url))

    # -- Test Connection ---------------------------------------------------------------------------
    def config(self):
        from ...core.translate import ProviderConfig

        return ProviderConfig(
            "chat",
            api_key=self.key.text().strip() or None,
            url=self.url.text().strip() or None,
            model=self.model.text().strip() or None,
            timeout=float(self._timeout()),
        )

    def test(self) -> None:
        """Ask the server to translate one sentence, in a worker; the result label says how it went."""
        if self._task is not None:
            return
        self.test_button.setEnabled(False)
        self.result.setText(self.tr("Testing the connection…"))
        self._task = tasks.start(
            tasks.Task(test_connection, self.config()), self._on_tested, self._on_failed, owner=self
        )

    def _on_tested(self, result) -> None:
        label, seconds, english = result
        self._done(
            self.tr("Connected: %1 translated a test sentence in %2 s with its figures kept (“%3”).")
            .replace("%1", label)
            .replace("%2", f"{seconds:.2f}")
            .replace("%3", english)
        )

    def _on_failed(self, err: BaseException) -> None:
        from ..services.messages import translation_error_text

        label = getattr(err, "label", None)
        kind = getattr(err, "kind", None)
        if kind == "garbage":  # connected, but the model is not up to the task
            self._done(
                self.tr(
                    "%1 answered, but not with a usable translation of the test sentence "
                    "(its lines or figures did not match): try another model."
                ).replace("%1", label or "")
            )
            return
        if kind is not None:
            text = translation_error_text(err, label or "")
        else:
            text = tasks.describe(err)
        self._done(self.tr("Not connected: %1").replace("%1", text))

    def _done(self, text: str) -> None:
        self._task = None
        self.result.setText(text)
        self.test_button.setEnabled(self.url.isEnabled())
        self._resized()

    # -- state -----------------------------------------------------------------------------------
    def set_enabled(self, on: bool) -> None:
        for widget in self.inputs():
            widget.setEnabled(on and (widget is not self.test_button or self._task is None))
        from ...core.translate import api_keys

        self.remember.setEnabled(on and api_keys.key_store() == api_keys.KEYRING)

    def retranslate(self) -> None:
        from ...core.translate import api_keys

        for label, text in zip(
            self._labels, (self.tr("Server &base URL:"), self.tr("&Model:"), self.tr("Server API &key:"))
        ):
            label.setText(text)
        self.url.setAccessibleName(self.tr("Translation server base URL"))
        self.url.setToolTip(
            self.tr("An OpenAI-compatible server: Ollama http://host:11434/v1, llama.cpp or vLLM http://host:8080")
        )
        self.model.setAccessibleName(self.tr("Model name on the translation server"))
        self.key.setAccessibleName(self.tr("Translation server API key"))
        self.key.setPlaceholderText(self.tr("optional"))
        self.key.actions()[0].setToolTip(self.tr("Show or hide the key"))
        if api_keys.key_store() == api_keys.KEYRING:
            self.remember.setText(self.tr("Remember the key in the system keyring (never in the settings)"))
        else:
            self.remember.setText(
                self.tr("No system keyring here: the key is kept for this session only, never in the settings")
            )
        self.remember.setAccessibleName(self.tr("Remember the server API key"))
        self.test_button.setText(self.tr("Te&st Connection"))
        self.test_button.setAccessibleName(self.tr("Test the connection to the translation server"))
        self.test_button.setToolTip(self.tr("Sends one test sentence to the server and says what came back"))
