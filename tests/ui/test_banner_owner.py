"""A message belongs to the document and the action that raised it; F5 says what it did (issue 20.7)."""

from __future__ import annotations

from desktop.ui.services import settings as keys

from hang_guards import REACT_MS


def test_a_translation_error_leaves_with_its_document_and_with_the_next_good_run(
    qtbot, tmp_path, online_window, fake_google
):
    doc = tmp_path / "new.txt"
    doc.write_text("新的标题\n今天天气很好。我们去观音桥。\n", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("另一篇\n明天下雨。\n", encoding="utf-8")
    window = online_window
    window.show()
    window.open_path(doc, wait=True)
    fake_google.stop()  # the provider cannot be reached
    window.english.set_online(True)
    qtbot.waitUntil(lambda: window.english.is_idle() and window.banner.isVisible(), timeout=REACT_MS)
    assert window.banner.key == "online" and window.banner.text()
    # Another document (online off: with it on, the new document's own attempt fails and says so):
    # the message was about the first one.
    window.english.set_online(False)
    assert window.banner.isVisible()
    window.open_path(other, wait=True)
    assert not window.banner.isVisible()
    # And on the empty page.
    window.open_path(doc, wait=True)
    window.settings.set(keys.ONLINE_TRANSLATION, True)
    window.actions["translate_now"].trigger()
    qtbot.waitUntil(lambda: window.english.is_idle() and window.banner.key == "online", timeout=REACT_MS)
    window.close_document()
    assert not window.banner.isVisible()


def test_a_message_of_another_action_is_not_taken_back(qtbot, open_window):
    window = open_window()
    window.banner.show_info("something else", key="library")
    window.services.clear_message("online")
    assert window.banner.isVisible() and window.banner.text() == "something else"
    window.services.clear_message("library")
    assert not window.banner.isVisible()


def test_f5_says_what_it_did(qtbot, tmp_path, online_window, fake_google):
    doc = tmp_path / "f5.txt"
    doc.write_text("标题\n今天天气很好。我们去观音桥。\n", encoding="utf-8")
    window = online_window
    window.show()
    window.open_path(doc, wait=True)
    window.settings.set(keys.ONLINE_TRANSLATION, True)
    window.actions["translate_now"].trigger()
    assert window.banner.isVisible() and window.banner.text() == "Translating 3 sentences…"
    qtbot.waitUntil(window.english.is_idle, timeout=REACT_MS)
    assert not window.banner.isVisible()  # done: the running message is taken back
    window.actions["translate_now"].trigger()
    assert window.banner.isVisible() and window.banner.text() == "All 3 sentences already have English."


def test_opening_a_document_whose_english_is_known_says_nothing(qtbot, tmp_path, online_window, fake_google):
    """Seen in the real window: with online translation on, every document opened said "All 38
    sentences already have English." though nobody asked; F5 still says it (above)."""
    doc = tmp_path / "known.txt"
    doc.write_text("标题\n今天天气很好。我们去观音桥。\n", encoding="utf-8")
    window = online_window
    window.show()
    window.settings.set(keys.ONLINE_TRANSLATION, True)
    window.open_path(doc, wait=True)
    qtbot.waitUntil(window.english.is_idle, timeout=REACT_MS)  # the first open fetched the English
    window.close_document()
    window.open_path(doc, wait=True)
    qtbot.waitUntil(window.english.is_idle, timeout=REACT_MS)
    assert not window.banner.isVisible(), window.banner.text()
    window.actions["translate_now"].trigger()
    assert window.banner.isVisible() and window.banner.text() == "All 3 sentences already have English."
