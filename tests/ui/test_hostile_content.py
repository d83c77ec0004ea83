"""Hostile notes are shown safely: HTML and scripts as text, bidi overrides neutralised,
a 1 MB note and 100,000 tags displayed without hanging; dark palettes stay readable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSize, QUrl
from PySide6.QtGui import QColor, QPalette, QTextCursor
from PySide6.QtWidgets import QToolTip
from shown_text import find_shown

from viewer.annotations.model import new_annotation
from viewer.corpus.refs import Ref
from viewer.escaping import safe_text
from viewer.ui.common.markdown_view import markdown_to_html
from viewer.ui.common.selection import Selection
from viewer.ui.text.pane import TextPane

RLO = "\u202e"


@pytest.fixture
def setup(qtbot, corpus, service, prefs):
    pane = TextPane(corpus, Selection(), prefs, annotations=service)
    qtbot.addWidget(pane)
    pane.resize(1000, 700)
    pane.show()
    qtbot.waitExposed(pane)
    return pane, service, corpus


def _add(service, corpus, note: str, tags: list[str]) -> str:  # noqa: ANN001
    text = corpus.passage("en", "art-9").text
    start = text.index("Habomai Islands")
    a = new_annotation("en", "art-9", text, start, start + 15, note=note, tags=tags)
    service.add(a)
    return a.id


def test_script_html_and_bidi_are_inert(setup) -> None:
    pane, service, corpus = setup
    note = f'<script>alert(1)</script><img src=x onerror=y> {RLO}gnp.exe <style>*{{}}</style>'
    aid = _add(service, corpus, note, ["<b>tag</b>", f"{RLO}x"])
    pane.selection.set(Ref("annotation", aid))
    shown = pane.note_view.browser.toHtml()
    assert "<script" not in shown and "<img" not in shown and "<style>*" not in shown
    plain = pane.note_view.browser.toPlainText()
    assert "<script>alert(1)</script>" in plain and "[U+202E]" in plain and RLO not in plain
    pane._on_hover(QUrl(f"dv:annotation/{aid}"))
    assert "<b>tag</b>" not in QToolTip.text() and "&lt;b&gt;tag" in QToolTip.text()
    # no rich-text tooltip hides in the document's own character formats either
    cursor = find_shown(pane.browser.document(), "Habomai Islands")
    cursor.setPosition(cursor.selectionStart() + 2)
    assert cursor.charFormat().anchorHref() == f"dv:annotation/{aid}"
    assert cursor.charFormat().toolTip() == ""


def test_huge_note_and_100000_tags_display(setup) -> None:
    pane, service, corpus = setup
    note = ("A long note. " * 80_000)[:1_000_000]
    tags = [f"t{i}" for i in range(100_000)]
    aid = _add(service, corpus, note, tags)
    pane.selection.set(Ref("annotation", aid))
    plain = pane.note_view.browser.toPlainText()
    assert "… and 99,950 more" in plain
    # shown bounded (issue 21.3): a page's worth, and how long the note is
    assert 10_000 < len(plain) < 30_000 and "1,000,000 characters long" in plain
    pane._on_hover(QUrl(f"dv:annotation/{aid}"))
    assert len(QToolTip.text()) < 1000


def test_safe_text_neutralises_every_bidi_control() -> None:
    for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069":
        assert ch not in safe_text(f"a{ch}b")
        assert ch not in markdown_to_html(f"a{ch}b")


def test_dark_palette_keeps_text_readable(setup, qtbot) -> None:
    from viewer.ui.text.render import ON_LIGHT_LINK, ON_LIGHT_TEXT

    pane, service, corpus = setup
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#99c1f1"))
    pane.setPalette(palette)
    qtbot.waitUntil(lambda: pane.theme.link == "#99c1f1")
    html = pane.browser.toHtml()
    assert "#99c1f1" in html and "#1a5fb4" not in html.split("dv:annotation")[0]
    pane.selection.set(Ref("place", "habomai"))  # marked text gets dark ink on its pale mark
    marks = pane.browser.extraSelections()
    assert marks
    for sel in marks:  # dark text, or a marked link's dark blue: never the palette's pale blue
        assert sel.format.background().color().name() == "#ffe680"
        assert sel.format.foreground().color().name() in (ON_LIGHT_TEXT, ON_LIGHT_LINK)


def test_resize_keeps_the_reading_position(setup, qtbot) -> None:
    pane, _service, corpus = setup
    for lang in ("ru", "ja"):  # one column, so the top-left character is in our paragraph
        pane.lang_actions[lang].trigger()
    # art. 7, not 9: without the blank rows the text below art. 9 is shorter than the view,
    # which could not scroll art. 9 to its top
    target = corpus.passage("en", "art-7").paragraphs[0].text[:60]
    cursor = find_shown(pane.browser.document(), target, case_sensitive=True)
    bar = pane.browser.verticalScrollBar()
    bar.setValue(bar.value() + pane.browser.cursorRect(cursor).top())
    corner = QPoint(12, 12)
    top_before = pane.browser.cursorForPosition(corner).position()
    pane.resize(QSize(600, 700))
    qtbot.wait(50)
    top_after = pane.browser.cursorForPosition(corner).position()
    assert abs(top_after - top_before) < 80, (top_before, top_after)
    check = QTextCursor(pane.browser.document())
    check.setPosition(cursor.selectionStart())
    assert abs(pane.browser.cursorRect(check).top()) < 60



def test_text_on_every_highlight_colour_is_readable() -> None:
    from colour_contrast import contrast

    from viewer.ui.annotations.editor import COLORS
    from viewer.ui.text.find import FIND_BG
    from viewer.ui.text.render import DEFAULT_HIGHLIGHT, MARK_BG, ON_LIGHT_LINK, ON_LIGHT_TEXT

    backgrounds = [c for c, _name in COLORS if c] + [DEFAULT_HIGHLIGHT, MARK_BG, FIND_BG]
    for background in backgrounds:
        for ink in (ON_LIGHT_TEXT, ON_LIGHT_LINK):
            assert contrast(ink, background) >= 4.5, (ink, background)
