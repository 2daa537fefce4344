"""What a GIS user gets, type by type: relative output folders from the command line, integers
typed Integer, one geometry type per layer, empty layers kept, KML ExtendedData and plain names,
perimeters across the antimeridian, CSV cells that no spreadsheet runs, GeoPackage 1.2 with its
QGIS styles. Every export is read back by GDAL (pyogrio)."""

import csv
import json
import math
import os
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely

import geo
from geo.export import export_layers
from geo.layers import LAYER_NAMES
from geo.measure import GEOD, buffer_m, geodesic_area_m2, geodesic_length_m, geodesic_perimeter_m
from geo.qgis import ILLUSTRATIVE_ALPHA, ILLUSTRATIVE_WIDTH, ROUTE_COLOUR, qml_styles
from geo.report import measurements, measurements_csv

REPO = Path(__file__).resolve().parents[1]
KML = "{http://www.opengis.net/kml/2.2}"
# Fields that hold measured lengths, areas, coordinates or percentages: Real even when whole.
REAL_SUFFIXES = ("_km", "_km2", "_nm", "_m", "_m2", "_pct")


@pytest.fixture(scope="module")
def exported(built, tmp_path_factory):
    out = tmp_path_factory.mktemp("gis-exports")
    export_layers(built.layers, out, sources=built.scenario.sources,
                  measurements=measurements(built.scenario, built.layers), name="peru")
    return out


def _expected_type(name: str, values: pd.Series) -> str:
    """The pyogrio dtype a field must read back as, decided from the Python values alone."""
    present = [v for v in values.tolist() if v is not None and not (isinstance(v, float) and math.isnan(v))]
    if name.endswith(("_count", "_rank")) and not present:
        return "int"
    if not present:
        return "object"
    if all(isinstance(v, (bool, np.bool_)) for v in present):
        return "bool"
    if all(isinstance(v, (int, float, np.integer, np.floating)) for v in present):
        whole = all(float(v).is_integer() for v in present)
        real = name.endswith(REAL_SUFFIXES) or name in ("lon", "lat")
        return "int" if whole and (name.endswith(("_count", "_rank")) or not real) else "float64"
    return "object"


def _read_type(dtype: str) -> str:
    return "int" if dtype in ("int32", "int64") else dtype


# --- 13.1: relative output folders, from the command line -----------------------------------------

def _cli(args, cwd):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "geo", *args], cwd=cwd, capture_output=True, text=True, env=env,
                          timeout=600)


def test_export_with_the_default_and_a_relative_folder_from_the_command_line(tmp_path):
    # the README's command, in a fresh working folder: the default is the relative build/exports
    done = _cli(["export"], tmp_path)
    assert done.returncode == 0, done.stderr
    out = tmp_path / "build" / "exports"
    expected = {"peru_cocaine.gpkg", "peru_cocaine.kml", "places.csv", "places.csvt", "measurements.csv"}
    assert expected <= {p.name for p in out.iterdir()}
    assert sorted(p.name for p in (out / "fgb").iterdir() if not p.name.startswith(".geo")) == \
        sorted(f"{n}.fgb" for n in LAYER_NAMES)
    # no temporary file is left behind (.<name>.XXXX.<ext>)
    assert [p.name for p in out.rglob(".*") if p.name != ".geo.lock"] == []
    assert pyogrio.read_info(out / "peru_cocaine.gpkg", layer="legs")["features"] > 20
    # a relative --out with a dot-dot, one format
    done = _cli(["export", "--format", "csv", "--out", "a/../rel"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "rel" / "places.csv").stat().st_size > 1000
    assert {p.name for p in (tmp_path / "rel").iterdir()} - {".geo.lock"} == \
        {"places.csv", "places.csvt", "measurements.csv"}


def test_build_with_relative_folders_from_the_command_line(tmp_path):
    done = _cli(["build", "--out", "out", "--layers-dir", "out/lay"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads((tmp_path / "out" / "lay" / "regions.geojson").read_text())["features"]
    assert (tmp_path / "out" / "measurements.csv").exists()


def test_a_failed_export_leaves_every_earlier_file_as_it_was(built, tmp_path):
    export_layers(built.layers, tmp_path, ["gpkg", "csv"], name="peru")
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    (tmp_path / "fgb").mkdir()
    (tmp_path / "fgb" / "legs.fgb").mkdir()  # a folder where a file must go
    with pytest.raises(IsADirectoryError):
        export_layers(built.layers, tmp_path, ["gpkg", "fgb", "csv"], name="peru")
    assert {p: p.read_bytes() for p in before} == before
    assert [p.name for p in tmp_path.rglob(".*") if p.name != ".geo.lock"] == []


# --- 13.5: integers -------------------------------------------------------------------------------

def test_counts_and_ranks_are_json_integers_and_gdal_integers(built, exported):
    # The article: "one of the 64 military bases located in the VRAEM"; Peru "second only to Colombia"
    # (UNODC); the scenario's 1,000 soldiers.
    regions = {f["properties"]["id"]: f["properties"]
               for f in json.loads(built.layer_paths["regions"].read_text())["features"]}
    assert regions["vraem"]["military_bases_count"] == 64 and type(regions["vraem"]["military_bases_count"]) is int
    assert type(regions["vraem"]["soldiers_count"]) is int and regions["vraem"]["soldiers_count"] == 1000
    assert regions["peru"]["world_cocaine_production_rank"] == 2
    assert type(regions["peru"]["world_cocaine_production_rank"]) is int
    assert type(regions["vraem"]["area_km2"]) is float  # a measured area stays Real
    text = built.layer_paths["regions"].read_text()
    assert '"military_bases_count":64,' in text and "64.0" not in text
    for path, kwargs in ((built.layer_paths["regions"], {}), (exported / "peru.gpkg", {"layer": "regions"}),
                         (exported / "fgb" / "regions.fgb", {})):
        info = pyogrio.read_info(path, **kwargs)
        types = dict(zip(info["fields"], info["ogr_types"]))
        for field in ("military_bases_count", "soldiers_count", "world_cocaine_production_rank"):
            assert types[field] == "OFTInteger", (path, field, types[field])
        assert types["area_km2"] == "OFTReal"


def test_csvt_types_integer_columns(tmp_path):
    places = gpd.GeoDataFrame({"id": ["a", "b"], "name": ["A", "B"], "kind": ["town", "town"],
                               "seizures_count": [3.0, np.nan], "weight_kg": [1.5, 2.0]},
                              geometry=[shapely.Point(-75, -10), shapely.Point(-74, -11)], crs="EPSG:4326")
    export_layers({"places": places}, tmp_path, ["csv"])
    header = (tmp_path / "places.csv").read_text().splitlines()[0].split(",")
    types = dict(zip(header, (tmp_path / "places.csvt").read_text().strip().split(",")))
    assert types["seizures_count"] == "Integer" and types["weight_kg"] == "Real" and types["lon"] == "Real"
    rows = list(csv.DictReader((tmp_path / "places.csv").read_text().splitlines()))
    assert rows[0]["seizures_count"] == "3" and rows[1]["seizures_count"] == ""


def test_every_layer_and_export_keeps_each_field_type_through_gdal(built, exported):
    for name in LAYER_NAMES:
        layer = built.layers[name]
        doc = json.loads(built.layer_paths[name].read_text())
        expected = {c: _expected_type(c, pd.Series([f["properties"][c] for f in doc["features"]], dtype=object))
                    for c in layer.columns if c != layer.geometry.name}
        for path, kwargs in ((built.layer_paths[name], {}), (exported / "peru.gpkg", {"layer": name}),
                             (exported / "fgb" / f"{name}.fgb", {}), (exported / "peru.kml", {"layer": name})):
            info = pyogrio.read_info(path, **kwargs)
            got = dict(zip(info["fields"], info["dtypes"]))
            for column, want in expected.items():
                if path.suffix == ".kml" and column.lower() in ("name", "description"):
                    continue
                assert _read_type(got[column]) == want, (path.name, name, column, got[column], want)
        # dates: the periods are ISO 8601 text (year, year-month or date), documented as String
        if "period_start" in expected:
            assert expected["period_start"] == "object"
    places = dict(zip(*[pyogrio.read_info(exported / "places.csv")[k] for k in ("fields", "dtypes")]))
    assert places["lon"] == "float64" and places["nearest_military_base_km"] == "float64"
    assert places["id"] == "object"


# --- 13.6: geometry types and empty layers ----------------------------------------------------------

def test_one_geometry_type_per_layer(built, exported):
    expected = {"regions": "MultiPolygon", "flows": "MultiLineString", "routes": "MultiLineString",
                "legs": "LineString", "places": "Point", "crossings": "Point"}
    for name, kind in expected.items():
        assert pyogrio.read_info(built.layer_paths[name])["geometry_type"] == kind, name
        assert pyogrio.read_info(exported / "peru.gpkg", layer=name)["geometry_type"] == kind, name


def test_mixed_single_and_multi_become_multi():
    gdf = gpd.GeoDataFrame({"id": ["a", "b"]}, geometry=[shapely.box(0, 0, 1, 1), shapely.MultiPolygon(
        [shapely.box(2, 2, 3, 3), shapely.box(4, 4, 5, 5)])], crs="EPSG:4326")
    doc = json.loads(geo.geojson_text(gdf))
    assert [f["geometry"]["type"] for f in doc["features"]] == ["MultiPolygon", "MultiPolygon"]
    assert shapely.geometry.shape(doc["features"][0]["geometry"]).equals(shapely.MultiPolygon([shapely.box(0, 0, 1, 1)]))


def test_an_empty_layer_keeps_its_fields_and_geometry_type(built, tmp_path):
    layers = {**built.layers, "crossings": built.layers["crossings"].iloc[:0]}
    export_layers(layers, tmp_path, ["gpkg", "fgb"], name="peru")
    columns = [c for c in built.layers["crossings"].columns if c != "geometry"]
    for path, kwargs in ((tmp_path / "peru.gpkg", {"layer": "crossings"}), (tmp_path / "fgb" / "crossings.fgb", {})):
        info = pyogrio.read_info(path, **kwargs)
        assert info["geometry_type"] == "Point" and list(info["fields"]) == columns, path
        assert len(pyogrio.read_dataframe(path, **kwargs)) == 0


# --- 13.7 and 15.10: KML ---------------------------------------------------------------------------

def test_kml_carries_typed_fields_as_extended_data(built, exported):
    root = ET.parse(exported / "peru.kml").getroot()
    schema = {f.get("name"): f.get("type") for s in root.iter(f"{KML}Schema") if s.get("id") == "regions.schema"
              for f in s.iter(f"{KML}SimpleField")}
    assert schema["military_bases_count"] == "int" and schema["area_km2"] == "double"
    assert schema["geometry_kind"] == "string" and "OGR_STYLE" not in schema
    vraem = [m for m in root.iter(f"{KML}Placemark") if m.get("id") == "vraem"][0]  # the id field: Placemark id
    data = {d.get("name"): d.text for d in vraem.iter(f"{KML}SimpleData")}
    assert data["military_bases_count"] == "64"
    assert float(data["area_km2"]) == pytest.approx(float(built.layers["regions"].set_index("id").loc["vraem", "area_km2"]))
    legs = {f.get("name"): f.get("type") for s in root.iter(f"{KML}Schema") if s.get("id") == "legs.schema"
            for f in s.iter(f"{KML}SimpleField")}
    assert legs["fits_aircraft_range"] == "bool" and legs["leg_seq"] == "int"


def test_kml_names_are_plain_text_and_html_stays_in_the_description(tmp_path):
    places = gpd.GeoDataFrame({"id": ["x"], "name": ["<b>Bold</b> & <script>x()</script>"], "kind": ["town"],
                               "sources": [""]}, geometry=[shapely.Point(-75, -10)], crs="EPSG:4326")
    export_layers({"places": places}, tmp_path, ["kml"], name="t")
    raw = (tmp_path / "t.kml").read_text(encoding="utf-8")
    assert "CDATA" not in raw and "<b>" not in raw and "<script>" not in raw
    assert "<name>&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;script&gt;x()&lt;/script&gt;</name>" in raw
    mark = next(ET.parse(tmp_path / "t.kml").getroot().iter(f"{KML}Placemark"))
    assert mark.find(f"{KML}name").text == "<b>Bold</b> & <script>x()</script>"
    description = mark.find(f"{KML}description").text  # the map's popup, HTML, the name escaped in it
    assert description.startswith("<div") and "&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;script&gt;" in description
    # simple styles: a tinted default icon, no icon file anywhere
    assert not list(ET.parse(tmp_path / "t.kml").getroot().iter(f"{KML}href"))


# --- 13.8: the antimeridian ---------------------------------------------------------------------------

def test_perimeter_across_the_antimeridian_does_not_count_the_cut():
    ring = buffer_m(shapely.Point(-179.97, -16.5), 8000.0)
    assert ring.geom_type == "MultiPolygon"  # split at ±180
    # buffer_m draws 64 vertices on the circle (16 a quarter): a regular 64-gon of circumradius 8 km has
    # area ½·64·r²·sin(2π/64) = 200.7 km² and perimeter 64·2r·sin(π/64) = 50.25 km (2πr = 50.27 km).
    r = 8.0
    assert geodesic_area_m2([ring])[0] / 1e6 == pytest.approx(0.5 * 64 * r * r * math.sin(2 * math.pi / 64), rel=2e-3)
    assert geodesic_perimeter_m([ring])[0] / 1e3 == pytest.approx(64 * 2 * r * math.sin(math.pi / 64), rel=2e-3)
    assert geodesic_length_m([ring])[0] / 1e3 == pytest.approx(50.25, rel=2e-3)  # ring length, same rule
    # the same circle away from the antimeridian measures the same
    same = buffer_m(shapely.Point(-70.0, -16.5), 8000.0)
    assert geodesic_perimeter_m([same])[0] == pytest.approx(geodesic_perimeter_m([ring])[0], rel=1e-3)


def test_a_polygon_ending_at_180_without_another_side_keeps_its_edge():
    # a box whose east edge lies on +180 but that does not continue west of -180: a real edge
    box = shapely.box(179.0, -1.0, 180.0, 0.0)
    whole = geodesic_perimeter_m([box])[0]
    edges = GEOD.line_lengths([179, 180, 180, 179, 179], [-1, -1, 0, 0, -1])
    assert whole == pytest.approx(sum(edges), rel=1e-9)


def test_perimeter_counts_the_boundary_of_holes():
    # a 2° box with a 1° hole: the boundary is both rings (PostGIS ST_Perimeter, QGIS $perimeter)
    outer, inner = shapely.box(-72, -14, -70, -12), shapely.box(-71.5, -13.5, -70.5, -12.5)
    holed = shapely.Polygon(outer.exterior.coords, [inner.exterior.coords])
    ring = lambda b: GEOD.line_lengths(*np.asarray(b.exterior.coords).T).sum()
    assert geodesic_perimeter_m([holed])[0] == pytest.approx(ring(outer) + ring(inner), rel=1e-9)


def test_a_box_cut_at_the_antimeridian_measures_as_the_whole_box():
    parts = shapely.MultiPolygon([shapely.box(179.5, -17, 180, -16), shapely.box(-180, -17, -179.5, -16)])
    # one 1° × 1° box cut in two at 180: perimeter = two meridian edges of 1° + two parallel arcs of 1°
    lon_edges = GEOD.line_lengths([179.5, 180.5], [-16, -16])[0] + GEOD.line_lengths([179.5, 180.5], [-17, -17])[0]
    meridians = 2 * GEOD.line_lengths([0, 0], [-17, -16])[0]
    assert geodesic_perimeter_m([parts])[0] == pytest.approx(lon_edges + meridians, rel=1e-6)


# --- 15.5: formulas in CSV cells -----------------------------------------------------------------------

HOSTILE = ["=HYPERLINK(\"http://x\",\"y\")", "+cmd", "-2+3", "@SUM(A1)", "\tTab", "\rCR"]


def test_csv_cells_that_start_a_formula_get_a_quote(tmp_path):
    names = [*HOSTILE, "-12.5", "Pichari"]
    places = gpd.GeoDataFrame({"id": [f"p{i}" for i in range(len(names))], "name": names,
                               "kind": ["town"] * len(names), "height_m": [-12.5] * len(names)},
                              geometry=[shapely.Point(-75, -10 - i * 0.1) for i in range(len(names))], crs="EPSG:4326")
    table = pd.DataFrame({"table": ["place"] * 3, "subject_id": ["a", "b", "c"],
                          "subject_name": ["=1+1", "-12.5", "@x"], "quantity": ["q"] * 3, "value": [-12.5, "=2", "ok"],
                          "unit": ["km"] * 3, "note": ["", "", ""]})
    export_layers({"places": places}, tmp_path, ["csv", "gpkg"], measurements=table, name="t")
    with (tmp_path / "places.csv").open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["name"] for r in rows] == ["'" + n for n in HOSTILE] + ["-12.5", "Pichari"]
    assert {r["height_m"] for r in rows} == {"-12.5"}
    with (tmp_path / "measurements.csv").open(newline="") as fh:
        m = list(csv.DictReader(fh))
    assert [r["subject_name"] for r in m] == ["'=1+1", "-12.5", "'@x"]
    assert [r["value"] for r in m] == ["-12.5", "'=2", "ok"]
    # the build's measurements.csv follows the same rule
    built_csv = list(csv.DictReader(measurements_csv(table).splitlines()))
    assert [r["subject_name"] for r in built_csv] == ["'=1+1", "-12.5", "'@x"]
    # GeoPackage and GeoJSON keep the text exact
    assert list(pyogrio.read_dataframe(tmp_path / "t.gpkg", layer="places")["name"]) == names
    doc = json.loads(geo.geojson_text(places))
    assert [f["properties"]["name"] for f in doc["features"]] == names


# --- 13.12: GeoPackage version and styles --------------------------------------------------------------

def test_geopackage_is_version_1_2_with_a_default_style_per_layer(built, exported):
    with sqlite3.connect(exported / "peru.gpkg") as db:
        # GeoPackage 1.2: application_id 'GPKG' (0x47504B47), user_version 10200 (OGC 12-128r15, §1.1.1.1.1)
        assert db.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
        assert db.execute("PRAGMA user_version").fetchone()[0] == 10200
        rows = db.execute("SELECT f_table_name, f_geometry_column, useAsDefault, styleQML FROM layer_styles").fetchall()
        kinds = dict(db.execute("SELECT table_name, data_type FROM gpkg_contents").fetchall())
    styles = qml_styles()
    assert sorted(r[0] for r in rows) == sorted(LAYER_NAMES)
    for table, geom_col, default, qml in rows:
        assert geom_col == "geom" and default == 1 and qml == styles[table]
    assert kinds["layer_styles"] == "attributes" and kinds["regions"] == "features"


def test_qml_routes_neutral_labels_and_paler_illustrative_drawings():
    styles = qml_styles()
    routes = ET.fromstring(styles["routes"].split("\n", 1)[1])
    colours = {o.get("value") for o in routes.iter("Option") if o.get("name") == "line_color"}
    r, g, b = (int(ROUTE_COLOUR[i:i + 2], 16) for i in (1, 3, 5))
    assert colours == {f"{r},{g},{b},255"}
    for name in LAYER_NAMES:
        root = ET.fromstring(styles[name].split("\n", 1)[1])
        labelled = root.find("labeling")
        assert (labelled is not None) == (name in ("places", "regions", "routes")), name
        if labelled is not None:
            assert root.get("labelsEnabled") == "1"
            assert labelled.find("rules/rule/settings/text-style").get("fieldName") == "name"
        symbols = {s.get("name"): s for s in root.findall("renderer-v2/symbols/symbol")}
        rules = root.findall("renderer-v2/rules/rule")
        assert len(rules) % 2 == 0
        for plain, pale in zip(rules[::2], rules[1::2]):
            assert "<> 'illustrative'" in plain.get("filter") and "= 'illustrative'" in pale.get("filter")
            a, b = symbols[plain.get("symbol")], symbols[pale.get("symbol")]
            assert float(a.get("alpha")) == 1 and float(b.get("alpha")) == ILLUSTRATIVE_ALPHA
            wa = {o.get("name"): o.get("value") for o in a.find("layer/Option")}
            wb = {o.get("name"): o.get("value") for o in b.find("layer/Option")}
            for key in ("line_width", "outline_width", "size"):
                if key in wa and not (key == "outline_width" and "size" in wa):
                    assert float(wb[key]) == pytest.approx(float(wa[key]) * ILLUSTRATIVE_WIDTH, abs=0.01), (name, key)
            # the dash of the confidence stays
            assert wa.get("customdash") == wb.get("customdash") and wa.get("use_custom_dash") == wb.get("use_custom_dash")


def test_a_rename_failing_midway_puts_the_earlier_files_back(built, tmp_path, monkeypatch):
    export_layers(built.layers, tmp_path, ["gpkg", "csv"], name="peru")
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    real_replace, calls = os.replace, []

    def failing_replace(src, dst):  # the third rename fails (a disk or permission error at that moment)
        calls.append(dst)
        if len(calls) == 3:
            raise PermissionError(13, "Permission denied", str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr("geo.export.os.replace", failing_replace)
    with pytest.raises(PermissionError):
        export_layers({**built.layers, "places": built.layers["places"].iloc[:3]}, tmp_path, ["gpkg", "csv"], name="peru")
    monkeypatch.undo()
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before
    assert [p.name for p in tmp_path.rglob(".*") if p.name != ".geo.lock"] == []
