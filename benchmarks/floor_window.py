"""A floor for the start-up budget: the app's first-paint content in plain Qt widgets.

    python benchmarks/floor_window.py CONTENT.json OUT.png [--empty]

No app code: it imports PySide6, json and bare_window.py's last steps only. Like
benchmarks/bare_window.py it creates the QApplication, shows a 1600×900 QMainWindow, lets
events settle (3 × processEvents, 50 ms), grabs and saves a PNG; but the window holds what the
app's first paint holds (recorded by benchmarks/floor_dump.py): a QTextBrowser with the
declaration's HTML, a QTreeWidget with the readings and a QTextBrowser for the detail, a
QGraphicsView with the island and line paths and the labels, and a QTextBrowser with the map
legend, in splitters. No menus, toolbars, titles, graticule or interaction. With --empty the
same widgets are left empty.

An app that shows this content in these widgets cannot paint it for less.
"""

from __future__ import annotations

import argparse
import json
import os
import sys


def build(content: dict, empty: bool):  # noqa: ANN201 - QMainWindow
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
    from PySide6.QtWidgets import (
        QGraphicsItem,
        QGraphicsScene,
        QGraphicsView,
        QMainWindow,
        QSplitter,
        QTextBrowser,
        QTreeWidget,
        QTreeWidgetItem,
    )

    window = QMainWindow()
    text, detail, legend = QTextBrowser(), QTextBrowser(), QTextBrowser()
    tree = QTreeWidget()
    tree.setHeaderLabels(["Reading", "Date"])
    scene = QGraphicsScene(window)  # parented: an orphan scene can be collected
    view = QGraphicsView(scene)
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    if not empty:
        text.setHtml(content["text_html"])
        for heading, rows in content["tree"]:
            top = QTreeWidgetItem(tree, [heading])
            for reading, date in rows:
                QTreeWidgetItem(top, [reading, date])
        tree.expandAll()
        detail.setHtml(content["detail_html"])
        legend.setHtml(content["legend_html"])
        scene.setBackgroundBrush(QColor(content["sea"]))
        for z, item in enumerate(content["paths"]):
            path = QPainterPath()
            for polygon in item["polygons"]:
                path.addPolygon(QPolygonF([QPointF(x, y) for x, y in polygon]))
            pen = QPen(QColor(item["pen"]), item["width"])
            pen.setCosmetic(True)
            brush = QBrush(QColor(item["fill"])) if item["fill"] else QBrush()
            scene.addPath(path, pen, brush).setZValue(z)
        for label in content["labels"]:
            shown = scene.addSimpleText(label["text"])
            shown.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            shown.setPos(label["x"], label["y"])
            shown.setZValue(len(content["paths"]) + 1)
    middle = QSplitter(Qt.Orientation.Vertical)
    middle.addWidget(tree)
    middle.addWidget(detail)
    right = QSplitter(Qt.Orientation.Vertical)
    right.addWidget(view)
    right.addWidget(legend)
    split = QSplitter(Qt.Orientation.Horizontal)
    for pane in (text, middle, right):
        split.addWidget(pane)
    split.setSizes(content["splitter"])
    window.setCentralWidget(split)
    window.resize(*content["size"])
    return window, view, QRectF(*content["map_rect"])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("content")
    p.add_argument("out")
    p.add_argument("--empty", action="store_true")
    args = p.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with open(args.content, encoding="utf-8") as f:
        content = json.load(f)
    from bare_window import settle_grab_save  # this folder is sys.path[0]
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    window, view, shown = build(content, args.empty)
    window.show()
    view.fitInView(shown)
    ok = settle_grab_save(window, args.out)
    del app
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
