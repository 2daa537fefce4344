"""Bad scenario input: one clear error naming file, feature, field and value; outputs untouched."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import geo
from geo.scenario import default_scenario_path

REPO = Path(__file__).resolve().parents[1]


def _scenario(tmp_path, mutate) -> Path:
    data = yaml.safe_load(default_scenario_path().read_text(encoding="utf-8"))
    mutate(data)
    path = tmp_path / "scenario.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _unknown_place(d):
    d["routes"][0]["legs"][1]["to"] = "atlantis"


def _latitude_out_of_range(d):
    d["places"][2]["lat"] = 95.0


def _duplicate_id(d):
    d["places"][3]["id"] = d["places"][2]["id"]


def _view_of_unknown_route(d):
    d["views"][3]["routes"] = ["europe_chain", "route_to_nowhere"]


def _view_with_upside_down_box(d):
    d["views"][4]["bbox"] = [-125, 58, 125, -40]


def _aircraft_of_unknown_source(d):
    d["scenario"]["aircraft"]["source"] = "cessna_manual"


CASES = {
    "aircraft source": (_aircraft_of_unknown_source, ["scenario", "field 'aircraft.source'", "unknown source id",
                                                      "'cessna_manual'"]),
    "unknown place": (_unknown_place, ["routes 'couriers_bolivia_brazil'", "legs.1.to", "unknown place", "'atlantis'"]),
    "latitude": (_latitude_out_of_range, ["places 'kimbiri'", "field 'lat'", "95"]),
    "view of an unknown route": (_view_of_unknown_route, ["views 'europe_chain'", "routes.1", "unknown route",
                                                          "'route_to_nowhere'"]),
    "view box upside down": (_view_with_upside_down_box, ["views 'world'", "field 'bbox'", "south < north"]),
    "duplicate id": (_duplicate_id, ["places 'kimbiri' (item 3)", "field 'id'", "duplicate id", "'kimbiri'"]),
}


@pytest.mark.parametrize("case", CASES)
def test_error_names_file_feature_field_and_value(tmp_path, case):
    mutate, expected = CASES[case]
    path = _scenario(tmp_path, mutate)
    with pytest.raises(geo.ScenarioError) as info:
        geo.load_scenario(path)
    message = str(info.value)
    assert str(path) in message
    assert "line " in message
    for part in expected:
        assert part in message, f"{part!r} not in {message!r}"


def test_all_problems_are_reported_at_once(tmp_path):
    path = _scenario(tmp_path, lambda d: (_latitude_out_of_range(d), d["places"][5].__setitem__("lon", -200)))
    with pytest.raises(geo.ScenarioError) as info:
        geo.load_scenario(path)
    assert len(info.value.problems) == 2


@pytest.mark.parametrize("text, expected", [
    ("places: [unclosed", "not valid YAML"),
    ("- just\n- a list\n", "must hold a mapping"),
    (b"scenario: {id: x, title: \xff}\n", "not UTF-8"),
])
def test_unreadable_files(tmp_path, text, expected):
    path = tmp_path / "bad.yaml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    with pytest.raises(geo.ScenarioError, match=expected):
        geo.load_scenario(path)


def test_missing_file(tmp_path):
    with pytest.raises(geo.ScenarioError, match="cannot read"):
        geo.load_scenario(tmp_path / "nope.yaml")


@pytest.mark.parametrize("case", CASES)
def test_failed_build_leaves_previous_outputs_untouched(tmp_path, case):
    layers, out = tmp_path / "layers", tmp_path / "out"
    geo.build(layers_dir=layers, out_dir=out, official=None)
    before = {p: p.read_bytes() for p in [*layers.iterdir(), *out.iterdir()]}
    bad = _scenario(tmp_path, CASES[case][0])
    proc = subprocess.run([sys.executable, "-m", "geo", "build", "--scenario", str(bad),
                           "--layers-dir", str(layers), "--out", str(out)],
                          capture_output=True, text=True, cwd=REPO,
                          env={**os.environ, "GEO_DATA_CACHE": str(tmp_path / "cache")})
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert str(bad) in proc.stderr
    after = {p: p.read_bytes() for p in [*layers.iterdir(), *out.iterdir()]}
    assert after == before


def _build_error(tmp_path, mutate, *, official=None) -> str:
    path = _scenario(tmp_path, mutate)
    with pytest.raises(geo.ScenarioError) as info:
        geo.build(path, layers_dir=tmp_path / "l", out_dir=tmp_path / "o", official=official)
    assert str(path) in str(info.value)
    return str(info.value)


def test_swapped_longitude_and_latitude(tmp_path):
    def swap(d):
        p = next(p for p in d["places"] if p["id"] == "iquitos")
        p["lon"], p["lat"] = p["lat"], p["lon"]
    message = _build_error(tmp_path, swap)
    assert "places 'iquitos'" in message and "outside PER" in message and "swapped" in message


def test_unknown_country_codes(tmp_path):
    def bad(d):
        d["scenario"]["focus_country"] = "XXX"
        next(r for r in d["regions"] if r["id"] == "vraem")["geometry"]["clip_to"] = ["QQQ"]
    message = _build_error(tmp_path, bad)
    assert "field 'focus_country'" in message and "'XXX'" in message
    assert "regions 'vraem'" in message and "clip_to.0" in message and "'QQQ'" in message


def test_sea_leg_from_an_inland_town(tmp_path):
    def bad(d):
        d["routes"][0]["legs"][0] = {"from": "pichari", "to": "puno", "mode": "sea"}
    message = _build_error(tmp_path, bad)
    assert "routes 'couriers_bolivia_brazil'" in message and "field 'legs.0.mode'" in message
    assert "not a port" in message


def test_duplicate_yaml_key(tmp_path):
    path = tmp_path / "dup.yaml"
    text = default_scenario_path().read_text(encoding="utf-8")
    text = text.replace("lon: -73.78922, lat: -12.62010,", "lon: -73.78922, lat: -12.62010, lat: 5,", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(geo.ScenarioError, match="duplicate key 'lat'"):
        geo.load_scenario(path)


@pytest.mark.parametrize("value, expected", [
    (float("inf"), "must be a finite number"),
    (float("nan"), "must be a finite number"),
    (10**40, "would lose digits"),
])
def test_numbers_that_cannot_be_written(tmp_path, value, expected):
    def bad(d):
        next(r for r in d["regions"] if r["id"] == "vraem")["figures"]["soldiers_count"] = value
    path = _scenario(tmp_path, bad)
    with pytest.raises(geo.ScenarioError, match=expected) as info:
        geo.load_scenario(path)
    assert "regions 'vraem'" in str(info.value) and "figures.soldiers_count" in str(info.value)


@pytest.mark.parametrize("end, expected", [("2001-12", "is before period_start '2016-10'"),
                                           ("2016-13", "does not match")])
def test_period_order_and_calendar(tmp_path, end, expected):
    def bad(d):
        d["routes"][3]["period_end"] = end
    path = _scenario(tmp_path, bad)
    with pytest.raises(geo.ScenarioError, match=expected) as info:
        geo.load_scenario(path)
    assert "routes 'air_urubamba'" in str(info.value) and "field 'period_end'" in str(info.value)


def test_region_without_points(tmp_path):
    def bad(d):
        next(r for r in d["regions"] if r["id"] == "palcazu_valley")["geometry"]["places"] = []
    path = _scenario(tmp_path, bad)
    with pytest.raises(geo.ScenarioError, match="palcazu_valley"):
        geo.load_scenario(path)


def test_empty_sections_build(tmp_path):
    def empty(d):
        d["routes"], d["flows"], d["views"] = [], [], []
        d["regions"] = [r for r in d["regions"] if r["id"] == "el_alto_labs"]
        known = {p["id"] for p in d["places"]} | {"el_alto_labs"}
        for source in d["sources"]:  # what a source names must exist, as what a view shows must
            if "names" in source:
                source["names"] = [n for n in source["names"] if n in known]
    path = _scenario(tmp_path, empty)
    result = geo.build(path, layers_dir=tmp_path / "l", out_dir=tmp_path / "o", official=None)
    assert len(result.layers["routes"]) == 0 and len(result.layers["legs"]) == 0
    import json

    assert json.loads((tmp_path / "l" / "routes.geojson").read_text()) == {"type": "FeatureCollection", "features": []}
    assert result.map_path.exists()


def test_routes_across_the_antimeridian(tmp_path):
    def pacific(d):
        d["routes"].append({"id": "air_pacific", "name": "Air test across the Pacific", "sources": ["article"],
                            "confidence": "possible", "legs": [{"from": "callao", "to": "hong_kong", "mode": "air"}]})
        d["routes"].append({"id": "sea_pacific", "name": "Sea test across the Pacific", "sources": ["article"],
                            "confidence": "possible", "legs": [{"from": "callao", "to": "hong_kong", "mode": "sea"}]})
    path = _scenario(tmp_path, pacific)
    result = geo.build(path, layers_dir=tmp_path / "l", out_dir=tmp_path / "o", official=None)
    import json

    import numpy as np
    import shapely

    doc = json.loads((tmp_path / "l" / "legs.geojson").read_text())
    for feat in doc["features"]:
        if feat["properties"]["route_id"] in ("air_pacific", "sea_pacific"):
            geom = shapely.geometry.shape(feat["geometry"])
            assert geom.geom_type == "MultiLineString", feat["id"]
            xy = shapely.get_coordinates(geom)
            assert np.abs(xy[:, 0]).max() <= 180
            for part in geom.geoms:
                assert np.abs(np.diff(shapely.get_coordinates(part)[:, 0])).max() < 180
    routes = result.layers["routes"].set_index("id")
    assert routes.loc["air_pacific", "length_km"] == pytest.approx(
        geo.distance_m(-77.15, -12.05, 114.16667, 22.28333) / 1000, abs=0.5)


def test_write_failure_changes_nothing(tmp_path):
    layers, out = tmp_path / "layers", tmp_path / "out"
    geo.build(layers_dir=layers, out_dir=out, official=None)
    before = {p: p.read_bytes() for p in layers.iterdir()}
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(OSError):
        geo.build(layers_dir=layers, out_dir=blocker / "out", official=None)
    assert {p: p.read_bytes() for p in layers.iterdir()} == before
    proc = subprocess.run([sys.executable, "-m", "geo", "build", "--layers-dir", str(layers), "--out", str(blocker / "o")],
                          capture_output=True, text=True, cwd=REPO, env={**os.environ, "GEO_DATA_CACHE": str(tmp_path / "c")})
    assert proc.returncode == 1 and "earlier outputs are unchanged" in proc.stderr and "Traceback" not in proc.stderr
    assert {p: p.read_bytes() for p in layers.iterdir()} == before


def test_foot_leg_across_the_sea(tmp_path):
    def bad(d):
        d["routes"][0]["legs"][0] = {"from": "callao", "to": "rotterdam", "mode": "foot"}
    message = _build_error(tmp_path, bad)
    assert "field 'legs.0.mode'" in message and "of sea" in message


def test_leg_between_places_at_the_same_coordinates(tmp_path):
    def bad(d):
        d["routes"][0]["legs"][0] = {"from": "pichari_base", "to": "pichari", "mode": "road"}
    path = _scenario(tmp_path, bad)
    with pytest.raises(geo.ScenarioError, match="same coordinates as 'pichari_base'"):
        geo.load_scenario(path)


def test_the_readme_example_scenario_builds(tmp_path):
    """The scenario printed in the README, as a newcomer would copy it."""
    import re

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    example = re.search(r"## The scenario file.*?```yaml\n(.*?)```", readme, flags=re.S).group(1)
    path = tmp_path / "pacific.yaml"
    path.write_text(example, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "geo", "build", "--scenario", str(path), "--layers-dir",
                           str(tmp_path / "layers"), "--out", str(tmp_path / "out")], capture_output=True, text=True,
                          cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "out" / "pacific_map.html").exists()
    import json

    routes = json.loads((tmp_path / "layers" / "routes.geojson").read_text(encoding="utf-8"))["features"]
    assert [r["properties"]["id"] for r in routes] == ["pacific_sea"]
    assert 3000 < routes[0]["properties"]["length_km"] < 5000  # Guayaquil-Manzanillo by sea; great circle ~3,000 km
