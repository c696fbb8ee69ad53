"""Where a clause or a sentence ends: the stop patterns the facts core searches for, in one place.

Each is named for what it stops at. They differ on purpose, and each variant says how it differs from
:data:`CLAUSE_END`; unifying two of them changes what the extractor finds, so it is a rule of its own, measured
like any other.
"""

from __future__ import annotations

import re

#: A clause ends at a comma, a semicolon, a colon, a full stop, a question or exclamation mark, or a line break.
CLAUSE_END = re.compile(r"[，,；;：:。！？!?\n]")
#: :data:`CLAUSE_END`, and 、 too: it also stops at the items of a list (规模明显大于去年 is another predicate's).
CLAUSE_OR_ITEM_END = re.compile(r"[，,、；;：:。！？!?\n]")
#: :data:`CLAUSE_END` but a colon: what a colon introduces stays in the clause.
CLAUSE_END_NOT_COLON = re.compile(r"[，,；;。！？!?\n]")
#: :data:`CLAUSE_END` but an ASCII comma before three digits: that is a thousands separator (3,500萬元).
CLAUSE_END_NOT_THOUSANDS = re.compile(r"[，；;：:。！？!?\n]|,(?!\d{3})")
#: :data:`CLAUSE_END_NOT_COLON` after any spaces, but not a line break: for ``match`` right after a word.
SPACED_CLAUSE_END = re.compile(r"\s*[，,；;。！？!?]")
#: Only a comma or a colon: the ends of the clauses inside one sentence part (、 joins the items of one clause).
COMMA_OR_COLON = re.compile(r"[，,：:]")
#: A sentence ends at a full stop, a question or exclamation mark, or a line break; a `；` does not end it.
SENTENCE_END = re.compile(r"[。！？!?\n]")
#: :data:`SENTENCE_END` but a line break: only punctuation ends the sentence.
SENTENCE_END_NOT_NEWLINE = re.compile(r"[。！？!?]")
