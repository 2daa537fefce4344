"""How the map draws things: colours, dashes, widths, drawing styles, layer titles and groups."""

from __future__ import annotations

import numpy as np

from ..writers import json_safe

__all__ = ["MODE_COLOURS", "MODE_TITLES", "CONFIDENCE_DASHES", "CONFIDENCE_TITLES", "DRAWING_STYLES",
           "REGION_COLOURS", "PLACE_COLOURS", "ENFORCEMENT_KINDS", "FLOW_COLOUR", "RANGE_COLOUR", "EVENT_COLOUR",
           "LAYER_TITLES", "LAYER_GROUPS", "LEG_WIDTH_PX", "CAPACITY_PX_PER_KG_DAY", "SHARE_PX_PER_PCT",
           "MAX_LINE_WIDTH_PX", "line_width_px", "period_months", "drawing_of"]

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
#: Leaflet ``dashArray`` by confidence (the source's hedge): reported solid, alleged dashed, possible dotted.
CONFIDENCE_DASHES = {"reported": None, "alleged": "10 6", "possible": "2 7"}
#: What each confidence means, for the legend.
CONFIDENCE_TITLES = {"reported": "reported (stated by the source)", "alleged": "alleged (\u201csaid to\u201d)",
                     "possible": "possible (\u201cpossibly\u201d)"}
#: How each ``drawing`` (our placement of the geometry) changes a line: opacity and width factors,
#: and its words in the legend and tooltips. Illustrative lines are paler and thinner.
DRAWING_STYLES = {
    "located": {"opacity": 1.0, "width": 1.0, "title": "located (from a dataset or cited coordinates)"},
    "approximate": {"opacity": 1.0, "width": 1.0, "title": "approximate (a sketch around cited points)"},
    "illustrative": {"opacity": 0.45, "width": 0.6, "title": "illustrative path (our drawing, not the source's)"},
}
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
#: Fill colour of place kinds (others dark grey).
PLACE_COLOURS = {"military_base": "#000000", "port": "#1f4e9c"}
#: Place kinds shown in the "Enforcement" layer rather than with the other places.
ENFORCEMENT_KINDS = frozenset({"military_base", "naval_base", "air_base", "police_base", "police_station"})
FLOW_COLOUR = "#8c8c8c"
RANGE_COLOUR = "#555555"
#: Colour of event markers and tracks.
EVENT_COLOUR = "#e7298a"
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
#: Line width of a leg without a volume figure, in CSS pixels.
LEG_WIDTH_PX = 3.5
#: Pixels of width per kg/day of capacity, over a base of 2.5 px (the air bridge's 1,200 kg/day → 8.5 px).
CAPACITY_PX_PER_KG_DAY = 1 / 200
#: Pixels of width per percentage point of a destination share, over a base of 1.5 px.
SHARE_PX_PER_PCT = 0.2
#: No line is drawn wider than this, whatever its volume.
MAX_LINE_WIDTH_PX = 20.0


def drawing_of(props: dict) -> str:
    """A feature's ``drawing`` (``located`` when the layer does not carry the field yet)."""
    value = json_safe(props.get("drawing"))
    return value if value in DRAWING_STYLES else "located"


def capacity_kg_per_day(props: dict) -> float | None:
    """``payload_kg_per_flight`` × ``flights_max_per_day`` of a leg's route, or ``None``."""
    payload = json_safe(props.get("route payload_kg_per_flight"))
    flights = json_safe(props.get("route flights_max_per_day"))
    if payload is None or flights is None:
        return None
    return float(payload) * float(flights)


def line_width_px(props: dict) -> float:
    """Width in CSS pixels of a leg or flow line on the map.

    A destination share is drawn ``1.5 + 0.2 × share_pct`` px wide (:data:`SHARE_PX_PER_PCT`); a leg of a
    route with a capacity figure (``payload_kg_per_flight`` × ``flights_max_per_day``, the article's
    air bridge: 300 kg × 4 = 1,200 kg/day) ``2.5 + capacity_kg_per_day / 200`` px
    (:data:`CAPACITY_PX_PER_KG_DAY`); any other leg :data:`LEG_WIDTH_PX`. Never wider than
    :data:`MAX_LINE_WIDTH_PX`. (Before the factor of an illustrative drawing, :data:`DRAWING_STYLES`.)
    """
    share = json_safe(props.get("share_pct"))
    if share is not None:
        return min(1.5 + SHARE_PX_PER_PCT * float(share), MAX_LINE_WIDTH_PX)
    capacity = capacity_kg_per_day(props)
    if capacity is not None:
        return min(2.5 + CAPACITY_PX_PER_KG_DAY * capacity, MAX_LINE_WIDTH_PX)
    return LEG_WIDTH_PX


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
