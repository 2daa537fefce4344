"""The layers and the GeoPackage as QGIS opens them: PyQGIS (Debian's python3-qgis, run by the system
Python in a subprocess, offscreen) loads every layer, checks validity, geometry and field types,
that the default style (the .qml beside a GeoJSON, the layer_styles table in the GeoPackage) is
applied with its labels, and renders a PNG. Skipped where QGIS is not installed."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

import geo
from geo.export import export_layers
from geo.layers import LAYER_NAMES
from geo.qgis import ILLUSTRATIVE_ALPHA, ILLUSTRATIVE_WIDTH
from geo.render import LEG_WIDTH_PX

SYSTEM_PYTHON = "/usr/bin/python3"

# Runs under /usr/bin/python3 with PyQGIS: prints one JSON object describing every layer given.
_SCRIPT = r"""
import json, sys
from qgis.core import (QgsApplication, QgsVectorLayer, QgsWkbTypes, QgsMapSettings, QgsMapRendererSequentialJob,
                       QgsRectangle, QgsProject, QgsRenderContext)
from qgis.PyQt.QtCore import QSize, QVariant
from qgis.PyQt.QtGui import QColor

app = QgsApplication([], False)
app.initQgis()
sources, png = json.loads(sys.argv[1]), sys.argv[2]
out, layers = {}, []
for key, uri in sources:
    layer = QgsVectorLayer(uri, key, "ogr")
    info = {"valid": layer.isValid()}
    if layer.isValid():
        feats = list(layer.getFeatures())
        info.update(
            wkb=QgsWkbTypes.displayString(layer.wkbType()),
            features=len(feats),
            invalid=sum(1 for f in feats if f.hasGeometry() and not f.geometry().isGeosValid()),
            fields={f.name(): QVariant.typeToName(f.type()) for f in layer.fields()},
            renderer=layer.renderer().type(),
            rules=len(layer.renderer().rootRule().children()) if layer.renderer().type() == "RuleRenderer" else 0,
            labels=bool(layer.labelsEnabled()),
            labeling=layer.labeling().type() if layer.labeling() else None,
        )
        # the symbol each feature gets from the renderer: its opacity and the width of its first layer
        context = QgsRenderContext()
        renderer = layer.renderer().clone()
        renderer.startRender(context, layer.fields())
        drawn = {}
        for f in feats:
            context.expressionContext().setFeature(f)
            symbols = renderer.symbolsForFeature(f, context)
            if symbols:
                sym = symbols[0]
                first = sym.symbolLayer(0)  # the line, fill or marker itself (not the arrowheads)
                width = first.width() if hasattr(first, "width") else getattr(first, "size", lambda: None)()
                drawn[str(f["id"])] = [sym.opacity(), width]
        renderer.stopRender(context)
        info["drawn"] = drawn
        layers.append(layer)
    out[key] = info
QgsProject.instance().addMapLayers(layers, False)
settings = QgsMapSettings()
settings.setLayers(layers)
settings.setBackgroundColor(QColor(255, 255, 255))
settings.setOutputSize(QSize(800, 800))
settings.setDestinationCrs(layers[0].crs())
settings.setExtent(QgsRectangle(-82, -19, -68, 0))  # Peru
job = QgsMapRendererSequentialJob(settings)
job.start()
job.waitForFinished()
image = job.renderedImage()
image.save(png, "PNG")
white = QColor(255, 255, 255).rgb()
step = 4
painted = sum(1 for x in range(0, image.width(), step) for y in range(0, image.height(), step) if image.pixel(x, y) != white)
out["_png"] = {"painted_share": painted / ((image.width() // step) * (image.height() // step))}
print("JSON" + json.dumps(out))
app.exitQgis()
"""

# What QGIS must see: GeoJSON (through OGR) and the GeoPackage agree.
GEOMETRY = {"regions": "MultiPolygon", "routes": "MultiLineString", "legs": "LineString",
            "flows": "MultiLineString", "crossings": "Point", "places": "Point"}
# Field -> QVariant type name, a few of each kind (counts and ranks integers, measures doubles).
FIELD_TYPES = {
    "regions": {"military_bases_count": "int", "world_cocaine_production_rank": "int", "soldiers_count": "int",
                "area_km2": "double", "perimeter_km": "double", "name": "QString"},
    "routes": {"leg_count": "int", "length_km": "double", "modes": "QString"},
    "legs": {"leg_seq": "int", "length_km": "double", "fits_aircraft_range": "bool"},
    "flows": {"share_pct": "double", "length_km": "double"},
    "crossings": {"km_from_start": "double", "from_country": "QString"},
    "places": {"lon": "double", "lat": "double", "nearest_military_base_km": "double"},
}


def _have_qgis() -> bool:
    if not os.path.exists(SYSTEM_PYTHON):
        return False
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import qgis.core"], capture_output=True,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return probe.returncode == 0


@pytest.fixture(scope="module")
def qgis_view(built, tmp_path_factory):
    if not _have_qgis():
        pytest.skip("PyQGIS is not installed (Debian: apt-get install python3-qgis): QGIS checks skipped")
    from geo.report import measurements

    out = tmp_path_factory.mktemp("qgis")
    export_layers(built.layers, out, ["gpkg"], sources=built.scenario.sources,
                  measurements=measurements(built.scenario, built.layers), name="peru")
    sources = [(f"geojson:{n}", str(built.layer_paths[n])) for n in LAYER_NAMES]
    sources += [(f"gpkg:{n}", f"{out / 'peru.gpkg'}|layername={n}") for n in LAYER_NAMES]
    # two legs alike but for their drawing: the illustrative one must be drawn paler and thinner
    probe = built.layers["legs"].iloc[:2].copy()
    probe["id"] = ["probe_located", "probe_illustrative"]
    probe["drawing"] = ["located", "illustrative"]
    probe["mode"], probe["confidence"] = "road", "reported"
    (out / "probe").mkdir()
    geo.write_geojson(probe, out / "probe" / "legs.geojson")
    shutil.copy(built.style_paths["legs"], out / "probe" / "legs.qml")
    sources.append(("probe:legs", str(out / "probe" / "legs.geojson")))
    png = out / "qgis.png"
    # the system Python, not the venv's, with no project path in the way of its own packages
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(tmp_path_factory.mktemp("xdg")),
               HOME=str(tmp_path_factory.mktemp("home")))
    proc = subprocess.run([SYSTEM_PYTHON, "-c", _SCRIPT, json.dumps(sources), str(png)], capture_output=True,
                          text=True, env=env, timeout=600)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("JSON")]
    assert proc.returncode == 0 and lines, proc.stderr[-3000:]
    return json.loads(lines[-1][4:]), png, built


def test_qgis_opens_every_layer_valid_with_its_geometry_and_field_types(qgis_view):
    view, _, built = qgis_view
    for fmt in ("geojson", "gpkg"):
        for name in LAYER_NAMES:
            info = view[f"{fmt}:{name}"]
            assert info["valid"], (fmt, name)
            assert info["features"] == len(built.layers[name]), (fmt, name)
            assert info["invalid"] == 0, (fmt, name)
            assert info["wkb"] == GEOMETRY[name], (fmt, name, info["wkb"])
            for field, qtype in FIELD_TYPES[name].items():
                if field in built.layers[name].columns:
                    assert info["fields"][field] == qtype, (fmt, name, field, info["fields"][field])


def test_qgis_applies_the_default_style_with_labels(qgis_view):
    view, _, _ = qgis_view
    for fmt in ("geojson", "gpkg"):  # the .qml beside the GeoJSON; the layer_styles table in the GeoPackage
        for name in LAYER_NAMES:
            info = view[f"{fmt}:{name}"]
            assert info["renderer"] == "RuleRenderer" and info["rules"] > 1, (fmt, name, info["renderer"])
            labelled = name in ("places", "regions", "routes")
            assert info["labels"] == labelled, (fmt, name)
            if labelled:
                assert info["labeling"] == "rule-based", (fmt, name)


def test_qgis_renders_the_layers(qgis_view):
    view, png, _ = qgis_view
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # Peru's frame is mostly covered by the country fill, the regions, the lines and labels
    assert view["_png"]["painted_share"] > 0.2
    keep = os.environ.get("GEO_KEEP_QGIS_PNG")
    if keep:
        shutil.copy(png, Path(keep))


def test_qgis_draws_illustrative_features_paler_and_thinner(qgis_view):
    view, _, _ = qgis_view
    drawn = view["probe:legs"]["drawn"]
    opacity, width = drawn["probe_located"]
    pale_opacity, pale_width = drawn["probe_illustrative"]
    assert (opacity, pale_opacity) == (1.0, pytest.approx(ILLUSTRATIVE_ALPHA))
    # QGIS reports the width in the symbol's unit (pixels here)
    assert width == pytest.approx(LEG_WIDTH_PX) and pale_width == pytest.approx(LEG_WIDTH_PX * ILLUSTRATIVE_WIDTH, abs=0.01)
