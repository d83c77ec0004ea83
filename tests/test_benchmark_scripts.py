"""The benchmark scripts still run (they are measured by hand, never timed here)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(tmp_path: Path, *args: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               DECLARATION_VIEWER_HOME=str(tmp_path / "home"))
    subprocess.run([sys.executable, *args], cwd=ROOT, env=env, check=True,
                   capture_output=True, timeout=120)


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
