"""Register the fonts shipped in resources/fonts (a CJK subset for machines without one)."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from viewer.paths import resources_dir

log = logging.getLogger("viewer.fonts")
_installed = False


def install_fonts() -> list[str]:
    global _installed
    families: list[str] = []
    if _installed:
        return families
    _installed = True
    folder = resources_dir() / "fonts"
    for path in sorted(folder.glob("*.[ot]tf")) if folder.is_dir() else []:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families
