"""Render the map pane alone, offscreen, for every zoom preset × year × naming mode.

    PYTHONPATH=$PWD QT_QPA_PLATFORM=offscreen python tools/map_screenshots.py OUT_DIR
        [--size 700x600] [--presets disputed,overview,...] [--years 1855,...] [--modes both,...]
        [--select place:kunashir]

One PNG per combination, named preset-year-mode.png, for looking at (issue 20) and for
comparing a refactoring byte for byte. The settings live in a temporary folder: the reader's
own settings are never touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]


def presets(pane) -> dict[str, object]:  # noqa: ANN001 - a MapPane
    """Zoom preset name -> what to call: the year's own frame, the two toolbar views, and
    each disputed island."""
    from viewer.corpus.model import CLAIM_KEYS

    out: dict[str, object] = {"year": lambda: pane._show(pane.year_rect(), "fit"),  # noqa: SLF001
                              "disputed": pane.show_disputed, "overview": pane.show_overview}
    for key in CLAIM_KEYS:
        out[key] = (lambda k=key: pane._show(pane.rect_of(pane.members(k)), "fit"))  # noqa: SLF001
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("out", type=Path)
    p.add_argument("--size", default="700x600")
    p.add_argument("--presets", default="")
    p.add_argument("--years", default="")
    p.add_argument("--modes", default="")
    p.add_argument("--select", default="", help="a REF to select first (place:kunashir …)")
    args = p.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    from PySide6.QtCore import QSettings

    from viewer.corpus import load_corpus
    from viewer.corpus.names import NAMING_MODES
    from viewer.corpus.refs import parse_ref
    from viewer.ui.app import make_app
    from viewer.ui.common.preferences import Preferences
    from viewer.ui.common.selection import Selection
    from viewer.ui.map.pane import YEARS, MapPane

    app = make_app()
    corpus = load_corpus(REPO / "data")
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        prefs = Preferences(settings)
        selection = Selection()
        pane = MapPane(corpus, selection, prefs)
        pane.resize(width, height)
        pane.show()
        app.processEvents()
        if args.select:
            selection.set(parse_ref(corpus, args.select))
        chosen = presets(pane)
        names = [n for n in args.presets.split(",") if n] or list(chosen)
        years = [int(y) for y in args.years.split(",") if y] or list(YEARS)
        modes = [m for m in args.modes.split(",") if m] or list(NAMING_MODES)
        args.out.mkdir(parents=True, exist_ok=True)
        for mode in modes:
            prefs.set_naming(mode)
            for year in years:
                pane.set_year(year)
                for name in names:
                    chosen[name]()
                    app.processEvents()
                    out = args.out / f"{name}-{year}-{mode}.png"
                    pane.grab().save(str(out))
                    print(out)
        pane.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
