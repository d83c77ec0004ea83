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
    assert "## Article 9" in md.stdout  # the note's HTML is contained as text (issue 21.5):
    assert "\n    Two islands <script>x</script>\n" in md.stdout  # an indented block

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


def _store_with_one(tmp_path: Path) -> Path:
    db, src = tmp_path / "a.sqlite", tmp_path / "one.json"
    src.write_text(json.dumps(ONE), encoding="utf-8")
    assert run("annotations", "import", str(src), "--db", str(db)).returncode == 0
    return db


def test_export_never_writes_over_the_database_itself(tmp_path: Path) -> None:
    db = _store_with_one(tmp_path)
    before = _rows(db)
    for target in (db, tmp_path / "a.sqlite-wal"):
        result = run("annotations", "export", "--db", str(db), "-o", str(target))
        assert result.returncode == 1 and "is a database" in result.stderr
    assert _rows(db) == before


def test_export_through_a_link_replaces_its_target_keeping_its_permissions(
        tmp_path: Path) -> None:
    import os
    import stat

    db = _store_with_one(tmp_path)
    target, link = tmp_path / "notes.json", tmp_path / "latest.json"
    target.write_text("old")
    os.chmod(target, 0o600)
    link.symlink_to(target)
    result = run("annotations", "export", "--db", str(db), "-o", str(link), "--force")
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and ONE["id"] in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_export_never_replaces_a_pipe_or_device_with_a_file(tmp_path: Path) -> None:
    import os

    db = _store_with_one(tmp_path)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = run("annotations", "export", "--db", str(db), "-o", str(fifo))
    assert result.returncode == 1 and "not an ordinary file" in result.stderr
    assert fifo.is_fifo()


def test_a_full_standard_output_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    import subprocess
    import sys

    db = _store_with_one(tmp_path)
    for args in (["export"], ["import", str(tmp_path / "one.json")]):
        with open("/dev/full", "w") as full:
            result = subprocess.run(
                [sys.executable, "-m", "viewer", "annotations", *args, "--db", str(db)],
                stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
        assert "Traceback" not in result.stderr, result.stderr
        assert "No space left on device" in result.stderr
        assert result.returncode == (1 if args[0] == "export" else 0)  # the import is saved


def test_a_damaged_database_is_reported_and_not_written_to(tmp_path: Path) -> None:
    db = _store_with_one(tmp_path)
    conn = sqlite3.connect(db)  # (closed: the store's -wal is folded into the file)
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'annotations'"
                        ).fetchone()[0]
    conn.close()
    data = bytearray(db.read_bytes())
    start = (root - 1) * page
    data[start + 8:start + page] = b"\xff" * (page - 8)  # the table's page, cells gone
    db.write_bytes(bytes(data))
    out = tmp_path / "out.json"
    result = run("annotations", "export", "--db", str(db), "-o", str(out))
    assert result.returncode == 1 and "damaged" in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()
    before = db.read_bytes()
    result = run("annotations", "import", str(tmp_path / "one.json"), "--db", str(db))
    assert result.returncode == 1 and "damaged" in result.stderr
    assert "Traceback" not in result.stderr
    assert db.read_bytes() == before


def test_a_folder_given_as_the_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "letter.txt").write_text("keep")
    result = run("annotations", "import", str(tmp_path / "none.json"), "--db", str(folder))
    assert result.returncode == 1 and "is a folder" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Documents"]
    assert (folder / "letter.txt").read_text() == "keep"


def test_dash_as_output_is_standard_output(tmp_path: Path) -> None:
    db = _store_with_one(tmp_path)
    result = run("annotations", "export", "--db", str(db), "-o", "-")
    assert result.returncode == 0 and ONE["id"] in result.stdout
    assert not (Path.cwd() / "-").exists() and not (tmp_path / "-").exists()


def test_a_read_only_file_is_not_replaced(tmp_path: Path, monkeypatch) -> None:
    import os

    import pytest

    from viewer import paths

    out = tmp_path / "kept.json"
    out.write_text("mine")
    real_access = os.access  # root may write anyway: say the file is read-only, as for users
    monkeypatch.setattr(paths.os, "access",
                        lambda p, mode: False if Path(p) == out else real_access(p, mode))
    with pytest.raises(PermissionError, match="read-only"):
        with paths.replace_atomically(out) as tmp:
            tmp.write_text("theirs")
    assert out.read_text() == "mine" and sorted(p.name for p in tmp_path.iterdir()) == [
        "kept.json"]


_HOLDER = r'''
import sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "rollback-journal":  # issue 21.1: uncommitted changes spill into the file
    c.execute("PRAGMA journal_mode = DELETE")
    c.execute("PRAGMA cache_size = 10")
    c.execute("BEGIN EXCLUSIVE")
    for i in range(2000):
        c.execute("INSERT INTO annotations (id, created, modified, note) VALUES (?,?,?,?)",
                  (f"urn:x:{i}", "t", "t", "UNCOMMITTED " + "z" * 500))
else:  # issue 21.2: WAL, held with locking_mode=EXCLUSIVE, its last commit still in the -wal
    c.execute("PRAGMA locking_mode = EXCLUSIVE")
    c.execute("UPDATE annotations SET note = 'committed, in the wal'")
    c.execute("BEGIN EXCLUSIVE")
    c.execute("UPDATE annotations SET note = 'UNCOMMITTED'")
print("ready", flush=True)
sys.stdin.readline()
'''


def _held(db: Path, how: str):  # noqa: ANN202 - a running process holding the database
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-c", _HOLDER, str(db), how],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    return proc


def _release(proc) -> None:  # noqa: ANN001
    proc.stdin.write("\n")
    proc.stdin.flush()
    proc.wait(timeout=30)


def test_export_never_reads_what_another_program_has_not_committed(tmp_path: Path) -> None:
    """Issue 21.1 and 21.2: a database another program holds is 'in use' (no immutable
    read of a file that may be mid-write; no 'damaged', no 'read-only folder')."""
    for how in ("rollback-journal", "wal-exclusive"):
        (tmp_path / how).mkdir()
        db = _store_with_one(tmp_path / how)
        proc = _held(db, how)
        try:
            result = run("annotations", "export", "--format", "csv", "--db", str(db))
        finally:
            _release(proc)
        assert "UNCOMMITTED" not in result.stdout
        assert result.returncode == 1, (how, result.stdout[:200])
        assert "another program is using this database" in result.stderr, result.stderr
        assert "damaged" not in result.stderr and "read-only" not in result.stderr
        assert run("annotations", "export", "--db", str(db)).returncode == 0  # released


def test_output_errors_say_what_is_wrong(tmp_path: Path) -> None:
    """Issue 21.6: a file in the output's path, a folder that takes no files, and an
    existing output (replaced only with --force; '-o -' stays standard output)."""
    db = _store_with_one(tmp_path)
    blocker = tmp_path / "existing.txt"
    blocker.write_text("keep")
    result = run("annotations", "export", "--db", str(db), "-o", str(blocker / "x.csv"))
    assert result.returncode == 1 and f"{blocker} is a file, not a folder" in result.stderr
    assert "File exists" not in result.stderr and blocker.read_text() == "keep"

    out = tmp_path / "notes.json"
    out.write_text("mine")
    result = run("annotations", "export", "--db", str(db), "-o", str(out))
    assert result.returncode == 1 and "exists; add --force" in result.stderr
    assert out.read_text() == "mine"
    result = run("annotations", "export", "--db", str(db), "-o", str(out), "--force")
    assert result.returncode == 0 and ONE["id"] in out.read_text(encoding="utf-8")

    if Path("/proc/version").is_file():
        result = run("annotations", "export", "--db", str(db), "-o", "/proc/version",
                     "--force")
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert "folder /proc does not take new files" in result.stderr, result.stderr


def test_import_limits_are_said_in_the_units_they_are_set_in(tmp_path: Path) -> None:
    """Issue 21.6 (100 MiB, not '104 MB') and 21.3 (the note limit, at the command line)."""
    db = tmp_path / "a.sqlite"
    big = tmp_path / "big.json"
    with open(big, "wb") as f:
        f.truncate(101 * 2**20)  # sparse: refused by its size, never read
    result = run("annotations", "import", str(big), "--db", str(db))
    assert result.returncode == 1
    assert "file is 101 MiB; the import limit is 100 MiB" in result.stderr, result.stderr
    from viewer.annotations.limits import MAX_NOTE_CHARS

    huge = dict(ONE, body=[{"type": "TextualBody", "value": "x" * (MAX_NOTE_CHARS + 1)}])
    src = tmp_path / "huge.json"
    src.write_text(json.dumps(huge), encoding="utf-8")
    result = run("annotations", "import", str(src), "--db", str(db))
    assert result.returncode == 1 and "limit is 1,000,000 characters" in result.stderr


def test_an_empty_file_as_database_is_said_to_be_initialised(tmp_path: Path) -> None:
    db, src = tmp_path / "empty.db", tmp_path / "one.json"
    db.write_bytes(b"")
    src.write_text(json.dumps(ONE), encoding="utf-8")
    result = run("annotations", "import", str(src), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "was an empty file; it was set up as a new annotation database" in result.stderr


def test_import_into_a_damaged_database_stops_unless_asked(tmp_path: Path) -> None:
    """Issue 21.6: no silent import into a new, empty store after moving one aside."""
    db, src = tmp_path / "a.sqlite", tmp_path / "one.json"
    db.write_bytes(b"not a database" * 100)
    src.write_text(json.dumps(ONE), encoding="utf-8")
    result = run("annotations", "import", str(src), "--db", str(db))
    assert result.returncode == 1 and "--replace-damaged" in result.stderr, result.stderr
    assert db.read_bytes() == b"not a database" * 100
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.sqlite", "one.json"]
    result = run("annotations", "import", str(src), "--db", str(db), "--replace-damaged")
    assert result.returncode == 0 and "moved" in result.stderr, result.stderr
    (moved,) = tmp_path.glob("a.sqlite.corrupt-*")
    assert moved.read_bytes() == b"not a database" * 100 and len(_rows(db)) == 1
