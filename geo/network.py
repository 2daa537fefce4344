"""The multimodal network of a scenario, for what-if interdiction (:mod:`geo.interdict`).

Nodes are the scenario's places; edges are the legs of every route plus the scenario's candidate
``links:`` (connections no reported route uses). Each edge carries its geodesic length, the km it
runs inside each country and each region, and the land borders it crosses. Costs come from the
scenario's ``costs:`` section (€ per kg carried, per trip of a mode or per km) and ``risk:``
multipliers per region.

The graph handed to networkx is layered so that a per-trip cost is paid once per trip: every place
``p`` is a node, and so is ``(p, mode)`` for each mode leaving or reaching it. Boarding a mode at ``p``
(``p → (p, mode)``) costs the mode's per-trip figure; a leg ``(a, mode) → (b, mode)`` costs its
per-km figure times its km (times the risk of the regions it crosses); alighting ``(b, mode) → b`` is
free. A run of consecutive legs of one mode is one trip. Every cost is kept at three ends of its
range: ``low``, ``mid`` (the middle of the range) and ``high``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import networkx as nx
import numpy as np
import pandas as pd

from .errors import GeoError, ScenarioError
from .scenario import Scenario

__all__ = ["Network", "ModeCost", "build_network", "network_graph", "place_of", "weight_function", "path_edges", "ENDS",
           "MODES"]

#: Indices of the three ends of every cost range in the graph's cost tuples.
ENDS = {"low": 0, "mid": 1, "high": 2}
#: Modes of legs and links (as in the scenario schema).
MODES = ("foot", "road", "river", "air", "helicopter", "sea")
#: Node-name prefixes of the virtual origin and destination of each pair (place ids cannot start with "_").
SOURCE_TAG, SINK_TAG = "__from__", "__to__"


@dataclass(frozen=True)
class ModeCost:
    """Cost of carrying one kg by one mode, in € per kg.

    Attributes
    ----------
    trip_eur_per_kg : (float, float, float)
        Paid once per trip (a run of consecutive legs of the mode): (low, mid, high).
    km_eur_per_kg : (float, float, float)
        Per km of leg: (low, mid, high).
    items : tuple of str
        Ids of the scenario's ``costs`` items behind these figures.
    """

    trip_eur_per_kg: tuple = (0.0, 0.0, 0.0)
    km_eur_per_kg: tuple = (0.0, 0.0, 0.0)
    items: tuple = ()


@dataclass(frozen=True)
class Network:
    """A scenario's multimodal network (see the module docstring).

    Attributes
    ----------
    edges : pandas.DataFrame or geopandas.GeoDataFrame
        One row per directed edge: ``id`` (a leg ``<route>__<n>`` or a link id, ``<link>__back`` for
        the return edge of a two-way link), ``kind`` (``leg``/``link``), ``from_id``, ``to_id``,
        ``mode``, ``length_km`` (geodesic), ``confidence``, ``drawing``, ``drawing_note``,
        ``sources``; with a ``geometry`` (LineString, EPSG:4326) when built from a scenario.
    costs : dict of str to ModeCost
        By mode.
    risk : dict of str to float
        Multiplier of the per-km cost inside each region.
    pairs : list of dict
        ``id``, ``name``, ``origins`` and ``destinations`` (tuples of place ids).
    place_names, place_countries : dict of str to str
    place_regions : dict of str to tuple of str
        The regions each place lies in.
    edge_countries, edge_regions : dict of str to dict of str to float
        Km of each edge inside each country (ISO alpha-3; ``sea`` outside all) and region.
    edge_crossings : dict of str to tuple of str
        Land borders crossed by each edge, ``"PER→BOL"``, in order.
    interventions : list of dict
        The scenario's ``interventions`` items.
    cost_items, risk_items, link_items : list of dict
        The scenario's ``costs``, ``risk`` and ``links`` items, for the report.
    """

    edges: pd.DataFrame
    costs: dict
    risk: dict = field(default_factory=dict)
    pairs: list = field(default_factory=list)
    place_names: dict = field(default_factory=dict)
    place_countries: dict = field(default_factory=dict)
    place_regions: dict = field(default_factory=dict)
    edge_countries: dict = field(default_factory=dict)
    edge_regions: dict = field(default_factory=dict)
    edge_crossings: dict = field(default_factory=dict)
    interventions: list = field(default_factory=list)
    cost_items: list = field(default_factory=list)
    risk_items: list = field(default_factory=list)
    link_items: list = field(default_factory=list)

    @property
    def places(self) -> list[str]:
        """Every place id that is a node (ends of edges, origins and destinations), sorted."""
        ids = set(self.edges["from_id"]) | set(self.edges["to_id"])
        for pair in self.pairs:
            ids |= set(pair["origins"]) | set(pair["destinations"])
        return sorted(ids)

    def regions_of_edge(self, eid: str) -> set[str]:
        """Regions an edge runs through or whose places it starts or ends at."""
        a, b = self._ends[eid]
        return set(self.edge_regions.get(eid, {})) | set(self.place_regions.get(a, ())) | set(self.place_regions.get(b, ()))

    @cached_property
    def _ends(self) -> dict[str, tuple[str, str]]:
        return dict(zip(self.edges["id"], zip(self.edges["from_id"], self.edges["to_id"])))


def _range(value) -> tuple[float, float, float]:
    if isinstance(value, dict):
        low = float(value["low"])
        high = float(value.get("high", low))
        return (low, (low + high) / 2, high)
    return (float(value),) * 3


def _costs(items: list[dict]) -> dict[str, ModeCost]:
    out: dict[str, dict] = {}
    for item in items:
        slot = out.setdefault(item["mode"], {"trip": (0.0, 0.0, 0.0), "km": (0.0, 0.0, 0.0), "items": []})
        figure = item.get("eur_per_kg", item.get("eur_per_kg_per_km"))
        slot[item["per"]] = _range(figure)
        slot["items"].append(item["id"])
    return {m: ModeCost(s["trip"], s["km"], tuple(s["items"])) for m, s in out.items()}


def _problem(scenario: Scenario, path: list, message: str, value=...) -> str:
    """:meth:`Scenario.problem`, naming the item of an interdiction section by its id:
    ``"line 682: od_pairs 'vraem_to_el_alto' (item 0): field 'to.places.0': unknown place (value: 'x')"``."""
    text = scenario.problem(path, message, value)
    if len(path) >= 2 and isinstance(path[1], int):
        section, index = path[0], path[1]
        items = scenario.data.get(section)
        fid = items[index].get("id") if isinstance(items, list) and index < len(items) else None
        name = f"{section} '{fid}' (item {index})" if fid is not None else f"{section} item {index}"
        rest = ".".join(str(p) for p in path[2:])
        old = f"{section}: field '{'.'.join(str(p) for p in path[1:])}'"
        text = text.replace(old, f"{name}: field '{rest}'" if rest else name, 1)
    return text


def _check(scenario: Scenario, layers: dict) -> list[str]:
    """Cross-references of the interdiction sections: every problem, with file line, item, field, value."""
    data = scenario.data
    problems = []
    place_ids = set(scenario.places_by_id)
    region_ids = {r["id"] for r in scenario.regions}
    source_ids = set(scenario.sources)
    leg_ids = set(layers["legs"]["id"])
    link_ids = [lk["id"] for lk in data.get("links", [])]
    taken = place_ids | region_ids | {r["id"] for r in scenario.routes} | {f["id"] for f in scenario.flows}

    def bad(path, message, value):
        problems.append(_problem(scenario, path, message, value))

    for section in ("links", "costs", "risk", "interventions", "od_pairs"):
        seen = set()
        for i, item in enumerate(data.get(section, [])):
            if item["id"] in seen:
                bad([section, i, "id"], f"duplicate id in {section}", item["id"])
            seen.add(item["id"])
            for j, sid in enumerate(item.get("sources", [])):
                if sid not in source_ids:
                    bad([section, i, "sources", j], "unknown source id", sid)
    for i, link in enumerate(data.get("links", [])):
        if link["id"] in taken or link["id"] in leg_ids:
            bad(["links", i, "id"], "id already used by a place, region, route, flow or leg", link["id"])
        for end in ("from", "to"):
            if link[end] not in place_ids:
                bad(["links", i, end], "unknown place", link[end])
        if link["from"] == link["to"]:
            bad(["links", i, "to"], "link starts and ends at the same place", link["to"])
        for k, via in enumerate(link.get("via", [])):
            if via["coord_source"].split()[0] not in source_ids:
                bad(["links", i, "via", k, "coord_source"], "must start with the id of a listed source", via["coord_source"])
    per_mode = {}
    for i, item in enumerate(data.get("costs", [])):
        key = (item["mode"], item["per"])
        if key in per_mode:
            bad(["costs", i, "mode"], f"a second per-{item['per']} cost for this mode (first: {per_mode[key]!r})",
                item["mode"])
        per_mode[key] = item["id"]
        unit = "eur_per_kg" if item["per"] == "trip" else "eur_per_kg_per_km"
        if unit not in item:
            bad(["costs", i, "per"], f"a per-{item['per']} cost gives its figure as {unit}", item["per"])
        figure = item.get(unit)
        if isinstance(figure, dict) and "high" in figure and figure["high"] < figure["low"]:
            bad(["costs", i, unit, "high"], f"is below low {figure['low']!r}", figure["high"])
        if isinstance(figure, dict) and "high" in figure and figure.get("at_least"):
            bad(["costs", i, unit, "at_least"], "a range with a high end is not 'at least'", True)
    for i, item in enumerate(data.get("risk", [])):
        if item["region"] not in region_ids:
            bad(["risk", i, "region"], "unknown region", item["region"])
    edge_ids = leg_ids | set(link_ids)
    for i, item in enumerate(data.get("interventions", [])):
        close = item.get("close", {})
        for key, known, what in (("place", place_ids, "place"), ("region", region_ids, "region"),
                                 ("from_region", region_ids, "region"), ("leg", edge_ids, "leg or link id")):
            if key in close and close[key] not in known:
                bad(["interventions", i, "close", key], f"unknown {what}", close[key])
        if "from_region" in close and "mode" not in close:
            bad(["interventions", i, "close", "from_region"], "only with 'mode' (edges of that mode leaving the region)",
                close["from_region"])
        if "raise_risk" in item and item["raise_risk"]["region"] not in region_ids:
            bad(["interventions", i, "raise_risk", "region"], "unknown region", item["raise_risk"]["region"])
    countries = {p.get("country") for p in scenario.places}
    for i, pair in enumerate(data.get("od_pairs", [])):
        for end in ("from", "to"):
            spec = pair[end]
            for j, pid in enumerate(spec.get("places", [])):
                if pid not in place_ids:
                    bad(["od_pairs", i, end, "places", j], "unknown place", pid)
            for j, rid in enumerate(spec.get("regions", [])):
                if rid not in region_ids:
                    bad(["od_pairs", i, end, "regions", j], "unknown region", rid)
            for j, iso in enumerate(spec.get("countries", [])):
                if iso not in countries:
                    bad(["od_pairs", i, end, "countries", j], "no place of the scenario lies in this country", iso)
    return problems


def _ends(spec: dict, place_regions: dict, place_countries: dict, nodes: set) -> tuple[str, ...]:
    ids = set(spec.get("places", []))
    ids |= {p for p, regions in place_regions.items() if set(regions) & set(spec.get("regions", []))}
    ids |= {p for p, iso in place_countries.items() if iso in set(spec.get("countries", []))}
    return tuple(sorted(ids & nodes if spec.get("regions") or spec.get("countries") else ids))


def build_network(scenario: Scenario, *, layers: dict | None = None, official_files="auto") -> Network:
    """The multimodal network of a scenario.

    Parameters
    ----------
    scenario : Scenario
        A scenario with ``costs:`` (and optionally ``links:``, ``risk:``, ``interventions:``,
        ``od_pairs:``).
    layers : dict of str to geopandas.GeoDataFrame, keyword-only
        The scenario's layers (:func:`geo.build_layers`); built here when not given.
    official_files : dict, None or "auto", keyword-only
        Official boundary files for building the layers (:func:`geo.build.resolve_official`).

    Returns
    -------
    Network
        Edges (legs and links) as a GeoDataFrame of LineStrings in EPSG:4326, with ``length_km``
        (geodesic, WGS84), km per country (Natural Earth 1:10m) and per region, and border crossings.

    Raises
    ------
    ScenarioError
        If the interdiction sections name an unknown place, region, leg, link or source, repeat an
        id or a cost, or a link cannot be routed; or a mode used by an edge has no cost. Each problem
        names the file, line, item, field and value.
    """
    import geopandas as gpd

    from .build import resolve_official
    from .countries import _countries
    from .layers import build_layers
    from .measure import geodesic_length_m
    from .overlay import border_crossings, length_by_area
    from .routing import leg_geometry
    from .errors import RoutingError
    from .units import m_to_km

    if layers is None:
        layers = build_layers(scenario, official_files=resolve_official(scenario, official_files))
    problems = _check(scenario, layers)
    if problems:
        raise ScenarioError(str(scenario.path), problems)
    data = scenario.data
    places = scenario.places_by_id
    legs = layers["legs"]
    rows = [{"id": r.id, "kind": "leg", "route_id": r.route_id, "from_id": r.from_id, "to_id": r.to_id, "mode": r.mode,
             "confidence": r.confidence, "drawing": getattr(r, "drawing", None) or "illustrative",
             "drawing_note": getattr(r, "drawing_note", None), "sources": r.sources, "name": r.name}
            for r in legs.itertuples()]
    geoms = list(legs.geometry.values)
    for i, link in enumerate(data.get("links", [])):
        a, b = places[link["from"]], places[link["to"]]
        via = link.get("via", [])
        try:
            geom, _, _ = leg_geometry(link["mode"], (a["lon"], a["lat"]), (b["lon"], b["lat"]),
                                      [(v["lon"], v["lat"]) for v in via], [v["name"] for v in via])
        except RoutingError as exc:
            raise ScenarioError(str(scenario.path), [_problem(scenario, ["links", i, "mode"], str(exc),
                                                              link["mode"])]) from exc
        base = {"kind": "link", "route_id": None, "mode": link["mode"], "confidence": link["confidence"],
                "drawing": link["drawing"], "drawing_note": link.get("drawing_note"), "sources": "; ".join(link["sources"])}
        rows.append({**base, "id": link["id"], "from_id": a["id"], "to_id": b["id"], "name": link["name"]})
        geoms.append(geom)
        if link.get("both_ways"):
            rows.append({**base, "id": f"{link['id']}__back", "from_id": b["id"], "to_id": a["id"],
                         "name": f"{link['name']} (return)"})
            geoms.append(geom.reverse())
    edges = gpd.GeoDataFrame(pd.DataFrame(rows), geometry=geoms, crs="EPSG:4326")
    edges["length_km"] = np.round(m_to_km(geodesic_length_m(edges.geometry.values)), 1)

    world = _countries()
    by_country = length_by_area(edges, world, key="iso_a3")
    inner = layers["regions"].loc[layers["regions"]["kind"] != "country"]
    by_region = length_by_area(edges, inner, key="id")
    edge_countries = {eid: {} for eid in edges["id"]}
    for r in by_country.itertuples():
        edge_countries[r.line_id][r.area] = edge_countries[r.line_id].get(r.area, 0.0) + r.length_km
    for eid, total in zip(edges["id"], edges["length_km"]):
        rest = total - sum(edge_countries[eid].values())
        if rest >= 0.5:
            edge_countries[eid]["sea"] = rest
    edge_regions = {eid: {} for eid in edges["id"]}
    for r in by_region.itertuples():
        edge_regions[r.line_id][r.area] = edge_regions[r.line_id].get(r.area, 0.0) + r.length_km
    crossings = border_crossings(edges, world)
    edge_crossings = {eid: () for eid in edges["id"]}
    for lid, grp in crossings.groupby("line_id", sort=False):
        edge_crossings[lid] = tuple(f"{a}→{b}" for a, b in zip(grp["from_country"], grp["to_country"]))

    pl = layers["places"]
    place_regions = {pid: tuple(sorted(str(r).split("; "))) if isinstance(r, str) and r else ()
                     for pid, r in zip(pl["id"], pl["in_regions"])}
    place_countries = {p["id"]: p.get("country") for p in scenario.places}
    costs = _costs(data.get("costs", []))
    missing = sorted(set(edges["mode"]) - set(costs))
    if data.get("costs") is None:
        raise ScenarioError(str(scenario.path), ["the scenario has no 'costs:' section: the what-if analysis needs a "
                                                 "cost per kg for each mode (see the README, 'What if')"])
    if missing:
        raise ScenarioError(str(scenario.path), [_problem(scenario, ["costs"], "no cost for the mode(s) used by legs or "
                                                                  "links (give 0 to make a mode free)", missing)])
    nodes = set(edges["from_id"]) | set(edges["to_id"])
    pairs = []
    for i, pair in enumerate(data.get("od_pairs", [])):
        origins = _ends(pair["from"], place_regions, place_countries, nodes)
        destinations = _ends(pair["to"], place_regions, place_countries, nodes)
        if not origins or not destinations:
            raise ScenarioError(str(scenario.path), [_problem(
                scenario, ["od_pairs", i, "from" if not origins else "to"],
                "names no place that a leg or link starts or ends at", pair["from"] if not origins else pair["to"])])
        pairs.append({"id": pair["id"], "name": pair["name"], "origins": origins, "destinations": destinations,
                      "spec_from": pair["from"], "spec_to": pair["to"]})
    return Network(
        edges=edges, costs=costs, risk={r["region"]: float(r["multiplier"]) for r in data.get("risk", [])},
        pairs=pairs, place_names={p["id"]: p["name"] for p in scenario.places}, place_countries=place_countries,
        place_regions=place_regions, edge_countries=edge_countries, edge_regions=edge_regions,
        edge_crossings=edge_crossings, interventions=list(data.get("interventions", [])),
        cost_items=list(data.get("costs", [])), risk_items=list(data.get("risk", [])),
        link_items=list(data.get("links", [])))


def _risk_factor(net: Network, risk: dict, eid: str, length_km: float) -> float:
    """1 + Σ (multiplier − 1) × share of the edge's km inside each region with a risk."""
    if not risk or length_km <= 0:
        return 1.0
    km = net.edge_regions.get(eid, {})
    return 1.0 + sum((m - 1.0) * min(km.get(r, 0.0) / length_km, 1.0) for r, m in risk.items())


def network_graph(net: Network, *, risk: dict | None = None) -> nx.DiGraph:
    """The layered networkx graph of a network (see the module docstring).

    Parameters
    ----------
    net : Network
    risk : dict of str to float, keyword-only
        Risk multipliers by region; default ``net.risk``.

    Returns
    -------
    networkx.DiGraph
        Nodes: place ids, ``(place, mode)``, and per pair ``("__from__", pair_id)`` joined at no cost
        to its origins and ``("__to__", pair_id)`` reached at no cost from its destinations. Edge
        attributes: ``cost`` (low, mid, high) € per kg for boarding and alighting edges; ``legs``, a
        list of ``(edge id, (low, mid, high))`` for leg edges (parallel legs of one mode share one
        graph edge; the cheapest open one is used).
    """
    risk = net.risk if risk is None else risk
    g = nx.DiGraph()
    g.add_nodes_from(net.places)
    for eid, a, b, mode, km in zip(net.edges["id"], net.edges["from_id"], net.edges["to_id"], net.edges["mode"],
                                   net.edges["length_km"]):
        cost = net.costs.get(mode)
        if cost is None:
            raise GeoError(f"no cost for mode {mode!r} (edge {eid!r})")
        factor = _risk_factor(net, risk, eid, float(km))
        leg_cost = tuple(c * float(km) * factor for c in cost.km_eur_per_kg)
        u, v = (a, mode), (b, mode)
        if not g.has_edge(a, u):
            g.add_edge(a, u, cost=cost.trip_eur_per_kg)
        if not g.has_edge(v, b):
            g.add_edge(v, b, cost=(0.0, 0.0, 0.0))
        if g.has_edge(u, v):
            g[u][v]["legs"].append((eid, leg_cost))
        else:
            g.add_edge(u, v, legs=[(eid, leg_cost)])
    for pair in net.pairs:
        src, dst = (SOURCE_TAG, pair["id"]), (SINK_TAG, pair["id"])
        for p in pair["origins"]:
            g.add_edge(src, p, cost=(0.0, 0.0, 0.0))
        for p in pair["destinations"]:
            g.add_edge(p, dst, cost=(0.0, 0.0, 0.0))
    return g


def place_of(node) -> str | None:
    """The place id of a graph node (None for a pair's virtual origin or destination)."""
    if isinstance(node, str):
        return node
    return None if node[0] in (SOURCE_TAG, SINK_TAG) else node[0]


def weight_function(end: str = "mid", closed_places=frozenset(), closed_edges=frozenset()):
    """A networkx weight function: the cost at one end of the ranges, ``None`` (hidden) for edges at a
    closed place or whose legs are all closed."""
    k = ENDS[end]

    def weight(u, v, d):
        pu, pv = place_of(u), place_of(v)
        if (pu is not None and pu in closed_places) or (pv is not None and pv in closed_places):
            return None
        legs = d.get("legs")
        if legs is None:
            return d["cost"][k]
        best = None
        for eid, c in legs:
            if eid not in closed_edges and (best is None or c[k] < best):
                best = c[k]
        return best

    return weight


def path_edges(g: nx.DiGraph, path: list, end: str = "mid", closed_edges=frozenset()) -> list[str]:
    """The edge ids (legs and links) a graph path uses, in order: at each leg step the cheapest open one."""
    k = ENDS[end]
    out = []
    for u, v in zip(path[:-1], path[1:]):
        legs = g[u][v].get("legs")
        if legs:
            open_legs = [(c[k], eid) for eid, c in legs if eid not in closed_edges]
            out.append(min(open_legs)[1])
    return out
