"""The benchmark scripts still run (they are measured by hand, never timed here)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(tmp_path: Path, *args: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               DECLARATION_VIEWER_HOME=str(tmp_path / "home"))
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, check=True,
                          capture_output=True, timeout=120, text=True).stdout


def test_floor_window_shows_the_recorded_first_paint(tmp_path) -> None:
    from PySide6.QtGui import QImage

    content = tmp_path / "content.json"
    _run(tmp_path, "benchmarks/floor_dump.py", str(content), "--size", "1200x700")
    data = json.loads(content.read_text(encoding="utf-8"))
    shown = data["text_html"].replace("\u00ad", "")  # the pane draws soft hyphens in words
    assert "Habomai" in shown and data["tree"] and data["paths"]
    assert any("Shikotan" in label["text"] for label in data["labels"])
    shots = {}
    for name, extra in (("full", []), ("empty", ["--empty"])):
        shots[name] = tmp_path / f"{name}.png"
        _run(tmp_path, "benchmarks/floor_window.py", str(content), str(shots[name]), *extra)
    full, empty = QImage(str(shots["full"])), QImage(str(shots["empty"]))
    assert (full.width(), full.height()) == (1200, 700)
    colours = {full.pixel(x, y) for x in range(0, 1200, 40) for y in range(0, 700, 40)}
    assert len(colours) > len({empty.pixel(x, y) for x in range(0, 1200, 40)
                               for y in range(0, 700, 40)})


def test_bare_window_saves_its_png(tmp_path) -> None:
    from PySide6.QtGui import QImage

    out = tmp_path / "bare.png"
    _run(tmp_path, "benchmarks/bare_window.py", str(out), "--size", "640x480")
    image = QImage(str(out))
    assert (image.width(), image.height()) == (640, 480)


def test_startup_probe_reads_first_paint_then_ready(tmp_path) -> None:
    """The GUI start quits once ready and reports its readings in the order they happen:
    the first Paint, the end of that frame, ready (after the store opened in its home)."""
    for kind in ("bare", "app"):
        out = _run(tmp_path, "benchmarks/startup_probe.py", kind, "--size", "800x600")
        got = json.loads(out.strip().splitlines()[-1])
        assert got["paint_start"] <= got["first_paint"] <= got["ready"] <= got["settled"], got
        assert got["max_gap_ms"] >= 0
    # the app's start opened the user's store (in the test's home) before it said ready
    assert list((tmp_path / "home").rglob("annotations.sqlite"))


def test_startup_stages_prints_the_steps_and_the_enums(tmp_path) -> None:
    out = _run(tmp_path, "benchmarks/startup_stages.py", "--runs", "1")
    assert "app, first paint:" in out and "app, ready:" in out
    assert "MainWindow.__init__" in out  # a step still found under its name
    assert "all" in out.split("Python enum classes", 1)[1]


def test_startup_probe_can_end_the_start_at_its_first_paint(tmp_path) -> None:
    """What startup_instructions.py counts under valgrind: the process ends right there."""
    out = _run(tmp_path, "benchmarks/startup_probe.py", "app", "--exit-at", "first_paint")
    assert out.strip() == ""  # ended by os._exit before any report
