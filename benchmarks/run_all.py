"""Every issue-9 and issue-23 benchmark, one command; prints a Markdown table of the figures.

    python benchmarks/run_all.py [--runs 7] [--big 100000] [--import-n 10000]

Start-up runs in child processes (benchmarks/startup.py); the in-process figures run in a
child too (benchmarks/interactive.py), so neither disturbs the other. Nothing fails on time.
"""

from __future__ import annotations

import argparse
import ast
import datetime
import os
import platform
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, child_env  # noqa: E402
from benchmarks.startup import (  # noqa: E402
    MAX_BIG_RATIO,
    MAX_EXTRA_MB,
    MAX_RATIO,
    MAX_READY_RATIO,
    big_store,
    measure,
)


def _interactive(big: int, import_n: int) -> dict[str, dict[str, float]]:
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "interactive.py"), "--big", str(big),
         "--import-n", str(import_n)],
        env=child_env(), cwd=ROOT, check=True, capture_output=True, text=True).stdout
    results = {}
    for line in out.splitlines():
        name, _, rest = line.partition(" ")
        if rest.startswith("{"):
            results[name] = ast.literal_eval(rest)
    return results


def _verdict(ok: bool) -> str:
    return "met" if ok else "**not met**"


def table(s: dict, i: dict) -> list[str]:
    bare, app = s["bare_gui"], s["app_gui"]
    first = app["first_paint"] / bare["first_paint"]
    ready = app["ready"] / bare["first_paint"]
    extra = app["rss"] - bare["rss"]
    shot = s["app"]["wall"] / s["bare"]["wall"]
    big = s["app_db_big"]["wall"] / s["app_db_empty"]["wall"]
    sel, sea, pan, imp = i["selection"], i["search"], i["panel"], i["import"]
    rea = i["reanchor"]
    rows = [
        ("Start-up, bare PySide6 window: first paint (reference)",
         f"{bare['first_paint']:.3f} s, {bare['rss']:.0f} MB", "1.00", "—", "—"),
        ("Start-up to the first paint, 3 panes", f"{app['first_paint']:.3f} s",
         f"{first:.2f} × bare (paired runs {app['paired_first_paint']:.2f})",
         f"≤ {MAX_RATIO} × bare", _verdict(first <= MAX_RATIO)),
        ("Start-up to ready: every pane complete, store open, input accepted",
         f"{app['ready']:.3f} s", f"{ready:.2f} × bare (paired runs {app['paired_ready']:.2f})",
         f"≤ {MAX_READY_RATIO:g} × bare", _verdict(ready <= MAX_READY_RATIO)),
        ("Longest event-loop gap between first paint and ready",
         f"{app['max_gap_ms']:.0f} ms", f"worst run {app['max_gap_ms_max']:.0f} ms", "—", "—"),
        ("Start-up to settled: hidden tabs, docks and note view built ahead of use too",
         f"{app['settled']:.3f} s", f"{app['settled'] / bare['first_paint']:.2f} × bare; "
         f"longest event-loop gap {app['max_gap_settled_ms']:.0f} ms", "—", "—"),
        ("Peak RSS of that start, to settled", f"{app['rss']:.0f} MB", f"bare + {extra:.0f} MB",
         f"≤ bare + {MAX_EXTRA_MB} MB", _verdict(extra <= MAX_EXTRA_MB)),
        ("`--screenshot` launch to exit (issue 9's figure), bare / app",
         f"{s['bare']['wall']:.3f} / {s['app']['wall']:.3f} s", f"{shot:.2f} × bare", "—",
         "—"),
        ("Floor (launch to exit, as `--screenshot`): the first-paint content in plain Qt "
         "widgets, no app code",
         f"{s['floor']['wall']:.3f} s", f"{s['floor']['wall'] / s['bare']['wall']:.2f} × bare",
         "—", "—"),
        ("Floor (launch to exit): those plain widgets, empty", f"{s['floor_empty']['wall']:.3f} s",
         f"{s['floor_empty']['wall'] / s['bare']['wall']:.2f} × bare", "—", "—"),
        ("Start-up + store opened, empty store", f"{s['app_db_empty']['wall']:.3f} s",
         f"{s['app_db_empty']['wall'] / s['bare']['wall']:.2f} × bare", "—", "—"),
        ("Start-up + store opened, 100,000 annotations",
         f"{s['app_db_big']['wall']:.3f} s, {s['app_db_big']['rss']:.0f} MB",
         f"{big:.2f} × empty store", f"≤ {MAX_BIG_RATIO} × empty",
         _verdict(big <= MAX_BIG_RATIO)),
        ("Selection change (island), median / p95",
         f"{sel['median_ms']:.1f} / {sel['p95_ms']:.1f} ms",
         f"text {sel['text_median_ms']:.1f}, readings {sel['interpretations_median_ms']:.1f},"
         f" map {sel['map_median_ms']:.1f} ms; rest is repaint", "median ≤ 16 ms",
         _verdict(sel["median_ms"] <= 16)),
        ("Search, 100,000 annotations: store / whole panel query, p95",
         f"{sea['store_p95_ms']:.1f} / {sea['panel_p95_ms']:.1f} ms",
         f"medians {sea['store_median_ms']:.1f} / {sea['panel_median_ms']:.1f} ms",
         "p95 ≤ 30 ms", _verdict(sea["panel_p95_ms"] <= 30)),
        ("Open the annotations panel, 100,000: painted / counts filled",
         f"{pan['shown_ms']:.0f} / {pan['complete_ms']:.0f} ms", "—", "≤ 100 ms",
         _verdict(pan["shown_ms"] <= 100)),
        (f"Import {imp['added']:,} annotations (GUI path, progress dialog)",
         f"{imp['seconds']:.2f} s", f"longest event-loop gap {imp['max_gap_ms']:.0f} ms",
         "≤ 3 s, responsive", _verdict(imp["seconds"] <= 3)),
        ("Re-anchor 100,000 after the texts changed (GUI, in slices, progress shown)",
         f"{rea['seconds']:.1f} s", f"event-loop gaps p99 {rea['p99_gap_ms']:.0f} / longest "
         f"{rea['max_gap_ms']:.0f} ms", "— (no stall)", "—"),
    ]
    lines = ["| Measure | Figure | Ratio / detail | Budget | |", "|---|---|---|---|---|"]
    lines += [f"| {' | '.join(r)} |" for r in rows]
    return lines


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--big", type=int, default=100_000)
    p.add_argument("--import-n", type=int, default=10_000)
    args = p.parse_args(argv)
    big_store(args.big)  # generated once (not timed)
    s = measure(args.runs, args.big)
    i = _interactive(args.big, args.import_n)
    stamp = datetime.date.today().isoformat()
    print(f"Measured {stamp} on {platform.node() or 'this machine'}: {os.cpu_count()} cores, "
          f"{platform.system()} {platform.release()}, Python {platform.python_version()}, "
          f"offscreen; start-up: median of {args.runs} interleaved runs.\n")
    print("\n".join(table(s, i)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
