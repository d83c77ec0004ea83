"""The map's frame: the clip box, the local km frame, areas of shapely polygons, helpers.

Shared by every stage (simplifying, naming, the historical lines, writing).
"""

from __future__ import annotations

import math

import numpy as np
import shapely.affinity
from shapely.geometry import MultiPolygon, Polygon

from .area import ring_area_m2

BOX = (139.0, 41.0, 157.5, 51.5)  # lon_min, lat_min, lon_max, lat_max
DECIMALS = 5

# ---------------------------------------------------------------- local metric frame
# Simplification and distances work in an equirectangular km frame centred at 45 N
# (good to a few per cent over the box, which is all a tolerance needs).
KX = 111.32 * math.cos(math.radians(45.0))
KY = 110.57


def to_km(xy: np.ndarray) -> np.ndarray:
    return np.column_stack([xy[:, 0] * KX, xy[:, 1] * KY])


def polygon_area_km2(geom: Polygon | MultiPolygon) -> float:
    """Geodesic area (area.py) of a shapely polygon or multipolygon, holes subtracted."""
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
