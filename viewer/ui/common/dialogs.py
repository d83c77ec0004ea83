"""Message boxes that show their text as plain text.

QMessageBox guesses rich text from content, and its label opens links without asking: a
message quoting a file or an exception must never become HTML. (QMessageBox and its enums
are looked up only when a box is shown: building them costs start-up time.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def show_message(parent: QWidget | None, icon: str, title: str, text: str,
                 buttons: tuple[str, ...] = ("Ok",), default: str | None = None) -> str:
    """Show a box; `icon` and the buttons are QMessageBox names ("Warning", "Open"...).
    Returns the name of the button pressed."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    button = QMessageBox.StandardButton
    flags = button.NoButton
    for name in buttons:
        flags |= getattr(button, name)
    box = QMessageBox(getattr(QMessageBox.Icon, icon), title, text, flags, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default is not None:
        box.setDefaultButton(getattr(button, default))
    pressed = button(box.exec())
    return next((name for name in buttons if getattr(button, name) == pressed), "")


def warn(parent: QWidget | None, text: str, title: str = "Declaration Viewer") -> None:
    show_message(parent, "Warning", title, text)


def inform(parent: QWidget | None, text: str, title: str = "Declaration Viewer") -> None:
    show_message(parent, "Information", title, text)


def error(parent: QWidget | None, text: str, title: str = "Declaration Viewer") -> None:
    show_message(parent, "Critical", title, text)


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    """A question with two buttons named as QMessageBox names them ("Open", "Cancel")."""
    return show_message(parent, "Question", title, text, (yes, no), no) == yes
