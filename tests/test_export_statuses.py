"""Issue 17: an annotation's quote never leaves the app without the status of the wording
it quotes — in the W3C, CSV and Markdown exports, from the command line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from test_cli import run

from viewer.annotations.model import new_annotation
from viewer.annotations.store import AnnotationStore
from viewer.edition.status import paragraph_label


def _one_on_each_status(corpus, db: Path) -> dict[str, str]:
    """An annotation on a paragraph of each status the English and Russian texts have;
    id -> the mark its paragraph carries (from the corpus, not from the exporter)."""
    expected: dict[str, str] = {}
    with AnnotationStore(db) as store:
        for lang in ("en", "ru"):
            seen: set[str] = set()
            for passage in corpus.texts[lang].passages:
                for para, start, _end in passage.paragraph_spans():
                    if para.status in seen:
                        continue
                    seen.add(para.status)
                    a = store.add(new_annotation(lang, passage.id, passage.text, start,
                                                 start + 5, note="n"))
                    expected[a.id] = paragraph_label(para)
    return expected


def test_every_export_carries_the_status_of_the_quoted_wording(corpus, tmp_path) -> None:
    db = tmp_path / "a.db"
    expected = _one_on_each_status(corpus, db)
    assert {m for m in expected.values() if m} >= {
        "[unverified: editorial translation from the French]", "[unverified: fragment]"}
    out = run("annotations", "export", "--format", "csv", "--db", str(db))
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert {r["id"]: r["text_status"] for r in rows} == {
        k: v or "[verified]" for k, v in expected.items()}
    w3c = json.loads(run("annotations", "export", "--format", "w3c", "--db", str(db)).stdout)
    assert {x["id"]: x["dv:textStatus"] for x in w3c["first"]["items"]} == {
        k: v or "[verified]" for k, v in expected.items()}
    md = run("annotations", "export", "--format", "md", "--db", str(db)).stdout
    assert f"{len(expected)} annotations, exported" in md
    for mark in {m for m in expected.values() if m}:
        escaped = mark.replace("[", "\\[").replace("]", "\\]")
        assert escaped in md, mark


def test_one_annotation_is_counted_in_the_singular(corpus, tmp_path) -> None:
    db = tmp_path / "a.db"
    passage = corpus.passage("en", "art-9")
    with AnnotationStore(db) as store:
        store.add(new_annotation("en", "art-9", passage.text, 0, 5))
    md = run("annotations", "export", "--format", "md", "--db", str(db)).stdout
    assert "1 annotation, exported" in md
