"""Supplied wording in the user's store (issue 18): schema version 5, writes, undo data."""

import sqlite3

import old_schemas
import pytest
from test_supplies import _missing, _supply

from viewer.annotations.errors import Conflict
from viewer.annotations.store import SCHEMA_VERSION, AnnotationStore
from viewer.annotations.supplies import check_supply


@pytest.fixture
def store(tmp_path):
    s = AnnotationStore(tmp_path / "a.db")
    yield s
    s.close()


def test_two_supplies_for_one_paragraph_are_both_kept(store, corpus):
    passage, n = _missing(corpus, "ru")
    events = []
    store.subscribe(lambda e, ids: events.append((e, ids)))
    a = store.add_supply(check_supply(corpus, _supply(passage=passage, n=n)))
    b = store.add_supply(check_supply(corpus, _supply(passage=passage, n=n, page="315",
                                                      text="Другой текст абзаца.")))
    assert [s.id for s in store.supplies()] == [a.id, b.id]  # nothing overwritten
    assert store.supplies("ja") == [] and store.get_supply(a.id) == a
    assert events == [("supplied", [a.id]), ("supplied", [b.id])]


def test_withdraw_and_restore_round_trip(store, corpus):
    passage, n = _missing(corpus, "ru")
    a = store.add_supply(check_supply(corpus, _supply(passage=passage, n=n)))
    edited = store.update_supply(a.copy(page="316"), expect=a)
    with pytest.raises(Conflict):
        store.update_supply(a.copy(page="317"), expect=a)  # changed since it was read
    gone = store.withdraw_supply(a.id, expect=edited)
    assert gone == edited and store.supplies() == []
    store.restore_supply(gone)  # undo
    assert store.supplies() == [edited]


def test_import_is_idempotent_and_the_later_edit_wins(store, corpus):
    passage, n = _missing(corpus, "ru")
    s = check_supply(corpus, _supply(passage=passage, n=n))
    assert store.import_supplies([s]) == (1, 0)
    assert store.import_supplies([s]) == (0, 0)
    newer = s.copy(page="999", modified="2099-01-01T00:00:00.000+00:00")
    assert store.import_supplies([newer]) == (0, 1)
    assert store.supplies()[0].page == "999"


def test_a_version_4_store_migrates_and_keeps_its_annotations(tmp_path, corpus):
    path = tmp_path / "v4.db"
    c = sqlite3.connect(path, isolation_level=None)
    for stmt in old_schemas.statements(old_schemas.V2 + old_schemas.V3 + old_schemas.V4):
        c.execute(stmt)
    c.execute("PRAGMA user_version = 4")
    c.close()
    ro = AnnotationStore(path, read_only=True)  # read as it is, never migrated read-only
    assert ro.schema_version() == 4 and ro.supplies() == []
    ro.close()
    s = AnnotationStore(path)
    assert s.migrated_from == 4 and s.schema_version() == SCHEMA_VERSION == 5
    passage, n = _missing(corpus, "ja")
    s.add_supply(check_supply(corpus, _supply(lang="ja", passage=passage, n=n,
                                              text="両国は協議を継続する。", edition="官報")))
    assert [x.lang for x in s.supplies()] == ["ja"]
    s.close()
