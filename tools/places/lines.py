"""The historical lines: their descriptions and sources (LINES, LINE_SOURCES) and their
geometry, drawn from the named coasts (median lines, strait lines, the 50th parallel).

To change a description or a source, edit the tables here and rerun tools/build_places.py.
"""

from __future__ import annotations

import math

import numpy as np
import shapely
import shapely.affinity
from shapely.geometry import LineString, Polygon, box
from shapely.ops import nearest_points, unary_union

from .geo import BOX, KX, KY
from .islands import ISLANDS
from .naming import group_of


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


def line_geometries(islands: dict[str, list[Polygon]]) -> dict:
    """Each line id of LINES -> its geometry, drawn from the named coasts."""

    def u(*ids):
        return unary_union([p for i in ids for p in islands[i]])

    habomai = [i for i in islands if i in ISLANDS and ISLANDS[i][5] == "habomai"] + [
        i
        for i in islands
        if i.startswith("islet-") and group_of(i, islands) in {"habomai", "shikotan"}
    ]
    south = u("shikotan", *habomai)
    hokkaido = u(
        "hokkaido",
        *[i for i in islands if i.startswith("islet-") and group_of(i, islands) == "hokkaido"],
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
    return geoms


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
