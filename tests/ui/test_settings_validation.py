"""Settings are checked on read; a damaged settings file is set aside (issue 14, items 13 and 14)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop.ui.services import settings as keys
from desktop.ui.services.settings import MAX_SETTINGS_BYTES, Settings, set_aside_damaged_file, settings_file_path


@pytest.mark.parametrize(
    "key,bad",
    [
        (keys.FONT_SIZE, 100000),
        (keys.FONT_SIZE, -5),
        (keys.FONT_SIZE, "huge"),
        (keys.FONT_SIZE, "12.5"),
        (keys.ENGLISH_FONT_SIZE, 100000),
        (keys.ZOOM, 400),
        (keys.HOVER_DELAY_MS, 0),
        (keys.PROVIDER_TIMEOUT, "nan"),
        (keys.PROVIDER_TIMEOUT, "inf"),
        (keys.PROVIDER_TIMEOUT, 1e9),
        (keys.SHOW_PINYIN, "maybe"),
        (keys.THEME, "neon"),
        (keys.SCRIPT, 3),
        (keys.CHINESE_FONT, "x" * 100_000),
        (keys.RECENT_FILES, [f"/f{i}.txt" for i in range(5000)]),
    ],
)
def test_a_bad_value_reads_as_the_default_and_is_reported_once(key, bad):
    store = QSettings()
    store.setValue(key.name, bad)
    s = Settings(store)
    assert s.get(key) == key.default
    assert [name for name, _ in s.take_problems()] == [key.name]
    assert s.get(key) == key.default and s.take_problems() == []  # removed: not reported at every start
    assert not store.contains(key.name)


@pytest.mark.parametrize(
    "key,good",
    [
        (keys.FONT_SIZE, 14),
        (keys.FONT_SIZE, "18"),
        (keys.ZOOM, -3),
        (keys.PROVIDER_TIMEOUT, "2.5"),
        (keys.SHOW_PINYIN, "true"),
        (keys.THEME, "dark"),
        (keys.HOVER_DELAY_MS, 3000),
    ],
)
def test_a_good_value_is_kept(key, good):
    store = QSettings()
    store.setValue(key.name, good)
    s = Settings(store)
    value = s.get(key)
    assert (
        value == key.type(float(good) if key.type in (int, float) else good) if key.type is not bool else value is True
    )
    assert s.take_problems() == []


def test_font_size_100000_in_the_file_gives_the_default_font_and_a_message(qtbot, seed_path):
    from desktop.ui.shell.main_window import MainWindow

    store = QSettings()
    store.setValue(keys.FONT_SIZE.name, 100000)
    store.sync()
    settings = Settings()
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.open_path(seed_path, wait=True)
    window.report_settings_problems()
    assert window.reader.document().defaultFont().pointSizeF() < 100
    assert window.banner.isVisible() and "display/fontSize = 100000" in window.banner._label.text()


def _settings_file() -> "os.PathLike":
    path = settings_file_path()
    assert path == type(path)(QSettings().fileName())  # found without reading the file
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def test_50_mb_of_garbage_is_moved_aside_at_once_and_replaced(qtbot, seed_path, monkeypatch):
    path = _settings_file()
    with open(path, "wb") as fh:
        block = os.urandom(1024 * 1024)
        for _ in range(50):
            fh.write(block)
    inode = path.stat().st_ino
    reads = []
    read_bytes = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: reads.append(self) or read_bytes(self))
    aside = set_aside_damaged_file()
    assert reads == []  # judged by its size, not read
    assert aside is not None and aside.exists() and aside.stat().st_size == 50 * 1024 * 1024
    assert aside.stat().st_ino == inode  # renamed, not copied
    assert not path.exists()
    s = Settings()
    s.set(keys.FONT_SIZE, 14)
    s.sync()
    assert path.stat().st_size < 1024 and Settings().get(keys.FONT_SIZE) == 14
    assert set_aside_damaged_file() is None  # once: the fresh file is fine


@pytest.mark.parametrize("content", [b"\x00\x01garbage\xff\xfe" * 100, b"[a\nb=c\n", os.urandom(4096)])
def test_a_settings_file_that_does_not_parse_is_set_aside(content):
    path = _settings_file()
    path.write_bytes(content)
    aside = set_aside_damaged_file()
    assert aside is not None and aside.read_bytes() == content and not path.exists()


def test_a_good_settings_file_is_left_alone():
    s = Settings()
    s.set(keys.THEME, "dark")
    s.sync()
    path = settings_file_path()
    before = path.read_bytes()
    assert set_aside_damaged_file() is None and path.read_bytes() == before
    assert len(before) < MAX_SETTINGS_BYTES
