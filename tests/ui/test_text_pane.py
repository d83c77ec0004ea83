"""The text pane: links, marks, languages, find, zoom, citations — driven like a reader."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QToolTip
from shown_text import find_shown, unhyphenated

from viewer.corpus.refs import Ref
from viewer.ui.common.selection import Selection
from viewer.ui.text.pane import TextPane


@pytest.fixture
def pane(qtbot, corpus, prefs) -> TextPane:
    pane = TextPane(corpus, Selection(), prefs)
    qtbot.addWidget(pane)
    pane.resize(900, 700)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def _cursor_for(pane: TextPane, needle: str) -> QTextCursor:
    cursor = find_shown(pane.browser.document(), needle)
    assert not cursor.isNull(), f"{needle!r} not in the rendered text"
    return cursor


def _click_text(qtbot, pane: TextPane, needle: str) -> None:  # noqa: ANN001
    cursor = _cursor_for(pane, needle)
    pane.browser.setTextCursor(cursor)
    pane.browser.ensureCursorVisible()
    mid = QTextCursor(cursor)
    mid.setPosition((cursor.selectionStart() + cursor.selectionEnd()) // 2)
    point = pane.browser.cursorRect(mid).center()
    qtbot.mouseClick(pane.browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_clicking_a_note_link_sets_the_selection(qtbot, pane, corpus) -> None:
    habomai = corpus.notes["habomai"]
    exact = next(t.exact for t in habomai.targets if t.lang == "en")
    pane.browser.setTextCursor(QTextCursor(pane.browser.document()))
    _click_text(qtbot, pane, exact)
    assert pane.selection.current == Ref("note", "habomai")
    assert pane.note_view.isVisible() and habomai.label in pane.note_view.title.text()


def test_every_note_is_a_link_in_each_language(pane, corpus) -> None:
    doc_html = pane.browser.toHtml()
    for note in corpus.notes.values():
        assert f'href="dv:note/{note.id}"' in doc_html, note.id


def test_unverified_paragraph_carries_a_visible_mark(pane, corpus) -> None:
    """A compact mark in the margin, before the paragraph (no tag that wraps mid-phrase),
    explained by the legend at the top and, in full words, by its tooltip."""
    text = unhyphenated(pane.browser.toPlainText())
    art1 = corpus.passage("en", "art-1").paragraphs[0]
    assert art1.status == "translation"
    assert "†\t" + art1.text + "\n" in text
    assert "[unverified" not in text
    legend = next(line for line in text.splitlines() if line.startswith("Marks in the margin"))
    assert "† unverified: editorial translation" in legend
    cursor = find_shown(pane.browser.document(), "†\t" + art1.text[:20])
    cursor.setPosition(cursor.selectionStart() + 1)
    href = cursor.charFormat().anchorHref()
    assert href == "dv:provenance/en/art-1/1"
    pane._on_hover(QUrl(href))
    assert "unverified: editorial translation" in QToolTip.text().lower()
    assert len(pane.browser.toPlainText().split("[unverified")) == 1  # none of the 26 tags
    verified = corpus.passage("en", "art-9").paragraph("2")
    assert verified.status == "verified"
    assert verified.text + " [unverified" not in text


def test_place_selection_marks_mentions_and_scrolls(qtbot, pane, corpus) -> None:
    html_before = pane.browser.toHtml()
    pane.selection.set(Ref("place", "habomai"))
    langs = {lang for lang, _pid in pane.marks}
    assert langs == {"en", "ru", "ja"}
    assert "Mentions of" in pane.banner.text()
    assert pane.browser.verticalScrollBar().value() > 0
    marked = {unhyphenated(sel.cursor.selectedText())
              for sel in pane.browser.extraSelections()}
    for note_id in ("habomai",):
        for t in corpus.notes[note_id].targets:
            assert t.exact in marked
    assert pane.browser.toHtml() == html_before  # marking does not rebuild the document
    pane.selection.clear()
    assert pane.browser.extraSelections() == []


@pytest.mark.parametrize("place", ["kunashir", "iturup"])
def test_unnamed_island_says_so(pane, place: str) -> None:
    pane.selection.set(Ref("place", place))
    assert pane.marks == {}
    assert pane.banner.isVisible()
    assert "not named in the declaration" in pane.banner.text()


def test_reading_marks_its_passages(pane, corpus) -> None:
    it = next(i for i in corpus.interpretations.values() if "art-9.2" in i.passages)
    pane.selection.set(Ref("interp", it.id))
    assert ("en", "art-9") in pane.marks and ("ja", "art-9") in pane.marks


def test_goto_paragraph_scrolls_there(qtbot, pane) -> None:
    pane.selection.set(Ref("passage", "art-9", "2"))
    assert pane.browser.verticalScrollBar().value() > 0
    assert ("en", "art-9") in pane.marks


def test_language_modes(qtbot, pane, corpus, prefs) -> None:
    ru_words = corpus.passage("ru", "preamble").paragraphs[0].text[:30]
    assert ru_words in unhyphenated(pane.browser.toPlainText())
    pane.lang_actions["ru"].trigger()
    pane.lang_actions["ja"].trigger()
    assert pane.langs == ["en"]
    assert ru_words not in unhyphenated(pane.browser.toPlainText())
    pane.lang_actions["en"].trigger()  # the last language cannot be switched off
    assert pane.langs == ["en"] and pane.lang_actions["en"].isChecked()
    assert prefs.value("text/langs", "") == "en"


def test_find_counts_and_moves(qtbot, pane) -> None:
    qtbot.keyClick(pane.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert pane.find_bar.isVisible()
    qtbot.keyClicks(pane.find_bar.field, "Japan")
    count = len(pane.matches())
    assert count > 5
    assert pane.find_bar.count.text() == f"{count} matches"
    first = pane.current_match_index()
    qtbot.keyClick(pane.find_bar.field, Qt.Key.Key_Return)
    assert pane.current_match_index() == (first + 1) % count
    pane.find_previous()
    assert pane.current_match_index() == first
    qtbot.keyClick(pane.find_bar.field, Qt.Key.Key_Escape)
    assert not pane.find_bar.isVisible()


def test_zoom_is_remembered(qtbot, corpus, prefs, pane) -> None:
    before = pane.browser.font().pointSizeF()
    pane.zoom_in_action.trigger()
    pane.zoom_in_action.trigger()
    assert pane.zoom == 2 and pane.browser.font().pointSizeF() > before
    again = TextPane(corpus, Selection(), prefs)
    qtbot.addWidget(again)
    assert again.zoom == 2
    again.zoom_reset_action.trigger()
    assert again.zoom == 0


def test_copy_citation_and_link_of_the_paragraph_under_the_caret(pane, corpus) -> None:
    para = corpus.passage("en", "art-9").paragraph("2")
    pane.browser.setTextCursor(_cursor_for(pane, para.text[:40]))
    assert pane.copy_citation() == ("Joint Declaration, 19 October 1956, art. 9, para. 2, "
                                    "UNTS No. 3768, English text [verified]")
    assert QGuiApplication.clipboard().text().endswith("para. 2, UNTS No. 3768, English text "
                                                       "[verified]")
    assert pane.copy_link() == "dv:passage/art-9.2 [English: verified]"
    pane.browser.setTextCursor(_cursor_for(pane, "agreed to continue, after the restoration"))
    assert pane.copy_citation().endswith(
        "art. 9, para. 1, UNTS No. 3768, English text "
        "[unverified: editorial translation from the French]")


def test_hover_previews_a_note(pane, corpus) -> None:
    pane._on_hover(QUrl("dv:note/habomai"))
    assert corpus.notes["habomai"].label in QToolTip.text()


def test_provenance_link_explains_the_wording(pane, corpus) -> None:
    pane._on_link(QUrl("dv:provenance/en/art-1/1"))
    assert pane.note_view.isVisible()
    assert corpus.passage("en", "art-1").paragraphs[0].provenance[:40] in \
        pane.note_view.browser.toPlainText()


def test_foreign_schemes_do_nothing(pane) -> None:
    pane._on_link(QUrl("javascript:alert(1)"))
    pane._on_link(QUrl("file:///etc/passwd"))
    assert pane.selection.current is None


def test_document_positions_match_every_paragraph_text(pane, corpus) -> None:
    """Marks and annotations map passage offsets to the document: they must agree."""
    from PySide6.QtGui import QTextCursor

    for lang in pane.langs:
        for passage in corpus.texts[lang].passages:
            for para, start, end in passage.paragraph_spans():
                [(a, b)] = pane.doc_ranges(lang, passage.id, start, end)
                cursor = QTextCursor(pane.browser.document())
                cursor.setPosition(a)
                cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
                shown = cursor.selectedText().replace("\u2028", "\n")
                assert unhyphenated(shown) == para.text, (lang, passage.id, para.n)


def test_scroll_target_follows_language_changes(qtbot, pane, corpus) -> None:
    pane.selection.set(Ref("note", "state-of-war"))
    pane.lang_actions["en"].trigger()  # English off: the document is rebuilt
    pane.resize(700, 600)  # the re-wrap goes back to the selection's place
    qtbot.wait(50)
    view = pane.browser.viewport().rect()
    visible = [sel for sel in pane.browser.extraSelections()
               if view.intersects(pane.browser.cursorRect(sel.cursor))]
    assert visible, "a mark of the selected note is on screen"


@pytest.mark.parametrize("size", [(640, 520), (900, 700), (1200, 480)])
@pytest.mark.parametrize("place", ["shikotan", "habomai"])
def test_no_mention_is_left_above_the_view(qtbot, pane, size, place: str) -> None:
    """The columns' first mentions are at different heights: scrolling to the selection
    must not hide the ones that come earlier in the Russian or Japanese text."""
    pane.resize(*size)
    qtbot.wait(20)
    pane.selection.set(Ref("place", place))
    qtbot.wait(20)
    tops = []
    for sel in pane.browser.extraSelections():
        start = QTextCursor(pane.browser.document())
        start.setPosition(sel.cursor.selectionStart())
        tops.append(pane.browser.cursorRect(start).top())
    assert tops
    assert min(tops) >= 0, tops
    assert min(tops) < pane.browser.viewport().height()


def test_selection_marks_are_underlined_unlike_highlights(pane) -> None:
    from viewer.ui.text.highlights import MARK_LINE

    pane.selection.set(Ref("place", "shikotan"))
    marks = pane.browser.extraSelections()
    assert marks
    for sel in marks:
        style = sel.format.underlineStyle()
        assert style != type(sel.format).UnderlineStyle.NoUnderline
        assert sel.format.underlineColor().name() == MARK_LINE


def test_a_marked_link_keeps_its_link_colour(pane) -> None:
    from viewer.ui.text.render import ON_LIGHT_LINK, ON_LIGHT_TEXT

    pane.selection.set(Ref("place", "shikotan"))
    marks = pane.browser.extraSelections()
    doc = pane.browser.document()
    linked = []
    for sel in marks:
        cursor = QTextCursor(doc)
        cursor.setPosition(sel.cursor.selectionStart() + 1)  # the format of the first char
        is_link = cursor.charFormat().isAnchor()
        colour = sel.format.foreground().color().name()
        if colour == ON_LIGHT_LINK.lower():
            assert is_link  # link blue only over links
            linked.append(sel.cursor.selectedText())
        else:
            assert colour == ON_LIGHT_TEXT.lower()
    assert linked  # "острова Шикотан", "色丹島" are links in their notes' texts


def _para_top(pane: TextPane, lang: str, pid: str, n: str) -> int:
    cursor = QTextCursor(pane.browser.document())
    cursor.setPosition(pane.columns.para_pos[(lang, pid, n)])
    return pane.browser.cursorRect(cursor).top()


@pytest.mark.parametrize("scrolled_by_reader", [False, True])
def test_hiding_or_showing_a_language_keeps_the_passage_in_view(qtbot, pane,
                                                                scrolled_by_reader) -> None:
    """Art. 9 para. 2 stays on screen when Russian is hidden and shown again (it jumped to
    the end of the document, and back to art. 2), whether the selection or the reader's
    own scrolling brought it there."""
    pane.selection.set(Ref("passage", "art-9", "2"))
    qtbot.wait(20)
    if scrolled_by_reader:  # the reader scrolls a little on: no selection target any more
        pane.browser.verticalScrollBar().setValue(pane.browser.verticalScrollBar().value() + 30)
        assert pane.position.target is None
    height = pane.browser.viewport().height()
    assert -40 <= _para_top(pane, "en", "art-9", "2") < height // 3
    for on in (False, True):
        pane.lang_actions["ru"].setChecked(on)
        qtbot.wait(20)
        assert ("ru" in pane.langs) == on
        top = _para_top(pane, "en", "art-9", "2")
        assert -40 <= top < height // 3, (on, top)


def test_the_note_under_the_text_follows_the_selection_back_and_forth(qtbot, pane,
                                                                      corpus) -> None:
    """Kunashiri, then the "Moscow" link, then Alt+Left: the Moscow note must not stay open
    under a selection it does not belong to; forward shows it again; Esc closes it."""
    pane.selection.set(Ref("place", "kunashir"))
    _click_text(qtbot, pane, "Moscow")
    assert pane.selection.current == Ref("note", "moscow")
    assert pane.note_view.isVisible() and corpus.notes["moscow"].label in \
        pane.note_view.title.text()
    pane.selection.back()
    assert pane.selection.current == Ref("place", "kunashir")
    assert not pane.note_view.isVisible()
    pane.selection.forward()
    assert pane.note_view.isVisible() and pane.note_view.ref == Ref("note", "moscow")
    pane.selection.clear()
    assert not pane.note_view.isVisible()
    pane.show_about_text()  # asked for apart from the selection: a selection keeps it
    pane.selection.set(Ref("place", "shikotan"))
    assert pane.note_view.isVisible() and "About this text" in pane.note_view.title.text()


def test_tab_to_a_status_mark_tells_its_words(qtbot, pane) -> None:
    """The keyboard reaches a margin mark as a link: its full words go to the tooltip and to
    the text's accessible description, as a hover shows them to the mouse."""
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    pane.browser.setFocus()
    pane.browser.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClick(pane.browser, Qt.Key.Key_Tab)
    cursor = pane.browser.textCursor()
    assert cursor.selectedText() == "†"
    assert cursor.charFormat().anchorHref() == "dv:provenance/en/title/1"
    assert "unverified: editorial translation" in pane.browser.accessibleDescription()
    assert "Unverified: editorial translation." in QToolTip.text()
    qtbot.keyClick(pane.browser, Qt.Key.Key_Tab)  # on to a note's link: no status said
    assert pane.browser.accessibleDescription() == ""
