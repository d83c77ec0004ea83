"""The map projection: equirectangular, true to scale along 45° N (the middle of the chain).

x = lon · cos 45° · SCALE, y = −lat · SCALE. Meridians are straight and north is up
everywhere; distances along a meridian are exact, along a parallel they are exact at 45° N
and off by cos(lat)/cos(45°) elsewhere (−11 % at 51° N, +7 % at 41° N), which the scale bar
corrects for the latitude at the centre of the view.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPolygonF

LAT0 = 45.0
SCALE = 100.0  # scene units per degree of latitude
KM_PER_DEG = 111.195  # one degree of a great circle on a sphere of radius 6371 km
_COS0 = math.cos(math.radians(LAT0))


def project(lon: float, lat: float) -> QPointF:
    return QPointF(lon * _COS0 * SCALE, -lat * SCALE)


def project_all(points: list) -> QPolygonF:  # a list of (lon, lat)
    """`project` of every point, as one polygon (one call into Qt, not one per point)."""
    return QPolygonF([project(lon, lat) for lon, lat in points])


def unproject(point: QPointF) -> tuple[float, float]:
    """(lon, lat) of a scene point."""
    return point.x() / (_COS0 * SCALE), -point.y() / SCALE


def km_per_unit_x(lat: float) -> float:
    """Kilometres per scene unit along the parallel at `lat`."""
    return KM_PER_DEG * math.cos(math.radians(lat)) / (_COS0 * SCALE)
