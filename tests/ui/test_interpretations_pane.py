"""The interpretations pane: matrix clicks, filters, detail, timeline, sources (shipped data)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from viewer.corpus.model import CLAIM_KEYS, Quote
from viewer.corpus.refs import Ref
from viewer.ui.common.cite import plain_citation, short_citation
from viewer.ui.common.claims import CLAIM_COLOURS, reads_passage, says_something
from viewer.ui.common.preferences import Preferences
from viewer.ui.common.selection import Selection
from viewer.ui.readings.detail import reading_html
from viewer.ui.readings.pane import (
    NARROW_TREE,
    TAB_MATRIX,
    TAB_SOURCES,
    TAB_TIMELINE,
    InterpretationsPane,
)


def _pane(qtbot, corpus, tmp_path) -> InterpretationsPane:  # noqa: ANN001
    prefs = Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    pane = InterpretationsPane(corpus, Selection(), prefs)
    qtbot.addWidget(pane)
    pane.resize(420, 800)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def _cell(pane: InterpretationsPane, iid: str, key: str):  # noqa: ANN202
    return pane.matrix_model.index(pane.matrix_model.row_of(iid), 1 + CLAIM_KEYS.index(key))


def test_click_on_matrix_cell_selects_reading_and_island(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    pane.tabs.setCurrentIndex(TAB_MATRIX)
    index = _cell(pane, "ussr-1956", "shikotan")
    assert index.data() == corpus.interpretations["ussr-1956"].claims["shikotan"] == "transfer"
    rect = pane.matrix.visualRect(index)
    assert rect.isValid()
    qtbot.mouseClick(pane.matrix.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert pane.selection.current == Ref("interp", "ussr-1956", place="shikotan")
    # The detail now shows that reading, with the island in focus.
    assert "▶" in pane.detail.toHtml() and "Two islands" in pane.detail.toPlainText()


def test_matrix_keyboard_arrows_and_enter(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    pane.tabs.setCurrentIndex(TAB_MATRIX)
    pane.matrix.setFocus()
    pane.matrix.setCurrentIndex(pane.matrix_model.index(0, 1))
    qtbot.keyClick(pane.matrix, Qt.Key.Key_Down)
    qtbot.keyClick(pane.matrix, Qt.Key.Key_Right)
    qtbot.keyClick(pane.matrix, Qt.Key.Key_Return)
    second = pane.matrix_model.readings[1]
    assert pane.selection.current == Ref("interp", second.id, place=CLAIM_KEYS[1])


def test_every_cell_is_a_word_and_a_colour(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    model = pane.matrix_model
    assert model.rowCount() == len(corpus.interpretations)
    dates = [it.date for it in model.readings]
    assert dates == sorted(dates)
    for row, it in enumerate(model.readings):
        for col, key in enumerate(CLAIM_KEYS, start=1):
            index = model.index(row, col)
            assert index.data() == it.claims[key]
            brush = index.data(Qt.ItemDataRole.BackgroundRole)
            assert brush.color() == QColor(CLAIM_COLOURS[it.claims[key]])
            note = it.claim_notes.get(key)
            if note:
                assert note in index.data(Qt.ItemDataRole.ToolTipRole)
    assert len(set(CLAIM_COLOURS.values())) == len(CLAIM_COLOURS)


def test_place_kunashir_marks_list_and_matrix_and_explains(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    pane.selection.set(Ref("place", "kunashir"))
    expected = {i for i, it in corpus.interpretations.items() if says_something(it, "kunashir")}
    assert 0 < len(expected) < len(corpus.interpretations)
    # Every reading stays in the list; the ones that concern Kunashiri are marked (bold).
    assert set(pane.visible_readings()) == set(corpus.interpretations)
    assert set(pane.marked_readings()) == expected
    bold = {it.id for row, it in enumerate(pane.matrix_model.readings)
            if pane.matrix_model.index(row, 0).data(Qt.ItemDataRole.FontRole) is not None}
    assert bold == expected
    assert pane.filter_bar.isVisible() and "Kunashir" in pane.filter_label.full_text()
    assert f"{len(expected)} of {len(corpus.interpretations)}" in pane.filter_label.full_text()
    assert pane.explainer.isVisible() and "does not name" in pane.explainer.text()
    text = pane.detail.toPlainText()  # the detail lists what each of them says about it
    assert "What the readings say about" in text
    assert all(corpus.interpretations[i].title in text for i in expected)
    # Only these: the others leave the list and the matrix; off again, they are back.
    qtbot.mouseClick(pane.only_button, Qt.MouseButton.LeftButton)
    assert set(pane.visible_readings()) == expected
    hidden = {it.id for row, it in enumerate(pane.matrix_model.readings)
              if pane.matrix.isRowHidden(row)}
    assert hidden == set(corpus.interpretations) - expected
    qtbot.mouseClick(pane.only_button, Qt.MouseButton.LeftButton)
    assert set(pane.visible_readings()) == set(corpus.interpretations)
    assert not any(pane.matrix.isRowHidden(r) for r in range(pane.matrix_model.rowCount()))


def test_place_shikotan_marks_the_list(qtbot, corpus, tmp_path) -> None:
    # In the shipped data every reading says something about Shikotan; drop the claim note of
    # one 'undetermined' reading so the marks have something to leave out.
    it = corpus.interpretations["joint-tokyo-1993"]
    assert it.claims["shikotan"] == "undetermined"
    changed = dataclasses.replace(it, claim_notes={})
    variant = dataclasses.replace(corpus, interpretations={**corpus.interpretations,
                                                           it.id: changed})
    pane = _pane(qtbot, variant, tmp_path)
    pane.selection.set(Ref("place", "shikotan"))
    marked = set(pane.marked_readings())
    assert "joint-tokyo-1993" not in marked and "ussr-1956" in marked
    assert marked == {i for i, r in variant.interpretations.items()
                      if says_something(r, "shikotan")}
    assert pane.filter_bar.isVisible() and "Shikotan" in pane.filter_label.full_text()
    assert not pane.explainer.isVisible()  # Shikotan is named in the declaration
    # Selecting a reading keeps the marks (the bar names what they concern); clearing the
    # selection drops them.
    pane.only_button.setChecked(True)
    pane.selection.set(Ref("interp", "ussr-1956"))
    assert "joint-tokyo-1993" not in pane.visible_readings()
    assert pane.filter_bar.isVisible() and set(pane.marked_readings()) == marked
    pane.selection.set(Ref("interp", "joint-tokyo-1993"))  # not concerned: the list shows all
    assert "joint-tokyo-1993" in pane.visible_readings()
    pane.selection.clear()
    assert not pane.marked_readings() and not pane.filter_bar.isVisible()


def test_passage_filter(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    pane.selection.set(Ref("passage", "art-9", "2"))
    expected = {i for i, it in corpus.interpretations.items()
                if reads_passage(it, "art-9", "2")}
    assert expected and set(pane.visible_readings()) == set(corpus.interpretations)
    if len(expected) < len(corpus.interpretations):
        assert set(pane.marked_readings()) == expected
    else:  # every reading reads it: the bar says so, and no row is singled out
        assert not pane.marked_readings()
        assert f"All {len(expected)} readings" in pane.filter_label.full_text()
    it = corpus.interpretations["ussr-1956"]
    assert reads_passage(dataclasses.replace(it, passages=("art-9.2",)), "art-9", None)
    assert reads_passage(dataclasses.replace(it, passages=("art-9",)), "art-9", "2")
    assert not reads_passage(dataclasses.replace(it, passages=("art-9.2",)), "art-9", "1")
    assert not reads_passage(dataclasses.replace(it, passages=("art-10",)), "art-1", None)


def test_reading_detail_has_claims_sources_and_only_verified_quotes(corpus) -> None:
    it = corpus.interpretations["ussr-1956"]
    bogus = Quote("NEVER-SHOW-THIS", "en", it.sources[0].id, False, "not checked")
    html = reading_html(corpus, dataclasses.replace(it, quotes=(*it.quotes, bogus)), "both")
    for claim in set(it.claims.values()):
        assert f"&nbsp;{claim}&nbsp;" in html
    for ref in it.sources:
        assert corpus.sources[ref.id].title.replace("'", "&#x27;") in html
        assert f'href="dv:source/{ref.id}"' in html
    assert "NEVER-SHOW-THIS" not in html
    verified = [q for q in it.quotes if q.verified]
    assert verified and all(q.provenance.replace("'", "&#x27;") in html for q in verified)


def test_argument_markdown_is_escaped(qtbot, corpus, tmp_path) -> None:
    it = corpus.interpretations["ussr-1956"]
    evil = dataclasses.replace(
        it, argument="<script>alert(1)</script> and <b>bold</b> [@jd1956, art. 9]")
    html = reading_html(corpus, evil, "both")
    assert "<script>" not in html and "<b>bold</b>" not in html
    assert "&lt;script&gt;" in html and "&lt;b&gt;" in html
    cite = short_citation(corpus.sources["jd1956"], "art. 9")
    assert f'<a href="dv:source/jd1956">{cite}</a>' in html
    pane = _pane(qtbot, dataclasses.replace(
        corpus, interpretations={**corpus.interpretations, it.id: evil}), tmp_path)
    pane.selection.set(Ref("interp", it.id))
    assert "<script>alert(1)</script>" in pane.detail.toPlainText()


def test_detail_links_set_selection_and_external_links_ask_first(
        qtbot, corpus, tmp_path, monkeypatch) -> None:
    from viewer.ui.common import links

    asked: list[str] = []
    monkeypatch.setattr(links, "confirm_external", lambda parent, url: asked.append(url))
    pane = _pane(qtbot, corpus, tmp_path)
    pane._link_clicked(QUrl("dv:place/shikotan"))
    assert pane.selection.current == Ref("place", "shikotan")
    pane._link_clicked(QUrl("https://example.org/"))  # declined (None): nothing opens
    pane._link_clicked(QUrl("javascript:alert(1)"))
    assert asked == ["https://example.org/"]
    assert pane.selection.current == Ref("place", "shikotan")
    pane._link_clicked(QUrl("dv:passage/art-9.2"))
    assert pane.selection.current == Ref("passage", "art-9", "2")


def test_copy_citation_puts_text_on_clipboard(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    QApplication.clipboard().clear()
    pane.selection.set(Ref("source", "hara-1995"))
    assert pane.tabs.currentIndex() == TAB_SOURCES
    assert pane.sources.current_id() == "hara-1995"
    qtbot.mouseClick(pane.sources.copy_button, Qt.MouseButton.LeftButton)
    text = QApplication.clipboard().text()
    assert text == plain_citation(corpus.sources["hara-1995"].csl)
    assert "Hara, Kimie" in text and "(1995)" in text and "New Light" in text


def test_plain_citation_invents_nothing() -> None:
    text = plain_citation({"title": "Only a title", "type": "book"})
    assert text == "Only a title."
    full = plain_citation({"title": "T", "author": [{"family": "F", "given": "G"}],
                           "issued": {"date-parts": [[2001]]}, "publisher": "P",
                           "container-title": "C", "URL": "https://x.test/"})
    assert full == "F, G. (2001). T. C. P. https://x.test/"
    assert short_citation(None, None, fallback_id="x") == "x"


def test_timeline_lists_events_and_click_selects(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    tl = pane.timeline
    assert tl.topLevelItemCount() == len(corpus.events) >= 25
    for ev in corpus.events.values():
        assert ("unverified" in tl.items[ev.id].text(1)) == (not ev.verified)
    pane.tabs.setCurrentIndex(TAB_TIMELINE)
    eid = sorted(corpus.events)[3]
    tl.scrollToItem(tl.items[eid])
    rect = tl.visualItemRect(tl.items[eid])
    qtbot.mouseClick(tl.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert pane.selection.current == Ref("event", eid)
    pane.selection.set(Ref("interp", "ussr-1956"))
    assert tl.highlighted() == set(corpus.interpretations["ussr-1956"].events) & set(tl.items)


def test_view_actions_switch_tabs_and_naming_updates_headers(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    actions = pane.view_actions()
    assert len(actions) == 4 and all(not a.shortcut().isEmpty() for a in actions)
    actions[1].trigger()
    assert pane.tabs.currentIndex() == TAB_MATRIX
    col = 1 + CLAIM_KEYS.index("iturup")
    assert "Etorofu" in pane.matrix_model.headerData(col, Qt.Orientation.Horizontal)
    pane.prefs.set_naming("ru")
    header = pane.matrix_model.headerData(col, Qt.Orientation.Horizontal)
    assert "Iturup" in header and "Etorofu" not in header


@pytest.mark.parametrize("sort", [0, 1])
def test_both_orders_list_every_reading(qtbot, corpus, tmp_path, sort: int) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    pane.sort_combo.setCurrentIndex(sort)
    shown = pane.visible_readings()
    assert sorted(shown) == sorted(corpus.interpretations)
    if pane.sort_mode == "date":
        dates = [corpus.interpretations[i].date for i in shown]
        assert dates == sorted(dates)


def test_hidden_views_are_built_on_first_show_with_the_current_state(
        qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    assert (pane._matrix, pane._timeline, pane._sources) == (None, None, None)  # noqa: SLF001
    pane.selection.set(Ref("place", "kunashir"))
    iid = pane.visible_readings()[0]
    pane.selection.set(Ref("interp", iid, place="kunashir"))
    assert pane._matrix is None  # noqa: SLF001 - a selection does not build hidden views
    pane.tabs.setCurrentIndex(TAB_MATRIX)  # as a click on the tab does
    assert pane.tabs.currentWidget().isAncestorOf(pane.matrix)
    current = pane.matrix.currentIndex()
    assert current == _cell(pane, iid, "kunashir")
    events = corpus.interpretations[iid].events
    pane.tabs.setCurrentIndex(TAB_TIMELINE)
    assert pane.timeline.highlighted() == set(events) & set(pane.timeline.items)


def _first_link(browser, prefix: str):  # noqa: ANN001, ANN202
    """(href, viewport point) of the first link in the browser's document starting `prefix`."""
    from PySide6.QtGui import QTextCursor

    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            href = frag.charFormat().anchorHref()
            if href.startswith(prefix):
                cursor = QTextCursor(browser.document())
                cursor.setPosition(frag.position() + 1)
                return href, browser.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no {prefix} link")


def test_detail_documents_are_reused_start_at_the_top_and_keep_links(qtbot, corpus,
                                                                      tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    pane.resize(420, 420)  # short enough for the detail to scroll
    pane.selection.set(Ref("place", "kunashir"))
    qtbot.wait(1)
    first, text = pane.detail.document(), pane.detail.toPlainText()
    bar = pane.detail.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    pane.selection.set(Ref("place", "habomai"))
    assert pane.detail.document() is not first
    assert "Habomai" in pane.detail.toPlainText() and bar.value() == 0
    bar.setValue(bar.maximum())
    pane.selection.set(Ref("place", "kunashir"))
    assert pane.detail.document() is first  # parsed and laid out once
    assert pane.detail.toPlainText() == text and bar.value() == 0
    # A real click on a link of the reused document still selects its target.
    href, pos = _first_link(pane.detail, "dv:interp/")
    qtbot.mouseClick(pane.detail.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    iid, _, place = href.removeprefix("dv:interp/").partition("@")
    assert pane.selection.current == Ref("interp", iid, place=place)
    assert corpus.interpretations[iid].title in pane.detail.toPlainText()


def test_detail_document_cache_is_bounded(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    pane.documents.size = 3
    for iid in list(corpus.interpretations)[:6]:
        pane.selection.set(Ref("interp", iid))
        assert corpus.interpretations[iid].title in pane.detail.toPlainText()
    assert len(pane.documents._docs) == 3  # noqa: SLF001
    assert pane.detail.document() in pane.documents._docs.values()  # noqa: SLF001


def _reading_rows(pane: InterpretationsPane):
    tree = pane.tree
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        for j in range(group.childCount()):
            yield group.child(j)


def test_long_titles_take_more_lines_in_a_narrow_pane(qtbot, corpus, tmp_path) -> None:
    from PySide6.QtGui import QFontMetrics

    pane = _pane(qtbot, corpus, tmp_path)
    line = QFontMetrics(pane.tree.font()).lineSpacing()
    long_item = max(_reading_rows(pane), key=lambda it: len(it.text(0)))

    def heights() -> list[int]:
        return [pane.tree.visualItemRect(it).height() for it in _reading_rows(pane)]

    def long_height() -> int:
        return pane.tree.visualItemRect(long_item).height()

    pane.resize(300, 900)  # a narrow column: up to three lines, then "…"
    qtbot.waitUntil(lambda: long_height() >= 3 * line)
    assert max(heights()) <= 3 * line + 6
    pane.resize(600, 900)  # wider: measured again, two lines at most
    qtbot.waitUntil(lambda: long_height() < 3 * line)
    assert long_height() >= 2 * line  # still too long for one line
    assert max(heights()) <= 2 * line + 6


def test_matrix_columns_keep_their_headers_readable_in_a_narrow_pane(qtbot, corpus,
                                                                     tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    pane.resize(260, 700)
    pane.tabs.setCurrentIndex(1)  # the matrix
    qtbot.wait(30)
    view = pane.matrix
    head = view.horizontalHeader()
    fm = head.fontMetrics()
    model = view.model()
    for c in range(1, model.columnCount()):
        words = str(model.headerData(c, Qt.Orientation.Horizontal)).split()
        assert head.sectionSize(c) >= max(fm.horizontalAdvance(w) for w in words), words
    assert view.horizontalScrollBar().maximum() > 0  # it scrolls sideways instead


def test_each_source_row_gives_its_title_once(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    rows = pane.sources.items
    authorless = [sid for sid, s in corpus.sources.items() if not s.csl.get("author")]
    assert authorless  # the case that repeated itself
    for sid, item in rows.items():
        source = corpus.sources[sid]
        text = item.text(0)
        assert text.count(source.title) == 1, text
        if sid in authorless:
            assert text.startswith(source.title)
        else:
            assert text.startswith(short_citation(source))


def test_rows_are_measured_again_only_when_a_width_change_needs_it(qtbot, corpus,
                                                                  tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    delegate = pane.tree.itemDelegate()
    qtbot.waitUntil(lambda: not delegate.stale())  # the first layout measured them
    pane.resize(pane.width() + 1, pane.height() + 40)  # taller: no row needs another height
    qtbot.wait(120)
    assert not delegate.stale()
    pane.resize(260, 800)  # narrower: titles need more lines
    assert delegate.stale()
    qtbot.waitUntil(lambda: not delegate.stale())  # and are measured again


def test_a_narrow_tree_shows_years_and_keeps_party_names_whole(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    tree = pane.tree
    for i in range(tree.topLevelItemCount()):  # party rows span both columns
        assert tree.topLevelItem(i).isFirstColumnSpanned()
    rows = {it.data(0, Qt.ItemDataRole.UserRole): it for it in _reading_rows(pane)}

    def dates_shown() -> set[bool]:  # True: the full date; False: the year only
        return {it.text(1) == corpus.interpretations[rid].date for rid, it in rows.items()}

    assert dates_shown() == {True}  # 420 px: room for full dates
    pane.resize(200, 800)
    qtbot.waitUntil(lambda: tree.viewport().width() < NARROW_TREE)
    assert all(it.text(1) == corpus.interpretations[rid].date[:4] for rid, it in rows.items())
    assert all(it.toolTip(1) == corpus.interpretations[rid].date for rid, it in rows.items())
    assert tree.columnWidth(0) > tree.columnWidth(1) * 2
    pane.resize(500, 800)
    qtbot.waitUntil(lambda: dates_shown() == {True})
    pane.sort_combo.setCurrentIndex(1)  # rebuilt rows follow the width too
    rows = {it.data(0, Qt.ItemDataRole.UserRole): it
            for it in (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))}
    assert dates_shown() == {True}
    assert not any(tree.topLevelItem(i).isFirstColumnSpanned()  # readings: two columns
                   for i in range(tree.topLevelItemCount()))
    pane.sort_combo.setCurrentIndex(0)  # parties again: spanned again
    assert all(tree.topLevelItem(i).isFirstColumnSpanned()
               for i in range(tree.topLevelItemCount()))


def test_long_titles_are_cut_after_a_whole_word(qtbot, corpus, tmp_path) -> None:
    from PySide6.QtGui import QFontMetrics

    from viewer.ui.common.wrapping_rows import fit_words

    pane = _pane(qtbot, corpus, tmp_path)
    pane.resize(260, 800)
    tree, delegate = pane.tree, pane.tree.itemDelegate()
    qtbot.waitUntil(lambda: not delegate.stale())
    cut = 0
    for item in _reading_rows(pane):
        title, shown = item.text(0), delegate.painted_text(tree.indexFromItem(item, 0))
        if shown != title:
            cut += 1
            assert shown.endswith("…") and len(shown) < len(title)
            kept = shown[:-1]
            assert title.startswith(kept) and title[len(kept)] in " ,;:", (title, shown)
        fm = QFontMetrics(tree.font())  # and it fits the row it is drawn in
        rect = tree.visualItemRect(item)
        assert fm.boundingRect(0, 0, tree.columnWidth(0) - tree.indentation() * 2, 500,
                               Qt.TextFlag.TextWordWrap, shown).height() <= rect.height()
    assert cut >= 3  # the narrow pane did cut some
    fm = QFontMetrics(tree.font())
    assert fit_words("short", fm, 200, 2) == "short"
    one_word = "x" * 200  # no word boundary: left for Qt to elide
    assert fit_words(one_word, fm, 50, 2) == one_word


def test_rows_are_right_at_the_first_paint_of_a_narrow_window(qtbot, corpus, tmp_path) -> None:
    prefs = Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    pane = InterpretationsPane(corpus, Selection(), prefs)
    qtbot.addWidget(pane)
    pane.resize(220, 800)  # narrow: the Date column shrinks as it is first shown
    pane.show()
    pane.tree.viewport().grab()  # the first paint, before any timer has run
    assert pane.tree.itemDelegate().painted
    assert not pane.tree.itemDelegate().stale()


def test_verification_words_are_readable_on_white() -> None:
    from colour_contrast import contrast

    from viewer.ui.readings.detail import STATUS_COLOURS, status_badge

    for status, colour in STATUS_COLOURS.items():
        assert contrast(colour, "#ffffff") >= 4.5, (status, colour)
        assert colour in status_badge(status)


def test_a_passage_no_reading_discusses_says_so(qtbot, corpus, tmp_path) -> None:
    pane = _pane(qtbot, corpus, tmp_path)
    uncited = next(p for p in corpus.texts["en"].passages
                   if not any(reads_passage(it, p.id, None)
                              for it in corpus.interpretations.values()))
    pane.selection.set(Ref("passage", uncited.id))
    assert pane.filter_bar.isVisible()
    assert f"No reading here discusses {uncited.label}" == pane.filter_label.full_text()
    assert not pane.only_button.isVisible()  # nothing to narrow to
    assert not pane.marked_readings()
    assert set(pane.visible_readings()) == set(corpus.interpretations)
    text = pane.detail.toPlainText()
    assert f"No reading here discusses {uncited.label}" in text
    assert "not narrowed" in text
    pane.selection.set(Ref("place", "shikotan"))  # readings there: every one concerned
    assert "All" in pane.filter_label.full_text() and not pane.only_button.isVisible()
