"""What-if interdiction (geo/interdict.py, geo/interdict_map.py) on a small network whose every figure
is computed by hand below: the tables, the displacement layer, the report, the closures and the
exact K-interdiction, pinned value by value (what mutation testing found unasserted)."""

from __future__ import annotations

import json
import math

import geopandas as gpd
import networkx as nx
import pandas as pd
import pytest
import shapely

from geo.errors import GeoError
from geo.interdict import (best_interdiction, betweenness, candidate_elements, closure_text, interdict, objective,
                           parse_closure, resolve_closures, solve_pairs, write_displacement)
from geo.network import ModeCost, Network, network_graph

# Costs (€ per kg): road 2/4/6 per trip + 0.1/0.2/0.3 per km; air 10/15/20 per trip + 0.01 per km.
COSTS = {"road": ModeCost((2.0, 4.0, 6.0), (0.1, 0.2, 0.3), ("road_cost",)),
         "air": ModeCost((10.0, 15.0, 20.0), (0.01, 0.01, 0.01), ("air_cost",))}

#: id, kind, from, to, mode, km, confidence, drawing, drawing_note, sources, x0, x1 (the drawn line runs along the equator)
EDGES = [("r1", "leg", "a", "b", "road", 10, "reported", "located", None, "s1", 0, 1),
         ("r2", "leg", "b", "c", "road", 10, "alleged", "approximate", "river", "s1; s2", 1, 2),
         ("f1", "link", "a", "c", "air", 400, "possible", "illustrative", "ours", "s3", 0, 2),
         ("f1__back", "link", "c", "a", "air", 400, "possible", "illustrative", "ours", "s3", 2, 0),
         ("r3", "leg", "z", "y", "road", 5, "reported", "located", None, "s1", 5, 6)]


def _net(edges=EDGES, pairs=((("a",), ("c",)), (("b",), ("c",)), (("a",), ("y",))), **kw) -> Network:
    rows = [{"id": eid, "kind": kind, "route_id": None, "from_id": a, "to_id": b, "mode": mode, "length_km": float(km),
             "confidence": conf, "drawing": drawing, "drawing_note": note, "sources": src, "name": f"{a}→{b}",
             "geometry": shapely.LineString([(x0, 0), (x1, 0)])}
            for eid, kind, a, b, mode, km, conf, drawing, note, src, x0, x1 in edges]
    base = dict(edge_countries={"r1": {"PER": 10.0}, "r2": {"PER": 4.0, "BOL": 6.0}, "f1": {"PER": 100.0, "BRA": 300.0}},
                edge_regions={"r1": {"w": 10.0}, "r2": {"v": 4.0}, "f1": {"w": 9.96}},
                edge_crossings={"r2": ("PER→BOL",)}, place_names={"a": "Alpha", "c": "Gamma"},
                place_regions={"b": ("v",)})
    base.update(kw)
    return Network(edges=gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326"), costs=COSTS,
                   pairs=[{"id": f"p{i}", "name": f"pair {i}", "origins": tuple(o), "destinations": tuple(t)}
                          for i, (o, t) in enumerate(pairs)], **base)


# Hand-computed least costs (low, mid, high):
#   a→c by road r1, r2 (one trip, 20 km): 2 + 2 = 4, 4 + 4 = 8, 6 + 6 = 12;  by air f1 (400 km): 14, 19, 24.
#   b→c by road r2 (10 km): 3, 6, 9.   a→y: no path.
A_C_ROAD, A_C_AIR, B_C_ROAD = (4.0, 8.0, 12.0), (14.0, 19.0, 24.0), (3.0, 6.0, 9.0)


@pytest.fixture
def closed_b():
    # per test, not per module: mutmut links a function to the tests that call it, fixtures included
    return interdict(network=_net(), closures=["place:b"])


# ----------------------------------------------------------------------------- closures


def test_parse_closure_gives_each_kind_and_refuses_malformed_text():
    assert parse_closure("place:kiteni") == {"place": "kiteni"}
    assert parse_closure("region:vraem") == {"region": "vraem"}
    assert parse_closure("mode:air") == {"mode": "air"}
    assert parse_closure("mode:air@vraem") == {"mode": "air", "from_region": "vraem"}
    assert parse_closure("leg:r__1") == {"leg": "r__1"} and parse_closure("link:x:y") == {"link": "x:y"}
    message = ("--close {!r}: give KIND:VALUE with KIND one of place, region, mode, leg, link "
               "(place:ID, region:ID, mode:MODE or mode:MODE@REGION, leg:ID, link:ID)")
    for bad in ("harbour", "place:", ":x", "road:r1"):
        with pytest.raises(GeoError) as info:
            parse_closure(bad)
        assert str(info.value) == message.format(bad)


def test_resolve_closures_closes_what_each_kind_names_and_says_so():
    net = _net(place_regions={"b": ("v",), "a": ("u",)})
    # region v: the edges through it (r2 runs in it) or at its places (b: r1 arrives, r2 leaves)
    places, edges, risk, said = resolve_closures(net, ["region:v"])
    assert places == frozenset() and edges == {"r1", "r2"} and risk == {} and said == ["close region v"]
    # air leaving region u: f1 (from a), not f1__back (from c)
    assert resolve_closures(net, ["mode:air@u"])[1] == {"f1"}
    assert resolve_closures(net, ["mode:air"])[1] == {"f1", "f1__back"}
    assert resolve_closures(net, ["mode:road"])[1] == {"r1", "r2", "r3"}
    # a link closes both directions; a leg only itself
    assert resolve_closures(net, ["link:f1"])[1] == {"f1", "f1__back"}
    assert resolve_closures(net, [{"leg": "r3"}])[1] == {"r3"}
    places, edges, risk, said = resolve_closures(
        net, [{"close": {"place": "b"}}, "mode:air@u", "mode:road", "leg:r1", "link:f1",
              {"raise_risk": {"region": "v", "factor": 3}}, {"raise_risk": {"region": "v", "factor": 0.5}}],
        risk={"v": 2.0, "w": 1.5})
    assert places == {"b"} and edges == {"r1", "r2", "r3", "f1", "f1__back"}
    assert risk == {"v": 3.0, "w": 1.5}   # 2 × 3 × 0.5
    assert said == ["close place b", "close mode air leaving region u", "close mode road", "close leg r1", "close link f1",
                    "raise the risk of region v ×3", "raise the risk of region v ×0.5"]
    # without a starting risk, the network's own (a copy: the network is unchanged)
    net.risk["v"] = 4.0
    assert resolve_closures(net, [{"raise_risk": {"region": "v", "factor": 2}}])[2] == {"v": 8.0}
    assert net.risk == {"v": 4.0}
    assert resolve_closures(_net(), [{"raise_risk": {"region": "w", "factor": 2}}])[2] == {"w": 2.0}


@pytest.mark.parametrize("closure, message", [
    ("place:zzz", "--close place:zzz: not a place of the network; places: a, b, c, y, z"),
    ("region:q", "--close region:q: no edge or place of the network is in it; regions: v, w"),
    ("mode:boat", "--close mode:boat: not a mode; modes: foot, road, river, air, helicopter, sea"),
    ("mode:air@q", "--close mode:air@q: no edge or place of the network is in region 'q'; regions: v, w"),
    ("leg:r9", "--close leg:r9: not a leg or link id of the network (legs are ROUTE__N, e.g. f1)"),
    ("link:f9", "--close link:f9: not a leg or link id of the network (legs are ROUTE__N, e.g. f1)"),
    ({"raise_risk": {"region": "q", "factor": 2}}, "raise_risk region 'q': no edge or place of the network is in it"),
    ({"close": {"harbour": "x"}}, "closure {'close': {'harbour': 'x'}}: nothing to close"),
])
def test_unknown_closures_name_the_value_and_what_is_known(closure, message):
    with pytest.raises(GeoError) as info:
        resolve_closures(_net(), [closure])
    assert str(info.value) == message


def test_closure_text_is_what_close_takes_back():
    net = _net()
    assert closure_text(net, "place", "b") == "place:b"
    assert closure_text(net, "edge", "r2") == "leg:r2"
    assert closure_text(net, "edge", "f1") == "link:f1" and closure_text(net, "edge", "f1__back") == "link:f1"


# ----------------------------------------------------------------------------- least-cost paths


def test_solve_pairs_hand_computed_costs_paths_and_unreachable_pairs():
    net = _net()
    states = solve_pairs(net, network_graph(net))
    assert states["p0"]["cost"] == pytest.approx(A_C_ROAD) and states["p0"]["edges"] == ["r1", "r2"]
    assert states["p0"]["places"] == ["a", "b", "c"] and states["p0"]["path_differs_within_ranges"] is False
    assert states["p0"]["nodes"] == [("__from__", "p0"), "a", ("a", "road"), ("b", "road"), ("c", "road"), "c",
                                     ("__to__", "p0")]
    assert states["p1"]["cost"] == pytest.approx(B_C_ROAD)
    p2 = states["p2"]
    assert p2["reachable"] is False and all(math.isnan(c) for c in p2["cost"]) and len(p2["cost"]) == 3
    assert p2["nodes"] == p2["edges"] == p2["places"] == [] and p2["path_differs_within_ranges"] is False
    # without the ranges, the middle stands for all three ends
    assert solve_pairs(net, network_graph(net), ranges=False)["p0"]["cost"] == pytest.approx((8.0, 8.0, 8.0))
    closed = solve_pairs(net, network_graph(net), frozenset({"b"}), frozenset())
    assert closed["p0"]["cost"] == pytest.approx(A_C_AIR) and closed["p0"]["edges"] == ["f1"]
    assert closed["p0"]["places"] == ["a", "c"] and closed["p1"]["reachable"] is False


def test_a_path_cheapest_only_at_one_end_of_the_ranges_is_flagged():
    # a→c by road 100 km: 2 + 10 = 12 low, 4 + 20 = 24 mid, 6 + 30 = 36 high; by air 14, 19, 24 (400 km)
    net = _net(edges=[("r", "leg", "a", "c", "road", 100, "reported", "located", None, "s", 0, 1),
                      ("f", "link", "a", "c", "air", 400, "reported", "located", None, "s", 0, 1)],
               pairs=[(("a",), ("c",))], edge_countries={}, edge_regions={}, edge_crossings={})
    state = solve_pairs(net, network_graph(net))["p0"]
    assert state["cost"] == pytest.approx((12.0, 19.0, 24.0)) and state["edges"] == ["f"]
    assert state["path_differs_within_ranges"] is True
    # at the high end the road is dearer still: only the low end differs
    net_high = _net(edges=[("r", "leg", "a", "c", "road", 10, "reported", "located", None, "s", 0, 1),
                           ("f", "link", "a", "c", "air", 400, "reported", "located", None, "s", 0, 1)],
                    pairs=[(("a",), ("c",))], edge_countries={}, edge_regions={}, edge_crossings={})
    # road 10 km: 3, 6, 9; air 14, 19, 24: road at every end
    assert solve_pairs(net_high, network_graph(net_high))["p0"]["path_differs_within_ranges"] is False


def test_objective_counts_cut_pairs_then_sums_the_middle_cost_rounded():
    states = {"x": {"reachable": True, "cost": (1.0, 2.0000000000004, 3.0)},
              "y": {"reachable": False, "cost": (math.nan,) * 3},
              "z": {"reachable": True, "cost": (0.0, 0.5, 9.0)}}
    cut, total = objective(states)
    assert cut == 1 and total == pytest.approx(2.5, abs=1e-12) and total == objective({"a": {"reachable": True, "cost": (0, 2.5, 0)}})[1]
    assert objective({}) == (0, 0.0)


def test_candidates_are_every_edge_and_every_place_that_ends_no_pair():
    net = _net(pairs=[(("a",), ("c",))])
    assert candidate_elements(net) == [("edge", "f1"), ("edge", "f1__back"), ("edge", "r1"), ("edge", "r2"),
                                       ("edge", "r3"), ("place", "b"), ("place", "y"), ("place", "z")]


# ----------------------------------------------------------------------------- exact K-interdiction


def test_best_interdiction_hand_computed_with_its_count_of_sets():
    net = _net(pairs=[(("a",), ("c",))])
    # K=0: nothing closed, one set (the empty one) evaluated
    zero = best_interdiction(net, 0)
    assert zero["elements"] == [] and zero["sets_evaluated"] == 1 and zero["objective_after"] == zero["objective_before"]
    assert zero["objective_before"] == (0, pytest.approx(8.0))
    # K=1: the road path's elements are b, r1, r2 (3 sets); each moves the pair to the air link at 19:
    # a tie, won by the first in sorted order, ("edge", "r1")
    one = best_interdiction(net, 1)
    assert one["elements"] == [("edge", "r1")] and one["sets_evaluated"] == 4
    assert one["objective_after"] == (0, pytest.approx(19.0)) and one["exact"] is True
    assert one["states"]["p0"]["edges"] == ["f1"] and one["states"]["p0"]["cost"] == pytest.approx(A_C_AIR)
    assert one["method"] == ("exhaustive search with pruning (branching only on the elements of the current "
                             "least-cost paths, which provably keeps the optimum), 4 closure sets evaluated; exact")
    # K=2: r1 (or b, r2) then f1 cuts the pair; brute force over all candidate pairs agrees
    two = best_interdiction(net, 2)
    assert two["objective_after"] == (1, 0.0) and two["elements"] == [("edge", "f1"), ("edge", "r1")]
    g = network_graph(net)
    brute = max(objective(solve_pairs(net, g, frozenset(v for k, v in s if k == "place"),
                                      frozenset(v for k, v in s if k == "edge"), ranges=False))
                for s in (*[(c,) for c in candidate_elements(net)],
                          *[(c, d) for c in candidate_elements(net) for d in candidate_elements(net) if c < d]))
    assert two["objective_after"] == brute
    # sets: {} + 3 first closures + from each, the air path's f1 (b+f1, f1+r1, f1+r2): 7
    assert two["sets_evaluated"] == 7


def test_best_interdiction_stops_once_every_pair_is_cut_and_keeps_given_closures():
    net = _net(pairs=[(("b",), ("c",))])
    # b→c has one leg, r2: closing it cuts the only pair; K=3 evaluates nothing further
    found = best_interdiction(net, 3)
    assert found["elements"] == [("edge", "r2")] and found["objective_after"] == (1, 0.0) and found["sets_evaluated"] == 2
    # with r2 already closed, the pair is already cut: nothing to add
    given = best_interdiction(net, 2, closed_edges=frozenset({"r2"}))
    assert given["elements"] == [] and given["objective_before"] == (1, 0.0) and given["sets_evaluated"] == 1
    with pytest.raises(GeoError, match=r"^--best -1: give a number of places or edges to close, 0 or more$"):
        best_interdiction(net, -1)


def test_a_smaller_set_wins_a_tie_with_a_larger_one():
    # a→c: one road leg r (cuts the pair alone) and a second parallel road leg s of the same cost.
    # Closing r alone moves the pair to s (same cost); closing both cuts it. K=2 must pick {r, s}.
    edges = [("r", "leg", "a", "c", "road", 10, "reported", "located", None, "x", 0, 1),
             ("s", "leg", "a", "c", "road", 10, "reported", "located", None, "x", 0, 1)]
    net = _net(edges=edges, pairs=[(("a",), ("c",))], edge_countries={}, edge_regions={}, edge_crossings={})
    found = best_interdiction(net, 2)
    assert found["elements"] == [("edge", "r"), ("edge", "s")] and found["objective_after"] == (1, 0.0)
    # K=1 changes no cost: ties go to the smaller set, the empty one
    assert best_interdiction(net, 1)["elements"] == []


# ----------------------------------------------------------------------------- betweenness


def test_betweenness_shares_ties_and_sums_arrivals_at_places():
    # two paths of equal cost from a to d (through b, through c): each edge carries half the pair,
    # d receives the whole pair (both arrivals). Hand-computed; networkx on the plain graph agrees.
    edges = [("ab", "leg", "a", "b", "road", 10, "reported", "located", None, "x", 0, 1),
             ("bd", "leg", "b", "d", "road", 10, "reported", "located", None, "x", 1, 2),
             ("ac", "leg", "a", "c", "road", 10, "reported", "located", None, "x", 0, 1),
             ("cd", "leg", "c", "d", "road", 10, "reported", "located", None, "x", 1, 2),
             ("ad", "leg", "a", "d", "road", 50, "reported", "located", None, "x", 0, 2)]
    net = _net(edges=edges, pairs=[(("a",), ("d",))], edge_countries={}, edge_regions={}, edge_crossings={},
               place_names={"d": "Delta"})
    g = network_graph(net)
    ranking = betweenness(net, g)
    assert ranking.to_dict("records") == [
        {"kind": "place", "id": "d", "name": "Delta", "pairs_through": 1.0},
        {"kind": "edge", "id": "ab", "name": "a→b", "pairs_through": 0.5},
        {"kind": "edge", "id": "ac", "name": "a→c", "pairs_through": 0.5},
        {"kind": "edge", "id": "bd", "name": "b→d", "pairs_through": 0.5},
        {"kind": "edge", "id": "cd", "name": "c→d", "pairs_through": 0.5},
        {"kind": "place", "id": "b", "name": "b", "pairs_through": 0.5},
        {"kind": "place", "id": "c", "name": "c", "pairs_through": 0.5},
    ]
    plain = nx.DiGraph([("a", "b"), ("b", "d"), ("a", "c"), ("c", "d")])
    assert nx.edge_betweenness_centrality_subset(plain, ["a"], ["d"], normalized=False)[("a", "b")] == 0.5
    # closing b leaves one path: through c, whole; the closed place's legs drop out
    closed = betweenness(net, g, frozenset({"b"}))
    assert closed.to_dict("records") == [
        {"kind": "edge", "id": "ac", "name": "a→c", "pairs_through": 1.0},
        {"kind": "edge", "id": "cd", "name": "c→d", "pairs_through": 1.0},
        {"kind": "place", "id": "c", "name": "c", "pairs_through": 1.0},
        {"kind": "place", "id": "d", "name": "Delta", "pairs_through": 1.0},
    ]
    # the high end of the ranges uses the high costs (same paths here: same ranking)
    assert betweenness(net, g, end="high").equals(ranking)
    # a pair whose origin is closed has no path: nothing through anything
    assert len(betweenness(net, g, frozenset({"a"}))) == 0
    assert list(betweenness(net, g, frozenset({"a"})).columns) == ["kind", "id", "name", "pairs_through"]


def test_betweenness_credits_the_cheapest_open_one_of_parallel_legs():
    edges = [("cheap", "leg", "a", "c", "road", 10, "reported", "located", None, "x", 0, 1),
             ("dear", "leg", "a", "c", "road", 20, "reported", "located", None, "x", 0, 1)]
    net = _net(edges=edges, pairs=[(("a",), ("c",))], edge_countries={}, edge_regions={}, edge_crossings={})
    g = network_graph(net)
    assert list(betweenness(net, g)["id"]) == ["cheap", "c"]
    assert list(betweenness(net, g, closed_edges=frozenset({"cheap"}))["id"]) == ["dear", "c"]


# ----------------------------------------------------------------------------- tables


def test_pairs_table_hand_computed(closed_b):
    p = closed_b.pairs.set_index("pair_id")
    a_c = p.loc["p0"]
    assert a_c["name"] == "pair 0" and a_c["reachable_before"] and a_c["reachable_after"]
    assert (a_c["km_before"], a_c["km_after"], a_c["extra_km"]) == (20.0, 400.0, 380.0)
    for end, i in (("low", 0), ("mid", 1), ("high", 2)):
        assert a_c[f"cost_{end}_before_eur_per_kg"] == pytest.approx(A_C_ROAD[i])
        assert a_c[f"cost_{end}_after_eur_per_kg"] == pytest.approx(A_C_AIR[i])
        assert a_c[f"extra_{end}_eur_per_kg"] == pytest.approx(A_C_AIR[i] - A_C_ROAD[i])
    assert a_c["path_before"] == ["a", "b", "c"] and a_c["path_after"] == ["a", "c"]
    assert a_c["edges_before"] == ["r1", "r2"] and a_c["edges_after"] == ["f1"]
    assert not a_c["range_sensitive_before"] and not a_c["range_sensitive_after"]
    b_c = p.loc["p1"]
    assert b_c["reachable_before"] and not b_c["reachable_after"] and b_c["km_before"] == 10.0
    assert math.isnan(b_c["km_after"]) and math.isnan(b_c["extra_km"]) and math.isnan(b_c["extra_mid_eur_per_kg"])
    a_y = p.loc["p2"]
    assert not a_y["reachable_before"] and not a_y["reachable_after"] and math.isnan(a_y["km_before"])


def test_transit_gained_and_lost_hand_computed(closed_b):
    t = closed_b.transit
    assert list(t.columns) == ["pair_id", "kind", "key", "before_km", "after_km", "change_km"]
    assert t.to_dict("records") == [
        # before r1 (PER 10) + r2 (PER 4, BOL 6); after f1 (PER 100, BRA 300)
        {"pair_id": "p0", "kind": "country", "key": "BOL", "before_km": 6.0, "after_km": 0.0, "change_km": -6.0},
        {"pair_id": "p0", "kind": "country", "key": "BRA", "before_km": 0.0, "after_km": 300.0, "change_km": 300.0},
        {"pair_id": "p0", "kind": "country", "key": "PER", "before_km": 14.0, "after_km": 100.0, "change_km": 86.0},
        # region v: 4 km of r2 lost; region w: 10 km before, 9.96 after, a change under 0.05 km: left out
        {"pair_id": "p0", "kind": "region", "key": "v", "before_km": 4.0, "after_km": 0.0, "change_km": -4.0},
        {"pair_id": "p0", "kind": "crossing", "key": "PER→BOL", "before_km": 1.0, "after_km": 0.0, "change_km": -1.0},
        # b→c is cut: its r2 km and crossing are lost
        {"pair_id": "p1", "kind": "country", "key": "BOL", "before_km": 6.0, "after_km": 0.0, "change_km": -6.0},
        {"pair_id": "p1", "kind": "country", "key": "PER", "before_km": 4.0, "after_km": 0.0, "change_km": -4.0},
        {"pair_id": "p1", "kind": "region", "key": "v", "before_km": 4.0, "after_km": 0.0, "change_km": -4.0},
        {"pair_id": "p1", "kind": "crossing", "key": "PER→BOL", "before_km": 1.0, "after_km": 0.0, "change_km": -1.0},
    ]


def test_a_crossing_made_twice_counts_twice():
    net = _net(edge_crossings={"r1": ("PER→BOL",), "r2": ("PER→BOL",)}, edge_countries={}, edge_regions={})
    result = interdict(network=net, closures=["place:b"])
    t = result.transit
    assert t[t["pair_id"] == "p0"].to_dict("records") == [
        {"pair_id": "p0", "kind": "crossing", "key": "PER→BOL", "before_km": 2.0, "after_km": 0.0, "change_km": -2.0}]
    # the path's crossings in the layer, in the order they are made
    assert result.displacement.set_index("id").loc["p0__before", "border_crossings"] == "PER→BOL; PER→BOL"


def test_displacement_layer_hand_computed(closed_b):
    d = closed_b.displacement
    assert d.crs.to_epsg() == 4326
    assert list(d["id"]) == ["p0__before", "p0__after", "p1__before", "p1__after", "p2__before", "p2__after"]
    rows = d.set_index("id")
    before, after = rows.loc["p0__before"], rows.loc["p0__after"]
    assert before["pair_id"] == "p0" and before["pair_name"] == "pair 0" and before["state"] == "before"
    assert before["path"] == "Alpha → b → Gamma" and before["path_ids"] == "a → b → c"
    assert before["edges"] == "r1; r2" and before["modes"] == "road" and before["length_km"] == 20.0
    assert (before["cost_low_eur_per_kg"], before["cost_eur_per_kg"], before["cost_high_eur_per_kg"]) == A_C_ROAD
    assert (before["extra_km"], before["extra_low_eur_per_kg"], before["extra_eur_per_kg"],
            before["extra_high_eur_per_kg"]) == (0.0, 0.0, 0.0, 0.0)
    assert before["countries"] == "PER 14.0 km; BOL 6.0 km" and before["regions"] == "w 10.0 km; v 4.0 km"
    assert before["border_crossings"] == "PER→BOL" and not before["range_sensitive"]
    # weakest of reported/alleged and of located/approximate
    assert before["confidence"] == "alleged" and before["drawing"] == "approximate"
    assert before["drawing_note"] == "river" and before["sources"] == "s1; s2"
    assert before["geometry_kind"] == "computed" and before["geometry_basis"] == (
        "computed: the least-cost path over the scenario's legs and links under its costs (middle of each range); "
        "the geometry is that of the legs and links it uses")
    assert before.geometry.equals(shapely.MultiLineString([[(0, 0), (1, 0)], [(1, 0), (2, 0)]]))
    assert after["path"] == "Alpha → Gamma" and after["edges"] == "f1" and after["modes"] == "air"
    assert after["length_km"] == 400.0 and (after["cost_low_eur_per_kg"], after["cost_eur_per_kg"],
                                            after["cost_high_eur_per_kg"]) == A_C_AIR
    assert (after["extra_km"], after["extra_low_eur_per_kg"], after["extra_eur_per_kg"],
            after["extra_high_eur_per_kg"]) == (380.0, 10.0, 11.0, 12.0)
    assert after["countries"] == "PER 100.0 km; BRA 300.0 km" and after["regions"] == "w 10.0 km"
    assert pd.isna(after["border_crossings"]) and after["confidence"] == "possible" and after["drawing"] == "illustrative"
    assert after["drawing_note"] == "ours" and after["sources"] == "s3"
    cut = rows.loc["p1__after"]
    assert not cut["reachable"] and cut.geometry is None and pd.isna(cut["path"]) and pd.isna(cut["edges"])
    assert pd.isna(cut["length_km"]) and pd.isna(cut["cost_eur_per_kg"]) and pd.isna(cut["extra_eur_per_kg"])
    assert pd.isna(cut["confidence"]) and pd.isna(cut["drawing"]) and pd.isna(cut["modes"]) and pd.isna(cut["sources"])
    assert pd.isna(cut["countries"]) and pd.isna(cut["drawing_note"])
    assert str(d["reachable"].dtype) == "boolean" and str(d["cost_eur_per_kg"].dtype) == "Float64"


def test_a_network_without_geometry_gives_paths_without_geometry():
    net = _net()
    plain = Network(edges=pd.DataFrame(net.edges.drop(columns="geometry")), costs=COSTS, pairs=net.pairs)
    d = interdict(network=plain, closures=["place:b"]).displacement
    assert d.geometry.isna().all() and list(d["edges"])[:2] == ["r1; r2", "f1"]


def test_costs_in_the_layer_are_rounded_to_a_thousandth():
    edges = [("r", "leg", "a", "c", "road", 1.23456, "reported", "located", None, "x", 0, 1)]
    net = _net(edges=edges, pairs=[(("a",), ("c",))], edge_countries={}, edge_regions={}, edge_crossings={})
    row = interdict(network=net).displacement.iloc[0]
    # 4 + 0.2 × 1.23456 = 4.246912 → 4.247; 1.23456 km → 1.2
    assert row["cost_eur_per_kg"] == 4.247 and row["length_km"] == 1.2


# ----------------------------------------------------------------------------- report and files


def _section(md: str, title: str) -> list[str]:
    return md.split(f"\n## {title}\n")[1].split("\n## ")[0].strip("\n").split("\n")


def test_report_hand_computed(closed_b):
    md = closed_b.markdown
    assert md.startswith("# What if: displacement of least-cost paths\n\nThis is a calculation over the scenario's own "
                         "network, not a prediction.")
    assert _section(md, "Interventions applied") == ["- close place b"]
    table = _section(md, "Least-cost paths before and after")
    assert table[-3:] == [
        "| pair 0 | Alpha –road→ b –road→ Gamma | Alpha –air→ Gamma | 20.0 → 400.0 (+380.0) | 8.00 (4.00–12.00) | "
        "19.00 (14.00–24.00) | +10.00 / +11.00 / +12.00 |",
        "| pair 1 | b –road→ Gamma | **unreachable** | 10.0 → – | 6.00 (3.00–9.00) | unreachable | cut off |",
        "| pair 2 | **unreachable** | **unreachable** | – | unreachable | unreachable | – |"]
    assert _section(md, "Unreachable pairs") == ["- cut off by the interventions: pair 1", "- unreachable even before: pair 2"]
    transit = _section(md, "Transit gained and lost")
    assert transit[-9:] == [
        "| pair 0 | country | BOL | 6.0 km | 0.0 km | -6.0 km |",
        "| pair 0 | country | BRA | 0.0 km | 300.0 km | +300.0 km |",
        "| pair 0 | country | PER | 14.0 km | 100.0 km | +86.0 km |",
        "| pair 0 | region | v | 4.0 km | 0.0 km | -4.0 km |",
        "| pair 0 | crossing | PER→BOL | 1 | 0 | -1 |",
        "| pair 1 | country | BOL | 6.0 km | 0.0 km | -6.0 km |",
        "| pair 1 | country | PER | 4.0 km | 0.0 km | -4.0 km |",
        "| pair 1 | region | v | 4.0 km | 0.0 km | -4.0 km |",
        "| pair 1 | crossing | PER→BOL | 1 | 0 | -1 |"]
    assert _section(md, "How sure each path is")[-6:] == [
        "| pair 0 | before | alleged | approximate | none |",
        "| pair 0 | after | possible | illustrative | `f1` |",
        "| pair 1 | before | alleged | approximate | none |",
        "| pair 1 | after | – | – | unreachable |",
        "| pair 2 | before | – | – | unreachable |",
        "| pair 2 | after | – | – | unreachable |"]
    assert "## Critical links" not in md
    rests = md.split("## What the result rests on")[1]
    assert "### Illustrative inputs" in rests and rests.rstrip().endswith("- none")


def test_report_with_nothing_applied_and_a_range_sensitive_path():
    edges = [("r", "leg", "a", "c", "road", 100, "reported", "located", None, "s", 0, 1),
             ("f", "link", "a", "c", "air", 400, "reported", "illustrative", None, "s", 0, 1)]
    net = _net(edges=edges, pairs=[(("a",), ("c",))], edge_countries={}, edge_regions={}, edge_crossings={},
               link_items=[{"id": "f", "name": "Air <link>", "from": "a", "to": "c", "mode": "air",
                            "confidence": "possible", "drawing": "illustrative", "note": "a|b"}],
               cost_items=[{"id": "road_cost", "mode": "road", "per": "km", "basis": "illustrative",
                            "eur_per_kg_per_km": {"low": 0.1, "high": 0.3}, "sources": ["s"]},
                           {"id": "air_cost", "mode": "air", "per": "trip", "basis": "reported", "confidence": "alleged",
                            "eur_per_kg": {"low": 10, "at_least": True}},
                           {"id": "x_cost", "mode": "sea", "per": "trip", "basis": "reported", "eur_per_kg": 3}],
               risk_items=[{"id": "risk_v", "region": "v", "multiplier": 1.5, "basis": "illustrative", "note": "n"}])
    md = interdict(network=net).markdown
    assert _section(md, "Interventions applied") == ["- none (the 'after' paths equal the 'before' paths)"]
    table = _section(md, "Least-cost paths before and after")
    # air at the middle (19) and high end (24), road at the low end (12): the span is 12.00–24.00
    assert table[-3] == ("| pair 0 | Alpha –air→ Gamma | Alpha –air→ Gamma | 400.0 → 400.0 (+0.0) | 19.00 (12.00–24.00) | "
                         "19.00 (12.00–24.00) | +0.00 / +0.00 / +0.00 |")
    assert ("Within the cost ranges another path is cheapest for: pair 0 (the table shows the path at the middle of the "
            "ranges).") in table
    assert _section(md, "Unreachable pairs") == ["- none"]
    assert _section(md, "Transit gained and lost")[-1] == "| – | – | no change | | | |"
    rests = md.split("## What the result rests on")[1]
    assert ("| road_cost | road | km | 0.1–0.3 | illustrative | – | s |  |\n"
            "| air_cost | air | trip | at least 10 (computed at 10) | reported | alleged | – |  |\n"
            "| x_cost | sea | trip | 3 | reported | – | – |  |") in rests
    assert "| risk_v | v | 1.5 | illustrative | – | – | n |" in rests
    illus = rests.split("### Illustrative inputs")[1].split("###")[0]
    assert "- cost `road_cost`\n- risk `risk_v`\n- link `f` (Air &lt;link&gt;)\n" in illus
    assert "| f | a → c | air | possible | illustrative | a\\|b |" in rests


def test_report_of_the_best_interdiction_lists_closures_and_ranking():
    net = _net(pairs=[(("a",), ("c",))])
    md = interdict(network=net, best=1).markdown
    best = md.split("## Critical links: exact 1-interdiction")[1].split("\n## ")[0]
    assert "Method: exhaustive search with pruning" in best and "4 closure sets evaluated; exact." in best
    assert "- close `leg:r1` (a→b)" in best
    assert "Pairs cut off: 0 → 0; sum of least € per kg over the pairs still reachable: 8.00 → 19.00." in best
    ranking = best.split("| kind | id | name | pairs through |\n|---|---|---|---:|\n")[1].strip().split("\n")
    # sorted by pairs through, then kind, then id
    assert ranking == ["| edge | `r1` | a→b | 1 |", "| edge | `r2` | b→c | 1 |", "| place | `b` | b | 1 |",
                       "| place | `c` | Gamma | 1 |"]
    # nothing to gain: said so
    lone = _net(pairs=[(("a",), ("a",))])
    assert "\n- no closure raises any pair's least cost\n" in interdict(network=lone, best=1).markdown


def test_report_escapes_text_from_the_scenario():
    net = _net(place_names={"a": "<b>A|1</b>\nx", "c": "C \"q\" 's"})
    md = interdict(network=net, closures=["place:b"]).markdown
    # markup, pipes and line breaks are neutralised; quotes are plain text in Markdown and stay as they are
    assert "&lt;b&gt;A\\|1&lt;/b&gt; x –air→ C \"q\" 's" in md and "<b>" not in md


def test_interventions_chosen_by_id_all_or_none():
    net = _net(pairs=[(("a",), ("c",))],
               interventions=[{"id": "i1", "name": "Close b", "period_start": "2016-10", "close": {"place": "b"}},
                              {"id": "i2", "name": "Close air", "close": {"mode": "air"}}])
    assert interdict(network=net).applied == ["i1 (Close b, from 2016-10): close place b", "i2 (Close air): close mode air"]
    assert interdict(network=net, interventions=["i2"]).applied == ["i2 (Close air): close mode air"]
    assert interdict(network=net, interventions="all", closures=["leg:r3"]).applied[-1] == "close leg r3"
    assert len(interdict(network=net, interventions=["all"]).applied) == 2
    # closures given: the declared interventions are left out unless asked for
    assert interdict(network=net, closures=["leg:r3"]).applied == ["close leg r3"]
    both = interdict(network=net)
    assert not both.pairs.iloc[0]["reachable_after"]
    with pytest.raises(GeoError, match=r"^--intervention 'i9': not an intervention of the scenario; declared: i1, i2$"):
        interdict(network=net, interventions=["i9"])
    with pytest.raises(GeoError, match=r"declared: none$"):
        interdict(network=_net(), interventions=["i9"])
    with pytest.raises(GeoError, match=r"^the scenario declares no od_pairs: nothing to compare \(see the README, "
                                       r"'What if'\)$"):
        interdict(network=_net(pairs=[]))
    with pytest.raises(GeoError, match=r"^--best -2: give a number"):
        interdict(network=net, best=-2)


def test_raised_risk_reaches_only_the_after_paths():
    net = _net(pairs=[(("a",), ("c",))], risk={"w": 1.0})
    result = interdict(network=net, closures=[{"raise_risk": {"region": "w", "factor": 100}}])
    r = result.pairs.iloc[0]
    # r1 runs 10 km in w: its per-km cost × 100 → 0.2 × 10 × 100 = 200 ≫ air (19 + 9.96/400 of f1's 4 × 99)
    assert r["cost_mid_before_eur_per_kg"] == pytest.approx(8.0)
    assert r["edges_after"] == ["f1"]
    assert r["cost_mid_after_eur_per_kg"] == pytest.approx(15.0 + 4.0 * (1 + 99 * 9.96 / 400))


def test_write_displacement_writes_the_layer_and_the_report(tmp_path, closed_b):
    written = write_displacement(closed_b, tmp_path / "w", map_html="<html>map</html>")
    assert sorted(p.name for p in written) == ["displacement.geojson", "displacement.md", "displacement_map.html"]
    doc = json.loads((tmp_path / "w" / "displacement.geojson").read_text(encoding="utf-8"))
    assert [f["id"] for f in doc["features"]] == list(closed_b.displacement["id"])
    assert doc["features"][1]["properties"]["extra_eur_per_kg"] == 11.0
    assert (tmp_path / "w" / "displacement.md").read_text(encoding="utf-8") == closed_b.markdown
    assert (tmp_path / "w" / "displacement_map.html").read_text(encoding="utf-8") == "<html>map</html>"
    assert sorted(p.name for p in write_displacement(closed_b, tmp_path / "n")) == ["displacement.geojson", "displacement.md"]


def test_betweenness_counts_only_least_cost_paths_where_legs_cost_nothing_per_km():
    # Air costs 15 €/kg per trip and nothing per km, so the link a→c and its return c→a cost 0 once
    # boarded; with b closed, the pair's one least-cost path is a → c by air. Only f1 and c carry it.
    # (networkx 3.6's edge_betweenness_centrality_subset gave 0.5 to f1__back and to a here.)
    costs = {"road": COSTS["road"], "air": ModeCost((10.0, 15.0, 20.0), (0.0, 0.0, 0.0), ("air_cost",))}
    base = _net(pairs=[(("a",), ("c",))])
    net = Network(edges=base.edges, costs=costs, pairs=base.pairs, place_names={"c": "Gamma"})
    ranking = betweenness(net, network_graph(net), frozenset({"b"}))
    assert ranking.to_dict("records") == [{"kind": "edge", "id": "f1", "name": "a→c", "pairs_through": 1.0},
                                          {"kind": "place", "id": "c", "name": "Gamma", "pairs_through": 1.0}]


def test_peru_betweenness_equals_the_count_of_pairs_whose_one_least_cost_path_uses_it():
    # every Peru pair has a single least-cost path at the middle of the ranges (no ties)
    result = interdict(best=1, official_files=None)
    after = result.states["after"]
    counts: dict = {}
    for state in after.values():
        for eid in state["edges"]:
            counts[("edge", eid)] = counts.get(("edge", eid), 0) + 1
    ranking = {(r.kind, r.id): r.pairs_through for r in result.ranking.itertuples() if r.kind == "edge"}
    assert ranking == counts


# ----------------------------------------------------------------------------- the map (geo/interdict_map.py)


def test_map_text_is_escaped_and_numbers_are_written_with_two_decimals():
    from geo.interdict_map import _escaped

    assert _escaped(None) == "–" and _escaped(1234.5) == "1,234.50" and _escaped(3) == "3"
    assert _escaped("<a href='x'>&\"") == "&lt;a href=&#x27;x&#x27;&gt;&amp;&quot;"


def test_map_layers_hold_the_drawn_paths_of_each_state_with_escaped_fields(closed_b):
    import folium

    from geo.interdict_map import _FIELDS, STATE_COLOURS, STATE_TITLES, _collection, add_displacement

    d = closed_b.displacement.copy()
    d.loc[d["id"] == "p0__after", "pair_name"] = "<script>x</script>"
    after = _collection(d, "after")
    # p1 is cut off after the closure and p2 never reachable: only p0's path is drawn
    assert len(after["features"]) == 1
    props = after["features"][0]["properties"]
    assert list(props) == [k for k, _ in _FIELDS] + ["_confidence"]
    assert props["pair_name"] == "&lt;script&gt;x&lt;/script&gt;" and props["path"] == "Alpha → Gamma"
    assert props["length_km"] == "400.00" and props["extra_eur_per_kg"] == "11" and props["border_crossings"] == "–"
    assert props["_confidence"] == "possible"
    assert [f["properties"]["path"] for f in _collection(d, "before")["features"]] == ["Alpha → b → Gamma", "b → Gamma"]

    m = folium.Map()
    groups = add_displacement(m, d, position="bottomright")
    assert list(groups) == ["before", "after"]
    assert [g.layer_name for g in groups.values()] == [STATE_TITLES["before"], STATE_TITLES["after"]]
    for state, group in groups.items():
        (layer,) = [c for c in group._children.values() if isinstance(c, folium.GeoJson)]
        for feature in layer.data["features"]:
            style = layer.style_function(feature)
            assert style["color"] == STATE_COLOURS[state] and style["weight"] == 7 and style["opacity"] == 0.75
            dash = {"reported": None, "alleged": "10 6", "possible": "2 6"}[feature["properties"]["_confidence"]]
            assert style["dashArray"] == dash
        (tooltip,) = [c for c in layer._children.values() if isinstance(c, folium.GeoJsonTooltip)]
        (popup,) = [c for c in layer._children.values() if isinstance(c, folium.GeoJsonPopup)]
        assert tooltip.fields == ["pair_name", "path", "cost_eur_per_kg"] and tooltip.aliases == ["pair", "path", "€/kg"]
        assert popup.fields == [k for k, _ in _FIELDS] and popup.aliases == [a for _, a in _FIELDS]
    controls = [c for c in m._children.values() if type(c).__name__ == "GroupedLayerControl"]
    assert len(controls) == 1 and controls[0].options["exclusiveGroups"] == ["What if: least-cost paths"]
    assert controls[0].options["position"] == "bottomright" and controls[0].options["collapsed"] is False
    # the paths before are shown on opening; the control removes only the group after (one at a time)
    assert controls[0].layers_untoggle == {groups["after"].get_name()}


def test_a_state_without_drawn_paths_gets_an_empty_group():
    import folium

    from geo.interdict_map import add_displacement

    net = _net(pairs=[(("b",), ("c",))])
    d = interdict(network=net, closures=["leg:r2"]).displacement
    groups = add_displacement(folium.Map(), d)
    assert len(groups["after"]._children) == 0 and len(groups["before"]._children) == 1


def test_the_what_if_map_is_fitted_to_the_paths_and_titled():
    import geo
    from geo.interdict_map import displacement_map

    scenario = geo.load_scenario()
    layers = geo.build_layers(scenario, official_files=None)
    result = interdict(scenario, layers=layers)
    m = displacement_map(result, layers, scenario=scenario, tiles=False)
    drawn = result.displacement[result.displacement.geometry.notna()]
    west, south, east, north = drawn.total_bounds
    fits = [c for c in m._children.values() if type(c).__name__ == "FitBounds"]
    assert fits[-1].bounds == [[south, west], [north, east]]
    page = m.get_root().render()
    assert f"What if: {scenario.title}" in page and "What if: least-cost paths" in page
    # the scenario's sources: its first source in the title block (title and author, as peru.yaml gives them)
    (title_block,) = [c for c in m._children.values() if type(c).__name__ == "TitleBlock"]
    assert json.loads(title_block.info)["source"] == {"title": "Peru. World-Wide Cocaine Business. (M.L.)", "url": None}
    # the Natural Earth countries under the paths and in the minimap (a map without tiles needs them)
    assert "Countries (Natural Earth 1:10m, generalised)" in page
    assert [type(c).__name__ for c in m._children.values()].count("VectorMiniMap") == 1
    # without the scenario: the bare title, no views
    plain_map = displacement_map(result, layers, tiles=False)
    plain = plain_map.get_root().render()
    assert "<title>What if</title>" in plain and f"What if: {scenario.title}" not in plain
    (plain_block,) = [c for c in plain_map._children.values() if type(c).__name__ == "TitleBlock"]
    assert json.loads(plain_block.info)["source"] is None
    view = "VRAEM and the air departures"
    assert view in [v["name"] for v in scenario.views] and view in page and view not in plain
    # OpenStreetMap tiles by default, none with tiles=False
    assert "openstreetmap" not in page.lower()
    assert "openstreetmap" in displacement_map(result, layers, scenario=scenario).get_root().render().lower()


def test_the_switch_control_sits_top_left_by_default(closed_b):
    import folium

    from geo.interdict_map import add_displacement

    m = folium.Map()
    add_displacement(m, closed_b.displacement)
    (control,) = [c for c in m._children.values() if type(c).__name__ == "GroupedLayerControl"]
    assert control.options["position"] == "topleft"


def test_interdict_force_writes_into_a_protected_folder(tmp_path, monkeypatch, capsys):
    from geo.cli import main

    home = tmp_path / "home"
    home.mkdir()
    (home / "notes.txt").write_text("mine", encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    assert main(["interdict", "--out", str(home), "--no-map", "--force"]) == 0
    assert sorted(p.name for p in home.iterdir() if not p.name.startswith(".")) == [
        "displacement.geojson", "displacement.md", "notes.txt"]
    assert (home / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_interdict_refuses_a_negative_best_before_any_work(tmp_path, capsys):
    from geo.cli import main

    assert main(["interdict", "--out", str(tmp_path / "o"), "--no-map", "--best", "-1"]) == 2
    assert "--best -1: give a number of places or edges to close, 0 or more" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_interdict_says_when_no_intervention_is_applied(tmp_path, capsys):
    import yaml

    import geo
    from geo.cli import main

    data = yaml.safe_load(geo.scenario.default_scenario_path().read_text(encoding="utf-8"))
    data.pop("interventions")
    path = tmp_path / "none.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert main(["interdict", "--scenario", str(path), "--out", str(tmp_path / "o"), "--no-map"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("applied: no intervention applied\n")
    assert ("\na calculation over the scenario's links and costs, not a prediction: see displacement.md for the "
            "illustrative inputs and cost ranges\nwrote ") in out
    # nothing closed: every reachable pair's cost is unchanged
    assert "(+0.00)" in out and "(+" not in out.replace("(+0.00)", "").replace("(+0.0)", "")


def test_a_transit_change_of_exactly_a_twentieth_of_a_km_is_kept_and_km_keep_a_decimal():
    # After closing b, a→c flies f1. Region q: 0.05 km of f1 only (0.05 - 0.0 is the float 0.05
    # exactly, the threshold itself: kept). Region u: 2.34 km of f1 only, shown as 2.3 km.
    # Region w: 10 km of r1 before, 10 km of f1 after: no change, left out.
    net = _net(pairs=[(("a",), ("c",))], edge_countries={}, edge_crossings={},
               edge_regions={"r1": {"w": 10.0}, "f1": {"w": 10.0, "q": 0.05, "u": 2.34}})
    result = interdict(network=net, closures=["place:b"])
    assert result.transit.to_dict("records") == [
        {"pair_id": "p0", "kind": "region", "key": "q", "before_km": 0.0, "after_km": 0.1, "change_km": 0.1},
        {"pair_id": "p0", "kind": "region", "key": "u", "before_km": 0.0, "after_km": 2.3, "change_km": 2.3}]
    assert _section(result.markdown, "Transit gained and lost")[-2:] == [
        "| pair 0 | region | q | 0.0 km | 0.1 km | +0.1 km |",
        "| pair 0 | region | u | 0.0 km | 2.3 km | +2.3 km |"]
    # and the other way round (the km lost): before 2.34, after 0
    back = interdict(network=_net(pairs=[(("a",), ("c",))], edge_countries={}, edge_crossings={},
                                  edge_regions={"r1": {"u": 2.34}}), closures=["place:b"]).transit
    assert back.to_dict("records") == [
        {"pair_id": "p0", "kind": "region", "key": "u", "before_km": 2.3, "after_km": 0.0, "change_km": -2.3}]


def test_interdict_cli_builds_the_layers_on_the_official_boundaries_the_cache_holds(tmp_path, monkeypatch, capsys):
    # A stand-in for the cache's answer (geo.official.cached_official: the three INEI files when they
    # are cached with their pinned SHA-256): the command must hand exactly it to build_layers. The
    # real build_layers then runs on the sketches, so that the test needs no boundary files.
    from importlib import import_module

    from geo.cli import main

    build_module, layers_module = import_module("geo.build"), import_module("geo.layers")   # geo.build is also a function
    cached = {level: tmp_path / f"{level}.gpkg" for level in ("department", "province", "district")}
    monkeypatch.setattr(build_module, "cached_official", lambda *a, **k: cached)
    real, seen = layers_module.build_layers, []

    def build_layers(scenario, *, official_files=None):
        seen.append(official_files)
        return real(scenario, official_files=None)

    monkeypatch.setattr(layers_module, "build_layers", build_layers)
    assert main(["interdict", "--out", str(tmp_path / "o"), "--no-map"]) == 0
    assert seen == [cached]
    assert (tmp_path / "o" / "displacement.md").is_file()


# ----------------------------------------------------------------------------- more of the exact search


def test_best_interdiction_searches_the_graph_it_is_given_with_its_risk():
    # With region w's risk ×100, a→c by road costs 4 + 0.2 × 10 × 100 (r1, 10 km in w) + 0.2 × 10 (r2) = 206,
    # by air 15 + 0.01 × (390.04 + 9.96 × 100) = 28.8604 (f1 has 9.96 km in w): the air path is the one to
    # close, and closing f1 leaves the road at 206. On the graph without the risk it would be the road (8).
    net = _net(pairs=[(("a",), ("c",))])
    found = best_interdiction(net, 1, g=network_graph(net, risk={"w": 100.0}))
    assert found["elements"] == [("edge", "f1")]
    assert found["objective_before"][0] == 0 and found["objective_before"][1] == pytest.approx(28.8604)
    assert found["objective_after"][0] == 0 and found["objective_after"][1] == pytest.approx(206.0)
    assert best_interdiction(net, 1)["objective_before"] == (0, 8.0)


def test_a_larger_set_of_equal_effect_never_replaces_a_smaller_one():
    # a→c by m (10 km: 4 + 2 = 6) or by e or f (20 km each: 4 + 4 = 8). Closing m raises the cost to 8;
    # closing m and then e or f changes nothing more (the other one is left, 8). K = 2 keeps {m} alone,
    # although ("edge", "e") and ("edge", "f") sort before ("edge", "m").
    edges = [("m", "leg", "a", "c", "road", 10, "reported", "located", None, "x", 0, 1),
             ("e", "leg", "a", "c", "road", 20, "reported", "located", None, "x", 0, 1),
             ("f", "leg", "a", "c", "road", 20, "reported", "located", None, "x", 0, 1)]
    net = _net(edges=edges, pairs=[(("a",), ("c",))], edge_countries={}, edge_regions={}, edge_crossings={})
    found = best_interdiction(net, 2)
    assert found["elements"] == [("edge", "m")] and found["objective_after"] == (0, 8.0)
    # sets: {}, {m}, and {m} with the one of e, f that the path after closing m takes
    assert found["sets_evaluated"] == 3


def test_a_set_already_evaluated_is_skipped_and_the_search_goes_on():
    # a→b by x (10 km) or v (15 km), b→c by y (10 km) or z (15 km), a→c by w (100 km), all road.
    # Least cost x, y: 4 + 0.2 × 20 = 8. K = 2, branching in sorted order (edges before places):
    #   {x}: path v, y (9) → {v, x}, {x, y}, {b, x};   {y}: path x, z (9) → {x, y} already seen, then
    #   {y, z}, {b, y};   {b}: path w (24) → {b, w}, which cuts the pair.
    # 1 + 3 singletons + 3 + 2 + 1 = 10 sets; only {b, w} cuts a→c.
    edges = [("x", "leg", "a", "b", "road", 10, "reported", "located", None, "s", 0, 1),
             ("v", "leg", "a", "b", "road", 15, "reported", "located", None, "s", 0, 1),
             ("y", "leg", "b", "c", "road", 10, "reported", "located", None, "s", 1, 2),
             ("z", "leg", "b", "c", "road", 15, "reported", "located", None, "s", 1, 2),
             ("w", "leg", "a", "c", "road", 100, "reported", "located", None, "s", 0, 2)]
    net = _net(edges=edges, pairs=[(("a",), ("c",))], edge_countries={}, edge_regions={}, edge_crossings={})
    found = best_interdiction(net, 2)
    assert found["elements"] == [("edge", "w"), ("place", "b")] and found["objective_after"] == (1, 0.0)
    assert found["objective_before"] == (0, 8.0) and found["sets_evaluated"] == 10


# ----------------------------------------------------------------------------- the command


def test_interdict_refusal_names_the_out_option_and_the_folder(tmp_path, monkeypatch, capsys):
    from geo.cli import main

    home = tmp_path / "home"
    home.mkdir()
    (home / "notes.txt").write_text("mine", encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    assert main(["interdict", "--out", str(home), "--no-map"]) == 2
    assert f"--out {home}: is " in capsys.readouterr().err


def test_interdict_cli_writes_the_what_if_map(tmp_path, capsys):
    import html

    import geo
    from geo.cli import main

    out = tmp_path / "o"
    assert main(["interdict", "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "displacement.geojson", "displacement.md", "displacement_map.html"]
    assert f"wrote {out / 'displacement_map.html'}" in capsys.readouterr().out
    page = (out / "displacement_map.html").read_text(encoding="utf-8")
    assert f"<title>{html.escape('What if: ' + geo.load_scenario().title)}</title>" in page
    assert "What if: least-cost paths" in page and '"Before the interventions"' in page
    assert '"After the interventions"' in page


def test_interdict_cli_prints_a_pair_cut_off_as_unreachable(tmp_path, capsys):
    from geo.cli import main

    out = tmp_path / "amazon"
    assert main(["interdict", "--out", str(out), "--no-map", "--close", "leg:amazon_river__1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    (line,) = [x for x in lines if x.startswith("caballococha_to_manaus: ")]
    doc = json.loads((out / "displacement.geojson").read_text(encoding="utf-8"))
    before = next(f for f in doc["features"] if f["id"] == "caballococha_to_manaus__before")["properties"]
    assert line == (f"caballococha_to_manaus: before {before['cost_eur_per_kg']:,.2f} €/kg, {before['length_km']:,.1f} km; "
                    "after unreachable")


def test_interdict_cli_prints_the_best_closures_places_included(tmp_path, monkeypatch, capsys):
    from importlib import import_module

    from geo.cli import main

    # the sketches, whatever this machine has cached: the same network as the library call below
    monkeypatch.setattr(import_module("geo.build"), "cached_official", lambda *a, **k: None)
    assert main(["interdict", "--out", str(tmp_path / "o"), "--no-map", "--best", "2"]) == 0
    (line,) = [x for x in capsys.readouterr().out.splitlines() if x.startswith("best 2: ")]
    result = interdict(best=2, official_files=None)
    expected = [closure_text(result.network, kind, eid) for kind, eid in result.best["elements"]]
    # on Peru the best pair of closures holds a place (a leg and a town): both kinds are printed
    assert sorted(e.split(":")[0] for e in expected) == ["leg", "place"]
    assert line == f"best 2: {', '.join(expected)} ({result.best['method']})"


def test_a_path_sensitive_to_the_ranges_only_before_or_only_after_is_flagged_so():
    # a→c: road 100 km (12 low, 24 mid, 36 high) or air f (14, 19, 24): air at the middle, road at the low
    # end: sensitive. With f closed only the road is left: not sensitive after.
    edges = [("r", "leg", "a", "c", "road", 100, "reported", "located", None, "s", 0, 1),
             ("f", "link", "a", "c", "air", 400, "reported", "located", None, "s", 0, 1)]
    net = _net(edges=edges, pairs=[(("a",), ("c",))], edge_countries={}, edge_regions={}, edge_crossings={})
    result = interdict(network=net, closures=["link:f"])
    row = result.pairs.iloc[0]
    assert bool(row["range_sensitive_before"]) is True and bool(row["range_sensitive_after"]) is False
    assert list(result.displacement["range_sensitive"]) == [True, False]
    assert ("Within the cost ranges another path is cheapest for: pair 0 (the table shows the path at the middle of the "
            "ranges).") in result.markdown
    # and the other way round: a road of 10 km (3, 6, 9) is cheapest at every end before; closed, the
    # choice between r and f is left: sensitive only after
    net = _net(edges=[*edges, ("g", "leg", "a", "c", "road", 10, "reported", "located", None, "s", 0, 1)],
               pairs=[(("a",), ("c",))], edge_countries={}, edge_regions={}, edge_crossings={})
    result = interdict(network=net, closures=["leg:g"])
    row = result.pairs.iloc[0]
    assert bool(row["range_sensitive_before"]) is False and bool(row["range_sensitive_after"]) is True
    assert list(result.displacement["range_sensitive"]) == [False, True]
    assert "Within the cost ranges another path is cheapest for: pair 0 (" in result.markdown


def test_no_transit_change_still_gives_the_transit_columns():
    # nothing closed: no km move anywhere, and the empty table keeps its columns (result.transit["change_km"] works)
    transit = interdict(network=_net(pairs=[(("a",), ("c",))]), closures=[]).transit
    assert len(transit) == 0 and list(transit.columns) == ["pair_id", "kind", "key", "before_km", "after_km", "change_km"]
    assert transit["change_km"].sum() == 0


def test_a_cost_that_overflows_to_infinity_is_missing_in_the_layer_not_an_invalid_number():
    # road at 1e308 € per kg per km: r1 + r2 (20 km) overflow float64 to infinity. Closing f1 leaves that
    # path. JSON has no infinity: the layer holds a missing value (null), as for an unreachable pair.
    from geo.writers import geojson_text

    costs = {"road": ModeCost((2.0, 4.0, 6.0), (1e308, 1e308, 1e308), ("road_cost",)), "air": COSTS["air"]}
    base = _net(pairs=[(("a",), ("c",))])
    net = Network(edges=base.edges, costs=costs, pairs=base.pairs)
    result = interdict(network=net, closures=["leg:f1"])
    assert math.isinf(result.pairs.iloc[0]["cost_mid_after_eur_per_kg"])
    after = result.displacement.set_index("id").loc["p0__after"]
    assert bool(after["reachable"]) and after["edges"] == "r1; r2"
    assert pd.isna(after["cost_eur_per_kg"]) and pd.isna(after["extra_eur_per_kg"])
    props = json.loads(geojson_text(result.displacement))["features"][1]["properties"]
    assert props["cost_eur_per_kg"] is None and props["extra_high_eur_per_kg"] is None and props["length_km"] == 20.0



# ----------------------------------------------------------------------------- the report, whole
# Every figure below is the hand-computed one of the tests above (costs, km, transit, confidence);
# the prose is pinned too, blank lines included: the report is read as Markdown, and a lost blank
# line before a table or a heading breaks it.

REPORT_CLOSED_B = [
    '# What if: displacement of least-cost paths',
    '',
    "This is a calculation over the scenario's own network, not a prediction. The paths are the "
    "least-cost paths under the scenario's `costs:` (€ per kg carried) over the legs of its routes "
    'and its candidate `links:`; a connection the scenario lacks cannot be taken, and nothing but '
    'these costs decides. Trafficking also answers to capacity, time, protection, prices and risks '
    'that no figure here holds.',
    '',
    '## Interventions applied',
    '',
    '- close place b',
    '',
    '## Least-cost paths before and after',
    '',
    '€ per kg carried at the middle of the cost ranges, the low–high span in brackets (the least '
    'cost with every figure at its low end, and at its high end). Extra € per kg is given at the '
    'low, middle and high ends.',
    '',
    '| pair | before | after | km before → after (extra) | €/kg before | €/kg after | '
    'extra €/kg (low / mid / high) |',
    '|---|---|---|---|---|---|---|',
    '| pair 0 | Alpha –road→ b –road→ Gamma | Alpha –air→ Gamma | 20.0 → 400.0 (+380.0) | '
    '8.00 (4.00–12.00) | 19.00 (14.00–24.00) | +10.00 / +11.00 / +12.00 |',
    '| pair 1 | b –road→ Gamma | **unreachable** | 10.0 → – | 6.00 (3.00–9.00) | unreachable | cut off |',
    '| pair 2 | **unreachable** | **unreachable** | – | unreachable | unreachable | – |',
    '',
    '## Unreachable pairs',
    '',
    '- cut off by the interventions: pair 1',
    '- unreachable even before: pair 2',
    '',
    '## Transit gained and lost',
    '',
    'Km of the least-cost path inside each country (ISO 3166 alpha-3; `sea` outside every country) '
    'and region, and land-border crossings (counts), where they change.',
    '',
    '| pair | kind | where | before | after | change |',
    '|---|---|---|---:|---:|---:|',
    '| pair 0 | country | BOL | 6.0 km | 0.0 km | -6.0 km |',
    '| pair 0 | country | BRA | 0.0 km | 300.0 km | +300.0 km |',
    '| pair 0 | country | PER | 14.0 km | 100.0 km | +86.0 km |',
    '| pair 0 | region | v | 4.0 km | 0.0 km | -4.0 km |',
    '| pair 0 | crossing | PER→BOL | 1 | 0 | -1 |',
    '| pair 1 | country | BOL | 6.0 km | 0.0 km | -6.0 km |',
    '| pair 1 | country | PER | 4.0 km | 0.0 km | -4.0 km |',
    '| pair 1 | region | v | 4.0 km | 0.0 km | -4.0 km |',
    '| pair 1 | crossing | PER→BOL | 1 | 0 | -1 |',
    '',
    '## How sure each path is',
    '',
    "A path is no surer than its weakest part: the weakest `confidence` (the sources' hedge: "
    'reported > alleged > possible) and the weakest `drawing` (how the legs and links were placed: '
    'located > approximate > illustrative) of the legs and links it uses.',
    '',
    '| pair | state | confidence | drawing | illustrative legs and links used |',
    '|---|---|---|---|---|',
    '| pair 0 | before | alleged | approximate | none |',
    '| pair 0 | after | possible | illustrative | `f1` |',
    '| pair 1 | before | alleged | approximate | none |',
    '| pair 1 | after | – | – | unreachable |',
    '| pair 2 | before | – | – | unreachable |',
    '| pair 2 | after | – | – | unreachable |',
    '',
    '## What the result rests on',
    '',
    '### Costs (€ per kg carried)',
    '',
    '| id | mode | per | figure | basis | confidence | sources | note |',
    '|---|---|---|---|---|---|---|---|',
    '',
    '### Illustrative inputs',
    '',
    "These are ours, not the sources': a result that depends on them depends on a drawing or a "
    'placeholder figure. Legs are listed where a path above uses them.',
    '',
    '- none',
    '',
]
CRITICAL_LINKS = [
    '## Critical links: exact 1-interdiction',
    '',
    'Method: exhaustive search with pruning (branching only on the elements of the current '
    'least-cost paths, which provably keeps the optimum), 4 closure sets evaluated; exact. The '
    'result is exact for this network and these costs (not a heuristic); it is computed on the '
    'network after the interventions above, and maximises first the number of pairs cut off, then '
    "the sum of the pairs' least € per kg (middle of the ranges).",
    '',
    '- close `leg:r1` (a→b)',
    '',
    'Pairs cut off: 0 → 0; sum of least € per kg over the pairs still reachable: 8.00 → 19.00.',
    '',
    '### Betweenness over the declared pairs',
    '',
    "How many declared pairs' least-cost paths (€ per kg as weights; ties shared) pass through each "
    'place or edge, on the network after the interventions (every least-cost path of a pair, by '
    "networkx's Dijkstra, counts for an equal share of it).",
    '',
    '| kind | id | name | pairs through |',
    '|---|---|---|---:|',
    '| edge | `r1` | a→b | 1 |',
    '| edge | `r2` | b→c | 1 |',
    '| place | `b` | b | 1 |',
    '| place | `c` | Gamma | 1 |',
    '',
]
RESTS_ON = [
    '## What the result rests on',
    '',
    '### Costs (€ per kg carried)',
    '',
    '| id | mode | per | figure | basis | confidence | sources | note |',
    '|---|---|---|---|---|---|---|---|',
    '| road_cost | road | km | 0.1–0.3 | illustrative | – | s |  |',
    '| air_cost | air | trip | at least 10 (computed at 10) | reported | alleged | – |  |',
    '| x_cost | sea | trip | 3 | reported | – | a1, a2 | per &lt;trip&gt; |',
    '',
    '### Risk multipliers (per-km costs inside the region)',
    '',
    '| id | region | multiplier | basis | confidence | sources | note |',
    '|---|---|---:|---|---|---|---|',
    '| risk_v | v | 1.5 | illustrative | – | – | n |',
    '| risk_w | w | 2 | reported | alleged | s1, s2 |  |',
    '',
    '### Illustrative inputs',
    '',
    "These are ours, not the sources': a result that depends on them depends on a drawing or a "
    'placeholder figure. Legs are listed where a path above uses them.',
    '',
    '- cost `road_cost`',
    '- risk `risk_v`',
    '- link `f` (Air &lt;link&gt;)',
    '',
    '### Candidate links (no reported route uses them)',
    '',
    '| id | from → to | mode | confidence | drawing | note |',
    '|---|---|---|---|---|---|',
    '| f | a → c | air | possible | illustrative | a\\|b |',
    '| g | a → c | road | reported | located |  |',
    '| h | c → a | road | reported | approximate | along the road |',
    '',
]



def test_the_whole_report_exactly(closed_b):
    assert closed_b.markdown == "\n".join(REPORT_CLOSED_B)


def test_the_critical_links_section_exactly():
    md = interdict(network=_net(pairs=[(("a",), ("c",))]), best=1).markdown
    assert "| pair 0 | after | alleged | approximate | none |\n\n## Critical links: exact 1-interdiction\n" in md
    assert "## Critical links" + md.split("## Critical links")[1].split("\n## What the result")[0] == "\n".join(
        CRITICAL_LINKS)


def test_what_the_result_rests_on_exactly():
    edges = [("r", "leg", "a", "c", "road", 100, "reported", "located", None, "s", 0, 1),
             ("f", "link", "a", "c", "air", 400, "reported", "illustrative", None, "s", 0, 1)]
    net = _net(edges=edges, pairs=[(("a",), ("c",))], edge_countries={}, edge_regions={}, edge_crossings={},
               link_items=[{"id": "f", "name": "Air <link>", "from": "a", "to": "c", "mode": "air",
                            "confidence": "possible", "drawing": "illustrative", "note": "a|b"},
                           {"id": "g", "name": "G", "from": "a", "to": "c", "mode": "road", "confidence": "reported",
                            "drawing": "located"},
                           {"id": "h", "name": "H", "from": "c", "to": "a", "mode": "road", "confidence": "reported",
                            "drawing": "approximate", "drawing_note": "along the road", "note": "not shown"}],
               cost_items=[{"id": "road_cost", "mode": "road", "per": "km", "basis": "illustrative",
                            "eur_per_kg_per_km": {"low": 0.1, "high": 0.3}, "sources": ["s"]},
                           {"id": "air_cost", "mode": "air", "per": "trip", "basis": "reported", "confidence": "alleged",
                            "eur_per_kg": {"low": 10, "at_least": True}},
                           {"id": "x_cost", "mode": "sea", "per": "trip", "basis": "reported", "eur_per_kg": 3,
                            "sources": ["a1", "a2"], "note": "per <trip>"}],
               risk_items=[{"id": "risk_v", "region": "v", "multiplier": 1.5, "basis": "illustrative", "note": "n"},
                           {"id": "risk_w", "region": "w", "multiplier": 2, "basis": "reported", "confidence": "alleged",
                            "sources": ["s1", "s2"]}])
    md = interdict(network=net).markdown
    assert "## What the result rests on" + md.split("## What the result rests on")[1] == "\n".join(RESTS_ON)


def test_every_illustrative_leg_of_a_path_is_listed_in_how_sure():
    edges = [("r1", "leg", "a", "b", "road", 10, "reported", "illustrative", "ours", "s1", 0, 1),
             ("r2", "leg", "b", "c", "road", 10, "reported", "illustrative", "ours", "s1", 1, 2)]
    net = _net(edges=edges, pairs=[(("a",), ("c",))], edge_countries={}, edge_regions={}, edge_crossings={})
    md = interdict(network=net).markdown
    assert _section(md, "How sure each path is")[-2:] == ["| pair 0 | before | reported | illustrative | `r1`, `r2` |",
                                                          "| pair 0 | after | reported | illustrative | `r1`, `r2` |"]
    assert "- leg `r1` (a→b)\n- leg `r2` (b→c)\n" in md.split("### Illustrative inputs")[1]


def test_the_report_ranks_at_most_15_places_and_edges():
    # a → n1 → … → n8 → c by 9 road legs: 9 edges and 9 places (n1…n8, c) each carry the one pair.
    # Ties sort by kind, then id: the 9 edges, then c, n1 … n5; the last 3 places are left out.
    stops = ["a", *[f"n{i}" for i in range(1, 9)], "c"]
    edges = [(f"l{i}", "leg", u, v, "road", 10, "reported", "located", None, "s", i - 1, i)
             for i, (u, v) in enumerate(zip(stops[:-1], stops[1:]), start=1)]
    net = _net(edges=edges, pairs=[(("a",), ("c",))], edge_countries={}, edge_regions={}, edge_crossings={})
    result = interdict(network=net, best=1)
    assert len(result.ranking) == 18
    best = result.markdown.split("| kind | id | name | pairs through |\n|---|---|---|---:|\n")[1].split("\n\n")[0]
    assert best.split("\n") == ([f"| edge | `l{i}` | n{i - 1}→n{i} | 1 |".replace("n0", "a").replace("n9", "c")
                                 for i in range(1, 10)]
                                + ["| place | `c` | Gamma | 1 |"] + [f"| place | `n{i}` | n{i} | 1 |" for i in range(1, 6)])


def test_a_mode_closure_adds_to_the_closures_before_it():
    net = _net()
    assert resolve_closures(net, ["link:f1", "mode:road"])[1] == {"f1", "f1__back", "r1", "r2", "r3"}
    assert resolve_closures(net, ["region:v", "mode:air"])[1] == {"r1", "r2", "f1", "f1__back"}


def test_a_closed_leg_beside_an_open_one_does_not_make_the_path_sensitive_to_the_ranges():
    # two parallel road legs a→c; the cheaper one closed: the other is the path at every end of the ranges
    edges = [("cheap", "leg", "a", "c", "road", 10, "reported", "located", None, "x", 0, 1),
             ("dear", "leg", "a", "c", "road", 20, "reported", "located", None, "x", 0, 1)]
    net = _net(edges=edges, pairs=[(("a",), ("c",))], edge_countries={}, edge_regions={}, edge_crossings={})
    state = solve_pairs(net, network_graph(net), closed_edges=frozenset({"cheap"}))["p0"]
    # dear, 20 km: 2 + 2, 4 + 4, 6 + 6
    assert state["edges"] == ["dear"] and state["cost"] == pytest.approx((4.0, 8.0, 12.0))
    assert state["path_differs_within_ranges"] is False


def test_the_best_interdiction_of_interdict_searches_under_the_raised_risk():
    # as test_best_interdiction_searches_the_graph_it_is_given_with_its_risk, through interdict's raise_risk
    net = _net(pairs=[(("a",), ("c",))])
    result = interdict(network=net, closures=[{"raise_risk": {"region": "w", "factor": 100}}], best=1)
    assert result.best["elements"] == [("edge", "f1")]
    assert result.best["objective_before"][1] == pytest.approx(28.8604)
    assert result.best["objective_after"][1] == pytest.approx(206.0)


def test_interdict_cli_says_none_when_no_closure_can_raise_a_cost(tmp_path, capsys):
    import geo
    from geo.cli import main
    from geo.network import build_network

    # every origin of every declared pair closed: every pair is cut off already, nothing is left to close
    net = build_network(geo.load_scenario(), official_files=None)
    origins = sorted({o for p in net.pairs for o in p["origins"]})
    closes = [a for o in origins for a in ("--close", f"place:{o}")]
    assert main(["interdict", "--out", str(tmp_path / "o"), "--no-map", "--best", "1", *closes]) == 0
    (line,) = [x for x in capsys.readouterr().out.splitlines() if x.startswith("best 1: ")]
    assert line.startswith("best 1: none (exhaustive search with pruning") and line.endswith(
        "1 closure sets evaluated; exact)")


def test_km_in_the_pairs_table_keep_one_decimal():
    # f1 400.04 km: after 400.0 km, extra 380.0 (400.04 − 20), each rounded to 0.1 km
    edges = [e if e[0] not in ("f1", "f1__back") else (*e[:5], 400.04, *e[6:]) for e in EDGES]
    p = interdict(network=_net(edges=edges), closures=["place:b"]).pairs.set_index("pair_id").loc["p0"]
    assert (p["km_before"], p["km_after"], p["extra_km"]) == (20.0, 400.0, 380.0)


def test_interdict_cli_prints_a_pair_unreachable_before_as_unreachable(tmp_path, capsys):
    import yaml

    import geo
    from geo.cli import main

    # the Peru scenario with one more pair, against the flow: no leg or link leads from Manaus to Caballococha
    data = yaml.safe_load(geo.scenario.default_scenario_path().read_text(encoding="utf-8"))
    data["od_pairs"].append({"id": "manaus_to_caballococha", "name": "Manaus → Caballococha",
                             "from": {"places": ["manaus"]}, "to": {"places": ["caballococha"]}})
    path = tmp_path / "reverse.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert main(["interdict", "--scenario", str(path), "--out", str(tmp_path / "o"), "--no-map"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "manaus_to_caballococha: before unreachable; after unreachable" in lines


def test_the_drawing_notes_of_a_path_are_all_given_sorted():
    edges = [("r1", "leg", "a", "b", "road", 10, "reported", "approximate", "road sketch", "s1", 0, 1),
             ("r2", "leg", "b", "c", "road", 10, "reported", "approximate", "river", "s1", 1, 2)]
    net = _net(edges=edges, pairs=[(("a",), ("c",))], edge_countries={}, edge_regions={}, edge_crossings={})
    d = interdict(network=net).displacement
    assert list(d["drawing_note"]) == ["river; road sketch", "river; road sketch"]


def test_a_cost_without_a_range_is_written_once():
    # air 10 € per kg per trip + 0.01 per km at every end: a→c (f1, 400 km) costs 14.00 at the low, middle and high end
    costs = {"road": COSTS["road"], "air": ModeCost((10.0, 10.0, 10.0), (0.01, 0.01, 0.01), ("air_cost",))}
    base = _net(pairs=[(("a",), ("c",))])
    net = Network(edges=base.edges, costs=costs, pairs=base.pairs, place_names={"a": "Alpha", "c": "Gamma"})
    table = _section(interdict(network=net, closures=["place:b"]).markdown, "Least-cost paths before and after")
    assert table[-1] == ("| pair 0 | Alpha –road→ b –road→ Gamma | Alpha –air→ Gamma | 20.0 → 400.0 (+380.0) | "
                         "8.00 (4.00–12.00) | 14.00 | +10.00 / +6.00 / +2.00 |")


@pytest.mark.parametrize("names, label", [({"a": "Alpha", "c": "Gamma"}, "b"), ({"a": "Alpha", "b": "Beta", "c": "Gamma"}, "Beta")])
def test_the_best_closure_of_a_place_is_labelled_with_its_name_or_else_its_id(names, label):
    # a→b by x1 or x2, b→c by y1 or y2 (parallel, equal), a→c by w (100 km): closing one leg changes nothing,
    # closing b moves the pair to w (4 + 20 = 24 against 8). Without a name, b's id stands for it.
    edges = [("x1", "leg", "a", "b", "road", 10, "reported", "located", None, "s", 0, 1),
             ("x2", "leg", "a", "b", "road", 10, "reported", "located", None, "s", 0, 1),
             ("y1", "leg", "b", "c", "road", 10, "reported", "located", None, "s", 1, 2),
             ("y2", "leg", "b", "c", "road", 10, "reported", "located", None, "s", 1, 2),
             ("w", "leg", "a", "c", "road", 100, "reported", "located", None, "s", 0, 2)]
    net = _net(edges=edges, pairs=[(("a",), ("c",))], edge_countries={}, edge_regions={}, edge_crossings={},
               place_names=names)
    result = interdict(network=net, best=1)
    assert result.best["elements"] == [("place", "b")] and result.best["objective_after"] == (0, 24.0)
    assert f"\n- close `place:b` ({label})\n" in result.markdown


def test_interdict_looks_up_the_official_boundaries_by_default(monkeypatch):
    # by default the boundaries are what the cache holds: here nothing (a stand-in for a machine without
    # them), so the default gives the same paths as official_files=None (the sketches)
    from importlib import import_module

    from geo.errors import OfficialDataWarning

    monkeypatch.setattr(import_module("geo.build"), "cached_official", lambda *a, **k: None)
    with pytest.warns(OfficialDataWarning, match="official INEI boundaries are not in the cache"):
        by_default = interdict().pairs
    sketches = interdict(official_files=None).pairs
    assert list(by_default["edges_after"]) == list(sketches["edges_after"])
    assert list(by_default["km_after"]) == list(sketches["km_after"])


def test_the_states_after_the_best_interdiction_keep_the_closures_given():
    # b already closed and nothing more to close (K = 0): the states after still have b closed (a→c by air)
    found = best_interdiction(_net(pairs=[(("a",), ("c",))]), 0, closed_places=frozenset({"b"}))
    assert found["elements"] == [] and found["states"]["p0"]["edges"] == ["f1"]
    assert found["states"]["p0"]["cost"] == pytest.approx(A_C_AIR)


def test_the_search_goes_on_when_the_sum_of_costs_equals_the_number_of_pairs():
    # road 0.5 € per kg per trip + 0.05 per km: r (10 km) costs exactly 1.0 for the one pair, s (20 km) 1.5.
    # Only every pair cut off ends the search early; a sum of 1.0 over 1 pair is no reason to stop.
    costs = {"road": ModeCost((0.5, 0.5, 0.5), (0.05, 0.05, 0.05), ("road_cost",))}
    edges = [("r", "leg", "a", "c", "road", 10, "reported", "located", None, "x", 0, 1),
             ("s", "leg", "a", "c", "road", 20, "reported", "located", None, "x", 0, 1)]
    base = _net(edges=edges, pairs=[(("a",), ("c",))])
    net = Network(edges=base.edges, costs=costs, pairs=base.pairs)
    found = best_interdiction(net, 1)
    assert found["objective_before"] == (0, 1.0)
    assert found["elements"] == [("edge", "r")] and found["objective_after"] == (0, 1.5)


def test_betweenness_skips_a_pair_without_a_path_and_ranks_from_0():
    # the default network's pair a→y has no path (y is reached from z only); both its ends are in the graph
    net = _net()
    ranking = betweenness(net, network_graph(net))
    # p0 a→c by r1, r2 and p1 b→c by r2: r2 and c carry 2 pairs, r1 and b one
    assert ranking.to_dict("records") == [
        {"kind": "edge", "id": "r2", "name": "b→c", "pairs_through": 2.0},
        {"kind": "place", "id": "c", "name": "Gamma", "pairs_through": 2.0},
        {"kind": "edge", "id": "r1", "name": "a→b", "pairs_through": 1.0},
        {"kind": "place", "id": "b", "name": "b", "pairs_through": 1.0}]
    assert list(ranking.index) == [0, 1, 2, 3]


def test_the_result_keeps_the_states_before_and_after(closed_b):
    assert list(closed_b.states) == ["before", "after"]
    assert closed_b.states["before"]["p0"]["edges"] == ["r1", "r2"] and closed_b.states["after"]["p0"]["edges"] == ["f1"]


def test_betweenness_goes_on_after_a_pair_without_a_path():
    # the default network with its pair a→y (no path) declared first: the other pairs still count
    net = _net(pairs=((("a",), ("y",)), (("a",), ("c",)), (("b",), ("c",))))
    ranking = betweenness(net, network_graph(net))
    assert ranking[["id", "pairs_through"]].to_dict("records") == [
        {"id": "r2", "pairs_through": 2.0}, {"id": "c", "pairs_through": 2.0},
        {"id": "r1", "pairs_through": 1.0}, {"id": "b", "pairs_through": 1.0}]


def test_betweenness_shares_are_given_to_six_decimals():
    # three tied paths from a to d (through b, c and e, 20 km of road each): each leg carries a third
    edges = [(f"{x}{y}", "leg", x, y, "road", 10, "reported", "located", None, "x", 0, 1)
             for x, y in (("a", "b"), ("b", "d"), ("a", "c"), ("c", "d"), ("a", "e"), ("e", "d"))]
    net = _net(edges=edges, pairs=[(("a",), ("d",))], edge_countries={}, edge_regions={}, edge_crossings={})
    ranking = betweenness(net, network_graph(net))
    assert ranking["pairs_through"].tolist() == [1.0] + [0.333333] * 9


def test_a_cost_given_as_a_low_end_alone_is_written_as_that_figure():
    # {low: 3} (the schema allows it: no high end, not "at least") is the figure 3
    net = _net(pairs=[(("a",), ("c",))],
               cost_items=[{"id": "road_cost", "mode": "road", "per": "km", "basis": "reported", "eur_per_kg_per_km": {"low": 0.2}}])
    rests = interdict(network=net).markdown.split("## What the result rests on")[1]
    assert "| road_cost | road | km | 0.2 | reported | – | – |  |" in rests


def test_km_before_in_the_pairs_table_keep_one_decimal():
    # r1 10.04 km: a→c by road is 20.04 km, 20.0 rounded to 0.1 km; by air 400 km after, 380.0 more
    edges = [e if e[0] != "r1" else (*e[:5], 10.04, *e[6:]) for e in EDGES]
    p = interdict(network=_net(edges=edges), closures=["place:b"]).pairs.set_index("pair_id").loc["p0"]
    assert (p["km_before"], p["km_after"], p["extra_km"]) == (20.0, 400.0, 380.0)


def test_a_path_whose_legs_have_no_confidence_has_none():
    # a network built by hand without confidences: the paths' confidence is unknown, not an error
    edges = [(*e[:6], None, *e[7:]) for e in EDGES]
    d = interdict(network=_net(edges=edges), closures=["place:b"]).displacement.set_index("id")
    assert d.loc["p0__before", "confidence"] is None and d.loc["p0__before", "drawing"] == "approximate"


def test_an_unreachable_pair_has_no_path_in_the_displacement_layer(closed_b):
    # p2 a→y has no path before or after: every text of its path is missing, not empty text
    row = closed_b.displacement.set_index("id").loc["p2__after"]
    assert all(pd.isna(row[c]) for c in ("path", "path_ids", "edges", "modes", "confidence", "drawing", "drawing_note", "sources"))
    assert not row["reachable"] and pd.isna(row["length_km"]) and row.geometry is None


def test_the_modes_of_a_path_are_listed_in_the_order_it_uses_them():
    # a→b by road, b→c by air (one trip, 100 km): modes "road, air"
    edges = [("r1", "leg", "a", "b", "road", 10, "reported", "located", None, "s1", 0, 1),
             ("f2", "leg", "b", "c", "air", 100, "reported", "located", None, "s1", 1, 2)]
    net = _net(edges=edges, pairs=[(("a",), ("c",))], edge_countries={}, edge_regions={}, edge_crossings={})
    d = interdict(network=net).displacement.set_index("id")
    assert d.loc["p0__before", "modes"] == "road, air" and d.loc["p0__before", "edges"] == "r1; f2"


@pytest.mark.parametrize("low, mid, high, text", [
    (7.75, 8.0, 8.25, "8.00 (7.75–8.25)"),  # a range under 1 € per kg is still a range
    (0.0, 0.0025, 0.005, "0.00 (0.00–0.01)"),  # 0.005 wide: its ends print differently
    (0.0, 0.002, 0.0049, "0.00"),  # narrower: its ends print as the same figure, written once
])
def test_a_cost_range_is_written_as_a_range_unless_its_ends_print_alike(low, mid, high, text):
    from geo.interdict import _range_text
    assert _range_text(low, mid, high) == text


def test_the_range_sensitive_note_follows_the_table_after_a_blank_line():
    edges = [("r", "leg", "a", "c", "road", 100, "reported", "located", None, "s", 0, 1),
             ("f", "link", "a", "c", "air", 400, "reported", "illustrative", None, "s", 0, 1)]
    net = _net(edges=edges, pairs=[(("a",), ("c",)), (("a",), ("c",))], edge_countries={}, edge_regions={},
               edge_crossings={}, link_items=[{"id": "f", "name": "F", "from": "a", "to": "c", "mode": "air",
                                               "confidence": "possible", "drawing": "illustrative"}])
    table = _section(interdict(network=net).markdown, "Least-cost paths before and after")
    assert table[-3].startswith("| pair 1 |") and table[-2:] == [
        "", "Within the cost ranges another path is cheapest for: pair 0, pair 1 (the table shows the path at the middle "
        "of the ranges)."]


def test_edges_without_a_drawing_note_column_give_paths_without_notes():
    import dataclasses

    net = _net()
    net = dataclasses.replace(net, edges=net.edges.drop(columns=["drawing_note"]))
    d = interdict(network=net, closures=["place:b"]).displacement.set_index("id")
    assert d.loc["p0__before", "drawing"] == "approximate" and pd.isna(d.loc["p0__before", "drawing_note"])
