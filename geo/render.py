"""The interactive map: a folium (Leaflet) map of the scenario's layers.

:func:`make_map` builds and returns a :class:`folium.Map`; :func:`save_map` writes it atomically.
All text that comes from data reaches the page through :func:`escape_html`, which makes it inert both
as HTML and inside the JavaScript template literals in which folium places tooltips and popups.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import folium
import geopandas as gpd
import numpy as np
import shapely
from folium.plugins import Fullscreen, MeasureControl

from .measure import geodesic_circle
from .units import M_PER_KM, M_PER_NM
from .writers import atomic_write_text, json_safe, to_geojson_dict

__all__ = ["make_map", "save_map", "escape_html", "inline_assets", "MODE_COLOURS", "CONFIDENCE_DASHES", "REGION_COLOURS",
           "LAYER_TITLES"]

#: Line colour of each mode of transport.
MODE_COLOURS = {
    "foot": "#e6550d",
    "road": "#8c564b",
    "river": "#17becf",
    "air": "#d62728",
    "helicopter": "#9467bd",
    "sea": "#1f4e9c",
}
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
FLOW_COLOUR = "#8c8c8c"
RANGE_COLOUR = "#555555"
#: Title of each layer in the layer control.
LAYER_TITLES = {
    "regions": "Regions",
    "routes": "Routes (legs, coloured by mode)",
    "flows": "Flows: destination shares",
    "crossings": "Border crossings",
    "ranges": "Cessna 206 range from air-bridge origins",
    "places": "Places",
}

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
        if src.get("url"):
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


def _feature_json(geom, props: dict) -> dict:
    one = gpd.GeoDataFrame({"id": [props.get("id")]}, geometry=[geom], crs="EPSG:4326")
    return to_geojson_dict(one)


def _features(gdf: gpd.GeoDataFrame, order=None):
    """(properties, geometry) of each feature, in ``order`` if given."""
    for i in (range(len(gdf)) if order is None else order):
        yield gdf.iloc[i].drop(labels=gdf.geometry.name).to_dict(), gdf.geometry.iloc[i]


def _bind(layer, props: dict, sources, tooltip_extra, group) -> None:
    """Give a map object its tooltip (name and a short line) and its popup, and add it to the group."""
    layer.add_child(folium.Tooltip(_tooltip(props, tooltip_extra), sticky=True))
    layer.add_child(folium.Popup(_popup_html(props, sources), max_width=420))
    layer.add_to(group)


def _add_regions(group, regions: gpd.GeoDataFrame, sources) -> None:
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
        _bind(layer, props, sources, f"{_fmt(props.get('area_km2'))} km² ({props.get('geometry_kind')})", group)


def _add_legs(group, legs: gpd.GeoDataFrame, sources, routes: gpd.GeoDataFrame | None = None) -> None:
    # A leg's popup also shows the figures of its route (payload, pay per kg, ...).
    route_figures = None
    if routes is not None and len(routes):
        cols = [c for c in routes.columns if c not in legs.columns and c != routes.geometry.name
                and c not in ("modes", "leg_count", "stops")]
        route_figures = routes.set_index("id")[cols]
    # Foot legs first and wide, so that where a road leg follows the same towns the foot leg shows
    # as an orange band under it.
    order = np.argsort((legs["mode"] != "foot").to_numpy(), kind="stable")
    for props, geom in _features(legs, order):
        if route_figures is not None and props.get("route_id") in route_figures.index:
            props.update({f"route {k}": v for k, v in route_figures.loc[props["route_id"]].items()
                          if _fmt(v) is not None})
        style = {"color": MODE_COLOURS[props["mode"]], "weight": 8 if props["mode"] == "foot" else 3.5,
                 "opacity": 0.75 if props["mode"] == "foot" else 0.9,
                 "dashArray": CONFIDENCE_DASHES.get(props["confidence"])}
        layer = folium.GeoJson(_feature_json(geom, props), style_function=lambda _f, s=style: s,
                               highlight_function=lambda _f: {"weight": 6})
        _bind(layer, props, sources,
              f"{props['route_name']} · {props['mode']} · {_fmt(props['length_km'])} km · {props['confidence']}", group)


def _add_flows(group, flows: gpd.GeoDataFrame, sources) -> None:
    for props, geom in _features(flows):
        style = {"color": FLOW_COLOUR, "weight": 1.5 + 0.2 * float(props["share_pct"]), "opacity": 0.35,
                 "dashArray": CONFIDENCE_DASHES.get(props["confidence"]), "lineCap": "butt"}
        layer = folium.GeoJson(_feature_json(geom, props), style_function=lambda _f, s=style: s)
        _bind(layer, props, sources, f"{_fmt(props['share_pct'])} % of the cocaine (destination share)", group)


def _add_places(group, places: gpd.GeoDataFrame, sources) -> None:
    for props, pt in _features(places):
        colour = PLACE_COLOURS.get(props["kind"], "#333333")
        marker = folium.CircleMarker(location=[pt.y, pt.x], radius=6 if props["kind"] == "military_base" else 4,
                                     color="#ffffff", weight=1, fill=True, fill_color=colour, fill_opacity=0.95)
        _bind(marker, props, sources, props.get("kind"), group)


def _add_crossings(group, crossings: gpd.GeoDataFrame, sources) -> None:
    for props, pt in _features(crossings):
        marker = folium.RegularPolygonMarker(location=[pt.y, pt.x], number_of_sides=4, radius=6, rotation=45,
                                             color="#000000", weight=1.5, fill=True, fill_color="#ffd400",
                                             fill_opacity=1.0)
        _bind(marker, props, sources, f"km {_fmt(props.get('km_from_start'))} of the route", group)


def _add_ranges(group, legs: gpd.GeoDataFrame, places: gpd.GeoDataFrame | None, range_km: float, label: str) -> None:
    """A geodesic range ring around the origin of every air leg."""
    if places is None or not len(places) or "mode" not in legs:
        return
    by_id = places.set_index("id")
    origins = list(dict.fromkeys(legs.loc[legs["mode"] == "air", "from_id"]))
    for pid in origins:
        pt = by_id.geometry[pid]
        ring = geodesic_circle(pt.x, pt.y, range_km * M_PER_KM)
        one = gpd.GeoDataFrame({"id": [f"range_{pid}"]}, geometry=[ring], crs="EPSG:4326")
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

    modes = "".join(f"<div>{line(c)} {escape_html(m)}</div>" for m, c in MODE_COLOURS.items())
    modes += f"<div>{line(RANGE_COLOUR, '1 4', 1.5)} aircraft range ring</div>"
    conf = "".join(f"<div>{line('#444', d, 3)} {escape_html(k)}</div>" for k, d in CONFIDENCE_DASHES.items())
    regions = "".join(f"<div>{box(c)} {escape_html(k.replace('_', ' '))}</div>" for k, c in REGION_COLOURS.items())
    flows = (f"<div>{line(FLOW_COLOUR, None, 1.5 + 0.2 * 4)} 4 %</div>"
             f"<div>{line(FLOW_COLOUR, None, 1.5 + 0.2 * 40)} 40 %</div>"
             "<div style='color:#555'>1.5 px + 0.2 px per %</div>")
    return f"""
<details id="geo-legend" open style="position:fixed;bottom:44px;left:10px;z-index:1000;background:rgba(255,255,255,.93);
 padding:4px 8px;border:1px solid #999;border-radius:4px;font:10.5px/1.3 sans-serif;max-height:55vh;overflow:auto;max-width:330px">
 <summary style="cursor:pointer;font-weight:bold">Legend</summary>
 <div style="display:flex;gap:10px">
  <div><b>Route mode</b>{modes}<b>Confidence</b> (dash){conf}<b>Flows</b>: width by share{flows}</div>
  <div><b>Regions</b>{regions}<div style="color:#555">outline dash = confidence;<br>faint fill = authored sketch,<br>not an official boundary</div>
   <div style="margin-top:3px"><span style="display:inline-block;width:9px;height:9px;border-radius:50%;background:#000"></span> military base<br>
   <span style="display:inline-block;width:9px;height:9px;border-radius:50%;background:{PLACE_COLOURS['port']}"></span> port
   <span style="display:inline-block;width:9px;height:9px;border-radius:50%;background:#333"></span> place<br>
   <span style="display:inline-block;width:8px;height:8px;background:#ffd400;border:1px solid #000;transform:rotate(45deg)"></span> border crossing</div></div>
 </div>
</details>"""


def _add_basemap(m, basemap: gpd.GeoDataFrame) -> None:
    # Generalised for drawing only (tolerance 0.1° ≈ 10 km, 2 decimals ≈ 1 km): the outlines let the
    # map read without tiles while keeping the page light. Nothing is measured on this copy.
    simple = shapely.simplify(basemap.geometry.values, 0.1, preserve_topology=True)
    simple = shapely.transform(simple, lambda xy: np.round(xy, 2))
    simple = gpd.GeoDataFrame({"id": basemap["iso_a3"].values}, geometry=simple, crs="EPSG:4326")
    folium.GeoJson(to_geojson_dict(simple), name="Countries (Natural Earth 1:10m, generalised)",
                   style_function=lambda _f: {"color": "#8a8a8a", "weight": 0.6, "fillColor": "#f4f1ea",
                                              "fillOpacity": 0.55},
                   interactive=False, control=True, overlay=True, show=True).add_to(m)


def make_map(layers: dict[str, gpd.GeoDataFrame], *, sources: dict[str, dict] | None = None,
             title: str = "Trafficking map", focus=None, basemap: gpd.GeoDataFrame | None = None,
             air_range_km: float | None = None, air_range_label: str = "Cessna 206 range",
             tiles: bool = True) -> folium.Map:
    """Build the interactive map of a scenario's layers.

    Parameters
    ----------
    layers : dict of str to geopandas.GeoDataFrame
        As returned by :func:`geo.build_layers` (``regions``, ``legs``, ``flows``, ``places``; EPSG:4326).
        Empty layers are allowed and still listed in the layer control.
    sources : dict of str to dict, keyword-only
        The scenario's sources by id (``title``, ``author``, ``url``), for the popups' source links.
    title : str, keyword-only
        The page title.
    focus : shapely geometry, keyword-only
        The area the initial view fits (lon/lat); default: the bounds of all regions and places.
    basemap : geopandas.GeoDataFrame, keyword-only
        Country polygons (``iso_a3``, EPSG:4326), e.g. :func:`geo.countries`, drawn under the data as
        a vector basemap that works without tiles; default none.
    air_range_km : float, keyword-only
        Draw a geodesic ring of this radius (km) around the origin of every air leg; default none.
    air_range_label : str, keyword-only
        What the ring stands for, in its tooltip.
    tiles : bool, keyword-only
        Add the OpenStreetMap tile layer (with its attribution); ``False`` for a map meant to be
        opened without network, which then relies on ``basemap``.

    Returns
    -------
    folium.Map
        One toggleable layer per theme (:data:`LAYER_TITLES`), legs coloured by mode and dashed by
        confidence, flows as lines whose width grows with the share, tooltips and popups with the
        figures, units, confidence, geometry basis and sources, a legend, a distance-measuring tool
        (km and nautical miles), a scale bar and a fullscreen button.
    """
    sources = sources or {}
    m = folium.Map(tiles=None, control_scale=True, world_copy_jump=True, min_zoom=2)
    if tiles:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap", control=True).add_to(m)
    m.get_root().header.add_child(folium.Element(f"<title>{escape_html(title)}</title>"))
    m.get_root().header.add_child(folium.Element("<style>.leaflet-container{background:#cfe3ef !important}</style>"))
    if basemap is not None and len(basemap):
        _add_basemap(m, basemap)

    def add_legs(group, legs, src):
        _add_legs(group, legs, src, layers.get("routes"))

    def add_ranges(group, legs, _src):
        if air_range_km:
            _add_ranges(group, legs, layers.get("places"), air_range_km, air_range_label)

    adders = {"regions": _add_regions, "routes": add_legs, "flows": _add_flows, "crossings": _add_crossings,
              "ranges": add_ranges, "places": _add_places}
    data = {"regions": layers.get("regions"), "routes": layers.get("legs"), "flows": layers.get("flows"),
            "crossings": layers.get("crossings"), "ranges": layers.get("legs"), "places": layers.get("places")}
    for key, adder in adders.items():
        if key == "ranges" and not air_range_km:
            continue
        group = folium.FeatureGroup(name=LAYER_TITLES[key], show=True)
        gdf = data[key]
        if gdf is not None and len(gdf):
            adder(group, gdf, sources)
        group.add_to(m)

    folium.LayerControl(collapsed=False).add_to(m)
    MeasureControl(position="topleft", primary_length_unit="kilometers", secondary_length_unit="nauticalmiles",
                   primary_area_unit="sqkilometers", secondary_area_unit="hectares",
                   units={"nauticalmiles": {"factor": 1.0 / M_PER_NM, "display": "nautical miles", "decimals": 1}}
                   ).add_to(m)
    Fullscreen(position="topleft").add_to(m)
    m.get_root().html.add_child(folium.Element(_legend_html()))

    if focus is None:
        parts = [g for key in ("regions", "places") if data[key] is not None and len(data[key]) for g in data[key].geometry]
        focus = shapely.union_all(parts) if parts else shapely.box(-180, -60, 180, 75)
    minx, miny, maxx, maxy = focus.bounds
    m.fit_bounds([[miny, minx], [maxy, maxx]], padding=(12, 12))
    return m


_SCRIPT_TAG = re.compile(r'<script src="(https?://[^"]+)"></script>')
_STYLE_TAG = re.compile(r'<link rel="stylesheet" href="(https?://[^"]+)"/>')


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
        carries replaced by its content.

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
    return _STYLE_TAG.sub(lambda m: "<style>" + assets[m.group(1)].replace("</", "<\\/") + "</style>", page)


def save_map(m: folium.Map, path: str | Path) -> Path:
    """Render a map to standalone HTML and write it atomically; returns the path."""
    return atomic_write_text(path, m.get_root().render())
