"""What GIS users get: exports read back by GDAL, typed fields, geojsonhint, QGIS styles, documented layers."""

import json
import logging
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pyogrio
import pytest

from geo.export import EXPORT_FORMATS, export_layers
from geo.layers import LAYER_NAMES
from geo.render import CONFIDENCE_DASHES, MODE_COLOURS
from geo.report import measurements

REPO = Path(__file__).resolve().parents[1]
# The geometry type GDAL reports for each layer (a layer mixing single and multi parts is multi).
GEOMETRY = {"regions": "MultiPolygon", "routes": "MultiLineString", "legs": "LineString", "flows": "MultiLineString",
            "crossings": "Point", "places": "Point"}


@pytest.fixture(scope="module")
def exported(built, tmp_path_factory):
    import warnings

    out = tmp_path_factory.mktemp("exports")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        paths = export_layers(built.layers, out, sources=built.scenario.sources,
                              measurements=measurements(built.scenario, built.layers), name="peru")
    assert [str(w.message) for w in caught] == []  # GDAL warned of nothing while writing
    return out, paths


def _json_type(value):
    if value is None:
        return None
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return type(value).__name__


def test_one_json_type_per_property(built):
    for name in LAYER_NAMES:
        doc = json.loads(built.layer_paths[name].read_text(encoding="utf-8"))
        keys = None
        types: dict[str, set] = {}
        for feature in doc["features"]:
            props = feature["properties"]
            keys = keys or list(props)
            assert list(props) == keys, f"{name}: every feature has the same properties in the same order"
            for key, value in props.items():
                types.setdefault(key, set()).add(_json_type(value))
        for key, seen in types.items():
            assert len(seen - {None}) <= 1, f"{name}.{key} mixes {seen}"
        # periods are ISO 8601 dates (year, year-month or full date)
        for feature in doc["features"]:
            for key in ("period_start", "period_end"):
                value = feature["properties"].get(key)
                assert value is None or len(value) in (4, 7, 10) and value[:4].isdigit(), (name, key, value)


def test_gdal_reads_every_export_without_warnings(built, exported, caplog):
    out, paths = exported
    assert {p.name for p in paths} >= {"peru.gpkg", "peru.kml", "places.csv", "measurements.csv"}
    caplog.set_level(logging.WARNING)
    for name in LAYER_NAMES:
        layer = built.layers[name]
        n = len(layer)
        for path, kwargs in ((out / "peru.gpkg", {"layer": name}), (out / "fgb" / f"{name}.fgb", {})):
            info = pyogrio.read_info(path, **kwargs)
            assert info["features"] == n, (path, name)
            assert info["geometry_type"] == GEOMETRY[name], (path, name, info["geometry_type"])
            assert info["crs"] == "EPSG:4326"
            fields = dict(zip(info["fields"], info["dtypes"]))
            # numbers stay numbers, yes/no stays boolean, text stays text
            for column in layer.columns:
                if column == layer.geometry.name:
                    continue
                if column in ("length_km", "area_km2", "share_pct", "km_from_start"):
                    assert fields[column] == "float64", (path, column, fields[column])
                if column in ("fits_aircraft_range",):
                    assert fields[column] == "bool", (path, column, fields[column])
                if column in ("sources", "confidence", "geometry_basis"):
                    assert fields[column] == "object", (path, column, fields[column])
            back = pyogrio.read_dataframe(path, **kwargs)
            assert sorted(back["id"]) == sorted(layer["id"])  # FlatGeobuf orders by its spatial index
        kml = pyogrio.read_info(out / "peru.kml", layer=name)
        assert kml["features"] == n
    assert pyogrio.list_layers(out / "fgb" / "legs.fgb")[0][0] == "legs"  # not a temporary name
    assert dict(zip(*[pyogrio.read_info(out / "places.csv")[k] for k in ("fields", "dtypes")]))["lon"] == "float64"
    places = pyogrio.read_dataframe(out / "places.csv")
    assert len(places) == len(built.layers["places"])
    lima = places.set_index("id").loc["callao"]
    callao = built.layers["places"].set_index("id").geometry["callao"]
    assert float(lima["lon"]) == pytest.approx(callao.x, abs=1e-6) and float(lima["lat"]) == pytest.approx(callao.y, abs=1e-6)
    assert len(pyogrio.read_dataframe(out / "measurements.csv")) > 100
    gdal_warnings = [r for r in caplog.records if r.name.startswith("pyogrio") and r.levelno >= logging.WARNING]
    assert gdal_warnings == []


def test_kml_styles_by_mode_with_sources_in_each_description(built, exported):
    out, _ = exported
    kml = ET.parse(out / "peru.kml").getroot()
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    legs = [d for d in kml.iter("{http://www.opengis.net/kml/2.2}Document") if d.get("id") == "legs"][0]
    marks = legs.findall("k:Placemark", ns)
    assert len(marks) == len(built.layers["legs"])
    for mark, mode in zip(marks, built.layers["legs"]["mode"]):
        colour = mark.find("k:Style/k:LineStyle/k:color", ns).text  # KML: aabbggrr
        r, g, b = MODE_COLOURS[mode][1:3], MODE_COLOURS[mode][3:5], MODE_COLOURS[mode][5:7]
        assert colour.lower() == f"ff{b}{g}{r}", (mode, colour)
        description = mark.find("k:description", ns).text
        assert "sources" in description and "Peru. World-Wide Cocaine Business." in description
    # dated features carry a KML TimeSpan (Google Earth's time slider); no icon file is referenced
    spans = [m.find("k:TimeSpan/k:begin", ns) for m in marks]
    dated = built.layers["legs"]["period_start"].notna().to_numpy()
    assert [s is not None for s in spans] == list(dated) and spans[int(dated.argmax())].text == "2016-10"
    hrefs = {e.text for e in kml.iter("{http://www.opengis.net/kml/2.2}href")}
    assert hrefs == set()


def test_unknown_format_is_a_clear_error(built, tmp_path):
    import geo

    with pytest.raises(geo.GeoError, match="unknown export format 'shp': use gpkg, kml, fgb, csv"):
        export_layers(built.layers, tmp_path, ["gpkg", "shp"])
    assert list(tmp_path.iterdir()) == []
    assert set(EXPORT_FORMATS) == {"gpkg", "kml", "fgb", "csv"}


def _geojsonhint():
    exe = os.environ.get("GEO_GEOJSONHINT") or shutil.which("geojsonhint")
    local = REPO / ".ci" / "node" / "node_modules" / ".bin" / "geojsonhint"
    if not exe and local.exists():
        exe = str(local)
    if not exe:
        pytest.skip("@mapbox/geojsonhint is not installed (npm install --prefix .ci/node @mapbox/geojsonhint@3.2.0)")
    return exe


def test_geojsonhint_finds_nothing(built):
    exe = _geojsonhint()
    for name in LAYER_NAMES:
        for path in (built.layer_paths[name], REPO / "layers" / f"{name}.geojson"):
            proc = subprocess.run([exe, str(path)], capture_output=True, text=True)
            assert proc.returncode == 0 and proc.stdout.strip() == "" and proc.stderr.strip() == "", (path, proc.stdout)


def test_qgis_styles_match_the_map(built):
    for name, path in built.style_paths.items():
        committed = REPO / "layers" / f"{name}.qml"
        assert committed.read_text(encoding="utf-8") == path.read_text(encoding="utf-8"), f"run make map: {name}.qml"
    root = ET.parse(built.style_paths["legs"]).getroot()
    rules = root.findall("renderer-v2/rules/rule")
    symbols = {s.get("name"): s for s in root.findall("renderer-v2/symbols/symbol")}
    covered = set()
    for rule in rules:
        mode = rule.get("filter").split("'")[1]
        conf = rule.get("filter").split("'")[3]
        covered.add((mode, conf))
        line = symbols[rule.get("symbol")].find("layer")
        opts = {o.get("name"): o.get("value") for o in line.find("Option")}
        colour = MODE_COLOURS[mode]
        assert opts["line_color"] == ",".join(str(int(colour[i:i + 2], 16)) for i in (1, 3, 5)) + ",255"
        dash = CONFIDENCE_DASHES[conf]
        assert opts["use_custom_dash"] == ("1" if dash else "0")
        if dash:
            assert opts["customdash"] == dash.replace(" ", ";")
        # an arrowhead marker line shows the direction of travel
        assert symbols[rule.get("symbol")].findall("layer")[1].get("class") == "MarkerLine"
    legs = built.layers["legs"]
    assert set(zip(legs["mode"], legs["confidence"])) <= covered


def test_every_field_is_documented():
    text = (REPO / "layers" / "README.md").read_text(encoding="utf-8")
    common = text.split("## Properties every feature has", 1)[1].split("\n## ", 1)[0]
    for name in LAYER_NAMES:
        doc = json.loads((REPO / "layers" / f"{name}.geojson").read_text(encoding="utf-8"))
        assert f"`{name}.geojson`" in text
        section = text.split(f"`{name}.geojson`", 1)[1].split("\n## ", 1)[0]
        for key in doc["features"][0]["properties"]:
            assert f"`{key}`" in section or f"`{key}`" in common, f"layers/README.md does not describe {name}.{key}"
