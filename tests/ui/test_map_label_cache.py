"""The first frame's labels are where the last start's search put them (issue 23)."""

from __future__ import annotations

from map_pane_helper import shown_map_pane

from viewer.paths import user_cache_dir
from viewer.ui.map import placed_cache, placement
from viewer.ui.map.pane import MapPane


def _start(qtbot, corpus, tmp_path, monkeypatch, size) -> tuple[MapPane, int]:  # noqa: ANN001
    """A pane as a new process makes it; how many times labels were searched for."""
    monkeypatch.setattr(placed_cache, "_looked", False)
    searched = []
    real = placement.place_labels
    monkeypatch.setattr(placement, "place_labels",
                        lambda *a, **k: (searched.append(1), real(*a, **k))[1])
    pane = shown_map_pane(qtbot, corpus, tmp_path, size)
    return pane, len(searched)


def _where(pane: MapPane) -> dict[str, tuple]:
    return {key: (label.isVisible(), label.stacked, label.pos().toTuple(),
                  label.offset.toTuple(), label.leader is not None)
            for key, label in pane.labels.items()}


def test_a_start_with_the_same_view_reuses_the_placement(qtbot, corpus, tmp_path,
                                                        monkeypatch) -> None:
    (user_cache_dir() / placed_cache.CACHE_NAME).unlink(missing_ok=True)  # other tests' views
    first, searched = _start(qtbot, corpus, tmp_path, monkeypatch, (600, 700))
    assert searched == 1 and (user_cache_dir() / placed_cache.CACHE_NAME).is_file()
    placed = _where(first)
    assert sum(visible for visible, *_ in placed.values()) >= 5
    again, searched = _start(qtbot, corpus, tmp_path, monkeypatch, (600, 700))
    assert searched == 0  # served from the cache
    assert _where(again) == placed
    # Any other view (here: another size) is searched for, as ever.
    _other, searched = _start(qtbot, corpus, tmp_path, monkeypatch, (640, 700))
    assert searched == 1


def test_an_unreadable_cache_is_searched_for_and_rewritten(qtbot, corpus, tmp_path,
                                                          monkeypatch) -> None:
    path = user_cache_dir() / placed_cache.CACHE_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not a pickle")
    _pane, searched = _start(qtbot, corpus, tmp_path, monkeypatch, (600, 700))
    assert searched == 1 and path.read_bytes() != b"not a pickle"
