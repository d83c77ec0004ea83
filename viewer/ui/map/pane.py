"""The island map: coastlines from data/places.geojson, clickable islands, historical lines.

Built once; a selection change restyles only the few items it touches.
"""

from __future__ import annotations

import html
import logging
import time

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QTransform
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsScene,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from viewer.corpus.model import CLAIM_KEYS, Corpus, HistoricalLine, Place
from viewer.corpus.names import place_name
from viewer.corpus.refs import Ref
from viewer.translations import party_name, strip_mnemonic
from viewer.ui.common.field_keys import keep_keys
from viewer.ui.common.preferences import Preferences
from viewer.ui.common.selection import Selection
from viewer.ui.map.items import (
    CLAIMS,
    LINE_COLOURS,
    MARKED_FILL,
    SEA,
    SELECTED_FILL,
    IslandItem,
    LabelItem,
    LineItem,
    place_labels,
)
from viewer.ui.map.legend import MapLegend
from viewer.ui.map.projection import project
from viewer.ui.map.view import MapView

log = logging.getLogger("viewer.map")

TODAY = time.localtime().tm_year  # (time, not datetime: one import less at start-up)
YEARS = (1855, 1875, 1905, 1945, 1951, 1956, TODAY)
MARGIN_DEG = 0.6  # sea around the data, in degrees


def _line_tag(line: HistoricalLine) -> str:
    head = line.label_en.split(":")[0].split(" (")[0]
    return head.split()[0] if head[:4].isdigit() else head


class MapPane(QWidget):
    def __init__(self, corpus: Corpus, selection: Selection, prefs: Preferences,
                 parent: QWidget | None = None, annotations=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.corpus, self.selection, self.prefs = corpus, selection, prefs
        self.annotations = annotations  # the user's notes may link places
        self.setAccessibleName(self.tr("Map"))
        self.setAccessibleDescription(self.tr("Map of the islands, with the historical lines "
                                              "by year"))
        self.scene = QGraphicsScene(self)  # parented: an orphan scene can be collected
        self.scene.setBackgroundBrush(SEA)
        self.view = MapView(self.scene, self)
        self.view.setAccessibleName(self.tr("Island map"))
        self.view.setAccessibleDescription(self.tr(
            "Tab or arrow keys move between islands, Enter selects; plus and minus zoom; "
            "drag to pan"))

        self.islands: dict[str, IslandItem] = {}
        self.lines: dict[str, LineItem] = {}
        self.labels: dict[str, LabelItem] = {}
        self._group_of: dict[str, list[str]] = {}
        self._styled: set[str] = set()
        self._touched_labels: set[str] = set()
        self._marked: set[str] = set()
        self._target: tuple[QRectF, str] | None = None
        self._remember_year = True
        self._build_scene()

        self.year_box = QComboBox()
        self.year_box.setAccessibleName(self.tr("Year shown on the map"))
        self.year_box.setToolTip(self.tr("Draw the lines in force in this year"))
        for year in YEARS:
            self.year_box.addItem(self.tr("today ({year})").format(year=year) if year == TODAY
                                  else str(year), year)
        keep_keys(self.year_box, Qt.Key.Key_Home, Qt.Key.Key_End)  # the first, last year
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year_box)
        self._build_actions()
        # A tool bar, so a narrow pane folds the buttons into its overflow menu.
        bar = QToolBar(self.tr("Map tools"))
        bar.setAccessibleName(self.tr("Map tools"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addWidget(year_label)
        bar.addWidget(self.year_box)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        for action, text in ((self.zoom_out_action, "−"), (self.zoom_in_action, "+"),
                             (self.fit_action, self.tr("Fit")),
                             (self.disputed_action, self.tr("Disputed")),
                             (self.overview_action, self.tr("Whole chain"))):
            action.setIconText(text)
            action.setToolTip(f"{strip_mnemonic(action.text())} "
                              f"({action.shortcut().toString()})")
            bar.addAction(action)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(QLabel("<b>" + self.tr("Map") + "</b>"))
        header.addWidget(bar, 1)

        self.legend = MapLegend()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.legend)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([600, 170])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.splitter)

        year = int(self.prefs.value("map/year", TODAY))
        index = self.year_box.findData(year if year in YEARS else TODAY)
        self.year_box.setCurrentIndex(index)
        self._apply_year(self.year)
        self.year_box.currentIndexChanged.connect(self._on_year_box)
        self._hold = 0  # > 0 while a programmatic zoom/pan runs: labels placed once at its end
        self._land: list | None = None  # (place id, scene rect, outline) of every island
        self._placed_for: tuple | None = None  # (transform, viewport size) last placed for
        self._refresh_names()
        self._target = (self.disputed_rect(), "fit")

        self.view.activated.connect(self._on_activated)
        self.view.zoomed.connect(self._on_view_moved)
        self.view.resized.connect(self._on_view_resized)
        self.view.panned.connect(self._on_view_moved)
        self.view.focus_moved.connect(self._on_focus_moved)
        selection.changed.connect(self._on_selection)
        prefs.naming_changed.connect(lambda _mode: self._refresh_names())

    # --- building ---------------------------------------------------------------------------

    def _build_scene(self) -> None:
        for place in self.corpus.places.values():
            if place.kind == "island" and place.polygons:
                item = IslandItem(place)
                self.scene.addItem(item)
                self.islands[place.id] = item
                self._group_of.setdefault(place.group, []).append(place.id)
        for i, line in enumerate(sorted(self.corpus.lines.values(),
                                        key=lambda ln: (ln.year_from, ln.id))):
            item = LineItem(line, QColor(LINE_COLOURS[i % len(LINE_COLOURS)]))
            self.scene.addItem(item)
            self.lines[line.id] = item
            tag = LabelItem(f"line:{line.id}", item.midpoint(), 70, place_id=None, small=True,
                            border=item.colour)
            tag.set_text(_line_tag(line))
            self.scene.addItem(tag)
            self.labels[tag.key] = tag
        for place in self.corpus.places.values():
            if place.kind == "island" and place.name_en and place.id in self.islands:
                self._add_label(place)
            elif place.kind == "group" and place.members:
                self._add_label(place)
        rect = self.scene.itemsBoundingRect()
        m = project(0, 0).y() - project(0, MARGIN_DEG).y()
        self.scene.setSceneRect(rect.adjusted(-m, -m, m, m))
        self.view.focus_order = self._focus_order()
        self.view.place_labels = list(self.labels.values())
        self.view.focus_rects = {pid: self.rect_of(self.members(pid))
                                 for pid in self.view.focus_order}

    def _add_label(self, place: Place) -> None:
        area = place.area_km2 or 0.0
        if place.kind == "group":
            rect = self.rect_of(self.members(place.id))
            anchor = rect.center()
            anchor.setY(rect.bottom())
        else:
            ref = place.ref_point
            anchor = project(*ref) if ref else self.islands[place.id].scene_rect().center()
        if place.id in CLAIM_KEYS:
            priority = 100.0
        elif place.id == "hokkaido":
            priority = 90.0
        elif place.id == "urup":
            priority = 85.0
        elif place.group == "habomai":
            priority = 60 + min(area, 100) / 10
        elif place.group == "other-kurils":
            priority = 40 + min(area, 2000) / 100
        else:
            priority = 30.0
        label = LabelItem(f"place:{place.id}", anchor, priority, place_id=place.id,
                          small=place.kind == "island" and area < 600,
                          bold=place.id in CLAIM_KEYS)
        label.below_first = place.kind == "group"
        label.avoid_land = label.small or priority <= 30  # islets, and the land around
        if place.kind == "island":
            label.extent = self.islands[place.id].scene_rect()
        self.scene.addItem(label)
        self.labels[label.key] = label

    def _focus_order(self) -> list[str]:
        """Keyboard order: the disputed groups first, then the named islands south to north."""
        order = [pid for pid in CLAIM_KEYS if pid in self.corpus.places]
        first = set(order)
        rest = [p for p in self.corpus.places.values()
                if p.id not in first and p.name_en and (p.kind == "group" or p.id in self.islands)]
        habomai = [p for p in rest if p.group == "habomai"]
        others = [p for p in rest if p.group != "habomai"]
        habomai.sort(key=lambda p: -(p.area_km2 or 0))
        others.sort(key=lambda p: (p.ref_point or (0, 0))[1])
        order[1:1] = [p.id for p in habomai]  # the islets right after their group
        return order + [p.id for p in others]

    def _build_actions(self) -> None:
        def act(text: str, slot, keys) -> QAction:  # noqa: ANN001
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        self.zoom_in_action = act(self.tr("Zoom Map &In"), lambda: self._user_zoom(1.25),
                                  QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_action = act(self.tr("Zoom Map &Out"), lambda: self._user_zoom(0.8),
                                   QKeySequence.StandardKey.ZoomOut)
        self.fit_action = act(self.tr("Fit Map to &Selection"), self.fit_selection, "Ctrl+0")
        self.disputed_action = act(self.tr("Map: &Disputed Islands"), self.show_disputed, "Home")
        self.overview_action = act(self.tr("Map: &Whole Kuril Chain"), self.show_overview,
                                   "Shift+Home")

    def view_actions(self) -> list[QAction]:
        return [self.zoom_in_action, self.zoom_out_action, self.fit_action,
                self.disputed_action, self.overview_action]

    # --- geometry helpers -------------------------------------------------------------------

    def members(self, pid: str) -> list[str]:
        """The island items that make up a place: a group's islands, an island and its islets."""
        place = self.corpus.places.get(pid)
        if place is None:
            return []
        if place.kind == "group":
            return [m for m in place.members if m in self.islands]
        ids = [pid] if pid in self.islands else []
        return ids + [i for i in self._group_of.get(pid, []) if i != pid]

    def rect_of(self, ids: list[str]) -> QRectF:
        rect = QRectF()
        for pid in ids:
            if pid in self.islands:
                rect = rect.united(self.islands[pid].scene_rect())
        return rect

    def disputed_rect(self) -> QRectF:
        """The four disputed groups, with room below for the Habomai label."""
        rect = self.rect_of([m for key in CLAIM_KEYS for m in self.members(key)])
        return rect.adjusted(0, 0, 0, project(0, 0).y() - project(0, 0.25).y())

    # --- view targets (kept so a later resize re-applies them) -------------------------------

    def _show(self, rect: QRectF, mode: str) -> None:
        if rect.isEmpty():
            return
        self._target = (rect, mode)
        self.view.user_moved = False
        self._apply_target()

    def _fit_scale(self, rect: QRectF, margin: float = 0.08) -> float:
        vp = self.view.viewport().rect()
        w, h = rect.width() * (1 + 2 * margin), rect.height() * (1 + 2 * margin)
        return min(vp.width() / max(w, 1e-6), vp.height() / max(h, 1e-6))

    def _apply_target(self) -> None:
        if self._target is None:
            return
        # fitInView/centerOn scroll in several steps, each emitting panned: place once, after.
        self._hold += 1
        try:
            self._move_to_target()
        finally:
            self._hold -= 1
        self.relayout_labels()

    def _move_to_target(self) -> None:
        rect, mode = self._target
        if mode == "fit":
            self.view.fit_rect(rect)
            return
        # "centre": a small place is zoomed to fill about 40 % of the view (at most 2.5 times
        # the disputed-islands view); the reader's own closer zoom is kept if the place fits.
        default = self._fit_scale(self.disputed_rect())
        fit = self._fit_scale(rect, 0.15)
        want = min(max(fit * 0.4, default), 2.5 * default, fit)
        current = self.view.scale_factor()
        scale = want if current < want else min(current, fit)
        self.view.setTransform(QTransform.fromScale(scale, scale))
        self.view.centerOn(rect.center())

    def _on_view_resized(self) -> None:
        if not self.view.user_moved:
            self._apply_target()
        else:
            self.relayout_labels()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        if not self.view.user_moved:
            self._apply_target()

    def _user_zoom(self, factor: float) -> None:
        self.view.user_moved = True
        self.view.zoom_by(factor)

    def show_disputed(self) -> None:
        self._show(self.disputed_rect(), "fit")

    def show_overview(self) -> None:
        self._show(self.scene.itemsBoundingRect(), "fit")

    def fit_selection(self) -> None:
        ids = self._marked or {m for key in CLAIM_KEYS for m in self.members(key)}
        self._show(self.rect_of(sorted(ids)), "fit")

    # --- names, tooltips, labels -------------------------------------------------------------

    def _party(self, pid: str | None) -> str:
        if not pid:
            return "—"
        party = self.corpus.parties.get(pid)
        return party_name(party) if party else pid

    def tooltip(self, place: Place) -> str:
        e, mode = html.escape, self.prefs.naming
        if place.name_en:
            rows = [f"<b>{e(place_name(place, mode))}</b>"]
        else:
            group = self.corpus.places.get(place.group)
            rows = ["<b>" + e(self.tr("Unnamed islet")) + "</b>"]
            if group is not None and group.name_en:
                rows.append(e(self.tr("Part of: {group}").format(group=place_name(group, mode))))
        if place.name_ja:
            rows.append(e(self.tr("Japanese: {name} ({romanised})").format(
                name=place.name_ja, romanised=place.name_ja_latn)))
        if place.name_ru:
            rows.append(e(self.tr("Russian: {name} ({romanised})").format(
                name=place.name_ru, romanised=place.name_ru_latn)))
        if place.name_en:
            rows.append(e(self.tr("English: {name}").format(name=place.name_en)))
        group = self.corpus.places.get(place.group)
        if place.name_en and group is not None and group.kind == "group":
            rows.append(e(self.tr("Part of: {group}").format(group=place_name(group, mode))))
        if place.area_km2:
            rows.append(e(self.tr("Area: {area:,.1f} km² (from the drawn coastline)").format(
                area=place.area_km2)))
        rows.append(e(self.tr("Administered by: {party}").format(
            party=self._party(place.administered_by))))
        claimed = ", ".join(self._party(p) for p in place.claimed_by) or "—"
        rows.append(e(self.tr("Claimed by: {parties}").format(parties=claimed)))
        return "<qt>" + "<br>".join(rows) + "</qt>"

    def _refresh_names(self) -> None:
        mode = self.prefs.naming
        for item in self.islands.values():
            item.setToolTip(self.tooltip(item.place))
        for label in self.labels.values():
            if label.place_id:
                place = self.corpus.places[label.place_id]
                label.set_text(place_name(place, mode))
                label.setToolTip(self.tooltip(place) if place.kind == "group"
                                 else self.islands[place.id].toolTip())
        self._update_claim_legend(self.selection.current)
        self.relayout_labels()

    def relayout_labels(self) -> None:
        """Place the labels for the current view (skipped while hidden or mid-move; the
        show and the end of the move place them)."""
        if self._hold or not self.isVisible():
            self._placed_for = None
            return
        transform = self.view.viewportTransform()
        size = self.view.viewport().size()
        if self._land is None:  # the islands never move: their outlines are made once
            self._land = [(pid, item.scene_rect(), item.path())
                          for pid, item in self.islands.items()]
        place_labels(list(self.labels.values()), transform, QRectF(self.view.viewport().rect()),
                     self.view.overlay_rects(), self._land)
        self._placed_for = (transform, size)

    def _on_view_moved(self) -> None:
        """A zoom or pan: re-place the labels only if the view really changed."""
        if self._placed_for != (self.view.viewportTransform(), self.view.viewport().size()):
            self.relayout_labels()

    def focus_main(self) -> None:
        """Ctrl+3: the map itself, ready for the arrows and Tab between islands."""
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def label_text(self, pid: str) -> str:
        return self.labels[f"place:{pid}"].text

    # --- the year -----------------------------------------------------------------------------

    @property
    def year(self) -> int:
        return int(self.year_box.currentData())

    def set_year(self, year: int) -> None:
        """Choose the listed year closest to `year` (an event's map_year)."""
        best = min(YEARS, key=lambda y: (abs(y - year), -y))
        self._remember_year = False  # only the reader's own choice is remembered
        try:
            self.year_box.setCurrentIndex(self.year_box.findData(best))
        finally:
            self._remember_year = True

    def _on_year_box(self, _index: int) -> None:
        if self._remember_year:
            self.prefs.set_value("map/year", self.year)
        self._apply_year(self.year)
        self.relayout_labels()

    def _apply_year(self, year: int) -> None:
        rows = []
        for lid, item in self.lines.items():
            shown = item.line.in_force(year)
            item.setVisible(shown)
            self.labels[f"line:{lid}"].wanted = shown
            if shown:
                rows.append((item.colour, item.defined, item.line.label_en,
                             item.line.description))
        self.legend.set_lines(self.year_box.currentText(), rows,
                              today=self.year_box.currentData() == TODAY)

    def visible_lines(self) -> list[str]:
        return [lid for lid, item in self.lines.items() if item.isVisible()]

    # --- selection ----------------------------------------------------------------------------

    def _on_activated(self, pid: str) -> None:
        place = self.corpus.places.get(pid)
        if place is not None and not place.name_en and place.group in self.corpus.places:
            pid = place.group  # an unnamed islet stands for its group or main island
        self.selection.set(Ref("place", pid))

    def _on_focus_moved(self, pid: str) -> None:
        place = self.corpus.places.get(pid)
        if place is None:
            return
        current = self.selection.current
        chosen = current is not None and current.kind == "place" and current.id in (
            pid, place.group)
        text = (f"{place_name(place, self.prefs.naming)} — "
                + (self.tr("selected") if chosen else self.tr("press Enter to select")))
        if text != self.view.accessibleDescription():
            self.view.setAccessibleDescription(text)
            if self.view.hasFocus():  # said aloud by a screen reader, not only stored
                from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

                QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.view, text))

    def places_in_passage(self, ref: Ref) -> list[str]:
        """The islands a passage (paragraph) names: its place notes, and names found in it.

        Only `place` notes count: a wording note may discuss islands the text does not name.
        """
        found: list[str] = []
        for note in self.corpus.notes.values():
            if note.kind != "place":
                continue
            for t in note.targets:
                if t.passage != ref.id:
                    continue
                if ref.para:
                    passage = self.corpus.passage(t.lang, ref.id)
                    para = passage.paragraph(ref.para) if passage else None
                    if para is None or t.exact not in para.text:
                        continue
                found.extend(note.places)
                break
        texts = []
        for lang in ("en", "ru", "ja"):
            passage = self.corpus.passage(lang, ref.id)
            if passage is None:
                continue
            para = passage.paragraph(ref.para) if ref.para else None
            texts.append(para.text if para else passage.text)
        joined = "\n".join(texts).casefold()
        for key in CLAIM_KEYS:
            place = self.corpus.places.get(key)
            if place is None:
                continue
            names = [n.strip() for n in place.name_en.split("/")] + [
                place.name_ja, place.name_ru.removeprefix("острова ").removeprefix("остров ")]
            names = [n.removesuffix(" Islands") for n in names if n]
            if any(n.casefold() in joined for n in names if len(n) >= 2):
                found.append(key)
        return list(dict.fromkeys(p for p in found if p in self.corpus.places))

    def _update_claim_legend(self, ref: Ref | None) -> None:
        interp = self.corpus.interpretations.get(ref.id) if ref and ref.kind == "interp" else None
        if interp is None:
            self.legend.set_claims(None, {})
            return
        used: dict[str, list[str]] = {}
        for key in CLAIM_KEYS:
            value = interp.claims.get(key)
            place = self.corpus.places.get(key)
            if value in CLAIMS and place is not None:
                used.setdefault(value, []).append(place_name(place, self.prefs.naming))
        party = self._party(interp.party)
        self.legend.set_claims(self.tr("Reading: {title} ({party}, {year})").format(
            title=interp.title, party=party, year=interp.date[:4]), used)

    def _on_selection(self, ref: Ref | None) -> None:
        if self.view.focus_id:  # the ring's island: "selected" or "press Enter"
            self._on_focus_moved(self.view.focus_id)
        fills: dict[str, QColor] = {}
        outlines: dict[str, str] = {}
        badges: dict[str, tuple[str, QColor]] = {}
        highlight: dict[str, QColor] = {}
        marked: list[str] = []
        target: tuple[QRectF, str] | None = None
        if ref is not None and ref.kind == "place" and ref.id in self.corpus.places:
            ids = self.members(ref.id)
            outlines.update(dict.fromkeys(ids, "selected"))
            highlight[ref.id] = SELECTED_FILL
            marked = ids
            target = (self.rect_of(ids), "centre")
        elif ref is not None and ref.kind == "interp" and ref.id in self.corpus.interpretations:
            interp = self.corpus.interpretations[ref.id]
            for key in CLAIM_KEYS:
                value = interp.claims.get(key)
                if value not in CLAIMS:
                    continue
                colour, word, _ = CLAIMS[value]
                for pid in self.members(key):
                    fills[pid] = colour
                badges[key] = (QCoreApplication.translate("claims", word), colour)
            if ref.place and ref.place in self.corpus.places:
                ids = self.members(ref.place)
                outlines.update(dict.fromkeys(ids, "selected"))
                highlight[ref.place] = SELECTED_FILL
                marked = ids
                target = (self.rect_of(ids), "centre")
            else:
                target = (self.disputed_rect(), "fit")
        elif ref is not None and ref.kind in ("passage", "note", "event", "annotation"):
            if ref.kind == "passage":
                places = self.places_in_passage(ref)
            elif ref.kind == "annotation":
                a = self.annotations.get(ref.id) if self.annotations is not None else None
                places = list(a.places) if a else []
            elif ref.kind == "note":
                note = self.corpus.notes.get(ref.id)
                places = list(note.places) if note else []
            else:
                event = self.corpus.events.get(ref.id)
                places = list(event.places) if event else []
                if event is not None and event.map_year:
                    self.set_year(event.map_year)
            for pid in places:
                if pid in self.corpus.places:
                    ids = self.members(pid)
                    outlines.update(dict.fromkeys(ids, "marked"))
                    highlight[pid] = MARKED_FILL
                    marked.extend(ids)
            if marked:
                target = (self.rect_of(marked), "centre")
        self._restyle(fills, outlines)
        self._relabel(badges, highlight)
        self._marked = set(marked)
        self._update_claim_legend(ref)
        if target is not None and not target[0].isEmpty():
            self._show(*target)  # moves the view, then places the labels once
        else:
            self.relayout_labels()
        self.view.viewport().update()

    def _restyle(self, fills: dict[str, QColor], outlines: dict[str, str]) -> None:
        now = set(fills) | set(outlines)
        for pid in self._styled - now:
            self.islands[pid].set_style(None, None)
        for pid in now:
            self.islands[pid].set_style(fills.get(pid), outlines.get(pid))
        self._styled = now

    def _relabel(self, badges: dict[str, tuple[str, QColor]],
                 highlight: dict[str, QColor]) -> None:
        keys = {f"place:{p}" for p in set(badges) | set(highlight)} & set(self.labels)
        for key in self._touched_labels | keys:
            label = self.labels[key]
            pid = label.place_id or ""
            label.highlight = highlight.get(pid)
            label.forced = pid in badges or pid in highlight
            label.set_badge(badges.get(pid))
        self._touched_labels = keys
