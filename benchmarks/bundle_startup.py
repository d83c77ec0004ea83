"""Start-up of the frozen bundle vs from source (issue 7; budget: frozen <= 1.2 x source).

Both run `--self-check` (load every data file, build the window offscreen, exit) with the same
fresh DECLARATION_VIEWER_HOME; wall time per run, interleaved, median of --runs (default 7).
Build the bundle first: python tools/build_bundle.py --no-pack

    python benchmarks/bundle_startup.py [--runs 7] [--bundle dist/declaration-viewer]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET = 1.2


def run_once(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--bundle", type=Path, default=ROOT / "dist" / "declaration-viewer")
    args = p.parse_args(argv)
    frozen = args.bundle / "declaration-viewer"
    if not frozen.is_file():
        print(f"no bundle at {args.bundle}: run tools/build_bundle.py first", file=sys.stderr)
        return 2
    commands = {"source": [sys.executable, "-m", "viewer", "--self-check"],
                "frozen": [str(frozen), "--self-check"]}
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               DECLARATION_VIEWER_HOME=tempfile.mkdtemp(prefix="dv-bench-"))
    for cmd in commands.values():  # warm the page cache and .pyc files; not timed
        run_once(cmd, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, cmd in commands.items():
            times[name].append(run_once(cmd, env))
    med = {name: statistics.median(values) for name, values in times.items()}
    print(f"{'':8} {'median s':>9} {'min s':>7} {'max s':>7}   ({args.runs} interleaved runs)")
    for name, values in times.items():
        print(f"{name:8} {med[name]:9.3f} {min(values):7.3f} {max(values):7.3f}")
    ratio = med["frozen"] / med["source"]
    verdict = "within" if ratio <= BUDGET else "OVER"
    print(f"frozen / source = {ratio:.2f} ({verdict} the {BUDGET} budget)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
