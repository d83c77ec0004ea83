"""The command-line contract of DESIGN.md, run as a user would run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
KEYS = {"passages", "notes", "places", "interpretations", "parties", "sources", "events",
        "unverified_passages"}


def run(*args: str, data: Path | None = None, home: Path | None = None,
        timeout: int = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if data is not None:
        env["DECLARATION_VIEWER_DATA"] = str(data)
    if home is not None:
        env["DECLARATION_VIEWER_HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run([sys.executable, "-m", "viewer", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=timeout)


def test_data_check_json_on_shipped_data() -> None:
    result = run("data", "check", "--json")
    assert result.returncode == 0, result.stderr
    counts = json.loads(result.stdout)
    assert set(counts) == KEYS
    assert set(counts["passages"]) == {"en", "ru", "ja"}
    assert counts["passages"]["en"] == counts["passages"]["ru"] == counts["passages"]["ja"] == 14


def test_data_check_invalid_exits_1(mini_data: Path) -> None:
    (mini_data / "parties.json").write_text("[", encoding="utf-8")
    result = run("data", "check", "--json", data=mini_data)
    assert result.returncode == 1
    assert "parties.json" in result.stderr and result.stdout == ""


def test_data_check_human_output(mini_data: Path) -> None:
    result = run("data", "check", data=mini_data)
    assert result.returncode == 0
    assert "passages en 14, ru 14, ja 14" in result.stdout


def test_screenshot_writes_png(tmp_path: Path, mini_data: Path) -> None:
    out = tmp_path / "shot.png"
    result = run("--screenshot", str(out), "--size", "1200x700", "--goto", "art-9.2",
                 data=mini_data, home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 700)


@pytest.mark.parametrize("mode", [["--self-check"], ["--screenshot", "x.png"]])
def test_unknown_goto_exits_2_with_one_line(tmp_path: Path, mini_data: Path,
                                            mode: list[str]) -> None:
    result = run(*mode, "--goto", "place:atlantis", data=mini_data, home=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "atlantis" in lines[0]


def test_self_check(tmp_path: Path, mini_data: Path) -> None:
    result = run("--self-check", data=mini_data, home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "self-check OK" in result.stdout


def test_bad_size_is_a_usage_error(mini_data: Path) -> None:
    result = run("--screenshot", "x.png", "--size", "huge", data=mini_data)
    assert result.returncode == 2 and "--size" in result.stderr


def test_goto_annotation_offscreen(tmp_path: Path, mini_data: Path) -> None:
    home = tmp_path / "home"
    missing = run("--self-check", "--goto", "note:urn:uuid:00000000-0000-4000-8000-000000000000",
                  data=mini_data, home=home)
    assert missing.returncode == 2 and "unknown annotation" in missing.stderr
    assert not (home / "data" / "annotations.sqlite").exists()  # the user's store untouched


@pytest.mark.parametrize("goto", ["note:moscow", "note:urn:declaration-viewer:note:moscow",
                                  "urn:declaration-viewer:note:moscow"])
def test_goto_note_accepts_the_ids_written_in_data_notes(tmp_path: Path, goto: str) -> None:
    notes = json.loads((REPO / "data" / "notes" / "places.json").read_text(encoding="utf-8"))
    assert "urn:declaration-viewer:note:moscow" in [n["id"] for n in notes]
    result = run("--self-check", "--goto", goto, home=tmp_path)
    assert result.returncode == 0, result.stderr


def test_every_note_id_in_data_is_a_goto_ref(corpus) -> None:  # noqa: ANN001
    from viewer.corpus.refs import Ref, parse_ref

    for path in sorted((REPO / "data" / "notes").glob("*.json")):
        for entry in json.loads(path.read_text(encoding="utf-8")):
            ref = parse_ref(corpus, f"note:{entry['id']}")
            assert ref.kind == "note" and ref.id in corpus.notes, entry["id"]
    assert parse_ref(corpus, "urn:declaration-viewer:jd1956:en:art-9") == Ref("passage", "art-9")


def _no_display_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return {**env, **extra}


@pytest.mark.parametrize("platform", [None, "xcb"])
def test_without_a_display_it_says_how_to_run_headless(tmp_path: Path, platform) -> None:  # noqa: ANN001
    """No core dump from Qt: a message saying what is missing and what to do instead."""
    env = _no_display_env(DECLARATION_VIEWER_HOME=str(tmp_path),
                          **({"QT_QPA_PLATFORM": platform} if platform else {}))
    result = subprocess.run([sys.executable, "-m", "viewer"], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert "no display" in result.stderr and "DISPLAY" in result.stderr
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr and "xvfb-run" in result.stderr
    assert "core dumped" not in result.stderr and "Traceback" not in result.stderr


def test_the_display_check_knows_the_platforms() -> None:
    from viewer.ui.app import display_problem

    assert display_problem({}, "linux") is not None
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}, "linux")
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "win32") is None and display_problem({}, "darwin") is None
