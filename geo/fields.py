"""What each layer field is called for a reader: one table for the map's popups and ``layers/README.md``.

:data:`FIELDS` gives, for every field that the layers carry, the label a reader sees on the map, its
unit, and whether it is a figure for everyone (``"main"``) or a technical field that goes into a
popup's folded "Details" part (``"details"``). The table "Labels on the map" in ``layers/README.md``
is this table (a test checks that they agree). Fields that are not in the table (a scenario's own
figures, such as ``payload_kg_per_flight``) are labelled from their names by :func:`field_label`,
with the unit read from the name's suffix (:data:`UNIT_SUFFIXES`).
"""

from __future__ import annotations

import re

__all__ = ["FIELDS", "UNIT_SUFFIXES", "field_label", "is_detail"]

#: field -> (label on the map, unit or "", "main" or "details")
FIELDS: dict[str, tuple[str, str, str]] = {
    "confidence": ("Confidence (the source's hedge)", "", "main"),
    "drawing": ("Drawing (how the line or shape was placed)", "", "main"),
    "drawing_note": ("Why drawn so", "", "main"),
    "period_start": ("From", "", "main"),
    "period_end": ("Until", "", "main"),
    "note": ("Note", "", "main"),
    "area_km2": ("Area", "km²", "main"),
    "official_area_km2": ("Official area", "km²", "main"),
    "length_km": ("Length", "km", "main"),
    "share_pct": ("Share of the cocaine", "%", "main"),
    "destination": ("Destination", "", "main"),
    "mode": ("Mode of transport", "", "main"),
    "route_name": ("Route", "", "main"),
    "stops": ("Stops", "", "main"),
    "modes": ("Modes", "", "main"),
    "country": ("Country", "", "main"),
    "countries": ("Countries passed", "", "main"),
    "regions": ("Regions passed", "", "main"),
    "border_crossings": ("Border crossings", "", "main"),
    "from_country": ("From country", "", "main"),
    "to_country": ("To country", "", "main"),
    "km_from_start": ("Distance from the route's start", "km", "main"),
    "fits_aircraft_range": ("Within the aircraft's range, one way", "", "main"),
    "fits_aircraft_range_round_trip": ("Within the aircraft's range, there and back", "", "main"),
    "nearest_military_base_km": ("Nearest military base", "km", "main"),
    "distance_to_border_km": ("Distance to the nearest land border", "km", "main"),
    "places_inside": ("Places inside", "", "main"),
    "geometry_kind": ("Geometry kind", "", "details"),
    "geometry_basis": ("How the geometry was made", "", "details"),
    "coord_source": ("Coordinate source", "", "details"),
    "source_refs": ("Sources, full titles", "", "details"),
    "length_nm": ("Length", "nmi", "details"),
    "perimeter_km": ("Perimeter", "km", "details"),
    "area_gap_pct": ("Area gap to the official figure", "%", "details"),
    "official_area_source": ("Source of the official area", "", "details"),
    "route_id": ("Route id", "", "details"),
    "leg_seq": ("Leg number in the route", "", "details"),
    "leg_count": ("Legs", "", "details"),
    "from_id": ("Start place id", "", "details"),
    "to_id": ("End place id", "", "details"),
    "lane_join_from_km": ("Start port to the sea-lane network", "km", "details"),
    "lane_join_to_km": ("End port to the sea-lane network", "km", "details"),
    "in_regions": ("In regions", "", "details"),
    "region_id": ("Assigned region", "", "details"),
    "nearest_military_base_id": ("Nearest military base id", "", "details"),
    "lon": ("Longitude", "°", "details"),
    "lat": ("Latitude", "°", "details"),
}

#: Unit suffixes of field names (longest first), the unit shown and the words left in the label.
UNIT_SUFFIXES: list[tuple[str, str, str]] = [
    ("_kg_per_flight", "kg", "per flight"),
    ("_eur_per_kg", "€ per kg", ""),
    ("_t_per_year", "t a year", ""),
    ("_usd_per_year", "US$ a year", ""),
    ("_per_day", "a day", ""),
    ("_per_year", "a year", ""),
    ("_km2", "km²", ""),
    ("_km", "km", ""),
    ("_nm", "nmi", ""),
    ("_pct", "%", ""),
    ("_usd", "US$", ""),
    ("_ha", "ha", ""),
    ("_t", "t", ""),
    ("_count", "", ""),
]


def field_label(field: str) -> tuple[str, str]:
    """The label and unit of a field, for a reader.

    Parameters
    ----------
    field : str
        A layer field (``area_km2``), or a route figure shown on a leg (``route payload_kg_per_flight``).

    Returns
    -------
    tuple of (str, str)
        The label and the unit (``""`` when none): from :data:`FIELDS`, else from the name, its unit
        read from the suffix (``payload_kg_per_flight`` → ``("Payload per flight", "kg")``).
    """
    name = field[len("route "):] if field.startswith("route ") else field
    if name in FIELDS:
        label, unit, _ = FIELDS[name]
        return label, unit
    for suffix, unit, words in UNIT_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)].replace("_", " ")
            text = f"{stem} {words}".strip()
            return text[:1].upper() + text[1:], unit
    if not re.fullmatch(r"[a-z0-9_]+", name):
        return name, ""  # a user's own column name, shown as written
    text = readable(name)
    return text[:1].upper() + text[1:], ""


def readable(code) -> str:
    """A code as words for a reader (``coca_region`` -> ``coca region``); any other text (a user's
    free-text kind or column name) is returned as written, so that it is shown literally."""
    text = str(code)
    return text.replace("_", " ") if re.fullmatch(r"[a-z0-9_]+", text) else text


def is_detail(field: str) -> bool:
    """Whether a field belongs to a popup's folded "Details" part (:data:`FIELDS`; others are main)."""
    name = field[len("route "):] if field.startswith("route ") else field
    return FIELDS.get(name, ("", "", "main"))[2] == "details"
