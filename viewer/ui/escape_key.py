"""Esc in a field belongs to the field, not to the window's "Clear selection" (Esc).

A window-wide shortcut is matched before the focused widget sees the key, so without this
Esc in the find bar cleared the selection instead of closing the bar. The field accepts
Qt's ShortcutOverride for Esc, then gets the key press itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit


class _EscapeFilter(QObject):
    def __init__(self, field: QLineEdit, on_escape: Callable[[], None]) -> None:
        super().__init__(field)
        self._on_escape = on_escape

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) \
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape \
                and not event.modifiers():
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # "this key is mine": the shortcut does not fire
            else:
                self._on_escape()
            return kind == QEvent.Type.KeyPress
        return False


def keep_escape(field: QLineEdit, on_escape: Callable[[], None] | None = None) -> None:
    """Esc in `field` calls `on_escape` (default: empty the field) instead of clearing
    the window's selection."""
    field.installEventFilter(_EscapeFilter(field, on_escape or field.clear))
