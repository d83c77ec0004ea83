"""Property-based: any input is imported whole or refused whole (ImportRejected)."""

import json

import pytest
from ann_texts import EN9, make_texts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.annotations.formats import (
    ImportRejected,
    decode_json,
    import_bytes,
    parse_annotations,
    to_w3c,
)
from viewer.annotations.model import new_annotation
from viewer.annotations.store import AnnotationStore

TEXTS = make_texts()

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(
        ["type", "id", "body", "target", "selector", "source", "exact", "start", "end",
         "items", "first", "annotations", "value", "purpose", "created", "modified", "text",
         "tags", "bodyValue", "prefix", "suffix", "rows", "updated", "uri", "via"])
        | st.text(max_size=5), children, max_size=5),
    max_leaves=25,
)


def _seed():
    i = EN9.index("Habomai")
    return to_w3c(new_annotation("en", "art-9", EN9, i, i + 7, note="n", tags=["t"],
                                 color="#123456", places=["habomai"]))


@st.composite
def mutated_annotations(draw):
    """Near-valid documents: a valid list with random parts replaced."""
    items = [_seed() for _ in range(draw(st.integers(1, 3)))]
    for _ in range(draw(st.integers(0, 3))):
        item = items[draw(st.integers(0, len(items) - 1))]
        path = draw(st.sampled_from([("body",), ("target",), ("target", "selector"),
                                     ("target", "source"), ("id",), ("created",),
                                     ("type",), ("body", 0), ("body", 0, "value")]))
        node = item
        for k in path[:-1]:
            # an earlier mutation may have replaced a list by a dict (or the reverse)
            node = node.get(k) if isinstance(node, dict) else node[k] if (
                isinstance(node, list) and isinstance(k, int) and k < len(node)) else None
            if node is None:
                break
        if node is not None:
            try:
                node[path[-1]] = draw(json_values)
            except (IndexError, TypeError):
                pass
    shape = draw(st.sampled_from(["list", "page", "collection", "hyp"]))
    return {"list": items, "page": {"type": "AnnotationPage", "items": items},
            "collection": {"type": "AnnotationCollection",
                           "first": {"type": "AnnotationPage", "items": items}},
            "hyp": {"annotations": items}}[shape]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = AnnotationStore(tmp_path_factory.mktemp("prop") / "a.db")
    yield s
    s.close()


def _check(store, data):
    before = list(store.conn.iterdump())
    count = store.count()
    try:
        rep = import_bytes(store, data, TEXTS)
    except ImportRejected as e:
        assert str(e) and "\n" not in str(e)
        assert list(store.conn.iterdump()) == before  # nothing written
        return
    assert store.count() == count + rep.added
    # whole: every record of the file was added, updated or already there, and is stored
    records = parse_annotations(decode_json(data), TEXTS)
    assert rep.added + rep.updated + rep.skipped == len(records)
    assert all(store.get(r.id) is not None for r in records)


SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


@SETTINGS
@given(st.binary(max_size=300))
def test_arbitrary_bytes(store, data):
    _check(store, data)


@SETTINGS
@given(json_values)
def test_arbitrary_json(store, value):
    _check(store, json.dumps(value).encode())


@SETTINGS
@given(mutated_annotations())
def test_near_valid_documents(store, doc):
    _check(store, json.dumps(doc, ensure_ascii=False))


@SETTINGS
@given(st.text(max_size=200))
def test_arbitrary_text(store, text):
    _check(store, text.encode("utf-8", "surrogatepass"))
