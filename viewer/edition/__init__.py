"""The edition as it leaves the app: one walk over the passages of the chosen languages with
every paragraph's status, sources and variants, and every missing paragraph as a gap
(``walk``); the one place that words a paragraph's status (``status``); and the writers on
that walk: Markdown (``markdown``) and TEI P5 (``tei``). The PDF writer needs Qt and lives in
``viewer.ui.text.pdf_export``; it builds its HTML from the same walk.

May import: ``viewer.corpus`` (citations included), ``viewer.paths``, and the annotation
store's public API (read-only). Never PySide6, never ``viewer.ui``.
"""
