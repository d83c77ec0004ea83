"""After the texts change, the store re-anchors in slices between events: the window keeps
answering, the status bar shows progress, and no highlight is drawn at a stale position."""

from __future__ import annotations

from viewer.annotations.model import new_annotation
from viewer.ui.annotation_service import AnnotationService

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
    monkeypatch.setattr(AnnotationService, "SLICE_SECONDS", 0.0)  # one batch per slice
    batch = AnnotationService.REANCHOR_BATCH
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
    monkeypatch.setattr(AnnotationService, "SLICE_SECONDS", 0.0)
    svc = AnnotationService(path, _revised(corpus))
    statuses: list[str] = []
    svc.status.connect(statuses.append)
    svc.open_later()
    qtbot.waitUntil(lambda: len(statuses) >= 1)
    svc.close()  # the window closes after the first slice
    assert not svc.reanchoring
    qtbot.wait(20)  # a queued slice finds nothing to do
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
    monkeypatch.setattr(AnnotationService, "SLICE_SECONDS", 0.0)
    seen: list[str] = []
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(corpus, settings, db_path=path)
    qtbot.addWidget(window)
    window.statusBar().messageChanged.connect(seen.append)
    window.show()
    qtbot.waitUntil(lambda: window.annotations.is_open and not window.annotations.reanchoring)
    batch = AnnotationService.REANCHOR_BATCH
    assert f"Checking annotations against the texts: {batch:,} of 1,200…" in seen
    assert window.statusBar().currentMessage().startswith("Annotations checked against")
    assert window.annotations.get(made[0].id).start == made[0].start - len("Revised. ")


def test_a_pass_done_in_one_slice_says_nothing(qtbot, corpus, tmp_path) -> None:
    """A small store (or a fresh one) is checked at once: no status line for it, so a
    message that matters (a store moved aside) is not replaced."""
    path = tmp_path / "notes.sqlite"
    made = _store_made_on(corpus, path, 30)
    svc = AnnotationService(path, _revised(corpus))
    statuses: list[str] = []
    svc.status.connect(statuses.append)
    svc.open_later()
    qtbot.waitUntil(lambda: svc.is_open and not svc.reanchoring)
    assert svc.store.get(made[0].id).start == made[0].start + len("Revised. ")
    assert statuses == []
    svc.close()
