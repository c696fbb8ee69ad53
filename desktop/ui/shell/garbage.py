"""Python's cyclic garbage collection, on the GUI thread only.

CPython collects in whichever thread happens to allocate when a generation's
threshold is crossed. A closed window whose wrappers sit in a reference cycle
(a lambda slot that holds its widget) is then destroyed by a *worker*: Qt
widgets deleted off the GUI thread, and shiboken deadlocks. Seen in the suite:
a worker collecting inside ``json.loads`` held a Qt mutex in ``~QMenu`` and
waited for the GIL, while the GUI thread held the GIL and waited for that mutex.

So automatic collection stays off for the whole GUI session and
:class:`GuiThreadCollector` runs the generation that is due from a timer on the
GUI thread, the way the automatic collector would have (pyqtgraph's
``GarbageCollector`` does the same). Start-up's objects are frozen out of every
scan first: they live as long as the process.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

#: the collector of this process, once one was started
active: "GuiThreadCollector | None" = None


class GuiThreadCollector(QObject):
    """Turns automatic collection off and collects on the GUI thread every ``interval_ms``."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        gc.disable()
        self._threshold = gc.get_threshold()
        #: objects in the oldest generation after the last full collection
        self._long_lived = len(gc.get_objects(generation=2))
        self._next_full_check = 0.0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def stop(self) -> None:
        """Automatic collection again (tests, which come and go; the app never stops it)."""
        self._timer.stop()
        gc.collect()
        gc.enable()

    def check(self) -> int:
        """Collect the oldest generation whose count passed its threshold; returns it, or -1 for none."""
        counts = gc.get_count()
        generation = -1
        for level, (count, threshold) in enumerate(zip(counts, self._threshold)):
            if count <= threshold:
                break
            generation = level
        if generation == 2 and not self._full_collection_due():
            generation = 1
        if generation >= 0:
            gc.collect(generation)
            if generation == 2:
                self._long_lived = len(gc.get_objects(generation=2))
        return generation

    def _full_collection_due(self) -> bool:
        """CPython's own rule: a full collection only once what reached the oldest generation since
        the last one is a quarter of what was there. A 4 MB report keeps ~350,000 objects alive and
        a full collection of them takes ~70 ms of the GUI thread: not every 100 s for nothing.
        Counting the generation costs ~5 ms, so it is asked at most every 10 s."""
        now = time.monotonic()
        if now < self._next_full_check:
            return False
        self._next_full_check = now + 10.0
        return len(gc.get_objects(generation=2)) - self._long_lived > self._long_lived // 4


def start(parent: QObject) -> GuiThreadCollector:
    """Freeze what exists now (start-up's modules, Qt wrappers, the first document) and collect
    on the GUI thread from here on. Once per process: a later freeze would also pin whatever
    garbage the session had made by then."""
    global active
    if active is None:
        gc.freeze()
        active = GuiThreadCollector(parent)
    return active
