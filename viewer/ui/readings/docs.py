"""The detail view's documents, kept by HTML so a selection change does not re-lay them out.

`QTextBrowser.setHtml` clears the document (the scroll bar hides, the width changes), parses
and lays the rich text out again, often twice: ~5 ms for a table of readings. A document
parsed once and swapped in with `setDocument` keeps its layout at an unchanged width.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser

CACHED = 24  # documents kept (a few KB each)


class DetailDocuments:
    """Shows HTML in a browser through a small most-recently-used set of documents."""

    def __init__(self, browser: QTextBrowser, owner: QObject, size: int = CACHED) -> None:
        self.browser, self.owner, self.size = browser, owner, size
        self._docs: dict[str, QTextDocument] = {}  # html -> document, oldest first

    def show(self, html: str) -> None:
        if self.browser.document() is self._docs.get(html):
            return  # the same text again: nothing to parse, lay out or repaint
        doc = self._docs.pop(html, None)
        font = self.browser.font()
        if doc is None:
            # Parented to the owner, not the browser: setDocument deletes a document that
            # is the browser's child when another one replaces it.
            doc = QTextDocument(self.owner)
            doc.setDefaultFont(font)
            doc.setHtml(html)
        elif doc.defaultFont() != font:
            doc.setDefaultFont(font)
        self._docs[html] = doc
        self.browser.setDocument(doc)
        self.browser.verticalScrollBar().setValue(0)  # a new text starts at its top,
        self.browser.horizontalScrollBar().setValue(0)  # as after setHtml
        while len(self._docs) > self.size:
            old = self._docs.pop(next(iter(self._docs)))
            old.deleteLater()
