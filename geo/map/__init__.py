"""The interactive map: a folium (Leaflet) page of a scenario's layers.

:func:`make_map` builds a :class:`folium.Map`; :func:`save_map` writes it atomically. One module per
layer or control kind (:mod:`.layers`, :mod:`.events`, :mod:`.controls`, :mod:`.legend`,
:mod:`.labels`, :mod:`.story`); their JavaScript and CSS are package data files in ``static/``,
inlined into the page (:class:`.controls.PageAssets`), so the page works offline. Features travel as
escaped JSON (:func:`.text.js_json`), one element per layer, and every text from data that becomes
HTML goes through :func:`escape_html`. Lines across the antimeridian are drawn continuous on screen
(:mod:`.display`); the GeoJSON layers stay split.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import os
import re
from contextlib import contextmanager
from pathlib import Path

import folium
import geopandas as gpd
import numpy as np
import shapely
from branca.element import Element
from folium.plugins import FeatureGroupSubGroup, Fullscreen, GroupedLayerControl, MeasureControl, Search

from ..units import M_PER_NM
from ..writers import atomic_write_text, to_geojson_dict
from . import layers as _layers
from .controls import MapRegistry, PageAssets, PeriodControl, TitleBlock, VectorMiniMap, ViewButtons
from .display import basemap_in_frame, bounds_in_frame, display_west, to_display
from .events import EVENT_DECIMALS, EVENTS_MAX_MARKERS, EventsLayer, events_payload
from .labels import LabelLayer, label_payload
from .legend import legend_html
from .offline import inline_assets
from .popup import popup_html, tooltip_html
from .story import StoryPanel, story_payload
from .style import (CAPACITY_PX_PER_KG_DAY, CONFIDENCE_DASHES, DRAWING_STYLES, ENFORCEMENT_KINDS, EVENT_COLOUR,
                    FLOW_COLOUR, LAYER_GROUPS, LAYER_TITLES, LEG_WIDTH_PX, MAX_LINE_WIDTH_PX, MODE_COLOURS, MODE_TITLES,
                    PLACE_COLOURS, RANGE_COLOUR, REGION_COLOURS, SHARE_PX_PER_PCT, line_width_px, period_months)
from .text import escape_html, js_json

__all__ = ["make_map", "save_map", "escape_html", "inline_assets", "view_bounds", "period_months", "line_width_px",
           "build_date", "popup_html", "tooltip_html", "events_payload", "js_json",
           "MODE_COLOURS", "MODE_TITLES", "CONFIDENCE_DASHES", "DRAWING_STYLES", "REGION_COLOURS", "PLACE_COLOURS",
           "ENFORCEMENT_KINDS", "LAYER_TITLES", "LAYER_GROUPS", "FLOW_COLOUR", "RANGE_COLOUR", "EVENT_COLOUR",
           "LEG_WIDTH_PX", "CAPACITY_PX_PER_KG_DAY", "SHARE_PX_PER_PCT", "MAX_LINE_WIDTH_PX", "EVENTS_MAX_MARKERS",
           "EVENT_DECIMALS"]


def view_bounds(view: dict, layers: dict[str, gpd.GeoDataFrame]) -> list[list[float]] | None:
    """Leaflet bounds ``[[south, west], [north, east]]`` (degrees) of a scenario view.

    Parameters
    ----------
    view : dict
        A scenario ``views`` item: ``bbox`` ``[west, south, east, north]`` (``west > east`` for a box
        across the antimeridian, as in RFC 7946 §5.2) or lists of ``regions``, ``routes`` and
        ``places`` ids.
    layers : dict of str to geopandas.GeoDataFrame
        The built layers (``regions``, ``routes``, ``places``; EPSG:4326).

    Returns
    -------
    list or None
        The bounds of the box (a box across the antimeridian ends east of 180°: ``east + 360``) or of
        the union of the listed features; ``None`` if none of them is in ``layers``. A feature split
        at the antimeridian spans −180° to 180°.
    """
    if view.get("bbox"):
        west, south, east, north = view["bbox"]
        return [[south, west], [north, east if east >= west else east + 360.0]]
    geoms = []
    for key in ("regions", "routes", "places"):
        gdf = layers.get(key)
        if view.get(key) and gdf is not None and len(gdf):
            geoms.extend(gdf.geometry[gdf["id"].isin(view[key])])
    if not geoms:
        return None
    west, south, east, north = shapely.total_bounds(geoms)
    return [[float(south), float(west)], [float(north), float(east)]]


def build_date() -> str:
    """The build date shown on the map, ``YYYY-MM-DD`` (UTC): from ``SOURCE_DATE_EPOCH`` when it is set
    (reproducible builds, https://reproducible-builds.org/specs/source-date-epoch/), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return _dt.datetime.fromtimestamp(int(epoch), tz=_dt.timezone.utc).strftime("%Y-%m-%d")
    return _dt.datetime.now(tz=_dt.timezone.utc).strftime("%Y-%m-%d")


def _simplified(geoms, tolerance_deg: float, decimals: int) -> dict:
    # Generalised for drawing only; nothing is measured on this copy (plain Douglas–Peucker). The
    # basemap is the same Natural Earth countries in every build: the result is kept in the cache
    # under the hash of the geometries' WKB (geo.cache; 0.03 s to hash, 0.13 s to simplify).
    import hashlib

    from ..cache import shipped

    geoms = np.asarray(geoms, dtype=object)
    digest = hashlib.sha256(b"".join(w or b"-" for w in shapely.to_wkb(geoms))).hexdigest()
    return shipped("basemap", (digest, repr(float(tolerance_deg)), int(decimals)),
                   lambda: _simplify(geoms, tolerance_deg, decimals), encode=lambda d: d, decode=lambda d: d)


def _simplify(geoms, tolerance_deg: float, decimals: int) -> dict:
    simple = shapely.simplify(np.asarray(geoms, dtype=object), tolerance_deg, preserve_topology=False)
    simple = shapely.transform(simple, lambda xy: np.round(xy, decimals))
    return to_geojson_dict(gpd.GeoDataFrame(geometry=simple[~shapely.is_empty(simple)], crs="EPSG:4326"),
                           check_valid=False)


def _in_frame(gdf: gpd.GeoDataFrame | None, west: float):
    """The layer with its geometries in display longitudes (:func:`.display.to_display`)."""
    if gdf is None or not len(gdf) or west == -180.0:
        return gdf
    return gdf.set_geometry(gpd.GeoSeries(to_display(gdf.geometry.values, west), index=gdf.index, crs=gdf.crs))


def _source_info(sources: dict) -> dict | None:
    if not sources:
        return None
    src = next(iter(sources.values()))
    title = src.get("title", "") + (f" ({src['author']})" if src.get("author") else "")
    url = src.get("url") if re.match(r"https?://", str(src.get("url") or ""), re.IGNORECASE) else None
    return {"title": title, "url": url}


def make_map(layers: dict[str, gpd.GeoDataFrame], *, sources: dict[str, dict] | None = None,
             title: str = "Trafficking map", subtitle: str | None = None, focus=None,
             basemap: gpd.GeoDataFrame | None = None, air_range_km: float | None = None,
             air_range_label: str = "Aircraft range", tiles: bool = True, views: list[dict] | None = None,
             events: gpd.GeoDataFrame | None = None, labels: list[dict] | None = None,
             story: list[dict] | None = None, date: str | None = None) -> folium.Map:
    """Build the interactive map of a scenario's layers.

    Parameters
    ----------
    layers : dict of str to geopandas.GeoDataFrame
        As returned by :func:`geo.build_layers` (``regions``, ``routes``, ``legs``, ``flows``,
        ``crossings``, ``places``; EPSG:4326). Missing or empty layers are allowed; an empty layer
        is still listed in the layer control, a mode's routes only when it has legs. A feature's
        ``drawing`` (``located``, ``approximate``, ``illustrative``) is read with ``located`` as default.
    sources : dict of str to dict, keyword-only
        The scenario's sources by id (``title``, ``author``, ``url``): popups' citations; the first is
        the main source of the title block.
    title, subtitle : str, keyword-only
        The page title, and a one-line subtitle for the title block.
    focus : shapely geometry, keyword-only
        The area the initial view fits (lon/lat); default: the bounds of all regions and places.
    basemap : geopandas.GeoDataFrame, keyword-only
        Country polygons (EPSG:4326), e.g. :func:`geo.countries`, drawn under the data as a vector
        basemap that works without tiles, and in the minimap; default none (no minimap).
    air_range_km : float, keyword-only
        Draw a geodesic ring of this radius (km) around the origin of every air leg; default none.
    air_range_label : str, keyword-only
        What the ring stands for, in its tooltip and the legend.
    tiles : bool, keyword-only
        Add the OpenStreetMap tile layer (with its attribution); ``False`` for a map meant to be
        opened without network, which then relies on ``basemap``.
    views : list of dict, keyword-only
        Named views (:func:`view_bounds`); each becomes a "Zoom to" button.
    events : geopandas.GeoDataFrame, keyword-only
        Events (points, and lines such as flight tracks), drawn in an "Events" layer: up to
        :data:`EVENTS_MAX_MARKERS` points as clustered markers; more, or lines, on one canvas layer.
    labels : list of dict, keyword-only
        Places and regions to label permanently: ``id``, ``text`` and ``min_zoom`` (the lowest zoom at
        which the label shows), as :func:`geo.map.labels.scenario_labels` reads them from a scenario;
        labels never overlap (one that would is hidden).
    story : list of dict, keyword-only
        A scenario's ``story`` steps (``title``, ``text``, ``view``, ``highlight``, ``sources``):
        a narrative panel with previous/next buttons, arrow keys and ``?step=N`` (:mod:`geo.map.story`).
    date : str, keyword-only
        The build date in the title block; default :func:`build_date`.

    Returns
    -------
    folium.Map
        Layers grouped in the layer control (:data:`LAYER_GROUPS`); lines coloured by mode, dashed by
        confidence (the source's hedge), paler and thinner when their drawing is illustrative (ours),
        with direction arrows and widths by volume (:func:`line_width_px`); a title block; a legend of
        what the map holds; popups with labelled figures, citations and a folded "Details" part; search,
        Zoom-to buttons, a period slider, measuring tool, scale, minimap, fullscreen; on screens
        narrower than 768 px the panels start closed behind buttons. ``window.geoMap`` in the page
        holds the map, its layers by key and its features by id.
    """
    with _numbered_ids():
        return _make_map(layers, sources=sources, title=title, subtitle=subtitle, focus=focus, basemap=basemap,
                         air_range_km=air_range_km, air_range_label=air_range_label, tiles=tiles, views=views,
                         events=events, labels=labels, story=story, date=date)


def _make_map(layers, *, sources, title, subtitle, focus, basemap, air_range_km, air_range_label, tiles, views,
              events, labels, story, date) -> folium.Map:
    sources = sources or {}
    legs, places = layers.get("legs"), layers.get("places")
    drawn = [g for key in ("regions", "legs", "flows", "places", "crossings") if layers.get(key) is not None
             for g in layers[key].geometry.values]
    focus_lon = focus.centroid.x if focus is not None and not focus.is_empty else (
        float(np.median(shapely.get_coordinates(drawn)[:, 0])) if drawn else 0.0)
    west = display_west(drawn, focus_lon)
    shown = {key: _in_frame(layers.get(key), west)
             for key in ("regions", "legs", "flows", "places", "crossings", "routes")}

    m = folium.Map(tiles=None, control_scale=True, world_copy_jump=False, min_zoom=2)
    # folium gives max_zoom to tile layers only; without tiles the map needs it itself (marker clusters)
    m.options["max_zoom"] = 18
    m.get_root().header.add_child(folium.Element(f"<title>{escape_html(title)}</title>"))
    m.get_root().header.add_child(folium.Element(
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">'), name="viewport")
    PageAssets().add_to(m)
    base_layers = []
    if basemap is not None and len(basemap):
        framed = basemap_in_frame(basemap, west)
        base_layers.append(folium.GeoJson(
            _simplified(framed, 0.1, 2), name="Countries (Natural Earth 1:10m, generalised)",
            style_function=lambda _f: {"color": "#8a8a8a", "weight": 0.6, "fillColor": "#f4f1ea", "fillOpacity": 0.55},
            interactive=False, overlay=True, show=True).add_to(m))
    if tiles:
        base_layers.append(folium.TileLayer("OpenStreetMap", name="OpenStreetMap tiles", overlay=True,
                                            control=True).add_to(m))

    # Regions, places and bases are sub-groups of one hidden group, which the search box indexes.
    searchable = folium.FeatureGroup(name="searchable", control=False).add_to(m)
    has_mode = legs is not None and "mode" in legs
    present = {
        "events": events is not None and len(events) > 0,
        "regions": layers.get("regions") is not None,
        "flows": layers.get("flows") is not None,
        "ranges": bool(air_range_km) and has_mode and (legs["mode"] == "air").any() and places is not None,
        "crossings": layers.get("crossings") is not None,
        "places": places is not None,
        "enforcement": places is not None and "kind" in places and places["kind"].isin(ENFORCEMENT_KINDS).any(),
        **{f"routes_{mode}": has_mode and (legs["mode"] == mode).any() for mode in MODE_TITLES},
    }
    keys = ["regions", "flows", *(f"routes_{mode}" for mode in MODE_TITLES), "ranges", "crossings", "places",
            "enforcement", "events"]
    groups = {}
    for key in keys:
        if present[key]:
            if key in ("regions", "places", "enforcement"):
                group = FeatureGroupSubGroup(searchable, name=LAYER_TITLES[key], show=True)
            else:
                group = folium.FeatureGroup(name=LAYER_TITLES[key], show=True)
            groups[key] = group.add_to(m)

    payloads = {}
    if present["regions"] and len(layers["regions"]):
        payloads["regions"] = _layers.regions_payload(shown["regions"], sources)
    if present["flows"] and len(layers["flows"]):
        payloads["flows"] = _layers.flows_payload(shown["flows"], sources)
    legs_props = []
    if legs is not None and len(legs):
        payloads.update(_layers.lines_payload(shown["legs"], layers.get("routes"), sources))
        legs_props = _layers.legs_with_route_figures(legs, layers.get("routes"))
    if present["ranges"]:
        payloads["ranges"] = _layers.ranges_payload(legs, places, air_range_km, air_range_label, west)
    if present["crossings"] and len(layers["crossings"]):
        payloads["crossings"] = _layers.crossings_payload(shown["crossings"], sources)
    if present["places"] and len(places):
        payloads["places"] = _layers.places_payload(shown["places"], sources, enforcement=False)
        if present["enforcement"]:
            payloads["enforcement"] = _layers.places_payload(shown["places"], sources, enforcement=True)
    for key, payload in payloads.items():
        _layers.FeatureLayer(payload).add_to(groups[key])
    if present["events"]:
        EventsLayer(events, sources, west).add_to(groups["events"])

    grouped = {heading: [groups[k] for k in ks if k in groups] for heading, ks in LAYER_GROUPS.items()}
    if base_layers:
        grouped = {"Basemap": base_layers, **grouped}
    GroupedLayerControl({h: g for h, g in grouped.items() if g}, exclusive_groups=False, collapsed=False,
                        position="topright").add_to(m)
    search = None
    if any(k in groups for k in ("regions", "places", "enforcement")):
        search = Search(searchable, search_label="search_name", placeholder="Search places and regions",
                        collapsed=False, position="topleft", search_zoom=8).add_to(m)
    MeasureControl(position="topleft", primary_length_unit="kilometers", secondary_length_unit="nauticalmiles",
                   primary_area_unit="sqkilometers", secondary_area_unit="hectares",
                   units={"nauticalmiles": {"factor": 1.0 / M_PER_NM, "display": "nautical miles", "decimals": 1}}
                   ).add_to(m)
    Fullscreen(position="topleft").add_to(m)
    TitleBlock({"title": title, "subtitle": subtitle, "source": _source_info(sources),
                "date": date or build_date()}).add_to(m)
    resolved = []
    for v in views or []:
        b = view_bounds(v, shown) if not v.get("bbox") else bounds_in_frame(view_bounds(v, shown), west)
        if b is not None:
            resolved.append({"id": v["id"], "name": v["name"], "bounds": b})
    if resolved:
        ViewButtons(resolved).add_to(m)
    months = [x for p in payloads.values() for f in p.get("features", [])
              for x in (f.get("period") or []) if x is not None]
    if months:
        PeriodControl(months).add_to(m)
    if labels:
        LabelLayer(label_payload(labels, shown)).add_to(m)
    if story:
        StoryPanel(story_payload(story, shown, sources, {v["id"]: v["bounds"] for v in resolved}, west)).add_to(m)
    if basemap is not None and len(basemap):
        VectorMiniMap(_simplified(basemap_in_frame(basemap, west), 0.5, 1), position="bottomright", width=120,
                      height=90, zoom_level_offset=-5, toggle_display=True).add_to(m)
    legend = legend_html(layers, ranges=present["ranges"], range_label=air_range_label, events=present["events"],
                         legs_props=legs_props)
    MapRegistry(groups, legend, search).add_to(m)

    if focus is None:
        parts = [g for key in ("regions", "places") if shown[key] is not None and len(shown[key])
                 for g in shown[key].geometry.values]
        focus = shapely.union_all(parts) if parts else shapely.box(-180, -60, 180, 75)
    else:
        focus = to_display([focus], west)[0]
    minx, miny, maxx, maxy = focus.bounds
    m.fit_bounds([[miny, minx], [maxy, maxx]], padding=(12, 12))
    return m


@contextmanager
def _numbered_ids():
    """Elements made inside are numbered in order instead of taking branca's random ids, so that the
    same input (and ``SOURCE_DATE_EPOCH``) gives the same HTML, byte for byte."""
    numbers = itertools.count(1)
    original = Element.__dict__["_generate_id"]
    Element._generate_id = classmethod(lambda cls: f"{next(numbers):032x}")
    try:
        yield
    finally:
        Element._generate_id = original


def save_map(m: folium.Map, path: str | Path) -> Path:
    """Render a map to standalone HTML and write it atomically; returns the path."""
    return atomic_write_text(path, m.get_root().render())
