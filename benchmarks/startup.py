"""Start-up to the first painted main window vs a bare PySide6 window (issue 9).

Each process is timed from launch to exit (wall time) with its peak RSS, interleaved, after
one untimed warm-up each (page cache, .pyc files). The app runs `--screenshot` (all three
panes built, shown, settled, grabbed and saved, like benchmarks/bare_window.py); with `--db`
the annotation store is also opened (and re-anchored) before the grab.

    python benchmarks/startup.py [--runs 7] [--big 100000]

It also times benchmarks/floor_window.py: what the app's first paint shows, in plain Qt widgets
with no app code (recorded by benchmarks/floor_dump.py), and the same widgets empty.

Budgets: app <= 1.5 x bare (median wall), peak RSS <= bare + 40 MB; with a 100,000-annotation
store <= 1.2 x the same start with an empty store.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, child_env, median, run_measured  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "dv-bench"
# Issue 9's budgets for the start-up figures.
MAX_RATIO = 1.5  # app / bare, median wall time
MAX_EXTRA_MB = 40  # peak RSS over the bare window's
MAX_BIG_RATIO = 1.2  # with the 100,000-annotation store / with an empty store


def big_store(n: int) -> Path:
    """The generated n-annotation store (made once, then reused: it is deterministic).

    Made in a child process: a parent grown to hundreds of MB would pass its peak RSS on to
    every child it forks (ru_maxrss counts the time before exec)."""
    path = CACHE / f"store-{n}.db"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        print(f"generating {path} ({n} annotations, about {n // 3500} s)…", file=sys.stderr)
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_store.py"), str(n),
                        str(path)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return path


def measure(runs: int = 7, big: int = 100_000) -> dict[str, dict[str, float]]:
    out = Path(tempfile.mkdtemp(prefix="dv-bench-shots-"))
    empty = out / "empty.db"
    app = [sys.executable, "-m", "viewer", "--screenshot"]
    commands = {
        "bare": [sys.executable, str(ROOT / "benchmarks" / "bare_window.py"),
                 str(out / "bare.png"), "--size", "1600x900"],
        "app": [*app, str(out / "app.png"), "--size", "1600x900"],
        "app_db_empty": [*app, str(out / "e.png"), "--size", "1600x900", "--db", str(empty)],
    }
    # The floor: the same first-paint content in plain Qt widgets, and those widgets empty.
    content = out / "content.json"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "floor_dump.py"), str(content)],
                   env=child_env(), cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    floor = [sys.executable, str(ROOT / "benchmarks" / "floor_window.py"), str(content)]
    commands["floor"] = [*floor, str(out / "floor.png")]
    commands["floor_empty"] = [*floor, str(out / "floor-empty.png"), "--empty"]
    if big:
        commands["app_db_big"] = [*app, str(out / "b.png"), "--size", "1600x900",
                                  "--db", str(big_store(big))]
    env = child_env()
    for cmd in commands.values():  # warm-up, not timed (also creates the empty store)
        run_measured(cmd, env)
    walls: dict[str, list[float]] = {k: [] for k in commands}
    rss: dict[str, list[float]] = {k: [] for k in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            w, r = run_measured(cmd, env)
            walls[name].append(w)
            rss[name].append(r)
    return {name: {"wall": median(walls[name]), "min": min(walls[name]),
                   "max": max(walls[name]), "rss": max(rss[name]), "runs": runs}
            for name in commands}


def report(res: dict[str, dict[str, float]]) -> list[str]:
    bare = res["bare"]
    lines = [f"{'':13} {'median s':>9} {'min s':>7} {'max s':>7} {'peak MB':>8}"]
    for name, r in res.items():
        lines.append(f"{name:13} {r['wall']:9.3f} {r['min']:7.3f} {r['max']:7.3f} "
                     f"{r['rss']:8.1f}")
    ratio = res["app"]["wall"] / bare["wall"]
    extra = res["app"]["rss"] - bare["rss"]
    lines.append(f"app / bare = {ratio:.2f} (budget {MAX_RATIO}: "
                 f"{'met' if ratio <= MAX_RATIO else 'NOT met'}); RSS bare + {extra:.0f} MB "
                 f"(budget {MAX_EXTRA_MB}: {'met' if extra <= MAX_EXTRA_MB else 'NOT met'})")
    lines.append(f"floor / bare = {res['floor']['wall'] / bare['wall']:.2f} (the same content in "
                 f"plain Qt widgets); empty widgets / bare = "
                 f"{res['floor_empty']['wall'] / bare['wall']:.2f}")
    if "app_db_big" in res:
        big = res["app_db_big"]["wall"] / res["app_db_empty"]["wall"]
        lines.append(f"big store / empty store = {big:.2f} "
                     f"(budget {MAX_BIG_RATIO}: "
                     f"{'met' if big <= MAX_BIG_RATIO else 'NOT met'})")
    return lines


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--big", type=int, default=100_000, help="annotations (0: skip)")
    args = p.parse_args(argv)
    print("\n".join(report(measure(args.runs, args.big))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
