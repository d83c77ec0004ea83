"""data/map_labels.json: the names of the waters drawn on the map (seas, ocean, straits) in
both conventions with their sources, and the kind of each historical line (for the legend).

Plain Python, no Qt. Loaded with the corpus (`Corpus.map_labels`, so it travels in the
start-up cache) and checked against it by `check_map_labels` (every source and line it
names exists).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from viewer.corpus.errors import CorpusError
from viewer.corpus.model import Corpus

WATER_KINDS = ("sea", "ocean", "strait")
# border: a treaty border in force in its years; control: a line of actual control, not an
# agreed border; reference: a line that marks a reading or a promise, not a border.
LINE_KINDS = ("border", "control", "reference")
_NAMES = ("name_en", "name_ja", "name_ja_latn", "name_ru", "name_ru_latn")


@dataclass(frozen=True)
class Water:
    id: str
    kind: str
    name_en: str
    name_ja: str
    name_ja_latn: str
    name_ru: str
    name_ru_latn: str
    points: tuple[tuple[float, float], ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class MapLabels:
    waters: tuple[Water, ...]
    line_kinds: dict[str, str]


def _water(path: Path, i: int, raw: object) -> Water:
    where = f"waters[{i}]"
    if not isinstance(raw, dict):
        raise CorpusError(path, where, "must be an object")
    where = f"water '{raw.get('id', i)}'"
    if raw.get("kind") not in WATER_KINDS:
        raise CorpusError(path, where, f"kind must be one of {', '.join(WATER_KINDS)}")
    for key in ("id", *_NAMES):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise CorpusError(path, where, f"'{key}' must be a non-empty string")
    points = raw.get("points")
    if not isinstance(points, list) or not points or not all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(v, (int, float)) for v in p)
            and 130 <= p[0] <= 170 and 35 <= p[1] <= 60 for p in points):
        raise CorpusError(path, where, "'points' must be a list of [lon, lat] in the map's area")
    sources = raw.get("sources")
    if not isinstance(sources, list) or not sources or not all(
            isinstance(s, str) for s in sources):
        raise CorpusError(path, where, "'sources' must list at least one source id")
    return Water(raw["id"], raw["kind"], *(raw[k] for k in _NAMES),
                 tuple((float(lon), float(lat)) for lon, lat in points), tuple(sources))


def load_map_labels(path: Path) -> MapLabels:
    """Read and check the file; a missing file is an empty set (the map works without it)."""
    path = Path(path)
    if not path.is_file():
        return MapLabels((), {})
    import json  # here: a start from the cache never needs it (nor imports it)

    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CorpusError(path, "", f"cannot be read as JSON: {exc}") from exc
    if not isinstance(raw, dict):
        raise CorpusError(path, "", "must be an object")
    waters = raw.get("waters", [])
    kinds = raw.get("line_kinds", {})
    if not isinstance(waters, list) or not isinstance(kinds, dict):
        raise CorpusError(path, "", "'waters' must be a list and 'line_kinds' an object")
    for lid, kind in kinds.items():
        if kind not in LINE_KINDS:
            raise CorpusError(path, f"line_kinds '{lid}'",
                              f"kind must be one of {', '.join(LINE_KINDS)}")
    out = tuple(_water(path, i, w) for i, w in enumerate(waters))
    ids = [w.id for w in out]
    if len(set(ids)) != len(ids):
        raise CorpusError(path, "waters", "an id is used twice")
    return MapLabels(out, dict(kinds))


def check_map_labels(labels: MapLabels, corpus: Corpus, path: Path) -> None:
    """Every source and line named exists in the corpus; every line has a kind."""
    for w in labels.waters:
        for sid in w.sources:
            if sid not in corpus.sources:
                raise CorpusError(path, f"water '{w.id}'", f"source '{sid}' is not in sources/")
    for lid in labels.line_kinds:
        if lid not in corpus.lines:
            raise CorpusError(path, f"line_kinds '{lid}'", "no such line in places.geojson")
    for lid in corpus.lines:
        if lid not in labels.line_kinds:
            raise CorpusError(path, "line_kinds", f"line '{lid}' has no kind")
