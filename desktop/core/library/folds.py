"""The script fold the library indexes and queries with (the one document search uses)."""

from __future__ import annotations


def script_fold():
    """The process-wide :class:`ScriptFold`, its table cached in the user cache folder."""
    from ..paths import user_cache_dir
    from ..search.folding import shared_fold

    return shared_fold(user_cache_dir() / "script-fold.json")


def fold_text(text: str) -> tuple[str, str]:
    """``(folded, phrased)`` of a document's text, both as long as ``text``; ``phrased`` is ``""``
    when the phrase-level fold adds nothing (always so for Simplified text)."""
    fold = script_fold()
    folded = fold.chars(text)
    phrased = fold.phrases(text) if _may_differ(text, folded) else folded
    return folded, ("" if phrased == folded else phrased)


def fold_query(text: str) -> str:
    """A query or label folded character by character (script, width, case)."""
    return script_fold().chars(text)


def query_variants(word: str) -> list[str]:
    """The distinct folds of one query word: character level, then phrase level."""
    return script_fold().variants(word)


def _may_differ(text: str, folded: str) -> bool:
    # Phrase-level t2s only changes Traditional text; text the character fold left
    # untouched has nothing for it to do, and skipping it saves OpenCC's pass.
    return text != folded
