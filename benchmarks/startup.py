"""Start-up vs a bare PySide6 window in the same run: first paint, ready, peak RSS (issues 9, 23).

Every process is timed from launch, interleaved (bare, app, bare, app, ...), after one untimed
warm-up each (page cache, .pyc files, the corpus cache). Two kinds of start:

- GUI starts (benchmarks/startup_probe.py): the app as a user starts it, and a bare
  QMainWindow of the same size. Each reports when its first frame was painted and when it was
  ready for input with every pane complete (the app: annotation store open too), and when
  the parts built ahead of use are built too (settled); peak RSS is the process's to that
  point (it quits then). The headline figures of issue 23.
- `--screenshot` starts, launch to exit (the figure of issue 9, kept for comparison): all
  three panes built, shown, settled, grabbed and saved, like benchmarks/bare_window.py; with
  `--db` the annotation store is also opened (and re-anchored) before the grab. And
  benchmarks/floor_window.py: what the app's first paint shows in plain Qt widgets with no
  app code (recorded by benchmarks/floor_dump.py), and the same widgets empty.

    python benchmarks/startup.py [--runs 7] [--big 100000]

Budgets (issue 23): first paint <= 1.5 x the bare window's, ready <= 2 x the bare window's
first paint (a bare window is ready when painted), peak RSS <= bare + 40 MB; with a
100,000-annotation store <= 1.2 x the same start with an empty store (issue 9).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, child_env, median, run_measured, run_probe  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "dv-bench"
# The start-up budgets (issue 23; issue 9 had MAX_RATIO for the --screenshot wall time).
MAX_RATIO = 1.5  # app's first paint / bare window's first paint, medians
MAX_READY_RATIO = 2.0  # app ready / bare window's first paint, medians
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
    probe = [sys.executable, str(ROOT / "benchmarks" / "startup_probe.py")]
    commands = {
        "bare_gui": [*probe, "bare", "--size", "1600x900"],
        "app_gui": [*probe, "app", "--size", "1600x900"],
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
    env = child_env()  # one home: the GUI starts open (and after the warm-up reopen) its store

    def run(cmd: list[str]) -> tuple[float, float, dict[str, float]]:
        return run_probe(cmd, env) if cmd[:2] == probe else (*run_measured(cmd, env), {})

    for cmd in commands.values():  # warm-up, not timed (also creates the stores, the cache)
        run(cmd)
    samples: dict[str, list[tuple[float, float, dict[str, float]]]] = {k: [] for k in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            samples[name].append(run(cmd))
    res: dict[str, dict[str, float]] = {}
    for name, got in samples.items():
        walls = [w for w, _r, _x in got]
        res[name] = {"wall": median(walls), "min": min(walls), "max": max(walls),
                     "rss": max(r for _w, r, _x in got), "runs": runs}
        for key in got[0][2]:
            values = [x[key] for _w, _r, x in got]
            res[name][key] = median(values)
            res[name][f"{key}_max"] = max(values)
    # The ratios of each interleaved pair too: less moved by the load drifting over the run.
    pairs = list(zip(samples["bare_gui"], samples["app_gui"], strict=True))
    res["app_gui"]["paired_first_paint"] = median(
        [a[2]["first_paint"] / b[2]["first_paint"] for b, a in pairs])
    res["app_gui"]["paired_ready"] = median(
        [a[2]["ready"] / b[2]["first_paint"] for b, a in pairs])
    return res


def _met(ok: bool) -> str:
    return "met" if ok else "NOT met"


def report(res: dict[str, dict[str, float]]) -> list[str]:
    lines = [f"{'':13} {'median s':>9} {'min s':>7} {'max s':>7} {'peak MB':>8} "
             f"{'1st paint':>9} {'ready':>7} {'max gap ms':>10}"]
    for name, r in res.items():
        extra = (f" {r['first_paint']:9.3f} {r['ready']:7.3f} {r['max_gap_ms']:10.1f}"
                 if "ready" in r else "")
        lines.append(f"{name:13} {r['wall']:9.3f} {r['min']:7.3f} {r['max']:7.3f} "
                     f"{r['rss']:8.1f}{extra}")
    bare, app = res["bare_gui"], res["app_gui"]
    first = app["first_paint"] / bare["first_paint"]
    ready = app["ready"] / bare["first_paint"]
    extra = app["rss"] - bare["rss"]
    lines.append(f"first paint / bare = {first:.2f} (paired {app['paired_first_paint']:.2f}; "
                 f"budget {MAX_RATIO}: {_met(first <= MAX_RATIO)})")
    lines.append(f"ready / bare first paint = {ready:.2f} (paired {app['paired_ready']:.2f}; "
                 f"budget {MAX_READY_RATIO}: {_met(ready <= MAX_READY_RATIO)}); longest "
                 f"event-loop gap from first paint to ready {app['max_gap_ms']:.0f} ms "
                 f"(median), {app['max_gap_ms_max']:.0f} ms (worst run)")
    lines.append(f"settled (hidden tabs, docks built too) / bare first paint = "
                 f"{app['settled'] / bare['first_paint']:.2f}; longest gap to then "
                 f"{app['max_gap_settled_ms']:.0f} ms (median)")
    lines.append(f"peak RSS to settled: bare + {extra:.0f} MB "
                 f"(budget {MAX_EXTRA_MB}: {_met(extra <= MAX_EXTRA_MB)})")
    lines.append(f"--screenshot, launch to exit: app / bare = "
                 f"{res['app']['wall'] / res['bare']['wall']:.2f}")
    lines.append(f"floor / bare = {res['floor']['wall'] / res['bare']['wall']:.2f} (the same "
                 f"content in plain Qt widgets); empty widgets / bare = "
                 f"{res['floor_empty']['wall'] / res['bare']['wall']:.2f}")
    if "app_db_big" in res:
        big = res["app_db_big"]["wall"] / res["app_db_empty"]["wall"]
        lines.append(f"big store / empty store = {big:.2f} "
                     f"(budget {MAX_BIG_RATIO}: {_met(big <= MAX_BIG_RATIO)})")
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
