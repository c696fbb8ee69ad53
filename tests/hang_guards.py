"""How long a test waits before it calls something hung: hang guards, never speed limits.

A wall-clock limit in a test is a benchmark in disguise, and it fails exactly
when the machine is busy (issue 20, item 1). So a test may only wait for a
state, and give up after a guard at least 10x the slowest time measured for
what it waits on. Measured on this 2-core machine (2026-12) with every wait of
the suite recorded at its call site, twice: with ``stress-ng --cpu 2`` beside
the suite, and once more with a second full suite running as well (load
average 9). The slowest of the two is quoted. How fast things are is measured
by ``make bench``.

Waits whose measured time is far below pytest-qt's default of 5 s (a click,
a repaint) keep that default; everything slower names one of these.
"""

from __future__ import annotations

#: the window reacting to one event: a signal, a resize, a popup, a search on the bundled
#: article, a document opening. Slowest measured: 0.96 s.
REACT_MS = 30_000

#: background work in the window on the bundled article, a small hostile file or a small
#: library: reader layout, facts with names, the search index, translations, a library build.
#: Slowest measured: 8.8 s.
WORK_MS = 120_000

#: the heaviest battery case through one path (facts of a one-line 1 MB file, names model
#: included), in the window or one terminal call. Slowest measured: 324 s (55 s with only
#: stress-ng beside the suite).
HEAVY_S = 3600
HEAVY_MS = HEAVY_S * 1000

#: the whole terminal battery in one process (half of the cases, six subcommands each).
#: Slowest measured: 400 s (107 s with only stress-ng beside the suite).
BATTERY_RUN_S = 4800
