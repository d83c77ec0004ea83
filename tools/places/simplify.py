"""Simplifying: clip GSHHG land to the box, simplify with a tolerance that varies by
place, repair what simplification breaks, drop islets too small to matter there."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import Polygon

from .geo import BOX, DECIMALS, polygon_area_km2, polygons_of, to_km
from .gshhg import read_land

# Zones (lon_min, lat_min, lon_max, lat_max) -> (tolerance km, minimum islet km²).
DISPUTED = (145.55, 43.2, 149.2, 45.7)  # Habomai, Shikotan, Kunashir, Iturup
NEMURO = (144.6, 42.9, 145.55, 44.6)  # Nemuro peninsula, Shiretoko, Nemuro Strait
NEAR = (141.0, 41.0, 150.8, 46.5)  # the rest of Hokkaido, Urup


def _in(zone: tuple[float, float, float, float], lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    return (lon >= zone[0]) & (lon <= zone[2]) & (lat >= zone[1]) & (lat <= zone[3])


def tolerance_km(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    tol = np.full(lon.shape, 1.0)
    tol[_in(NEAR, lon, lat)] = 0.6
    tol[_in(NEMURO, lon, lat)] = 0.3
    tol[_in(DISPUTED, lon, lat)] = 0.15
    return tol


def min_area_km2(lon: float, lat: float) -> float:
    p = (np.array([lon]), np.array([lat]))
    if _in(DISPUTED, *p)[0] or _in(NEMURO, *p)[0]:
        return 0.01
    return 1.0


def simplify_ring(
    coords: np.ndarray, tol_fn: Callable[[np.ndarray, np.ndarray], np.ndarray]
) -> np.ndarray:
    """Douglas-Peucker whose tolerance is taken at the candidate vertex's position."""
    if np.allclose(coords[0], coords[-1]):
        coords = coords[:-1]
    n = len(coords)
    if n < 4:
        return np.vstack([coords, coords[:1]])
    km = to_km(coords)
    tol = tol_fn(coords[:, 0], coords[:, 1])
    # split the closed ring at vertex 0 and the vertex farthest from it
    far = int(np.argmax(((km - km[0]) ** 2).sum(axis=1)))
    keep = np.zeros(n + 1, dtype=bool)
    km = np.vstack([km, km[:1]])
    tol = np.append(tol, tol[0])
    keep[[0, far, n]] = True
    stack = [(0, far), (far, n)]
    while stack:
        i, j = stack.pop()
        if j - i < 2:
            continue
        seg = km[j] - km[i]
        pts = km[i + 1 : j] - km[i]
        norm = math.hypot(*seg)
        if norm == 0:
            d = np.hypot(pts[:, 0], pts[:, 1])
        else:
            d = np.abs(seg[0] * pts[:, 1] - seg[1] * pts[:, 0]) / norm
        k = int(np.argmax(d / tol[i + 1 : j]))
        if d[k] > tol[i + 1 + k]:
            m = i + 1 + k
            keep[m] = True
            stack += [(i, m), (m, j)]
    ring = np.vstack([coords, coords[:1]])[keep]
    return ring


def simplify_polygon(poly: Polygon) -> list[Polygon]:
    rings = [simplify_ring(np.asarray(poly.exterior.coords), tolerance_km)]
    holes = [simplify_ring(np.asarray(r.coords), tolerance_km) for r in poly.interiors]
    holes = [h for h in holes if len(h) >= 4]
    if len(rings[0]) < 4:
        return []
    shell = np.round(rings[0], DECIMALS)
    holes = [np.round(h, DECIMALS) for h in holes]
    out = Polygon(shell, holes)
    if not out.is_valid:
        out = shapely.make_valid(out)
    return polygons_of(out)


def land_pieces(wheel: Path) -> list[tuple[str, Polygon]]:
    """Clipped, simplified, repaired land polygons with tiny islets dropped."""
    pieces = []
    for gid, poly in read_land(wheel):
        clipped = shapely.clip_by_rect(poly, *BOX)
        if not clipped.is_valid:
            clipped = shapely.make_valid(clipped)
        for part in polygons_of(clipped):
            for simple in simplify_polygon(part):
                rp = simple.representative_point()
                if polygon_area_km2(simple) >= min_area_km2(rp.x, rp.y):
                    pieces.append((gid, shapely.normalize(simple)))
    pieces.sort(key=lambda p: (p[1].bounds, p[0]))
    return pieces
