"""The map pane: the islands from GSHHG coastlines, one job a module.

- ``pane``: MapPane, the assembler; applies the Selection to the parts below.
- ``scene``: what is drawn, built once (islands, lines, labels) and its geometry.
- ``items``: the island and line items and their styles; ``labels``: the label item and
  the placement rule; ``layout``: label texts, badges and when they are placed again.
- ``view``: the QGraphicsView (zoom, pan, click, keyboard ring, graticule, scale, north).
- ``framing``: where the view looks (presets, a place centred, re-applied on resize).
- ``toolbar``: the actions and the header row; ``years``: the year box and its lines.
- ``marks``: what a selection means on the map; ``describe``: tooltips and spoken text.
- ``legend``: what is drawn, explained; ``projection``: lon/lat to scene units.

May import: ``viewer.ui.common``, ``viewer.corpus``. Talks to other panes only through the
Selection.
"""
