"""Geodesic area of a lon/lat ring: stdlib only, so tests/corpus/test_places_geometry.py
checks the shipped file's areas with this same formula without numpy or shapely.

WGS84 ellipsoid mapped to the authalic sphere (equal-area), then the exact area of the
spherical polygon.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from itertools import pairwise

A_WGS84 = 6378137.0
F_WGS84 = 1 / 298.257223563
E2 = F_WGS84 * (2 - F_WGS84)
E = math.sqrt(E2)


def _q(phi: float) -> float:
    s = math.sin(phi)
    return (1 - E2) * (s / (1 - E2 * s * s) - (1 / (2 * E)) * math.log((1 - E * s) / (1 + E * s)))


QP = _q(math.pi / 2)
R_AUTHALIC = A_WGS84 * math.sqrt(QP / 2)


def ring_area_m2(ring: Iterable[Sequence[float]]) -> float:
    """Area in m² of a closed ring of (lon, lat) degrees (first point repeated last)."""
    total = 0.0
    for (lon1, lat1), (lon2, lat2) in pairwise(ring):
        b1 = math.asin(_q(math.radians(lat1)) / QP)
        b2 = math.asin(_q(math.radians(lat2)) / QP)
        dl = math.radians(lon2 - lon1)
        t1, t2 = math.tan(b1 / 2), math.tan(b2 / 2)
        total += 2 * math.atan2(math.tan(dl / 2) * (t1 + t2), 1 + t1 * t2)
    return abs(total) * R_AUTHALIC**2
