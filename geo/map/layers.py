"""The scenario's layers on the map: one element per layer, its features passed as escaped JSON to
``static/layers.js``, which makes the Leaflet objects (one template per kind, not per feature)."""

from __future__ import annotations

import folium
import geopandas as gpd
import numpy as np
from folium.plugins import PolyLineOffset, PolyLineTextPath
from folium.template import Template

from ..fields import readable
from ..measure import geodesic_circle
from ..units import M_PER_KM
from ..writers import json_safe, rfc7946_geometry
from .display import latlngs, to_display
from .popup import popup_html, tooltip_html
from .style import (CONFIDENCE_DASHES, DRAWING_STYLES, ENFORCEMENT_KINDS, FLOW_COLOUR, MODE_COLOURS, PLACE_COLOURS,
                    RANGE_COLOUR, REGION_COLOURS, drawing_of, line_width_px, period_months)
from .text import Macro, fmt, js_json, search_label

__all__ = ["FeatureLayer", "regions_payload", "lines_payload", "places_payload", "crossings_payload", "ranges_payload",
           "legs_with_route_figures", "ARROW"]

# Direction arrows: one "►" every ~90 px along each line (no-break spaces keep the gaps in SVG text).
ARROW = "\u00a0" * 12 + "►" + "\u00a0" * 12


class FeatureLayer(Macro):
    """The features of one layer (a :func:`*_payload` dict), added to the parent group by
    ``geoMapLib.addFeatures`` of ``static/layers.js``."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        geoMapLib.addFeatures({{ this._parent.get_name() }}, {{ this.payload }});
        {% endmacro %}
    """)
    # the plugins the script uses: direction arrows, offset lines, the diamond markers of crossings
    default_js = PolyLineTextPath.default_js + PolyLineOffset.default_js + folium.RegularPolygonMarker.default_js

    def __init__(self, payload: dict):
        super().__init__()
        self._name = "FeatureLayer"
        self.payload = js_json(payload)

    def render(self, **kwargs):
        figure = self.get_root()
        for name, url in self.default_js:
            figure.header.add_child(folium.JavascriptLink(url), name=name)
        super().render(**kwargs)


def _rows(gdf: gpd.GeoDataFrame, order=None):
    """(properties, display geometry) of each feature, in ``order`` if given."""
    if order is None:
        order = range(len(gdf))
    records = gdf.drop(columns=gdf.geometry.name).to_dict("records")
    geoms = gdf.geometry.values
    for i in order:
        yield records[i], geoms[i]


def _common(props: dict, sources, tooltip_extra: str) -> dict:
    start, end = period_months(props.get("period_start"), props.get("period_end"))
    return {"id": json_safe(props.get("id")), "tooltip": tooltip_html(props, tooltip_extra),
            # plain text (the page writes it with textContent): what the period slider lists as active
            "title": str(json_safe(props.get("route_name")) or json_safe(props.get("name")) or ""),
            "popup": popup_html(props, sources),
            "period": None if start is None and end is None else [start, end]}


def regions_payload(regions: gpd.GeoDataFrame, sources) -> dict:
    # Largest first, so that small regions stay clickable on top of large ones.
    order = np.argsort(-regions["area_km2"].to_numpy(dtype=float), kind="stable") if "area_km2" in regions else None
    features = []
    for props, geom in _rows(regions, order):
        colour = REGION_COLOURS.get(props.get("kind"), "#777777")
        sketch = props.get("geometry_kind") == "sketch"
        style = {"color": colour, "weight": 1.5, "fillColor": colour,
                 "fillOpacity": 0.04 if props.get("kind") == "country" else (0.12 if sketch else 0.3),
                 "dashArray": CONFIDENCE_DASHES.get(props.get("confidence"))}
        area = fmt(props.get("area_km2"))
        extra = f"{area} km² ({props.get('geometry_kind')})" if area else ""
        features.append({**_common(props, sources, extra), "geometry": rfc7946_geometry(geom), "style": style,
                         "search": search_label(props.get("name"))})
    return {"kind": "regions", "features": features}


def legs_with_route_figures(legs: gpd.GeoDataFrame, routes: gpd.GeoDataFrame | None) -> list[dict]:
    """Each leg's properties, with its route's figures (payload, pay per kg, ...) as ``route <field>``."""
    figures = {}
    if routes is not None and len(routes):
        cols = [c for c in routes.columns if c not in legs.columns and c != routes.geometry.name
                and c not in ("modes", "leg_count", "stops")]
        figures = {rid: {f"route {k}": v for k, v in row.items() if fmt(v) is not None}
                   for rid, row in routes.set_index("id")[cols].to_dict("index").items()}
    out = []
    for props, _ in _rows(legs):
        props.update(figures.get(props.get("route_id"), {}))
        out.append(props)
    return out


def _line(props, geom, sources, tooltip, *, colour, opacity, offset=0) -> dict:
    drawing = DRAWING_STYLES[drawing_of(props)]
    return {**_common(props, sources, tooltip), "latlngs": latlngs(geom),
            "style": {"color": colour, "weight": round(line_width_px(props) * drawing["width"], 2),
                      "opacity": round(opacity * drawing["opacity"], 3),
                      "dashArray": CONFIDENCE_DASHES.get(props.get("confidence")), "offset": offset}}


def lines_payload(legs: gpd.GeoDataFrame, routes, sources) -> dict:
    """Legs by mode: ``{"routes_<mode>": payload}``; foot legs drawn 5 px to the side, so that where a
    road leg follows the same towns both show."""
    by_mode: dict[str, list] = {}
    geoms = legs.geometry.values
    for props, geom in zip(legs_with_route_figures(legs, routes), geoms):
        mode = props["mode"]
        tooltip = f"{props.get('route_name')} · {mode} · {fmt(props.get('length_km'))} km · {props.get('confidence')}"
        by_mode.setdefault(mode, []).append(_line(props, geom, sources, tooltip,
                                                  colour=MODE_COLOURS.get(mode, "#444444"), opacity=0.9,
                                                  offset=5 if mode == "foot" else 0))
    return {f"routes_{mode}": {"kind": "lines", "arrow": ARROW, "features": f} for mode, f in by_mode.items()}


def flows_payload(flows: gpd.GeoDataFrame, sources) -> dict:
    features = [_line(props, geom, sources, f"{fmt(props.get('share_pct'))} % of the cocaine (destination share)",
                      colour=FLOW_COLOUR, opacity=0.45) for props, geom in _rows(flows)]
    return {"kind": "lines", "arrow": ARROW, "features": features}


def places_payload(places: gpd.GeoDataFrame, sources, enforcement: bool) -> dict:
    features = []
    for props, pt in _rows(places):
        if (props.get("kind") in ENFORCEMENT_KINDS) != enforcement:
            continue
        features.append({**_common(props, sources, readable(props.get("kind") or "")),
                         "latlng": [round(pt.y, 6), round(pt.x, 6)], "search": search_label(props.get("name")),
                         "style": {"radius": 6 if enforcement else 4, "color": "#ffffff", "weight": 1,
                                   "fillColor": PLACE_COLOURS.get(props.get("kind"), "#333333"), "fillOpacity": 0.95}})
    return {"kind": "points", "features": features}


def crossings_payload(crossings: gpd.GeoDataFrame, sources) -> dict:
    features = [{**_common(props, sources, f"km {fmt(props.get('km_from_start'))} of the route"),
                 "latlng": [round(pt.y, 6), round(pt.x, 6)]} for props, pt in _rows(crossings)]
    return {"kind": "crossings", "features": features,
            "style": {"numberOfSides": 4, "radius": 6, "rotation": 45, "color": "#000000", "weight": 1.5,
                      "fillColor": "#ffd400", "fillOpacity": 1.0}}


def ranges_payload(legs: gpd.GeoDataFrame, places: gpd.GeoDataFrame, range_km: float, label: str, west: float) -> dict:
    """A geodesic range ring (``range_km``) around the origin of every air leg."""
    by_id = places.set_index("id")
    origins = [pid for pid in dict.fromkeys(legs.loc[legs["mode"] == "air", "from_id"]) if pid in by_id.index]
    rings = [geodesic_circle(by_id.geometry[pid].x, by_id.geometry[pid].y, range_km * M_PER_KM) for pid in origins]
    shown = to_display(rings, west) if rings else []
    features = [{"geometry": rfc7946_geometry(ring),
                 "tooltip": tooltip_html({"name": f"{label}: {range_km:,.0f} km from {by_id.loc[pid, 'name']}"})}
                for pid, ring in zip(origins, shown)]
    return {"kind": "rings", "features": features,
            "style": {"color": RANGE_COLOUR, "weight": 1, "opacity": 0.6, "dashArray": "1 5", "fill": False}}
