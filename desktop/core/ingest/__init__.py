"""Ingestion: files and pasted text become an :class:`~desktop.core.document.Article`.

Decoding and normalising, the readers of each format (plain text, Markdown,
HTML, PDF, Word) and the structure builder that turns their blocks into an
article's sections, paragraphs and sentences. Nothing here imports Qt.
"""
