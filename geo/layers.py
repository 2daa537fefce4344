"""Building the scenario's layers: places, regions, legs, routes and flows as GeoDataFrames.

Every layer is EPSG:4326 (lon, lat). Every feature carries ``id``, ``name``, ``kind``, ``sources``
(ids of the scenario's sources, ``"; "``-separated), ``source_refs`` (their titles),
``confidence`` (the source's own hedge: reported / alleged / possible), ``drawing`` (how we placed
the geometry: located / approximate / illustrative) with ``drawing_note`` (why), ``geometry_kind``
(``official_boundary``, ``dataset``, ``computed`` or ``sketch``) and ``geometry_basis`` (how the
geometry was made), plus its figures with the unit in each name. A leg, a route, a flow or a crossing
takes the weakest drawing (and a crossing the weakest confidence) of what it is made from; see
:mod:`geo.provenance`.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .countries import NATURAL_EARTH_CITATION, _countries, country_polygon
from .errors import RoutingError, ScenarioError
from .measure import buffer_m, geodesic_area_m2, geodesic_length_m, geodesic_perimeter_m
from .official import OFFICIAL_CITATION, OFFICIAL_COUNTRY, dissolve_units, place_unit_codes
from .provenance import DRAWING_LEVELS, weakest
from .overlay import (
    assign_places,
    border_crossings,
    distance_between_geometries_m,
    land_border,
    length_by_area_text,
    nearest_of_kind,
)
from .routing import great_circle, leg_geometry
from .scenario import Scenario
from .units import M_PER_KM, m2_to_km2, m_to_km, m_to_nm

__all__ = ["build_layers", "LAYER_NAMES"]

#: Themes written by the build, in drawing order.
LAYER_NAMES = ("regions", "routes", "legs", "flows", "crossings", "places")




def _refs(scenario: Scenario, ids: list[str]) -> str:
    sources = scenario.sources
    return "; ".join(sources[i]["title"] + (f" ({sources[i]['author']})" if sources[i].get("author") else "")
                     for i in ids)


def _coord_source_ids(scenario: Scenario, item: dict) -> list[str]:
    """Ids of the sources behind an item's coordinates (a place's own, a region's points, legs' waypoints)."""
    places = scenario.places_by_id
    texts = [item["coord_source"]] if "coord_source" in item else []
    spec = item.get("geometry", {})
    texts += [places[p]["coord_source"] for p in spec.get("places", [])]
    texts += [a["coord_source"] for a in spec.get("anchors", [])]
    texts += [v["coord_source"] for leg in item.get("legs", []) for v in leg.get("via", [])]
    ids = [t.split()[0] for t in texts]
    if item.get("official_area_source"):
        ids.append(item["official_area_source"])
    return ids


def _common(scenario: Scenario, item: dict, *, kind: str) -> dict:
    ids = list(dict.fromkeys([*item["sources"], *_coord_source_ids(scenario, item)]))
    return {
        "id": item["id"],
        "name": item["name"],
        "kind": kind,
        "confidence": item["confidence"],
        "drawing": item.get("drawing"),
        "drawing_note": item.get("drawing_note"),
        "sources": "; ".join(ids),
        "source_refs": _refs(scenario, ids),
        "period_start": item.get("period_start"),
        "period_end": item.get("period_end"),
        "note": item.get("note"),
    }


_COMMON = ["id", "name", "kind", "confidence", "drawing", "drawing_note", "sources", "source_refs", "period_start", "period_end", "note"]
_PLACE_COLUMNS = [*_COMMON, "country", "lon", "lat", "coord_source", "geometry_kind", "geometry_basis"]
_REGION_COLUMNS = [*_COMMON, "geometry_kind", "geometry_basis", "official_area_km2", "official_area_source"]
_LEG_COLUMNS = ["id", "name", "kind", "route_id", "route_name", "leg_seq", "from_id", "to_id", "mode", "confidence",
                "drawing", "drawing_note", "sources", "source_refs", "period_start", "period_end", "geometry_kind", "geometry_basis",
                "length_kind", "lane_join_from_km", "lane_join_to_km"]
_ROUTE_COLUMNS = [*_COMMON, "modes", "leg_count", "stops", "geometry_kind", "geometry_basis"]
_FLOW_COLUMNS = [*_COMMON, "destination", "share_pct", "from_id", "to_id", "geometry_kind", "geometry_basis"]


def _with_figures(rows: list[dict], figures: list[dict], columns: list[str]) -> pd.DataFrame:
    """Rows (with these columns, even when there are none) plus one column per figure name
    (sorted), null where a feature lacks that figure."""
    names = sorted({k for f in figures for k in f})
    df = pd.DataFrame(rows, columns=columns)
    for name in names:
        df[name] = pd.array([f.get(name) for f in figures], dtype="Float64")
    return df


def _places(scenario: Scenario) -> gpd.GeoDataFrame:
    rows, figures, pts = [], [], []
    for p in scenario.places:
        row = _common(scenario, p, kind=p["kind"])
        row["drawing"] = p.get("drawing", "located")
        row.update(country=p.get("country"), lon=p["lon"], lat=p["lat"], coord_source=p["coord_source"],
                   geometry_kind="dataset", geometry_basis=f"point: coordinate from {p['coord_source']}")
        rows.append(row)
        figures.append(p.get("figures", {}))
        pts.append((p["lon"], p["lat"]))
    df = _with_figures(rows, figures, _PLACE_COLUMNS)
    return gpd.GeoDataFrame(df, geometry=shapely.points(np.asarray(pts, dtype=float).reshape(-1, 2)), crs="EPSG:4326")


def _region_geometry(scenario: Scenario, region: dict):
    spec = region["geometry"]
    method = spec["method"]
    if method == "countries":
        geom = shapely.union_all([country_polygon(c) for c in spec["iso_a3"]])
        return geom, "dataset", f"dataset: {NATURAL_EARTH_CITATION}, country polygon(s) {', '.join(spec['iso_a3'])}"
    if method == "border_strip":
        country = country_polygon(spec["country"])
        neighbour = country_polygon(spec["neighbour"])
        geom = shapely.intersection(country, buffer_m(neighbour, spec["width_m"]))
        km = spec["width_m"] / M_PER_KM
        return geom, "computed", (f"computed: the part of {spec['country']} within {km:g} km of {spec['neighbour']} "
                                  f"(buffer in metres, local azimuthal equidistant projection), from {NATURAL_EARTH_CITATION}")
    # buffered_hull
    places = scenario.places_by_id
    pts = [(places[i]["lon"], places[i]["lat"]) for i in spec.get("places", [])]
    pts += [(a["lon"], a["lat"]) for a in spec.get("anchors", [])]
    # hull and buffer in one local projection: points on both sides of ±180° make a small region
    geom = buffer_m(shapely.multipoints(np.asarray(pts, dtype=float)), spec["buffer_m"], hull=True)
    clip = spec.get("clip_to")
    if clip:
        geom = shapely.intersection(geom, shapely.union_all([country_polygon(c) for c in clip]))
    names = [places[i]["name"] for i in spec.get("places", [])] + [a["name"] for a in spec.get("anchors", [])]
    basis = (f"sketch (not an official boundary): convex hull of {len(pts)} cited points ({', '.join(names)}) "
             f"buffered by {spec['buffer_m'] / M_PER_KM:g} km in metres"
             + (f", clipped to {', '.join(clip)} ({NATURAL_EARTH_CITATION})" if clip else ""))
    return geom, "sketch", basis


def _official_geometry(scenario: Scenario, region: dict, files: dict):
    spec = region["official"]
    try:
        geom, names = dissolve_units(spec["level"], spec["ubigeo"], files)
    except KeyError as exc:
        raise scenario.error(["regions", scenario.regions.index(region), "official", "ubigeo"], exc.args[0]) from exc
    listed = ", ".join(f"{c} {n.title()}" for c, n in zip(spec["ubigeo"], names))
    basis = f"official boundary: union of {len(names)} INEI {spec['level']}(s) ({listed}); {OFFICIAL_CITATION}"
    if spec.get("newer_units"):
        basis += ("; newer units drawn within their parent: "
                  + ", ".join(f"{u['name']} {u['ubigeo']} in {u['covered_by']}" for u in spec["newer_units"]))
    if spec.get("note"):
        basis += f". {spec['note']}"
    return geom, "official_boundary", basis


#: A region's drawing when the scenario declares none, by how its geometry was made.
_REGION_DRAWING = {
    "official_boundary": ("located", None),
    "dataset": ("located", None),
    "computed": ("approximate", "computed from a dataset with a width or rule chosen for drawing (see geometry_basis)"),
    "sketch": ("approximate", "a sketch around cited points, not the region's boundary"),
}


def region_parts_drawing(region: dict) -> str:
    """The best drawing a region's sketch allows: ``approximate`` (a sketch around cited points), or
    weaker where one of its ``anchors`` declares a weaker ``drawing``."""
    anchors = region["geometry"].get("anchors", [])
    return weakest(["approximate", *(a.get("drawing", "located") for a in anchors)])


def _regions(scenario: Scenario, official_files: dict | None) -> gpd.GeoDataFrame:
    rows, figures, geoms = [], [], []
    for r in scenario.regions:
        if r.get("official") and official_files:
            geom, geometry_kind, basis = _official_geometry(scenario, r, official_files)
        else:
            geom, geometry_kind, basis = _region_geometry(scenario, r)
            if r.get("official"):
                basis += ("; the official units (INEI " + r["official"]["level"] + " "
                          + ", ".join(r["official"]["ubigeo"]) + ") are used once `python -m geo data fetch` has run")
        if geom.is_empty:
            raise scenario.error(["regions", scenario.regions.index(r), "geometry"],
                                 "the region's geometry is empty (nothing left after clipping to clip_to)")
        row = _common(scenario, r, kind=r["kind"])
        if geometry_kind == "official_boundary":
            ids = list(dict.fromkeys([*row["sources"].split("; "), *r["official"]["sources"]]))
            row.update(sources="; ".join(ids), source_refs=_refs(scenario, ids))
        row.update(geometry_kind=geometry_kind, geometry_basis=basis)
        if row["drawing"] is None:
            row["drawing"], row["drawing_note"] = _REGION_DRAWING[geometry_kind]
            if geometry_kind == "sketch":  # a sketch is no surer than the anchors it is drawn around
                row["drawing"] = region_parts_drawing(r)
        row["official_area_km2"] = r.get("official_area_km2")
        src = r.get("official_area_source")
        row["official_area_source"] = _refs(scenario, [src]) if src else None
        rows.append(row)
        figures.append(r.get("figures", {}))
        geoms.append(shapely.make_valid(geom))
    df = _with_figures(rows, figures, _REGION_COLUMNS)
    geoms = np.asarray(geoms, dtype=object)
    area = m2_to_km2(geodesic_area_m2(geoms))
    df.insert(df.columns.get_loc("official_area_km2"), "area_km2", np.round(area, 1))
    df.insert(df.columns.get_loc("official_area_km2"), "perimeter_km", np.round(m_to_km(geodesic_perimeter_m(geoms)), 1))
    df["official_area_km2"] = pd.array(df["official_area_km2"], dtype="Float64")
    official = df["official_area_km2"].to_numpy(dtype=float, na_value=np.nan)
    gap = (area - official) / official * 100
    # A gap compares like with like: a sketch is not the official unit, so it gets none.
    gap[(df["geometry_kind"] == "sketch").to_numpy(dtype=bool)] = np.nan
    df.insert(df.columns.get_loc("official_area_source"), "area_gap_pct", pd.array(np.round(gap, 1), dtype="Float64"))
    return gpd.GeoDataFrame(df, geometry=geoms, crs="EPSG:4326")


def _crossings_text(lines: gpd.GeoDataFrame, crossings: gpd.GeoDataFrame, key: str = "line_id") -> list[str | None]:
    text = {lid: "; ".join(f"{r.from_country}→{r.to_country} at km {r.km_from_start:,.1f} ({r.geometry.x:.3f}, {r.geometry.y:.3f})"
                           for r in grp.itertuples())
            for lid, grp in crossings.groupby(key, sort=False)}
    return [text.get(lid) for lid in lines["id"]]


#: The best drawing a leg's mode allows, and why. No leg is "located": no source gives a track.
#: Great circles, sea lanes and river centrelines approximate the way; straight lines through towns
#: that no source names stand in for a road or path nobody located.
_MODE_DRAWING = {
    "air": ("approximate", "a great circle between the end points; the flight path is not known"),
    "helicopter": ("approximate", "a great circle between the end points; the flight path is not known"),
    "sea": ("approximate", "a sea lane of a lane network between the ports, not a reported track"),
    "river": ("approximate", "along the river's centreline"),
    "road": ("illustrative", "straight lines between towns chosen for drawing; no source names this path "
                             "and the road is not traced"),
    "foot": ("illustrative", "straight lines between towns chosen for drawing; no source names this path "
                             "and the path is not traced"),
}
_CHORD_NOTE = "a straight line between towns chosen for drawing; the river's course is not traced"


def leg_parts_drawing(scenario: Scenario, leg: dict, basis: str) -> tuple[str, list[tuple[str, str | None]]]:
    """The weakest drawing of what a leg is drawn from: its mode (:data:`_MODE_DRAWING`; a river leg
    is approximate only where it follows a centreline), its end points and its waypoints.

    Parameters
    ----------
    scenario : Scenario
    leg : dict
        A leg of a route of the scenario (``from``, ``to``, ``mode``, optional ``via``).
    basis : str
        The leg's ``geometry_basis`` (:func:`geo.routing.leg_geometry`).

    Returns
    -------
    (str, list of (str, str or None))
        The weakest level, and every part's level with the reason it has it.
    """
    mode_level, mode_note = _MODE_DRAWING[leg["mode"]]
    if leg["mode"] == "river" and "centreline" not in basis:
        mode_level, mode_note = "illustrative", _CHORD_NOTE
    places = scenario.places_by_id
    parts = [(mode_level, mode_note)]
    for end in ("from", "to"):
        p = places[leg[end]]
        level = p.get("drawing", "located")
        parts.append((level, f"{p['name']}: {p['drawing_note']}" if p.get("drawing_note") else
                      (f"{p['name']} is {level}" if level != "located" else None)))
    for v in leg.get("via", []):
        level = v.get("drawing", "located")
        parts.append((level, f"waypoint {v['name']}: {v['drawing_note']}" if v.get("drawing_note") else
                      (f"waypoint {v['name']} is {level}" if level != "located" else None)))
    return weakest(p[0] for p in parts), parts


def leg_drawing(scenario: Scenario, leg: dict, basis: str) -> tuple[str, str | None]:
    """The drawing of one leg: the scenario's ``drawing`` where it declares one (``python -m geo
    audit`` reports a declaration surer than the parts), else :func:`leg_parts_drawing`.

    Returns
    -------
    (str, str or None)
        ``drawing`` and ``drawing_note`` (the leg's own note, then the reasons of its weakest parts).
    """
    level, parts = leg_parts_drawing(scenario, leg, basis)
    if "drawing" in leg:
        level = leg["drawing"]
    notes = [n for lv, n in parts if lv == level and n]
    if leg.get("drawing_note"):
        notes.insert(0, leg["drawing_note"])
    return level, "; ".join(dict.fromkeys(notes)) or None


def _legs(scenario: Scenario) -> gpd.GeoDataFrame:
    places = scenario.places_by_id
    rows, geoms, problems = [], [], []
    for ri, route in enumerate(scenario.routes):
        for li, leg in enumerate(route["legs"]):
            a, b = places[leg["from"]], places[leg["to"]]
            via = [(v["lon"], v["lat"]) for v in leg.get("via", [])]
            names = [v["name"] for v in leg.get("via", [])]
            try:
                geom, basis, extra = leg_geometry(leg["mode"], (a["lon"], a["lat"]), (b["lon"], b["lat"]), via, names,
                                                    closed_passages=leg.get("closed_passages", ()),
                                                    place_names=(a["name"], b["name"]))
            except RoutingError as exc:
                problems.append(scenario.problem(["routes", ri, "legs", li, "mode"], str(exc), leg["mode"]))
                continue
            drawing, drawing_note = leg_drawing(scenario, leg, basis)
            if route.get("drawing") and weakest([route["drawing"], drawing]) != drawing:  # a route declared weaker
                drawing = route["drawing"]
                drawing_note = "; ".join(n for n in (route.get("drawing_note"), drawing_note) if n) or None
            extra = {k: v for k, v in extra.items() if k not in ("drawing", "drawing_note")}  # decided above
            rows.append({
                "id": f"{route['id']}__{li + 1}",
                "name": f"{a['name']} → {b['name']}",
                "kind": "leg",
                "route_id": route["id"],
                "route_name": route["name"],
                "leg_seq": li + 1,
                "from_id": a["id"],
                "to_id": b["id"],
                "mode": leg["mode"],
                "confidence": leg.get("confidence", route["confidence"]),
                "drawing": drawing,
                "drawing_note": drawing_note,
                "sources": "; ".join(route["sources"]),
                "source_refs": _refs(scenario, route["sources"]),
                "period_start": route.get("period_start"),
                "period_end": route.get("period_end"),
                "geometry_kind": "computed" if leg["mode"] in ("air", "helicopter", "sea") else "sketch",
                "geometry_basis": basis,
                **extra,
            })
            geoms.append(geom)
    if problems:
        raise ScenarioError(str(scenario.path), problems)
    df = pd.DataFrame(rows, columns=_LEG_COLUMNS)
    geoms = np.asarray(geoms, dtype=object)
    length_m = geodesic_length_m(geoms)
    df["length_km"] = np.round(m_to_km(length_m), 1)
    df["length_nm"] = np.round(m_to_nm(length_m), 1)
    # Air legs against the range of the scenario's aircraft (none named: unknown). The Peru article's
    # planes land and fly back to the VRAEM: without refuelling that needs twice the leg.
    aircraft = scenario.aircraft
    air = (df["mode"] == "air").to_numpy(dtype=bool) & (aircraft is not None)
    range_km = aircraft["range_km"] if aircraft else np.inf
    df["fits_aircraft_range"] = pd.array(np.where(air, m_to_km(length_m) <= range_km, None), dtype="boolean")
    df["fits_aircraft_range_round_trip"] = pd.array(np.where(air, 2 * m_to_km(length_m) <= range_km, None),
                                                    dtype="boolean")
    return gpd.GeoDataFrame(df, geometry=geoms, crs="EPSG:4326")


def _routes(scenario: Scenario, legs: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    rows, figures, geoms = [], [], []
    for route in scenario.routes:
        mine = legs.loc[legs["route_id"] == route["id"]].sort_values("leg_seq")
        row = _common(scenario, route, kind="route")
        modes = list(dict.fromkeys(mine["mode"]))
        levels = [*mine["drawing"], *([route["drawing"]] if route.get("drawing") else [])]
        row["drawing"] = weakest(levels)
        if not route.get("drawing_note") and row["drawing"] != "located":
            weak = mine.loc[mine["drawing"] == row["drawing"], "leg_seq"].astype(str)
            row["drawing_note"] = (f"the weakest drawing of its legs (leg {', '.join(weak)}; see the legs layer)"
                                   if len(weak) else None)
        row.update(modes=", ".join(modes), leg_count=len(mine),
                   stops=" → ".join([scenario.places_by_id[mine["from_id"].iloc[0]]["name"]]
                                    + [scenario.places_by_id[t]["name"] for t in mine["to_id"]]),
                   geometry_kind="sketch" if (mine["geometry_kind"] == "sketch").any() else "computed",
                   geometry_basis="the route's legs, in order (see the legs layer for each leg's basis)")
        rows.append(row)
        figures.append(route.get("figures", {}))
        # legs split at the antimeridian are MultiLineStrings: the route is all their parts, in order
        geoms.append(shapely.MultiLineString(list(shapely.get_parts(mine.geometry.values))))
    df = _with_figures(rows, figures, _ROUTE_COLUMNS)
    geoms = np.asarray(geoms, dtype=object)
    length_m = geodesic_length_m(geoms)
    df.insert(df.columns.get_loc("geometry_kind"), "length_km", np.round(m_to_km(length_m), 1))
    df.insert(df.columns.get_loc("geometry_kind"), "length_nm", np.round(m_to_nm(length_m), 1))
    straight = legs.loc[legs["length_kind"] == "straight-line"].groupby("route_id")["length_km"].sum()
    df.insert(df.columns.get_loc("geometry_kind"), "straight_line_km",
              np.minimum(np.round(df["id"].map(straight).fillna(0.0).to_numpy(dtype=float), 1), df["length_km"]))
    return gpd.GeoDataFrame(df, geometry=geoms, crs="EPSG:4326")


def _flows(scenario: Scenario) -> gpd.GeoDataFrame:
    places = scenario.places_by_id
    rows, geoms = [], []
    for f in scenario.flows:
        a, b = places[f["from"]], places[f["to"]]
        row = _common(scenario, f, kind="flow")
        if row["drawing"] is None:
            row["drawing"] = weakest(["illustrative", a.get("drawing", "located"), b.get("drawing", "located")])
        if row["drawing_note"] is None:
            row["drawing_note"] = (f"a great circle between drawing anchors ({a['name']}, {b['name']}); "
                                   f"the source gives the share by destination only, not a path")
        row.update(destination=f["destination"], share_pct=float(f["share_pct"]), from_id=a["id"], to_id=b["id"],
                   geometry_kind="sketch",
                   geometry_basis=(f"sketch: great circle from {a['name']} to {b['name']}, a drawing anchor for "
                                   f"'{f['destination']}'; the source gives the share by continent only"))
        rows.append(row)
        geoms.append(great_circle([(a["lon"], a["lat"]), (b["lon"], b["lat"])]))
    df = pd.DataFrame(rows, columns=_FLOW_COLUMNS)
    geoms = np.asarray(geoms, dtype=object)
    length_m = geodesic_length_m(geoms)
    df["length_km"] = np.round(m_to_km(length_m), 1)
    df["length_nm"] = np.round(m_to_nm(length_m), 1)
    return gpd.GeoDataFrame(df, geometry=geoms, crs="EPSG:4326")


#: How far (km) a place may lie outside the Natural Earth 1:10m polygon of its declared country: ports
#: and towns on a coast or a border river can fall just outside the generalised outline.
COUNTRY_TOLERANCE_KM = 30.0


def _check_geography(scenario: Scenario) -> None:
    """Country codes exist in Natural Earth, and every place lies in (or within
    COUNTRY_TOLERANCE_KM of) the country it declares: this catches swapped longitude and latitude."""
    world = _countries()  # read only: the cached frame, not a copy
    known = set(world["iso_a3"])
    problems = []

    def need(code, path):
        if code is not None and code not in known:
            problems.append(scenario.problem(path, "unknown country code (ISO 3166-1 alpha-3, as in Natural Earth)", code))
            return False
        return code is not None

    need(scenario.focus_country, ["scenario", "focus_country"])
    for i, region in enumerate(scenario.regions):
        spec = region["geometry"]
        for j, code in enumerate(spec.get("clip_to", [])):
            need(code, ["regions", i, "geometry", "clip_to", j])
        for j, code in enumerate(spec.get("iso_a3", [])):
            need(code, ["regions", i, "geometry", "iso_a3", j])
        for key in ("country", "neighbour"):
            if key in spec:
                need(spec[key], ["regions", i, "geometry", key])
    for i, place in enumerate(scenario.places):
        if not need(place.get("country"), ["places", i, "country"]):
            continue
        pt = shapely.Point(place["lon"], place["lat"])
        poly = country_polygon(place["country"])
        if shapely.covers(poly, pt):
            continue
        off_km = distance_between_geometries_m(pt, poly) / M_PER_KM
        if off_km > COUNTRY_TOLERANCE_KM:
            swapped = shapely.covers(poly, shapely.Point(place["lat"], place["lon"])) if abs(place["lon"]) <= 90 else False
            hint = "; longitude and latitude look swapped" if swapped else ""
            problems.append(scenario.problem(
                ["places", i, "lon"],
                f"(lon, lat) = ({place['lon']}, {place['lat']}) lies {off_km:,.0f} km outside {place['country']}{hint}",
                [place["lon"], place["lat"]]))
    if problems:
        raise ScenarioError(str(scenario.path), problems)


def build_layers(scenario: Scenario, *, official_files: dict | None = None) -> dict[str, gpd.GeoDataFrame]:
    """Build every layer of a scenario in memory.

    Parameters
    ----------
    scenario : Scenario
        A validated scenario (:func:`geo.load_scenario`).
    official_files : dict, keyword-only
        The INEI boundary files (:func:`geo.official.fetch_official` or
        :func:`geo.official.cached_official`). With them, regions that name official units are their
        union (``geometry_kind = "official_boundary"``); without, the scenario's sketches are used.

    Returns
    -------
    dict of str to geopandas.GeoDataFrame
        Keys :data:`LAYER_NAMES`, all EPSG:4326:

        - ``places``: Point; ``country``, ``lon``, ``lat``, ``coord_source`` and figures.
        - ``regions``: Polygon/MultiPolygon; ``area_km2`` and ``perimeter_km`` (geodesic, WGS84),
          ``official_area_km2`` and ``area_gap_pct`` where an official figure exists, figures.
        - ``legs``: LineString, one per leg; ``route_id``, ``leg_seq``, ``from_id``, ``to_id``,
          ``mode``, ``length_km``, ``length_nm`` (geodesic), ``fits_aircraft_range`` (air legs, against the scenario's ``aircraft``).
        - ``routes``: MultiLineString, one per route; ``modes``, ``stops``, ``length_km``,
          ``length_nm``, ``countries`` and ``regions`` passed through with the km inside each, figures.
        - ``flows``: LineString (great circle); ``destination``, ``share_pct``, ``length_km``.

    Raises
    ------
    ScenarioError
        If a country code is unknown, a place lies outside the country it declares (e.g. longitude
        and latitude swapped), a region's geometry comes out empty, an official unit is missing from
        the boundary files, or a leg cannot be routed (a sea leg from an inland place).
    """
    _check_geography(scenario)
    places = _places(scenario)
    regions = _regions(scenario, official_files)
    legs = _legs(scenario)
    routes = _routes(scenario, legs)
    world = _countries()  # read only: the cached frame, not a copy
    inner = regions.loc[regions["kind"] != "country"]
    crossings = _crossings(scenario, routes, legs, world)
    inner_key = _areas_key(inner, "id")
    for layer in (legs, routes):
        layer["countries"] = _lengths_text(layer, world, key="iso_a3", outside="sea")
        layer["regions"] = _lengths_text(layer, inner, key="id", areas_key=inner_key)
    legs["border_crossings"] = _crossings_text(legs, _border_crossings(legs, world))
    routes["border_crossings"] = _crossings_text(routes, crossings, key="route_id")
    _place_context(places, regions, scenario, official_files)
    _region_context(regions, places, world)
    flows = _flows(scenario)
    return {"regions": regions, "routes": routes, "legs": legs, "flows": flows, "crossings": crossings,
            "places": places}


def _geometry_keys(lines: gpd.GeoDataFrame) -> list[tuple[str]]:
    """SHA-256 of each geometry as WKB: what a line's crossings and lengths by area depend on,
    besides the areas (the code and data are in :func:`geo.cache.data_hash`)."""
    import hashlib

    return [(hashlib.sha256(wkb).hexdigest(),) for wkb in shapely.to_wkb(np.asarray(lines.geometry.values))]


def _areas_key(areas: gpd.GeoDataFrame, key: str) -> str:
    """SHA-256 of a layer of areas as :func:`geo.overlay.length_by_area_text` sees it: each area's
    name (its ``key`` column) and geometry as WKB, in order."""
    import hashlib
    import json

    digest = hashlib.sha256(json.dumps([str(v) for v in areas[key]]).encode())
    for wkb in shapely.to_wkb(np.asarray(areas.geometry.values)):
        digest.update(len(wkb).to_bytes(8, "little"))
        digest.update(wkb)
    return digest.hexdigest()


def _lengths_text(lines: gpd.GeoDataFrame, areas: gpd.GeoDataFrame, *, key: str, outside: str | None = None,
                  areas_key: str | None = None) -> list[str | None]:
    """:func:`geo.overlay.length_by_area_text` of each line, kept per line (:func:`geo.cache.shipped_each`)
    under its geometry and, for areas other than the Natural Earth countries, ``areas_key``
    (:func:`_areas_key`): a scenario edit recomputes only the lines it changes. Each line's text
    depends on that line alone (the lines' ids must be unique; otherwise computed directly)."""
    from .cache import shipped_each

    if not lines["id"].is_unique or (areas_key is None and areas is not _countries()):
        return length_by_area_text(lines, areas, key=key, outside=outside)
    parts = (key, str(outside), areas_key or "natural_earth")
    keys = [(*k, *parts) for k in _geometry_keys(lines)]
    return shipped_each("line_lengths_text", keys,
                        lambda rows: length_by_area_text(lines.iloc[rows], areas, key=key, outside=outside))


_CROSSING_COLUMNS = ["line_id", "from_country", "to_country", "km_from_start", "lon", "lat"]


def _border_crossings(lines: gpd.GeoDataFrame, world: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """:func:`geo.overlay.border_crossings` of the lines with the Natural Earth countries, each
    line's crossings kept under its geometry (:func:`geo.cache.shipped_each`; they depend on that
    line alone), so that a scenario edit recomputes only the lines it changes. The same frame as
    :func:`geo.overlay.border_crossings` gives, built the same way."""
    from .cache import shipped_each

    if world is not _countries():
        return border_crossings(lines, world)

    def compute(rows: list[int]) -> list[list]:
        subset = gpd.GeoDataFrame({"id": np.arange(len(rows))}, geometry=lines.geometry.values[rows], crs=lines.crs)
        found = border_crossings(subset, world)
        out = [[] for _ in rows]
        for r in found.itertuples():
            out[r.line_id].append([r.from_country, r.to_country, r.km_from_start, r.geometry.x, r.geometry.y])
        return out

    per_line = shipped_each("line_crossings", _geometry_keys(lines), compute)
    rows = [{"line_id": line_id, "from_country": a, "to_country": b, "km_from_start": km, "lon": lon, "lat": lat}
            for line_id, found in zip(lines["id"].values, per_line) for a, b, km, lon, lat in found]
    df = pd.DataFrame(rows, columns=_CROSSING_COLUMNS)
    return gpd.GeoDataFrame(df.drop(columns=["lon", "lat"]),
                            geometry=shapely.points(df[["lon", "lat"]].to_numpy(dtype=float).reshape(-1, 2)),
                            crs="EPSG:4326")


def _leg_of_crossing(point, route_legs: gpd.GeoDataFrame):
    """The leg (a row of ``route_legs``) on which a crossing point lies: the nearest; where the point
    is a join of two legs, the one with the weaker confidence, then the weaker drawing (a crossing
    is never surer than either)."""
    # planar distance in degrees only ranks legs that the point lies on (≈ 0); nothing is measured
    d = shapely.distance(route_legs.geometry.values, point)
    near = route_legs[d <= d.min() + 1e-9]
    rank = near["confidence"].map(_CONF_RANK) * 10 + near["drawing"].map(_DRAW_RANK)
    return near.loc[rank.idxmax()]


_CONF_RANK = {"reported": 0, "alleged": 1, "possible": 2}
_DRAW_RANK = {level: i for i, level in enumerate(DRAWING_LEVELS)}


def _crossings(scenario: Scenario, routes: gpd.GeoDataFrame, legs: gpd.GeoDataFrame,
               world: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The crossings layer: one Point per land-border crossing of each route, with the weakest
    confidence of its route and of the leg it lies on, and that leg's drawing."""
    raw = _border_crossings(routes, world)
    names = routes.set_index("id")
    rows = []
    seqs = raw.groupby("line_id").cumcount() + 1
    for r, seq in zip(raw.itertuples(), seqs):
        route = names.loc[r.line_id]
        leg = _leg_of_crossing(r.geometry, legs.loc[legs["route_id"] == r.line_id])
        note = f"where the geometry of leg {leg['leg_seq']} ({leg['name']}) crosses the border"
        if leg["drawing"] != "located" and leg["drawing_note"]:
            note += f"; that leg is {leg['drawing']}: {leg['drawing_note']}"
        rows.append({
            "id": f"{r.line_id}__x{seq}",
            "name": f"{route['name']}: {r.from_country} → {r.to_country}",
            "kind": "border_crossing",
            "route_id": r.line_id,
            "from_country": r.from_country,
            "to_country": r.to_country,
            "km_from_start": r.km_from_start,
            "leg_id": leg["id"],
            "confidence": weakest([route["confidence"], leg["confidence"]]),
            "drawing": leg["drawing"],
            "drawing_note": note,
            "sources": route["sources"],
            "source_refs": route["source_refs"],
            "geometry_kind": "computed",
            "geometry_basis": ("computed: where the route's geometry passes from one Natural Earth 1:10m country polygon "
                               "into a neighbouring one (the route's own geometry is as its legs describe)"),
        })
    cols = ["id", "name", "kind", "route_id", "from_country", "to_country", "km_from_start", "leg_id", "confidence",
            "drawing", "drawing_note", "sources",
            "source_refs", "geometry_kind", "geometry_basis"]
    return gpd.GeoDataFrame(pd.DataFrame(rows, columns=cols), geometry=raw.geometry.values, crs="EPSG:4326")


def _region_countries(scenario: Scenario, regions: gpd.GeoDataFrame) -> dict[str, set[str]]:
    """The countries each region is drawn in, as its scenario entry states them (official units: the
    official data's country; clip_to, iso_a3, a border strip's country); others are left to Natural Earth."""
    official = dict(zip(regions["id"], regions["geometry_kind"] == "official_boundary"))
    out = {}
    for r in scenario.regions:
        spec = r["geometry"]
        if official.get(r["id"]):
            out[r["id"]] = {OFFICIAL_COUNTRY}
        elif spec.get("clip_to") or spec.get("iso_a3"):
            out[r["id"]] = set(spec.get("clip_to") or spec.get("iso_a3"))
        elif spec["method"] == "border_strip":
            out[r["id"]] = {spec["country"]}
    return out


def _place_context(places: gpd.GeoDataFrame, regions: gpd.GeoDataFrame, scenario: Scenario,
                   official_files: dict | None) -> None:
    """Add, in place: the regions each place lies in (never a region of another country; official
    regions by the place's INEI district code where its coord_source gives one), its one assigned
    region, the nearest base."""
    official = regions.loc[regions["geometry_kind"] == "official_boundary", "id"].tolist()
    units = {r["id"]: [*r["official"]["ubigeo"], *(u["ubigeo"] for u in r["official"].get("newer_units", []))]
             for r in scenario.regions if r["id"] in official}
    codes = place_unit_codes(places, official_files) if official_files and units else None
    assigned = assign_places(places, regions, countries=_region_countries(scenario, regions),
                             place_units=codes, region_units=units)
    places["in_regions"] = assigned["in_regions"]
    places["region_id"] = assigned["region_id"]
    nearest = nearest_of_kind(places, "military_base")
    for col in nearest.columns:
        places[col] = nearest[col]


def _region_context(regions: gpd.GeoDataFrame, places: gpd.GeoDataFrame, world: gpd.GeoDataFrame) -> None:
    """Add, in place: the places inside each region and its distance to the nearest land border of
    the countries it lies in (0 where it touches one)."""
    regions["places_inside"] = [
        "; ".join(sorted(places.loc[places["in_regions"].fillna("").str.split("; ").apply(lambda ids, rid=rid: rid in ids), "id"]))
        or None for rid in regions["id"]]
    distances = []
    tree = shapely.STRtree(world.geometry.values)  # one index for all regions
    for geom in regions.geometry.values:
        isos = world["iso_a3"].values[tree.query(geom, predicate="intersects")]
        best = min((distance_between_geometries_m(geom, land_border(iso)) for iso in isos
                    if not land_border(iso).is_empty), default=np.nan)
        distances.append(round(m_to_km(best), 1) if np.isfinite(best) else np.nan)
    regions["distance_to_border_km"] = distances
