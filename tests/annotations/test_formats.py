import csv
import io
import json

import pytest
from ann_texts import EN9, JA9, RU9

from viewer.annotations import formats
from viewer.annotations.formats import (
    ImportRejected,
    export_csv,
    export_markdown,
    export_store,
    export_w3c,
    import_bytes,
    import_file,
    split_joined,
    to_w3c,
)
from viewer.annotations.model import new_annotation
from viewer.annotations.store import AnnotationStore


def _ann(lang, text, phrase, **kw):
    i = text.index(phrase)
    pid = "art-1" if text.startswith("The state of war") else "art-9"
    return new_annotation(lang, pid, text, i, i + len(phrase), **kw)


@pytest.fixture
def full_store(tmp_path):
    s = AnnotationStore(tmp_path / "src.db")
    s.add(_ann("en", EN9, "Habomai Islands", note="# Heading\n\n*Why* <b>html</b> & more",
               tags=["islands", "a;b", "=SUM(A1)"], color="#ff8800",
               places=["habomai"], interpretations=["ussr-1956", "japan-1956"]))
    s.add(_ann("ru", RU9, "Шикотан", note="Заметка"))
    s.add(_ann("ja", JA9, "色丹島", note="メモ\nline two", tags=["領土"]))
    orphan = _ann("en", EN9, "Peace Treaty", note="=cmd|' /C calc'!A0")
    s.add(orphan.copy(exact="a sentence that is no longer there", orphan=True))
    yield s
    s.close()


def _rows(store):
    return list(store.conn.iterdump())


def _strip(a):
    return a.copy(orphan=False)


def test_w3c_shape(full_store):
    a = full_store.list(tag="islands")[0]
    w = to_w3c(a)
    assert w["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert w["type"] == "Annotation" and w["id"] == a.id and w["id"].startswith("urn:uuid:")
    assert w["created"].endswith("+00:00") and w["modified"].endswith("+00:00")
    note = [b for b in w["body"] if b.get("purpose") == "commenting"]
    assert note == [{"type": "TextualBody", "purpose": "commenting",
                     "format": "text/markdown", "value": a.note}]
    assert [b["value"] for b in w["body"] if b.get("purpose") == "tagging"] == a.tags
    assert {"type": "SpecificResource", "purpose": "linking",
            "source": "urn:declaration-viewer:place:habomai"} in w["body"]
    assert w["target"]["source"] == "urn:declaration-viewer:jd1956:en:art-9"
    sels = {s["type"]: s for s in w["target"]["selector"]}
    assert sels["TextQuoteSelector"]["exact"] == "Habomai Islands"
    assert (sels["TextPositionSelector"]["start"], sels["TextPositionSelector"]["end"]) == (
        a.start, a.end)


def test_w3c_round_trip_and_idempotent(full_store, tmp_path, texts):
    buf = io.StringIO()
    assert export_store(full_store, "w3c", buf) == 4
    doc = json.loads(buf.getvalue())
    assert doc["type"] == "AnnotationCollection" and doc["total"] == 4
    assert doc["first"]["type"] == "AnnotationPage" and len(doc["first"]["items"]) == 4
    dest = AnnotationStore(tmp_path / "dest.db")
    seen = []
    rep = import_bytes(dest, buf.getvalue().encode(), texts,
                       progress=lambda d, t: seen.append((d, t)))
    assert (rep.added, rep.updated, rep.skipped, rep.orphans) == (4, 0, 0, 1)
    assert seen[-1] == (4, 4)
    src = {a.id: a for a in full_store.iter_all()}
    got = {a.id: a for a in dest.iter_all()}
    assert got == src
    before = _rows(dest)
    rep2 = import_bytes(dest, buf.getvalue(), texts)
    assert (rep2.added, rep2.updated, rep2.skipped) == (0, 0, 4)
    assert _rows(dest) == before


def test_newer_modified_updates(full_store, tmp_path, texts):
    dest = AnnotationStore(tmp_path / "dest.db")
    a = full_store.list(lang="ru")[0]
    w = to_w3c(a)
    import_bytes(dest, json.dumps(w), texts)
    w["modified"] = "2999-01-01T00:00:00Z"
    w["body"][0]["value"] = "edited elsewhere"
    rep = import_bytes(dest, json.dumps(w), texts)
    assert (rep.added, rep.updated) == (0, 1)
    assert dest.get(a.id).note == "edited elsewhere"
    assert dest.get(a.id).modified == "2999-01-01T00:00:00.000+00:00"


@pytest.mark.parametrize("shape", ["single", "list", "page", "collection"])
def test_import_containers(full_store, tmp_path, texts, shape):
    items = [to_w3c(a) for a in full_store.iter_all()]
    doc = {"single": items[0], "list": items,
           "page": {"type": "AnnotationPage", "items": items},
           "collection": {"@context": formats.W3C_CONTEXT, "type": "AnnotationCollection",
                          "first": {"type": "AnnotationPage", "items": items}}}[shape]
    dest = AnnotationStore(tmp_path / "dest.db")
    rep = import_bytes(dest, json.dumps(doc), texts)
    assert rep.added == (1 if shape == "single" else 4)


def test_other_copy_anchors_by_quote(tmp_path, texts):
    anns = [
        {"@context": formats.W3C_CONTEXT, "id": "http://example.org/anno/1",
         "type": "Annotation", "bodyValue": "on the Japanese text",
         "target": {"source": "https://example.org/jd1956-ja.html",
                    "selector": {"type": "TextQuoteSelector", "exact": "歯舞群島"}}},
        {"type": "Annotation", "body": {"type": "TextualBody", "value": "x"},
         "target": {"source": "https://example.org/other",
                    "selector": [{"type": "TextQuoteSelector",
                                  "exact": "a quote from some other document entirely"}]}},
    ]
    s = AnnotationStore(tmp_path / "a.db")
    rep = import_bytes(s, json.dumps(anns), texts)
    assert (rep.added, rep.orphans) == (2, 1)
    a = s.get("http://example.org/anno/1")
    assert (a.lang, a.passage, a.orphan) == ("ja", "art-9", False)
    assert JA9[a.start:a.end] == "歯舞群島" and a.origin == "https://example.org/jd1956-ja.html"
    orphan = s.list(orphan=True)[0]
    assert orphan.exact == "a quote from some other document entirely"
    assert orphan.lang == "" and orphan.origin == "https://example.org/other"
    # orphans survive their own export and re-import unchanged
    buf = io.StringIO()
    export_store(s, "w3c", buf)
    other = AnnotationStore(tmp_path / "b.db")
    import_bytes(other, buf.getvalue(), texts)
    assert {x.id: x for x in other.iter_all()} == {x.id: x for x in s.iter_all()}


HYPOTHESIS_EXPORT = {
    # the shape written by the Hypothesis client's "Export" (export_date, export_userid,
    # client_version, annotations: API annotation objects)
    "export_date": "2024-05-01T10:00:00.000Z",
    "export_userid": "acct:reader@hypothes.is",
    "client_version": "1.1400.0",
    "annotations": [
        {"id": "AbCdEf123", "created": "2024-04-30T09:00:00.000000+00:00",
         "updated": "2024-04-30T09:05:00.000000+00:00", "user": "acct:reader@hypothes.is",
         "uri": "https://example.org/declaration-ru.html", "text": "Шикотан <i>важно</i>",
         "tags": ["islands", "ru"], "group": "__world__", "permissions": {},
         "target": [{"source": "https://example.org/declaration-ru.html", "selector": [
             {"type": "RangeSelector", "endOffset": 10, "startOffset": 3,
              "endContainer": "/p[2]", "startContainer": "/p[2]"},
             {"type": "TextPositionSelector", "end": 9999, "start": 9990},
             {"type": "TextQuoteSelector", "exact": "острова Шикотан",
              "prefix": "Хабомаи и ", "suffix": "."}]}],
         "document": {"title": ["Declaration"]},
         "links": {"html": "https://hypothes.is/a/AbCdEf123"}, "hidden": False,
         "flagged": False},
        {"id": "PageNote1", "created": "2024-04-30T09:00:00Z", "updated": "2024-04-30T09:00:00Z",
         "uri": "https://example.org/declaration-ru.html", "text": "a page note", "tags": [],
         "target": [{"source": "https://example.org/declaration-ru.html"}]},
    ],
}


def test_hypothesis_import(tmp_path, texts):
    s = AnnotationStore(tmp_path / "a.db")
    data = json.dumps(HYPOTHESIS_EXPORT, ensure_ascii=False).encode()
    rep = import_bytes(s, data, texts)
    assert (rep.added, rep.orphans) == (2, 1)
    anchored = s.list(orphan=False)[0]
    assert anchored.id.startswith("urn:uuid:")
    assert (anchored.lang, anchored.passage) == ("ru", "art-9")
    assert RU9[anchored.start:anchored.end] == "острова Шикотан"
    assert anchored.note == "Шикотан <i>важно</i>" and anchored.tags == ["islands", "ru"]
    assert anchored.created == "2024-04-30T09:00:00.000+00:00"
    assert anchored.modified == "2024-04-30T09:05:00.000+00:00"
    assert anchored.origin == "https://example.org/declaration-ru.html"
    page_note = s.list(orphan=True)[0]
    assert page_note.note == "a page note" and page_note.exact == ""
    rep2 = import_bytes(s, data, texts)  # stable ids: nothing added twice
    assert (rep2.added, rep2.skipped) == (0, 2)
    rows = {"rows": HYPOTHESIS_EXPORT["annotations"], "total": 2}  # API search result
    assert import_bytes(AnnotationStore(tmp_path / "b.db"), json.dumps(rows), texts).added == 2
    lst = HYPOTHESIS_EXPORT["annotations"]
    assert import_bytes(AnnotationStore(tmp_path / "c.db"), json.dumps(lst), texts).added == 2


def test_csv_export(full_store):
    buf = io.StringIO(newline="")
    assert export_csv(full_store.iter_all(), buf) == 4
    rows = list(csv.DictReader(io.StringIO(buf.getvalue(), newline="")))
    assert list(rows[0]) == formats.CSV_COLUMNS
    by_id = {r["id"]: r for r in rows}
    for a in full_store.iter_all():
        r = by_id[a.id]
        assert split_joined(r["tags"]) == a.tags
        assert r["exact"] == a.exact and r["lang"] == a.lang
        assert r["note"] in (a.note, "'" + a.note)
        assert r["created"] == a.created and r["orphan"] == str(int(a.orphan))
    cmd = [r for r in rows if "cmd" in r["note"]][0]
    assert cmd["note"].startswith("'=")  # formula injection guarded
    tagged = [r for r in rows if r["places"] == "habomai"][0]
    assert split_joined(tagged["tags"]) == ["islands", "a;b", "=SUM(A1)"]
    assert tagged["interpretations"] == "japan-1956;ussr-1956"  # links kept sorted


def test_markdown_export(full_store):
    buf = io.StringIO()
    export_markdown(full_store.iter_all(), buf)
    md = buf.getvalue()
    assert md.index("## Article 9") < md.index("## Not anchored in the current text")
    assert "> Habomai Islands" in md and "> 色丹島" in md
    # the note is contained in an indented block (issue 21.5): its HTML and Markdown are
    # shown as typed, never rendered as the export's own
    assert "    # Heading\n\n    *Why* <b>html</b> & more\n" in md
    assert "\n# Heading" not in md and "\n*Why*" not in md
    assert "tags: islands, a;b, =SUM(A1)" in md
    assert md.count("## Article 9") == 1


def _refused(store, data, texts, expect):
    before = _rows(store)
    with pytest.raises(ImportRejected) as e:
        import_bytes(store, data, texts)
    msg = str(e.value)
    assert "\n" not in msg and expect in msg, msg
    assert _rows(store) == before
    return msg


def test_bad_inputs_refused_whole(full_store, texts, monkeypatch):
    good = [to_w3c(a) for a in full_store.iter_all()]
    s = full_store
    for gi in good:
        gi["id"] = gi["id"].replace("urn:uuid:", "urn:uuid:0")  # would be new records
    _refused(s, json.dumps(good)[:-20], texts, "not valid JSON")
    m = _refused(s, '[\n {"a": 1,,}\n]', texts, "line 2, column")
    assert "not valid JSON" in m
    _refused(s, b"\x89PNG\r\n\x1a\n\x00\x00garbage\xff\xfe", texts, "not UTF-8")
    _refused(s, "", texts, "empty")
    _refused(s, "42", texts, "got number")
    _refused(s, '"text"', texts, "got string")
    _refused(s, "NaN", texts, "NaN")
    mixed = good + [{"type": "Annotation", "target": {"source": "x", "selector": 5}}]
    _refused(s, json.dumps(mixed), texts, "[4].target.selector: expected an object or list, "
                                          "got number")
    bad = json.loads(json.dumps(good))
    bad[2]["target"]["selector"][1]["start"] = "12"
    _refused(s, json.dumps(bad), texts, "[2].target.selector[1].start")
    bad = json.loads(json.dumps(good))
    bad[1]["created"] = "yesterday"
    _refused(s, json.dumps(bad), texts, "[1].created: not an ISO 8601")
    bad = json.loads(json.dumps(good))
    bad[0]["body"][1] = 17
    _refused(s, json.dumps(bad), texts, "[0].body[1]: expected an object or string")
    bad = json.loads(json.dumps(good))
    del bad[3]["target"]
    _refused(s, json.dumps(bad), texts, "[3].target: missing")
    coll = {"type": "AnnotationCollection", "first": "http://example.org/page1"}
    _refused(s, json.dumps(coll), texts, "first: the first AnnotationPage is not embedded")
    page = {"type": "AnnotationPage", "items": {"not": "a list"}}
    _refused(s, json.dumps(page), texts, "items: expected a list")
    _refused(s, json.dumps({"annotations": [good[0], "oops"]}), texts,
             "annotations[1]: expected an annotation object, got string")
    _refused(s, "[" * 100_000 + "]" * 100_000, texts, "nested too deeply")
    deep = {"type": "Annotation", "target": "x"}
    for _ in range(100):
        deep = {"type": "Annotation", "target": "x", "x": deep}
    _refused(s, json.dumps(deep), texts, "nested too deeply")
    _refused(s, '[{"type": "Annotation", "target": "\\ud800"}]', texts, "lone surrogate")
    _refused(s, '{"type": "Annotation", "target": "x", "id": 5}', texts,
             "annotation.id: expected a string, got number")
    monkeypatch.setattr(formats.core, "MAX_IMPORT_BYTES", 1000)
    _refused(s, json.dumps(good), texts, "import limit")


def test_import_file_errors(tmp_path, texts):
    s = AnnotationStore(tmp_path / "a.db")
    with pytest.raises(ImportRejected, match="no such file"):
        import_file(s, tmp_path / "missing.json", texts)
    with pytest.raises(ImportRejected, match="folder"):
        import_file(s, tmp_path, texts)
    f = tmp_path / "notes.json"
    f.write_text('{"type": "Annotation"', encoding="utf-8")
    with pytest.raises(ImportRejected, match=r"^notes\.json: not valid JSON"):
        import_file(s, f, texts)
    f.write_text(json.dumps([]), encoding="utf-8")
    assert import_file(s, f, texts).added == 0


def test_html_note_stored_as_text(tmp_path, texts):
    s = AnnotationStore(tmp_path / "a.db")
    note = '<img src=x onerror="alert(1)"><script>alert(2)</script>\u202e\u200b'
    w = {"type": "Annotation", "id": "urn:uuid:5e8c4a9e-0000-4000-8000-000000000001",
         "body": {"type": "TextualBody", "format": "text/html", "value": note},
         "target": {"source": "urn:declaration-viewer:jd1956:en:art-9",
                    "selector": {"type": "TextQuoteSelector", "exact": "Shikotan"}}}
    import_bytes(s, json.dumps(w), texts)
    assert s.list()[0].note == note
    buf = io.StringIO()
    export_markdown(s.iter_all(), buf)
    # contained as text in an indented block (issue 21.5), never as HTML of the export
    lines = buf.getvalue().splitlines()
    assert "    " + note in lines and not any(line.startswith("<") for line in lines)


def test_ten_thousand_import(tmp_path, texts):
    src = [to_w3c(_ann("en", EN9, "Japan", note=f"n{i}", tags=[f"t{i % 50}"]))
           for i in range(10_000)]
    s = AnnotationStore(tmp_path / "a.db")
    calls = []
    rep = import_bytes(s, json.dumps(src), texts, progress=lambda d, t: calls.append(d))
    assert rep.added == 10_000 and s.count() == 10_000 and s.count(tag="t7") == 200
    assert calls[-1] == 10_000 and len(calls) > 5


def test_export_w3c_stream_is_valid_json_when_empty(tmp_path):
    buf = io.StringIO()
    assert export_w3c([], buf) == 0
    assert json.loads(buf.getvalue())["first"]["items"] == []


def test_import_into_read_only_store_refused(full_store, tmp_path, texts):
    path = tmp_path / "ro.db"
    AnnotationStore(path).close()
    ro = AnnotationStore(path, read_only=True)
    data = json.dumps([to_w3c(a) for a in full_store.iter_all()])
    with pytest.raises(ImportRejected, match="read-only"):
        import_bytes(ro, data, texts)
    assert ro.count() == 0


def test_markdown_export_contains_each_note(tmp_path):
    """Issue 21.5: a note cannot forge a heading or a quote of the declaration, and its
    images and links are text, by any line ending."""
    s = AnnotationStore(tmp_path / "a.db")
    s.add(_ann("en", EN9, "Habomai Islands",
               note="ok\r## Article 1\n> Japan renounces\n\n![](http://x.test/p.png)\r\n"
                    "[x](javascript:alert(1))\n<img src=x>"))
    buf = io.StringIO()
    export_markdown(s.iter_all(), buf)
    lines = buf.getvalue().splitlines()
    assert lines.count("## Article 9") == 1
    assert not any(line.startswith(("## Article 1", "> Japan", "!", "[", "<")) for line in lines)
    for part in ("ok", "## Article 1", "> Japan renounces", "![](http://x.test/p.png)",
                 "[x](javascript:alert(1))", "<img src=x>"):
        assert "    " + part in lines
    s.close()


def test_csv_guard_covers_controls_and_spaces_before_a_formula(tmp_path):
    """Issue 21.4 (OWASP): NUL, line feed, or spaces before = + - @ are guarded too."""
    s = AnnotationStore(tmp_path / "a.db")
    notes = ["\0=1+2", "\n=HYPERLINK(1)", " =cmd", "  +1", "\t@x", "\r-1", "plain", "a=b"]
    for note in notes:
        s.add(_ann("en", EN9, "Shikotan", note=note))
    buf = io.StringIO(newline="")
    export_csv(s.iter_all(), buf)
    cells = [r["note"] for r in csv.DictReader(io.StringIO(buf.getvalue(), newline=""))]
    assert sorted(cells) == sorted(["'" + n for n in notes[:6]] + ["plain", "a=b"])
    s.close()


def test_a_note_over_the_limit_is_refused_at_import_and_by_the_store(full_store, texts):
    """Issue 21.3: one limit, one message, at every entry point (limits.MAX_NOTE_CHARS)."""
    from viewer.annotations.limits import MAX_NOTE_CHARS, NoteTooLong, check_note_size

    big = "x" * (MAX_NOTE_CHARS + 1)
    w = to_w3c(full_store.list(tag="islands")[0])
    w["id"] = "urn:x:big"
    w["body"][0]["value"] = big
    msg = _refused(full_store, json.dumps([w]), texts, "the note is 1,000,001 characters")
    assert msg.startswith("[0]: ") and "limit is 1,000,000 characters" in msg
    quote = dict(w, id="urn:x:bigquote", body=[])
    quote["target"] = dict(w["target"], selector=[{"type": "TextQuoteSelector", "exact": big}])
    _refused(full_store, json.dumps([quote]), texts, "the quote is 1,000,001 characters")
    with pytest.raises(NoteTooLong, match="limit is 1,000,000"):
        full_store.add(_ann("en", EN9, "Shikotan", note=big))
    a = full_store.list()[0]
    with pytest.raises(NoteTooLong):
        full_store.update(a.id, note=big)
    assert full_store.get(a.id).note == a.note
    check_note_size("x" * MAX_NOTE_CHARS)  # the limit itself fits
    full_store.add(_ann("en", EN9, "Shikotan", note="x" * MAX_NOTE_CHARS))
