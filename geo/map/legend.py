"""The legend, made from the data: only the modes, kinds, confidence levels, drawings and widths that
the map contains, with this scenario's own width scale."""

from __future__ import annotations

import geopandas as gpd

from ..fields import readable
from .style import (CAPACITY_PX_PER_KG_DAY, CONFIDENCE_DASHES, CONFIDENCE_TITLES, DRAWING_STYLES, ENFORCEMENT_KINDS,
                    EVENT_COLOUR, FLOW_COLOUR, LEG_WIDTH_PX, MODE_COLOURS, MODE_TITLES, PLACE_COLOURS, RANGE_COLOUR,
                    REGION_COLOURS, SHARE_PX_PER_PCT, capacity_kg_per_day, drawing_of, line_width_px)
from .text import escape_html, fmt

__all__ = ["legend_html"]


def _line(colour, dash=None, width=4.0, opacity=1.0) -> str:
    d = f" stroke-dasharray='{dash}'" if dash else ""
    return (f"<svg width='24' height='10' aria-hidden='true'><line x1='1' y1='5' x2='23' y2='5' stroke='{colour}' "
            f"stroke-width='{width:g}' stroke-opacity='{opacity:g}'{d}/></svg>")


def _box(colour) -> str:
    return (f"<span class='geo-swatch' style='background:{colour};border-color:{colour}'></span>")


def _dot(colour, size=9) -> str:
    return f"<span class='geo-dot' style='background:{colour};width:{size}px;height:{size}px'></span>"


def _item(symbol: str, text: str, key: str) -> str:
    return f"<span class='geo-legend-item' data-key='{escape_html(key)}'>{symbol}\u00a0{escape_html(text)}</span>"


def _section(heading: str, items: list[str], note: str = "") -> str:
    """One section: its heading and items on flowing lines."""
    if not items:
        return ""
    tail = f" <span class='geo-muted'>{escape_html(note)}</span>" if note else ""
    return f"<div class='geo-legend-section'><b>{heading}</b> {' '.join(items)}{tail}</div>"


def _values(gdf, column) -> list:
    if gdf is None or not len(gdf) or column not in gdf:
        return []
    return [v for v in gdf[column].tolist() if v is not None and v == v]


def legend_html(layers: dict[str, gpd.GeoDataFrame], *, ranges: bool = False, range_label: str = "",
                events: bool = False, legs_props: list[dict] | None = None) -> str:
    """The legend's HTML (``<div id="geo-legend">``), listing only what ``layers`` hold.

    Parameters
    ----------
    layers : dict of str to geopandas.GeoDataFrame
        The layers drawn (``legs``, ``flows``, ``regions``, ``places``, ``crossings``).
    ranges, events : bool, keyword-only
        Whether range rings or events are on the map.
    range_label : str, keyword-only
        What a range ring stands for.
    legs_props : list of dict, keyword-only
        The legs' properties with their route's figures (``route payload_kg_per_flight``, ...), for the
        widths of capacity; default the legs layer's own properties.

    Returns
    -------
    str
        HTML in which every text from data is escaped.
    """
    legs, flows, regions = layers.get("legs"), layers.get("flows"), layers.get("regions")
    places, crossings = layers.get("places"), layers.get("crossings")
    if legs_props is None:
        legs_props = legs.drop(columns=legs.geometry.name).to_dict("records") if legs is not None and len(legs) else []
    flow_props = flows.drop(columns=flows.geometry.name).to_dict("records") if flows is not None and len(flows) else []
    lines = legs_props + flow_props
    sections = []

    modes = [m for m in MODE_TITLES if m in {p.get("mode") for p in legs_props}]
    items = [_item(_line(MODE_COLOURS[m]), MODE_TITLES[m], f"mode:{m}") for m in modes]
    if ranges:
        items.append(_item(_line(RANGE_COLOUR, "1 4", 1.5), range_label or "aircraft range ring", "ranges"))
    sections.append(_section("Route mode", items, "\u25ba direction of travel" if modes else ""))

    present = {p.get("confidence") for p in lines} | set(_values(regions, "confidence"))
    sections.append(_section("Confidence</b> (the source's hedge)<b>", [
        _item(_line("#444", CONFIDENCE_DASHES[c], 3), CONFIDENCE_TITLES[c], f"confidence:{c}")
        for c in CONFIDENCE_DASHES if c in present]))
    drawings = [d for d in DRAWING_STYLES if d in {drawing_of(p) for p in lines}]
    sections.append(_section("Drawing</b> (ours)<b>", [
        _item(_line("#444", None, 4 * DRAWING_STYLES[d]["width"], DRAWING_STYLES[d]["opacity"]),
              DRAWING_STYLES[d]["title"], f"drawing:{d}") for d in drawings]))

    widths = []
    shares = sorted({float(p["share_pct"]) for p in flow_props if fmt(p.get("share_pct")) is not None})
    for share in ([shares[0], shares[-1]] if len(shares) > 1 else shares):
        widths.append(_item(_line(FLOW_COLOUR, None, line_width_px({"share_pct": share})), f"share {fmt(share)} %",
                            f"share:{fmt(share)}"))
    capacities = sorted({c for p in legs_props if (c := capacity_kg_per_day(p)) is not None})
    for cap in capacities:
        colour = MODE_COLOURS.get(next(p.get("mode") for p in legs_props if capacity_kg_per_day(p) == cap), "#444")
        widths.append(_item(_line(colour, None, line_width_px({"route payload_kg_per_flight": cap,
                                                                "route flights_max_per_day": 1})),
                            f"{fmt(cap)} kg/day", f"capacity:{fmt(cap)}"))
    rules = []
    if shares:
        rules.append(f"share 1.5 px + {SHARE_PX_PER_PCT:g} px/%")
    if capacities:
        rules.append(f"payload \u00d7 flights 2.5 px + 1 px per {1 / CAPACITY_PX_PER_KG_DAY:,.0f} kg/day")
    if any(capacity_kg_per_day(p) is None for p in legs_props) and widths:
        rules.append(f"others {LEG_WIDTH_PX:g} px")
    sections.append(_section("Width</b> (volume)<b>", widths, "; ".join(rules)))

    kinds = [k for k in REGION_COLOURS if k in set(_values(regions, "kind"))]
    kinds += sorted(set(_values(regions, "kind")) - set(REGION_COLOURS))
    sketched = "sketch" in set(_values(regions, "geometry_kind"))
    sketch = "pale fill: authored sketch, not an official boundary" if sketched else ""
    sections.append(_section("Regions", [_item(_box(REGION_COLOURS.get(k, "#777777")), readable(k),
                                               f"region:{k}") for k in kinds], sketch))
    place_kinds = set(_values(places, "kind"))
    points = []
    for kind in sorted(place_kinds & ENFORCEMENT_KINDS):
        points.append(_item(_dot(PLACE_COLOURS.get(kind, "#333333"), 11), readable(kind), f"place:{kind}"))
    if "port" in place_kinds:
        points.append(_item(_dot(PLACE_COLOURS["port"]), "port", "place:port"))
    if place_kinds - ENFORCEMENT_KINDS - {"port"}:
        points.append(_item(_dot("#333333"), "place", "place:other"))
    if crossings is not None and len(crossings):
        points.append(_item("<span class='geo-diamond'></span>", "border crossing", "crossing"))
    if events:
        points.append(_item(_dot(EVENT_COLOUR), "event (your data)", "events"))
    sections.append(_section("Points", points))
    return ('<div id="geo-legend" class="geo-legend"><div class="geo-legend-title">Legend</div>'
            f"<div class='geo-legend-body'>{''.join(sections)}</div></div>")
