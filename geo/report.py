"""The measurements report: route and leg lengths, region areas beside official figures, countries
and regions passed through, aircraft range checks and air-bridge capacity."""

from __future__ import annotations

import csv
import html
import io

import geopandas as gpd
import pandas as pd

from .provenance import weakest
from .scenario import Scenario
from .units import DAYS_PER_YEAR, KG_PER_T
from .writers import csv_cell, json_safe

__all__ = ["measurements", "measurements_csv", "measurements_markdown", "air_bridge_capacity", "summary_text"]

_CSV_COLUMNS = ["table", "subject_id", "subject_name", "quantity", "value", "unit", "note"]


def air_bridge_capacity(routes: gpd.GeoDataFrame, regions: gpd.GeoDataFrame) -> pd.DataFrame:
    """Daily and yearly capacity of one aircraft on each air route that has the article's figures.

    Parameters
    ----------
    routes : geopandas.GeoDataFrame
        The routes layer; rows with ``payload_kg_per_flight`` and ``flights_max_per_day`` are used.
    regions : geopandas.GeoDataFrame
        The regions layer; ``cocaine_hcl_capacity_t_per_year`` of the country row is set beside it.

    Returns
    -------
    pandas.DataFrame
        ``route_id``, ``payload_kg_per_flight``, ``flights_max_per_day``, ``capacity_kg_per_day``
        (= payload × flights), ``capacity_t_per_year`` (× 365 days), ``production_t_per_year``,
        ``capacity_share_of_production_pct``: the share of the national production figure that one
        aircraft flying at the stated maximum tempo all year could carry, and ``confidence``: the
        weakest of the route's and the production figure's region's (a derived figure is never surer
        than what it comes from).

    Notes
    -----
    An air bridge is counted once: only routes that carry both figures are rows, so a scenario that
    draws one air bridge to several landing countries puts its tempo on one route only.
    """
    cols = ["payload_kg_per_flight", "flights_max_per_day"]
    if not set(cols) <= set(routes.columns):
        return pd.DataFrame(columns=["route_id", *cols])
    sel = routes.dropna(subset=cols)
    production, production_confidence = None, None
    if "cocaine_hcl_capacity_t_per_year" in regions.columns:
        has = regions.dropna(subset=["cocaine_hcl_capacity_t_per_year"])
        if len(has):
            production = float(has["cocaine_hcl_capacity_t_per_year"].iloc[0])
            production_confidence = has["confidence"].iloc[0] if "confidence" in has.columns else None
    out = pd.DataFrame({"route_id": sel["id"].values,
                        "payload_kg_per_flight": sel["payload_kg_per_flight"].astype(float).values,
                        "flights_max_per_day": sel["flights_max_per_day"].astype(float).values})
    out["capacity_kg_per_day"] = out["payload_kg_per_flight"] * out["flights_max_per_day"]
    out["capacity_t_per_year"] = out["capacity_kg_per_day"] * DAYS_PER_YEAR / KG_PER_T
    out["production_t_per_year"] = production
    out["capacity_share_of_production_pct"] = (out["capacity_t_per_year"] / production * 100) if production else None
    if "confidence" in sel.columns:
        out["confidence"] = [weakest([c, production_confidence]) for c in sel["confidence"]]
    return out


def measurements(scenario: Scenario, layers: dict[str, gpd.GeoDataFrame]) -> pd.DataFrame:
    """All measurements in one long table.

    Parameters
    ----------
    scenario : Scenario
    layers : dict of str to geopandas.GeoDataFrame
        As returned by :func:`geo.build_layers`.

    Returns
    -------
    pandas.DataFrame
        Columns ``table`` (route, leg, crossing, place, region, air_bridge), ``subject_id``, ``subject_name``,
        ``quantity``, ``value``, ``unit``, ``note``; lengths geodesic on WGS84, areas geodesic.
    """
    rows = []
    aircraft = scenario.aircraft
    aircraft_source = scenario.sources[aircraft["source"]]["title"] if aircraft else ""

    def add(table, sid, name, quantity, value, unit, note=""):
        rows.append({"table": table, "subject_id": sid, "subject_name": name, "quantity": quantity,
                     "value": json_safe(value), "unit": unit, "note": note})

    for r in layers["routes"].itertuples():
        straight = getattr(r, "straight_line_km", 0) or 0
        note = "geodesic, WGS84" + (f"; includes {straight:,.1f} km of straight lines between towns (road and foot "
                                    "legs drawn through towns): not a travel distance" if straight else "")
        add("route", r.id, r.name, "length", r.length_km, "km", note)
        add("route", r.id, r.name, "length", r.length_nm, "nmi", note)
        add("route", r.id, r.name, "countries", r.countries, "km (share) per country", "Natural Earth 1:10m borders")
        add("route", r.id, r.name, "regions", r.regions, "km (share) per region", "scenario regions")
        add("route", r.id, r.name, "border_crossings", r.border_crossings, "", "land borders crossed, in order")
    for g in layers["legs"].itertuples():
        kind = getattr(g, "length_kind", None)
        if kind == "straight-line":
            quantity, note = "straight_line_length", (f"{g.mode}; straight lines between towns, not the length of the "
                                                      "road, path or river; geodesic, WGS84")
        else:
            quantity, note = "length", f"{g.mode}" + (f" ({kind})" if kind else "") + "; geodesic, WGS84"
        add("leg", g.id, g.name, quantity, g.length_km, "km", note)
        add("leg", g.id, g.name, quantity, g.length_nm, "nmi", note)
        add("leg", g.id, g.name, "countries", g.countries, "km per country", "")
        if g.mode == "sea":
            add("leg", g.id, g.name, "lane_join_from", g.lane_join_from_km, "km", "port to the searoute lane")
            add("leg", g.id, g.name, "lane_join_to", g.lane_join_to_km, "km", "lane to the port")
        if g.mode == "air" and aircraft:
            add("leg", g.id, g.name, "fits_aircraft_range", bool(g.fits_aircraft_range), "yes/no",
                f"{aircraft['name']}, range {aircraft['range_km']:,.0f} km ({aircraft_source})")
    for x in layers.get("crossings", pd.DataFrame()).itertuples():
        add("crossing", x.id, x.name, "km_from_start", x.km_from_start, "km",
            f"{x.from_country} to {x.to_country} at lon {x.geometry.x:.5f}, lat {x.geometry.y:.5f}")
    for p in layers["places"].itertuples():
        add("place", p.id, p.name, "region_id", p.region_id, "", "smallest region covering the place")
        add("place", p.id, p.name, "nearest_military_base_km", p.nearest_military_base_km, "km",
            f"to {p.nearest_military_base_id}; geodesic")
    for r in layers["regions"].itertuples():
        add("region", r.id, r.name, "area", r.area_km2, "km2", f"geodesic, WGS84; geometry: {r.geometry_kind}")
        add("region", r.id, r.name, "perimeter", r.perimeter_km, "km", "geodesic, WGS84")
        add("region", r.id, r.name, "distance_to_border", r.distance_to_border_km, "km",
            "to the nearest land border of the countries it lies in; geodesic")
        add("region", r.id, r.name, "places_inside", r.places_inside, "place ids", "")
        if pd.notna(r.official_area_km2):
            add("region", r.id, r.name, "official_area", r.official_area_km2, "km2", r.official_area_source)
            add("region", r.id, r.name, "area_gap", r.area_gap_pct, "%", "(area - official) / official")
    for c in air_bridge_capacity(layers["routes"], layers["regions"]).itertuples():
        for q, unit in (("capacity_kg_per_day", "kg/day"), ("capacity_t_per_year", "t/year"),
                        ("production_t_per_year", "t/year"), ("capacity_share_of_production_pct", "%")):
            add("air_bridge", c.route_id, c.route_id, q, getattr(c, q), unit,
                f"one aircraft at the route's payload and tempo, 365 days; confidence {getattr(c, 'confidence', '')}")
    return pd.DataFrame(rows, columns=_CSV_COLUMNS)


def measurements_csv(table: pd.DataFrame) -> str:
    """CSV text of :func:`measurements` (RFC 4180, ``\\n`` line ends); text a spreadsheet would run as a
    formula gets a leading ``'`` (:func:`geo.writers.csv_cell`)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(_CSV_COLUMNS)
    for row in table[_CSV_COLUMNS].itertuples(index=False, name=None):
        writer.writerow(["" if v is None else csv_cell(v) for v in row])
    return buf.getvalue()


def _md_text(text) -> str:
    """Text from data made inert in Markdown: HTML escaped, table pipes escaped, one line."""
    return html.escape(str(text), quote=False).replace("|", "\\|").replace("\n", " ")


def _md_table(df: pd.DataFrame) -> str:
    def cell(v):
        v = json_safe(v)
        if v is None:
            return ""
        if isinstance(v, float):
            v = f"{v:,.1f}"
        return _md_text(v)
    head = "| " + " | ".join(df.columns) + " |\n|" + "---|" * len(df.columns) + "\n"
    return head + "".join("| " + " | ".join(cell(v) for v in row) + " |\n" for row in df.itertuples(index=False))


def measurements_markdown(scenario: Scenario, layers: dict[str, gpd.GeoDataFrame]) -> str:
    """A readable Markdown report of the measurements (routes, legs, regions, air bridge)."""
    routes, legs, regions = layers["routes"], layers["legs"], layers["regions"]
    cap = air_bridge_capacity(routes, regions)
    parts = [
        f"# Measurements: {_md_text(scenario.title)}\n",
        "Lengths are geodesic on the WGS84 ellipsoid (pyproj); areas are geodesic. 1 nmi = 1,852 m. "
        "Countries from Natural Earth 1:10m. Geometries marked *sketch* are authored drawings, not official "
        "boundaries or traced roads; their numbers describe the drawing.\n",
        "## Routes\n",
        _md_table(routes[["id", "name", "modes", "length_km", "length_nm", "straight_line_km", "countries", "regions"]]),
        "\n`straight_line_km`: the part of the route's length made of straight lines between towns (road and foot "
        "legs, and river legs that do not follow a centreline): the road or path itself is longer.\n",
        "\n## Border crossings\n",
        _md_table(layers["crossings"][["route_id", "from_country", "to_country", "km_from_start"]].assign(
            lon=layers["crossings"].geometry.x.round(5), lat=layers["crossings"].geometry.y.round(5)))
        if len(layers.get("crossings", [])) else "No route crosses a land border.\n",
        "\n## Legs\n",
        _md_table(legs[["id", "mode", "length_km", "length_nm", "length_kind", "fits_aircraft_range",
                        "fits_aircraft_range_round_trip", "lane_join_from_km", "lane_join_to_km", "countries",
                        "confidence", "drawing"]]),
        "\n`length_kind`: what `length_km` measures. A *straight-line* length is the sum of straight geodesic "
        "segments between towns chosen for drawing, not the length of a road, path or river.\n",
        "\n`lane_join_from_km` / `lane_join_to_km`: sea legs only, the geodesic distance from each port to the point "
        "where it joins the searoute lane network (drawn as a straight link).\n",
        (f"\n`fits_aircraft_range`: air legs only, one way, against the {scenario.aircraft['name']}'s range of "
         f"{scenario.aircraft['range_km']:,.0f} km ({scenario.sources[scenario.aircraft['source']]['title']}); `_round_trip`: "
         "there and back without refuelling.\n" if scenario.aircraft else "\nNo aircraft is named: air legs are not "
         "checked against a range.\n"),
        "\n## Regions\n",
        _md_table(regions[["id", "name", "area_km2", "perimeter_km", "official_area_km2", "area_gap_pct",
                           "distance_to_border_km", "geometry_kind"]]),
        "\n`area_gap_pct` = (area − official area) / official area; each official area's source is in the "
        "regions layer (`official_area_source`).\n",
        "\n## Places\n",
        _md_table(layers["places"][["id", "kind", "region_id", "in_regions", "nearest_military_base_id",
                                    "nearest_military_base_km"]]),
        "\n`region_id`: the smallest region covering the place (each place is assigned once); `in_regions`: all.\n",
        "\n## Air bridge capacity\n",
        _md_table(cap) if len(cap) else "No route carries payload and flight figures.\n",
        "\nOne aircraft at the stated maximum tempo of each air bridge (payload a flight × flights a day), set "
        "beside the national production figure; an air bridge drawn to several landing countries carries its "
        "tempo on one route and is counted once. `confidence` is the weakest of the figures it is made from.\n",
    ]
    return "".join(parts)


def summary_text(layers: dict[str, gpd.GeoDataFrame]) -> str:
    """A few lines for the terminal: counts, the longest routes, regions against official areas."""
    routes, regions = layers["routes"], layers["regions"]
    lines = [f"layers: {', '.join(f'{k} {len(v)}' for k, v in layers.items())}", "routes (geodesic):"]
    for r in routes.sort_values("length_km", ascending=False).itertuples():
        straight = getattr(r, "straight_line_km", 0) or 0
        lines.append(f"  {r.id:<28} {r.length_km:>10,.1f} km {r.length_nm:>9,.1f} nmi  [{r.modes}]"
                     + (f"  ({straight:,.1f} km straight-line between towns)" if straight else ""))
    lines.append("regions (geodesic area):")
    for r in regions.itertuples():
        gap = f" (gap {r.area_gap_pct:+.1f} %)" if pd.notna(r.area_gap_pct) else " (no gap: the geometry is a sketch)"
        official = f"  official {r.official_area_km2:,.1f} km²{gap}" if pd.notna(r.official_area_km2) else ""
        lines.append(f"  {r.id:<28} {r.area_km2:>12,.1f} km²  {r.geometry_kind}{official}")
    return "\n".join(lines)
