"""The text pane draws soft hyphens (U+00AD) inside Russian and English words: helpers that
find and compare the drawn text as a reader sees it."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QTextCursor, QTextDocument

SOFT_HYPHEN = "\u00ad"


def find_shown(doc: QTextDocument, needle: str, start: int = 0,
               case_sensitive: bool = False) -> QTextCursor:
    """`needle` in the drawn document, a soft hyphen allowed between any two characters."""
    pattern = f"{SOFT_HYPHEN}?".join(QRegularExpression.escape(ch) for ch in needle)
    flags = (QTextDocument.FindFlag.FindCaseSensitively if case_sensitive
             else QTextDocument.FindFlag(0))  # Qt sets the pattern's case option from these
    return doc.find(QRegularExpression(pattern), start, flags)


def unhyphenated(text: str) -> str:
    return text.replace(SOFT_HYPHEN, "")
