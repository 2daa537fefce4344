"""What-if interdiction (geo.network, geo.interdict, geo.interdict_map): properties on random small
networks, hand-computed answers, the Peru October 2016 case, the CLI and the written files."""

from __future__ import annotations

import itertools
import json
import math

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import geo
from geo.cli import main
from geo.errors import GeoError, ScenarioError
from geo.interdict import (best_interdiction, candidate_elements, interdict, objective, parse_closure,
                           resolve_closures, solve_pairs)
from geo.network import ModeCost, Network, network_graph

# ------------------------------------------------------------------------------------ small networks


def _network(edges: list[tuple], pairs: list[tuple], *, trip=(0.0, 0.0, 0.0), km=(1.0, 1.0, 1.0),
             air_trip=(10.0, 15.0, 20.0)) -> Network:
    """A network from (from, to, mode, km) edges and (origins, destinations) pairs."""
    rows = [{"id": f"e{i}", "kind": "leg", "route_id": None, "from_id": a, "to_id": b, "mode": mode, "length_km": float(d),
             "confidence": "reported", "drawing": "located", "drawing_note": None, "sources": "test", "name": f"{a}→{b}"}
            for i, (a, b, mode, d) in enumerate(edges)]
    costs = {"road": ModeCost(trip, km, ("road",)), "air": ModeCost(air_trip, (0.0, 0.0, 0.0), ("air",))}
    columns = ["id", "kind", "route_id", "from_id", "to_id", "mode", "length_km", "confidence", "drawing", "drawing_note",
               "sources", "name"]
    return Network(edges=pd.DataFrame(rows, columns=columns), costs=costs,
                   pairs=[{"id": f"p{i}", "name": f"pair {i}", "origins": tuple(o), "destinations": tuple(t)}
                          for i, (o, t) in enumerate(pairs)])


@st.composite
def small_networks(draw):
    n = draw(st.integers(4, 7))
    places = [f"n{i}" for i in range(n)]
    m = draw(st.integers(n - 1, 2 * n + 2))
    edges = []
    for _ in range(m):
        a, b = draw(st.sampled_from(places)), draw(st.sampled_from(places))
        if a == b:
            continue
        edges.append((a, b, draw(st.sampled_from(["road", "road", "air"])), draw(st.integers(1, 50))))
    pairs = [((places[0],), (places[-1],))]
    if draw(st.booleans()):
        pairs.append(((places[1],), (places[-2],)))
    return _network(edges, pairs)


def _brute_force(net: Network, k: int) -> tuple:
    g = network_graph(net)
    cands = candidate_elements(net)
    best = objective(solve_pairs(net, g, ranges=False))
    for size in range(1, k + 1):
        for subset in itertools.combinations(cands, size):
            places = frozenset(v for kind, v in subset if kind == "place")
            edges = frozenset(v for kind, v in subset if kind == "edge")
            best = max(best, objective(solve_pairs(net, g, places, edges, ranges=False)))
    return best


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(net=small_networks(), k=st.integers(1, 2))
def test_exact_k_interdiction_equals_brute_force(net, k):
    found = best_interdiction(net, k)
    assert found["exact"] is True
    assert len(found["elements"]) <= k
    assert found["objective_after"] == _brute_force(net, k)
    # the set it names really gives the objective it reports
    g = network_graph(net)
    places = frozenset(v for kind, v in found["elements"] if kind == "place")
    edges = frozenset(v for kind, v in found["elements"] if kind == "edge")
    assert objective(solve_pairs(net, g, places, edges, ranges=False)) == found["objective_after"]


@settings(max_examples=40, deadline=None)
@given(net=small_networks())
def test_closing_nothing_changes_nothing(net):
    result = interdict(network=net, closures=[])
    assert result.applied == []
    for r in result.pairs.itertuples():
        assert r.path_before == r.path_after and r.edges_before == r.edges_after
        assert r.reachable_before == r.reachable_after
        if r.reachable_before:
            assert r.extra_km == 0 and r.extra_mid_eur_per_kg == 0
    assert result.transit.empty


@settings(max_examples=60, deadline=None)
@given(net=small_networks(), data=st.data())
def test_least_cost_after_closures_never_below_before(net, data):
    cands = candidate_elements(net)
    chosen = data.draw(st.lists(st.sampled_from(cands), max_size=3, unique=True)) if cands else []
    closures = [f"place:{v}" if kind == "place" else f"leg:{v}" for kind, v in chosen]
    result = interdict(network=net, closures=closures)
    for r in result.pairs.itertuples():
        if not r.reachable_before:
            assert not r.reachable_after
        elif r.reachable_after:
            for end in ("low", "mid", "high"):
                before = getattr(r, f"cost_{end}_before_eur_per_kg")
                after = getattr(r, f"cost_{end}_after_eur_per_kg")
                assert after >= before - 1e-9


def test_trip_cost_paid_once_per_run_of_one_mode():
    # A→B→C by road (per trip 5, per km 1: 5 + 10 + 10 = 25) against A→C by air (per trip 30).
    # Hand-computed: the two road legs are one trip, so the fee is paid once: 25, not 30.
    net = _network([("a", "b", "road", 10), ("b", "c", "road", 10), ("a", "c", "air", 500)], [(("a",), ("c",))],
                   trip=(5.0, 5.0, 5.0), air_trip=(30.0, 30.0, 30.0))
    result = interdict(network=net, closures=["place:b"])
    r = result.pairs.iloc[0]
    assert r["edges_before"] == ["e0", "e1"] and r["cost_mid_before_eur_per_kg"] == pytest.approx(25.0)
    assert r["edges_after"] == ["e2"] and r["cost_mid_after_eur_per_kg"] == pytest.approx(30.0)
    assert r["extra_km"] == pytest.approx(480.0) and r["extra_mid_eur_per_kg"] == pytest.approx(5.0)


def test_cost_ranges_give_the_least_cost_at_each_end():
    # Road 10 km at 1–3 €/kg/km (10–30) against air at 15–25 per trip: the least cost is 10 at the
    # low end (road), 25 at the high end (air) and min(20, 20) = 20 in the middle.
    net = _network([("a", "c", "road", 10), ("a", "c", "air", 100)], [(("a",), ("c",))],
                   km=(1.0, 2.0, 3.0), air_trip=(15.0, 20.0, 25.0))
    state = solve_pairs(net, network_graph(net))["p0"]
    assert state["cost"] == pytest.approx((10.0, 20.0, 25.0))
    assert state["path_differs_within_ranges"] is True


def test_k_interdiction_known_answer_cuts_a_bridge():
    # Two routes from a to d share the bridge place c: closing c cuts the pair; no single edge does.
    net = _network([("a", "b", "road", 1), ("b", "c", "road", 1), ("a", "x", "road", 5), ("x", "c", "road", 5),
                    ("c", "d", "road", 1), ("c", "d", "air", 1)], [(("a",), ("d",))])
    found = best_interdiction(net, 1)
    assert found["elements"] == [("place", "c")]
    assert found["objective_after"][0] == 1
    # with K=2 the two c→d legs would cut it too: ties go to the smaller set
    assert best_interdiction(net, 2)["elements"] == [("place", "c")]


def test_parse_closure_and_unknown_values():
    assert parse_closure("mode:air@vraem") == {"mode": "air", "from_region": "vraem"}
    assert parse_closure("link:x") == {"link": "x"}  # kept as given, so that messages echo it
    with pytest.raises(GeoError, match="'bogus'"):
        parse_closure("bogus")
    net = _network([("a", "b", "road", 1)], [(("a",), ("b",))])
    with pytest.raises(GeoError, match="place:zzz"):
        resolve_closures(net, ["place:zzz"])
    with pytest.raises(GeoError, match="mode:boat"):
        resolve_closures(net, ["mode:boat"])
    with pytest.raises(GeoError, match="leg:nope"):
        resolve_closures(net, ["leg:nope"])


# ------------------------------------------------------------------------------------ Peru


@pytest.fixture(scope="module")
def peru_layers(built):
    """The Peru scenario and its layers, from the session's build (conftest.py), each layer copied so
    that nothing done here reaches the other tests."""
    return built.scenario, {name: layer.copy() for name, layer in built.layers.items()}


@pytest.fixture(scope="module")
def peru(peru_layers):
    scenario, layers = peru_layers
    return interdict(scenario, layers=layers)


def test_peru_october_2016_after_paths_avoid_the_closed_air_departures(peru):
    net = peru.network
    assert any(a.startswith("vraem_airstrips_2016") for a in peru.applied)
    edges = net.edges.set_index("id")
    vraem = {p for p, regions in net.place_regions.items() if "vraem" in regions}
    closed = {e for e in edges.index if edges.loc[e, "mode"] == "air" and edges.loc[e, "from_id"] in vraem}
    # the article's two VRAEM air-bridge legs are among the closed departures
    assert {"air_bridge_bolivia__1", "air_bridge_brazil__1"} <= closed
    vraem_pairs = peru.pairs[peru.pairs["pair_id"].str.startswith("vraem_")]
    assert len(vraem_pairs) >= 4
    for r in vraem_pairs.itertuples():
        assert r.reachable_after
        assert not set(r.edges_after) & closed, r.pair_id
    brazil = peru.pairs.set_index("pair_id").loc["vraem_to_brazil"]
    # before: the VRAEM air bridge to Brazil; after: departures from the Urubamba valley (Kiteni),
    # the displacement the article reports, costing more per kg
    assert "air_bridge_brazil__1" in brazil["edges_before"]
    assert brazil["path_after"][-2:] == ["kiteni", "assis_brasil"]
    assert brazil["extra_mid_eur_per_kg"] > 0 and brazil["extra_km"] > 0
    urubamba = peru.transit[(peru.transit["pair_id"] == "vraem_to_brazil") & (peru.transit["key"] == "urubamba_valley")]
    assert len(urubamba) == 1 and urubamba["change_km"].iloc[0] > 0


def test_peru_report_is_honest(peru):
    md = peru.markdown
    assert "not a prediction" in md and "prediction" not in md.replace("not a prediction", "")
    for item in ("road_placeholder", "sea_placeholder", "link_urubamba_air_brazil", "vraem_military_presence"):
        assert f"`{item}`" in md.split("### Illustrative inputs")[1]
    assert "70–80" in md and "at least 90" in md          # the article's figures, with their ranges
    assert "pilot_pay" not in md.split("### Illustrative inputs")[1].split("###")[0]


def test_peru_displacement_geojson_round_trip(peru, tmp_path):
    pyogrio = pytest.importorskip("pyogrio")
    from geo.interdict import write_displacement

    paths = write_displacement(peru, tmp_path)
    text = (tmp_path / "displacement.geojson").read_text(encoding="utf-8")
    doc = json.loads(text, parse_constant=lambda c: pytest.fail(f"non-JSON constant {c}"))
    assert "crs" not in doc and len(doc["features"]) == 2 * len(peru.pairs)
    back = pyogrio.read_dataframe(tmp_path / "displacement.geojson")
    assert len(back) == 2 * len(peru.pairs)
    row = back.set_index("id").loc["vraem_to_brazil__after"]
    assert row["state"] == "after" and row["cost_eur_per_kg"] == pytest.approx(
        peru.pairs.set_index("pair_id").loc["vraem_to_brazil", "cost_mid_after_eur_per_kg"], abs=1e-3)
    assert row["drawing"] == "illustrative" and row["confidence"] == "possible"
    assert str(back["cost_eur_per_kg"].dtype).startswith("float") and back["reachable"].dtype == bool
    assert (tmp_path / "displacement.md").read_text(encoding="utf-8") == peru.markdown
    assert [p.name for p in paths] == ["displacement.geojson", "displacement.md"]


def test_peru_best_k_is_exact_and_says_so(peru_layers):
    scenario, layers = peru_layers
    result = interdict(scenario, layers=layers, best=1)
    assert result.best["exact"] is True and "exact" in result.best["method"]
    net = result.network
    from geo.interdict import resolve_closures as rc

    places, edges, risk, _ = rc(net, net.interventions)
    g = network_graph(net, risk=risk)
    best_value = objective(solve_pairs(net, g, places, edges, ranges=False))
    for kind, value in candidate_elements(net):
        extra = {value} if kind == "edge" else set()
        closed_places = places | ({value} if kind == "place" else set())
        best_value = max(best_value, objective(solve_pairs(net, g, closed_places, edges | extra, ranges=False)))
    assert result.best["objective_after"] == best_value
    assert "exact 1-interdiction" in result.markdown and len(result.ranking) > 0


def test_peru_bad_section_names_line_field_value(tmp_path):
    text = geo.default_scenario_path().read_text(encoding="utf-8")
    bad = text.replace("to: {places: [el_alto]}", "to: {places: [el_altoo]}")
    assert bad != text
    path = tmp_path / "bad.yaml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(ScenarioError) as err:
        interdict(path, official_files=None)
    line = next(i for i, t in enumerate(bad.splitlines(), 1) if "el_altoo" in t)
    message = str(err.value)
    assert str(path) in message and f"line {line}" in message and "od_pairs 'vraem_to_el_alto'" in message
    assert "'el_altoo'" in message and "unknown place" in message


# ------------------------------------------------------------------------------------ CLI and map


def test_cli_writes_files_and_refuses_bad_close(tmp_path, capsys):
    out = tmp_path / "what_if"
    assert main(["interdict", "--out", str(out), "--no-map", "--best", "1"]) == 0
    printed = capsys.readouterr().out
    assert "vraem_to_brazil: before" in printed and "exact" in printed
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["displacement.geojson",
                                                                                     "displacement.md"]
    before = (out / "displacement.md").read_text(encoding="utf-8")
    assert main(["interdict", "--out", str(out), "--close", "place:atlantis"]) == 2
    assert "place:atlantis" in capsys.readouterr().err
    assert main(["interdict", "--out", str(out), "--close", "harbour"]) == 2
    assert "'harbour'" in capsys.readouterr().err
    assert main(["interdict", "--out", str(out), "--intervention", "nope"]) == 2
    assert "'nope'" in capsys.readouterr().err
    assert (out / "displacement.md").read_text(encoding="utf-8") == before   # nothing half-overwritten


def test_cli_close_leg_moves_the_amazon_pair(tmp_path, capsys):
    out = tmp_path / "amazon"
    assert main(["interdict", "--out", str(out), "--no-map", "--close", "leg:amazon_river__1"]) == 0
    doc = json.loads((out / "displacement.geojson").read_text(encoding="utf-8"))
    after = next(f for f in doc["features"] if f["id"] == "caballococha_to_manaus__after")
    assert after["properties"]["reachable"] is False and after["geometry"] is None
    assert "cut off by the interventions: Caballococha → Manaus" in (out / "displacement.md").read_text(encoding="utf-8")


def test_map_has_switchable_groups_and_escapes_text(peru_layers, node, chromium, tmp_path):
    import re
    import subprocess

    from geo.interdict_map import displacement_map
    from geo.snapshot import open_map

    scenario, layers = peru_layers
    result = interdict(scenario, layers=layers)
    hostile = "Pier `7` ${document.title='x'}</script><script>alert(1)</script>"
    result.displacement.loc[result.displacement["pair_id"] == "vraem_to_brazil", "pair_name"] = hostile
    page = displacement_map(result, layers, scenario=scenario, tiles=False).get_root().render()
    assert "<script>alert(1)" not in page
    assert "L.control.groupedLayers" in page and re.search(r'"exclusiveGroups": \[\s*"What if: least-cost paths"', page)
    for i, script in enumerate(re.findall(r"<script>(.*?)</script>", page, flags=re.S)):
        f = tmp_path / f"s{i}.js"
        f.write_text(script, encoding="utf-8")
        done = subprocess.run([node, "--check", str(f)], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    html_path = tmp_path / "what_if.html"
    html_path.write_text(page, encoding="utf-8")
    with open_map(html_path) as view:
        title = view.page.title()
        radios = view.page.locator("input.leaflet-control-layers-selector[type=radio]")
        assert radios.count() == 2
        labels = view.page.evaluate("() => [...document.querySelectorAll('.leaflet-control-layers-group-label')]"
                                    ".map(e => e.textContent.trim())")
        assert "What if: least-cost paths" in labels
        before_paths = view.page.evaluate("() => document.querySelectorAll('path[stroke=\"#1A1A1A\"]').length")
        view.page.get_by_text("After the interventions", exact=True).first.click()
        view.page.wait_for_timeout(300)
        after_paths = view.page.evaluate("() => document.querySelectorAll('path[stroke=\"#CC0099\"]').length")
        gone = view.page.evaluate("() => document.querySelectorAll('path[stroke=\"#1A1A1A\"]').length")
        n = len(result.pairs)
        assert before_paths == n and after_paths == n and gone == 0   # one at a time
        # the hostile name, shown in a popup, is text
        shown = view.page.evaluate("""() => { let out = null;
            geoMap.map.eachLayer(l => { if (l.feature && l.feature.properties && !out &&
                String(l.feature.properties.pair_name).startsWith('Pier')) {
                    l.fire('click', {latlng: l.getLatLngs().flat(3)[0], layer: l}, true); out = true; } });
            const el = document.querySelector('.leaflet-popup-content');
            return el ? el.innerText : null; }""")
        assert view.page.title() == title and view.page_errors == []
    assert shown is not None and hostile in shown


def test_raise_risk_multiplies_the_per_km_cost_inside_the_region():
    # a→b road 10 km, all inside region "r" (per km 1 €/kg): 10 €/kg; raising r's risk ×3 makes it
    # 30, so the air leg (per trip 20) becomes the cheaper path. Hand-computed.
    net = _network([("a", "b", "road", 10), ("a", "b", "air", 300)], [(("a",), ("b",))],
                   air_trip=(20.0, 20.0, 20.0))
    net = Network(edges=net.edges, costs=net.costs, pairs=net.pairs, edge_regions={"e0": {"r": 10.0}},
                  place_regions={"a": ("r",)})
    result = interdict(network=net, closures=[{"raise_risk": {"region": "r", "factor": 3}}])
    r = result.pairs.iloc[0]
    assert r["cost_mid_before_eur_per_kg"] == pytest.approx(10.0) and r["edges_before"] == ["e0"]
    assert r["cost_mid_after_eur_per_kg"] == pytest.approx(20.0) and r["edges_after"] == ["e1"]
    assert result.applied == ["raise the risk of region r ×3"]


def test_peru_closing_the_urubamba_valley_moves_departures_to_palcazu(peru_layers):
    scenario, layers = peru_layers
    result = interdict(scenario, ["region:urubamba_valley"], interventions="all", layers=layers)
    brazil = result.pairs.set_index("pair_id").loc["vraem_to_brazil"]
    assert "iscozacin" in brazil["path_after"] and "kiteni" not in brazil["path_after"]
    assert brazil["extra_mid_eur_per_kg"] > 0
    gained = result.transit[(result.transit["pair_id"] == "vraem_to_brazil") & (result.transit["key"] == "palcazu_valley")]
    assert len(gained) == 1 and gained["change_km"].iloc[0] > 0


def test_peru_paths_take_the_legs_drawing_and_the_report_lists_it(peru_layers, peru):
    # the network reads each leg's own provenance from the legs layer (issue 12), not a default
    _, layers = peru_layers
    legs = layers["legs"].set_index("id")
    edges = peru.network.edges.set_index("id")
    for eid in legs.index:
        assert edges.loc[eid, "drawing"] == legs.loc[eid, "drawing"], eid
        assert edges.loc[eid, "confidence"] == legs.loc[eid, "confidence"], eid
    # every Peru leg is drawn illustratively, so read a changed layer too: the value comes from the layer
    from geo.network import build_network

    scenario, _ = peru_layers
    changed = dict(layers, legs=layers["legs"].copy())
    changed["legs"].loc[changed["legs"]["id"] == "amazon_river__1", "drawing"] = "approximate"
    rebuilt = build_network(scenario, layers=changed).edges.set_index("id")
    assert rebuilt.loc["amazon_river__1", "drawing"] == "approximate"
    # the October 2016 "after" path to Brazil runs on two links, one of them possible: the path is possible
    after = peru.displacement.set_index("id").loc["vraem_to_brazil__after"]
    assert after["edges"] == "link_vraem_urubamba; link_urubamba_air_brazil" and after["confidence"] == "possible"
    md = peru.markdown
    sure = md.split("## How sure each path is")[1].split("\n## ")[0]
    row = "| VRAEM → Brazil | after | possible | illustrative | `link_vraem_urubamba`, `link_urubamba_air_brazil` |"
    assert row in sure
    # a leg drawn illustratively that a path uses is listed among the illustrative inputs
    assert legs.loc["air_bridge_brazil__1", "drawing"] == "illustrative"
    assert "leg `air_bridge_brazil__1`" in md.split("### Illustrative inputs")[1].split("###")[0]


def test_how_sure_table_for_an_origin_that_is_a_destination_and_a_cut_pair():
    # pair 0 starts where it may end (a path of no edges); pair 1 is cut when its one leg closes
    net = _network([("a", "b", "road", 10), ("c", "d", "road", 5)], [(("a",), ("a", "b")), (("c",), ("d",))])
    md = interdict(network=net, closures=["leg:e1"]).markdown
    sure = md.split("## How sure each path is")[1].split("\n## ")[0]
    assert "| pair 0 | after | – | – | none |" in sure
    assert "| pair 1 | before | reported | located | none |" in sure
    assert "| pair 1 | after | – | – | unreachable |" in sure


def test_best_prints_what_close_takes_back_and_errors_echo_the_kind(tmp_path, capsys):
    from geo.cli import main

    assert main(["interdict", "--out", str(tmp_path / "a"), "--no-map", "--best", "1"]) == 0
    line = next(l for l in capsys.readouterr().out.splitlines() if l.startswith("best 1: "))
    chosen = line[len("best 1: "):].split(" (")[0].split(", ")
    assert chosen and all(c.split(":")[0] in ("place", "leg", "link") for c in chosen), line
    # each printed element is accepted back by --close
    assert main(["interdict", "--out", str(tmp_path / "b"), "--no-map", *[a for c in chosen for a in ("--close", c)]]) == 0
    assert main(["interdict", "--out", str(tmp_path / "c"), "--no-map", "--close", "link:nope"]) == 2
    assert "--close link:nope: not a leg or link id" in capsys.readouterr().err


def test_interdict_out_refuses_a_protected_folder(tmp_path, monkeypatch, capsys):
    from geo.cli import main

    home = tmp_path / "home"
    home.mkdir()
    (home / "notes.txt").write_text("mine", encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    assert main(["interdict", "--out", str(home), "--no-map"]) == 2
    assert "--out" in capsys.readouterr().err and sorted(p.name for p in home.iterdir()) == ["notes.txt"]
