"""The files a Linux desktop needs to list the app: the .desktop entry, hicolor icons and the
AppStream metainfo, laid out under a `share/` folder. Used by build_deb.py (/usr/share) and
build_tarball.py (the tar.gz's share/, copied by install.sh). Imports PySide6 only to draw
the PNG icons from the SVG.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RES = ROOT / "resources"
NAME = "declaration-viewer"
# The .desktop file keeps the name the app gives Qt (QGuiApplication.setDesktopFileName), so
# Wayland compositors and docks match the running window to it.
DESKTOP = RES / f"{NAME}.desktop"
ICON_SVG = RES / f"{NAME}.svg"
# hicolor sizes desktops ask for (menus 16-48, launchers and software centres 64-512).
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def metainfo_file() -> Path:
    """resources/<id>.metainfo.xml (exactly one)."""
    found = sorted(RES.glob("*.metainfo.xml"))
    if len(found) != 1:
        raise RuntimeError(f"expected one resources/*.metainfo.xml, found {len(found)}")
    return found[0]


def component_id() -> str:
    match = re.search(r"<id>([^<]+)</id>", metainfo_file().read_text(encoding="utf-8"))
    if not match:
        raise RuntimeError(f"{metainfo_file().name} has no <id>")
    return match.group(1)


def render_png(svg: Path, size: int, out: Path) -> None:
    """Draw the SVG at size x size with Qt's SVG renderer (the same one the app uses)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841  keeps it alive
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise RuntimeError(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise RuntimeError(f"cannot write {out}")


def stage_share(share: Path) -> list[Path]:
    """Write the .desktop entry, icons and metainfo under share/; return the files written."""
    icons = share / "icons" / "hicolor"
    files = [share / "applications" / DESKTOP.name,
             icons / "scalable" / "apps" / ICON_SVG.name,
             share / "metainfo" / f"{component_id()}.metainfo.xml"]
    for src, dest in zip((DESKTOP, ICON_SVG, metainfo_file()), files, strict=True):
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
    for size in ICON_SIZES:
        png = icons / f"{size}x{size}" / "apps" / f"{NAME}.png"
        render_png(ICON_SVG, size, png)
        files.append(png)
    return files
