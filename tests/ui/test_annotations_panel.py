"""The annotations panel: paged list, filters, orphans apart, click selects, edit/delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from viewer.annotations.model import Annotation, new_annotation, new_id
from viewer.corpus.refs import Ref
from viewer.ui.annotations import list_model
from viewer.ui.annotations import panel as annotations_panel
from viewer.ui.annotations.panel import AnnotationsPanel
from viewer.ui.common.selection import Selection


def _add(service, corpus, needle: str, lang: str = "en", pid: str = "art-9", **values):
    text = corpus.passage(lang, pid).text
    start = text.index(needle)
    a = new_annotation(lang, pid, text, start, start + len(needle), **values)
    service.store.add(a)
    return a


@pytest.fixture
def panel(qtbot, corpus, service, prefs) -> AnnotationsPanel:
    panel = AnnotationsPanel(corpus, Selection(), prefs, service)
    qtbot.addWidget(panel)
    panel.resize(700, 500)
    return panel


def _show(qtbot, panel) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    _settle(qtbot, panel)


def _settle(qtbot, panel) -> None:
    """Counts and the orphan list are filled just after the panel paints."""
    qtbot.waitUntil(lambda: not (panel._later_timer.isActive()
                                 or panel._counts_timer.isActive()
                                 or panel._refresh_timer.isActive()))


def _texts(view) -> list[str]:
    model = view.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_lists_filters_and_orphans_apart(qtbot, panel, service, corpus) -> None:
    a = _add(service, corpus, "Habomai Islands", tags=["islands", "art9"], color="#8ce99a",
             places=["habomai"], note="The **group** of islets")
    b = _add(service, corpus, "Peace Treaty", tags=["treaty"], color="#74c0fc",
             note="Which treaty?")
    c = _add(service, corpus, "Шикотан", lang="ru", tags=["islands"], places=["shikotan"])
    service.store.add(Annotation(id=new_id(), lang="en", passage="art-9",
                                 exact="words that are nowhere in the text", orphan=True,
                                 note="from another copy"))
    _show(qtbot, panel)
    assert panel.tabs.tabText(0) == "Anchored (3)"
    assert panel.tabs.tabText(1) == "Not anchored (1)"
    assert _texts(panel.orphan_view) == ["“words that are nowhere in the text”"]
    model = panel.anchored
    row = model.row_of(a.id)
    assert model.index(row, 2).data() == "islands, art9"
    assert model.index(row, 3).data() == "Green"  # the colour's name, not only a swatch
    assert "Article 9" in model.index(row, 4).data()

    panel.tag_box.setCurrentIndex(panel.tag_box.findData("islands"))
    _settle(qtbot, panel)
    assert {model.annotation(r).id for r in range(model.rowCount())} == {a.id, c.id}
    assert panel.tabs.tabText(1) == "Not anchored (0)"
    panel.tag_box.setCurrentIndex(0)
    panel.color_box.setCurrentIndex(panel.color_box.findData("#74c0fc"))
    assert [model.annotation(r).id for r in range(model.rowCount())] == [b.id]
    assert panel.color_box.currentText() == "Blue"
    panel.color_box.setCurrentIndex(0)
    panel.place_box.setCurrentIndex(panel.place_box.findData("shikotan"))
    assert [model.annotation(r).id for r in range(model.rowCount())] == [c.id]
    panel.place_box.setCurrentIndex(0)
    qtbot.keyClicks(panel.text_field, "treaty?")
    qtbot.keyClick(panel.text_field, Qt.Key.Key_Return)
    assert [model.annotation(r).id for r in range(model.rowCount())] == [b.id]
    panel.text_field.clear()
    qtbot.keyClick(panel.text_field, Qt.Key.Key_Return)
    assert model.rowCount() == 3


def test_pages_lazily(qtbot, panel, service, corpus, monkeypatch) -> None:
    monkeypatch.setattr(list_model, "PAGE", 5)
    text = corpus.passage("en", "art-9").text
    records = [new_annotation("en", "art-9", text, i, i + 4) for i in range(12)]
    service.store.import_records(records)
    model = list_model.AnnotationListModel(service, corpus, False)
    model.reload()
    assert model.rowCount() == 5 and model.canFetchMore()  # one page, not everything
    model.fetchMore()
    assert model.rowCount() == 10
    model.fetchMore()
    assert model.rowCount() == 12 and not model.canFetchMore()
    assert model.total == 12
    _show(qtbot, panel)  # the view fetches what it needs to fill itself
    assert panel.tabs.tabText(0) == "Anchored (12)"


def test_click_and_enter_select(qtbot, panel, service, corpus) -> None:
    _add(service, corpus, "Habomai Islands")
    b = _add(service, corpus, "Peace Treaty")
    _show(qtbot, panel)
    view = panel.anchored_view
    index = view.model().index(1, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())
    assert panel.selection.current == Ref("annotation", b.id)
    panel.selection.clear()
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert panel.selection.current == Ref("annotation", b.id)


def test_delete_is_undoable_and_edit_updates(qtbot, panel, service, corpus,
                                             monkeypatch) -> None:
    a = _add(service, corpus, "Habomai Islands", note="first")
    _show(qtbot, panel)
    view = panel.anchored_view
    view.setCurrentIndex(view.model().index(0, 0))
    monkeypatch.setattr(panel, "open_editor", lambda annotation: {
        "note": "second", "tags": ["x"], "color": "#faa2c1", "places": [],
        "interpretations": []})
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert service.store.get(a.id).note == "second"
    qtbot.waitUntil(lambda: panel.anchored.index(0, 3).data() == "Pink")
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert service.store.get(a.id) is None
    qtbot.waitUntil(lambda: panel.tabs.tabText(0) == "Anchored (0)")
    assert panel.anchored.rowCount() == 0
    service.undo_stack.undo()
    assert service.store.get(a.id).note == "second"
    qtbot.waitUntil(lambda: panel.anchored.rowCount() == 1)


def test_note_html_is_escaped_in_tooltips(qtbot, panel, service, corpus) -> None:
    _add(service, corpus, "Habomai Islands", note="<img src=x> <b>bold</b>")
    _show(qtbot, panel)
    tip = panel.anchored.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip and "&lt;img src=x&gt;" in tip


def test_first_shown_in_the_window_at_its_width(qtbot, mini_corpus, tmp_path) -> None:
    from viewer.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    window = MainWindow(mini_corpus, settings, db_path=tmp_path / "n.db")
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    qtbot.waitExposed(window)
    panel = window.annotations_panel
    panel.show()
    qtbot.waitUntil(panel.isVisible)
    qtbot.wait(20)
    assert abs(panel.width() - window.dock_width()) <= 8


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800), (1600, 900)])
@pytest.mark.parametrize("dock", ["annotations_panel", "search_panel"])
def test_docks_open_narrow_and_the_panes_stay_usable(qtbot, corpus, tmp_path, size,
                                                      dock) -> None:
    """Issue 19: the empty annotations panel took a third of the width and squeezed the map
    to ~90 px at 1024 px."""
    from viewer.ui.main_window import PANE_MIN_WIDTHS, MainWindow

    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    window = MainWindow(corpus, settings, db_path=tmp_path / "n.db")
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    panel = getattr(window, dock)
    if dock == "search_panel":
        panel.start()  # Ctrl+Shift+F's way in
    else:
        panel.toggle_action.trigger()
    qtbot.waitUntil(panel.isVisible)
    qtbot.waitUntil(lambda: panel.width() <= 0.3 * size[0] + 8, timeout=2000)
    widths = [window.splitter.widget(i).width() for i in range(3)]
    assert all(w >= least for w, least in zip(widths, PANE_MIN_WIDTHS, strict=True)), widths


def test_an_empty_panel_says_how_to_make_an_annotation(qtbot, panel, service, corpus) -> None:
    _show(qtbot, panel)
    assert panel.empty_hint.isVisible()
    assert "select words in the text" in panel.empty_hint.text()
    assert "Ctrl+Shift+A" in panel.empty_hint.text()
    _add(service, corpus, "Peace Treaty", tags=["x"])
    service.changed.emit([])
    _settle(qtbot, panel)
    assert not panel.empty_hint.isVisible()
    panel.text_field.setText("zzzz-no-such-words")
    panel._apply_filters()  # noqa: SLF001 - as the typing timer does
    _settle(qtbot, panel)
    assert panel.empty_hint.isVisible() and "matches" in panel.empty_hint.text()


def test_bidi_controls_show_as_markers_in_cells_tips_and_filters(qtbot, panel, service,
                                                                 corpus) -> None:
    from PySide6.QtCore import Qt as _Qt

    _add(service, corpus, "Peace Treaty", note="Pay to: \u202etxt.exe\u202c ok",
         tags=["\u202eabc"])
    _show(qtbot, panel)
    model = panel.anchored
    cells = [model.index(0, c).data() for c in range(3)]
    cells += [model.index(0, 1).data(_Qt.ItemDataRole.ToolTipRole),
              model.index(0, 0).data(_Qt.ItemDataRole.AccessibleTextRole)]
    cells += [panel.tag_box.itemText(i) for i in range(panel.tag_box.count())]
    for text in cells:
        assert "\u202e" not in text and "\u202c" not in text, text
    assert "[U+202E]txt.exe[U+202C]" in cells[1]
    assert "[U+202E]abc" in cells[2]


def test_a_long_note_s_tooltip_is_cut(qtbot, panel, service, corpus) -> None:
    from PySide6.QtCore import Qt as _Qt

    _add(service, corpus, "Peace Treaty", note="word " * 20000)
    _show(qtbot, panel)
    tip = panel.anchored.index(0, 1).data(_Qt.ItemDataRole.ToolTipRole)
    assert 500 < len(tip) < 1200 and tip.endswith("…</p>")


def test_notes_show_their_words_not_their_markdown(qtbot, panel, service, corpus) -> None:
    from PySide6.QtCore import Qt as _Qt

    _add(service, corpus, "Peace Treaty", note="Read **on exchange** and *then* `x` "
         "[the map](dv:place/habomai) [@jd1956, p. 3]")
    _show(qtbot, panel)
    index = panel.anchored.index(0, 1)
    shown = [index.data(), index.data(_Qt.ItemDataRole.ToolTipRole),
             panel.anchored.index(0, 0).data(_Qt.ItemDataRole.AccessibleTextRole)]
    for text in shown:
        assert "on exchange" in text and "the map" in text, text
        assert not any(mark in text for mark in ("**", "*then*", "`", "](", "[@")), text


def test_the_tags_column_fits_its_tags(qtbot, panel, service, corpus) -> None:
    from PySide6.QtCore import Qt as _Qt

    tags = ["negotiations", "territorial-question", "art9"]
    _add(service, corpus, "Peace Treaty", tags=tags)
    _show(qtbot, panel)
    view = panel.anchored_view
    cell = panel.anchored.index(0, 2)
    needed = view.fontMetrics().horizontalAdvance(cell.data())
    width = view.header().sectionSize(2)
    assert width >= min(needed, annotations_panel.TAGS_WIDTH[1] - 20), (width, needed)
    tip = cell.data(_Qt.ItemDataRole.ToolTipRole)  # the whole list, however wide
    assert all(t in tip for t in tags)


def test_zero_width_characters_show_as_markers(qtbot, panel, service, corpus) -> None:
    """Issue 21 item 7: U+200B-U+200D, U+2060 and U+FEFF are shown, not hidden."""
    from PySide6.QtCore import Qt as _Qt

    from viewer.ui.annotations.service import excerpt

    _add(service, corpus, "Peace Treaty", note="a\u200bb c\u2060d e\ufefff",
         tags=["\u200b", "x\u200cy\u200dz"])
    _show(qtbot, panel)
    model = panel.anchored
    cells = [model.index(0, c).data() for c in (1, 2)]
    cells.append(model.index(0, 1).data(_Qt.ItemDataRole.ToolTipRole))
    cells += [panel.tag_box.itemText(i) for i in range(panel.tag_box.count())]
    for text in cells:
        assert not any(ch in text for ch in "\u200b\u200c\u200d\u2060\ufeff"), repr(text)
    assert "a[U+200B]b" in cells[0] and "c[U+2060]d" in cells[0] and "e[U+FEFF]f" in cells[0]
    assert "[U+200B], x[U+200C]y[U+200D]z" in cells[1]
    assert any(t.startswith("[U+200B] (") for t in cells[3:])  # a blank tag is visible
    assert excerpt("a\u200bb") == "a[U+200B]b"  # undo entries ("Annotate “…”") too


def test_an_empty_file_as_the_database_is_said_to_be_set_up(qtbot, corpus, tmp_path) -> None:
    """Issue 21.6 in the window: an empty file adopted as the store is not silent."""
    from viewer.ui.annotations.service import AnnotationService

    db = tmp_path / "empty.sqlite"
    db.write_bytes(b"")
    svc = AnnotationService(db, corpus.passage_texts())
    assert svc.store.schema_version() > 0
    assert svc.open_message and "was an empty file" in svc.open_message
    svc.store.close()
