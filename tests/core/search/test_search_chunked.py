"""Chunked scanning finds exactly what one scan finds (the UI relies on it to stay responsive)."""

from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from desktop.core.search.terms import chunked_finditer


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="观音桥a1\n ", max_size=400),
    st.sampled_from(["观音", "a1", "桥", r"^观", r"音$", r"\d+"]),
    st.integers(1, 40),
)
def test_chunked_scan_equals_single_scan(text, pattern, chunk):
    compiled = re.compile(pattern, re.M)
    assert [m.span() for m in chunked_finditer(compiled, text, chunk)] == [m.span() for m in compiled.finditer(text)]
