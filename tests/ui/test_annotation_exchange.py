"""Import/export in the GUI: progress, one refusal dialog, store unchanged, each format."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from viewer.annotations.formats import export_w3c
from viewer.annotations.model import new_annotation
from viewer.ui.annotations.exchange import NOTHING_CHANGED, AnnotationExchange


@pytest.fixture
def exchange(qtbot, service, monkeypatch) -> AnnotationExchange:
    window = QWidget()
    qtbot.addWidget(window)
    ex = AnnotationExchange(service, window)
    ex.errors, ex.infos = [], []
    monkeypatch.setattr(ex, "show_error", ex.errors.append)
    monkeypatch.setattr(ex, "show_info", ex.infos.append)
    return ex


def _records(corpus, n: int) -> list:
    text = corpus.passage("en", "art-9").text
    return [new_annotation("en", "art-9", text, i % 300, i % 300 + 7, note=f"note {i}",
                           tags=[f"t{i % 5}"]) for i in range(n)]


def _write_w3c(path, records) -> None:
    with open(path, "w", encoding="utf-8") as f:
        export_w3c(records, f)


def test_import_good_file_with_progress(exchange, service, corpus, tmp_path,
                                        monkeypatch) -> None:
    path = tmp_path / "in.jsonld"
    _write_w3c(path, _records(corpus, 1200))
    foreign = {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:uuid:"
               "00000000-0000-4000-8000-000000000001", "type": "Annotation",
               "body": {"type": "TextualBody", "value": "elsewhere"},
               "target": {"source": "http://example.org/other-copy", "selector": {
                   "type": "TextQuoteSelector", "exact": "a quote found nowhere"}}}
    doc = json.loads(path.read_text(encoding="utf-8"))
    items = doc if isinstance(doc, list) else doc.get("first", {}).get("items", doc)
    items.append(foreign)
    path.write_text(json.dumps(doc), encoding="utf-8")
    seen: list[tuple[int, int]] = []
    from PySide6.QtWidgets import QProgressDialog

    original = QProgressDialog.setValue
    monkeypatch.setattr(QProgressDialog, "setValue",
                        lambda self, v: (seen.append((v, self.maximum())), original(self, v)))
    monkeypatch.setattr(exchange, "ask_open_path", lambda: path)
    exchange.import_action.trigger()
    assert exchange.errors == []
    assert service.store.count() == 1201
    assert service.store.count(orphan=True) == 1
    assert (1201, 1201) in seen and any(0 < v < 1201 for v, _ in seen)
    [info] = exchange.infos
    assert "1201 added" in info and "1 not anchored" in info
    exchange.infos.clear()
    exchange.import_annotations(path)  # our own export twice adds nothing twice
    assert service.store.count() == 1201 and "already there" in exchange.infos[0]


@pytest.mark.parametrize("content", [
    b'{"type": "Annotation", "target": ',  # truncated
    b"\x00\x01\x02 binary garbage \xff",
    "[" * 5000,  # absurd nesting
    None,  # a file mixing a valid and an invalid annotation
])
def test_bad_file_one_error_and_store_unchanged(exchange, service, corpus, tmp_path,
                                                content) -> None:
    service.store.import_records(_records(corpus, 3))
    before = sorted((a.id, a.modified) for a in service.store.iter_all())
    path = tmp_path / "bad.json"
    if content is None:
        good = json.loads(_dump(_records(corpus, 2)))
        items = good if isinstance(good, list) else good["first"]["items"]
        items.append({"type": "Annotation", "target": 42})
        content = json.dumps(good)
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    assert exchange.import_annotations(path) is None
    [error] = exchange.errors
    assert "bad.json" in error and NOTHING_CHANGED in error
    assert exchange.infos == []
    assert sorted((a.id, a.modified) for a in service.store.iter_all()) == before


def _dump(records) -> str:
    import io

    buf = io.StringIO()
    export_w3c(records, buf)
    return buf.getvalue()


def test_missing_file_refused(exchange, tmp_path) -> None:
    exchange.import_annotations(tmp_path / "nope.json")
    [error] = exchange.errors
    assert "no such file" in error


def test_read_only_store_refuses_import(exchange, service, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(type(service), "read_only", property(lambda self: True))
    asked = []
    monkeypatch.setattr(exchange, "ask_open_path", lambda: asked.append(1))
    assert exchange.import_annotations() is None
    assert asked == [] and "read-only" in exchange.infos[0]


def test_export_each_format(exchange, service, corpus, tmp_path, monkeypatch) -> None:
    service.store.import_records(_records(corpus, 4))
    for fmt, name in (("w3c", "a.jsonld"), ("csv", "a.csv"), ("md", "a.md")):
        monkeypatch.setattr(exchange, "ask_save_path", lambda f, n=name: tmp_path / n)
        exchange.export_actions[fmt].trigger()
    assert exchange.errors == [] and len(exchange.infos) == 3
    doc = json.loads((tmp_path / "a.jsonld").read_text(encoding="utf-8"))
    assert "anno.jsonld" in json.dumps(doc)
    rows = list(csv.reader((tmp_path / "a.csv").open(encoding="utf-8", newline="")))
    assert len(rows) == 5  # header + 4
    assert "note 3" in (tmp_path / "a.md").read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".a.")] == []


def test_export_failure_shows_error(exchange, service, tmp_path) -> None:
    target = tmp_path / "missing-folder" / "a.csv"
    assert exchange.export_annotations("csv", target) is None
    [error] = exchange.errors
    assert "could not be exported" in error and not target.exists()


def test_reimporting_an_undated_file_keeps_later_edits(exchange, service, tmp_path) -> None:
    undated = {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
               "id": "urn:uuid:00000000-0000-4000-8000-0000000000aa",
               "body": {"type": "TextualBody", "value": "from the file"},
               "target": {"source": "urn:declaration-viewer:jd1956:en:art-9",
                          "selector": {"type": "TextQuoteSelector",
                                       "exact": "Habomai Islands"}}}
    path = tmp_path / "undated.json"
    path.write_text(json.dumps([undated]), encoding="utf-8")
    exchange.import_annotations(path)
    assert exchange.errors == [] and service.store.count() == 1
    service.store.update(undated["id"], note="my edit")
    exchange.import_annotations(path)
    assert exchange.errors == [] and "already there" in exchange.infos[-1]
    assert service.store.get(undated["id"]).note == "my edit"


def test_a_damaged_store_refuses_the_import_and_is_not_written(exchange, service, corpus,
                                                               tmp_path, monkeypatch) -> None:
    path = tmp_path / "in.jsonld"
    _write_w3c(path, _records(corpus, 3))
    monkeypatch.setattr(type(service.store), "damage", lambda self: "page 2 is malformed")
    assert exchange.import_annotations(path) is None
    assert "damaged" in exchange.errors[0] and NOTHING_CHANGED in exchange.errors[0]
    assert service.store.count() == 0


def test_an_import_that_replaces_annotations_clears_the_undo_history(exchange, service,
                                                                      corpus, tmp_path) -> None:
    [a] = _records(corpus, 1)
    service.add(a)  # an undoable step
    newer = service.store.get(a.id)
    path = tmp_path / "newer.jsonld"
    from dataclasses import replace

    _write_w3c(path, [replace(newer, note="from the file", modified="2999-01-01T00:00:00Z")])
    assert service.undo_stack.canUndo()
    exchange.import_annotations(path)
    assert "1 updated" in exchange.infos[-1] and "can no longer be undone" in exchange.infos[-1]
    assert not service.undo_stack.canUndo()
    assert service.store.get(a.id).note == "from the file"


def test_an_export_never_replaces_the_database(exchange, service, corpus) -> None:
    [a] = _records(corpus, 1)
    service.add(a)
    db = service.store.path
    before = open(db, "rb").read(16)
    assert exchange.export_annotations("w3c", Path(db)) is None
    assert "is a database" in exchange.errors[-1]
    assert open(db, "rb").read(16) == before and service.store.count() == 1
