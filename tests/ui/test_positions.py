"""Article offsets ↔ reader document positions, with English blocks in between (no widgets needed)."""

from __future__ import annotations

from desktop.ui.reader.document import EnglishPlaced, Placed
from desktop.ui.reader.positions import Positions


def _two_blocks_with_english_between() -> Positions:
    # article "一二三。\n四五。": block 0 is [0, 4) at doc 0; its English at doc 5-15; block 1 is [5, 8) at doc 16
    placed = [Placed(0, 4, 0, 0, 4), Placed(5, 8, 5, 16, 19)]
    return Positions(None, placed, [EnglishPlaced(5, 15, 0)])


def test_offsets_and_positions_round_trip_and_english_belongs_to_no_offset():
    positions = _two_blocks_with_english_between()
    for offset in (0, 3, 5, 7):
        assert positions.article_offset(positions.doc_position(offset)) == offset
    assert positions.doc_position(6) == 17
    assert positions.article_offset(10) is None  # inside the English block
    assert positions.english_sentence_at(10) == 0 and positions.english_sentence_at(17) is None
    assert positions.english_doc_spans(0, [(0, 3), (8, 20)]) == [(5, 8)]  # a span past the block's end is dropped
    assert positions.block_index(17) == 1 and positions.block_index(-1) == -1


def test_an_empty_document_maps_to_its_start():
    positions = Positions()
    assert positions.doc_position(12) == 0 and positions.article_offset(3) is None and positions.english_of(0) == []
