"""Changing a QSortFilterProxyModel's filter the way each Qt version wants."""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QSortFilterProxyModel


@contextmanager
def filter_change(proxy: QSortFilterProxyModel):
    """Wrap a change to the filter's inputs: Qt ≥ 6.9 wants begin/endFilterChange,
    older versions ``invalidateFilter()`` (deprecated since)."""
    begin = getattr(proxy, "beginFilterChange", None)
    if begin is not None:
        begin()
        try:
            yield
        finally:
            proxy.endFilterChange()
    else:
        yield
        proxy.invalidateFilter()
