"""Import edge cases from a review: timestamps, duplicates, odd files, messages (no Qt)."""

from __future__ import annotations

import io
import json
import os
import threading
from pathlib import Path

import pytest
from ann_texts import EN9

from viewer.annotations import formats
from viewer.annotations.formats import (
    ImportRejected,
    export_csv,
    export_markdown,
    import_bytes,
    import_file,
)
from viewer.annotations.model import new_annotation
from viewer.annotations.store import AnnotationStore

SOURCE = "urn:declaration-viewer:jd1956:en:art-9"


def _w3c(id_: str, note: str, **times: str) -> dict:
    return {"type": "Annotation", "id": id_, "bodyValue": note, **times,
            "target": {"source": SOURCE,
                       "selector": {"type": "TextQuoteSelector", "exact": "Shikotan"}}}


def _dump(store: AnnotationStore) -> list[str]:
    return list(store.conn.iterdump())


@pytest.fixture
def store(tmp_path):
    s = AnnotationStore(tmp_path / "a.db")
    yield s
    s.close()


# 1. a record without `modified` --------------------------------------------------------

def test_reimport_without_modified_keeps_later_edits(store, texts):
    data = json.dumps([_w3c("urn:x:undated", "from file"),
                       _w3c("urn:x:created", "from file", created="2020-01-01T00:00:00Z")])
    first = import_bytes(store, data, texts)
    assert (first.added, first.updated) == (2, 0)
    assert store.get("urn:x:created").modified == "2020-01-01T00:00:00.000+00:00"
    again = import_bytes(store, data, texts)
    assert (again.added, again.updated, again.skipped) == (0, 0, 2)
    for id_ in ("urn:x:undated", "urn:x:created"):
        store.update(id_, note="my edit")
    third = import_bytes(store, data, texts)
    assert third.updated == 0
    assert [store.get(i).note for i in ("urn:x:undated", "urn:x:created")] == ["my edit"] * 2


# 2. timestamps that cannot be converted to UTC ------------------------------------------

@pytest.mark.parametrize("field, value", [
    ("created", "0001-01-01T00:00:00+14:00"),
    ("modified", "9999-12-31T23:00:00-05:00"),
])
def test_out_of_range_time_refused(store, texts, field, value):
    store.add(new_annotation("en", "art-9", EN9, 0, 9))
    before = _dump(store)
    data = json.dumps([_w3c("urn:x:ok", "fine"), _w3c("urn:x:far", "x", **{field: value})])
    with pytest.raises(ImportRejected) as e:
        import_bytes(store, data, texts)
    assert str(e.value) == f"[1].{field}: date-time out of range: {value!r}"
    assert _dump(store) == before


# 3. files whose size is not their length -----------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX named pipes")
def test_pipe_read_only_up_to_limit(store, texts, tmp_path, monkeypatch):
    monkeypatch.setattr(formats.core, "MAX_IMPORT_BYTES", 1000)
    fifo = tmp_path / "feed.json"
    os.mkfifo(fifo)
    fed: dict[str, object] = {}

    def feed() -> None:  # 4 MiB, far over the limit: the reader must stop early
        try:
            with open(fifo, "wb") as w:
                for _ in range(64):
                    w.write(b" " * 65536)
            fed["all"] = True
        except BrokenPipeError:
            fed["cut"] = True

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    try:
        with pytest.raises(ImportRejected, match=r"^feed\.json: .*import limit"):
            import_file(store, fifo, texts)
    finally:
        writer.join(10)
    assert fed == {"cut": True}
    assert store.count() == 0


# 4. our own export formats offered for import ------------------------------------------

@pytest.mark.parametrize("name, export", [
    ("notes.csv", export_csv), ("notes.md", export_markdown),
    ("notes.markdown", export_markdown), ("notes.TXT", export_markdown),
])
def test_csv_or_markdown_file_says_only_json(store, texts, tmp_path, name, export):
    store.add(new_annotation("en", "art-9", EN9, 0, 9, note="a note"))
    buf = io.StringIO(newline="")
    export(store.iter_all(), buf)
    path = tmp_path / name
    path.write_text(buf.getvalue(), encoding="utf-8")
    with pytest.raises(ImportRejected) as e:
        import_file(store, path, texts)
    assert str(e.value) == (f"{name}: only JSON (W3C Web Annotation or Hypothesis) can be "
                            "imported, and this file is not JSON")


def test_json_in_a_txt_file_is_imported(store, texts, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text(json.dumps([_w3c("urn:x:t", "in a .txt")]), encoding="utf-8")
    assert import_file(store, path, texts).added == 1


# 5. messages ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, expect", [
    ('["a\tb"]', "not valid JSON: Invalid control character at line 1, column 4"),
    ('["abc', "not valid JSON: Unterminated string starting at line 1, column 2"),
])
def test_json_error_says_at_once(store, texts, text, expect):
    with pytest.raises(ImportRejected) as e:
        import_bytes(store, text, texts)
    assert str(e.value) == expect


def test_overlong_number_message(store, texts):
    with pytest.raises(ImportRejected) as e:
        import_bytes(store, "[" + "9" * 5000 + "]", texts)
    assert str(e.value) == "number too long (5000 digits)"


# 6. the same id twice in one file ------------------------------------------------------

@pytest.mark.parametrize("copies, kept", [
    ([("old", "2020-01-01T00:00:00Z"), ("new", "2021-01-01T00:00:00Z")], "new"),
    ([("new", "2021-01-01T00:00:00Z"), ("old", "2020-01-01T00:00:00Z")], "new"),
    ([("one", "2021-01-01T00:00:00Z"), ("two", "2021-01-01T00:00:00Z")], "two"),
    ([("dated", "2000-01-01T00:00:00Z"), ("undated", None)], "dated"),
    ([("first", "2021-01-01T00:00:00Z"), ("new", "2023-01-01T00:00:00Z"),
      ("mid", "2022-01-01T00:00:00Z")], "new"),
])
def test_duplicate_id_keeps_newest(store, texts, copies, kept):
    anns = [_w3c("urn:x:dup", note, **({"modified": t} if t else {})) for note, t in copies]
    rep = import_bytes(store, json.dumps(anns), texts)
    assert (rep.added, rep.updated, rep.skipped) == (1, 0, len(copies) - 1)  # all counted
    assert store.get("urn:x:dup").note == kept


def test_duplicate_newer_copy_updates_stored(store, texts):
    import_bytes(store, json.dumps([_w3c("urn:x:d", "v1", modified="2020-01-01T00:00:00Z")]),
                 texts)
    anns = [_w3c("urn:x:d", "v1", modified="2020-01-01T00:00:00Z"),
            _w3c("urn:x:d", "v2", modified="2021-01-01T00:00:00Z")]
    rep = import_bytes(store, json.dumps(anns), texts)
    assert (rep.added, rep.updated, rep.skipped) == (0, 1, 1)
    assert store.get("urn:x:d").note == "v2"


def test_stand_in_store_gets_every_newest_record(texts, tmp_path: Path):
    """The GUI parses into an object with only import_records: it must still work."""
    class StandIn:
        records: list = []

        def import_records(self, records, progress=None, undated=frozenset()):
            self.records, self.undated = list(records), undated
            return formats.ImportReport()

    path = tmp_path / "a.json"
    path.write_text(json.dumps([_w3c("urn:x:u", "undated"),
                                _w3c("urn:x:u", "later copy"),
                                _w3c("urn:x:d", "dated", created="2020-01-01T00:00:00Z")]),
                    encoding="utf-8")
    stand_in = StandIn()
    import_file(stand_in, path, texts)  # type: ignore[arg-type]
    assert [r.note for r in stand_in.records] == ["later copy", "undated", "dated"]
    assert stand_in.undated == {"urn:x:u"}  # the store is told which ones are dated "now"


def test_a_dated_copy_beside_an_undated_one_still_updates(store, texts):
    import_bytes(store, json.dumps([_w3c("urn:x:a", "old", modified="2020-01-01T00:00:00Z")]),
                 texts)
    report = import_bytes(store, json.dumps([
        _w3c("urn:x:a", "new", modified="2024-01-01T00:00:00Z"),
        _w3c("urn:x:a", "copy without time")]), texts)
    assert store.get("urn:x:a").note == "new"
    assert (report.updated, report.skipped) == (1, 1)
