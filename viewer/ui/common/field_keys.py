"""Keys that belong to the focused control, not to a window-wide shortcut.

A window (or pane) shortcut is matched before the focused widget sees the key: Esc in the
find bar cleared the selection instead of closing the bar, and Home in the map's Year box
showed the disputed islands instead of choosing the first year. The control accepts Qt's
ShortcutOverride for its keys, then gets the key press itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class _KeyClaim(QObject):
    def __init__(self, widget: QWidget, keys: set[Qt.Key],
                 on_key: Callable[[], None] | None) -> None:
        super().__init__(widget)
        self._keys, self._on_key = keys, on_key

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) \
                and isinstance(event, QKeyEvent) and event.key() in self._keys \
                and not event.modifiers():
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # "this key is mine": the shortcut does not fire
                return False
            if self._on_key is not None:  # else the widget handles the key as usual
                self._on_key()
                return True
        return False


def keep_escape(field: QLineEdit, on_escape: Callable[[], None] | None = None) -> None:
    """Esc in `field` calls `on_escape` (default: empty the field) instead of clearing
    the window's selection."""
    field.installEventFilter(_KeyClaim(field, {Qt.Key.Key_Escape}, on_escape or field.clear))


def keep_keys(widget: QWidget, *keys: Qt.Key) -> None:
    """These unmodified keys do what they do in `widget` (Home/End in a combo box)."""
    widget.installEventFilter(_KeyClaim(widget, set(keys), None))
