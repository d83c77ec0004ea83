"""A passage with more highlights than the text draws: the newest are drawn, a notice says
how many exist, and its link lists them all in the annotations panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from shown_text import find_shown, unhyphenated

from viewer.annotations.model import new_annotation
from viewer.ui.annotations.panel import AnnotationsPanel
from viewer.ui.common.selection import Selection
from viewer.ui.text import highlights as text_pane
from viewer.ui.text.columns import in_notice
from viewer.ui.text.pane import TextPane
from viewer.ui.text.render import ON_LIGHT_LINK

NOTICE = "list all in the Annotations panel"


def _add(service, corpus, needle: str, day: int, lang: str = "en", pid: str = "art-9"):
    text = corpus.passage(lang, pid).text
    start = text.index(needle)
    a = new_annotation(lang, pid, text, start, start + len(needle), note=f"day {day}")
    return service.store.add(a.copy(modified=f"2024-01-{day:02d}T00:00:00+00:00"))


def _click(qtbot, pane, needle: str) -> None:
    cursor = find_shown(pane.browser.document(), needle)
    pane.browser.setTextCursor(cursor)
    pane.browser.ensureCursorVisible()
    mid = QTextCursor(cursor)
    mid.setPosition((cursor.selectionStart() + cursor.selectionEnd()) // 2)
    qtbot.mouseClick(pane.browser.viewport(), Qt.MouseButton.LeftButton,
                     pos=pane.browser.cursorRect(mid).center())


@pytest.fixture
def crowded(qtbot, corpus, service, prefs, monkeypatch):
    monkeypatch.setattr(text_pane, "HIGHLIGHT_LIMIT", 3)
    words = ["Japan", "Habomai", "Shikoton", "Peace Treaty", "islands", "Union"]
    added = [_add(service, corpus, w, day) for day, w in enumerate(words, start=1)]
    _add(service, corpus, corpus.passage("ja", "art-9").text[:5], 20, lang="ja")
    pane = TextPane(corpus, Selection(), prefs, annotations=service)
    qtbot.addWidget(pane)
    pane.resize(1000, 700)
    pane.show()
    qtbot.waitExposed(pane)
    return pane, added


def test_only_the_newest_are_drawn_and_the_notice_says_how_many(crowded) -> None:
    pane, added = crowded
    html = pane.browser.toHtml()
    drawn = [a for a in added if f"dv:annotation/{a.id}" in html]
    assert drawn == added[-3:]  # the three most recently modified
    plain = pane.browser.toPlainText()
    assert "Showing 3 of 6 highlights in this passage" in plain
    assert plain.count(NOTICE) == 1  # the Japanese passage has one: drawn, no notice


def test_the_notice_link_lists_the_passage_in_the_panel(qtbot, crowded, corpus, service,
                                                        prefs) -> None:
    pane, added = crowded
    panel = AnnotationsPanel(corpus, pane.selection, prefs, service)
    qtbot.addWidget(panel)
    _click(qtbot, pane, NOTICE)
    qtbot.waitUntil(panel.isVisible)
    qtbot.waitUntil(lambda: panel.anchored.rowCount() == 6)
    listed = {panel.anchored.annotation(r).id for r in range(6)}
    assert listed == {a.id for a in added}  # all six, not the Japanese one
    assert panel.passage_button.isVisible() and "Article 9" in panel.passage_button.text()
    qtbot.mouseClick(panel.passage_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.anchored.rowCount() == 7)
    assert not panel.passage_button.isVisible()


def test_before_the_panel_exists_it_gets_the_request_when_made(qtbot, crowded, corpus,
                                                               service, prefs) -> None:
    pane, added = crowded
    messages = []
    pane._status = messages.append
    _click(qtbot, pane, NOTICE)
    assert messages and "Annotations panel" in messages[0]  # nobody listened: told where
    panel = AnnotationsPanel(corpus, pane.selection, prefs, service)  # built later
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.anchored.rowCount() == 6)
    assert {panel.anchored.annotation(r).id for r in range(6)} == {a.id for a in added}
    assert service.pending_passage is None


def test_highlights_take_their_colours_from_the_sheet(crowded) -> None:
    from PySide6.QtGui import QColor

    pane, added = crowded
    newest = added[-1]  # drawn, in the default colour
    (start, _end), = pane.doc_ranges("en", "art-9", newest.start, newest.end)
    cursor = QTextCursor(pane.browser.document())
    cursor.setPosition(start + 1)
    fmt = cursor.charFormat()
    assert fmt.background().color() == QColor("#ffe066")
    assert fmt.foreground().color() == QColor(ON_LIGHT_LINK)
    assert fmt.anchorHref() == f"dv:annotation/{newest.id}"


def test_find_in_text_skips_the_notice(crowded) -> None:
    pane, _added = crowded
    pane.find_bar.show()
    plain = unhyphenated(pane.browser.toPlainText())
    notice = next(line for line in plain.splitlines() if NOTICE in line)
    legend = next(line for line in plain.splitlines() if line.startswith("Marks in the margin"))
    # "highlights" is only in the notice, never in the declaration: no match at all.
    pane.find_bar.field.setText("highlights")
    assert pane.matches() == []
    assert pane.find_bar.count.text() == "0 matches"
    assert not pane.find_next() and not pane.find_previous()
    # "the" is in both: every match of the text is found, none of the notice's.
    assert "the" in notice
    pane.find_bar.field.setText("the")
    found = pane.matches()
    assert len(found) == (plain.lower().count("the") - notice.lower().count("the")
                          - legend.lower().count("the"))  # the status legend is a notice too
    seen = set()
    for _ in range(len(found) + 1):  # once round, and past the end back to the first
        assert pane.find_next()
        cursor = pane.browser.textCursor()
        assert unhyphenated(cursor.selectedText()).lower() == "the"
        assert not in_notice(cursor)
        seen.add(cursor.selectionStart())
    assert seen == {c.selectionStart() for c in found}
    for _ in range(len(found) + 1):
        assert pane.find_previous()
        assert not in_notice(pane.browser.textCursor())
