"""The map's frame: the clip box, the local km frame, geodesic areas, shapely helpers.

Shared by every stage (simplifying, naming, the historical lines, writing).
"""

from __future__ import annotations

import math
from itertools import pairwise

import numpy as np
import shapely.affinity
from shapely.geometry import MultiPolygon, Polygon

BOX = (139.0, 41.0, 157.5, 51.5)  # lon_min, lat_min, lon_max, lat_max
DECIMALS = 5

# ---------------------------------------------------------------- local metric frame
# Simplification and distances work in an equirectangular km frame centred at 45 N
# (good to a few per cent over the box, which is all a tolerance needs).
KX = 111.32 * math.cos(math.radians(45.0))
KY = 110.57


def to_km(xy: np.ndarray) -> np.ndarray:
    return np.column_stack([xy[:, 0] * KX, xy[:, 1] * KY])


# ---------------------------------------------------------------- geodesic area
# WGS84 ellipsoid mapped to the authalic sphere (equal-area), then the exact area of
# the spherical polygon. The corpus test uses the same formula in pure stdlib.
A_WGS84 = 6378137.0
F_WGS84 = 1 / 298.257223563
E2 = F_WGS84 * (2 - F_WGS84)
E = math.sqrt(E2)


def _q(phi: float) -> float:
    s = math.sin(phi)
    return (1 - E2) * (s / (1 - E2 * s * s) - (1 / (2 * E)) * math.log((1 - E * s) / (1 + E * s)))


QP = _q(math.pi / 2)
R_AUTHALIC = A_WGS84 * math.sqrt(QP / 2)


def ring_area_m2(ring: list[tuple[float, float]]) -> float:
    total = 0.0
    for (lon1, lat1), (lon2, lat2) in pairwise(ring):
        b1 = math.asin(_q(math.radians(lat1)) / QP)
        b2 = math.asin(_q(math.radians(lat2)) / QP)
        dl = math.radians(lon2 - lon1)
        t1, t2 = math.tan(b1 / 2), math.tan(b2 / 2)
        total += 2 * math.atan2(math.tan(dl / 2) * (t1 + t2), 1 + t1 * t2)
    return abs(total) * R_AUTHALIC**2


def polygon_area_km2(geom: Polygon | MultiPolygon) -> float:
    polys = geom.geoms if isinstance(geom, MultiPolygon) else [geom]
    area = 0.0
    for p in polys:
        area += ring_area_m2(list(p.exterior.coords))
        area -= sum(ring_area_m2(list(r.coords)) for r in p.interiors)
    return area / 1e6


def polygons_of(geom) -> list[Polygon]:
    if geom.is_empty:
        return []
    if isinstance(geom, Polygon):
        return [geom]
    if hasattr(geom, "geoms"):
        return [p for g in geom.geoms for p in polygons_of(g)]
    return []


def km_distance(geom_a, geom_b) -> float:
    """Distance in the local km frame (approximate; used only for matching)."""
    scale = shapely.affinity.scale
    return scale(geom_a, KX, KY, origin=(0, 0)).distance(scale(geom_b, KX, KY, origin=(0, 0)))
