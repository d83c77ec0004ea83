"""Instructions a start executes up to its first paint and up to ready, vs a bare window.

    python benchmarks/startup_instructions.py [--runs 1]

Runs benchmarks/startup_probe.py (app and bare) under `valgrind --tool=callgrind`, ending
each process at the moment measured (`--exit-at`), and prints the instruction counts and
their ratios. Unlike wall time, the count hardly moves with the machine's load (the 2-core
VM shared with other jobs moves wall-time medians by ±20 % between runs), so it shows
whether a change made the start do less work; it does not show waiting (disk, page cache)
or the cost of memory traffic, so the wall-time ratios of startup.py stay the figures the
budgets are about. Needs valgrind; a run takes about a minute per process.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, child_env  # noqa: E402


def count(args: list[str], env: dict[str, str]) -> int:
    """Instructions executed by `python benchmarks/startup_probe.py ARGS` (callgrind's Ir)."""
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
         str(ROOT / "benchmarks" / "startup_probe.py"), *args],
        env=env, cwd=ROOT, capture_output=True, text=True, check=True).stderr
    found = re.search(r"Collected : (\d+)", out)
    if found is None:
        raise RuntimeError(f"no count from callgrind:\n{out[-2000:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=1, help="the smallest count of N is kept")
    args = p.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed", file=sys.stderr)
        return 1
    env = child_env()
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "startup_probe.py"), "app"],
                   env=env, cwd=ROOT, check=True, capture_output=True)  # the corpus cache
    got = {}
    for kind, at in (("bare", "first_paint"), ("app", "first_paint"), ("app", "ready")):
        got[(kind, at)] = min(count([kind, "--exit-at", at], env) for _ in range(args.runs))
    bare = got[("bare", "first_paint")]
    for (kind, at), n in got.items():
        print(f"{kind:5} to {at:12} {n / 1e6:9.1f} M instructions  {n / bare:5.2f} x bare")
    return 0


if __name__ == "__main__":
    sys.exit(main())
