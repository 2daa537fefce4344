"""What-if interdiction over a scenario's own network: close places, regions, modes or legs, and see
where the least-cost paths move, how far and at what cost.

This is a calculator over the scenario's sourced network (:mod:`geo.network`), not a forecast: every
result follows from the scenario's legs, its candidate ``links:`` and its ``costs:``; the reports
say which of them are illustrative and give every cost range.

- :func:`interdict`: for each origin–destination pair the scenario declares (``od_pairs:``), the
  least-cost path before and after the interventions; extra km and extra € per kg (at the low,
  middle and high ends of the cost ranges); the countries, regions and border crossings that gain or
  lose transit km; pairs cut off.
- :func:`best_interdiction`: the exact K places or edges whose closure raises the least cost the
  most (shortest-path interdiction), by exhaustive search over the elements of the current least-cost
  paths (see its Notes for why that is exact); :func:`betweenness` ranks places and edges by how many
  declared pairs' least-cost paths pass through them.
- :func:`write_displacement`: ``displacement.geojson`` (RFC 7946) and ``displacement.md``, and the
  map of the paths before and after (:mod:`geo.interdict_map`), written together atomically.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd

from .errors import GeoError
from .network import (ENDS, MODES, SINK_TAG, SOURCE_TAG, Network, build_network, network_graph, path_edges, place_of,
                      weight_function)

__all__ = ["interdict", "InterdictResult", "parse_closure", "resolve_closures", "solve_pairs", "objective",
           "best_interdiction", "betweenness", "candidate_elements", "write_displacement", "CLOSE_KINDS"]

#: What ``--close KIND:VALUE`` can close.
CLOSE_KINDS = ("place", "region", "mode", "leg", "link")
_CONFIDENCE = ("reported", "alleged", "possible")   # strongest first
_DRAWING = ("located", "approximate", "illustrative")
#: Costs closer than this (€/kg) are taken as equal when comparing objectives.
COST_TOLERANCE_EUR_PER_KG = 1e-9

HONESTY = ("This is a calculation over the scenario's own network, not a prediction. The paths are the least-cost "
           "paths under the scenario's `costs:` (€ per kg carried) over the legs of its routes and its candidate "
           "`links:`; a connection the scenario lacks cannot be taken, and nothing but these costs decides. "
           "Trafficking also answers to capacity, time, protection, prices and risks that no figure here holds.")


def parse_closure(text: str) -> dict:
    """A closure from ``KIND:VALUE`` text (``place:kiteni``, ``region:vraem``, ``mode:air``,
    ``mode:air@vraem`` for the air edges leaving the VRAEM, ``leg:air_bridge_bolivia__1``, ``link:ID``).

    Returns
    -------
    dict
        As in a scenario's ``interventions[].close``: ``{"place": ...}``, ``{"mode": ..., "from_region": ...}``,
        ``{"leg": ...}``; ``link:ID`` gives ``{"link": ID}`` (closed as a leg is, named as given).

    Raises
    ------
    GeoError
        If the text is not ``KIND:VALUE`` with a known kind; the message names the value.
    """
    kind, sep, value = str(text).partition(":")
    if not sep or kind not in CLOSE_KINDS or not value:
        raise GeoError(f"--close {text!r}: give KIND:VALUE with KIND one of {', '.join(CLOSE_KINDS)} "
                       "(place:ID, region:ID, mode:MODE or mode:MODE@REGION, leg:ID, link:ID)")
    if kind == "mode":
        mode, _, region = value.partition("@")
        return {"mode": mode, **({"from_region": region} if region else {})}
    return {kind: value}


def closure_text(net, kind: str, eid: str) -> str:
    """An element of the exact interdiction (``("place" | "edge", id)``) as ``--close`` takes it back:
    ``place:ID``, ``leg:ROUTE__N`` or ``link:ID`` (a link's return edge ``ID__back`` is its link)."""
    if kind == "place":
        return f"place:{eid}"
    row = net.edges.set_index("id").loc[eid]
    if row["kind"] == "link":
        return f"link:{eid.removesuffix('__back')}"
    return f"leg:{eid}"


def _describe_closure(close: dict) -> str:
    if "mode" in close:
        return f"close mode {close['mode']}" + (f" leaving region {close['from_region']}" if close.get("from_region") else "")
    (kind, value), = close.items()
    return f"close {kind} {value}"


def resolve_closures(net: Network, closures, *, risk: dict | None = None) -> tuple[frozenset, frozenset, dict, list[str]]:
    """The places and edges closed, and the risk multipliers, after a list of closures.

    Parameters
    ----------
    net : Network
    closures : iterable of str or dict
        ``"KIND:VALUE"`` texts (:func:`parse_closure`), ``close`` objects (``{"region": "vraem"}``) or
        whole intervention items (``{"close": {...}}`` or ``{"raise_risk": {"region", "factor"}}``).
    risk : dict, keyword-only
        Starting multipliers; default ``net.risk``.

    Returns
    -------
    (frozenset of str, frozenset of str, dict, list of str)
        Closed place ids, closed edge ids, risk multipliers by region, and one description per closure.

    Raises
    ------
    GeoError
        If a closure names an unknown place, region, mode or edge (the message names the value and
        lists what is known).
    """
    risk = dict(net.risk if risk is None else risk)
    places, edges, said = set(), set(), []
    edge_ids = set(net.edges["id"])
    node_ids = set(net.places)
    regions = {r for rs in net.place_regions.values() for r in rs} | {r for d in net.edge_regions.values() for r in d}
    by_id = net.edges.set_index("id", drop=False)
    for item in closures:
        if isinstance(item, str):
            item = parse_closure(item)
        if "raise_risk" in item:
            rr = item["raise_risk"]
            if rr["region"] not in regions:
                raise GeoError(f"raise_risk region {rr['region']!r}: no edge or place of the network is in it")
            risk[rr["region"]] = risk.get(rr["region"], 1.0) * float(rr["factor"])
            said.append(f"raise the risk of region {rr['region']} ×{rr['factor']:g}")
            continue
        close = item.get("close", item)
        if "place" in close:
            if close["place"] not in node_ids:
                raise GeoError(f"--close place:{close['place']}: not a place of the network; places: {', '.join(sorted(node_ids))}")
            places.add(close["place"])
        elif "region" in close:
            if close["region"] not in regions:
                raise GeoError(f"--close region:{close['region']}: no edge or place of the network is in it; regions: "
                               f"{', '.join(sorted(regions))}")
            edges |= {e for e in edge_ids if close["region"] in net.regions_of_edge(e)}
        elif "mode" in close:
            if close["mode"] not in MODES:
                raise GeoError(f"--close mode:{close['mode']}: not a mode; modes: {', '.join(MODES)}")
            region = close.get("from_region")
            if region is not None and region not in regions:
                raise GeoError(f"--close mode:{close['mode']}@{region}: no edge or place of the network is in region "
                               f"{region!r}; regions: {', '.join(sorted(regions))}")
            chosen = by_id[by_id["mode"] == close["mode"]]
            if region is not None:
                chosen = chosen[[region in net.place_regions.get(p, ()) for p in chosen["from_id"]]]
            edges |= set(chosen["id"])
        elif "leg" in close or "link" in close:
            said_kind = "leg" if "leg" in close else "link"
            wanted = close[said_kind]
            found = {e for e in edge_ids if e == wanted or e == f"{wanted}__back"}
            if not found:
                raise GeoError(f"--close {said_kind}:{wanted}: not a leg or link id of the network (legs are ROUTE__N, "
                               f"e.g. {sorted(edge_ids)[0]})")
            edges |= found
        else:
            raise GeoError(f"closure {item!r}: nothing to close")
        said.append(_describe_closure(close))
    return frozenset(places), frozenset(edges), risk, said


def _solve_one(g, pair_id, end, closed_places, closed_edges):
    weight = weight_function(end, closed_places, closed_edges)
    try:
        cost, path = nx.bidirectional_dijkstra(g, (SOURCE_TAG, pair_id), (SINK_TAG, pair_id), weight=weight)
    except nx.NetworkXNoPath:
        return None
    return cost, path


def _pair_state(g, pair_id, closed_places, closed_edges, *, ranges: bool = True) -> dict:
    """Least-cost path (at the middle of the cost ranges) and least cost at each end of the ranges."""
    mid = _solve_one(g, pair_id, "mid", closed_places, closed_edges)
    if mid is None:
        return {"reachable": False, "cost": (np.nan, np.nan, np.nan), "nodes": [], "edges": [], "places": [],
                "path_differs_within_ranges": False}
    cost_mid, path = mid
    edges = path_edges(g, path, "mid", closed_edges)
    places = list(dict.fromkeys(p for p in map(place_of, path) if p is not None))
    low = high = (cost_mid, path)
    if ranges:
        low = _solve_one(g, pair_id, "low", closed_places, closed_edges)
        high = _solve_one(g, pair_id, "high", closed_places, closed_edges)
    differs = ranges and (path_edges(g, low[1], "low", closed_edges) != edges
                          or path_edges(g, high[1], "high", closed_edges) != edges)
    return {"reachable": True, "cost": (low[0], cost_mid, high[0]), "nodes": path, "edges": edges, "places": places,
            "path_differs_within_ranges": bool(differs)}


def solve_pairs(net: Network, g: nx.DiGraph, closed_places=frozenset(), closed_edges=frozenset(), *,
                ranges: bool = True) -> dict[str, dict]:
    """Least-cost path of every declared pair under closures.

    Returns
    -------
    dict of str to dict
        By pair id: ``reachable``, ``cost`` (least € per kg at the low, middle and high ends of the
        ranges), ``edges`` and ``places`` of the path chosen at the middle of the ranges, and
        ``path_differs_within_ranges`` (another path is cheapest at the low or high end).
    """
    return {p["id"]: _pair_state(g, p["id"], closed_places, closed_edges, ranges=ranges) for p in net.pairs}


def objective(states: dict[str, dict]) -> tuple[int, float]:
    """What interdiction maximises: (pairs cut off, sum of the reachable pairs' least € per kg at the
    middle of the ranges), compared lexicographically; cost rounded to :data:`COST_TOLERANCE_EUR_PER_KG`."""
    cut = sum(not s["reachable"] for s in states.values())
    total = sum(s["cost"][1] for s in states.values() if s["reachable"])
    return cut, round(total / COST_TOLERANCE_EUR_PER_KG) * COST_TOLERANCE_EUR_PER_KG


def _elements(state: dict, endpoints: set) -> set:
    return {("place", p) for p in state["places"] if p not in endpoints} | {("edge", e) for e in state["edges"]}


def candidate_elements(net: Network) -> list[tuple[str, str]]:
    """Every place and edge that interdiction may close: all edges, and every place that is not an
    origin or destination of a declared pair (closing those would remove the question, not answer it)."""
    endpoints = {p for pair in net.pairs for p in (*pair["origins"], *pair["destinations"])}
    return sorted({("place", p) for p in net.places if p not in endpoints} | {("edge", e) for e in net.edges["id"]})


def _split(elements) -> tuple[frozenset, frozenset]:
    return (frozenset(v for k, v in elements if k == "place"), frozenset(v for k, v in elements if k == "edge"))


def best_interdiction(net: Network, k: int, *, g: nx.DiGraph | None = None, closed_places=frozenset(),
                      closed_edges=frozenset()) -> dict:
    """The exact K-interdiction: the at most ``k`` places or edges whose closure raises the declared
    pairs' least cost the most (pairs cut off first, then the sum of € per kg at the middle of the ranges).

    Parameters
    ----------
    net : Network
    k : int
        How many places or edges may be closed (0 ≤ k).
    g : networkx.DiGraph, keyword-only
        The network's graph (:func:`geo.network.network_graph`), with the risk to use; built when not given.
    closed_places, closed_edges : frozenset of str, keyword-only
        Already closed (the interventions); the search adds to them.

    Returns
    -------
    dict
        ``elements`` (list of ``("place"|"edge", id)``, sorted), ``objective_before`` and
        ``objective_after`` (:func:`objective`), ``states`` (:func:`solve_pairs` after the closure),
        ``sets_evaluated``, ``method`` (text) and ``exact`` (True).

    Notes
    -----
    Exhaustive search with pruning, exact. Closing more never lowers a least cost, so the objective is
    monotone. If a set T of closures shares no element with the current least-cost paths, every path
    survives T and no pair's cost changes; so an optimal set either changes nothing or contains an
    element of a current path. The search therefore branches only on the elements of the current
    least-cost paths (at most their length to the power K branches) and skips sets already evaluated.
    Origins and destinations of the pairs are not candidates (:func:`candidate_elements`). Ties go to
    the smaller set, then to the first in sorted order.
    """
    if k < 0:
        raise GeoError(f"--best {k}: give a number of places or edges to close, 0 or more")
    g = network_graph(net) if g is None else g
    endpoints = {p for pair in net.pairs for p in (*pair["origins"], *pair["destinations"])}
    base = solve_pairs(net, g, closed_places, closed_edges, ranges=False)
    start = objective(base)
    best = {"obj": start, "set": ()}
    seen = {frozenset()}
    counter = [1]

    def better(obj, chosen):
        b_obj, b_set = best["obj"], best["set"]
        return obj > b_obj or (obj == b_obj and (len(chosen) < len(b_set) or (len(chosen) == len(b_set) and chosen < b_set)))

    def search(chosen: tuple, states: dict, left: int):
        obj = objective(states)
        if better(obj, chosen):
            best["obj"], best["set"] = obj, chosen
        if left == 0 or obj[0] == len(states):
            return
        branch = set().union(*(_elements(s, endpoints) for s in states.values() if s["reachable"])) - set(chosen)
        for element in sorted(branch):
            new = tuple(sorted((*chosen, element)))
            key = frozenset(new)
            if key in seen:
                continue
            seen.add(key)
            counter[0] += 1
            extra_places, extra_edges = _split(new)
            new_states = {pid: (_pair_state(g, pid, closed_places | extra_places, closed_edges | extra_edges, ranges=False)
                                if element in _elements(s, endpoints) else s)
                          for pid, s in states.items()}
            search(new, new_states, left - 1)

    search((), base, k)
    extra_places, extra_edges = _split(best["set"])
    after = solve_pairs(net, g, closed_places | extra_places, closed_edges | extra_edges)
    return {"elements": list(best["set"]), "objective_before": start, "objective_after": best["obj"], "states": after,
            "sets_evaluated": counter[0], "exact": True,
            "method": (f"exhaustive search with pruning (branching only on the elements of the current least-cost "
                       f"paths, which provably keeps the optimum), {counter[0]:,} closure sets evaluated; exact")}


def betweenness(net: Network, g: nx.DiGraph, closed_places=frozenset(), closed_edges=frozenset(),
                *, end: str = "mid") -> pd.DataFrame:
    """Rank places and edges by how many declared pairs' least-cost paths pass through them.

    For each pair, every least-cost path from its origin to its destination on the graph with the
    costs (€ per kg at ``end`` of the ranges) as weights (:func:`networkx.all_shortest_paths`, Dijkstra)
    counts for an equal share of the pair (tied paths share it; unnormalised). A place's score is the
    sum over the legs arriving at it (every path through a place arrives by one leg).

    Returns
    -------
    pandas.DataFrame
        ``kind`` (place/edge), ``id``, ``name``, ``pairs_through`` (sum over pairs of the share of
        their least-cost paths through it), sorted by it, descending; zero rows left out.

    Notes
    -----
    :func:`networkx.edge_betweenness_centrality_subset` is not used: on this graph, whose alighting
    edges cost nothing, it gives shares to edges no least-cost path uses (networkx 3.6: a Peru pair
    with one least-cost path got 0.125 on its first leg).
    """
    weight = weight_function(end, closed_places, closed_edges)
    h = nx.DiGraph()
    for u, v, d in g.edges(data=True):
        w = weight(u, v, d)
        if w is not None:
            h.add_edge(u, v, w=w)
    scores: dict[tuple, float] = {}
    for pair in net.pairs:
        src, dst = (SOURCE_TAG, pair["id"]), (SINK_TAG, pair["id"])
        if src not in h or dst not in h or not nx.has_path(h, src, dst):
            continue
        paths = list(nx.all_shortest_paths(h, src, dst, weight="w"))
        for path in paths:
            for u, v in zip(path[:-1], path[1:]):
                if "legs" not in g[u][v]:
                    continue
                open_legs = [(c[ENDS[end]], eid) for eid, c in g[u][v]["legs"] if eid not in closed_edges]
                eid = min(open_legs)[1]
                for key in (("edge", eid), ("place", place_of(v))):
                    scores[key] = scores.get(key, 0.0) + 1.0 / len(paths)
    by_id = net.edges.set_index("id")
    rows = [{"kind": kind, "id": i, "name": net.place_names.get(i, i) if kind == "place" else str(by_id.loc[i, "name"]),
             "pairs_through": round(v, 6)} for (kind, i), v in scores.items()]
    df = pd.DataFrame(rows, columns=["kind", "id", "name", "pairs_through"])
    return df.sort_values(["pairs_through", "kind", "id"], ascending=[False, True, True], ignore_index=True)


# --------------------------------------------------------------------------------------------- analysis

def _sum_km(net: Network, edges: list[str], table: dict) -> dict[str, float]:
    out: dict[str, float] = {}
    for e in edges:
        for key, km in table.get(e, {}).items():
            out[key] = out.get(key, 0.0) + km
    return out


def _weakest(values, order) -> str | None:
    ranks = [order.index(v) for v in values if v in order]
    return order[max(ranks)] if ranks else None


@dataclass
class InterdictResult:
    """What :func:`interdict` found.

    Attributes
    ----------
    network : Network
    applied : list of str
        The interventions and closures applied, described.
    pairs : pandas.DataFrame
        One row per declared pair: ``pair_id``, ``name``, ``reachable_before``, ``reachable_after``,
        ``km_before``, ``km_after``, ``extra_km``; ``cost_{low,mid,high}_before_eur_per_kg`` and
        ``_after_``; ``extra_{low,mid,high}_eur_per_kg``; ``path_before``, ``path_after`` (place ids);
        ``edges_before``, ``edges_after``.
    transit : pandas.DataFrame
        Per pair, what gains or loses transit km: ``pair_id``, ``kind`` (country/region/crossing),
        ``key``, ``before_km``, ``after_km``, ``change_km`` (crossings: counts instead of km).
    displacement : geopandas.GeoDataFrame
        Paths before and after (MultiLineString, EPSG:4326; no geometry where unreachable).
    best : dict or None
        :func:`best_interdiction` with ``k``; None without ``best``.
    ranking : pandas.DataFrame or None
        :func:`betweenness` on the network after the interventions; None without ``best``.
    markdown : str
        The report (``displacement.md``).
    """

    network: Network
    applied: list
    pairs: pd.DataFrame
    transit: pd.DataFrame
    displacement: object
    best: dict | None = None
    ranking: pd.DataFrame | None = None
    markdown: str = ""
    states: dict = field(default_factory=dict, repr=False)


def _select_interventions(net: Network, closures, interventions) -> list[dict]:
    declared = {i["id"]: i for i in net.interventions}
    if interventions is None:
        return list(net.interventions) if not closures else []
    if interventions == "all":
        return list(net.interventions)
    chosen = []
    for iid in interventions:
        if iid == "all":
            chosen.extend(net.interventions)
        elif iid not in declared:
            raise GeoError(f"--intervention {iid!r}: not an intervention of the scenario; declared: "
                           f"{', '.join(declared) or 'none'}")
        else:
            chosen.append(declared[iid])
    return chosen


def interdict(scenario=None, closures=(), *, interventions=None, best: int = 0, layers: dict | None = None,
              official_files="auto", network: Network | None = None) -> InterdictResult:
    """What-if interdiction over a scenario's own network.

    Parameters
    ----------
    scenario : Scenario, str or pathlib.Path, optional
        A scenario or its file; default the embedded Peru scenario.
    closures : iterable of str or dict
        Ad-hoc closures: ``"place:ID"``, ``"region:ID"``, ``"mode:MODE"`` (``"mode:air@vraem"``: the air
        edges leaving a region), ``"leg:ROUTE__N"``, ``"link:ID"``, or dicts as in :func:`resolve_closures`.
    interventions : list of str, "all" or None, keyword-only
        Ids of the scenario's ``interventions`` to apply. Default: all of them when no ``closures``
        are given, none otherwise.
    best : int, keyword-only
        Also find the exact ``best``-interdiction on the network after the interventions
        (:func:`best_interdiction`) and rank by :func:`betweenness`; 0: neither.
    layers : dict, keyword-only
        The scenario's layers, if already built.
    official_files : keyword-only
        Official boundaries for building the layers (:func:`geo.build.resolve_official`).
    network : Network, keyword-only
        A network already built (then ``scenario`` and ``layers`` are not read).

    Returns
    -------
    InterdictResult

    Raises
    ------
    ScenarioError
        If the scenario's interdiction sections are inconsistent (:func:`geo.network.build_network`).
    GeoError
        If a closure or intervention id is unknown, the scenario declares no ``od_pairs``, or
        ``best`` is negative; the message names the value.
    """
    from .scenario import Scenario, load_scenario

    if network is None:
        scen = scenario if isinstance(scenario, Scenario) else load_scenario(scenario)
        network = build_network(scen, layers=layers, official_files=official_files)
    net = network
    if not net.pairs:
        raise GeoError("the scenario declares no od_pairs: nothing to compare (see the README, 'What if')")
    if best < 0:
        raise GeoError(f"--best {best}: give a number of places or edges to close, 0 or more")
    closures = list(closures)
    chosen = _select_interventions(net, closures, interventions)
    closed_places, closed_edges, risk, said = resolve_closures(net, [*chosen, *closures])
    applied = [f"{i['id']} ({i['name']}" + (f", from {i['period_start']}" if i.get("period_start") else "") + "): " + s
               for i, s in zip(chosen, said)] + said[len(chosen):]
    g_before = network_graph(net)
    g_after = network_graph(net, risk=risk) if risk != net.risk else g_before
    before = solve_pairs(net, g_before)
    after = solve_pairs(net, g_after, closed_places, closed_edges)
    pairs, transit = _tables(net, before, after)
    result = InterdictResult(network=net, applied=applied, pairs=pairs, transit=transit,
                             displacement=_displacement(net, pairs, before, after), states={"before": before, "after": after})
    if best:
        result.best = best_interdiction(net, best, g=g_after, closed_places=closed_places, closed_edges=closed_edges)
        result.best["k"] = best
        result.ranking = betweenness(net, g_after, closed_places, closed_edges)
    result.markdown = _markdown(result)
    return result


def _tables(net: Network, before: dict, after: dict) -> tuple[pd.DataFrame, pd.DataFrame]:
    km = net.edges.set_index("id")["length_km"]
    rows, transit = [], []
    for pair in net.pairs:
        b, a = before[pair["id"]], after[pair["id"]]
        kb = float(km.loc[b["edges"]].sum()) if b["reachable"] else np.nan
        ka = float(km.loc[a["edges"]].sum()) if a["reachable"] else np.nan
        row = {"pair_id": pair["id"], "name": pair["name"], "reachable_before": b["reachable"],
               "reachable_after": a["reachable"], "km_before": round(kb, 1), "km_after": round(ka, 1),
               "extra_km": round(ka - kb, 1)}
        for end, i in ENDS.items():
            row[f"cost_{end}_before_eur_per_kg"] = b["cost"][i]
            row[f"cost_{end}_after_eur_per_kg"] = a["cost"][i]
            row[f"extra_{end}_eur_per_kg"] = a["cost"][i] - b["cost"][i]
        row.update(path_before=list(b["places"]), path_after=list(a["places"]), edges_before=list(b["edges"]),
                   edges_after=list(a["edges"]), range_sensitive_before=b["path_differs_within_ranges"],
                   range_sensitive_after=a["path_differs_within_ranges"])
        rows.append(row)
        for kind, table in (("country", net.edge_countries), ("region", net.edge_regions)):
            kb_, ka_ = _sum_km(net, b["edges"], table), _sum_km(net, a["edges"], table)
            for key in sorted(set(kb_) | set(ka_)):
                x, y = kb_.get(key, 0.0), ka_.get(key, 0.0)
                if abs(y - x) >= 0.05:
                    transit.append({"pair_id": pair["id"], "kind": kind, "key": key, "before_km": round(x, 1),
                                    "after_km": round(y, 1), "change_km": round(y - x, 1)})
        cb = [c for e in b["edges"] for c in net.edge_crossings.get(e, ())]
        ca = [c for e in a["edges"] for c in net.edge_crossings.get(e, ())]
        for key in sorted(set(cb) | set(ca)):
            x, y = cb.count(key), ca.count(key)
            if x != y:
                transit.append({"pair_id": pair["id"], "kind": "crossing", "key": key, "before_km": float(x),
                                "after_km": float(y), "change_km": float(y - x)})
    return (pd.DataFrame(rows),
            pd.DataFrame(transit, columns=["pair_id", "kind", "key", "before_km", "after_km", "change_km"]))


def _displacement(net: Network, pairs: pd.DataFrame, before: dict, after: dict):
    import geopandas as gpd
    import shapely

    has_geom = hasattr(net.edges, "geometry")
    by_id = net.edges.set_index("id", drop=False)
    rows, geoms = [], []
    for row in pairs.itertuples():
        for state, states in (("before", before), ("after", after)):
            s = states[row.pair_id]
            edges = by_id.loc[s["edges"]] if s["reachable"] else by_id.iloc[0:0]
            geom = None
            if has_geom and len(edges):
                parts = [p for g_ in edges.geometry.values for p in shapely.get_parts(g_)]
                geom = shapely.MultiLineString(parts)
            places = [net.place_names.get(p, p) for p in s["places"]]
            notes = sorted({n for n in edges.get("drawing_note", pd.Series(dtype=object)).dropna()})
            rows.append({
                "id": f"{row.pair_id}__{state}", "pair_id": row.pair_id, "pair_name": row.name, "state": state,
                "reachable": bool(s["reachable"]),
                "path": " → ".join(places) if places else None,
                "path_ids": " → ".join(s["places"]) if places else None,
                "edges": "; ".join(s["edges"]) or None,
                "modes": ", ".join(dict.fromkeys(edges["mode"])) or None,
                "length_km": round(float(edges["length_km"].sum()), 1) if s["reachable"] else None,
                "cost_low_eur_per_kg": s["cost"][0], "cost_eur_per_kg": s["cost"][1], "cost_high_eur_per_kg": s["cost"][2],
                "extra_km": row.extra_km if state == "after" else 0.0,
                "extra_low_eur_per_kg": row.extra_low_eur_per_kg if state == "after" else 0.0,
                "extra_eur_per_kg": row.extra_mid_eur_per_kg if state == "after" else 0.0,
                "extra_high_eur_per_kg": row.extra_high_eur_per_kg if state == "after" else 0.0,
                "countries": "; ".join(f"{k} {v:.1f} km" for k, v in _sum_km(net, s["edges"], net.edge_countries).items()) or None,
                "regions": "; ".join(f"{k} {v:.1f} km" for k, v in _sum_km(net, s["edges"], net.edge_regions).items()) or None,
                "border_crossings": "; ".join(c for e in s["edges"] for c in net.edge_crossings.get(e, ())) or None,
                "range_sensitive": bool(s["path_differs_within_ranges"]),
                "confidence": _weakest(edges["confidence"], _CONFIDENCE) if len(edges) else None,
                "drawing": _weakest(edges["drawing"], _DRAWING) if len(edges) else None,
                "drawing_note": "; ".join(notes) or None,
                "sources": "; ".join(dict.fromkeys(x for v in edges["sources"] for x in str(v).split("; "))) or None,
                "geometry_kind": "computed",
                "geometry_basis": ("computed: the least-cost path over the scenario's legs and links under its costs "
                                   "(middle of each range); the geometry is that of the legs and links it uses"),
            })
            geoms.append(geom)
    df = pd.DataFrame(rows)
    for col in ("length_km", "cost_low_eur_per_kg", "cost_eur_per_kg", "cost_high_eur_per_kg", "extra_km",
                "extra_low_eur_per_kg", "extra_eur_per_kg", "extra_high_eur_per_kg"):
        df[col] = pd.array(pd.to_numeric(df[col]).round(3), dtype="Float64")
        df[col] = df[col].where(df[col].notna() & np.isfinite(df[col].fillna(0).astype(float)), pd.NA)
    for col in ("reachable", "range_sensitive"):
        df[col] = df[col].astype("boolean")
    return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(geoms, crs="EPSG:4326"), crs="EPSG:4326")


# --------------------------------------------------------------------------------------------- report

def _md(text) -> str:
    """Text from data made safe in a Markdown table cell (HTML escaped, pipes and line breaks neutralised)."""
    return html.escape(str(text), quote=False).replace("|", "\\|").replace("\n", " ")


def _range_text(low, mid, high) -> str:
    if not np.isfinite(mid):
        return "unreachable"
    if abs(high - low) < 0.005:
        return f"{mid:,.2f}"
    return f"{mid:,.2f} ({low:,.2f}–{high:,.2f})"


def _figure_text(figure) -> str:
    if isinstance(figure, dict):
        if figure.get("at_least"):
            return f"at least {figure['low']:g} (computed at {figure['low']:g})"
        if "high" in figure:
            return f"{figure['low']:g}–{figure['high']:g}"
        return f"{figure['low']:g}"
    return f"{figure:g}"


def _path_text(net: Network, places: list, edges: list) -> str:
    if not places:
        return "**unreachable**"
    by_id = net.edges.set_index("id")
    modes = [by_id.loc[e, "mode"] for e in edges]
    out = _md(net.place_names.get(places[0], places[0]))
    # each edge ends at the next stop; the mode is written on the arrow
    stops = [by_id.loc[e, "to_id"] for e in edges]
    for mode, stop in zip(modes, stops):
        out += f" –{mode}→ " + _md(net.place_names.get(stop, stop))
    return out


def _markdown(result: InterdictResult) -> str:
    net = result.network
    lines = ["# What if: displacement of least-cost paths", "", HONESTY, ""]
    lines += ["## Interventions applied", ""]
    lines += [f"- {_md(a)}" for a in result.applied] or ["- none (the 'after' paths equal the 'before' paths)"]
    lines += ["", "## Least-cost paths before and after", "",
              "€ per kg carried at the middle of the cost ranges, the low–high span in brackets (the least cost with "
              "every figure at its low end, and at its high end). Extra € per kg is given at the low, middle and "
              "high ends.", "",
              "| pair | before | after | km before → after (extra) | €/kg before | €/kg after | extra €/kg (low / mid / high) |",
              "|---|---|---|---|---|---|---|"]
    for r in result.pairs.itertuples():
        km = (f"{r.km_before:,.1f} → {r.km_after:,.1f} ({r.extra_km:+,.1f})" if r.reachable_before and r.reachable_after
              else f"{r.km_before:,.1f} → –" if r.reachable_before else "–")
        extra = (" / ".join(f"{v:+,.2f}" for v in (r.extra_low_eur_per_kg, r.extra_mid_eur_per_kg, r.extra_high_eur_per_kg))
                 if r.reachable_before and r.reachable_after else "cut off" if r.reachable_before else "–")
        lines.append(f"| {_md(r.name)} | {_path_text(net, r.path_before, r.edges_before)} | "
                     f"{_path_text(net, r.path_after, r.edges_after)} | {km} | "
                     f"{_range_text(r.cost_low_before_eur_per_kg, r.cost_mid_before_eur_per_kg, r.cost_high_before_eur_per_kg)} | "
                     f"{_range_text(r.cost_low_after_eur_per_kg, r.cost_mid_after_eur_per_kg, r.cost_high_after_eur_per_kg)} | "
                     f"{extra} |")
    sensitive = [r.name for r in result.pairs.itertuples() if r.range_sensitive_before or r.range_sensitive_after]
    if sensitive:
        lines += ["", "Within the cost ranges another path is cheapest for: " + ", ".join(_md(s) for s in sensitive)
                  + " (the table shows the path at the middle of the ranges)."]
    cut = [r.name for r in result.pairs.itertuples() if r.reachable_before and not r.reachable_after]
    never = [r.name for r in result.pairs.itertuples() if not r.reachable_before]
    lines += ["", "## Unreachable pairs", ""]
    lines += ([f"- cut off by the interventions: {_md(n)}" for n in cut] + [f"- unreachable even before: {_md(n)}" for n in never]
              or ["- none"])
    lines += ["", "## Transit gained and lost", "",
              "Km of the least-cost path inside each country (ISO 3166 alpha-3; `sea` outside every country) and "
              "region, and land-border crossings (counts), where they change.", "",
              "| pair | kind | where | before | after | change |", "|---|---|---|---:|---:|---:|"]
    names = {p["id"]: p["name"] for p in net.pairs}
    for t in result.transit.itertuples():
        unit = "" if t.kind == "crossing" else " km"
        lines.append(f"| {_md(names[t.pair_id])} | {t.kind} | {_md(t.key)} | {t.before_km:,.1f}{unit} | "
                     f"{t.after_km:,.1f}{unit} | {t.change_km:+,.1f}{unit} |" if unit else
                     f"| {_md(names[t.pair_id])} | {t.kind} | {_md(t.key)} | {t.before_km:.0f} | {t.after_km:.0f} | "
                     f"{t.change_km:+.0f} |")
    if not len(result.transit):
        lines.append("| – | – | no change | | | |")
    lines += ["", "## How sure each path is", "",
              "A path is no surer than its weakest part: the weakest `confidence` (the sources' hedge: reported > "
              "alleged > possible) and the weakest `drawing` (how the legs and links were placed: located > "
              "approximate > illustrative) of the legs and links it uses.", "",
              "| pair | state | confidence | drawing | illustrative legs and links used |", "|---|---|---|---|---|"]
    by_edge = net.edges.set_index("id")
    for d in result.displacement.itertuples():
        if not d.reachable:
            lines.append(f"| {_md(d.pair_name)} | {d.state} | – | – | unreachable |")
            continue
        ids = str(d.edges).split("; ") if isinstance(d.edges, str) else []   # none: origin is a destination
        shown = [f"`{_md(e)}`" for e in ids if by_edge.loc[e, "drawing"] == "illustrative"]
        conf, drawing = ("–" if pd.isna(v) else v for v in (d.confidence, d.drawing))
        lines.append(f"| {_md(d.pair_name)} | {d.state} | {conf} | {drawing} | "
                     f"{', '.join(shown) or 'none'} |")
    if result.best is not None:
        b = result.best
        lines += ["", f"## Critical links: exact {b['k']}-interdiction", "",
                  f"Method: {b['method']}. The result is exact for this network and these costs (not a heuristic); "
                  "it is computed on the network after the interventions above, and maximises first the number of "
                  "pairs cut off, then the sum of the pairs' least € per kg (middle of the ranges).", ""]
        if b["elements"]:
            by_id = net.edges.set_index("id")
            for kind, eid in b["elements"]:
                label = net.place_names.get(eid, eid) if kind == "place" else by_id.loc[eid, "name"]
                lines.append(f"- close `{_md(closure_text(net, kind, eid))}` ({_md(label)})")
        else:
            lines.append("- no closure raises any pair's least cost")
        (c0, t0), (c1, t1) = b["objective_before"], b["objective_after"]
        lines += ["", f"Pairs cut off: {c0} → {c1}; sum of least € per kg over the pairs still reachable: "
                      f"{t0:,.2f} → {t1:,.2f}.", ""]
        lines += ["### Betweenness over the declared pairs", "",
                  "How many declared pairs' least-cost paths (€ per kg as weights; ties shared) pass through each "
                  "place or edge, on the network after the interventions (every least-cost path of a pair, by "
                  "networkx's Dijkstra, counts for an equal share of it).", "",
                  "| kind | id | name | pairs through |", "|---|---|---|---:|"]
        for r in result.ranking.head(15).itertuples():
            lines.append(f"| {r.kind} | `{_md(r.id)}` | {_md(r.name)} | {r.pairs_through:g} |")
    lines += ["", "## What the result rests on", "", "### Costs (€ per kg carried)", "",
              "| id | mode | per | figure | basis | confidence | sources | note |", "|---|---|---|---|---|---|---|---|"]
    for c in net.cost_items:
        figure = c.get("eur_per_kg", c.get("eur_per_kg_per_km"))
        lines.append(f"| {_md(c['id'])} | {c['mode']} | {c['per']} | {_md(_figure_text(figure))} | {c['basis']} | "
                     f"{c.get('confidence', '–')} | {_md(', '.join(c.get('sources', [])) or '–')} | {_md(c.get('note', ''))} |")
    if net.risk_items:
        lines += ["", "### Risk multipliers (per-km costs inside the region)", "",
                  "| id | region | multiplier | basis | confidence | sources | note |", "|---|---|---:|---|---|---|---|"]
        for r in net.risk_items:
            lines.append(f"| {_md(r['id'])} | {_md(r['region'])} | {r['multiplier']:g} | {r['basis']} | {r.get('confidence', '–')} | "
                         f"{_md(', '.join(r.get('sources', [])) or '–')} | {_md(r.get('note', ''))} |")
    illus = ([f"cost `{_md(c['id'])}`" for c in net.cost_items if c["basis"] == "illustrative"]
             + [f"risk `{_md(r['id'])}`" for r in net.risk_items if r["basis"] == "illustrative"]
             + [f"link `{_md(lk['id'])}` ({_md(lk['name'])})" for lk in net.link_items if lk["drawing"] == "illustrative"])
    used = dict.fromkeys(e for d in result.displacement.itertuples() if d.reachable and isinstance(d.edges, str)
                         for e in d.edges.split("; "))
    legs = net.edges[(net.edges["kind"] == "leg") & (net.edges["drawing"] == "illustrative")]
    illus += [f"leg `{_md(r.id)}` ({_md(r.name)})" for r in legs.itertuples() if r.id in used]
    lines += ["", "### Illustrative inputs", "",
              "These are ours, not the sources': a result that depends on them depends on a drawing or a placeholder "
              "figure. Legs are listed where a path above uses them.", ""]
    lines += [f"- {x}" for x in illus] or ["- none"]
    if net.link_items:
        lines += ["", "### Candidate links (no reported route uses them)", "",
                  "| id | from → to | mode | confidence | drawing | note |", "|---|---|---|---|---|---|"]
        for lk in net.link_items:
            lines.append(f"| {_md(lk['id'])} | {_md(lk['from'])} → {_md(lk['to'])} | {lk['mode']} | {lk['confidence']} | "
                         f"{lk['drawing']} | {_md(lk.get('drawing_note') or lk.get('note') or '')} |")
    return "\n".join(lines) + "\n"


def write_displacement(result: InterdictResult, out_dir, *, map_html: str | None = None) -> list[Path]:
    """Write ``displacement.geojson`` (RFC 7946, one feature per pair and state) and
    ``displacement.md`` (and ``displacement_map.html`` when ``map_html`` is given) into ``out_dir``,
    all replaced together or none (temporary files, then renames).

    Returns
    -------
    list of pathlib.Path
        The files written.

    Raises
    ------
    OSError
        If the folder cannot be written; earlier files are then left as they were.
    """
    from .writers import atomic_write_many, geojson_text

    out = Path(out_dir)
    texts = {out / "displacement.geojson": geojson_text(result.displacement), out / "displacement.md": result.markdown}
    if map_html is not None:
        texts[out / "displacement_map.html"] = map_html
    return atomic_write_many(texts)


def run_cli(args) -> None:
    """``python -m geo interdict``: analyse, print the summary, write the files (see :func:`interdict`)."""
    from .outputs import check_output_folder

    check_output_folder(args.out, option="--out", force=getattr(args, "force", False))  # before any work
    from .build import resolve_official
    from .layers import build_layers
    from .scenario import load_scenario

    for text in args.close:  # refuse a malformed --close before any work
        parse_closure(text)
    if args.best < 0:
        raise GeoError(f"--best {args.best}: give a number of places or edges to close, 0 or more")
    scen = load_scenario(args.scenario)
    layers = build_layers(scen, official_files=resolve_official(scen))
    result = interdict(scen, args.close, interventions=args.intervention, best=args.best, layers=layers)
    map_html = None
    if not args.no_map:
        from .interdict_map import displacement_map

        map_html = displacement_map(result, layers, scenario=scen).get_root().render()
    for line in result.applied or ["no intervention applied"]:
        print(f"applied: {line}")
    for r in result.pairs.itertuples():
        after = (f"{r.cost_mid_after_eur_per_kg:,.2f} €/kg ({r.extra_mid_eur_per_kg:+,.2f}), {r.km_after:,.1f} km "
                 f"({r.extra_km:+,.1f})" if r.reachable_after else "unreachable")
        before = f"{r.cost_mid_before_eur_per_kg:,.2f} €/kg, {r.km_before:,.1f} km" if r.reachable_before else "unreachable"
        print(f"{r.pair_id}: before {before}; after {after}")
    if result.best is not None:
        chosen = ", ".join(closure_text(result.network, k, v) for k, v in result.best["elements"]) or "none"
        print(f"best {result.best['k']}: {chosen} ({result.best['method']})")
    print("a calculation over the scenario's links and costs, not a prediction: see displacement.md for the "
          "illustrative inputs and cost ranges")
    for path in write_displacement(result, args.out, map_html=map_html):
        print(f"wrote {path}")
