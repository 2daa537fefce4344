"""River legs follow the shipped Natural Earth river centrelines, so that their length is the river's."""

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import shapely
import yaml

import geo
from geo.measure import GEOD, geodesic_length_m
from geo.routing import RIVER_DRAWING_NOTE, RIVER_SNAP_M, _river_network, leg_geometry, river_path
from geo.scenario import default_scenario_path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "geo" / "data"

# Coordinates as in the Peru scenario (INEI centros poblados; encyclopedia infoboxes for Brazil).
TABATINGA = (-69.93806, -4.25250)
MANAUS = (-60.02500, -3.10194)
IQUITOS = (-73.24414, -3.74808)
CABALLOCOCHA = (-70.51697, -3.90618)
PEBAS = (-71.86194, -3.32028)
SAN_PABLO = (-71.10306, -4.02028)


def _km(line) -> float:
    return float(geodesic_length_m([line])[0]) / 1000


def _chord_km(*points) -> float:
    lon, lat = np.asarray(points, dtype=float).T
    return float(np.sum(GEOD.inv(lon[:-1], lat[:-1], lon[1:], lat[1:])[2])) / 1000


def test_tabatinga_to_manaus_is_the_river_length():
    # The Solimões, the Amazon from the triple frontier to the Negro at Manaus, is 1,630 km long
    # (Wikipedia, "Rio Solimões"); the boat trip is commonly quoted at about 1,600 km. A 1:10m
    # centreline cuts the smaller meanders, so the leg must be at least 1,400 km (the straight chord
    # is 1,109 km) and cannot be longer than the river itself.
    line, rivers = river_path([TABATINGA, MANAUS])
    assert 1_400 <= _km(line) <= 1_630
    assert _chord_km(TABATINGA, MANAUS) == pytest.approx(1_108.6, abs=0.5)
    assert rivers == ["Amazonas", "Negro"]  # down the Amazon, then up the Negro to Manaus's waterfront
    start, end = shapely.get_coordinates(line)[[0, -1]]
    assert tuple(start) == TABATINGA and tuple(end) == MANAUS


def test_iquitos_to_caballococha_follows_the_bends():
    # Along Natural Earth's Amazon centreline, Iquitos-Caballococha is about 373 km (issue 12); the
    # line that went through the district capitals Pebas and San Pablo de Loreto was 341 km.
    line, _ = river_path([IQUITOS, CABALLOCOCHA])
    assert _km(line) == pytest.approx(373, rel=0.03)
    assert _km(line) > _chord_km(IQUITOS, PEBAS, SAN_PABLO, CABALLOCOCHA) == pytest.approx(341, abs=1)


def test_a_river_leg_is_longer_than_its_chord_where_the_river_bends():
    _, xy, _ = _river_network()
    rng = np.random.default_rng(12)
    amazon_like = np.flatnonzero(xy[:, 0] > -73.5)  # vertices of the Amazon and the lower Negro
    bends = 0
    for _ in range(40):
        i, j = rng.choice(amazon_like, 2, replace=False)
        a, b = tuple(xy[i]), tuple(xy[j])
        line, _ = river_path([a, b])
        chord = _chord_km(a, b)
        inner = shapely.get_coordinates(line)[1:-1]
        assert _km(line) >= chord - 1e-6
        if len(inner) == 0:
            continue
        # the river bends where a vertex lies off the chord: a -> v -> b is longer than a -> b
        detour_km = (np.asarray(GEOD.inv(np.full(len(inner), a[0]), np.full(len(inner), a[1]), inner[:, 0], inner[:, 1])[2])
                     + np.asarray(GEOD.inv(inner[:, 0], inner[:, 1], np.full(len(inner), b[0]), np.full(len(inner), b[1]))[2])
                     ) / 1000 - chord
        if detour_km.max() > 0.1:
            assert _km(line) >= chord + detour_km.max() - 1e-6 > chord
            bends += 1
    assert bends > 30


def test_river_leg_properties_say_how_it_was_drawn():
    geom, basis, extra = leg_geometry("river", CABALLOCOCHA, TABATINGA)
    assert extra["drawing"] == "approximate" and extra["drawing_note"] == RIVER_DRAWING_NOTE
    assert extra["length_kind"] == "river centreline" and extra["geometry_kind"] == "computed"
    assert "Natural Earth 1:10m" in basis and "Amazonas" in basis
    # the straight chord is 74.8 km; the river bends north past the Colombian bank
    assert _km(geom) > _chord_km(CABALLOCOCHA, TABATINGA) == pytest.approx(74.8, abs=0.1)
    for mode in ("road", "foot"):
        assert leg_geometry(mode, (-73.79, -12.62), (-74.23, -13.16))[2]["length_kind"] == \
            "straight-line"


def test_a_river_leg_far_from_any_river_is_refused_naming_the_leg(tmp_path):
    data = yaml.safe_load(default_scenario_path().read_text(encoding="utf-8"))
    route = next(r for r in data["routes"] if r["id"] == "air_urubamba")
    # the route's one leg starts at Kiteni, on the Urubamba, 65 km from any shipped river
    route["legs"][0]["mode"] = "river"
    path = tmp_path / "scenario.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(geo.ScenarioError) as info:
        geo.build_layers(geo.load_scenario(path))
    message = str(info.value)
    assert "routes 'air_urubamba'" in message and "legs.0" in message
    assert f"no river centreline within {RIVER_SNAP_M / 1000:g} km of the start (-73.04819, -12.648)" in message
    assert "(Ucayali) is 65.1 km away" in message


def test_peru_river_route_is_drawn_along_the_river_from_the_triple_frontier(sketch_layers):
    legs = sketch_layers[1]["legs"]
    river = legs[legs["mode"] == "river"]
    assert list(river["from_id"]) == ["caballococha"]  # not Iquitos, which the article does not name
    leg = river.iloc[0]
    assert leg["length_kind"] == "river centreline"
    assert leg["drawing"] == "illustrative"  # the end at Manaus stands in for "the Brazilian Amazon"
    assert "Manaus" in leg["drawing_note"]  # the note gives the reason for the weakest part
    assert "centreline" in leg["geometry_basis"]
    assert leg["length_km"] > _chord_km(CABALLOCOCHA, MANAUS) + 300
    straight = legs[legs["mode"].isin(["road", "foot"])]
    assert set(straight["length_kind"]) == {"straight-line"}


def test_the_shipped_subset_matches_its_provenance():
    provenance = json.loads((DATA / "rivers_ne10m.provenance.json").read_text(encoding="utf-8"))
    data = (DATA / provenance["output_file"]).read_bytes()
    assert hashlib.sha256(data).hexdigest() == provenance["output_sha256"]
    assert len(data) < 300_000
    readme = (DATA / "rivers_README.md").read_text(encoding="utf-8")
    assert provenance["output_sha256"] in readme and provenance["input_sha256"] in readme
    assert "Public domain" in provenance["licence"] and provenance["natural_earth_url"].startswith("https://")
    rivers = {f["properties"]["name"] for f in json.loads(data)["features"]}
    assert rivers == {"Amazonas", "Ucayali", "Marañón", "Negro"}


def test_the_script_remakes_the_subset_byte_for_byte(shared_dir, tmp_path):
    source = shared_dir / "data" / "naturalearth" / "ne_10m_rivers_lake_centerlines_southamerica.geojson"
    subprocess.run([sys.executable, str(REPO / "scripts" / "make_rivers_subset.py"), str(source),
                    "--out-dir", str(tmp_path)], check=True, capture_output=True)
    provenance = json.loads((DATA / "rivers_ne10m.provenance.json").read_text(encoding="utf-8"))
    assert hashlib.sha256(source.read_bytes()).hexdigest() == provenance["input_sha256"]
    assert (tmp_path / "rivers_ne10m.geojson").read_bytes() == (DATA / "rivers_ne10m.geojson").read_bytes()


def test_the_report_calls_road_and_foot_lengths_straight_line_lengths(sketch_layers):
    from geo.report import measurements, measurements_markdown

    scenario, layers = sketch_layers
    text = measurements_markdown(scenario, layers)
    assert "*straight-line* length" in text and "| length_kind |" in text
    table = measurements(scenario, layers)
    legs = table[table["table"] == "leg"]
    ground = legs[legs["note"].str.startswith(("road;", "foot;"))]
    # road and foot legs are never reported as a plain "length"
    assert len(ground) > 0 and set(ground.loc[ground["unit"] == "km", "quantity"]) == {"straight_line_length"}
    assert ground["note"].str.contains("straight lines between towns").all()


def test_a_river_along_a_border_does_not_cross_it_there_and_back():
    # Between Caballococha and Leticia the Amazon is the Peru-Colombia border; Natural Earth's centreline
    # strays a few tens of metres into Colombia for 18 km. The only crossing is into Brazil at Tabatinga.
    import geopandas as gpd

    line, _ = river_path([CABALLOCOCHA, MANAUS])
    got = geo.border_crossings(gpd.GeoDataFrame({"id": ["amazon"]}, geometry=[line], crs="EPSG:4326"))
    assert list(zip(got["from_country"], got["to_country"])) == [("PER", "BRA")]
    # a line that goes 25 km into Colombia and back does cross, both ways
    detour = geo.great_circle([CABALLOCOCHA, (-70.35, -3.65), (-70.30, -4.0)])
    got = geo.border_crossings(gpd.GeoDataFrame({"id": ["detour"]}, geometry=[detour], crs="EPSG:4326"))
    assert list(zip(got["from_country"], got["to_country"])) == [("PER", "COL"), ("COL", "PER")]


def test_the_shipped_rivers_meet_at_their_confluences():
    import networkx as nx

    graph, _, names = _river_network()
    assert nx.number_connected_components(graph) == 1  # Marañón and Ucayali -> Amazon <- Negro
    # from the Marañón at Nauta's confluence to Manaus: Marañón or Ucayali first, then the Amazon, the Negro
    _, rivers = river_path([(-73.55, -4.50), MANAUS])
    assert rivers[-2:] == ["Amazonas", "Negro"]
    with pytest.raises(geo.RoutingError, match=r"of the waypoint 1 \(-65\.0, -10\.0\)"):
        river_path([TABATINGA, (-65.0, -10.0), MANAUS])
