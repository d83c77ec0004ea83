"""The text's bounded highlight queries: the most recently modified N, and a count."""

import sqlite3

import old_schemas
from ann_texts import EN9, JA9

from viewer.annotations.model import new_annotation
from viewer.annotations.store import AnnotationStore


def _add(s, phrase, lang="en", text=EN9, modified="2024-01-01T00:00:00+00:00", **kw):
    i = text.index(phrase)
    return s.add(new_annotation(lang, "art-9", text, i, i + len(phrase), **kw)
                 .copy(modified=modified))


def test_limit_keeps_the_most_recently_modified_in_position_order(tmp_path):
    s = AnnotationStore(tmp_path / "a.db")
    old = _add(s, "Shikotan", modified="2020-01-01T00:00:00+00:00")
    new1 = _add(s, "Habomai Islands", modified="2024-05-01T00:00:00+00:00")
    new2 = _add(s, "Peace Treaty", modified="2024-06-01T00:00:00+00:00")
    _add(s, "色丹島", lang="ja", text=JA9)  # another language: not counted
    gone = _add(s, "Japan", modified="2025-01-01T00:00:00+00:00")
    s.update(gone.id, orphan=True)  # newest, but an orphan: never drawn nor counted
    assert s.highlight_count("en", "art-9") == 3
    got = s.highlights("en", "art-9", limit=2)
    assert {h[0] for h in got} == {new1.id, new2.id}
    assert [h[1] for h in got] == sorted(h[1] for h in got)
    assert old.id not in {h[0] for h in s.highlights("en", "art-9", limit=2)}
    assert len(s.highlights("en", "art-9", limit=10)) == 3
    assert s.highlights("en", "art-9", limit=10) == s.highlights("en", "art-9")
    s.close()


def test_the_bounded_queries_use_the_partial_index(tmp_path):
    s = AnnotationStore(tmp_path / "a.db")
    plan = " ".join(r[-1] for r in s.conn.execute(
        'EXPLAIN QUERY PLAN SELECT id FROM annotations WHERE lang = ? AND passage = ? '
        "AND orphan = 0 AND start IS NOT NULL ORDER BY modified DESC, n DESC LIMIT 5",
        ("en", "art-9")))
    assert "annotations_recent" in plan
    s.close()


def test_count_on_a_read_only_version_3_store_without_the_index(tmp_path):
    path = tmp_path / "v3.db"
    c = sqlite3.connect(path, isolation_level=None)
    for stmt in old_schemas.statements(old_schemas.V2 + old_schemas.V3):
        c.execute(stmt)
    i = EN9.index("Shikotan")
    AnnotationStore._insert(c, new_annotation("en", "art-9", EN9, i, i + 8))
    c.execute("PRAGMA user_version = 3")
    c.close()
    s = AnnotationStore(path, read_only=True)
    assert s.schema_version() == 3
    assert s.highlight_count("en", "art-9") == 1
    assert len(s.highlights("en", "art-9", limit=5)) == 1
    s.close()
    s = AnnotationStore(path)  # writable: migrated, the index added
    assert s.migrated_from == 3 and "annotations_recent" in {
        r[0] for r in s.conn.execute("SELECT name FROM sqlite_master")}
    s.close()
