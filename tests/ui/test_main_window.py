"""The main window on the seed: sections, scrolling, bad files, drag-and-drop, screenshot."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from desktop.ui.shell.main_window import MainWindow

from hang_guards import REACT_MS, WORK_MS


def test_seed_opens_with_four_sections(open_window, qtbot, seed_path):
    window = open_window(size=(1000, 700))
    model = window.navigator.model()
    titles = [model.index(r, 0).data(Qt.UserRole).title for r in range(model.rowCount())]
    assert titles == [
        "",
        "实干如虹 做好惠企兴商的“店小二”",
        "担当如铁 下好服务大局的“先手棋”",
        "初心如磐 筑牢战疫抗疫的“保障线”",
    ]
    assert window.reader.toPlainText().startswith("江北区观音桥商圈管理办公室")
    assert "guanyinqiao" in window.windowTitle()


def test_document_positions_map_exactly_to_article_offsets(open_window, qtbot, seed_path):
    window = open_window(size=(1000, 700))
    article = window.article
    shown = window.reader.toPlainText()
    for needle in ("545.3亿元", "担当如铁", "谢佳"):
        offset = article.text.index(needle)
        pos = window.reader.doc_position(offset)
        assert shown[pos : pos + len(needle)] == needle
        assert window.reader.article_offset(pos) == offset


def test_selecting_a_section_scrolls_the_reader_to_it(open_window, qtbot, seed_path):
    window = open_window(size=(1000, 700))
    bar = window.reader.verticalScrollBar()
    assert bar.maximum() > 0
    for row in (2, 3):
        window.navigator.setCurrentIndex(window.navigator.model().index(row, 0))
        heading = window.reader.cursorRect(_cursor_at(window, window.article.sections[row].heading_start))
        assert 0 <= heading.top() and heading.bottom() <= window.reader.viewport().height()
        assert window.navigator.current_section_index() == row  # not re-selected by the scroll
    assert bar.value() > 0


def _cursor_at(window, offset):
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.doc_position(offset))
    return cursor


def test_scrolling_the_reader_selects_the_section_in_view(open_window, qtbot, seed_path):
    window = open_window(size=(1000, 700))
    cursor = _cursor_at(window, window.article.sections[2].heading_start)
    y = window.reader.document().documentLayout().blockBoundingRect(cursor.block()).top()
    window.reader.verticalScrollBar().setValue(int(y))  # as a user's wheel would
    qtbot.waitUntil(lambda: window.navigator.current_section_index() == 2)


def test_bad_file_shows_a_message_and_keeps_the_document(open_window, qtbot, seed_path, tmp_path):
    window = open_window(size=(1000, 700))
    bad = tmp_path / "photo.txt"
    bad.write_bytes(bytes(range(256)) * 50)
    with qtbot.waitSignal(window.openFailed, timeout=REACT_MS):
        window.open_path(bad)
    assert window.banner.isVisible()
    assert "binary" in window.banner.text()
    assert window.article is not None and window.article.title.startswith("江北区")
    assert window.navigator.model().rowCount() == 4


def test_dropping_a_file_opens_it(open_window, qtbot, seed_path, tmp_path):
    window = open_window(size=(1000, 700))
    doc = tmp_path / "dropped.md"
    doc.write_text("# 标题\n\n## 一节\n\n内容。\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(doc))])
    event = QDropEvent(QPoint(10, 10).toPointF(), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    with qtbot.waitSignal(window.articleChanged, timeout=REACT_MS):
        window.dropEvent(event)
    assert window.article.title == "标题"
    assert str(doc) in window.settings.get(__import__("desktop.ui.services.settings", fromlist=["x"]).RECENT_FILES)[0]


def test_paste_as_new_document(open_window, qtbot, seed_path, qapp):
    window = open_window(size=(1000, 700))
    qapp.clipboard().setText("标题行\n第一句话。第二句话。")
    window.actions["paste"].trigger()
    assert window.article.title == "标题行"
    assert len(window.article.sentences) == 2
    # Nothing pasted is lost: a copy is kept and listed under Open Recent.
    kept = window.path
    assert kept is not None and kept.read_text(encoding="utf-8") == "标题行\n第一句话。第二句话。"
    from desktop.ui.services.settings import RECENT_FILES

    assert window.settings.get(RECENT_FILES)[0] == str(kept.resolve())
    window.open_path(seed_path, wait=True)
    window.open_path(kept, wait=True)
    assert window.article.title == "标题行"
    qapp.clipboard().setText("")
    window.actions["paste"].trigger()
    assert window.banner.isVisible() and window.article.title == "标题行"


def test_window_geometry_is_remembered(open_window, qtbot, seed_path):
    window = open_window(size=(1000, 700))
    # The offscreen screen is 800x600: stay inside it so nothing is clamped.
    window.resize(700, 500)
    window.splitter.setSizes([250, 450])
    qtbot.waitExposed(window)
    chosen = window.splitter.sizes()[0]
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert (again.size().width(), again.size().height()) == (700, 500)
    assert again.splitter.sizes()[0] == chosen


def test_screenshot_option_writes_a_non_blank_png(tmp_path, seed_path):
    out = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--screenshot", str(out), "--size", "900x600", str(seed_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)
    colours = {image.pixel(x, y) for x in range(0, 900, 7) for y in range(0, 600, 7)}
    assert len(colours) > 20  # text, not a blank window


def test_long_document_is_laid_out_in_the_background(open_window, qtbot, seed_path, tmp_path):
    from desktop.ui.reader.view import BACKGROUND_CHARS

    body = seed_path.read_text(encoding="utf-8")
    long_doc = tmp_path / "long.txt"
    long_doc.write_text("\n".join([body] * (BACKGROUND_CHARS // len(body) + 2)), encoding="utf-8")
    window = open_window(size=(1000, 700))
    with qtbot.waitSignal(window.reader.busyChanged, timeout=REACT_MS) as started:
        window.open_path(long_doc, wait=True)
    assert started.args == [True]
    assert window.reader.is_building()
    qtbot.waitUntil(lambda: not window.reader.is_building(), timeout=WORK_MS)
    assert window.reader.article() is window.article
    offset = window.article.text.rindex("545.3亿元")
    pos = window.reader.doc_position(offset)
    assert window.reader.toPlainText()[pos : pos + 7] == "545.3亿元"


def test_each_file_on_the_command_line_opens_in_its_own_window(qtbot, seed_path, tmp_path, monkeypatch, qapp):
    from desktop.ui.shell import app as app_module
    from desktop.ui.shell.main_window import MainWindow

    second = tmp_path / "second.md"
    second.write_text("# 第二篇\n\n## 一节\n\n内容。\n", encoding="utf-8")
    titles = {"第二篇", "江北区观音桥商圈管理办公室荣获全国“人民满意的公务员集体”"}

    def windows():
        return [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]

    def event_loop(self):  # the app's exec(): run until both documents are in, then "quit"
        qtbot.waitUntil(lambda: {w.article.title for w in windows() if w.article} >= titles, timeout=WORK_MS)
        return 0

    monkeypatch.setattr(type(qapp), "exec", event_loop)
    assert app_module.run_gui([str(seed_path), str(second)]) == 0
    shown = [w for w in windows() if w.article and w.article.title in titles]
    assert len(shown) == 2 and shown[0] is not shown[1]
    for w in shown:
        qtbot.addWidget(w)


def test_an_unexpected_error_in_a_slot_becomes_a_message(open_window, qtbot, seed_path, capsys, qapp):
    """Issue 20.10: a desktop launch has no console. The error is logged to the user's log file and
    said in plain words (no class name) with Copy Details (version, platform, traceback) and the log's path."""
    from desktop import __version__
    from desktop.core import diagnostics
    from desktop.ui.shell import app as app_module

    log = diagnostics.start_log()
    assert log is not None and str(log).startswith(os.environ["FACT_BROWSER_LOG_DIR"])
    window = open_window(size=(1000, 700))
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=REACT_MS)

    def failing_slot():
        return {}["a key nobody set"]

    for _ in range(3):  # one dialog, however often it fails
        try:
            failing_slot()
        except KeyError as err:
            app_module._report_unexpected(type(err), err, err.__traceback__)
    dialog = qapp.activeModalWidget() or next(
        w for w in qapp.topLevelWidgets() if w.objectName() == "errorDialog" and w.isVisible()
    )
    assert dialog.objectName() == "errorDialog" and "(3 times)" in dialog.windowTitle()
    assert "a key nobody set" in dialog.text() and "KeyError" not in dialog.text() and "was missing" in dialog.text()
    assert str(log) in dialog.informativeText()
    copy = dialog.findChild(QPushButton, "copyDetails")
    copy.click()
    copied = QGuiApplication.clipboard().text()
    assert dialog.isVisible() and f"Fact Browser {__version__}" in copied and "Python 3." in copied
    assert "Traceback" in copied and "failing_slot" in copied and "KeyError" in copied
    written = log.read_text(encoding="utf-8")
    assert written.count("KeyError: 'a key nobody set'") == 3 and "ERROR desktop" in written
    dialog.done(0)
    assert window.article is not None
    assert "Traceback" in capsys.readouterr().err


def test_a_small_window_keeps_the_reader_readable_and_the_navigator_follows_it(open_window, qtbot):
    from desktop.ui.shell.main_window import READER_MIN_EMS

    window = open_window(size=(1400, 900))
    reader = window.reader
    em = reader.fontMetrics().horizontalAdvance("中")
    window.resize(800, 600)

    def readable() -> None:
        assert window.width() <= 1000
        assert reader.width() >= READER_MIN_EMS * em  # was ~100 px: words broke mid-letter
        assert window.navigator.width() < reader.width()

    qtbot.waitUntil(readable, timeout=REACT_MS)
    # In a section's middle, widen the window: the text reflows under a still scroll bar,
    # and the navigator follows what the reader now shows at its top.
    section = window.article.sections[2]
    middle = section.paragraphs[len(section.paragraphs) // 2].start
    reader.scroll_to_offset(middle)
    qtbot.wait(50)
    window.resize(1100, 700)

    def navigator_follows() -> None:
        assert window.width() == 1100
        bar = reader.verticalScrollBar()
        shown = reader.bottom_offset() if bar.value() >= bar.maximum() > 0 else reader.top_offset()
        top = window.article.section_at(shown)
        assert top is not None and window.navigator.current_section_index() == top.index

    qtbot.waitUntil(navigator_follows, timeout=REACT_MS)


def test_after_close_the_window_says_what_to_do(open_window, qtbot, monkeypatch, seed_path):
    window = open_window()
    window.settings.add_recent(str(seed_path))
    window.actions["close"].trigger()
    assert window.article is None
    shown = window.reader.toPlainText()
    assert "No document open" in shown and "Open a document" in shown and "Paste text" in shown
    assert seed_path.name in shown  # a recent document, one click away
    opened = []
    monkeypatch.setattr(window.menus, "open_dialog", lambda: opened.append("dialog"))
    window.reader.anchorClicked.emit(QUrl("fact-browser:open"))
    assert opened == ["dialog"]
    window.reader.anchorClicked.emit(QUrl("fact-browser:recent/0"))
    qtbot.waitUntil(lambda: window.article is not None, timeout=REACT_MS)
    assert window.path == seed_path


def _link_point(reader, href: str):
    """The middle of the link ``href`` in the reader's viewport."""
    from PySide6.QtGui import QTextCursor

    block = reader.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(reader.document())
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                return reader.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link {href}")


def test_a_click_on_a_link_of_the_reader_acts(open_window, qtbot, monkeypatch, seed_path):
    """Seen in the real window: the links were painted but a click only moved the caret (the reader's
    interaction flags left links out), so "Turn on online translation" and the empty page's
    "Open a document…" and recent documents did nothing. Clicked here as a person does."""
    window = open_window()
    window.settings.add_recent(str(seed_path))
    window.actions["close"].trigger()
    opened = []
    monkeypatch.setattr(window.menus, "open_dialog", lambda: opened.append("dialog"))
    viewport = window.reader.viewport()
    QTest.mouseClick(viewport, Qt.LeftButton, Qt.NoModifier, _link_point(window.reader, "fact-browser:open"))
    assert opened == ["dialog"]
    QTest.mouseClick(viewport, Qt.LeftButton, Qt.NoModifier, _link_point(window.reader, "fact-browser:recent/0"))
    qtbot.waitUntil(lambda: window.article is not None, timeout=REACT_MS)
    assert window.path == seed_path


def test_reading_position_and_facts_filter_survive_a_relaunch(open_window, qtbot, seed_path):
    window = open_window(size=(900, 600))
    section = window.article.sections[2]
    window.reader.scroll_to_offset(section.start, top=True)
    qtbot.wait(20)
    window.facts.panel.kind_filter.setCurrentIndex(1)
    window.facts.panel.text_filter.setText("亿元")
    window.close()
    again = open_window(size=(900, 600))  # a new window: what a relaunch builds
    assert again.article.section_at(again.reader.top_offset()).index == section.index
    assert again.navigator.current_section_index() == section.index
    assert again.facts.panel.kind_filter.currentIndex() == 1
    assert again.facts.panel.text_filter.text() == "亿元"


def _screenshot_env(tmp_path) -> dict:
    import os

    return dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen")


def test_screenshot_leaves_the_users_settings_as_they_were(tmp_path, seed_path):
    """A one-shot render must not put its --size into the remembered geometry or its file into Recent."""
    from desktop.ui.services.settings import GEOMETRY, RECENT_FILES

    out = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--screenshot", str(out), "--size", "640x480", str(seed_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=_screenshot_env(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    from PySide6.QtCore import QSettings

    written = [
        key
        for path in (tmp_path / "config").rglob("*.conf")
        for key in QSettings(str(path), QSettings.IniFormat).allKeys()
    ]
    assert GEOMETRY.name not in written and RECENT_FILES.name not in written, written


def _start_up_probe(code: str, tmp_path, seed_path) -> subprocess.CompletedProcess:
    """``code`` in a fresh interpreter, given the screenshot path and the seed as its argv."""
    return subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "shot.png"), str(seed_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=_screenshot_env(tmp_path),
    )


def test_start_up_freezes_its_objects_and_collects_on_the_gui_thread_only(tmp_path, seed_path):
    """gc is off on the way to the first paint; afterwards start-up's objects are frozen out of its
    scans and collection runs from a GUI-thread timer, never in a worker (garbage.py)."""
    code = (
        "import gc, sys\n"
        "from desktop.ui.shell.app import run_gui\n"
        "from desktop.ui.shell import garbage\n"
        "status = run_gui(['--screenshot', sys.argv[1], sys.argv[2]])\n"
        "print(status, gc.isenabled(), garbage.active is not None, gc.get_freeze_count())\n"
    )
    result = _start_up_probe(code, tmp_path, seed_path)
    assert result.returncode == 0, result.stderr[-800:]
    status, automatic, on_gui_thread, frozen = result.stdout.split()
    assert (status, automatic, on_gui_thread) == ("0", "False", "True"), result.stderr
    assert int(frozen) > 10_000


def test_start_up_spares_pyside_work_the_window_does_not_need(tmp_path, seed_path):
    """Two costs bare Qt never pays, on the way to the first paint (issue 22.8): PySide reading the
    source of each module imported after it, for ``__feature__`` switches the app never selects
    (~120 files), and PySide loading every QtWidgets class the first time it wraps a scroll area's
    viewport (``viewport.py``). QWizard stands for the classes no window of the app uses; QIcon
    (its enums: ~2 ms) is first needed by the icons, set once the window has painted, and a
    dialog's class (~1.3 ms each) when it is opened."""
    code = (
        "import linecache, sys\n"
        "from desktop.ui.shell.app import run_gui\n"
        "status = run_gui(['--screenshot', sys.argv[1], sys.argv[2]])\n"
        "from PySide6 import QtCore, QtGui, QtWidgets\n"
        "unused = [(QtWidgets, 'QWizard'), (QtGui, 'QIcon'), (QtWidgets, 'QFileDialog'), (QtWidgets, 'QMessageBox')]\n"
        "loaded = [name for module, name in unused + [(QtCore, 'QUrl')] if name in vars(module)]\n"
        "import desktop.ui.library.window\n"  # imported after start-up, as a feature is
        "print(status, loaded, sorted(name for name in linecache.cache if 'desktop' in name))\n"
    )
    result = _start_up_probe(code, tmp_path, seed_path)
    assert result.returncode == 0, result.stderr[-800:]
    assert result.stdout.strip() == "0 [] []"


def test_the_window_says_when_it_first_painted(qtbot, seed_path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(seed_path, wait=True)
    with qtbot.waitSignal(window.firstPainted, timeout=REACT_MS):
        window.show()


def test_side_docks_give_way_before_the_reader_and_take_their_width_back(open_window, qtbot):
    """Qt keeps a dock's width on resize: at 800 px the facts table kept ~430 px and the reader its bare minimum."""
    window = open_window(size=(1400, 900))
    dock = window.facts.dock
    qtbot.waitExposed(window)
    qtbot.wait(50)
    window.side_panels.remember()  # what the first paint does, once the sizes are final
    wide, navigator = dock.width(), window.navigator.width()
    comfortable = window.side_panels.comfortable_width()
    window.resize(800, 600)

    # The layout settles over a few events: wait for that state, not for a fixed time (a busy
    # machine once needed more than 2 s); an assertion still failing at the guard is reported.
    def gave_way() -> None:
        at_minimum = dock.width() <= max(dock.minimumSizeHint().width(), dock.minimumWidth()) + 2
        assert dock.width() < wide
        assert window.reader.width() >= comfortable or at_minimum, (window.reader.width(), comfortable, dock.width())

    qtbot.waitUntil(gave_way, timeout=REACT_MS)
    window.resize(1400, 900)

    def took_back() -> None:
        widths = (window.width(), dock.width(), window.navigator.width())
        assert widths[0] == 1400 and abs(widths[1] - wide) <= 2 and abs(widths[2] - navigator) <= 2, (
            widths,
            wide,
            navigator,
        )

    qtbot.waitUntil(took_back, timeout=REACT_MS)


def test_reading_position_comes_back_for_a_document_opened_through_a_symlink(open_window, qtbot, seed_path, tmp_path):
    """It was saved under the resolved path and looked up under the link's, so it never came back."""
    link = tmp_path / "linked.zh.txt"
    link.symlink_to(seed_path)
    window = open_window(link, size=(900, 600))
    section = window.article.sections[2]
    window.reader.scroll_to_offset(section.start, top=True)
    qtbot.wait(20)
    window.close()
    again = open_window(link, size=(900, 600))
    assert again.article.section_at(again.reader.top_offset()).index == section.index
