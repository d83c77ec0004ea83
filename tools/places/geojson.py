"""Writing: the islands, groups and lines as GeoJSON features, the document around them
(attribution, licence, citation, how areas and years are read), and its text form.

`build(wheel)` runs the whole pipeline: read (gshhg) -> simplify -> name -> write.
"""

from __future__ import annotations

import json
from pathlib import Path

from shapely.geometry import LineString, MultiPolygon, Point, Polygon

from .geo import BOX, DECIMALS, polygon_area_km2
from .gshhg import ATTRIBUTION, PACKAGE, WHEEL_SHA256, check_wheel
from .islands import ADMIN, CHECKED_IN, DISPUTED_GROUPS, GROUPS, ISLANDS, NAME_SOURCES, NAMES_NOTE
from .lines import LINE_SOURCES, LINES, YEAR_RULE, line_geometries
from .naming import assign_names, group_of, nearest_named
from .simplify import land_pieces

ROOT = Path(__file__).resolve().parents[2]


def rounded(geom) -> dict:
    """GeoJSON geometry with coordinates rounded to DECIMALS."""

    def r(coords):
        return [[round(x, DECIMALS), round(y, DECIMALS)] for x, y in coords]

    if isinstance(geom, Polygon):
        return {
            "type": "Polygon",
            "coordinates": [r(geom.exterior.coords)] + [r(h.coords) for h in geom.interiors],
        }
    if isinstance(geom, MultiPolygon):
        return {
            "type": "MultiPolygon",
            "coordinates": [rounded(p)["coordinates"] for p in geom.geoms],
        }
    if isinstance(geom, LineString):
        return {"type": "LineString", "coordinates": r(geom.coords)}
    return {"type": "MultiLineString", "coordinates": [r(g.coords) for g in geom.geoms]}


def island_features(islands: dict[str, list[Polygon]]) -> list[dict]:
    feats = []
    for iid in sorted(islands, key=lambda k: (k not in ISLANDS, k)):
        polys = islands[iid]
        geom = polys[0] if len(polys) == 1 else MultiPolygon(polys)
        if iid in ISLANDS:
            en, ja, ja_latn, ru, ru_latn, group, ref, checked = ISLANDS[iid]
        else:
            host = nearest_named(geom, islands)
            en = ja = ja_latn = ru = ru_latn = None
            group, checked = ISLANDS[host][5], False
            ref = geom.representative_point().coords[0]
        if not geom.contains(Point(ref)):  # matched within 2 km: publish a point inside
            ref = geom.representative_point().coords[0]
        admin = ADMIN.get(group, "russia")
        props = {
            "kind": "island",
            "id": iid,
            "name_en": en,
            "name_ja": ja,
            "name_ja_latn": ja_latn,
            "name_ru": ru,
            "name_ru_latn": ru_latn,
            "group": group,
            "area_km2": round(polygon_area_km2(geom), 2),
            "administered_by": admin,
            "claimed_by": sorted({admin, "japan"}) if group in DISPUTED_GROUPS else [admin],
            "ref_point": [round(ref[0], DECIMALS), round(ref[1], DECIMALS)],
        }
        if iid in ISLANDS:
            props["names_checked"] = checked
            props["names_checked_in"] = CHECKED_IN.get(iid, [])
        else:
            props["group_basis"] = "nearest named island"
        feats.append({"type": "Feature", "id": iid, "properties": props, "geometry": rounded(geom)})
    return feats


def group_features(islands: dict[str, list[Polygon]]) -> list[dict]:
    feats = []
    for gid, names in GROUPS.items():
        members = sorted(i for i in islands if group_of(i, islands) == gid)
        feats.append(
            {
                "type": "Feature",
                "id": gid,
                "properties": {
                    "kind": "group",
                    "id": gid,
                    **names,
                    "members": members,
                    "names_checked": True,
                    "names_checked_in": ["related-docs"],
                },
                "geometry": None,
            }
        )
    return feats


def line_features(islands: dict[str, list[Polygon]], sources: dict[str, list[str]]) -> list[dict]:
    geoms = line_geometries(islands)
    feats = []
    for lid, props in LINES.items():
        feats.append(
            {
                "type": "Feature",
                "id": lid,
                "properties": {"kind": "line", "id": lid, **props, "sources": sources.get(lid, [])},
                "geometry": rounded(geoms[lid]),
            }
        )
    return feats


def known_sources() -> set[str]:
    ids: set[str] = set()
    for f in sorted((ROOT / "data" / "sources").glob("*.json")):
        ids |= {item["id"] for item in json.loads(f.read_text(encoding="utf-8"))}
    return ids


def build(wheel: Path) -> dict:
    check_wheel(wheel)
    islands = assign_names(land_pieces(wheel))
    have = known_sources()
    sources = {lid: [s for s in ids if s in have] for lid, ids in LINE_SOURCES.items()}
    features = island_features(islands) + group_features(islands) + line_features(islands, sources)
    return {
        "type": "FeatureCollection",
        "attribution": ATTRIBUTION,
        "license": "LGPL-3.0-or-later (see data/licenses/gshhg/)",
        "citation": (
            "Wessel, P., and W. H. F. Smith (1996), A global, self-consistent, "
            "hierarchical, high-resolution shoreline database, J. Geophys. Res., "
            "101(B4), 8741-8743."
        ),
        "generator": f"tools/build_places.py from {PACKAGE} (sha256 {WHEEL_SHA256}), "
        f"box lon {BOX[0]}-{BOX[2]} E, lat {BOX[1]}-{BOX[3]} N",
        "area_method": "WGS84 mapped to the authalic sphere, exact spherical polygon area",
        "year_rule": YEAR_RULE,
        "names_note": NAMES_NOTE,
        "name_sources": NAME_SOURCES,
        "features": features,
    }


def to_text(doc: dict) -> str:
    """The document as compact JSON, one feature per line (keeps diffs reviewable)."""
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    return text.replace(',{"type":"Feature"', ',\n{"type":"Feature"')
