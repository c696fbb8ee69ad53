"""The tables both stores share, in the SQL both speak, and the glossary a team keeps in its library.

Each store adds its own full-text index: SQLite an FTS5 trigram table beside ``texts``,
PostgreSQL an array of script-folded unigrams and bigrams in ``texts`` (see the stores).
``{id}`` is the store's auto-increment key type, ``{real}`` its floating type.
"""

from __future__ import annotations

TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
    id {id},
    path TEXT NOT NULL UNIQUE,      -- a folder or a .jsonl corpus (see paths.py for names that are not UTF-8)
    kind TEXT NOT NULL,             -- 'folder' or 'jsonl'
    mtime_ns BIGINT, size BIGINT,   -- of a .jsonl file when it was last indexed completely
    complete INTEGER NOT NULL DEFAULT 0,
    added_at {real} NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    id {id},
    source_id BIGINT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    key TEXT NOT NULL UNIQUE,       -- file path, or corpus path + '#' + record id
    path TEXT,                      -- the file (or the corpus) the document comes from
    corpus_id TEXT,                 -- the record's id (or url, or line number) in a corpus
    title TEXT NOT NULL,
    date TEXT,                      -- ISO date when known
    year INTEGER,
    url TEXT,
    length INTEGER NOT NULL,        -- characters of Article.text
    hash TEXT NOT NULL,             -- of the bytes (file) or the record's fields (corpus)
    mtime_ns BIGINT, size BIGINT,
    fact_count INTEGER NOT NULL,
    sections INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_source ON documents(source_id);
CREATE TABLE IF NOT EXISTS facts (
    id {id},
    doc_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL, label TEXT NOT NULL, folded_label TEXT NOT NULL,
    value {real}, value_high {real},    -- numbers; a range is [value, value_high]
    unit TEXT, qualifier TEXT, text TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    sentence_start INTEGER, sentence_end INTEGER,
    data TEXT NOT NULL              -- every field of the Fact as JSON (records.py): new fields land here
);
CREATE INDEX IF NOT EXISTS facts_doc ON facts(doc_id);
CREATE INDEX IF NOT EXISTS facts_kind ON facts(kind);
CREATE TABLE IF NOT EXISTS phrase_chars (ch TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS failures (
    source_id BIGINT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    path TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (source_id, path)
);
-- The team's glossary: a term (either script, one entry whatever the script: ``folded``) and its English.
CREATE TABLE IF NOT EXISTS glossary (
    folded TEXT PRIMARY KEY,
    term TEXT NOT NULL,
    english TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT '',  -- person, organization, place, term, or ''
    note TEXT NOT NULL DEFAULT '',
    updated_at {real} NOT NULL
);
"""

#: Every table a library of the current format has (the FTS index is checked by each store).
REQUIRED = ("meta", "sources", "documents", "texts", "facts", "phrase_chars", "failures", "glossary")


def statements(script: str) -> list[str]:
    """The statements of ``script``, comments removed (run one by one inside a transaction)."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
