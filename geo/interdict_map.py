"""The what-if paths on the map: least-cost paths before and after the interventions as two layer
groups, with a control that switches between them (:mod:`geo.interdict`).

Text from the scenario reaches the page only as JSON data (escaped by folium's ``tojson``) and is
HTML-escaped before it is shown in a tooltip or popup.
"""

from __future__ import annotations

import html

import folium
from folium.plugins import GroupedLayerControl

__all__ = ["add_displacement", "displacement_map", "STATE_COLOURS", "STATE_TITLES"]

#: Line colour of each state (before: near-black, after: magenta; neither is a mode colour of the main map).
STATE_COLOURS = {"before": "#1A1A1A", "after": "#CC0099"}
STATE_TITLES = {"before": "Before the interventions", "after": "After the interventions"}
#: Dash pattern by the weakest confidence along the path (as the main map: reported solid).
_DASH = {"reported": None, "alleged": "10 6", "possible": "2 6"}
_FIELDS = [("pair_name", "pair"), ("path", "path"), ("modes", "modes"), ("length_km", "km"),
           ("cost_eur_per_kg", "€/kg (middle of the ranges)"), ("cost_low_eur_per_kg", "€/kg, low end"),
           ("cost_high_eur_per_kg", "€/kg, high end"), ("extra_km", "extra km"), ("extra_eur_per_kg", "extra €/kg"),
           ("countries", "km per country"), ("border_crossings", "border crossings"), ("confidence", "confidence"),
           ("drawing", "drawing"), ("drawing_note", "drawing note"), ("sources", "sources")]


def _escaped(value):
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.2f}"
    return html.escape(str(value), quote=True)


def _collection(displacement, state: str) -> dict:
    from .writers import to_geojson_dict

    rows = displacement[(displacement["state"] == state) & displacement.geometry.notna()]
    fc = to_geojson_dict(rows)
    for feature in fc["features"]:
        props = feature["properties"]
        feature["properties"] = {key: _escaped(props.get(key)) for key, _ in _FIELDS}
        feature["properties"]["_confidence"] = props.get("confidence")
    return fc


def add_displacement(m: folium.Map, displacement, *, position: str = "topleft") -> dict:
    """Add the paths before and after as two layer groups and a radio control switching between them.

    Parameters
    ----------
    m : folium.Map
        E.g. from :func:`geo.make_map`.
    displacement : geopandas.GeoDataFrame
        :attr:`geo.interdict.InterdictResult.displacement` (MultiLineString paths, EPSG:4326, with
        ``state`` "before"/"after"); rows without geometry (unreachable pairs) are not drawn.
    position : str, keyword-only
        Corner of the switch control.

    Returns
    -------
    dict of str to folium.FeatureGroup
        The two groups, by state. "Before" is shown first; the control shows one at a time.
    """
    groups = {}
    for state in ("before", "after"):
        group = folium.FeatureGroup(name=STATE_TITLES[state], show=True)
        fc = _collection(displacement, state)
        if fc["features"]:
            colour = STATE_COLOURS[state]
            folium.GeoJson(
                fc, name=STATE_TITLES[state],
                style_function=lambda f, colour=colour: {"color": colour, "weight": 7, "opacity": 0.75,
                                                         "dashArray": _DASH.get(f["properties"]["_confidence"])},
                tooltip=folium.GeoJsonTooltip(fields=["pair_name", "path", "cost_eur_per_kg"],
                                              aliases=["pair", "path", "€/kg"]),
                popup=folium.GeoJsonPopup(fields=[k for k, _ in _FIELDS], aliases=[a for _, a in _FIELDS]),
            ).add_to(group)
        group.add_to(m)
        groups[state] = group
    GroupedLayerControl({"What if: least-cost paths": [groups["before"], groups["after"]]}, exclusive_groups=True,
                        collapsed=False, position=position).add_to(m)
    return groups


def displacement_map(result, layers: dict, *, scenario=None, tiles: bool = True) -> folium.Map:
    """The scenario's map (:func:`geo.make_map`) with the what-if paths added (:func:`add_displacement`),
    fitted to them.

    Parameters
    ----------
    result : geo.interdict.InterdictResult
    layers : dict of str to geopandas.GeoDataFrame
        The scenario's layers (:func:`geo.build_layers`).
    scenario : Scenario, keyword-only
        For the sources, views and title.
    tiles : bool, keyword-only
        OpenStreetMap tiles (False: the toolkit's vector basemap only, for use without network).

    Returns
    -------
    folium.Map
    """
    from . import countries, make_map

    title = f"What if: {scenario.title}" if scenario is not None else "What if"
    m = make_map(layers, sources=scenario.sources if scenario is not None else None, title=title,
                 basemap=countries(), tiles=tiles, views=scenario.views if scenario is not None else None)
    add_displacement(m, result.displacement)
    drawn = result.displacement[result.displacement.geometry.notna()]
    if len(drawn):
        west, south, east, north = drawn.total_bounds
        m.fit_bounds([[float(south), float(west)], [float(north), float(east)]])
    return m
