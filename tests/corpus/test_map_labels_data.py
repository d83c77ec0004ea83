"""data/map_labels.json: the waters' names (both conventions, cited) and the lines' kinds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from viewer.corpus.errors import CorpusError
from viewer.corpus.map_labels import check_map_labels, load_map_labels

DATA = Path(__file__).resolve().parents[2] / "data"


def _inside(point: tuple[float, float], ring) -> bool:  # noqa: ANN001 - ray casting
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def test_shipped_waters_are_named_both_ways_cited_and_at_sea(corpus) -> None:
    labels = load_map_labels(DATA / "map_labels.json")
    check_map_labels(labels, corpus, DATA / "map_labels.json")
    ids = {w.id for w in labels.waters}
    assert {"sea-of-okhotsk", "pacific-ocean", "nemuro-strait", "notsuke-strait"} <= ids
    for w in labels.waters:
        assert any("\u3040" <= c <= "\u9fff" for c in w.name_ja), w.id  # kana or kanji
        assert any("\u0400" <= c <= "\u04ff" for c in w.name_ru), w.id  # Cyrillic
        for sid in w.sources:
            assert corpus.sources[sid].checked  # says what was seen where
        for point in w.points:  # every label point is in the sea, not on an island
            for place in corpus.places.values():
                for polygon in place.polygons:
                    assert not _inside(point, list(polygon[0])), (w.id, point, place.id)
    assert set(labels.line_kinds) == set(corpus.lines)


def test_names_seen_in_the_sources_are_the_ones_shipped(corpus) -> None:
    """Each native-script name is quoted in the 'checked' note of one of its sources."""
    labels = load_map_labels(DATA / "map_labels.json")
    for w in labels.waters:
        notes = " ".join(corpus.sources[s].checked for s in w.sources)
        for name in (w.name_ja, w.name_ru):
            assert name.casefold() in notes.casefold().replace("пр.", "пролив "), (w.id, name)


@pytest.mark.parametrize("change, problem", [
    (lambda d: d["waters"][0].update(kind="lake"), "kind must be one of"),
    (lambda d: d["waters"][0].update(name_ru=""), "'name_ru' must be a non-empty string"),
    (lambda d: d["waters"][0].update(points=[[0, 0]]), "'points'"),
    (lambda d: d["waters"][0].update(sources=[]), "'sources'"),
    (lambda d: d["line_kinds"].update({"x": "wall"}), "kind must be one of"),
    (lambda d: d["waters"].append(dict(d["waters"][0])), "an id is used twice"),
])
def test_bad_file_says_where_and_what(tmp_path, change, problem) -> None:  # noqa: ANN001
    data = json.loads((DATA / "map_labels.json").read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "map_labels.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CorpusError, match=problem) as info:
        load_map_labels(path)
    assert str(path) in str(info.value)


def test_unknown_source_or_line_is_refused(corpus, tmp_path) -> None:  # noqa: ANN001
    labels = load_map_labels(DATA / "map_labels.json")
    bad = labels.__class__(labels.waters, {**labels.line_kinds, "no-such-line": "border"})
    with pytest.raises(CorpusError, match="no such line"):
        check_map_labels(bad, corpus, tmp_path / "m.json")
    water = labels.waters[0].__class__(**{**labels.waters[0].__dict__, "sources": ("nope",)})
    with pytest.raises(CorpusError, match="source 'nope'"):
        check_map_labels(labels.__class__((water,), labels.line_kinds), corpus, tmp_path)


def test_the_corpus_carries_the_map_labels(corpus) -> None:
    """Loaded and checked with the corpus, so a start from the cache has them too."""
    import pickle

    assert {w.id for w in corpus.map_labels.waters} >= {"sea-of-okhotsk", "nemuro-strait"}
    again = pickle.loads(pickle.dumps(corpus))
    assert again.map_labels == corpus.map_labels
