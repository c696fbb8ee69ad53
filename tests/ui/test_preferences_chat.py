"""Preferences ▸ Translation for the team's own server (issue 23.6): base URL and model persist, the key
never reaches the settings, and Test Connection says in one sentence what the fake server did."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core.translate import api_keys
from desktop.ui.preferences.dialog import PreferencesDialog
from desktop.ui.services import settings as keys

from hang_guards import WORK_MS

KEY = "sk-team-SECRET-9d0e"


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch):
    """This machine has no keyring; a developer's may: the session store is what is under test."""
    monkeypatch.setattr(api_keys, "real_keyring", lambda: None)
    monkeypatch.setattr(api_keys, "_HELD", {})


@pytest.fixture
def fake(monkeypatch):
    from fake_provider import FakeProvider

    for var in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    with FakeProvider() as server:
        yield server


def make_dialog(qtbot) -> PreferencesDialog:
    dialog = PreferencesDialog(keys.Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.translation_page)
    return dialog


def choose_chat(page, url="http://127.0.0.1:9/v1", model="qwen2.5:7b"):
    page.online.setChecked(True)
    page.provider.set_value("chat")
    page.chat.url.setText(url)
    page.chat.model.setText(model)


def test_the_server_rows_show_only_for_the_chat_provider(qtbot):
    dialog = make_dialog(qtbot)
    page = dialog.translation_page
    page.online.setChecked(True)
    page.provider.set_value("google")
    assert not page.chat.url.isVisible() and not page.chat.test_button.isVisible()
    choose_chat(page)
    assert all(w.isVisible() for w in (page.chat.url, page.chat.model, page.chat.key, page.chat.test_button))
    assert not page.libre_url.isVisible() and not page.key_edits["deepl"].isVisible()
    assert "your team's server" in page.explanation.text() and "unencrypted" in page.explanation.text()
    assert "HTTPS" not in page.explanation.text()
    # the dialog grows to the wrapped explanation's height: it was squeezed to one unreadable line
    label = page.explanation
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()) > 2 * label.fontMetrics().height())
    page.chat.url.setText("https://llm.example.org/v1")
    assert "unencrypted" not in page.explanation.text()
    page.online.setChecked(False)  # offline: nothing to test, nothing is sent
    assert not page.chat.test_button.isEnabled() and not page.chat.url.isEnabled()


def test_url_and_model_persist_and_the_key_never_reaches_the_settings(qtbot, isolated_settings):
    dialog = make_dialog(qtbot)
    page = dialog.translation_page
    choose_chat(page, url="http://10.1.2.3:8080", model="llama3.1:8b")
    page.chat.key.setText(KEY)
    assert not page.chat.remember.isEnabled()  # no keyring here: session only, and it says so
    assert "session only" in page.chat.remember.text()
    changed = dialog.apply()
    assert {"translate/provider", "translate/chatUrl", "translate/chatModel"} <= changed
    restarted = keys.Settings(QSettings())
    assert restarted.get(keys.PROVIDER) == "chat" and restarted.get(keys.CHAT_MODEL) == "llama3.1:8b"
    assert restarted.get(keys.CHAT_URL) == "http://10.1.2.3:8080"
    QSettings().sync()
    stored = "".join(p.read_text(errors="replace") for p in isolated_settings.rglob("*") if p.is_file())
    assert "llama3.1:8b" in stored and KEY not in stored  # the settings file was written, without the key
    assert api_keys.stored_key("chat", "http://10.1.2.3:8080/v1") == KEY
    reopened = make_dialog(qtbot)
    assert reopened.translation_page.chat.key.text() == KEY
    api_keys._HELD.clear()  # a restart: the key is asked for again
    assert make_dialog(qtbot).translation_page.chat.key.text() == ""


def test_a_key_typed_for_one_server_is_not_sent_to_the_next(qtbot):
    dialog = make_dialog(qtbot)
    page = dialog.translation_page
    choose_chat(page, url="http://10.1.2.3:8080")
    page.chat.key.setText(KEY)
    dialog.apply()
    page.chat.url.setText("http://10.9.9.9:8080")
    page.chat.key.clear()
    dialog.apply()
    assert api_keys.stored_key("chat", "http://10.9.9.9:8080") is None
    assert api_keys.stored_key("chat", "http://10.1.2.3:8080") == KEY


def test_the_window_sends_the_key_the_preferences_kept(qtbot, fake, tmp_path, monkeypatch):
    from desktop.ui.shell.main_window import MainWindow

    monkeypatch.setenv("FACT_BROWSER_CACHE_DIR", str(tmp_path / "cache"))
    dialog = make_dialog(qtbot)
    choose_chat(dialog.translation_page, url=fake.chat_url, model="m1")
    dialog.translation_page.chat.key.setText(KEY)
    dialog.apply()
    window = MainWindow()
    qtbot.addWidget(window)
    translator = window.english.sources.translator(online=True)
    assert translator.config.name == "chat" and translator.config.model == "m1"
    assert translator.config.api_key == KEY and translator.config.url == fake.chat_url


def run_test(qtbot, page) -> str:
    page.chat.test_button.click()
    assert not page.chat.test_button.isEnabled() and "Testing" in page.chat.result.text()
    qtbot.waitUntil(lambda: page.chat.test_button.isEnabled(), timeout=WORK_MS)
    return page.chat.result.text()


def test_test_connection_success_is_one_sentence_with_the_answer(qtbot, fake):
    dialog = make_dialog(qtbot)
    page = dialog.translation_page
    choose_chat(page, url=fake.chat_url, model="qwen")
    page.chat.key.setText(KEY)
    text = run_test(qtbot, page)
    assert text.startswith("Connected: 127.0.0.1:") and "(qwen)" in text and "5.2%" in text
    assert text.count(". ") == 0 and "\n" not in text
    shown = (page.explanation, page.chat.result)  # the dialog grew for the result: nothing clipped
    qtbot.waitUntil(lambda: all(label.height() >= label.heightForWidth(label.width()) for label in shown))
    (request,) = fake.chat_requests()
    assert request["authorization"] == f"Bearer {KEY}" and request["stream"] == "false"
    assert QSettings().value("translate/chatUrl") is None  # a test stores nothing


@pytest.mark.parametrize(
    "behaviour,phrase",
    [
        ("401", "needs a valid API key"),
        ("404", "has no model of that name"),
        ("500", "had a server error"),
        ("notjson", "not with a usable translation"),
        ("figures", "not with a usable translation"),
        ("hang", "did not answer in time"),
    ],
)
def test_test_connection_failures_are_one_clear_sentence(qtbot, fake, behaviour, phrase):
    fake.script.append(behaviour)
    dialog = make_dialog(qtbot)
    page = dialog.translation_page
    choose_chat(page, url=fake.chat_url)
    page.timeout.setValue(1)
    text = run_test(qtbot, page)
    connected = behaviour in ("notjson", "figures")  # it answered: not a connection failure
    assert text.startswith("127.0.0.1:" if connected else "Not connected: ") and phrase in text, text
    assert "Error" not in text and "Traceback" not in text and len(fake.requests) == 1


def test_test_connection_to_nothing_listening(qtbot):
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    closed = f"http://127.0.0.1:{s.getsockname()[1]}/v1"
    s.close()
    dialog = make_dialog(qtbot)
    page = dialog.translation_page
    choose_chat(page, url=closed)
    assert "Not connected: Could not reach 127.0.0.1:" in run_test(qtbot, page)


def test_test_connection_without_a_model_says_so(qtbot, fake):
    dialog = make_dialog(qtbot)
    page = dialog.translation_page
    choose_chat(page, url=fake.chat_url, model="")
    assert "needs the name of a model" in run_test(qtbot, page) and fake.requests == []


def test_ok_keeps_the_key_too(qtbot):
    dialog = make_dialog(qtbot)
    choose_chat(dialog.translation_page, url="http://10.4.4.4:8000")
    dialog.translation_page.chat.key.setText(KEY)
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    assert api_keys.stored_key("chat", "http://10.4.4.4:8000") == KEY


def _window_on_chat(qtbot, fake, tmp_path, monkeypatch, *, online: bool):
    from desktop.ui.shell.main_window import MainWindow

    monkeypatch.setenv("FACT_BROWSER_CACHE_DIR", str(tmp_path / "cache"))
    settings = keys.Settings()
    settings.set(keys.PROVIDER, "chat")
    settings.set(keys.CHAT_URL, fake.chat_url)
    settings.set(keys.CHAT_MODEL, "qwen")
    settings.set(keys.ONLINE_EXPLAINED, True)
    settings.set(keys.ONLINE_TRANSLATION, online)
    api_keys.keep_key("chat", fake.chat_url, KEY, remember=False)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def test_with_online_off_the_chosen_chat_server_gets_nothing(qtbot, fake, tmp_path, monkeypatch):
    doc = tmp_path / "new.txt"
    doc.write_text("新的标题\n今年增长5.2%。我们去观音桥。\n", encoding="utf-8")
    window = _window_on_chat(qtbot, fake, tmp_path, monkeypatch, online=False)
    window.open_path(doc, wait=True)
    window.english.translate_document()  # online is off: it says so, and sends nothing
    qtbot.waitUntil(window.english.is_idle, timeout=WORK_MS)
    assert fake.requests == [] and window.english.english_for_sentence(0) is None


def test_the_window_translates_through_the_chat_server_and_keeps_it_cached(qtbot, fake, tmp_path, monkeypatch):
    doc = tmp_path / "new.txt"
    doc.write_text("新的标题\n今年增长5.2%。投资45亿元。\n", encoding="utf-8")
    fake.script.append("figures")  # the first batch changes figures: asked again sentence by sentence
    window = _window_on_chat(qtbot, fake, tmp_path, monkeypatch, online=False)
    window.english.set_mode("interleaved")
    window.open_path(doc, wait=True)
    window.english.set_online(True)
    qtbot.waitUntil(window.english.is_idle, timeout=WORK_MS)
    shown = window.reader.toPlainText()
    assert "EN(今年增长5.2%。)" in shown and "EN(投资45亿元。)" in shown
    assert "6.3" not in shown and "56" not in shown  # the changed figures never showed
    assert [r["user"] for r in fake.chat_requests()][1:] == ["1. 今年增长5.2%。", "1. 投资45亿元。"]
    assert all(r["authorization"] == f"Bearer {KEY}" for r in fake.chat_requests())
    assert window.english.flagged_sentences() == []


def test_every_mnemonic_on_the_chat_server_page_is_unique(qtbot):
    """Alt+C was Test Connection and the Cache tab at once: Qt then only moves the focus between them."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    dialog = make_dialog(qtbot)
    choose_chat(dialog.translation_page)
    texts = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    for widget in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel):
        if widget.isVisible():
            texts.append(widget.text())
    letters = [m.group(1).lower() for text in texts for m in re.finditer(r"&([^&\s])", text)]
    assert len(letters) >= 8 and sorted(set(letters)) == sorted(letters), letters


def test_the_translation_page_opens_unclipped_when_the_server_is_already_chosen(qtbot):
    """The dialog is sized for the Display page; the Translation page's long texts were clipped."""
    settings = keys.Settings()
    settings.set(keys.PROVIDER, "chat")
    settings.set(keys.ONLINE_TRANSLATION, True)
    settings.set(keys.CHAT_URL, "http://127.0.0.1:9/v1")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    qtbot.wait(100)  # laid out for the Display page, as the user first sees it
    page = dialog.translation_page
    dialog.tabs.setCurrentWidget(page)
    label = page.explanation
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()) > 2 * label.fontMetrics().height())
