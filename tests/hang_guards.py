"""How long a test waits before it calls something hung: hang guards, never speed limits.

A wall-clock limit in a test is a benchmark in disguise, and it fails exactly
when the machine is busy (issue 20, item 1). So a test may only wait for a
state, and give up after a guard at least 10x the slowest time measured for
what it waits on, with the suite running on this 2-core machine and
``stress-ng --cpu 2`` beside it (2026-12, every wait of the suite recorded with
its call site). How fast things are is measured by ``make bench``.

Waits whose measured time is far below pytest-qt's default of 5 s (a click,
a repaint) keep that default; everything slower names one of these.
"""
from __future__ import annotations

#: the window reacting to one event: a signal, a resize, a popup, a search on the bundled
#: article. Slowest measured with the machine loaded: 0.9 s.
REACT_MS = 30_000

#: background work in the window on the bundled article or a small hostile file: reader
#: layout, facts with names, the search index, translations. Slowest measured loaded: 3.6 s.
WORK_MS = 120_000

#: the heaviest battery case through one path (facts of a one-line 1 MB file, names model
#: included), in the window or one terminal call. Slowest measured loaded: 55 s.
HEAVY_S = 900
HEAVY_MS = HEAVY_S * 1000

#: the whole terminal battery in one process (half of the cases, six subcommands each).
#: Slowest measured loaded: 107 s.
BATTERY_RUN_S = 1800
