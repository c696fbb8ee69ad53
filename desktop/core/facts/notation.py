"""How a period is written for people: the one rendering of the date notation (issue 20.8).

The facts panel, every copy and export and the CLI's text output show a period
through :func:`period_text`; JSON keeps the structured form of
:mod:`facts.dates` (``Y[-1]-07``, ``1998/2002``), which programs read.

- ISO periods stay as they are: ``2020``, ``2024-H1``, ``2020-Q3``, ``2022-08-30``.
- A span joins its ends with an en dash: ``1998/2002`` → ``1998–2002``.
- A period relative to an unknown document date writes its offset with a
  minus sign: ``Y[-1]-07`` → ``Y−1-07``, ``Y-M[-1]`` → ``Y-M−1``, ``Y[+1]`` → ``Y+1``.
"""

from __future__ import annotations

import re

_OFFSET = re.compile(r"([YMD])\[([+-])(\d+)\]")


def period_text(period: str | None) -> str:
    """``period`` as people read it (``""`` for none): see the module's rules."""
    if not period:
        return ""
    shown = _OFFSET.sub(lambda m: m.group(1) + ("−" if m.group(2) == "-" else "+") + m.group(3), period)
    return shown.replace("/", "–")
