"""After the texts change, the store re-anchors in slices between events: the window keeps
answering, the status bar shows progress, and no highlight is drawn at a stale position."""

from __future__ import annotations

import pytest

from viewer.annotations.model import new_annotation
from viewer.ui.annotations.reanchor import BackgroundReanchor
from viewer.ui.annotations.service import AnnotationService

WORDS = ["Japan", "Habomai", "Soviet", "Peace", "Union", "diplomatic"]


def _store_made_on(corpus, path, n: int, texts: dict | None = None) -> list:
    """n annotations on the English art. 9, anchored against `texts` (default: shipped)."""
    texts = texts or corpus.passage_texts()
    svc = AnnotationService(path, texts)
    text = texts[("en", "art-9")]
    made = []
    for i in range(n):
        word = WORDS[i % len(WORDS)]
        start = text.index(word)
        made.append(svc.store.add(new_annotation("en", "art-9", text, start,
                                                 start + len(word), note=f"n{i}")))
    svc.close()
    return made


def _revised(corpus) -> dict:
    texts = corpus.passage_texts()
    texts[("en", "art-9")] = "Revised. " + texts[("en", "art-9")]
    return texts


def test_reanchoring_runs_in_slices_with_progress(qtbot, corpus, tmp_path, monkeypatch) -> None:
    path = tmp_path / "notes.sqlite"
    made = _store_made_on(corpus, path, 1200)
    monkeypatch.setattr(BackgroundReanchor, "SLICE_SECONDS", 0.0)  # one batch per slice
    batch = BackgroundReanchor.BATCH
    svc = AnnotationService(path, _revised(corpus))
    statuses: list[str] = []
    svc.status.connect(statuses.append)
    changes: list[list] = []
    svc.changed.connect(changes.append)
    svc.open_later()
    qtbot.waitUntil(lambda: svc.is_open)
    assert svc.reanchoring
    # While the pass runs: no highlights (their stored positions are 9 characters off).
    assert svc.recent_highlights("en", "art-9", 50) == ([], 0)
    ticks: list[int] = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(svc.reanchoring))
    timer.start(0)  # counts turns of the event loop while the pass runs
    qtbot.waitUntil(lambda: not svc.reanchoring)
    timer.stop()
    assert True in ticks  # the event loop ran between slices
    steps = -(-1200 // batch)
    assert len(statuses) == steps + 1  # one per slice, then the outcome
    assert statuses[:2] == [f"Checking annotations against the texts: {batch:,} of 1,200…",
                            f"Checking annotations against the texts: {2 * batch:,} of "
                            "1,200…"]
    assert statuses[-1] == "Annotations checked against the texts: 1,200 in place, 0 orphaned"
    assert changes and changes[-1] == []
    moved = svc.store.get(made[0].id)
    assert moved.start == made[0].start + len("Revised. ")
    rows, total = svc.recent_highlights("en", "art-9", 50)
    assert total == 1200 and rows
    assert not svc.store.reanchor_needed(_revised(corpus))
    svc.close()


def test_closing_mid_pass_leaves_it_for_the_next_open(qtbot, corpus, tmp_path, monkeypatch
                                                      ) -> None:
    path = tmp_path / "notes.sqlite"
    made = _store_made_on(corpus, path, 1200)
    monkeypatch.setattr(BackgroundReanchor, "SLICE_SECONDS", 0.0)
    svc = AnnotationService(path, _revised(corpus))
    statuses: list[str] = []
    svc.status.connect(statuses.append)
    svc.open_later()
    qtbot.waitUntil(lambda: len(statuses) >= 1)
    svc.close()  # the window closes after the first slice
    assert not svc.reanchoring
    qtbot.wait(20)  # no slice runs after the close
    from viewer.annotations.store import AnnotationStore

    look = AnnotationStore(path)
    assert look.get(made[-1].id).start == made[-1].start  # not reached: cut short
    assert look.reanchor_needed(_revised(corpus))
    look.close()
    again = AnnotationService(path, _revised(corpus))
    assert again.store.get(made[-1].id).start == made[-1].start + len("Revised. ")
    assert not again.store.reanchor_needed(_revised(corpus))
    again.close()


def test_the_store_property_still_anchors_at_once(corpus, tmp_path) -> None:
    """Offscreen renders and first use before the first paint wait for a complete pass."""
    path = tmp_path / "notes.sqlite"
    made = _store_made_on(corpus, path, 10)
    svc = AnnotationService(path, _revised(corpus))
    assert svc.store.get(made[0].id).start == made[0].start + len("Revised. ")
    assert not svc.reanchoring
    assert svc.recent_highlights("en", "art-9", 50)[1] == 10
    svc.close()


def test_the_window_shows_the_progress_in_its_status_bar(qtbot, corpus, tmp_path,
                                                          monkeypatch) -> None:
    from PySide6.QtCore import QSettings

    from viewer.ui.main_window import MainWindow

    path = tmp_path / "notes.sqlite"
    made = _store_made_on(corpus, path, 1200, texts=_revised(corpus))  # made on other texts
    monkeypatch.setattr(BackgroundReanchor, "SLICE_SECONDS", 0.0)
    seen: list[str] = []
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(corpus, settings, db_path=path)
    qtbot.addWidget(window)
    window.annotations.status.connect(seen.append)
    window.statusBar().showMessage("a message that matters")
    window.show()
    qtbot.waitUntil(lambda: window.annotations.is_open and not window.annotations.reanchoring)
    batch = BackgroundReanchor.BATCH
    assert f"Checking annotations against the texts: {batch:,} of 1,200…" in seen
    label = window._progress_label  # noqa: SLF001 - the status bar's permanent corner
    assert label.isVisible() and label.text().startswith("Annotations checked against")
    assert window.annotations.get(made[0].id).start == made[0].start - len("Revised. ")
    assert window.statusBar().currentMessage() == "a message that matters"  # not replaced


def test_a_pass_done_in_one_slice_says_nothing(qtbot, corpus, tmp_path, monkeypatch) -> None:
    """A small store (or a fresh one) is checked at once: no status line for it, so a
    message that matters (a store moved aside) is not replaced."""
    path = tmp_path / "notes.sqlite"
    made = _store_made_on(corpus, path, 30)
    monkeypatch.setattr(BackgroundReanchor, "SLICE_SECONDS", 10.0)  # all in one slice
    svc = AnnotationService(path, _revised(corpus))
    statuses: list[str] = []
    svc.status.connect(statuses.append)
    svc.open_later()
    qtbot.waitUntil(lambda: svc.is_open and not svc.reanchoring)
    assert svc.store.get(made[0].id).start == made[0].start + len("Revised. ")
    assert statuses == []
    svc.close()


def _running_pass(qtbot, corpus, path, monkeypatch, n: int = 1200):
    made = _store_made_on(corpus, path, n)
    monkeypatch.setattr(BackgroundReanchor, "SLICE_SECONDS", 0.0)
    svc = AnnotationService(path, _revised(corpus))
    svc._open_in_background()  # noqa: SLF001 - what open_later runs after the first paint
    assert svc.reanchoring
    return svc, made


def _fits(svc, corpus, annotation) -> bool:
    text = _revised(corpus)[("en", "art-9")]
    row = svc.store.get(annotation.id)
    return text[row.start:row.end] == row.exact


def test_an_import_showing_progress_mid_pass_does_not_break_it(qtbot, corpus, tmp_path,
                                                               monkeypatch, caplog) -> None:
    from PySide6.QtCore import QCoreApplication

    svc, made = _running_pass(qtbot, corpus, tmp_path / "notes.sqlite", monkeypatch)
    text = _revised(corpus)[("en", "art-9")]
    start = text.index("Peace")
    records = [new_annotation("en", "art-9", text, start, start + 5, note=f"imported {i}")
               for i in range(300)]
    # The import's progress lets events run inside its transaction: a slice must wait.
    report = svc.store.import_records(records,
                                      progress=lambda *_: QCoreApplication.processEvents())
    assert report.added == 300
    qtbot.waitUntil(lambda: not svc.reanchoring)
    assert "re-anchoring stopped" not in caplog.text
    assert all(_fits(svc, corpus, a) for a in made)
    svc.close()


def test_undo_of_an_edit_mid_pass_keeps_positions_that_fit(qtbot, corpus, tmp_path,
                                                          monkeypatch) -> None:
    svc, made = _running_pass(qtbot, corpus, tmp_path / "notes.sqlite", monkeypatch)
    last = made[-1]  # not reached by the pass yet
    svc.update(last.id, note="edited mid-pass")
    qtbot.waitUntil(lambda: not svc.reanchoring)
    svc.undo_stack.undo()
    assert svc.store.get(last.id).note == last.note
    assert _fits(svc, corpus, last)
    svc.undo_stack.redo()
    assert svc.store.get(last.id).note == "edited mid-pass" and _fits(svc, corpus, last)
    svc.delete(made[-2].id)  # and a delete, undone after the pass
    svc.undo_stack.undo()
    assert _fits(svc, corpus, made[-2])
    svc.close()


def test_settle_finishes_the_pass_before_an_export(qtbot, corpus, tmp_path, monkeypatch
                                                   ) -> None:
    from viewer.annotations.formats import export_store

    svc, made = _running_pass(qtbot, corpus, tmp_path / "notes.sqlite", monkeypatch)
    svc.settle()
    assert not svc.reanchoring
    assert all(_fits(svc, corpus, a) for a in made)
    import io

    out = io.StringIO()
    assert export_store(svc.store, "w3c", out) == len(made)
    svc.close()


def test_after_mere_writes_the_pass_is_silent_and_keeps_highlights(qtbot, corpus, tmp_path,
                                                                   monkeypatch) -> None:
    path = tmp_path / "notes.sqlite"
    _store_made_on(corpus, path, 1200)  # anchored against the shipped texts, then written
    monkeypatch.setattr(BackgroundReanchor, "SLICE_SECONDS", 0.0)
    svc = AnnotationService(path, corpus.passage_texts())  # the same texts
    statuses: list[str] = []
    svc.status.connect(statuses.append)
    svc._open_in_background()  # noqa: SLF001 - what open_later runs after the first paint
    assert svc.reanchoring  # the writes since the last pass are checked …
    assert not svc.hides_highlights  # … with the highlights shown meanwhile
    assert svc.recent_highlights("en", "art-9", 50)[1] == 1200
    qtbot.waitUntil(lambda: not svc.reanchoring)
    assert statuses == []
    svc.close()


def test_an_unexpected_error_mid_pass_brings_the_highlights_back(qtbot, corpus, tmp_path,
                                                                 monkeypatch, caplog) -> None:
    svc, made = _running_pass(qtbot, corpus, tmp_path / "notes.sqlite", monkeypatch)
    assert svc.hides_highlights
    changes: list[list] = []
    svc.changed.connect(changes.append)

    def broken(*_args, **_kw):
        raise RuntimeError("boom")

    monkeypatch.setattr(type(svc.store), "_check_rows", broken)
    qtbot.waitUntil(lambda: not svc.reanchoring)
    assert "re-anchoring stopped" in caplog.text
    assert changes and changes[-1] == []  # drawn again
    assert svc.recent_highlights("en", "art-9", 50)[1] == len(made)
    assert svc.store.reanchor_needed(_revised(corpus))  # left for the next open
    svc.close()


@pytest.mark.parametrize("export", ["csv", "pdf"])
def test_exports_mid_pass_write_checked_positions(qtbot, corpus, tmp_path, monkeypatch,
                                                  export: str) -> None:
    import csv

    from PySide6.QtCore import QSettings

    from viewer.ui.main_window import MainWindow

    path = tmp_path / "notes.sqlite"
    made = _store_made_on(corpus, path, 1200, texts=_revised(corpus))  # made on other texts
    monkeypatch.setattr(BackgroundReanchor, "SLICE_SECONDS", 0.0)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(corpus, settings, db_path=path)
    qtbot.addWidget(window)
    window.exchange.show_info = lambda _message: None
    window.annotations._open_in_background()  # noqa: SLF001 - as after the first paint
    assert window.annotations.reanchoring
    text = corpus.passage("en", "art-9").text
    if export == "csv":
        out = tmp_path / "out.csv"
        assert window.exchange.export_annotations("csv", out) == len(made)
        rows = list(csv.DictReader(out.open(encoding="utf-8")))
        assert all(text[int(r["start"]):int(r["end"])] == r["exact"] for r in rows)
    else:
        html = window.pdf_exporter.html()
        assert "Habomai" in html
    assert not window.annotations.reanchoring  # the export finished the pass first
    assert window.annotations.get(made[0].id).start == made[0].start - len("Revised. ")


def test_an_open_transaction_makes_the_pass_look_again_later(qtbot, corpus, tmp_path,
                                                             monkeypatch) -> None:
    """While someone else's write is open the pass does not spin on a ready timer."""
    from PySide6.QtCore import QCoreApplication, QElapsedTimer

    calls: list[int] = []
    slice_ = BackgroundReanchor._slice
    monkeypatch.setattr(BackgroundReanchor, "_slice",
                        lambda self: calls.append(1) or slice_(self))
    svc, made = _running_pass(qtbot, corpus, tmp_path / "notes.sqlite", monkeypatch)
    with svc.store._transaction():  # noqa: SLF001 - as an import holds one open
        clock = QElapsedTimer()
        clock.start()
        while clock.elapsed() < 200:
            QCoreApplication.processEvents()
    assert len(calls) <= 8  # about one look per 50 ms, not thousands
    qtbot.waitUntil(lambda: not svc.reanchoring)
    assert all(_fits(svc, corpus, a) for a in made)
    svc.close()


def test_background_paused_holds_the_pass(qtbot, corpus, tmp_path, monkeypatch) -> None:
    svc, made = _running_pass(qtbot, corpus, tmp_path / "notes.sqlite", monkeypatch)
    statuses: list[str] = []
    svc.status.connect(statuses.append)
    with svc.background_paused():
        qtbot.wait(100)
        assert statuses == [] and svc.reanchoring
        assert not _fits(svc, corpus, made[-1])
    qtbot.waitUntil(lambda: not svc.reanchoring)
    assert all(_fits(svc, corpus, a) for a in made)
    svc.close()


def test_settle_inside_settle_and_close_inside_settle(qtbot, corpus, tmp_path, monkeypatch,
                                                      caplog) -> None:
    from PySide6.QtCore import QTimer

    monkeypatch.setattr(BackgroundReanchor, "DIALOG_AFTER_MS", 0)  # shown: events run
    svc, made = _running_pass(qtbot, corpus, tmp_path / "notes.sqlite", monkeypatch)
    ends: list[int] = []
    svc._pass.finished.connect(lambda: ends.append(1))  # noqa: SLF001
    inner: list[bool] = []
    QTimer.singleShot(0, lambda: inner.append(svc.settle()))  # runs inside the dialog
    assert svc.settle()
    assert inner == [True]  # ran inside the first one's dialog: a no-op there
    assert ends == [1] and "re-anchoring stopped" not in caplog.text
    assert all(_fits(svc, corpus, a) for a in made)
    svc.close()
    again, _made = _running_pass(qtbot, corpus, tmp_path / "other.sqlite", monkeypatch)
    QTimer.singleShot(0, again.close)  # the window closes while an export waits
    assert not again.settle()  # the export does not go on
    assert "re-anchoring stopped" not in caplog.text


def test_opening_after_the_first_paint_redraws_in_a_turn_of_its_own(qtbot, corpus,
                                                                    tmp_path) -> None:
    """The store opens in one event-loop turn and the text is drawn again with highlights
    in the next, so the window never waits for both at once."""
    path = tmp_path / "notes.sqlite"
    _store_made_on(corpus, path, 10)
    svc = AnnotationService(path, corpus.passage_texts())
    changes: list[list] = []
    svc.changed.connect(changes.append)
    svc._open_in_background()  # noqa: SLF001 - what open_later runs after the first paint
    assert svc.is_open and changes == []
    qtbot.waitUntil(lambda: changes == [[]])
    assert svc.recent_highlights("en", "art-9", 50)[1] == 10
    svc.close()
