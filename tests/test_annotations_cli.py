"""`declaration-viewer annotations export|import`, run as a user would."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

from test_cli import run

ONE = {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    "id": "urn:uuid:0b6f2a86-9f0e-4b4e-8a3c-1d1c2f7e9a01",
    "type": "Annotation",
    "body": [{"type": "TextualBody", "value": "Two islands <script>x</script>",
              "format": "text/markdown"},
             {"type": "TextualBody", "value": "art9", "purpose": "tagging"}],
    "target": {"source": "urn:declaration-viewer:jd1956:en:art-9",
               "selector": {"type": "TextQuoteSelector", "exact": "Habomai Islands"}},
}


def _rows(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT id, note, exact FROM annotations ORDER BY id").fetchall()


def test_import_then_export_all_formats(tmp_path: Path) -> None:
    db, src = tmp_path / "a.sqlite", tmp_path / "one.json"
    src.write_text(json.dumps(ONE), encoding="utf-8")
    result = run("annotations", "import", str(src), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("imported 1 annotation (1 new")
    again = run("annotations", "import", str(src), "--db", str(db))
    assert again.returncode == 0 and len(_rows(db)) == 1  # nothing added twice

    w3c = run("annotations", "export", "--format", "w3c", "--db", str(db))
    assert w3c.returncode == 0, w3c.stderr
    text = w3c.stdout
    assert ONE["id"] in text and "TextPositionSelector" in text
    out = tmp_path / "notes.csv"
    result = run("annotations", "export", "--format", "csv", "-o", str(out), "--db", str(db))
    assert result.returncode == 0 and "exported 1 annotation" in result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 1 and "Habomai Islands" in rows[0].values()
    md = run("annotations", "export", "--format", "md", "--db", str(db))
    assert "## Article 9" in md.stdout and "<script>" not in md.stdout

    # our own export imports back into a fresh store as the same annotation
    exported = tmp_path / "export.jsonld"
    exported.write_text(text, encoding="utf-8")
    db2 = tmp_path / "b.sqlite"
    result = run("annotations", "import", str(exported), "--db", str(db2))
    assert result.returncode == 0, result.stderr
    assert _rows(db2) == _rows(db)


def test_bad_files_are_refused_whole(tmp_path: Path) -> None:
    db, good = tmp_path / "a.sqlite", tmp_path / "one.json"
    good.write_text(json.dumps(ONE), encoding="utf-8")
    assert run("annotations", "import", str(good), "--db", str(db)).returncode == 0
    before = _rows(db)
    second = dict(ONE, id="urn:uuid:11111111-2222-4333-8444-555555555555")
    broken = dict(ONE, id="urn:uuid:21111111-2222-4333-8444-555555555555", target=7)
    cases = {
        "truncated.json": json.dumps([second])[:-5],
        "mixed.json": json.dumps([second, broken]),
        "garbage.json": "\x00\xff\xfe binary",
        "deep.json": "[" * 100000 + "]" * 100000,
    }
    for name, content in cases.items():
        path = tmp_path / name
        path.write_text(content, encoding="utf-8", errors="surrogateescape")
        result = run("annotations", "import", str(path), "--db", str(db))
        assert result.returncode == 1, name
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and name in lines[0], (name, result.stderr)
        assert _rows(db) == before, name
    missing = run("annotations", "import", str(tmp_path / "none.json"), "--db", str(db))
    assert missing.returncode == 1 and "no such file" in missing.stderr


def test_export_never_moves_or_creates_a_database(tmp_path: Path) -> None:
    missing = tmp_path / "none.sqlite"
    result = run("annotations", "export", "--format", "csv", "--db", str(missing))
    assert result.returncode == 0 and not missing.exists()
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database" * 50)
    result = run("annotations", "export", "--db", str(broken))
    assert result.returncode == 1 and "cannot read" in result.stderr
    assert broken.read_bytes() == b"not a database" * 50
    assert list(tmp_path.glob("broken.sqlite.corrupt-*")) == []


def test_export_file_is_an_ordinary_file(tmp_path: Path) -> None:
    db, src, out = tmp_path / "a.sqlite", tmp_path / "one.json", tmp_path / "out.jsonld"
    src.write_text(json.dumps(ONE), encoding="utf-8")
    assert run("annotations", "import", str(src), "--db", str(db)).returncode == 0
    assert run("annotations", "export", "-o", str(out), "--db", str(db)).returncode == 0
    assert out.stat().st_mode & 0o044  # readable by others as the umask allows, not 0600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_export_of_a_version_1_database_leaves_it_untouched(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE annotations (id TEXT PRIMARY KEY, lang TEXT, passage TEXT, "
                     "exact TEXT, prefix TEXT, suffix TEXT, start INTEGER, \"end\" INTEGER, "
                     "note TEXT, tags TEXT, color TEXT, created TEXT, modified TEXT)")
        conn.execute("INSERT INTO annotations VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                     ("urn:uuid:33333333-3333-4333-8333-333333333333", "en", "art-9",
                      "Habomai Islands", "", "", None, None, "v1 note", "[]", "",
                      "2024-01-02T03:04:05+00:00", None))
        conn.execute("PRAGMA user_version = 1")
    before = db.read_bytes()
    result = run("annotations", "export", "--format", "csv", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "v1 note" in result.stdout
    assert db.read_bytes() == before
