"""Your own events on the map: clustered markers with popups, or, when there are many or some are
lines (tracks), one canvas layer fed from a compact payload (``static/events.js``)."""

from __future__ import annotations

import base64

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from folium.plugins import MarkerCluster
from folium.template import Template

from .display import to_display
from .popup import popup_html, tooltip_html
from .style import EVENT_COLOUR
from .text import Macro, fmt, js_json

__all__ = ["EVENTS_MAX_MARKERS", "EVENT_DECIMALS", "events_payload", "EventsLayer"]

#: Up to this many point events are drawn as clustered markers with popups; more, or tracks, as one canvas layer.
EVENTS_MAX_MARKERS = 2000


class EventsLayer(Macro):
    """Events added to the parent group: clustered circle markers (``geoMapLib.clusterEvents``) or the
    canvas layer (``geoMapLib.canvasEvents``)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        geoMapLib.{{ this.function }}({{ this._parent.get_name() }}, {{ this.payload }}, {{ this.colour|tojson }});
        {% endmacro %}
    """)

    def __init__(self, events: gpd.GeoDataFrame, sources: dict, west: float = -180.0):
        super().__init__()
        self._name = "EventsLayer"
        if events.crs is not None and not events.crs.equals("EPSG:4326"):
            events = events.to_crs("EPSG:4326")
        geoms = np.asarray(events.geometry.values)
        types = shapely.get_type_id(geoms)
        self.colour = EVENT_COLOUR
        if len(events) <= EVENTS_MAX_MARKERS and (types == 0).all() and not shapely.is_empty(geoms).any():
            self.function = "clusterEvents"
            rows = events.drop(columns=events.geometry.name).to_dict("records")
            markers = []
            # in the map's display frame (:mod:`geo.map.display`); the canvas layer repeats in every
            # world copy, so it needs no shift
            for props, pt in zip(rows, to_display(geoms, west)):
                props.setdefault("name", props.get("id"))
                props.setdefault("kind", "event")
                markers.append({"latlng": [pt.y, pt.x], "tooltip": tooltip_html(props),
                                "popup": popup_html(props, sources)})
            self.payload = js_json({"markers": markers})
        else:
            self.function = "canvasEvents"
            self.payload = js_json(events_payload(events))

    def render(self, **kwargs):
        figure = self.get_root()
        if self.function == "clusterEvents":
            for name, url in MarkerCluster.default_js:
                figure.header.add_child(folium.JavascriptLink(url), name=name)
            for name, url in MarkerCluster.default_css:
                figure.header.add_child(folium.CssLink(url), name=name)
        super().render(**kwargs)


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
        ``values`` (its distinct values as text, :func:`geo.map.text.fmt`) with ``codes`` (one per row, -1 for
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
        text = pd.Series([fmt(v) for v in events[name].tolist()], dtype=object)
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


