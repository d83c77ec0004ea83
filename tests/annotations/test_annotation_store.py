import os
import sqlite3
from pathlib import Path

import old_schemas
import pytest
from ann_texts import EN9, JA9, RU9

from viewer.annotations import note_search, opening
from viewer.annotations.model import new_annotation
from viewer.annotations.store import (
    SCHEMA_VERSION,
    AnnotationStore,
    ReadOnlyError,
    StoreLeftInPlace,
    StoreUnreadable,
    open_store,
)


def _add(s, lang="en", text=EN9, phrase="Shikotan", **kw):
    i = text.index(phrase)
    return s.add(new_annotation(lang, "art-9", text, i, i + len(phrase), **kw))


@pytest.fixture
def store(tmp_path):
    s = AnnotationStore(tmp_path / "a.db")
    yield s
    s.close()


def test_new_store_settings(store):
    c = store.conn
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert c.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert c.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert store.read_only is False


def test_add_get_fields(store):
    a = _add(store, note="**bold** <script>x</script>", tags=["islands", " islands ", "1956"],
             color="#FFAA00", places=["shikotan"], interpretations=["ussr-1956"])
    b = store.get(a.id)
    assert b == a
    assert b.id.startswith("urn:uuid:")
    assert b.created.endswith("+00:00") and b.modified.endswith("+00:00")
    assert b.tags == ["islands", "1956"] and b.color == "#ffaa00"
    assert b.note == "**bold** <script>x</script>"  # stored as text, untouched
    assert (b.start, b.end) == (EN9.index("Shikotan"), EN9.index("Shikotan") + 8)


def test_bad_values_refused(store):
    i = EN9.index("Japan")
    with pytest.raises(ValueError):
        store.add(new_annotation("en", "art-9", EN9, i, i + 5, color="red"))
    with pytest.raises(ValueError):
        store.add(new_annotation("en", "art-9", EN9, i, i + 5, places=["Not An Id"]))
    assert store.count() == 0


def test_filters_count_paging(store):
    for k in range(25):
        _add(store, note=f"note {k}", tags=["even" if k % 2 == 0 else "odd", "all"],
             color="#ff0000" if k < 5 else "", places=["habomai"] if k < 3 else [])
    _add(store, lang="ru", text=RU9, phrase="Хабомаи", note="русская заметка")
    assert store.count() == 26
    assert store.count(tag="even") == 13
    assert store.count(color="#FF0000") == 5
    assert store.count(place="habomai") == 3
    assert store.count(text="заметка") == 1
    assert store.count(lang="ru") == 1
    page1 = store.list(limit=10, offset=0)
    page3 = store.list(limit=10, offset=20)
    assert len(page1) == 10 and len(page3) == 6
    assert not {a.id for a in page1} & {a.id for a in page3}
    assert store.all_tags() == ["all", "even", "odd"]
    assert dict(store.tag_counts())["all"] == 25


def test_update_delete_restore_and_events(store):
    events = []
    unsubscribe = store.subscribe(lambda ev, ids: events.append((ev, ids)))
    a = _add(store, note="first", tags=["x"])
    b = store.update(a.id, note="second", tags=["y", "z"])
    assert store.get(a.id).note == "second" and store.get(a.id).tags == ["y", "z"]
    assert b.modified >= a.modified and b.created == a.created
    store.replace(a)  # undo of the edit
    assert store.get(a.id) == a
    gone = store.delete(a.id)
    assert gone == a and store.get(a.id) is None and store.count(tag="x") == 0
    store.restore(gone)  # undo of the delete
    assert store.get(a.id) == a
    assert [e for e, _ in events] == ["added", "updated", "updated", "deleted", "restored"]
    assert all(ids == [a.id] for _, ids in events)
    unsubscribe()
    store.delete(a.id)
    assert len(events) == 5
    with pytest.raises(KeyError):
        store.delete(a.id)


def test_failed_write_rolls_back(store):
    a = _add(store)
    with pytest.raises(sqlite3.IntegrityError):
        store.restore(a)  # same id twice: refused in one transaction
    assert store.count() == 1
    assert store.conn.execute("SELECT count(*) FROM annotations_fts").fetchone()[0] == 1


def test_search_snippets_and_hostile_queries(store):
    from viewer.annotations.fts import MARK_CLOSE, MARK_OPEN
    a = _add(store, note="The Soviet side later disputed this reading.")
    _add(store, lang="ja", text=JA9, phrase="色丹島", note="日本語のメモ", tags=["領土"])
    hits = store.search("disputed")
    assert [h.id for h in hits] == [a.id]
    assert f"{MARK_OPEN}disputed{MARK_CLOSE}" in hits[0].snippet
    assert len(store.search("色丹")) == 1  # two CJK characters: LIKE fallback
    assert len(store.search("メモ")) == 1
    assert len(store.search("領土")) == 1  # tags are searched
    for q in ['"', "AND(", "NEAR(x", "*", "a OR", "'; DROP TABLE annotations; --", "\x00",
              '"unbalanced', "^", "-", "col:", ""]:
        store.search(q)
        store.count(text=q)
    assert store.count() == 2


def test_search_ranks_by_relevance_within_the_newest_candidates(store, monkeypatch):
    once = _add(store, note="islands, and a long note about something else entirely " * 3)
    often = _add(store, note="islands islands islands")
    _add(store, note="nothing relevant here")
    assert [h.id for h in store.search("islands")] == [often.id, once.id]
    assert store.search("islands")[0].rank < store.search("islands")[1].rank  # lower: better
    monkeypatch.setattr(note_search, "SEARCH_CANDIDATES", 1)  # only the newest match is ranked
    assert [h.id for h in store.search("islands")] == [often.id]
    assert [h.id for h in store.search("islands", limit=1)] == [often.id]


def test_highlights_are_the_anchored_spans_of_one_passage(store, texts):
    b = _add(store, phrase="Peace Treaty", color="#00ff00")
    a = _add(store, phrase="Habomai Islands")
    _add(store, lang="ja", text=JA9, phrase="色丹島")
    gone = _add(store, phrase="Shikotan")
    store.update(gone.id, orphan=True)
    expected = sorted([(x.id, x.start, x.end, x.color) for x in (a, b)], key=lambda t: t[1])
    assert store.highlights("en", "art-9") == expected
    assert [(h[0], h[1], h[2]) for h in store.highlights("en", "art-9")] == [
        (x.id, x.start, x.end) for x in store.list(order="position", lang="en",
                                                   passage="art-9", orphan=False)]


def test_reanchor_after_text_change_and_orphans_kept(store, texts):
    a = _add(store, phrase="Habomai Islands")
    b = _add(store, phrase="Peace Treaty")
    c = _add(store, lang="ja", text=JA9, phrase="色丹島")
    assert store.reanchor(texts) == (3, 0)
    texts[("en", "art-9")] = "Preface. " + EN9.replace("Peace Treaty", "settlement")
    del texts[("ja", "art-9")]
    anchored, orphans = store.reanchor(texts)
    assert (anchored, orphans) == (1, 2)
    moved = store.get(a.id)
    assert moved.start == a.start + 9 and not moved.orphan
    orphan_ids = {x.id for x in store.list(orphan=True)}
    assert orphan_ids == {b.id, c.id}
    assert store.get(b.id).exact == "Peace Treaty"  # kept with its quote
    texts[("ja", "art-9")] = JA9
    assert store.reanchor(texts) == (2, 1)
    assert not store.get(c.id).orphan


V1_SCHEMA = """
CREATE TABLE annotations (id TEXT PRIMARY KEY, lang TEXT, passage TEXT, exact TEXT,
  prefix TEXT, suffix TEXT, start INTEGER, "end" INTEGER, note TEXT, tags TEXT,
  color TEXT, created TEXT, modified TEXT);
PRAGMA user_version = 1;
"""


def test_migration_from_v1(tmp_path):
    path = tmp_path / "old.db"
    c = sqlite3.connect(path)
    c.executescript(V1_SCHEMA)
    c.execute("INSERT INTO annotations VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
              ("urn:uuid:11111111-1111-4111-8111-111111111111", "en", "art-9", "Shikotan",
               "the island of ", ".", 150, 158, "old note", '["islands", "v1"]', "#00ff00",
               "2024-01-02T03:04:05+00:00", "2024-01-03T03:04:05+00:00"))
    c.execute("INSERT INTO annotations VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
              ("urn:uuid:22222222-2222-4222-8222-222222222222", "ja", "art-9", "色丹島",
               "", "", None, None, "", "not json", "bad colour", "2024-01-02 03:04:05",
               None))  # version 1 wrote naive timestamps too
    c.commit()
    c.close()
    s = AnnotationStore(path)
    assert s.migrated_from == 1 and s.schema_version() == SCHEMA_VERSION
    a = s.get("urn:uuid:11111111-1111-4111-8111-111111111111")
    assert (a.exact, a.prefix, a.note, a.tags, a.color) == (
        "Shikotan", "the island of ", "old note", ["islands", "v1"], "#00ff00")
    assert (a.start, a.end, a.created) == (150, 158, "2024-01-02T03:04:05.000+00:00")
    b = s.get("urn:uuid:22222222-2222-4222-8222-222222222222")
    assert b.tags == [] and b.color == "" and b.modified == b.created
    assert b.created == "2024-01-02T03:04:05.000+00:00"  # naive read as UTC, offset explicit
    # re-importing a newer copy of a migrated record compares times, not types
    report = s.import_records([b.copy(note="newer", modified="2025-01-01T00:00:00Z")])
    assert report.updated == 1 and s.get(b.id).note == "newer"
    assert [h.id for h in s.search("old note")] == [a.id]
    assert "annotations_v1" not in s.db.table_names()
    s.close()
    assert AnnotationStore(path).migrated_from is None  # idempotent


def test_migration_from_v2_adds_orphan_index_and_meta(tmp_path, texts):
    path = tmp_path / "v2.db"
    c = sqlite3.connect(path, isolation_level=None)
    for stmt in old_schemas.statements(old_schemas.V2):
        c.execute(stmt)
    i = EN9.index("Shikotan")
    AnnotationStore._insert(c, new_annotation("en", "art-9", EN9, i, i + 8, note="v2 note",
                                              tags=["kept"]))
    c.execute("PRAGMA user_version = 2")
    c.close()
    s = AnnotationStore(path)
    assert s.migrated_from == 2 and s.schema_version() == SCHEMA_VERSION == 5
    assert {"annotations_orphan", "annotations_recent", "meta"} <= {
        r[0] for r in s.conn.execute("SELECT name FROM sqlite_master")}
    (a,) = s.list()
    assert (a.exact, a.note, a.tags) == ("Shikotan", "v2 note", ["kept"])
    assert s.reanchor(texts) == (1, 0)
    plan = " ".join(r[-1] for r in s.conn.execute(
        "EXPLAIN QUERY PLAN SELECT count(*) FROM annotations WHERE orphan = 1"))
    assert "annotations_orphan" in plan
    s.close()
    assert AnnotationStore(path).migrated_from is None


def test_read_only_v2_store_is_read_without_migrating(tmp_path, texts):
    path = tmp_path / "v2.db"
    c = sqlite3.connect(path, isolation_level=None)
    for stmt in old_schemas.statements(old_schemas.V2):
        c.execute(stmt)
    i = EN9.index("Shikotan")
    AnnotationStore._insert(c, new_annotation("en", "art-9", EN9, i, i + 8, note="kept"))
    c.execute("PRAGMA user_version = 2")
    c.close()
    s = AnnotationStore(path, read_only=True)
    assert s.schema_version() == 2 and s.migrated_from is None
    assert [a.note for a in s.list()] == ["kept"] and s.count(orphan=False) == 1
    assert s.reanchor(texts) == (1, 0) and [h.id for h in s.search("kept")] == [s.list()[0].id]
    s.close()


def test_reanchor_skips_unchanged_store_but_not_new_writes(store, texts):
    a = _add(store, phrase="Habomai Islands")
    assert store.reanchor(texts) == (1, 0)
    # A row changed behind the store's back is not re-read while the texts are unchanged …
    store.conn.execute('UPDATE annotations SET start = 0, "end" = 3')
    assert store.reanchor(texts) == (1, 0) and store.get(a.id).start == 0
    # … but any write through the store, or other texts, makes the next pass read every row.
    b = _add(store, phrase="Peace Treaty")
    assert store.reanchor(texts) == (2, 0)
    assert store.get(a.id).start == EN9.index("Habomai Islands")
    store.conn.execute('UPDATE annotations SET start = 0, "end" = 3')
    texts[("en", "art-9")] = "Preface. " + EN9
    assert store.reanchor(texts) == (2, 0)
    assert store.get(b.id).start == 9 + EN9.index("Peace Treaty")


@pytest.mark.parametrize("content", [b"this is not a database" * 100, b"",
                                     b"SQLite format 3\x00" + b"\xff" * 5000])
def test_corrupt_database_moved_aside(tmp_path, content):
    path = tmp_path / "a.db"
    path.write_bytes(content)
    Path(str(path) + "-wal").write_bytes(b"junk wal")
    outcome = open_store(path)
    if content == b"":  # an empty file is a valid empty database
        assert outcome.moved_to is None
        return
    assert outcome.moved_to is not None and outcome.moved_to.exists()
    assert outcome.moved_to.name.startswith("a.db.corrupt-")
    assert outcome.moved_to.read_bytes() == content  # never deleted, untouched
    assert Path(str(outcome.moved_to) + "-wal").read_bytes() == b"junk wal"
    assert "moved" in outcome.message
    outcome.store.add(new_annotation("en", "art-9", EN9, 0, 3))
    assert outcome.store.count() == 1


@pytest.mark.parametrize("version", [0, 1, 3, 99])
def test_another_program_s_database_is_left_as_it_is(tmp_path, version):
    path = tmp_path / "a.db"
    c = sqlite3.connect(path)
    c.execute("CREATE TABLE something_else (x)")
    c.execute(f"PRAGMA user_version = {version}")
    c.commit()
    c.close()
    before = path.read_bytes()
    with pytest.raises(StoreLeftInPlace, match="another program"):
        open_store(path)
    assert path.read_bytes() == before  # not renamed, not switched to WAL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.db"]


@pytest.mark.parametrize("where", ["folder", "under a file", "empty"])
def test_a_path_that_cannot_hold_a_store_is_refused_and_left_alone(tmp_path, monkeypatch,
                                                                    where):
    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "letter.txt").write_text("keep me")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.chdir(folder)
    path = {"folder": folder, "under a file": blocker / "a.db", "empty": Path("")}[where]
    with pytest.raises(StoreLeftInPlace, match="is a f"):
        open_store(path)
    assert (folder / "letter.txt").read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Documents", "file"]


def test_a_database_locked_by_another_program_is_not_moved_aside(tmp_path, monkeypatch):
    monkeypatch.setattr(opening, "BUSY_TIMEOUT_MS", 50)
    path = tmp_path / "a.db"
    s = AnnotationStore(path)
    _add(s, note="mine")
    s.close()
    c = sqlite3.connect(path, isolation_level=None)
    c.execute("PRAGMA journal_mode = DELETE")  # a rollback journal: readers wait too
    c.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreLeftInPlace, match="locked"):
            open_store(path)
    finally:
        c.execute("ROLLBACK")
        c.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.db"]
    assert open_store(path).store.count() == 1


def test_changes_in_a_wal_file_that_cannot_be_read_are_not_silently_dropped(tmp_path,
                                                                             monkeypatch):
    path = tmp_path / "a.db"
    s = AnnotationStore(path)
    _add(s, note="in the wal")
    wal = tmp_path / "a.db-wal"
    assert wal.stat().st_size > 0
    saved = {n: (tmp_path / n).read_bytes() for n in ("a.db", "a.db-wal")}
    s.conn.close()  # leaves the -wal in place only if we copy it back
    for name, data in saved.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "a.db-shm").unlink(missing_ok=True)
    real_connect = sqlite3.connect

    def no_shm(database, *args, **kwargs):  # a read-only folder: the -shm cannot be made
        if "mode=ro" in str(database) and "immutable" not in str(database):
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(database, *args, **kwargs)

    monkeypatch.setattr(opening.sqlite3, "connect", no_shm)
    with pytest.raises(StoreLeftInPlace, match="a.db-wal"):
        AnnotationStore(path, read_only=True)


def test_newer_schema_opens_read_only(tmp_path):
    path = tmp_path / "a.db"
    AnnotationStore(path).close()
    c = sqlite3.connect(path)
    c.execute("PRAGMA user_version = 99")
    c.commit()
    c.close()
    outcome = open_store(path)
    assert outcome.store.read_only and "newer" in outcome.message


def test_read_only_mode(tmp_path, monkeypatch):
    path = tmp_path / "a.db"
    s = AnnotationStore(path)
    a = _add(s, note="kept")
    s.close()
    before = path.read_bytes()
    # we may run as root, where chmod does not stop writes: simulate the check
    monkeypatch.setattr(opening.os, "access", lambda p, mode: mode != os.W_OK)
    outcome = open_store(path)
    ro = outcome.store
    assert ro.read_only and "read-only" in outcome.message
    assert ro.get(a.id).note == "kept" and ro.count() == 1
    with pytest.raises(ReadOnlyError):
        ro.add(new_annotation("en", "art-9", EN9, 0, 3))
    with pytest.raises(ReadOnlyError):
        ro.delete(a.id)
    with pytest.raises(sqlite3.OperationalError):  # the connection itself refuses writes
        ro.conn.execute("DELETE FROM annotations")
    ro.close()
    assert path.read_bytes() == before


def test_read_only_missing_file_is_empty(tmp_path):
    s = AnnotationStore(tmp_path / "nope" / "a.db", read_only=True)
    assert s.count() == 0 and s.list() == [] and s.search("x") == []
    assert not (tmp_path / "nope").exists()


def test_two_connections_share_the_store(tmp_path):
    one = AnnotationStore(tmp_path / "a.db")
    two = AnnotationStore(tmp_path / "a.db")
    a = _add(one)
    assert two.get(a.id) == a
    two.delete(a.id)
    assert one.count() == 0
    assert one.integrity_check() == "ok"


def _shifted(store, texts, n=5):
    """n annotations, then the English text changes under them (all move by 9)."""
    phrases = ["Habomai Islands", "Peace Treaty", "Shikotan", "Japan", "Union"][:n]
    made = [_add(store, phrase=p) for p in phrases]
    assert store.reanchor(texts) == (n, 0)
    texts[("en", "art-9")] = "Preface. " + EN9
    return made


def test_reanchor_in_steps_reports_progress_and_matches_one_go(store, texts):
    made = _shifted(store, texts)
    assert store.reanchor_needed(texts)
    steps = store.reanchor_steps(texts, batch=2)
    progress = []
    while True:
        try:
            progress.append(next(steps))
        except StopIteration as done:
            result = done.value
            break
    assert progress == [(2, 5), (4, 5), (5, 5)]
    assert result == (5, 0)
    assert [store.get(a.id).start for a in made] == [a.start + 9 for a in made]
    assert not store.reanchor_needed(texts)


def test_reanchor_steps_cut_short_are_redone(store, texts):
    made = _shifted(store, texts)
    steps = store.reanchor_steps(texts, batch=2)
    assert next(steps) == (2, 5)
    steps.close()  # e.g. the window closed mid-way
    assert [store.get(a.id).start - a.start for a in made] == [9, 9, 0, 0, 0]
    assert store.reanchor_needed(texts)  # not recorded as done
    assert store.reanchor(texts) == (5, 0)
    assert all(store.get(a.id).start == a.start + 9 for a in made)
    assert not store.reanchor_needed(texts)


def test_reanchor_steps_with_writes_in_between(store, texts):
    made = _shifted(store, texts)
    steps = store.reanchor_steps(texts, batch=2)
    next(steps)
    # Between steps: a new annotation (on the new text), a deleted one, an edited note.
    new_text = texts[("en", "art-9")]
    i = new_text.index("Soviet")
    added = store.add(new_annotation("en", "art-9", new_text, i, i + len("Soviet")))
    store.delete(made[3].id)
    store.update(made[4].id, note="edited meanwhile")
    for _ in steps:
        pass
    assert store.get(added.id).start == i  # checked, and left where it was made
    assert store.get(made[3].id) is None
    assert store.get(made[4].id).start == made[4].start + 9
    assert store.get(made[4].id).note == "edited meanwhile"
    # Something was written during the pass: the next open checks again.
    assert store.reanchor_needed(texts)
    assert store.reanchor(texts) == (5, 0)
    assert not store.reanchor_needed(texts)



def test_texts_changed_is_not_set_by_writes(store, texts):
    assert store.texts_changed(texts)  # never anchored
    _add(store, phrase="Habomai Islands")
    store.reanchor(texts)
    assert not store.texts_changed(texts) and not store.reanchor_needed(texts)
    _add(store, phrase="Peace Treaty")  # written since: check again, but the texts are same
    assert store.reanchor_needed(texts) and not store.texts_changed(texts)
    revised = dict(texts)
    revised[("en", "art-9")] = "Preface. " + EN9
    assert store.texts_changed(revised)
    steps = store.reanchor_steps(revised, batch=1)
    next(steps)
    steps.close()  # a pass cut short has not checked every row against the new texts
    assert store.texts_changed(revised)


def test_texts_changed_on_a_store_from_before_the_key(store, texts):
    _add(store, phrase="Habomai Islands")
    store.reanchor(texts)
    store.conn.execute("DELETE FROM meta WHERE key = 'texts'")
    assert not store.texts_changed(texts)  # 'anchored' says the same
    _add(store, phrase="Peace Treaty")
    assert store.texts_changed(texts)  # unknown: treated as changed


def test_reanchor_ids_fits_only_those_rows(store, texts):
    made = _shifted(store, texts)
    store.reanchor_ids([made[1].id], texts)
    assert store.get(made[1].id).start == made[1].start + 9
    assert store.get(made[0].id).start == made[0].start  # not touched yet
    assert store.reanchor_needed(texts)


def test_migration_from_v1_keeps_rows_it_cannot_fully_read(tmp_path):
    path = tmp_path / "old.db"
    c = sqlite3.connect(path)
    c.executescript(V1_SCHEMA)
    rows = [  # no id; a position that is not a number; a time out of range
        (None, "en", "art-9", "Shikotan", "the island of ", ".", 150, 158, "no id", "[]", "",
         "2024-01-02T03:04:05+00:00", None),
        ("urn:uuid:22222222-2222-4222-8222-222222222222", "en", "art-9", "Shikotan",
         "the island of ", ".", "abc", 158, "bad start", "[]", "", None, None),
        ("urn:uuid:33333333-3333-4333-8333-333333333333", "en", "art-9", "Shikotan", "", "",
         150, 158, "year one", "[]", "", "0001-01-01T00:00:00+14:00",
         "9999-12-31T23:59:59-14:00"),
    ]
    c.executemany("INSERT INTO annotations VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    c.commit()
    c.close()
    outcome = open_store(path)
    assert outcome.moved_to is None
    s = outcome.store
    notes = {a.note: a for a in s.list()}
    assert set(notes) == {"no id", "bad start", "year one"}
    assert notes["no id"].id.startswith("urn:uuid:")
    assert s.get("urn:uuid:22222222-2222-4222-8222-222222222222").note == "bad start"
    s.reanchor({("en", "art-9"): EN9})  # the quote finds it again
    assert s.get("urn:uuid:22222222-2222-4222-8222-222222222222").start == EN9.index("Shikotan")


def test_a_read_only_open_never_reads_a_file_in_use_as_immutable(tmp_path, monkeypatch):
    """Issue 21.1: no immutable=1 fallback when another program may write."""
    monkeypatch.setattr(opening, "BUSY_TIMEOUT_MS", 50)
    path = tmp_path / "a.db"
    s = AnnotationStore(path)
    _add(s, note="mine")
    s.close()
    c = sqlite3.connect(path, isolation_level=None)
    c.execute("PRAGMA journal_mode = DELETE")
    c.execute("BEGIN EXCLUSIVE")
    c.execute("UPDATE annotations SET note = 'UNCOMMITTED'")
    try:
        with pytest.raises(StoreLeftInPlace, match="another program is using this database"):
            AnnotationStore(path, read_only=True)
    finally:
        c.execute("ROLLBACK")
        c.close()
    real_connect = sqlite3.connect
    opened = []

    def refused(database, *args, **kwargs):  # not a lock, and the folder is writable
        opened.append(str(database))
        if "mode=ro" in str(database) and "immutable" not in str(database):
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(database, *args, **kwargs)

    monkeypatch.setattr(opening.sqlite3, "connect", refused)
    with pytest.raises(StoreUnreadable, match="cannot be opened for reading"):
        AnnotationStore(path, read_only=True)
    assert not any("immutable" in u for u in opened)
