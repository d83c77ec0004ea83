"""Property test: whatever a content file holds, loading either succeeds or fails with a
CorpusError naming the file — never another exception."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.corpus import CorpusError, load_corpus

REPO = Path(__file__).resolve().parents[2]
FILES = ["declaration/en.json", "declaration/ja.json", "notes/places.json",
         "interpretations/ussr-1956.json", "events.json", "parties.json", "places.geojson",
         "sources/literature.json"]
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.text(max_size=8), children, max_size=4),
    max_leaves=12)


@pytest.fixture(scope="module")
def data_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("data") / "data"
    shutil.copytree(REPO / "data", target)
    return target


def _paths(node, prefix=()):  # noqa: ANN001, ANN202
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node[:5]):
            yield from _paths(v, (*prefix, i))


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_mutation_loads_or_raises_corpus_error(data_copy: Path, data) -> None:  # noqa: ANN001
    name = data.draw(st.sampled_from(FILES))
    path = data_copy / name
    original = path.read_bytes()
    try:
        if data.draw(st.booleans()):
            doc = json.loads(original)
            paths = list(_paths(doc))
            where = data.draw(st.sampled_from(paths[1:] or [()]))
            value = data.draw(JSON_VALUES)
            if where:
                node = doc
                for k in where[:-1]:
                    node = node[k]
                node[where[-1]] = value
            else:
                doc = value
            path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        else:
            cut = data.draw(st.integers(0, len(original)))
            junk = data.draw(st.binary(max_size=40))
            path.write_bytes(original[:cut] + junk)
        try:
            load_corpus(data_copy)
        except CorpusError as exc:
            assert str(exc).strip(), "the message must say something"
            assert exc.file, "the message must name a file"
    finally:
        path.write_bytes(original)
