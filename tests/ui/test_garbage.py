"""Cyclic garbage is collected on the GUI thread, never by whichever worker allocates."""
from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QWidget

from desktop.ui.shell.garbage import GuiThreadCollector


def _dead_widget_in_a_cycle() -> weakref.ref:
    widget = QWidget()
    widget.me = widget  # the shape of a closed window whose lambda slot holds it
    return weakref.ref(widget)


def test_a_worker_that_allocates_does_not_collect_a_dead_widget_but_the_gui_thread_does(qapp):
    collector = GuiThreadCollector()
    assert not gc.isenabled()
    dead = _dead_widget_in_a_cycle()

    def allocate():  # far past every threshold: the automatic collector would have run here
        junk = [[i] for i in range(200_000)]
        del junk

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert dead() is not None  # nothing was collected in the worker
    gc.collect()  # what the collector's timer does on the GUI thread
    assert dead() is None


def test_check_collects_only_when_a_generation_is_due(qapp):
    collector = GuiThreadCollector()
    gc.collect()
    assert collector.check() == -1
    junk = [[i] for i in range(gc.get_threshold()[0] * 3)]
    assert collector.check() == 0
    del junk
