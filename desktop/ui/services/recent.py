"""A "Recent …" menu filled from a list of paths: one builder for recent documents and recent libraries."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtWidgets import QMenu


def fill_recent(
    menu: QMenu,
    paths: list[str],
    open_path: Callable[[str], None],
    *,
    empty_text: str,
    clear_text: str,
    clear: Callable[[], None],
    label: Callable[[str], str] | None = None,
) -> None:
    """``menu`` lists ``paths`` as ``&1 name`` … (tooltip: the full path), then Clear List;
    ``empty_text`` (disabled) when there are none. The texts come translated from the caller.
    ``label`` names an entry (default: the path's file name)."""
    menu.clear()
    for i, path in enumerate(paths):
        action = menu.addAction(f"&{(i + 1) % 10} {label(path) if label else Path(path).name}")
        action.setToolTip(path)
        action.triggered.connect(lambda checked=False, p=path: open_path(p))
    if not paths:
        menu.addAction(empty_text).setEnabled(False)
    else:
        menu.addSeparator()
        menu.addAction(clear_text, clear)
