"""Make resources/fonts/DVSansCJKjp-Subset.otf: Noto Sans CJK JP cut down to the characters we use.

The bundle must show Japanese and Russian on a machine with no CJK font, without shipping the
whole 20 MB collection. The subset holds every character found in data/ (*.json, *.geojson,
*.md), in viewer/**/*.py (UI strings) and in resources/i18n/*.ts (their translations), plus
printable ASCII. It is renamed (family
"DV Sans CJK JP Subset") because the OFL forbids a modified font from using a Reserved Font Name
and so it never shadows a full Noto Sans CJK the user has installed.

Developer tool only (needs fontTools: pip install fonttools). Rerun it whenever data/ or UI
strings gain a character; tests/test_bundle_files.py fails until you do.

    python tools/make_font_subset.py [--source NotoSansCJK-Regular.ttc] [--check]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")  # Debian fonts-noto-cjk
SOURCE_LICENCE = Path("/usr/share/doc/fonts-noto-cjk/copyright")
SOURCE_INDEX_NAME = "NotoSansCJKjp-Regular"  # PostScript name of the face to take from the .ttc
OUT_DIR = ROOT / "resources" / "fonts"
OUT_FONT = OUT_DIR / "DVSansCJKjp-Subset.otf"
OUT_LICENCE = OUT_DIR / "OFL.txt"
OUT_UNCOVERED = OUT_DIR / "not-in-subset.txt"  # used characters the source font lacks
FAMILY = "DV Sans CJK JP Subset"
PS_NAME = "DVSansCJKjp-Subset"
FIXED_TIME = 0x00000000E0000000  # head.created/modified: fixed, so reruns are byte-identical


def text_files(root: Path = ROOT) -> list[Path]:
    """The files whose characters the font must cover (the test uses the same list)."""
    data = root / "data"
    files = [p for pattern in ("*.json", "*.geojson", "*.md") for p in data.rglob(pattern)]
    files += (root / "viewer").rglob("*.py")
    files += (root / "resources" / "i18n").glob("*.ts")  # the interface's translations
    return sorted(files)


def used_characters(files: Iterable[Path]) -> set[str]:
    """Every character that could be drawn: all characters of the files minus controls."""
    chars = {chr(c) for c in range(0x20, 0x7F)}
    for path in files:
        chars.update(path.read_text(encoding="utf-8"))
    return {c for c in chars if ord(c) >= 0x20 and not 0x7F <= ord(c) < 0xA0}


def _load_source(source: Path):  # noqa: ANN202 - fontTools TTFont
    from fontTools.ttLib import TTCollection, TTFont

    if source.suffix.lower() in (".ttc", ".otc"):
        for font in TTCollection(str(source)).fonts:
            if font["name"].getDebugName(6) == SOURCE_INDEX_NAME:
                return font
        raise SystemExit(f"{SOURCE_INDEX_NAME} not found in {source}")
    return TTFont(str(source))


def _rename(font, source_version: str) -> None:  # noqa: ANN001
    name = font["name"]
    original = name.getDebugName(4)
    for record in list(name.names):
        if record.nameID in (16, 17, 21, 22):  # typographic names would keep the old family
            name.removeNames(nameID=record.nameID)
    for nid, value in {1: FAMILY, 2: "Regular", 3: f"{source_version};{PS_NAME}",
                       4: FAMILY, 6: PS_NAME,
                       10: f"Subset of {original} {source_version} made by "
                           "tools/make_font_subset.py for Declaration Viewer."}.items():
        name.setName(value, nid, 3, 1, 0x409)  # Windows, Unicode BMP, English (US)
        name.setName(value, nid, 1, 0, 0)      # Macintosh, Roman, English
    cff = font["CFF "].cff
    cff.fontNames = [PS_NAME]
    top = cff.topDictIndex[0]
    for key in ("FullName", "FamilyName"):
        if hasattr(top, key):
            setattr(top, key, FAMILY)
    font["head"].created = font["head"].modified = FIXED_TIME


def make_subset(source: Path, chars: set[str], out: Path) -> int:
    from fontTools import subset

    font = _load_source(source)
    version = font["name"].getDebugName(5) or "unknown version"
    version = version.split(";")[0]
    options = subset.Options()
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14]  # keep copyright + licence
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.layout_features = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(c) for c in chars))
    subsetter.subset(font)
    _rename(font, version)
    out.parent.mkdir(parents=True, exist_ok=True)
    font.recalcTimestamp = False  # keep FIXED_TIME
    font.save(str(out))
    return len(font.getBestCmap())


def licence_text(source_licence: Path, copyright_line: str) -> str:
    """OFL.txt: the font's own copyright line and the SIL OFL 1.1 text from Debian's copyright."""
    lines = source_licence.read_text(encoding="utf-8").splitlines()
    start = lines.index("License: SIL-1.1", lines.index("License: SIL-1.1") + 1)
    body: list[str] = []
    for line in lines[start + 1:]:
        if line and not line.startswith(" "):
            break
        body.append("" if line.strip() == "." else line[1:])
    header = [
        "DVSansCJKjp-Subset.otf is a subset of Noto Sans CJK JP Regular (Debian package",
        "fonts-noto-cjk; upstream https://github.com/googlefonts/noto-cjk), renamed as the",
        "OFL requires for Modified Versions. Made by tools/make_font_subset.py.",
        "",
        f"Copyright notice in the font: {copyright_line}",
        "Noto is a trademark of Google Inc.",
        "",
        "Licence (text as given in /usr/share/doc/fonts-noto-cjk/copyright):",
        "",
    ]
    return "\n".join(header + body).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--source", type=Path, default=SOURCE)
    p.add_argument("--licence", type=Path, default=SOURCE_LICENCE)
    p.add_argument("--check", action="store_true",
                   help="only report characters the current subset lacks; exit 1 if any")
    args = p.parse_args(argv)
    from fontTools.ttLib import TTFont

    chars = used_characters(text_files())
    if args.check:
        have = set(TTFont(str(OUT_FONT))["cmap"].getBestCmap())
        missing = sorted(c for c in chars if ord(c) not in have)
        print("missing: " + " ".join(f"U+{ord(c):04X}" for c in missing) if missing else "ok")
        return 1 if missing else 0
    count = make_subset(args.source, chars, OUT_FONT)
    copyright_line = _load_source(args.source)["name"].getDebugName(0) or ""
    OUT_LICENCE.write_text(licence_text(args.licence, copyright_line), encoding="utf-8")
    have = set(TTFont(str(OUT_FONT))["cmap"].getBestCmap())
    lacking = sorted(c for c in chars if ord(c) not in have)
    OUT_UNCOVERED.write_text(
        "# Characters used in data/ or viewer/ that Noto Sans CJK JP lacks (a system font must\n"
        "# draw them). Written by tools/make_font_subset.py; one code point per line.\n"
        + "".join(f"U+{ord(c):04X}\n" for c in lacking), encoding="utf-8")
    print(f"wrote {OUT_FONT.relative_to(ROOT)}: {count} characters, "
          f"{OUT_FONT.stat().st_size // 1024} KiB "
          f"({len(lacking)} used characters not in the source font)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
