"""Large inputs complete (no timing assertions): a 1 MB note, 100,000 tags, 100,000 rows."""

import io
import json

from ann_texts import EN9

from viewer.annotations.formats import export_store, import_bytes
from viewer.annotations.model import Annotation, new_annotation, now_iso
from viewer.annotations.store import AnnotationStore


def test_huge_note_and_hundred_thousand_tags(tmp_path, texts):
    s = AnnotationStore(tmp_path / "a.db")
    i = EN9.index("Shikotan")
    note = ("Hostile \u202e text <script>x</script> " * 30_000)[:1_000_000]
    tags = [f"tag-{k}" for k in range(100_000)]
    a = s.add(new_annotation("en", "art-9", EN9, i, i + 8, note=note, tags=tags))
    got = s.get(a.id)
    assert got.note == note and got.tags == tags
    assert len(s.all_tags()) == 100_000
    assert s.count(tag="tag-99999") == 1
    assert [h.id for h in s.search("tag-54321")] == [a.id]
    s.delete(a.id)
    assert s.count() == 0
    buf = io.StringIO()
    s.restore(got)
    export_store(s, "w3c", buf)
    other = AnnotationStore(tmp_path / "b.db")
    assert import_bytes(other, buf.getvalue(), texts).added == 1
    assert other.get(a.id).tags == tags


def test_hundred_thousand_annotations_listed_lazily(tmp_path, texts):
    s = AnnotationStore(tmp_path / "a.db")
    now = now_iso()
    i = EN9.index("Japan")
    records = [Annotation(id=f"urn:uuid:00000000-0000-4000-8000-{k:012d}", lang="en",
                          passage="art-9", exact="Japan", start=i, end=i + 5,
                          note=f"note number {k}", tags=[f"t{k % 100}"], created=now,
                          modified=now) for k in range(100_000)]
    assert s.import_records(records).added == 100_000
    assert s.count() == 100_000
    page = s.list(limit=50, offset=99_980)
    assert len(page) == 20
    assert s.count(tag="t42") == 1000
    assert len(s.search("number 4242", limit=5)) >= 1
    assert s.reanchor(texts) == (100_000, 0)
    assert sum(1 for _ in s.iter_all()) == 100_000
    assert json.dumps(s.list(limit=1)[0].tags) == '["t0"]'
