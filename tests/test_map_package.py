"""The map package without a browser: its files, its one table of field labels, the legend made from
the data, drawings, the display frame across the antimeridian, the build date, template compiles."""

import ast
import re
import shutil
import subprocess
from importlib import resources
from pathlib import Path

import geopandas as gpd
import jinja2
import numpy as np
import pytest
import shapely

import geo
from geo.fields import FIELDS, field_label
from geo.map.display import display_west, to_display
from geo.map.legend import legend_html

REPO = Path(__file__).resolve().parents[1]
STATIC = resources.files("geo.map") / "static"


def test_every_script_of_the_package_parses():
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is absent: script syntax check skipped")
    scripts = sorted(p for p in Path(str(STATIC)).iterdir() if p.suffix == ".js")
    assert {p.name for p in scripts} >= {"layers.js", "controls.js", "labels.js", "story.js", "events.js"}
    for script in scripts:
        proc = subprocess.run([node, "--check", str(script)], capture_output=True, text=True)
        assert proc.returncode == 0, (script.name, proc.stderr)


def test_no_python_module_of_the_map_holds_much_javascript_or_html():
    """The scripts and styles are files; what remains in Python is short templates."""
    for module in sorted((REPO / "geo" / "map").glob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        lines = sum(node.value.count("\n") for node in ast.walk(tree)
                    if isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and re.search(r"<\w+[ >]|function\s*\(|\{%", node.value))
        assert lines <= 400, (module.name, lines)


def test_the_field_labels_are_the_table_in_layers_readme():
    text = (REPO / "layers" / "README.md").read_text(encoding="utf-8")
    section = text.split("## Labels on the map", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `([^`]+)` \| (.*?) \| (.*?) \| (main|details) \|$", section, flags=re.M)
    assert {f: (label, unit.strip(), part) for f, label, unit, part in rows} == FIELDS
    # a scenario's own figure is labelled from its name, with the unit of its suffix
    assert field_label("route payload_kg_per_flight") == ("Payload per flight", "kg")
    assert field_label("courier_pay_min_eur_per_kg") == ("Courier pay min", "€ per kg")


def _leg(mode, confidence, drawing=None, **extra):
    props = {"id": f"{mode}_{confidence}", "name": f"{mode} leg", "kind": "leg", "mode": mode, "route_id": "r",
             "route_name": "r", "confidence": confidence, "sources": "s1", "length_km": 10.0, **extra}
    if drawing:
        props["drawing"] = drawing
    return props


def _small_layers(drawing=None):
    legs = gpd.GeoDataFrame([_leg("sea", "alleged", drawing)],
                            geometry=[shapely.LineString([(-79.5, 9.0), (-77.0, 8.0)])], crs="EPSG:4326")
    places = gpd.GeoDataFrame({"id": ["colon", "turbo"], "name": ["Colón", "Turbo"], "kind": ["port", "port"],
                               "confidence": ["reported"] * 2, "sources": ["s1"] * 2},
                              geometry=[shapely.Point(-79.9, 9.35), shapely.Point(-76.73, 8.09)], crs="EPSG:4326")
    regions = gpd.GeoDataFrame({"id": ["uraba"], "name": ["Urabá"], "kind": ["coca_region"], "confidence": ["possible"],
                                "sources": ["s1"], "area_km2": [1000.0], "geometry_kind": ["sketch"]},
                               geometry=[shapely.box(-77.5, 7.5, -76.5, 8.5)], crs="EPSG:4326")
    return {"legs": legs, "places": places, "regions": regions}


def test_the_legend_lists_only_what_the_map_holds(sketch_layers):
    html = legend_html(_small_layers())
    keys = set(re.findall(r"data-key='([^']+)'", html))
    assert keys == {"mode:sea", "confidence:alleged", "confidence:possible", "drawing:located", "region:coca_region",
                    "place:port"}
    for absent in ("On foot", "Helicopter", "River", "military base", "kg/day", "share", "border crossing"):
        assert absent not in html, absent
    # the width scale is this scenario's: the air bridge's 300 kg × 4 flights gives 1,200 kg/day
    peru = sketch_layers[1]
    html = legend_html(peru, legs_props=geo.map.layers.legs_with_route_figures(peru["legs"], peru["routes"]))
    assert "1,200 kg/day" in html and "share 4 %" in html and "share 79 %" in html


def test_an_illustrative_drawing_is_paler_thinner_and_says_so():
    from geo.map.layers import lines_payload

    shown = _small_layers("illustrative")
    line = lines_payload(shown["legs"], None, {})["routes_sea"]["features"][0]
    plain = lines_payload(_small_layers()["legs"], None, {})["routes_sea"]["features"][0]
    assert line["style"]["opacity"] < plain["style"]["opacity"] and line["style"]["weight"] < plain["style"]["weight"]
    assert line["style"]["dashArray"] == plain["style"]["dashArray"] == "10 6"  # the hedge (alleged) stays apart
    assert "illustrative path" in line["tooltip"] and "illustrative path" not in plain["tooltip"]
    assert "Our drawing:</b> illustrative path" in line["popup"] and "Source says:</b> alleged" in line["popup"]
    assert "drawing:illustrative" in legend_html(shown) and "drawing:located" not in legend_html(shown)


def test_the_display_frame_keeps_a_pacific_crossing_whole():
    """Callao (−77.15°) to Hong Kong (114.17°) across the Pacific, and Rotterdam: the frame's edge falls
    in the empty stretch between Europe and Asia; Peru keeps its longitudes; Hong Kong is 360° west."""
    flow = geo.great_circle([(-77.15, -12.05), (114.16667, 22.28333)])
    assert flow.geom_type == "MultiLineString"  # split at ±180° as RFC 7946 asks
    europe = geo.great_circle([(-77.15, -12.05), (4.48333, 51.9)])
    west = display_west([flow, europe, shapely.Point(114.16667, 22.28333)], focus_lon=-75.0)
    assert 4.5 - 360 < west < 114.16667 - 360
    moved = to_display([flow, shapely.Point(-77.15, -12.05), shapely.Point(114.16667, 22.28333)], west)
    assert moved[1].x == pytest.approx(-77.15) and moved[2].x == pytest.approx(114.16667 - 360)
    coords = shapely.get_coordinates(moved[0])
    assert np.abs(np.diff(coords[:, 0])).max() < 5  # no jump of a whole map
    # nothing at ±180°: nothing moves
    assert display_west([europe], focus_lon=-75.0) == -180.0


def test_the_build_date_honours_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1488326400")  # 2017-03-01T00:00:00Z
    assert geo.map.build_date() == "2017-03-01"
    html = geo.make_map(_small_layers(), title="t", subtitle="s").get_root().render()
    assert '"date": "2017-03-01"' in html


def test_the_same_input_gives_the_same_page(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1488326400")
    first = geo.make_map(_small_layers(), title="t", views=[{"id": "v", "name": "V", "bbox": [-80, 7, -76, 10]}])
    second = geo.make_map(_small_layers(), title="t", views=[{"id": "v", "name": "V", "bbox": [-80, 7, -76, 10]}])
    assert first.get_root().render() == second.get_root().render()


def test_templates_compile_once_per_kind_not_per_feature():
    def compiles(n):
        layers = _small_layers()
        places = gpd.GeoDataFrame({"id": [f"p{i}" for i in range(n)], "name": [f"P {i}" for i in range(n)],
                                   "kind": ["town"] * n, "confidence": ["reported"] * n, "sources": ["s1"] * n},
                                  geometry=shapely.points(np.linspace(-78, -76, n), np.linspace(7, 9, n)), crs="EPSG:4326")
        layers["places"] = places
        count = [0]
        original = jinja2.Environment.compile

        def counting(self, *args, **kwargs):
            count[0] += 1
            return original(self, *args, **kwargs)

        jinja2.Environment.compile = counting
        try:
            geo.make_map(layers).get_root().render()
        finally:
            jinja2.Environment.compile = original
        return count[0]

    assert compiles(2) == compiles(60)


def test_story_references_are_checked(tmp_path):
    text = (REPO / "geo" / "data" / "peru.yaml").read_text(encoding="utf-8")
    assert "\nstory:\n" in text
    bad = text.replace("highlight: [flow_europe, flow_north_america", "highlight: [flow_nowhere, flow_north_america")
    path = tmp_path / "bad.yaml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(geo.ScenarioError) as info:
        geo.load_scenario(path)
    assert "story" in str(info.value) and "flow_nowhere" in str(info.value) and "line " in str(info.value)
