"""The user's annotations and supplied text: plain Python, no Qt (tested without it).

One job a module:
- ``model``: the Annotation record and its small checks (ids, colours, tags, times);
- ``anchor``: W3C selectors and the anchoring chain (position, then quote, then fuzzy, else orphan);
- ``store``: :class:`~.store.AnnotationStore`, its reads and writes with change events
  (and the re-exported public names of the modules below);
- ``opening``: opening the file safely (folder, foreign, damaged, locked, read-only) and
  :func:`~.opening.open_store`, which moves a damaged store aside;
- ``schema``: the schema, ``PRAGMA user_version`` and the forward migrations;
- ``records``: one record as rows (insert, delete, read back, validate);
- ``note_search``: filters and full-text search over the notes;
- ``reanchoring``: re-checking every stored quote against the current texts;
- ``errors``: the store's errors;
- ``limits``: the note-size limit and its check, shared by the editor, imports, the
  store and supplied text;
- ``supplies``: wording a reader supplies from an edition (checks, laid over the shipped
  text, the W3C "editing" form); ``supply_rows``: its table in the store;
- ``fts`` and ``search``: safe FTS5 queries and the shipped corpus's search index;
- ``formats/``: the exchange formats (W3C, Hypothesis, CSV, Markdown) on one core.

May import: ``viewer.corpus`` (the passage ids and IRIs), ``viewer.escaping``, the
standard library and sqlite-utils; never PySide6 and never ``viewer.ui``.
"""
