"""What the bundle ships, checked without building it: the CJK subset covers every character
the data and UI use, the licences are there, the .desktop file and icons are sane, and the
user's folders are never inside a frozen bundle."""

from __future__ import annotations

import configparser
import struct
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
RES = REPO / "resources"
FONT = RES / "fonts" / "DVSansCJKjp-Subset.otf"

sys.path.insert(0, str(REPO / "tools"))
from make_font_subset import text_files, used_characters  # noqa: E402


def cmap_codepoints(path: Path) -> set[int]:
    """Code points of an OpenType font's Unicode cmap (formats 4 and 12), read directly."""
    blob = path.read_bytes()
    (num_tables,) = struct.unpack_from(">H", blob, 4)
    tables = {blob[12 + 16 * i:16 + 16 * i]: struct.unpack_from(">I", blob, 20 + 16 * i)[0]
              for i in range(num_tables)}
    cmap = tables[b"cmap"]
    (count,) = struct.unpack_from(">H", blob, cmap + 2)
    points: set[int] = set()
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", blob, cmap + 4 + 8 * i)
        if (platform, encoding) not in ((3, 1), (3, 10), (0, 3), (0, 4)):
            continue
        sub = cmap + offset
        (fmt,) = struct.unpack_from(">H", blob, sub)
        if fmt == 4:
            seg2 = struct.unpack_from(">H", blob, sub + 6)[0]
            ends = struct.unpack_from(f">{seg2 // 2}H", blob, sub + 14)
            starts = struct.unpack_from(f">{seg2 // 2}H", blob, sub + 16 + seg2)
            deltas = struct.unpack_from(f">{seg2 // 2}h", blob, sub + 16 + 2 * seg2)
            ro_at = sub + 16 + 3 * seg2
            ranges = struct.unpack_from(f">{seg2 // 2}H", blob, ro_at)
            for k, (start, end) in enumerate(zip(starts, ends, strict=True)):
                for c in range(start, end + 1):
                    if c == 0xFFFF:
                        continue
                    if ranges[k] == 0:
                        glyph = (c + deltas[k]) & 0xFFFF
                    else:
                        at = ro_at + 2 * k + ranges[k] + 2 * (c - start)
                        glyph = struct.unpack_from(">H", blob, at)[0]
                        glyph = (glyph + deltas[k]) & 0xFFFF if glyph else 0
                    if glyph:
                        points.add(c)
        elif fmt == 12:
            (groups,) = struct.unpack_from(">I", blob, sub + 12)
            for g in range(groups):
                start, end, _ = struct.unpack_from(">III", blob, sub + 16 + 12 * g)
                points.update(range(start, end + 1))
    return points


@pytest.fixture(scope="module")
def covered() -> set[int]:
    return cmap_codepoints(FONT)


def test_cmap_reader_sees_the_obvious(covered: set[int]) -> None:
    assert {ord("A"), ord("ж"), ord("島"), ord("あ"), ord("ア")} <= covered
    assert ord("\u0e01") not in covered  # Thai is not used anywhere


def test_subset_covers_every_character_in_data(covered: set[int]) -> None:
    data_files = [p for p in text_files(REPO) if p.is_relative_to(REPO / "data")]
    assert any(p.name == "places.geojson" for p in data_files)
    missing = sorted(c for c in used_characters(data_files) if ord(c) not in covered)
    assert not missing, ("rerun tools/make_font_subset.py; missing: "
                         + " ".join(f"U+{ord(c):04X} {c}" for c in missing))


def test_subset_covers_the_ui_strings(covered: set[int]) -> None:
    # Characters Noto Sans CJK JP itself lacks (symbols like ✕) are listed by the tool; a
    # system font draws them if there is one.
    listed = (RES / "fonts" / "not-in-subset.txt").read_text(encoding="utf-8").splitlines()
    lacking = {chr(int(line[2:], 16)) for line in listed if line.startswith("U+")}
    ui_files = [p for p in text_files(REPO)
                if p.is_relative_to(REPO / "viewer") or p.is_relative_to(RES / "i18n")]
    missing = sorted(c for c in used_characters(ui_files)
                     if ord(c) not in covered and c not in lacking)
    assert not missing, ("rerun tools/make_font_subset.py; missing: "
                         + " ".join(f"U+{ord(c):04X} {c}" for c in missing))


def test_font_is_renamed_and_licensed() -> None:
    blob = FONT.read_bytes()
    assert len(blob) < 2_000_000  # a subset, not the 20 MB collection
    assert "DV Sans CJK JP Subset".encode("utf-16-be") in blob
    ofl = (RES / "fonts" / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in ofl and "Adobe" in ofl


def test_licences_shipped() -> None:
    for path in ("LICENSE", "data/LICENSES.md", "data/licenses/gshhg/COPYING",
                 "data/licenses/gshhg/COPYING.LESSER", "resources/licenses/LGPL-3.0.txt",
                 "resources/licenses/GPL-3.0.txt", "resources/licenses/QT-PYSIDE6-NOTICE.txt",
                 "resources/licenses/ICU.txt"):
        assert (REPO / path).is_file(), path
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (RES / "licenses" / "LGPL-3.0.txt").read_text()
    spec = (REPO / "build.spec").read_text(encoding="utf-8")
    for shipped in ('(str(ROOT / "data"), "data")', '(str(ROOT / "resources"), "resources")',
                    '(str(ROOT / "LICENSE"), ".")', "distribution_licences("):
        assert shipped in spec


def test_desktop_file() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(RES / "declaration-viewer.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "declaration-viewer"
    assert entry["Icon"] == "declaration-viewer"
    assert entry["StartupWMClass"] == "declaration-viewer"  # = QGuiApplication.desktopFileName
    assert entry["Categories"].endswith(";")


def test_icons() -> None:
    png = (RES / "declaration-viewer.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (256, 256)
    svg = (RES / "declaration-viewer.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and 'viewBox="0 0 256 256"' in svg


def test_user_folders_never_inside_a_frozen_bundle(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from viewer import paths

    monkeypatch.delenv("DECLARATION_VIEWER_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", "")
    monkeypatch.setenv("XDG_CONFIG_HOME", "")
    monkeypatch.setenv("XDG_CACHE_HOME", "")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle" / "_internal"), raising=False)
    bundle = paths.bundle_root()
    assert bundle == tmp_path / "bundle" / "_internal"
    for folder in (paths.user_data_dir(), paths.user_config_dir(), paths.default_db_path(),
                   paths.log_path(), paths.user_cache_dir()):
        assert not folder.is_relative_to(bundle.parent), folder
    if sys.platform.startswith("linux"):
        assert paths.user_data_dir() == tmp_path / "home" / ".local" / "share" / paths.APP_NAME
