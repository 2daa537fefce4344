"""Auditing a scenario and its layers: every feature shown surer than its sources or its drawing allow.

``python -m geo audit [--scenario FILE] [--layers DIR]`` builds the scenario's layers (or reads the
GeoJSON layers already written to ``DIR``) and lists each finding; it exits 1 when there is any, so
that CI fails on a scenario or a layers folder that claims more than it can back. The checks know
nothing of any particular scenario: they read the scenario's own ``names`` lists, hedges and
drawings.

Kinds of finding (:data:`FINDING_KINDS`):

- ``source_does_not_name``: a place or region cites, in ``sources``, a source whose ``names`` list
  does not include it (the source is cited for something it does not say).
- ``crossing_surer_than_leg``: a border crossing more confident, or drawn surer, than the leg it
  lies on.
- ``drawing_surer_than_parts``: a geometry shown as more located than what it is drawn from: a leg
  surer than its mode, end points or waypoints allow; a route surer than its weakest leg; a flow
  surer than its end points; a sketch or a computed strip shown as located.
- ``derived_surer_than_input``: a derived feature more confident than its input: a leg more
  confident than its route's claim, a crossing more confident than its route.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import shapely

from .errors import GeoError
from .provenance import CONFIDENCE_LEVELS, surer, weakest
from .scenario import Scenario

__all__ = ["Finding", "FINDING_KINDS", "audit", "audit_text", "read_layers"]

#: What each kind of finding means.
FINDING_KINDS = {
    "source_does_not_name": "cited to a source whose `names` list does not include it",
    "crossing_surer_than_leg": "a border crossing more confident, or drawn surer, than the leg it lies on",
    "drawing_surer_than_parts": "shown as more located than what it is drawn from (illustrative shown as located)",
    "derived_surer_than_input": "a derived feature more confident than what it comes from",
}

#: Layers that ``--layers DIR`` reads (``DIR/<name>.geojson``).
AUDITED_LAYERS = ("places", "regions", "routes", "legs", "flows", "crossings")


@dataclass(frozen=True)
class Finding:
    """One feature shown surer than it can back.

    Attributes
    ----------
    kind : str
        A key of :data:`FINDING_KINDS`.
    layer : str
        ``places``, ``regions``, ``routes``, ``legs``, ``flows``, ``crossings`` or ``air_bridge``.
    feature_id : str
    field : str
        ``sources``, ``confidence`` or ``drawing``.
    shown : str
        What the feature displays (a level, or a source id).
    supported : str
        What it can back (the weakest level of its inputs, or the source's names).
    reason : str
        Why, naming the input.
    """

    kind: str
    layer: str
    feature_id: str
    field: str
    shown: str
    supported: str
    reason: str

    def __str__(self) -> str:
        return (f"{self.layer} '{self.feature_id}': {self.kind}: field '{self.field}' shows {self.shown!r}, "
                f"backed only by {self.supported!r}: {self.reason}")


def _level(row, field: str, default: str) -> str:
    """A feature's level; a layer without the field (written before provenance fields existed) is
    displayed as the strongest level, which is what a map assumes."""
    value = row.get(field) if hasattr(row, "get") else None
    return value if isinstance(value, str) and value else default


def _sourcing(scenario: Scenario) -> list[Finding]:
    out = []
    sources = scenario.sources
    for layer, items in (("places", scenario.places), ("regions", scenario.regions)):
        for item in items:
            for sid in item["sources"]:
                names = sources[sid].get("names")
                if names is not None and item["id"] not in names:
                    out.append(Finding("source_does_not_name", layer, item["id"], "sources", sid,
                                       f"{sid} names: {', '.join(names) or 'nothing'}",
                                       f"source {sid!r} does not name {item['name']!r}; cite the source of its "
                                       "coordinate (or the one that names it) instead"))
    return out


def _by_id(gdf: gpd.GeoDataFrame | None) -> dict:
    if gdf is None or len(gdf) == 0:
        return {}
    return {row["id"]: row for row in gdf.drop(columns="geometry", errors="ignore").to_dict("records")}


def _scenario_legs(scenario: Scenario) -> dict[str, dict]:
    return {f"{route['id']}__{i + 1}": leg for route in scenario.routes for i, leg in enumerate(route["legs"])}


def _drawings(scenario: Scenario, layers: dict) -> list[Finding]:
    from .layers import leg_parts_drawing

    out = []
    legs = _by_id(layers.get("legs"))
    scen_legs = _scenario_legs(scenario)
    for lid, row in legs.items():
        leg = scen_legs.get(lid)
        if leg is None or (row.get("from_id"), row.get("to_id")) != (leg["from"], leg["to"]):
            continue  # layers written from another version of the scenario: nothing to compare with
        shown = _level(row, "drawing", "located")
        supported, parts = leg_parts_drawing(scenario, leg, str(row.get("geometry_basis") or ""))
        if surer(shown, supported):
            why = "; ".join(n for lv, n in parts if lv == supported and n) or f"its parts are {supported}"
            out.append(Finding("drawing_surer_than_parts", "legs", lid, "drawing", shown, supported, why))
    by_route: dict[str, list[str]] = {}
    for row in legs.values():
        by_route.setdefault(row["route_id"], []).append(_level(row, "drawing", "located"))
    for rid, row in _by_id(layers.get("routes")).items():
        if rid not in by_route:
            continue
        shown, supported = _level(row, "drawing", "located"), weakest(by_route[rid])
        if surer(shown, supported):
            out.append(Finding("drawing_surer_than_parts", "routes", rid, "drawing", shown, supported,
                               "a route is drawn no surer than its weakest leg"))
    places = scenario.places_by_id
    for fid, row in _by_id(layers.get("flows")).items():
        ends = [places[row[k]] for k in ("from_id", "to_id") if row.get(k) in places]
        # a great circle between two points is at best an approximation of any path
        supported = weakest(["approximate", *(p.get("drawing", "located") for p in ends)])
        shown = _level(row, "drawing", "located")
        if surer(shown, supported):
            out.append(Finding("drawing_surer_than_parts", "flows", fid, "drawing", shown, supported,
                               "a great circle between " + " and ".join(
                                   f"{p['name']} ({p.get('drawing', 'located')})" for p in ends)))
    from .layers import region_parts_drawing

    scen_regions = {r["id"]: r for r in scenario.regions}
    for rid, row in _by_id(layers.get("regions")).items():
        kind = row.get("geometry_kind")
        shown = _level(row, "drawing", "located")
        if kind not in ("sketch", "computed"):
            continue
        supported = region_parts_drawing(scen_regions[rid]) if kind == "sketch" and rid in scen_regions else "approximate"
        if surer(shown, supported):
            out.append(Finding("drawing_surer_than_parts", "regions", rid, "drawing", shown, supported,
                               f"its geometry is a {kind} around points no surer than {supported}, not an official "
                               "boundary or a dataset's outline"))
    return out


def _leg_of(crossing: dict, point, legs: gpd.GeoDataFrame | None) -> dict | None:
    """The leg a crossing lies on: its ``leg_id``, else the nearest leg of its route."""
    if legs is None or len(legs) == 0:
        return None
    if crossing.get("leg_id"):
        hit = legs.loc[legs["id"] == crossing["leg_id"]]
    else:
        mine = legs.loc[legs["route_id"] == crossing.get("route_id")]
        if len(mine) == 0:
            return None
        # planar distance in degrees only ranks the legs the point lies on (≈ 0); nothing is measured
        d = pd.Series(shapely.distance(mine.geometry.values, point), index=mine.index)
        near = mine.loc[d <= d.min() + 1e-9]
        conf = near.get("confidence", pd.Series("reported", index=near.index)).map(CONFIDENCE_LEVELS.index)
        hit = near.loc[[conf.idxmax()]]
    return hit.drop(columns="geometry").iloc[0].to_dict() if len(hit) else None


def _derived(scenario: Scenario, layers: dict) -> list[Finding]:
    out = []
    routes = _by_id(layers.get("routes"))
    for lid, row in _by_id(layers.get("legs")).items():
        route = routes.get(row.get("route_id"))
        if route is None:
            continue
        shown, supported = _level(row, "confidence", "reported"), _level(route, "confidence", "reported")
        if surer(shown, supported):
            out.append(Finding("derived_surer_than_input", "legs", lid, "confidence", shown, supported,
                               f"route {row['route_id']!r} is {supported}; its legs cannot be surer"))
    crossings = layers.get("crossings")
    legs = layers.get("legs")
    if crossings is not None and len(crossings):
        for point, row in zip(crossings.geometry.values,
                              crossings.drop(columns="geometry").to_dict("records")):
            leg = _leg_of(row, point, legs)
            conf = _level(row, "confidence", "reported")
            if leg is not None:
                for field, default in (("confidence", "reported"), ("drawing", "located")):
                    shown, supported = _level(row, field, default), _level(leg, field, default)
                    if surer(shown, supported):
                        out.append(Finding("crossing_surer_than_leg", "crossings", row["id"], field, shown, supported,
                                           f"it lies on leg {leg['id']!r} ({leg.get('name', '')}), which is {supported}"))
            route = routes.get(row.get("route_id"))
            if route is not None and surer(conf, _level(route, "confidence", "reported")):
                out.append(Finding("derived_surer_than_input", "crossings", row["id"], "confidence", conf,
                                   route["confidence"], f"route {row['route_id']!r} is {route['confidence']}"))
    return out


def read_layers(layers_dir: str | Path) -> dict[str, gpd.GeoDataFrame]:
    """The GeoJSON layers of a folder written by ``python -m geo build`` (``<name>.geojson``).

    Raises
    ------
    GeoError
        If the folder or one of :data:`AUDITED_LAYERS` is missing or unreadable; the message names the file.
    """
    folder = Path(layers_dir)
    out = {}
    for name in AUDITED_LAYERS:
        path = folder / f"{name}.geojson"
        try:
            out[name] = pyogrio.read_dataframe(path)
        except (OSError, pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as exc:
            raise GeoError(f"{path}: cannot read the layer: {exc}") from exc
    return out


def audit(scenario: Scenario, layers: dict[str, gpd.GeoDataFrame] | None = None) -> list[Finding]:
    """Every feature whose confidence or sourcing is weaker than what it is displayed as.

    Parameters
    ----------
    scenario : Scenario
        A validated scenario (:func:`geo.load_scenario`); its sources' ``names``, hedges and drawings
        are what the layers are checked against.
    layers : dict of str to geopandas.GeoDataFrame, optional
        The layers to check, as :func:`geo.build_layers` returns them or :func:`read_layers` reads
        them from a folder (EPSG:4326). Default: the scenario's layers (official boundaries when
        cached), from the layer cache (:func:`geo.cache.layers_for`) or built now and stored there.
        A layer without ``drawing`` is taken as displayed ``located`` and one without
        ``confidence`` as ``reported``: what a map shows when nothing says otherwise.

    Returns
    -------
    list of Finding
        In the order: sourcing, drawings, derived features; empty when nothing is shown surer than
        it can back.
    """
    if layers is None:
        from .build import resolve_official
        from .cache import layers_for

        # reused from the layer cache when nothing the layers depend on has changed, as build does
        layers = layers_for(scenario, resolve_official(scenario))[0]
    return [*_sourcing(scenario), *_drawings(scenario, layers), *_derived(scenario, layers)]


def audit_text(findings: list[Finding], *, scenario: Scenario) -> str:
    """Lines for the terminal: one per finding, then a count by kind (or "no findings")."""
    if not findings:
        return f"{scenario.path}: no findings: no feature is shown surer than its sources and drawing allow"
    lines = [str(f) for f in findings]
    counts = pd.Series([f.kind for f in findings]).value_counts()
    lines.append(f"{scenario.path}: {len(findings)} finding(s): "
                 + "; ".join(f"{k} {counts[k]} ({FINDING_KINDS[k]})" for k in FINDING_KINDS if k in counts))
    return "\n".join(lines)

