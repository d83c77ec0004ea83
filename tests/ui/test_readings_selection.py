"""The readings pane shows the one current selection (issue 19): its detail follows every
change, Esc and back/forward included, and with nothing selected it gives an overview."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor
from shown_text import find_shown
from test_interpretations_pane import _pane

from viewer.corpus.model import CLAIM_KEYS
from viewer.corpus.refs import Ref
from viewer.ui.main_window import MainWindow
from viewer.ui.readings.detail_view import selection_html

ABOUT_KUNASHIR = "What the readings say about Kunashiri"


def _default(corpus) -> str:  # noqa: ANN001
    return selection_html(corpus, None, "both")


def test_nothing_selected_shows_who_holds_what_from_the_data(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    text = pane.detail.toPlainText()
    assert "Select a reading" not in text
    assert "Who holds what on Article 9" in text  # every shipped reading reads art. 9
    html = _default(corpus)
    for it in corpus.interpretations.values():  # each reading once per island group
        assert html.count(f'href="dv:interp/{it.id}"') == len(CLAIM_KEYS), it.id
    for key in CLAIM_KEYS:
        assert f'href="dv:place/{key}"' in html
    # Each claim word appears with exactly the parties whose readings make it.
    from viewer.ui.readings.overview import holders_html

    for key in CLAIM_KEYS:
        section = holders_html(corpus, corpus.interpretations.values(), "both", [key])
        for claim in {it.claims[key] for it in corpus.interpretations.values()}:
            line = next(p for p in section.split("<p>") if f"&nbsp;{claim}&nbsp;" in p)
            parties = {corpus.parties[it.party].name for it in corpus.interpretations.values()
                       if it.claims[key] == claim}
            assert all(name in line for name in parties), (key, claim, line)


def test_a_passage_shows_the_overview_of_its_readings(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    pane.selection.set(Ref("passage", "art-9"))
    assert "Readings of Article 9" in pane.detail.toPlainText()


def test_a_note_on_islands_shows_what_the_readings_say_about_them(qtbot, corpus,
                                                                 tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    note = corpus.notes["continue-negotiations"]
    assert set(note.places) == {"kunashir", "iturup"}
    pane.selection.set(Ref("note", note.id))
    html = selection_html(corpus, Ref("note", note.id), "both")
    assert 'href="dv:place/kunashir"' in html and 'href="dv:place/iturup"' in html
    assert 'href="dv:place/habomai"' not in html  # only the note's islands
    assert "The note" in pane.detail.toPlainText()


def test_place_then_note_then_esc_then_back_and_forward(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    default = pane.detail.toPlainText()
    sel = pane.selection
    sel.set(Ref("place", "kunashir"))
    about_kunashir = pane.detail.toPlainText()
    assert ABOUT_KUNASHIR in about_kunashir
    sel.set(Ref("note", "moscow"))  # a note on no island
    text = pane.detail.toPlainText()
    assert ABOUT_KUNASHIR not in text
    assert "Moscow" in text and "not narrowed" in text
    assert not pane.filter_bar.isVisible() and not pane.marked_readings()
    sel.clear()  # Esc
    assert pane.detail.toPlainText() == default
    sel.back()  # the note again
    assert "not narrowed" in pane.detail.toPlainText()
    sel.back()  # Kunashiri again: its detail, its marks
    assert pane.detail.toPlainText() == about_kunashir and pane.marked_readings()
    sel.forward()
    assert ABOUT_KUNASHIR not in pane.detail.toPlainText()
    sel.set(Ref("annotation", "urn:uuid:0"))  # a user's annotation: said plainly, too
    assert "not narrowed" in pane.detail.toPlainText()
    sel.set(Ref("event", sorted(corpus.events)[0]))  # and every other kind is shown
    assert corpus.events[sorted(corpus.events)[0]].title in pane.detail.toPlainText()


def test_the_sequence_in_the_window_with_a_real_click_and_keys(qtbot, corpus, tmp_path) -> None:
    w = MainWindow(corpus, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                   open_store=False)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    detail = w.interpretations_pane.detail
    default = detail.toPlainText()
    w.selection.set(Ref("place", "kunashir"))
    assert ABOUT_KUNASHIR in detail.toPlainText()
    browser = w.text_pane.browser
    cursor = find_shown(browser.document(), "Moscow", case_sensitive=True)  # soft hyphens
    assert not cursor.isNull()
    mid = QTextCursor(cursor)
    mid.setPosition(cursor.selectionStart() + 2)
    browser.setTextCursor(mid)
    browser.ensureCursorVisible()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton,
                     pos=browser.cursorRect(mid).center())
    assert w.selection.current == Ref("note", "moscow")
    assert ABOUT_KUNASHIR not in detail.toPlainText()
    qtbot.keyClick(browser, Qt.Key.Key_Escape)
    assert w.selection.current is None and detail.toPlainText() == default
    qtbot.keyClick(browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert w.selection.current == Ref("place", "kunashir")
    assert ABOUT_KUNASHIR in detail.toPlainText()


def test_rows_not_concerned_are_greyed_but_readable(qtbot, corpus, tmp_path) -> None:
    from colour_contrast import contrast

    pane = _pane(qtbot, corpus, tmp_path)
    pane.selection.set(Ref("place", "kunashir"))
    marked = set(pane.marked_readings())
    rows = [pane.tree.topLevelItem(i).child(j) for i in range(pane.tree.topLevelItemCount())
            for j in range(pane.tree.topLevelItem(i).childCount())]
    base = pane.tree.palette().base().color().name()
    for item in rows:
        iid = item.data(0, Qt.ItemDataRole.UserRole)
        colour = item.data(0, Qt.ItemDataRole.ForegroundRole)
        assert item.font(0).bold() == (iid in marked)
        assert (colour is None) == (iid in marked)
        if colour is not None:
            assert contrast(colour.name(), base) >= 4.5
    pane.selection.clear()  # no marks left behind
    assert not any(item.font(0).bold() or item.data(0, Qt.ItemDataRole.ForegroundRole)
                   for item in rows)
