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
    _collector = GuiThreadCollector()  # while it lives, the automatic collector is off
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


def _make_a_full_collection_due() -> list:
    gc.collect()
    for _ in range(gc.get_threshold()[2] + 1):  # gen-1 collections since the last full one
        for _ in range(gc.get_threshold()[1] + 1):
            gc.collect(0)
        gc.collect(1)
    for _ in range(gc.get_threshold()[1] + 1):
        gc.collect(0)
    return [[i] for i in range(gc.get_threshold()[0] * 2)]  # and gen 0 past its threshold


def test_a_full_collection_waits_until_enough_long_lived_objects_are_new(qapp):
    """As CPython decides: with as many long-lived objects as there were, a due full collection
    is a gen-1 one (70 ms of the GUI thread on a 4 MB report, for nothing)."""
    collector = GuiThreadCollector()
    junk = _make_a_full_collection_due()
    assert collector.check() == 1
    del junk  # (its deallocations would count against the next allocations)
    collector._long_lived = 0  # everything in the oldest generation is new since the last full one
    collector._next_full_check = 0.0
    junk = _make_a_full_collection_due()
    assert collector.check() == 2
    del junk
