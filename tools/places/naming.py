"""Naming: which land polygon is which island.

A polygon takes the id whose reference point (islands.py) lies inside it, or within 2 km;
the rest are islets named after their GSHHG id, grouped with the nearest named island.
"""

from __future__ import annotations

import sys

from shapely.geometry import Point, Polygon
from shapely.ops import unary_union

from .geo import km_distance
from .islands import EXTRA_REFS, ISLANDS


def assign_names(pieces: list[tuple[str, Polygon]]) -> dict[str, list[Polygon]]:
    """Map island id -> polygons. A piece takes the id whose reference point is inside it
    (or within 2 km); unnamed pieces become islet-<gshhg id>[-n]."""
    named: dict[str, list[Polygon]] = {}
    unnamed: dict[str, list[Polygon]] = {}
    refs = [
        (iid, Point(ref))
        for iid, row in ISLANDS.items()
        for ref in [row[6], *EXTRA_REFS.get(iid, [])]
    ]
    owner: dict[int, str] = {}
    for iid, pt in refs:  # a piece that contains a reference point takes its name
        for k, (_gid, poly) in enumerate(pieces):
            if poly.contains(pt):
                if owner.get(k, iid) != iid:
                    sys.exit(f"polygon {_gid} holds reference points of {owner[k]} and {iid}")
                owner[k] = iid
    for iid, pt in refs:  # otherwise the nearest piece within 2 km
        if iid in owner.values():
            continue
        dist, k = min((km_distance(poly, pt), k) for k, (_g, poly) in enumerate(pieces))
        if dist <= 2.0 and k not in owner:
            owner[k] = iid
    for k, (gid, poly) in enumerate(pieces):
        if k in owner:
            named.setdefault(owner[k], []).append(poly)
        else:
            unnamed.setdefault(f"islet-{gid.lower()}", []).append(poly)
    missing = sorted(set(ISLANDS) - set(named))
    if missing:
        sys.exit(f"no polygon for reference points of: {missing}")
    for key, polys in unnamed.items():
        if len(polys) == 1:
            named[key] = polys
        else:
            for n, p in enumerate(polys, 1):
                named[f"{key}-{n}"] = [p]
    return named


def nearest_named(poly: Polygon, islands: dict[str, list[Polygon]]) -> str:
    best = min(
        (km_distance(poly, unary_union(ps)), iid) for iid, ps in islands.items() if iid in ISLANDS
    )
    return best[1]


def group_of(iid: str, islands: dict[str, list[Polygon]]) -> str:
    """The island's group; an unnamed islet's is that of the nearest named island."""
    if iid in ISLANDS:
        return ISLANDS[iid][5]
    return ISLANDS[nearest_named(unary_union(islands[iid]), islands)][5]
