"""Message boxes that show their text as plain text.

QMessageBox guesses rich text from content, and its label opens links without asking: a
message quoting a file or an exception must never become HTML.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Icon = QMessageBox.Icon
Button = QMessageBox.StandardButton


def show_message(parent: QWidget | None, icon: Icon, title: str, text: str,
                 buttons: Button = Button.Ok, default: Button = Button.NoButton) -> Button:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    return Button(box.exec())


def warn(parent: QWidget | None, text: str, title: str = "Declaration Viewer") -> None:
    show_message(parent, Icon.Warning, title, text)


def inform(parent: QWidget | None, text: str, title: str = "Declaration Viewer") -> None:
    show_message(parent, Icon.Information, title, text)


def error(parent: QWidget | None, text: str, title: str = "Declaration Viewer") -> None:
    show_message(parent, Icon.Critical, title, text)


def ask(parent: QWidget | None, title: str, text: str, yes: Button, no: Button) -> bool:
    return show_message(parent, Icon.Question, title, text, yes | no, no) == yes
