"""`declaration-viewer edition export`: formats, languages, files, exit codes and messages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    env.pop("DISPLAY", None)  # the PDF path must work without a display
    return subprocess.run([sys.executable, "-m", "viewer", "edition", *args], cwd=cwd,
                          env=env, capture_output=True, text=True, timeout=300)


def test_markdown_and_tei_to_stdout() -> None:
    md = run("export", "--format", "md", "--lang", "ru")
    assert md.returncode == 0, md.stderr
    assert "Russian text not available: art. 9, para. 1" in md.stdout
    assert "### English" not in md.stdout
    tei = run("export", "--format", "tei", "--lang", "ja,en")
    assert tei.returncode == 0, tei.stderr
    assert tei.stdout.startswith("<?xml") and 'xml:lang="ja"' in tei.stdout
    assert 'xml:lang="ru"' not in tei.stdout


def test_pdf_to_a_file_offscreen(tmp_path) -> None:
    out = tmp_path / "sub" / "edition.pdf"
    result = run("export", "--format", "pdf", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-") and "edition.pdf" in result.stderr
    assert [p.name for p in out.parent.iterdir()] == ["edition.pdf"]  # no temporary left


def test_tei_file_with_annotations_from_a_missing_db(tmp_path) -> None:
    out = tmp_path / "e.xml"
    result = run("export", "--format", "tei", "-o", str(out), "--with-annotations",
                 "--db", str(tmp_path / "none.sqlite"))
    assert result.returncode == 0, result.stderr
    assert "The reader's annotations" in out.read_text(encoding="utf-8")
    assert not (tmp_path / "none.sqlite").exists()  # read only: nothing created
    assert "gaps marked" in result.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["--format", "pdf"], "needs -o FILE"),
    (["--format", "tei", "--lang", "en,fr"], "unknown language fr"),
    (["--format", "md", "--with-annotations"], "has none"),
    (["--format", "docx"], "invalid choice"),
])
def test_usage_errors_exit_2(args, message) -> None:
    result = run("export", *args)
    assert result.returncode == 2 and message in result.stderr
    assert result.stdout == ""


def test_a_full_disk_exits_1_and_leaves_the_old_file(tmp_path, monkeypatch, capsys) -> None:
    import errno

    from viewer.edition_cli import run as run_in_process

    target = tmp_path / "e.md"
    target.write_text("old", encoding="utf-8")
    real = Path.write_text

    def half_then_full(self, data, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        real(self, data[: len(data) // 2], *args, **kwargs)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", half_then_full)
    assert run_in_process(["export", "--format", "md", "-o", str(target)]) == 1
    assert "cannot write" in capsys.readouterr().err
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["e.md"]  # no half-written temporary


def test_a_folder_as_target_exits_1(tmp_path) -> None:
    result = run("export", "--format", "tei", "-o", str(tmp_path))
    assert result.returncode == 1 and "cannot write" in result.stderr


def test_a_database_is_never_overwritten(tmp_path) -> None:
    db = tmp_path / "notes.sqlite"
    db.write_bytes(b"SQLite format 3\x00" + bytes(100))
    result = run("export", "--format", "tei", "-o", str(db))
    assert result.returncode == 1 and "database" in result.stderr
    assert db.read_bytes().startswith(b"SQLite format 3")


def test_tei_with_the_annotations_of_a_database(corpus, tmp_path) -> None:
    from viewer.annotations.model import new_annotation
    from viewer.annotations.store import AnnotationStore

    db = tmp_path / "notes.sqlite"
    with AnnotationStore(db) as store:
        text = corpus.passage("ja", "art-9").text
        start = text.index("色丹島")
        store.add(new_annotation("ja", "art-9", text, start, start + 3, note="my note"))
    before = db.read_bytes()
    result = run("export", "--format", "tei", "--with-annotations", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "my note" in result.stdout and 'target="#ja-art-9.2"' in result.stdout
    assert db.read_bytes() == before  # read only
