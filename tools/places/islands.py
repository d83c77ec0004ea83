"""Naming tables: each island's names in both conventions, its group and reference point,
where its native-script names were checked, and the named groups (Habomai).

Data only; `naming.py` matches polygons to these reference points, `geojson.py` writes
the names out. To change a name, edit it here and rerun tools/build_places.py.
"""

from __future__ import annotations

# id: (name_en, name_ja, name_ja_latn,
#      name_ru, name_ru_latn, group, ref lon/lat, checked)
# A polygon holding the reference point (or within 2 km of it) takes the id. `checked`
# says whether the native-script spellings were checked against a source (see
# NAME_SOURCES); False means taken from our reference table and not re-checked.
Island = tuple[str, str, str, str, str, str, tuple[float, float], bool]
# fmt: off
ISLANDS: dict[str, Island] = {
    "iturup": (
        "Iturup / Etorofu", "択捉島", "Etorofu-tō",
        "Итуруп", "Iturup", "iturup", (147.87, 45.07), True),
    "kunashir": (
        "Kunashir / Kunashiri", "国後島", "Kunashiri-tō",
        "Кунашир", "Kunashir", "kunashir", (145.95, 44.17), True),
    "shikotan": (
        "Shikotan", "色丹島", "Shikotan-tō",
        "Шикотан", "Shikotan", "shikotan", (146.74, 43.8), True),
    "shibotsu": (
        "Shibotsu / Zelyony", "志発島", "Shibotsu-tō",
        "Зелёный", "Zelyony", "habomai", (146.14, 43.51), True),
    "suisho": (
        "Suisho / Tanfilyeva", "水晶島", "Suishō-jima",
        "Танфильева", "Tanfilyeva", "habomai", (145.91, 43.44), True),
    "yuri": (
        "Yuri", "勇留島", "Yuri-tō",
        "Юрий", "Yuri", "habomai", (146.07, 43.42), True),
    "akiyuri": (
        "Akiyuri / Anuchina", "秋勇留島", "Akiyuri-tō",
        "Анучина", "Anuchina", "habomai", (146.0, 43.37), True),
    "taraku": (
        "Taraku / Polonskogo", "多楽島", "Taraku-tō",
        "Полонского", "Polonskogo", "habomai", (146.32, 43.63), True),
    "hokkaido": (
        "Hokkaido", "北海道", "Hokkaidō",
        "Хоккайдо", "Khokkaido", "hokkaido", (142.8, 43.5), True),
    "urup": (
        "Urup / Uruppu", "得撫島", "Uruppu-tō",
        "Уруп", "Urup", "other-kurils", (149.95, 45.91), True),
    "brat-chirpoyev": (
        "Brat Chirpoyev", "知理保以南島", "Chirihoi-minami-tō",
        "Брат-Чирпоев", "Brat-Chirpoyev", "other-kurils", (150.815, 46.465), True),
    "chirpoy": (
        "Chirpoy", "知理保以島", "Chirihoi-tō",
        "Чирпой", "Chirpoy", "other-kurils", (150.88, 46.52), True),
    "broutona": (
        "Broutona", "武魯頓島", "Buroton-tō",
        "Броутона", "Broutona", "other-kurils", (150.74, 46.72), True),
    "simushir": (
        "Simushir", "新知島", "Shimushiru-tō",
        "Симушир", "Simushir", "other-kurils", (152.0, 46.95), True),
    "ketoy": (
        "Ketoy", "計吐夷島", "Ketoi-tō",
        "Кетой", "Ketoy", "other-kurils", (152.47, 47.34), False),
    "ushishir": (
        "Ushishir", "宇志知島", "Ushishiru-tō",
        "Ушишир", "Ushishir", "other-kurils", (152.81, 47.515), False),
    "rasshua": (
        "Rasshua", "羅処和島", "Rashowa-tō",
        "Расшуа", "Rasshua", "other-kurils", (153.0, 47.75), True),
    "matua": (
        "Matua", "松輪島", "Matsuwa-tō",
        "Матуа", "Matua", "other-kurils", (153.23, 48.08), True),
    "raikoke": (
        "Raikoke", "雷公計島", "Raikoke-tō",
        "Райкоке", "Raikoke", "other-kurils", (153.25, 48.29), True),
    "shiashkotan": (
        "Shiashkotan", "捨子古丹島", "Shasukotan-tō",
        "Шиашкотан", "Shiashkotan", "other-kurils", (154.1, 48.82), False),
    "ekarma": (
        "Ekarma", "越渇磨島", "Ekaruma-tō",
        "Экарма", "Ekarma", "other-kurils", (153.94, 48.95), True),
    "chirinkotan": (
        "Chirinkotan", "知林古丹島", "Chirinkotan-tō",
        "Чиринкотан", "Chirinkotan", "other-kurils", (153.48, 48.98), False),
    "kharimkotan": (
        "Kharimkotan", "春牟古丹島", "Harumukotan-tō",
        "Харимкотан", "Kharimkotan", "other-kurils", (154.52, 49.12), False),
    "onekotan": (
        "Onekotan", "温禰古丹島", "Onnekotan-tō",
        "Онекотан", "Onekotan", "other-kurils", (154.75, 49.45), True),
    "makanrushi": (
        "Makanrushi", "磨勘留島", "Makanru-tō",
        "Маканруши", "Makanrushi", "other-kurils", (154.45, 49.77), False),
    "antsiferov": (
        "Antsiferov", "志林規島", "Shirinki-tō",
        "Анциферова", "Antsiferova", "other-kurils", (154.98, 50.2), True),
    "paramushir": (
        "Paramushir", "幌筵島", "Paramushiru-tō",
        "Парамушир", "Paramushir", "other-kurils", (155.8, 50.4), True),
    "shumshu": (
        "Shumshu", "占守島", "Shumushu-tō",
        "Шумшу", "Shumshu", "other-kurils", (156.35, 50.75), True),
    "atlasov": (
        "Atlasov", "阿頼度島", "Araido-tō",
        "Атласова", "Atlasova", "other-kurils", (155.56, 50.86), True),
    "sakhalin": (
        "Sakhalin (southern part)", "樺太 / サハリン", "Karafuto / Saharin",
        "Сахалин", "Sakhalin", "sakhalin", (142.4, 48.7), False),
    "kamchatka": (
        "Kamchatka (southern tip)", "カムチャツカ半島", "Kamuchatsuka-hantō",
        "Камчатка", "Kamchatka", "kamchatka", (156.9, 51.3), False),
    "honshu": (
        "Honshu (northern tip)", "本州", "Honshū",
        "Хонсю", "Khonsyu", "honshu", (141.2, 41.3), False),
    "asia-mainland": (
        "Asian mainland", "ユーラシア大陸", "Yūrashia tairiku",
        "Евразия (материк)", "Yevraziya (materik)", "mainland", (139.8, 49.5), False),
}
# fmt: on

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
