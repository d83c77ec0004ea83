"""Where the first frame's labels went last time (issue 23): placing every label is the
costliest step of the map's first frame (as many instructions as a bare window's whole
start), and a start usually shows the same view as the one before it.

The first placement of a process is looked up in a small pickle in the user's cache folder,
keyed by everything the placement reads: each label's text, size, rank and flags, the view's
transform and frame, the reserved corners, the islands' outlines (rectangles and point
counts) and placement.py itself (size and time). A hit puts each label where the search put
it; a miss searches and writes the result for the next start. Later placements (zoom, pan,
a selection) always search. The file is rebuildable: any unreadable one is ignored.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF

from viewer.ui.map import placement

log = logging.getLogger("viewer.map")
CACHE_NAME = "map-labels.pickle"
KEEP = 8  # views remembered (window sizes, naming modes)
_looked = False  # the first placement of this process has been served


def _key(labels: list, to_view: Any, bounds: Any, reserved: list, land: list) -> str:
    code = Path(placement.__file__)
    stat = code.stat() if code.exists() else None
    parts: list[object] = [stat and (stat.st_size, stat.st_mtime_ns),
                           [to_view.m11(), to_view.m12(), to_view.m21(), to_view.m22(),
                            to_view.dx(), to_view.dy()], bounds.getRect(),
                           [r.getRect() for r in reserved],
                           [(pid, rect.getRect(), path.elementCount())
                            for pid, rect, path in land]]
    for label in labels:
        label.stack(False)  # as placement does first: the size is the one-line size
        parts.append((label.key, label.text, label.size.width(), label.size.height(),
                      label.priority, label.small, label.water, label.on_line,
                      label.wanted, label.forced, label.below_first, label.leaders,
                      [(a.x(), a.y()) for a in label.anchors], sorted(label.own),
                      label.extent.getRect() if label.extent is not None else None))
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def place_labels(cache_dir: Path, labels: list, to_view: Any, bounds: Any, reserved: list,
                 land: list) -> None:
    """placement.place_labels, served from the cache the first time in a process."""
    global _looked
    if _looked:
        placement.place_labels(labels, to_view, bounds, reserved, land)
        return
    _looked = True
    path = cache_dir / CACHE_NAME
    key = _key(labels, to_view, bounds, reserved, land)
    try:
        with open(path, "rb") as fh:
            known = pickle.load(fh)
        if not isinstance(known, dict):
            known = {}
    except FileNotFoundError:
        known = {}
    except Exception as exc:  # noqa: BLE001 - a cache that cannot be read is rebuilt
        log.info("ignoring the label cache %s: %s", path, exc)
        known = {}
    if key in known:
        _apply(labels, known[key])
        return
    placement.place_labels(labels, to_view, bounds, reserved, land)
    known.pop(key, None)
    known[key] = [(label.isVisible(), label.stacked, label.pos().x(), label.pos().y(),
                   label.offset.x(), label.offset.y(), label.leader is not None)
                  for label in labels]
    while len(known) > KEEP:
        known.pop(next(iter(known)))
    try:
        from viewer.paths import replace_atomically

        cache_dir.mkdir(parents=True, exist_ok=True)
        with replace_atomically(path) as tmp:
            tmp.write_bytes(pickle.dumps(known, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError as exc:  # a read-only or full disk: place by search next time too
        log.info("could not write the label cache %s: %s", path, exc)


def _apply(labels: list, placed: list) -> None:
    for label, (visible, stacked, x, y, ox, oy, leader) in zip(labels, placed, strict=True):
        label.stack(stacked)
        if visible:
            label.place(QPointF(x, y), QPointF(ox, oy), QPointF(0, 0) if leader else None)
        label.setVisible(visible)
