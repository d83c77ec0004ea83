"""Issue 18 end to end, as a user runs it: a paragraph supplied on the command line is
listed, exported as a W3C "editing" annotation with the exact wording, imported into a
fresh database with the same result, and comes out inside TEI `supplied` (valid)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from test_tei import _validate

REPO = Path(__file__).resolve().parents[2]
WORDING = ("Союз Советских Социалистических Республик и Япония согласились продолжить "
           "переговоры о заключении Мирного Договора.")
EDITION = "Декларации, заявления и коммюнике Советского правительства (1957)"


def dv(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "viewer", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=120)


def _missing_ru(corpus) -> str:
    return next(f"{p.id}.{q.n}" for p in corpus.texts["ru"].passages for q in p.paragraphs
                if q.status == "missing")


@pytest.fixture
def supplied_db(corpus, tmp_path) -> tuple[Path, str]:
    db, ref = tmp_path / "a.db", _missing_ru(corpus)
    text_file = tmp_path / "wording.txt"
    text_file.write_text(WORDING + "\n", encoding="utf-8")
    result = dv("edition", "supply", "--lang", "ru", "--ref", ref, "--edition", EDITION,
                "--page", "315", "--text-file", str(text_file), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert f"supplied from {EDITION}, p. 315, by this copy's user" in result.stdout
    return db, ref


def test_supplied_travels_as_an_editing_annotation_and_back(supplied_db, tmp_path) -> None:
    db, ref = supplied_db
    listed = json.loads(dv("edition", "supplied", "--json", "--db", str(db)).stdout)
    assert [x["body"][0]["value"] for x in listed] == [WORDING]
    out = tmp_path / "team.jsonld"
    assert dv("annotations", "export", "--format", "w3c", "-o", str(out),
              "--db", str(db)).returncode == 0
    items = json.loads(out.read_text(encoding="utf-8"))["first"]["items"]
    (editing,) = [x for x in items if x.get("motivation") == "editing"]
    assert editing["body"][0] == {"type": "TextualBody", "purpose": "editing",
                                  "value": WORDING, "language": "ru", "format": "text/plain"}
    assert editing["target"]["source"].endswith(f":ru:{ref.split('.')[0]}")
    assert (editing["dv:edition"], editing["dv:page"]) == (EDITION, "315")
    fresh = tmp_path / "b.db"
    for _ in range(2):  # idempotent: the second import adds nothing
        result = dv("annotations", "import", str(out), "--db", str(fresh))
        assert result.returncode == 0, result.stderr
    assert "1 supplied text" in dv("annotations", "import", str(out), "--db",
                                   str(tmp_path / "c.db")).stdout
    again = json.loads(dv("edition", "supplied", "--json", "--db", str(fresh)).stdout)
    assert [(x["id"], x["body"][0]["value"]) for x in again] == [(editing["id"], WORDING)]
    assert "from team.jsonld" in dv("edition", "supplied", "--db", str(fresh)).stdout


def test_supplied_is_in_the_tei_and_markdown_exports(supplied_db, tmp_path) -> None:
    db, ref = supplied_db
    tei = dv("edition", "export", "--format", "tei", "--lang", "ru", "--db", str(db))
    assert tei.returncode == 0, tei.stderr
    passage, n = ref.split(".")
    assert (f'<p n="{n}" ana="#status-supplied" xml:id="ru-{ref}">') in tei.stdout
    assert '<supplied reason="supplied-by-reader" resp="#dv-reader"' in tei.stdout
    assert f">{WORDING}</supplied>" in tei.stdout
    assert f"<title>{EDITION}</title>" in tei.stdout
    _validate(tei.stdout, tmp_path)
    md = dv("edition", "export", "--format", "md", "--lang", "ru", "--db", str(db)).stdout
    assert f"{WORDING} [supplied from {EDITION}, p. 315, by this copy's user]" in md


@pytest.mark.parametrize("args, message", [
    (["--lang", "ja", "--text", "Latin letters for the Japanese text"], "Latin letters"),
    (["--lang", "ru", "--text", "   "], "empty"),
    (["--lang", "ru", "--ref", "art-12.1"], "unknown paragraph reference"),
])
def test_bad_supplies_are_refused_and_nothing_is_written(corpus, tmp_path, args,
                                                         message) -> None:
    db = tmp_path / "a.db"
    base = {"--ref": _missing_ru(corpus), "--text": "Союз", "--edition": "UNTS",
            "--page": "1"}
    if args[1] == "ja":
        base["--ref"] = next(f"{p.id}.{q.n}" for p in corpus.texts["ja"].passages
                             for q in p.paragraphs if q.status == "missing")
    given = dict(zip(args[::2], args[1::2], strict=True))
    merged = [x for k, v in (base | given).items() for x in (k, v)]
    result = dv("edition", "supply", *merged, "--db", str(db))
    assert result.returncode == 1 and message in result.stderr
    assert "Traceback" not in result.stderr
    assert dv("edition", "supplied", "--db", str(db)).stdout.strip() in (
        "no supplied text in this database", "")
