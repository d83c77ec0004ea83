"""A small, valid data/ folder built in a temp dir, for loader and UI tests."""

from __future__ import annotations

import json
from pathlib import Path

from viewer.corpus.model import PASSAGE_IDS

TEXTS = {
    "en": {"art-9": ["The parties agree to continue negotiations for a Peace Treaty.",
                     "The USSR agrees to transfer to Japan the Habomai Islands and the island "
                     "of Shikotan."]},
    "ru": {"art-9": ["Стороны согласились продолжить переговоры.",
                     "СССР соглашается передать Японии острова Хабомаи и остров Сикотан."]},
    "ja": {"art-9": ["両国は交渉を継続することに同意する。",
                     "ソ連は歯舞群島及び色丹島を日本国に引き渡すことに同意する。"]},
}


def _square(lon: float, lat: float, d: float) -> list:
    return [[[lon - d, lat - d], [lon + d, lat - d], [lon + d, lat + d], [lon - d, lat + d],
             [lon - d, lat - d]]]


def island(pid: str, en: str, ja: str, ja_l: str, ru: str, ru_l: str, lon: float, lat: float,
           group: str | None = None, d: float = 0.1) -> dict:
    return {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": _square(lon, lat, d)},
            "properties": {"kind": "island", "id": pid, "name_en": en, "name_ja": ja,
                           "name_ja_latn": ja_l, "name_ru": ru, "name_ru_latn": ru_l,
                           "group": group or pid, "area_km2": 100.0,
                           "administered_by": "russia", "claimed_by": ["japan", "russia"],
                           "ref_point": [lon, lat]}}


def write_mini_data(root: Path) -> Path:
    (root / "declaration").mkdir(parents=True)
    for lang, texts in TEXTS.items():
        passages = []
        for pid in PASSAGE_IDS:
            paras = texts.get(pid)
            if paras:
                paragraphs = [{"n": str(i + 1), "text": t, "status": "verified",
                               "sources": ["src-a"], "provenance": "test"}
                              for i, t in enumerate(paras)]
            else:
                paragraphs = [{"n": "1", "text": "", "status": "missing", "sources": [],
                               "provenance": "not found"}]
            passages.append({"id": pid, "label": pid.replace("art-", "Article "),
                             "paragraphs": paragraphs})
        doc = {"lang": lang, "edition": "test edition", "authentic": lang != "en",
               "passages": passages}
        (root / "declaration" / f"{lang}.json").write_text(json.dumps(doc, ensure_ascii=False),
                                                           encoding="utf-8")
    (root / "sources").mkdir()
    (root / "sources" / "a.json").write_text(json.dumps([
        {"id": "src-a", "type": "book", "title": "A source",
         "custom": {"verification": "verified", "seen": "test page", "checked": "test"}}]),
        encoding="utf-8")
    (root / "notes").mkdir()
    iri = "urn:declaration-viewer:jd1956"
    note = {"id": "urn:declaration-viewer:note:habomai", "type": "Annotation", "kind": "place",
            "label": "Habomai Islands",
            "body": [{"type": "TextualBody", "value": "A group of islets [@src-a].",
                      "format": "text/markdown"}],
            "target": [
                {"source": f"{iri}:en:art-9",
                 "selector": {"type": "TextQuoteSelector", "exact": "Habomai Islands"}},
                {"source": f"{iri}:ru:art-9",
                 "selector": {"type": "TextQuoteSelector", "exact": "Хабомаи"}},
                {"source": f"{iri}:ja:art-9",
                 "selector": {"type": "TextQuoteSelector", "exact": "歯舞群島"}}],
            "places": ["habomai"]}
    (root / "notes" / "places.json").write_text(json.dumps([note], ensure_ascii=False),
                                                encoding="utf-8")
    features = [
        island("shikotan", "Shikotan", "色丹島", "Shikotan-tō", "Шикотан", "Shikotan",
               146.74, 43.8),
        island("kunashir", "Kunashir / Kunashiri", "国後島", "Kunashiri-tō", "Кунашир", "Kunashir",
               145.95, 44.17, d=0.3),
        island("iturup", "Iturup / Etorofu", "択捉島", "Etorofu-tō", "Итуруп", "Iturup", 147.87,
               45.07, d=0.4),
        island("shibotsu", "Shibotsu", "志発島", "Shibotsu-tō", "Зелёный", "Zelyony", 146.14, 43.51,
               group="habomai", d=0.05),
        {"type": "Feature", "geometry": None,
         "properties": {"kind": "group", "id": "habomai", "name_en": "Habomai Islands",
                        "name_ja": "歯舞群島", "name_ja_latn": "Habomai-guntō",
                        "name_ru": "острова Хабомаи", "name_ru_latn": "Khabomai",
                        "administered_by": "russia", "claimed_by": ["japan", "russia"]}},
        {"type": "Feature",
         "geometry": {"type": "LineString", "coordinates": [[148.5, 45.3], [149.3, 45.6]]},
         "properties": {"kind": "line", "id": "shimoda-1855", "year_from": 1855,
                        "year_to": 1874, "label_en": "1855 border",
                        "description": "Between Etorofu/Iturup and Urup.",
                        "sources": ["src-a"]}},
    ]
    (root / "places.geojson").write_text(json.dumps(
        {"type": "FeatureCollection", "features": features}, ensure_ascii=False), encoding="utf-8")
    (root / "parties.json").write_text(json.dumps([
        {"id": "russia", "name": "Russia", "kind": "state"},
        {"id": "japan", "name": "Japan", "kind": "state"}]), encoding="utf-8")
    (root / "interpretations").mkdir()
    (root / "interpretations" / "japan-gov.json").write_text(json.dumps({
        "id": "japan-gov", "party": "japan", "title": "Four islands", "proponent": "MOFA",
        "date": "1960-02-05", "summary": "s", "argument": "a [@src-a]",
        "passages": ["art-9.2"],
        "claims": {"habomai": "return", "shikotan": "return", "kunashir": "return",
                   "iturup": "return"},
        "sources": [{"id": "src-a"}]}), encoding="utf-8")
    (root / "events.json").write_text(json.dumps([
        {"id": "signing", "date": "1956-10-19", "title": "Signed", "sources": ["src-a"],
         "interpretations": ["japan-gov"], "places": [], "map_year": 1956,
         "status": "verified", "date_source": "src-a", "provenance": "test"}]),
        encoding="utf-8")
    return root
