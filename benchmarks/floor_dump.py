"""Write what the app's first paint shows, as plain data, for benchmarks/floor_window.py.

    python benchmarks/floor_dump.py OUT.json [--size 1600x900]

Builds the real main window offscreen (as `--screenshot` does), lets it settle, and records
the panes' content: the declaration's HTML, the readings tree, the detail and legend HTML,
the map's paths (in scene coordinates, with their pen and fill), its visible labels and the
scene rectangle on screen, and the splitter sizes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _colour(c) -> str:  # noqa: ANN001 - QColor
    return c.name(c.NameFormat.HexArgb)


def dump(size: tuple[int, int]) -> dict:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QGraphicsPathItem

    from benchmarks.bare_window import settle
    from viewer.corpus.cache import load_corpus_cached
    from viewer.paths import data_dir, user_cache_dir
    from viewer.ui.app import make_app, open_settings
    from viewer.ui.main_window import MainWindow
    from viewer.ui.map.labels import LabelItem

    corpus = load_corpus_cached(data_dir(), user_cache_dir())
    make_app()
    window = MainWindow(corpus, open_settings(), open_store=False)
    window.resize(*size)
    window.show()
    settle()
    readings = window.interpretations_pane.tree
    tree = []
    for i in range(readings.topLevelItemCount()):
        top = readings.topLevelItem(i)
        tree.append([top.text(0), [[top.child(j).text(0), top.child(j).text(1)]
                                   for j in range(top.childCount())]])
    pane = window.map_pane
    paths, labels = [], []
    for item in pane.scene.items(Qt.SortOrder.AscendingOrder):
        if isinstance(item, QGraphicsPathItem) and item.isVisible():
            polygons = [[[p.x(), p.y()] for p in poly]
                        for poly in item.sceneTransform().map(item.path()).toSubpathPolygons()]
            brush = item.brush()
            paths.append({"polygons": polygons, "pen": _colour(item.pen().color()),
                          "width": item.pen().widthF(),
                          "fill": None if brush.style() == Qt.BrushStyle.NoBrush
                          else _colour(brush.color())})
        elif isinstance(item, LabelItem) and item.isVisible():
            labels.append({"text": item.text, "x": item.pos().x(), "y": item.pos().y(),
                           "dx": item.offset.x(), "dy": item.offset.y()})
    view = pane.view
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    return {
        "size": list(size),
        "text_html": window.text_pane._html,  # noqa: SLF001 - what the text pane set
        "tree": tree,
        "detail_html": window.interpretations_pane.detail.toHtml(),
        "legend_html": pane.legend.toHtml(),
        "sea": _colour(pane.scene.backgroundBrush().color()),
        "paths": paths,
        "labels": labels,
        "map_rect": [shown.x(), shown.y(), shown.width(), shown.height()],
        "splitter": window.splitter.sizes(),
    }


def main(argv: list[str] | None = None) -> int:
    from benchmarks.bare_window import out_and_size

    out, size = out_and_size(argv, __doc__)
    Path(out).write_text(json.dumps(dump(size)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
