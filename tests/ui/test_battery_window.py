"""The hardening battery (issue 14) through the window: each hostile input is opened, as
File ▸ Open does (in a worker), in a window that already shows the seed.

A refusal must leave the seed open with one clear sentence in the banner and
no traceback; an accepted file must open with its text intact and every
background job (reader layout, facts, search index) must finish. No case may
open a socket; memory stays bounded.
"""

from __future__ import annotations

import re
import resource
import socket

import pytest

from battery_inputs import Case, case_names, make_cases
from hang_guards import HEAVY_MS

_NAMES = case_names()


@pytest.fixture(scope="module")
def window_cases(tmp_path_factory):
    return {c.name: c for c in make_cases(tmp_path_factory.mktemp("battery-window"))}


@pytest.mark.parametrize("name", _NAMES)
def test_window(open_window, qtbot, seed_path, window_cases, name, monkeypatch):
    connects = []

    def refuse(self, address, *args):
        connects.append(address)
        raise OSError("the battery allows no network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    case: Case = window_cases[name]
    window = open_window(seed_path)
    seed = window.article
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    failed, opened = [], []
    window.openFailed.connect(failed.append)
    window.articleChanged.connect(opened.append)
    window.open_path(case.path)  # in a worker, as File ▸ Open does
    qtbot.waitUntil(lambda: bool(failed or opened), timeout=HEAVY_MS)
    if case.refusal:
        assert failed and not opened
        assert window.article is seed, "the previous document must stay open"
        message = window.banner._label.text()
        assert window.banner.isVisible() and "\n" not in message and "Traceback" not in message
        assert case.refusal in message and message == failed[0]
        assert not re.match(r"^[A-Za-z]*(Error|Exception)\b", message), message
    else:
        assert opened and not failed
        assert window.article is not seed
        for part in case.text_has:
            assert part in window.article.text
        for part in case.text_lacks:
            assert part not in window.article.text
        if case.warning:
            assert window.banner.isVisible() and case.warning in window.banner._label.text()
        qtbot.waitUntil(window.is_idle, timeout=HEAVY_MS)  # reader, facts, search: all finish
        # nothing failed on the way (facts of 1e400 once ended in "Facts could not be extracted")
        shown = window.banner._label.text() if window.banner.isVisible() else ""
        assert shown == "" or (case.warning and case.warning in shown), shown
    assert connects == []
    # the process's peak only grows: judge how far this case raised it
    assert (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before) < 1000 * 1024
