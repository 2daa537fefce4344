"""The interactive map: a folium (Leaflet) map of the scenario's layers.

:func:`make_map` builds and returns a :class:`folium.Map`; :func:`save_map` writes it atomically.
All text that comes from data reaches the page through :func:`escape_html`, which makes it inert both
as HTML and inside the JavaScript template literals in which folium places tooltips and popups; data
that the page's own scripts read (view bounds, periods, layer names) is written as JSON by Jinja's
``tojson`` filter, which escapes ``<``, ``>``, ``&`` and quotes.

Everything on the map comes from folium and its plugins (Leaflet.TextPath for direction arrows,
Leaflet.PolylineOffset, leaflet-search, Leaflet-MiniMap, leaflet-groupedlayercontrol, Leaflet.Measure,
Leaflet.fullscreen, Leaflet.FeatureGroup.SubGroup), except two small controls written here: the view
buttons and the period slider.
"""

from __future__ import annotations

import base64
import html
import json
import re
from pathlib import Path

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from branca.element import MacroElement
from folium.plugins import (FeatureGroupSubGroup, Fullscreen, GroupedLayerControl, MarkerCluster,
                            MeasureControl, MiniMap, PolyLineOffset, PolyLineTextPath, Search)
from folium.template import Template

from .measure import geodesic_circle
from .units import M_PER_KM, M_PER_NM
from .writers import atomic_write_text, json_safe, rfc7946_geometry, to_geojson_dict

__all__ = ["make_map", "save_map", "escape_html", "inline_assets", "view_bounds", "period_months", "line_width_px",
           "MODE_COLOURS", "MODE_TITLES", "CONFIDENCE_DASHES", "REGION_COLOURS", "ENFORCEMENT_KINDS", "LAYER_TITLES"]

#: Line colour of each mode of transport.
MODE_COLOURS = {
    "foot": "#e6550d",
    "road": "#8c564b",
    "river": "#17becf",
    "air": "#d62728",
    "helicopter": "#9467bd",
    "sea": "#1f4e9c",
}
#: Title of each mode's layer.
MODE_TITLES = {"foot": "On foot", "road": "Road", "river": "River", "air": "Air (small planes)",
               "helicopter": "Helicopter", "sea": "Sea"}
#: Leaflet ``dashArray`` by confidence: reported solid, alleged dashed, possible dotted.
CONFIDENCE_DASHES = {"reported": None, "alleged": "10 6", "possible": "2 7"}
#: Fill colour of each region kind (others grey).
REGION_COLOURS = {
    "country": "#555555",
    "coca_region": "#2ca02c",
    "armed_group_area": "#7f0000",
    "trafficking_hub": "#ff7f0e",
    "illegal_mining": "#bcbd22",
    "air_departure_area": "#d62728",
    "processing": "#e377c2",
    "transit_states": "#8c6d31",
}
PLACE_COLOURS = {"military_base": "#000000", "port": "#1f4e9c"}
#: Place kinds shown in the "Enforcement" layer rather than with the other places.
ENFORCEMENT_KINDS = frozenset({"military_base", "naval_base", "air_base", "police_base", "police_station"})
FLOW_COLOUR = "#8c8c8c"
RANGE_COLOUR = "#555555"
#: Title of each layer in the layer control, by key (``routes_<mode>`` for each mode's routes).
LAYER_TITLES = {
    "regions": "Regions",
    **{f"routes_{mode}": title for mode, title in MODE_TITLES.items()},
    "flows": "Destination shares",
    "ranges": "Aircraft range from air-leg origins",
    "places": "Places",
    "crossings": "Border crossings",
    "enforcement": "Military and police bases",
    "events": "Events (your data)",
}
#: Heading of each group of layers in the layer control, with the layer keys it holds.
LAYER_GROUPS = {
    "Regions": ["regions"],
    "Routes by mode": [f"routes_{mode}" for mode in MODE_TITLES],
    "Flows": ["flows", "ranges"],
    "Places": ["places", "crossings"],
    "Enforcement": ["enforcement"],
    "Events": ["events"],
}
#: Up to this many point events are drawn as clustered markers with popups; more, or tracks, as one canvas layer.
EVENTS_MAX_MARKERS = 2000
#: Line width of a leg without a volume figure, in CSS pixels.
LEG_WIDTH_PX = 3.5
#: Pixels of width per kg/day of capacity, over a base of 2.5 px (the air bridge's 1,200 kg/day → 8.5 px).
CAPACITY_PX_PER_KG_DAY = 1 / 200
#: Pixels of width per percentage point of a destination share, over a base of 1.5 px.
SHARE_PX_PER_PCT = 0.2
#: No line is drawn wider than this, whatever its volume.
MAX_LINE_WIDTH_PX = 20.0
# Direction arrows: one "►" every ~90 px along each line (no-break spaces keep the gaps in SVG text).
_ARROW = "\u00a0" * 12 + "►" + "\u00a0" * 12

# Properties that are shown in a popup's header or not at all.
_HIDDEN = {"id", "name", "sources", "source_refs", "kind"}


_LIVE_CHARACTERS = str.maketrans({
    "`": "&#96;",   # closes a JavaScript template literal
    "$": "&#36;",   # ${...} runs inside one
    "\\": "&#92;",  # escapes inside one
    "{": "&#123;",  # {{ ... }} and {% ... %} are evaluated by the Jinja templates folium renders through
    "}": "&#125;",
})


def escape_html(value) -> str:
    """Text made inert for every place folium puts it.

    ``& < > " '`` become HTML character references (:func:`html.escape`); so do the characters that
    are live inside a JavaScript template literal (````` ``, ``$``, ``\\``) and inside the Jinja
    templates through which folium renders tooltips, popups and elements (``{``, ``}``). The
    browser shows the text literally; neither Jinja nor the browser runs any of it.
    """
    return html.escape("" if value is None else str(value), quote=True).translate(_LIVE_CHARACTERS)


def _fmt(value) -> str | None:
    value = json_safe(value)
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        # up to 6 decimals (coordinates to ~0.1 m), trailing zeros dropped
        return f"{int(value):,}" if value.is_integer() else f"{value:,.6f}".rstrip("0").rstrip(".")
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _popup_html(props: dict, sources: dict[str, dict]) -> str:
    rows = []
    for key, value in props.items():
        if key in _HIDDEN:
            continue
        text = _fmt(value)
        if text is None:
            continue
        rows.append(f"<tr><th style='text-align:left;padding-right:6px;vertical-align:top'>{escape_html(key)}</th>"
                    f"<td>{escape_html(text)}</td></tr>")
    links = []
    for sid in [s.strip() for s in (props.get("sources") or "").split(";") if s.strip()]:
        src = sources.get(sid, {"title": sid})
        label = escape_html(src["title"] + (f" ({src['author']})" if src.get("author") else ""))
        # Only web addresses become links: a "javascript:" or "data:" URL would run when clicked.
        if re.match(r"https?://", str(src.get("url") or ""), re.IGNORECASE):
            links.append(f"<li><a href=\"{escape_html(src['url'])}\" target=\"_blank\" rel=\"noopener noreferrer\">{label}</a></li>")
        else:
            links.append(f"<li>{label}</li>")
    head = (f"<b>{escape_html(props.get('name'))}</b><br><i>{escape_html(props.get('kind'))}</i>"
            f" · <span class='geo-id'>{escape_html(props.get('id'))}</span>")
    return (f"<div class='geo-popup' style='font-size:12px;max-height:320px;overflow:auto'>{head}"
            f"<table style='margin-top:4px'>{''.join(rows)}</table>"
            f"<div><b>sources</b><ul style='margin:2px 0 0 16px;padding:0'>{''.join(links)}</ul></div></div>")


def _tooltip(props: dict, extra: str = "") -> str:
    return escape_html(props.get("name")) + (f"<br>{escape_html(extra)}" if extra else "")


def _search_label(name) -> str:
    # leaflet-search writes the label into its suggestion list with innerHTML, so it must be HTML-safe;
    # and folium renders the output of its templates through Jinja a second time, so "{" and "}" in
    # data would be evaluated there (``{{ 7*7 }}`` became 49): those become character references too.
    return html.escape("" if name is None else str(name), quote=False).translate(_BRACES)


_BRACES = str.maketrans({"{": "&#123;", "}": "&#125;"})


def _js_json(value) -> str:
    """JSON for a ``<script>`` in a folium template: inert as HTML and to folium's second Jinja pass.

    Inside strings, ``< > &`` become ``\\u003c \\u003e \\u0026`` (no ``</script>``) and ``{ }`` become
    ``\\u007b \\u007d`` (no ``{{ ... }}`` for Jinja); JavaScript reads the same text back.
    """
    text = json.dumps(json_safe(value), ensure_ascii=True, allow_nan=False)
    return _JSON_STRING.sub(lambda m: m.group(0).translate(_JSON_STRING_ESCAPES), text)


_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_JSON_STRING_ESCAPES = str.maketrans({c: f"\\u{ord(c):04x}" for c in "<>&{}"})


def _feature_json(geom, props: dict) -> dict:
    """A one-feature FeatureCollection carrying only the (HTML-safe) search label."""
    # built directly: a GeoDataFrame per feature cost 14 ms each (0.75 s of a build)
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": rfc7946_geometry(geom),
         "properties": {"search_name": _search_label(props.get("name"))}}]}


def _latlngs(geom, decimals: int = 5):
    """Leaflet [lat, lon] vertex lists of a (Multi)LineString, rounded (5 decimals ≈ 1 m).

    Parts that meet at the antimeridian (as RFC 7946 splits a line there) are joined again with
    continuous longitudes (179° then 181°), so that Leaflet draws one unbroken line across ±180°
    instead of two pieces at the edges of the world.
    """
    parts = [np.asarray(geom.coords)] if geom.geom_type == "LineString" else [np.asarray(p.coords) for p in geom.geoms]
    joined = [parts[0]]
    for part in parts[1:]:
        last = joined[-1][-1]
        if abs(abs(last[0]) - 180.0) < 1e-9 and abs(abs(part[0][0]) - 180.0) < 1e-9 and abs(last[1] - part[0][1]) < 1e-6:
            joined[-1] = np.vstack([joined[-1], part[1:]])
        else:
            joined.append(part)
    out = []
    for part in joined:
        lon = np.degrees(np.unwrap(np.radians(part[:, 0])))  # no jump of more than 180° between vertices
        out.append(np.round(np.column_stack([part[:, 1], lon]), decimals).tolist())
    return out[0] if len(out) == 1 else out


def _features(gdf: gpd.GeoDataFrame, order=None):
    """(properties, geometry) of each feature, in ``order`` if given."""
    for i in (range(len(gdf)) if order is None else order):
        yield gdf.iloc[i].drop(labels=gdf.geometry.name).to_dict(), gdf.geometry.iloc[i]


def period_months(start, end) -> tuple[int | None, int | None]:
    """The first and last month of a period, counted in months since January of year 0.

    Parameters
    ----------
    start, end : str or None
        ISO 8601 dates ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a scenario's ``period_start`` and
        ``period_end``); ``None`` for an open end.

    Returns
    -------
    tuple of (int or None, int or None)
        ``year * 12 + month - 1`` of each end; a bare year starts in January and ends in December.
        Both ends are inclusive, so a period ending ``2016-10`` and one starting ``2016-10`` are
        both active in October 2016.
    """
    def month(text, last):
        if text is None or (isinstance(text, float) and np.isnan(text)) or text == "":
            return None
        parts = [int(x) for x in str(text).split("-")]
        return parts[0] * 12 + (parts[1] if len(parts) > 1 else (12 if last else 1)) - 1

    return month(start, False), month(end, True)


def line_width_px(props: dict) -> float:
    """Width in CSS pixels of a leg or flow line on the map.

    A destination share is drawn ``1.5 + 0.2 × share_pct`` px wide (:data:`SHARE_PX_PER_PCT`); a leg of a
    route with a capacity figure (``payload_kg_per_flight`` × ``flights_max_per_day``, the article's
    air bridge: 300 kg × 4 = 1,200 kg/day) ``2.5 + capacity_kg_per_day / 200`` px
    (:data:`CAPACITY_PX_PER_KG_DAY`); any other leg :data:`LEG_WIDTH_PX`. Never wider than
    :data:`MAX_LINE_WIDTH_PX`.
    """
    share = json_safe(props.get("share_pct"))
    if share is not None:
        return min(1.5 + SHARE_PX_PER_PCT * float(share), MAX_LINE_WIDTH_PX)
    payload, flights = json_safe(props.get("route payload_kg_per_flight")), json_safe(props.get("route flights_max_per_day"))
    if payload is not None and flights is not None:
        return min(2.5 + CAPACITY_PX_PER_KG_DAY * float(payload) * float(flights), MAX_LINE_WIDTH_PX)
    return LEG_WIDTH_PX


class _MapState:
    """Every dated feature with its group, for the period slider."""

    def __init__(self):
        self.dated: list[tuple] = []

    def add(self, layer, group, props: dict) -> None:
        start, end = period_months(props.get("period_start"), props.get("period_end"))
        if start is not None or end is not None:
            self.dated.append((layer.get_name(), group.get_name(), start, end))


def _bind(layer, props: dict, sources, tooltip_extra, group, state: _MapState) -> None:
    """Give a map object its tooltip (name and a short line) and its popup, and add it to the group."""
    layer.add_child(folium.Tooltip(_tooltip(props, tooltip_extra), sticky=True))
    layer.add_child(folium.Popup(_popup_html(props, sources), max_width=420))
    layer.add_to(group)
    state.add(layer, group, props)


def _add_regions(group, regions: gpd.GeoDataFrame, sources, state) -> None:
    # Largest first, so that small regions stay clickable on top of large ones.
    order = np.argsort(-regions["area_km2"].to_numpy(dtype=float), kind="stable")
    for props, geom in _features(regions, order):
        colour = REGION_COLOURS.get(props["kind"], "#777777")
        sketch = props.get("geometry_kind") == "sketch"
        style = {"color": colour, "weight": 1.5, "fillColor": colour,
                 "fillOpacity": 0.04 if props["kind"] == "country" else (0.12 if sketch else 0.3),
                 "dashArray": CONFIDENCE_DASHES.get(props["confidence"])}
        layer = folium.GeoJson(_feature_json(geom, props), style_function=lambda _f, s=style: s,
                               highlight_function=lambda _f: {"weight": 3})
        _bind(layer, props, sources, f"{_fmt(props.get('area_km2'))} km² ({props.get('geometry_kind')})", group, state)


def _add_line(group, geom, props, sources, tooltip, state, *, colour, weight, opacity, offset=0) -> None:
    """One leg or flow: a polyline (offset sideways by ``offset`` px if given) with direction arrows."""
    options = dict(color=colour, weight=weight, opacity=opacity, dash_array=CONFIDENCE_DASHES.get(props["confidence"]))
    line = (PolyLineOffset(_latlngs(geom), offset=offset, **options) if offset
            else folium.PolyLine(_latlngs(geom), **options))
    # Arrows point from the leg's start to its end: the order of the vertices.
    PolyLineTextPath(line, _ARROW, repeat=True, offset=4, attributes={
        "fill": colour, "font-size": "13", "font-weight": "bold", "stroke": "#ffffff", "stroke-width": "0.5",
        "class": "geo-arrow"}).add_to(line)
    _bind(line, props, sources, tooltip, group, state)


def _add_legs(groups: dict, legs: gpd.GeoDataFrame, sources, routes: gpd.GeoDataFrame | None, state) -> None:
    # A leg's popup also shows the figures of its route (payload, pay per kg, ...).
    route_figures = None
    if routes is not None and len(routes):
        cols = [c for c in routes.columns if c not in legs.columns and c != routes.geometry.name
                and c not in ("modes", "leg_count", "stops")]
        route_figures = routes.set_index("id")[cols]
    for props, geom in _features(legs):
        if route_figures is not None and props.get("route_id") in route_figures.index:
            props.update({f"route {k}": v for k, v in route_figures.loc[props["route_id"]].items()
                          if _fmt(v) is not None})
        mode = props["mode"]
        # Foot legs are drawn 5 px to the side, so that where a road leg follows the same towns both show.
        _add_line(groups[f"routes_{mode}"], geom, props, sources,
                  f"{props['route_name']} · {mode} · {_fmt(props['length_km'])} km · {props['confidence']}", state,
                  colour=MODE_COLOURS[mode], weight=line_width_px(props), opacity=0.9,
                  offset=5 if mode == "foot" else 0)


def _add_flows(group, flows: gpd.GeoDataFrame, sources, state) -> None:
    for props, geom in _features(flows):
        _add_line(group, geom, props, sources, f"{_fmt(props['share_pct'])} % of the cocaine (destination share)",
                  state, colour=FLOW_COLOUR, weight=line_width_px(props), opacity=0.45)


def _add_places(groups: dict, places: gpd.GeoDataFrame, sources, state) -> None:
    for props, pt in _features(places):
        enforcement = props["kind"] in ENFORCEMENT_KINDS
        colour = PLACE_COLOURS.get(props["kind"], "#333333")
        style = {"color": "#ffffff", "weight": 1, "fillColor": colour, "fillOpacity": 0.95}
        layer = folium.GeoJson(_feature_json(pt, props), style_function=lambda _f, s=style: s,
                               marker=folium.CircleMarker(radius=6 if enforcement else 4, fill=True))
        _bind(layer, props, sources, props.get("kind"), groups["enforcement" if enforcement else "places"], state)


def _add_crossings(group, crossings: gpd.GeoDataFrame, sources, state) -> None:
    for props, pt in _features(crossings):
        marker = folium.RegularPolygonMarker(location=[pt.y, pt.x], number_of_sides=4, radius=6, rotation=45,
                                             color="#000000", weight=1.5, fill=True, fill_color="#ffd400",
                                             fill_opacity=1.0)
        _bind(marker, props, sources, f"km {_fmt(props.get('km_from_start'))} of the route", group, state)


def _add_events(group, events: gpd.GeoDataFrame, sources) -> None:
    """Up to :data:`EVENTS_MAX_MARKERS` point events: clustered circle markers with popups. More
    events, or events that are lines (tracks): one canvas layer fed from a compact payload
    (:func:`events_payload`), popups built when clicked."""
    if events.crs is not None and not events.crs.equals("EPSG:4326"):
        events = events.to_crs("EPSG:4326")
    types = shapely.get_type_id(np.asarray(events.geometry.values))
    if len(events) <= EVENTS_MAX_MARKERS and (types == 0).all() and not shapely.is_empty(events.geometry.values).any():
        cluster = MarkerCluster(options={"maxClusterRadius": 40}).add_to(group)
        for props, pt in _features(events):
            marker = folium.CircleMarker(location=[pt.y, pt.x], radius=5, color="#ffffff", weight=1, fill=True,
                                         fill_color=EVENT_COLOUR, fill_opacity=0.9)
            props.setdefault("name", props.get("id"))
            props.setdefault("kind", "event")
            marker.add_child(folium.Tooltip(_tooltip(props), sticky=True))
            marker.add_child(folium.Popup(_popup_html(props, sources), max_width=420))
            marker.add_to(cluster)
        return
    _CanvasEvents(events_payload(events)).add_to(group)


#: Colour of event markers and tracks.
EVENT_COLOUR = "#e7298a"
#: Decimals kept in event coordinates of the canvas layer: 5 decimals of a degree are at most 1.1 m.
EVENT_DECIMALS = 5


def events_payload(events: gpd.GeoDataFrame, decimals: int = EVENT_DECIMALS) -> dict:
    """The compact form in which a large event layer travels inside the map.

    Parameters
    ----------
    events : geopandas.GeoDataFrame
        Points, LineStrings or MultiLineStrings in EPSG:4326, any columns; other geometry types,
        empty points and coordinates that are not finite are left out of the drawing (their rows
        are simply not drawn).
    decimals : int
        Coordinates are kept to this many decimals of a degree (5: at most 1.1 m), as integers
        (degrees × 10**decimals).

    Returns
    -------
    dict
        Integer arrays are base64 text of little-endian int32 (:func:`_b64_int32`). ``scale``
        (10**decimals); ``points``: flat ``[lat, lon, ...]`` and ``point_rows``, the row of each;
        ``lines``: flat ``[lat, lon, ...]`` of every vertex of every part, the first absolute and
        each next one as the difference from the one before, ``line_starts`` (the vertex where each
        part starts) and ``line_rows``; ``columns``: for each column its ``name`` and either
        ``values`` (its distinct values as text, :func:`_fmt`) with ``codes`` (one per row, -1 for
        no value) when values repeat, or ``direct`` (one text or null per row).
    """
    geoms = np.asarray(events.geometry.values)
    types = shapely.get_type_id(geoms)
    rows = np.arange(len(events))
    scale = 10 ** decimals
    # empty points have no coordinates and NaN ones cannot be drawn: both left out, so that every
    # drawn point keeps its own row
    point = (types == 0) & ~shapely.is_empty(geoms)
    x, y = np.full(len(geoms), np.nan), np.full(len(geoms), np.nan)
    x[point], y[point] = shapely.get_x(geoms[point]), shapely.get_y(geoms[point])
    drawn = point & np.isfinite(x) & np.isfinite(y)
    point_rows = rows[drawn]
    pts = np.round(np.column_stack([y[drawn], x[drawn]]) * scale).astype(np.int64)
    is_line = np.isin(types, (1, 5))
    lines, line_rows = shapely.get_parts(geoms[is_line], return_index=True)
    line_rows = rows[is_line][line_rows]
    coords, part = shapely.get_coordinates(lines, return_index=True)
    drawable = np.ones(len(lines), dtype=bool)
    drawable[part[~np.isfinite(coords).all(axis=1)]] = False
    drawable &= shapely.get_num_coordinates(lines) >= 2
    if not drawable.all():
        lines, line_rows = lines[drawable], line_rows[drawable]
        coords, part = shapely.get_coordinates(lines, return_index=True)
    vertices = np.round(coords[:, ::-1] * scale).astype(np.int64)
    deltas = np.diff(vertices, axis=0, prepend=np.zeros((1, 2), dtype=np.int64))
    columns = []
    for name in events.columns:
        if name == events.geometry.name:
            continue
        text = pd.Series([_fmt(v) for v in events[name].tolist()], dtype=object)
        codes, values = pd.factorize(text, use_na_sentinel=True)
        if len(values) <= len(text) / 2:
            columns.append({"name": str(name), "values": [str(v) for v in values], "codes": _b64_int32(codes)})
        else:
            columns.append({"name": str(name), "direct": [None if v is None else str(v) for v in text]})
    return {"scale": scale, "points": _b64_int32(pts), "point_rows": _b64_int32(point_rows),
            "lines": _b64_int32(deltas), "line_starts": _b64_int32(np.searchsorted(part, np.arange(len(lines)))),
            "line_rows": _b64_int32(line_rows), "columns": columns}


def _b64_int32(values) -> str:
    """Integers as base64 of little-endian int32 (a third of the size of JSON numbers, and decoded
    by the browser in one pass: ``new Int32Array(Uint8Array.from(atob(s), c => c.charCodeAt(0)).buffer)``)."""
    return base64.b64encode(np.ascontiguousarray(values, dtype="<i4").tobytes()).decode("ascii")


class _CanvasEvents(MacroElement):
    """Events drawn by a Leaflet GridLayer: each 256 px tile is a canvas on which the points and
    tracks that fall in it are drawn, from :func:`events_payload` projected once to Web Mercator.
    No Leaflet object per event: a click finds the nearest event within a few pixels, and its popup
    table is built with text nodes (never HTML)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            var group = {{ this._parent.get_name() }};
            var data = {{ this.payload }};
            function ints(b64) {
                var bytes = atob(b64), u8 = new Uint8Array(bytes.length);
                for (var i = 0; i < bytes.length; i++) { u8[i] = bytes.charCodeAt(i); }
                return new Int32Array(u8.buffer);
            }
            ['points', 'point_rows', 'lines', 'line_starts', 'line_rows'].forEach(function (k) { data[k] = ints(data[k]); });
            data.columns.forEach(function (col) { if (col.codes !== undefined) { col.codes = ints(col.codes); } });
            // radius of a point and how near a click must be to pick an event, in CSS pixels
            var colour = {{ this.colour|tojson }}, R_PX = 3, HIT_PX = 6;
            // Web Mercator at zoom 0 (a 256 px world), once for all
            function px(lat, lon) {
                var s = Math.sin(Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI / 180);
                return [(lon + 180) / 360 * 256, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 256];
            }
            var np = data.point_rows.length, P = new Float64Array(2 * np);
            for (var i = 0; i < np; i++) {
                var xy = px(data.points[2 * i] / data.scale, data.points[2 * i + 1] / data.scale);
                P[2 * i] = xy[0]; P[2 * i + 1] = xy[1];
            }
            var nv = data.lines.length / 2, V = new Float64Array(2 * nv), la = 0, lo = 0;
            for (var v = 0; v < nv; v++) {
                la += data.lines[2 * v]; lo += data.lines[2 * v + 1];
                var q = px(la / data.scale, lo / data.scale); V[2 * v] = q[0]; V[2 * v + 1] = q[1];
            }
            var starts = data.line_starts, nl = starts.length, B = new Float64Array(4 * nl);
            function end(j) { return j + 1 < nl ? starts[j + 1] : nv; }
            for (var j = 0; j < nl; j++) {
                var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
                for (var k = starts[j]; k < end(j); k++) {
                    x0 = Math.min(x0, V[2 * k]); x1 = Math.max(x1, V[2 * k]);
                    y0 = Math.min(y0, V[2 * k + 1]); y1 = Math.max(y1, V[2 * k + 1]);
                }
                B[4 * j] = x0; B[4 * j + 1] = y0; B[4 * j + 2] = x1; B[4 * j + 3] = y1;
            }
            // a point, drawn once: filled circle with a white outline, copied for every event
            var sprite = document.createElement('canvas'), sr = window.devicePixelRatio || 1;
            sprite.width = sprite.height = Math.ceil((2 * R_PX + 2) * sr);
            var sc = sprite.getContext('2d');
            sc.scale(sr, sr); sc.beginPath(); sc.arc(R_PX + 1, R_PX + 1, R_PX, 0, 2 * Math.PI);
            sc.globalAlpha = 0.85; sc.fillStyle = colour; sc.fill();
            sc.globalAlpha = 1; sc.lineWidth = 0.5; sc.strokeStyle = '#ffffff'; sc.stroke();
            var Layer = L.GridLayer.extend({
                createTile: function (c) {
                    var tile = L.DomUtil.create('canvas', 'leaflet-tile'), size = this.getTileSize();
                    var ratio = window.devicePixelRatio || 1;
                    tile.width = size.x * ratio; tile.height = size.y * ratio;
                    var ctx = tile.getContext('2d'), z = Math.pow(2, c.z), n = z;  // pixels per zoom-0 pixel; tiles across
                    ctx.scale(ratio, ratio);
                    var ox = (((c.x % n) + n) % n) * size.x, oy = c.y * size.y, pad = R_PX + 1;
                    ctx.strokeStyle = colour; ctx.globalAlpha = 0.7; ctx.lineWidth = 1.5;
                    ctx.beginPath();
                    for (var j = 0; j < nl; j++) {
                        if (B[4 * j + 2] * z < ox - pad || B[4 * j] * z > ox + size.x + pad ||
                            B[4 * j + 3] * z < oy - pad || B[4 * j + 1] * z > oy + size.y + pad) { continue; }
                        // simplified for the zoom: a vertex less than a pixel from the last one drawn is skipped
                        var lx = V[2 * starts[j]] * z - ox, ly = V[2 * starts[j] + 1] * z - oy, last = end(j) - 1;
                        ctx.moveTo(lx, ly);
                        for (var k = starts[j] + 1; k <= last; k++) {
                            var x = V[2 * k] * z - ox, y = V[2 * k + 1] * z - oy;
                            if (k === last || Math.abs(x - lx) + Math.abs(y - ly) >= 1) { ctx.lineTo(x, y); lx = x; ly = y; }
                        }
                    }
                    ctx.stroke();
                    // points: one sprite each, and at most one per 2 × 2 px cell (the rest would be hidden under it)
                    ctx.globalAlpha = 1;
                    var seen = new Uint8Array(Math.ceil((size.x + 2 * pad) / 2) * Math.ceil((size.y + 2 * pad) / 2));
                    var row = Math.ceil((size.x + 2 * pad) / 2);
                    for (var i = 0; i < np; i++) {
                        var x = P[2 * i] * z - ox, y = P[2 * i + 1] * z - oy;
                        if (x < -pad || y < -pad || x > size.x + pad || y > size.y + pad) { continue; }
                        var cell = ((x + pad) >> 1) + ((y + pad) >> 1) * row;
                        if (seen[cell]) { continue; }
                        seen[cell] = 1;
                        ctx.drawImage(sprite, x - R_PX - 1, y - R_PX - 1, 2 * R_PX + 2, 2 * R_PX + 2);
                    }
                    return tile;
                }
            });
            var layer = new Layer({pane: 'overlayPane', zIndex: 450});
            function popup(row) {
                var table = document.createElement('table');
                data.columns.forEach(function (col) {
                    var text = col.direct ? col.direct[row] : (col.codes[row] < 0 ? null : col.values[col.codes[row]]);
                    if (text === null || text === undefined) { return; }
                    var tr = table.insertRow(), th = document.createElement('th'), td = tr.insertCell();
                    th.style.textAlign = 'left'; th.style.paddingRight = '6px';
                    th.textContent = col.name; tr.insertBefore(th, td);
                    td.textContent = text;
                });
                return table;
            }
            function segDist(x, y, ax, ay, bx, by) {
                var dx = bx - ax, dy = by - ay, t = dx || dy ? ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy) : 0;
                t = Math.max(0, Math.min(1, t));
                return Math.hypot(x - ax - t * dx, y - ay - t * dy);
            }
            function onClick(e) {
                var map = group._map;
                if (!map || !map.hasLayer(layer)) { return; }
                var z = Math.pow(2, map.getZoom()), p = px(e.latlng.lat, e.latlng.lng);
                var x = p[0] * z, y = p[1] * z, best = HIT_PX, row = -1;
                for (var i = 0; i < np; i++) {
                    var d = Math.hypot(P[2 * i] * z - x, P[2 * i + 1] * z - y);
                    if (d < best) { best = d; row = data.point_rows[i]; }
                }
                if (row < 0) {
                    for (var j = 0; j < nl; j++) {
                        if (B[4 * j + 2] * z < x - HIT_PX || B[4 * j] * z > x + HIT_PX || B[4 * j + 3] * z < y - HIT_PX || B[4 * j + 1] * z > y + HIT_PX) { continue; }
                        for (var k = starts[j]; k + 1 < end(j); k++) {
                            var d2 = segDist(x, y, V[2 * k] * z, V[2 * k + 1] * z, V[2 * k + 2] * z, V[2 * k + 3] * z);
                            if (d2 < best) { best = d2; row = data.line_rows[j]; }
                        }
                    }
                }
                // after the click has reached the layers below (a region's own popup), so this one wins
                if (row >= 0) {
                    setTimeout(function () { L.popup({maxWidth: 420}).setLatLng(e.latlng).setContent(popup(row)).openOn(map); }, 0);
                }
            }
            // 'preclick': Leaflet fires it on the map for every click, even one on a layer that stops it
            layer.on('add', function () { group._map.on('preclick', onClick); });
            // Added once the page has loaded: tiles drawn while the HTML parser was still running
            // held Chromium's parser back by seconds (benchmarks/README.md). The tiles in view are
            // drawn synchronously when the layer is added.
            function show() {
                layer.addTo(group);
                // the frame in which the tiles drawn on adding the layer are painted
                requestAnimationFrame(function () { window.geoEventsShown = {points: np, lines: nl, ms: performance.now()}; });
            }
            if (document.readyState === 'complete') { show(); } else { window.addEventListener('load', show); }
        })();
        {% endmacro %}
    """)

    def __init__(self, payload: dict):
        super().__init__()
        self._name = "CanvasEvents"
        self.payload = _js_json(payload)
        self.colour = EVENT_COLOUR


def _add_ranges(group, legs: gpd.GeoDataFrame, places: gpd.GeoDataFrame | None, range_km: float, label: str) -> None:
    """A geodesic range ring around the origin of every air leg."""
    if places is None or not len(places) or "mode" not in legs:
        return
    by_id = places.set_index("id")
    origins = list(dict.fromkeys(legs.loc[legs["mode"] == "air", "from_id"]))
    for pid in origins:
        pt = by_id.geometry[pid]
        ring = geodesic_circle(pt.x, pt.y, range_km * M_PER_KM)
        one = gpd.GeoDataFrame(geometry=[ring], crs="EPSG:4326")
        layer = folium.GeoJson(to_geojson_dict(one), style_function=lambda _f: {
            "color": RANGE_COLOUR, "weight": 1, "opacity": 0.6, "dashArray": "1 5", "fill": False})
        layer.add_child(folium.Tooltip(escape_html(f"{label}: {range_km:,.0f} km from {by_id.loc[pid, 'name']}"), sticky=True))
        layer.add_to(group)


def _legend_html() -> str:
    def line(colour, dash=None, width=4):
        d = f" stroke-dasharray='{dash}'" if dash else ""
        return (f"<svg width='34' height='10'><line x1='1' y1='5' x2='33' y2='5' stroke='{colour}' "
                f"stroke-width='{width}'{d}/></svg>")

    def box(colour):
        return f"<span style='display:inline-block;width:14px;height:10px;background:{colour};opacity:.6;border:1px solid {colour}'></span>"

    modes = "".join(f"<div>{line(c)} {escape_html(MODE_TITLES[m])}</div>" for m, c in MODE_COLOURS.items())
    modes += f"<div>{line(RANGE_COLOUR, '1 4', 1.5)} aircraft range ring</div>"
    conf = "".join(f"<div>{line('#444', d, 3)} {escape_html(k)}</div>" for k, d in CONFIDENCE_DASHES.items())
    regions = "".join(f"<div>{box(c)} {escape_html(k.replace('_', ' '))}</div>" for k, c in REGION_COLOURS.items())
    air = line_width_px({"route payload_kg_per_flight": 300, "route flights_max_per_day": 4})
    widths = (f"<div>{line(FLOW_COLOUR, None, line_width_px({'share_pct': 4}))} share 4 %</div>"
              f"<div>{line(FLOW_COLOUR, None, line_width_px({'share_pct': 40}))} share 40 %</div>"
              f"<div>{line(MODE_COLOURS['air'], None, air)} 1,200 kg/day</div>"
              f"<div style='color:#555'>shares: 1.5 px + {SHARE_PX_PER_PCT:g} px per %;<br>capacity (payload × flights):"
              f"<br>2.5 px + 1 px per {1 / CAPACITY_PX_PER_KG_DAY:,.0f} kg/day;<br>other legs {LEG_WIDTH_PX:g} px</div>")
    return f"""
<details id="geo-legend" open style="position:fixed;bottom:44px;left:10px;z-index:1000;background:rgba(255,255,255,.93);
 padding:4px 8px;border:1px solid #999;border-radius:4px;font:10.5px/1.3 sans-serif;max-height:60vh;overflow:auto;max-width:360px">
 <summary style="cursor:pointer;font-weight:bold">Legend</summary>
 <div style="display:flex;gap:10px">
  <div><b>Route mode</b> (colour)<div style="color:#555">► direction of travel</div>{modes}
   <b>Confidence</b> (dash){conf}<b>Width</b>: volume{widths}</div>
  <div><b>Regions</b>{regions}<div style="color:#555">outline dash = confidence;<br>faint fill = authored sketch,<br>not an official boundary</div>
   <div style="margin-top:3px"><span style="display:inline-block;width:9px;height:9px;border-radius:50%;background:#000"></span> military base<br>
   <span style="display:inline-block;width:9px;height:9px;border-radius:50%;background:{PLACE_COLOURS['port']}"></span> port
   <span style="display:inline-block;width:9px;height:9px;border-radius:50%;background:#333"></span> place<br>
   <span style="display:inline-block;width:8px;height:8px;background:#ffd400;border:1px solid #000;transform:rotate(45deg)"></span> border crossing</div>
   <div style="color:#555;margin-top:3px">Period slider (top right): features<br>without a period always show.</div></div>
 </div>
</details>"""


def _simplified(basemap: gpd.GeoDataFrame, tolerance_deg: float, decimals: int) -> dict:
    # Generalised for drawing only; nothing is measured on this copy. Plain Douglas–Peucker: twelve
    # times faster than the topology-preserving variant on Natural Earth 1:10m, and a ring that
    # happens to self-touch at this scale draws the same.
    simple = shapely.simplify(np.asarray(basemap.geometry.values), tolerance_deg, preserve_topology=False)
    simple = shapely.transform(simple, lambda xy: np.round(xy, decimals))
    return to_geojson_dict(gpd.GeoDataFrame(geometry=simple[~shapely.is_empty(simple)], crs="EPSG:4326"),
                           check_valid=False)


def _add_basemap(m, basemap: gpd.GeoDataFrame):
    # Tolerance 0.1° ≈ 10 km, 2 decimals ≈ 1 km: the outlines let the map read without tiles while
    # keeping the page light.
    return folium.GeoJson(_simplified(basemap, 0.1, 2), name="Countries (Natural Earth 1:10m, generalised)",
                          style_function=lambda _f: {"color": "#8a8a8a", "weight": 0.6, "fillColor": "#f4f1ea",
                                                     "fillOpacity": 0.55},
                          interactive=False, overlay=True, show=True).add_to(m)


class _VectorMiniMap(MiniMap):
    """Leaflet-MiniMap drawing a GeoJSON country outline instead of tiles, so it works offline."""

    _template = Template("""
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = new L.Control.MiniMap(
                L.geoJson({{ this.data|tojson }}, {interactive: false, style: {{ this.style|tojson }}}),
                {{ this.options|tojavascript }}
            );
            {{ this._parent.get_name() }}.addControl({{ this.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, data: dict, **kwargs):
        super().__init__(**kwargs)
        self.data = data
        self.style = {"color": "#777777", "weight": 0.5, "fillColor": "#f4f1ea", "fillOpacity": 1}


class _ViewButtons(MacroElement):
    """A control with one button per named view; each fits the map to its bounds."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            var views = {{ this.views_json }};
            var control = L.control({position: {{ this.position|tojson }}});
            control.onAdd = function () {
                var div = L.DomUtil.create('div', 'leaflet-bar geo-views');
                var title = L.DomUtil.create('b', '', div);
                title.textContent = 'Zoom to';
                views.forEach(function (view) {
                    var button = L.DomUtil.create('button', 'geo-view', div);
                    button.type = 'button';
                    button.textContent = view.name;
                    button.dataset.view = view.id;
                    L.DomEvent.on(button, 'click', function () { map.fitBounds(view.bounds, {padding: [12, 12]}); });
                });
                L.DomEvent.disableClickPropagation(div);
                return div;
            };
            control.addTo(map);
        })();
        {% endmacro %}
    """)

    def __init__(self, views: list[dict], position: str = "topright"):
        super().__init__()
        self._name = "ViewButtons"
        self.views_json, self.position = _js_json(views), position


class _PeriodControl(MacroElement):
    """A month slider: when on, only features whose period contains the month are shown."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            var items = [
            {%- for layer, group, start, end in this.items %}
                [{{ layer }}, {{ group }}, {{ start|tojson }}, {{ end|tojson }}],
            {%- endfor %}
            ];
            function label(m) { return Math.floor(m / 12) + '-' + String(m % 12 + 1).padStart(2, '0'); }
            var control = L.control({position: {{ this.position|tojson }}});
            control.onAdd = function () {
                var div = L.DomUtil.create('div', 'leaflet-bar geo-period');
                var on = L.DomUtil.create('input', 'geo-period-on');
                on.type = 'checkbox';
                var head = L.DomUtil.create('label', '', div);
                head.appendChild(on);
                head.appendChild(document.createTextNode(' only what was active in '));
                var out = L.DomUtil.create('b', 'geo-period-label', head);
                var range = L.DomUtil.create('input', 'geo-period-range', div);
                range.type = 'range'; range.min = {{ this.lo }}; range.max = {{ this.hi }}; range.step = 1;
                range.value = {{ this.hi }};
                var count = L.DomUtil.create('div', 'geo-period-count', div);
                function apply() {
                    var m = +range.value, shown = 0;
                    out.textContent = label(m);
                    items.forEach(function (it) {
                        var active = (it[2] === null || it[2] <= m) && (it[3] === null || m <= it[3]);
                        if (!on.checked || active) { it[1].addLayer(it[0]); shown += 1; } else { it[1].removeLayer(it[0]); }
                    });
                    count.textContent = on.checked
                        ? shown + ' of ' + items.length + ' dated features active; undated ones always shown'
                        : 'all periods shown (' + items.length + ' dated features)';
                }
                L.DomEvent.on(on, 'change', apply);
                L.DomEvent.on(range, 'input', function () { on.checked = true; apply(); });
                L.DomEvent.disableClickPropagation(div);
                L.DomEvent.disableScrollPropagation(div);
                apply();
                return div;
            };
            control.addTo(map);
        })();
        {% endmacro %}
    """)

    def __init__(self, items: list[tuple], position: str = "topright"):
        super().__init__()
        self._name = "PeriodControl"
        self.items, self.position = items, position
        months = [m for it in items for m in it[2:] if m is not None]
        # from three years before the first date to two years after the last
        self.lo, self.hi = min(months) - 36, max(months) + 24


class _MapRegistry(MacroElement):
    """``window.geoMap``: the map and its layers by key, for notebooks, tests and the search control."""

    _template = Template("""
        {% macro script(this, kwargs) %}
            // The legend lives inside the map, so that it stays in fullscreen.
            (function () {
                var legend = document.getElementById('geo-legend');
                if (legend) {
                    {{ this._parent.get_name() }}.getContainer().appendChild(legend);
                    L.DomEvent.disableClickPropagation(legend);
                    L.DomEvent.disableScrollPropagation(legend);
                }
            })();
            window.geoMap = {map: {{ this._parent.get_name() }}, layers: {
            {%- for key, layer in this.layers.items() %}
                {{ key|tojson }}: {{ layer.get_name() }},
            {%- endfor %}
            }};
            {%- if this.search %}
            // A search hit is a marker inside a one-feature GeoJSON layer, which holds the popup.
            // Its popup opens once the map has arrived, so that the popup's own panning does not
            // stop the search's move halfway.
            {{ this.search.layer.get_name() }}searchControl.on('search:locationfound', function (e) {
                var map = {{ this._parent.get_name() }}, opened = false;
                function open() {
                    if (opened) { return; }
                    opened = true;
                    {{ this.search.layer.get_name() }}.eachLayer(function (g) {
                        if (g.hasLayer && g.hasLayer(e.layer) && g.getPopup()) { g.openPopup(e.latlng); }
                    });
                }
                map.once('moveend', open);
                setTimeout(open, 1500);  // if the map did not need to move
            });
            {%- endif %}
        {% endmacro %}
    """)

    def __init__(self, layers: dict, search=None):
        super().__init__()
        self._name = "MapRegistry"
        self.layers, self.search = layers, search


def view_bounds(view: dict, layers: dict[str, gpd.GeoDataFrame]) -> list[list[float]] | None:
    """Leaflet bounds ``[[south, west], [north, east]]`` (degrees) of a scenario view.

    Parameters
    ----------
    view : dict
        A scenario ``views`` item: ``bbox`` ``[west, south, east, north]`` or lists of ``regions``,
        ``routes`` and ``places`` ids.
    layers : dict of str to geopandas.GeoDataFrame
        The built layers (``regions``, ``routes``, ``places``; EPSG:4326).

    Returns
    -------
    list or None
        The bounds of the box or of the union of the listed features; ``None`` if none of them is in
        ``layers``. A feature split at the antimeridian spans −180° to 180°.
    """
    if view.get("bbox"):
        west, south, east, north = view["bbox"]
        return [[south, west], [north, east]]
    geoms = []
    for key in ("regions", "routes", "places"):
        gdf = layers.get(key)
        if view.get(key) and gdf is not None and len(gdf):
            geoms.extend(gdf.geometry[gdf["id"].isin(view[key])])
    if not geoms:
        return None
    west, south, east, north = shapely.total_bounds(geoms)
    return [[float(south), float(west)], [float(north), float(east)]]


def make_map(layers: dict[str, gpd.GeoDataFrame], *, sources: dict[str, dict] | None = None,
             title: str = "Trafficking map", focus=None, basemap: gpd.GeoDataFrame | None = None,
             air_range_km: float | None = None, air_range_label: str = "Aircraft range",
             tiles: bool = True, views: list[dict] | None = None,
             events: gpd.GeoDataFrame | None = None) -> folium.Map:
    """Build the interactive map of a scenario's layers.

    Parameters
    ----------
    layers : dict of str to geopandas.GeoDataFrame
        As returned by :func:`geo.build_layers` (``regions``, ``routes``, ``legs``, ``flows``,
        ``crossings``, ``places``; EPSG:4326). Missing or empty layers are allowed; an empty layer
        is still listed in the layer control, a mode's routes only when it has legs.
    sources : dict of str to dict, keyword-only
        The scenario's sources by id (``title``, ``author``, ``url``), for the popups' source links.
    title : str, keyword-only
        The page title.
    focus : shapely geometry, keyword-only
        The area the initial view fits (lon/lat); default: the bounds of all regions and places.
    basemap : geopandas.GeoDataFrame, keyword-only
        Country polygons (``iso_a3``, EPSG:4326), e.g. :func:`geo.countries`, drawn under the data as
        a vector basemap that works without tiles, and in the minimap; default none (no minimap).
    air_range_km : float, keyword-only
        Draw a geodesic ring of this radius (km) around the origin of every air leg; default none.
    air_range_label : str, keyword-only
        What the ring stands for, in its tooltip.
    tiles : bool, keyword-only
        Add the OpenStreetMap tile layer (with its attribution); ``False`` for a map meant to be
        opened without network, which then relies on ``basemap``.
    views : list of dict, keyword-only
        Named views (``id``, ``name`` and the ``bbox`` or ``regions``/``routes``/``places`` ids of a
        scenario's ``views``); each becomes a "Zoom to" button (:func:`view_bounds`).
    events : geopandas.GeoDataFrame, keyword-only
        Events (e.g. :func:`geo.load_events` then :func:`geo.assign_events`; another CRS is
        reprojected to EPSG:4326): points, and lines such as flight tracks; other geometry types,
        empty points and non-finite coordinates are not drawn. Drawn in an "Events" layer: up to
        :data:`EVENTS_MAX_MARKERS` points as clustered markers with a popup of every column; more,
        or any lines, on one canvas layer (:func:`events_payload`) whose popups are built on click.

    Returns
    -------
    folium.Map
        Layers grouped in the layer control (:data:`LAYER_GROUPS`): regions; routes, one layer per
        mode, coloured by mode, dashed by confidence, with direction arrows; destination shares
        as arrowed lines whose width grows with the share, and air legs whose width grows with the
        route's capacity (:func:`line_width_px`); places; border crossings; enforcement (military and
        police bases); range rings. Tooltips and popups give figures with units, period, confidence,
        geometry basis and sources as links. Also: a legend, a search box over places and regions,
        "Zoom to" buttons, a period slider (when any feature has a period), a measuring tool (km and
        nautical miles), a scale bar, a minimap and a fullscreen button. ``window.geoMap`` in the
        page holds the map and its layers by key.
    """
    sources = sources or {}
    m = folium.Map(tiles=None, control_scale=True, world_copy_jump=True, min_zoom=2)
    # folium gives max_zoom to tile layers only; without tiles the map needs it itself (marker clusters)
    m.options["max_zoom"] = 18
    m.get_root().header.add_child(folium.Element(f"<title>{escape_html(title)}</title>"))
    m.get_root().header.add_child(folium.Element(_CSS))
    base_layers = []
    if basemap is not None and len(basemap):
        base_layers.append(_add_basemap(m, basemap))
    if tiles:
        base_layers.append(folium.TileLayer("OpenStreetMap", name="OpenStreetMap tiles", overlay=True,
                                            control=True).add_to(m))

    legs, places = layers.get("legs"), layers.get("places")
    # Regions, places and bases are sub-groups of one hidden group, which the search box indexes.
    searchable = folium.FeatureGroup(name="searchable", control=False).add_to(m)
    keys = ["regions", "flows", *(f"routes_{mode}" for mode in MODE_TITLES), "ranges", "crossings", "places",
            "enforcement", "events"]
    present = {
        "events": events is not None and len(events) > 0,
        "regions": layers.get("regions") is not None,
        "flows": layers.get("flows") is not None,
        "ranges": bool(air_range_km) and legs is not None and "mode" in legs and (legs["mode"] == "air").any(),
        "crossings": layers.get("crossings") is not None,
        "places": places is not None,
        "enforcement": places is not None and "kind" in places and places["kind"].isin(ENFORCEMENT_KINDS).any(),
        **{f"routes_{mode}": legs is not None and "mode" in legs and (legs["mode"] == mode).any() for mode in MODE_TITLES},
    }
    groups = {}
    for key in keys:
        if not present[key]:
            continue
        if key in ("regions", "places", "enforcement"):
            groups[key] = FeatureGroupSubGroup(searchable, name=LAYER_TITLES[key], show=True)
        else:
            groups[key] = folium.FeatureGroup(name=LAYER_TITLES[key], show=True)
        groups[key].add_to(m)

    state = _MapState()
    if layers.get("regions") is not None and len(layers["regions"]):
        _add_regions(groups["regions"], layers["regions"], sources, state)
    if layers.get("flows") is not None and len(layers["flows"]):
        _add_flows(groups["flows"], layers["flows"], sources, state)
    if legs is not None and len(legs):
        _add_legs(groups, legs, sources, layers.get("routes"), state)
    if present["ranges"]:
        _add_ranges(groups["ranges"], legs, places, air_range_km, air_range_label)
    if layers.get("crossings") is not None and len(layers["crossings"]):
        _add_crossings(groups["crossings"], layers["crossings"], sources, state)
    if places is not None and len(places):
        _add_places(groups, places, sources, state)
    if present["events"]:
        _add_events(groups["events"], events, sources)

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
    resolved = [{"id": v["id"], "name": v["name"], "bounds": b} for v in (views or [])
                if (b := view_bounds(v, layers)) is not None]
    if resolved:
        _ViewButtons(resolved).add_to(m)
    if state.dated:
        _PeriodControl(state.dated).add_to(m)
    if basemap is not None and len(basemap):
        _VectorMiniMap(_simplified(basemap, 0.5, 1), position="bottomright", width=160, height=120,
                       zoom_level_offset=-5, toggle_display=True).add_to(m)
    _MapRegistry(groups, search).add_to(m)
    m.get_root().html.add_child(folium.Element(_legend_html()))

    if focus is None:
        parts = [g for key in ("regions", "places") if layers.get(key) is not None and len(layers[key])
                 for g in layers[key].geometry]
        focus = shapely.union_all(parts) if parts else shapely.box(-180, -60, 180, 75)
    minx, miny, maxx, maxy = focus.bounds
    m.fit_bounds([[miny, minx], [maxy, maxx]], padding=(12, 12))
    return m


_CSS = """<style>
.leaflet-container{background:#cfe3ef !important}
.geo-views,.geo-period{background:#fff;padding:4px 6px;font:11px/1.3 sans-serif;max-width:250px}
.geo-views button{display:inline-block;margin:2px 2px 0 0;font:11px sans-serif;padding:1px 5px;cursor:pointer}
.geo-period-range{width:100%}
.geo-period-count{color:#555}
.leaflet-control-layers-group-name{font-weight:bold;display:block;margin-top:3px}
.leaflet-control-layers{font-size:11.5px}
.geo-arrow{pointer-events:none}
.leaflet-control-minimap-toggle-display{background-image:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath d='M4 4l8 8M12 5v7H5' stroke='%23333' stroke-width='2' fill='none'/%3E%3C/svg%3E") !important}
</style>"""


_SCRIPT_TAG = re.compile(r'<script src="(https?://[^"]+)"></script>')
_STYLE_TAG = re.compile(r'<link rel="stylesheet" href="(https?://[^"]+)"/>')
# url(...) in a stylesheet that is not embedded data: a file beside the CDN copy (icons, a loader
# gif) that an inlined stylesheet cannot reach; it becomes "none" so that nothing is requested.
_CSS_FILE_URL = re.compile(r"""url\((?!\s*['"]?data:)[^)]*\)""")


def inline_assets(page: str) -> str:
    """A rendered folium page with its CDN scripts and stylesheets inlined, so it works offline.

    The assets' text comes from the ``folium-offline`` package, which ships folium's CDN files.

    Parameters
    ----------
    page : str
        HTML as rendered by folium.

    Returns
    -------
    str
        The same page with every ``<script src>`` and stylesheet ``<link>`` that folium-offline
        carries replaced by its content. Images that those stylesheets load from files beside them
        (rather than embed as ``data:`` URLs) are dropped, so the page makes no request at all; the
        map's own stylesheet supplies the one it needs (the minimap toggle).

    Raises
    ------
    ImportError
        If folium-offline is not installed.
    ValueError
        If the page refers to an asset that folium-offline does not carry (the page would not be
        self-contained); the message names the URL.
    """
    from offlinefolium.elements import _res as assets  # URL -> text, as shipped by folium-offline

    missing = [u for u in _SCRIPT_TAG.findall(page) + _STYLE_TAG.findall(page) if u not in assets]
    if missing:
        raise ValueError(f"no offline copy of {', '.join(sorted(set(missing)))}")
    # "</" inside inline code would end the element early
    page = _SCRIPT_TAG.sub(lambda m: "<script>" + assets[m.group(1)].replace("</", "<\\/") + "</script>", page)
    return _STYLE_TAG.sub(lambda m: "<style>" + _CSS_FILE_URL.sub("none", assets[m.group(1)]).replace("</", "<\\/")
                          + "</style>", page)


def save_map(m: folium.Map, path: str | Path) -> Path:
    """Render a map to standalone HTML and write it atomically; returns the path."""
    return atomic_write_text(path, m.get_root().render())
