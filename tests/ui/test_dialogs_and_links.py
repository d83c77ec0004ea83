"""Messages are plain text; links follow DESIGN.md's rules (own scheme in-app, http(s) only
after the user confirms, everything else refused)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from viewer.corpus.refs import Ref
from viewer.ui.common import dialogs, links
from viewer.ui.common.selection import Selection


def test_message_text_is_never_rich(qtbot) -> None:
    seen: dict = {}

    def inspect() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["format"], seen["text"] = box.textFormat(), box.text()
        box.accept()

    QTimer.singleShot(0, inspect)
    dialogs.warn(None, "bad file: <a href='file:///etc/passwd'>x</a>")
    assert seen["format"] == Qt.TextFormat.PlainText
    assert "<a href" in seen["text"]


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    calls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: calls.append(url.toString()))
    return calls


def test_app_links_select(corpus, opened) -> None:
    sel = Selection()
    assert links.handle_link(QUrl("dv:place/shikotan"), corpus, sel) == "selected"
    assert sel.current == Ref("place", "shikotan")
    assert links.handle_link("dv:note/nothing-here", corpus, sel) == "ignored"
    assert opened == []


@pytest.mark.parametrize("url", ["file:///etc/passwd", "javascript:alert(1)",
                                 "data:text/html,<b>x</b>", "ftp://example.org/", "mailto:a@b"])
def test_other_schemes_are_refused_and_logged(corpus, opened, url: str, caplog) -> None:
    assert links.handle_link(url, corpus, Selection()) == "refused"
    assert opened == [] and "refused" in caplog.text


def test_web_links_open_only_after_confirmation(corpus, opened, monkeypatch) -> None:
    answers = iter([False, True])
    asked: list[str] = []

    def confirm(parent, url):  # noqa: ANN001, ANN202
        asked.append(url)
        return next(answers)

    monkeypatch.setattr(links, "confirm_external", confirm)
    url = "https://example.org/treaty"
    assert links.handle_link(url, corpus, Selection()) == "cancelled"
    assert opened == []
    assert links.handle_link(url, corpus, Selection()) == "opened"
    assert opened == [url] and asked == [url, url]
