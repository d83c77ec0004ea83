"""Shared helpers: a clean environment for child processes, wall time and peak RSS."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def child_env(home: Path | None = None) -> dict[str, str]:
    """Offscreen, a fresh DECLARATION_VIEWER_HOME, and byte-code cached in a temporary folder
    (as an installed app has its .pyc files; PYTHONDONTWRITEBYTECODE would compile every run)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               DECLARATION_VIEWER_HOME=str(home or tempfile.mkdtemp(prefix="dv-bench-home-")),
               PYTHONPYCACHEPREFIX=str(Path(tempfile.gettempdir()) / "dv-bench-pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_measured(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of one child process; raises if it fails."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {code}:\n{stderr}")
    return wall, usage.ru_maxrss / 1024  # Linux: kilobytes


def run_probe(cmd: list[str], env: dict[str, str]) -> tuple[float, float, dict[str, float]]:
    """run_measured for benchmarks/startup_probe.py, with its readings as seconds since the
    launch (CLOCK_MONOTONIC is one clock for all processes) and its longest event-loop gap."""
    with tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=err)
        out = proc.stdout.read() if proc.stdout else b""  # one JSON line, then EOF at exit
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.monotonic() - start
        if proc.stdout:
            proc.stdout.close()
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            err.seek(0)
            raise RuntimeError(f"{' '.join(cmd)} exited {code}:\n{err.read().decode()}")
    readings = json.loads(out.decode().strip().splitlines()[-1])
    since = {k: readings[k] - start for k in ("paint_start", "first_paint", "ready", "settled")}
    since["max_gap_ms"] = readings["max_gap_ms"]
    since["max_gap_settled_ms"] = readings["max_gap_settled_ms"]
    return wall, usage.ru_maxrss / 1024, since


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0..100), nearest rank."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]
