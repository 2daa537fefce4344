"""`python -m geo audit`: nothing on the Peru scenario, and each kind of finding caught in a small
scenario that commits it."""

import json

import pytest
import yaml

import geo
from geo.audit import FINDING_KINDS, audit, read_layers
from geo.cli import main

# Desaguadero (Peru) and El Alto (Bolivia), INEI centro poblado 2104020001 and Wikipedia; Puno INEI 2101010001.
DESAGUADERO = {"lon": -69.03937, "lat": -16.56433}
EL_ALTO = {"lon": -68.167, "lat": -16.517}
PUNO = {"lon": -70.02806, "lat": -15.84026}


def _scenario(**changes) -> dict:
    """A small scenario with nothing to report: a reported road leg from Puno to El Alto through the
    border town, drawn (by default) as an illustrative straight line."""
    data = {
        "scenario": {"id": "tiny", "title": "Tiny"},
        "sources": [
            {"id": "report", "title": "A report", "names": ["el_alto", "highland"]},
            {"id": "gazetteer", "title": "A gazetteer of towns", "names": ["puno", "desaguadero", "el_alto"]},
        ],
        "places": [
            {"id": "puno", "name": "Puno", "kind": "town", "country": "PER", **PUNO, "coord_source": "gazetteer 1",
             "sources": ["gazetteer"], "confidence": "reported"},
            {"id": "desaguadero", "name": "Desaguadero", "kind": "town", "country": "PER", **DESAGUADERO,
             "coord_source": "gazetteer 2", "sources": ["gazetteer"], "confidence": "reported",
             "drawing": "illustrative", "drawing_note": "stands in for the border crossing, which the report does not name"},
            {"id": "el_alto", "name": "El Alto", "kind": "city", "country": "BOL", **EL_ALTO, "coord_source": "gazetteer 3",
             "sources": ["report"], "confidence": "reported"},
        ],
        "regions": [{"id": "highland", "name": "Highland", "kind": "area", "sources": ["report"], "confidence": "reported",
                     "geometry": {"method": "buffered_hull", "places": ["puno", "el_alto"], "buffer_m": 20000}}],
        "routes": [{"id": "road", "name": "Road to El Alto", "sources": ["report"], "confidence": "reported",
                    "legs": [{"from": "puno", "to": "desaguadero", "mode": "road"},
                             {"from": "desaguadero", "to": "el_alto", "mode": "road"}]}],
        "flows": [],
    }
    for path, value in changes.items():
        *head, last = path.split(".")
        node = data
        for key in head:
            node = node[int(key)] if key.isdigit() else node[key]
        node[int(last) if last.isdigit() else last] = value
    return data


def _load(tmp_path, data):
    path = tmp_path / "tiny.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return geo.load_scenario(path)


def _kinds(findings):
    return sorted((f.kind, f.layer, f.feature_id, f.field) for f in findings)


def test_peru_has_no_findings(built, capsys):
    assert audit(built.scenario, built.layers) == []
    assert main(["audit"]) == 0
    assert "no findings" in capsys.readouterr().out


def test_a_clean_small_scenario_has_no_findings(tmp_path):
    scen = _load(tmp_path, _scenario())
    layers = geo.build_layers(scen)
    assert len(layers["crossings"]) == 1  # the road passes from Peru into Bolivia once
    assert audit(scen, layers) == []


def test_a_place_cited_to_a_source_that_does_not_name_it(tmp_path):
    # the report names El Alto only; Puno cited to it is a claim the report does not make
    scen = _load(tmp_path, _scenario(**{"places.0.sources": ["report"]}))
    findings = audit(scen, geo.build_layers(scen))
    assert _kinds(findings) == [("source_does_not_name", "places", "puno", "sources")]
    assert findings[0].shown == "report" and "el_alto" in findings[0].supported


def test_an_illustrative_drawing_shown_as_located(tmp_path):
    # a leg declared located, though its end point is a stand-in and a road leg is a straight line
    data = _scenario(**{"routes.0.legs.1.drawing": "located"})
    data["regions"][0]["drawing"] = "located"  # a buffered hull of two towns declared as located
    scen = _load(tmp_path, data)
    layers = geo.build_layers(scen)
    assert layers["legs"].set_index("id").loc["road__2", "drawing"] == "located"  # displayed as declared
    findings = audit(scen, layers)
    assert _kinds(findings) == [("drawing_surer_than_parts", "legs", "road__2", "drawing"),
                                ("drawing_surer_than_parts", "regions", "highland", "drawing")]
    leg = findings[0]
    assert (leg.shown, leg.supported) == ("located", "illustrative")
    assert "Desaguadero" in leg.reason


def test_a_leg_surer_than_its_route(tmp_path):
    # the route is only possible; one leg claims reported
    data = _scenario(**{"routes.0.confidence": "possible", "routes.0.legs.0.confidence": "reported"})
    scen = _load(tmp_path, data)
    findings = audit(scen, geo.build_layers(scen))
    assert _kinds(findings) == [("derived_surer_than_input", "legs", "road__1", "confidence")]


def test_a_crossing_surer_than_its_leg(tmp_path):
    # the leg that crosses into Bolivia is possible: the build gives its crossing the same hedge ...
    data = _scenario(**{"routes.0.legs.1.confidence": "possible"})
    scen = _load(tmp_path, data)
    result = geo.build(scen.path, layers_dir=tmp_path / "layers", out_dir=tmp_path / "out", official=None)
    crossing = result.layers["crossings"].iloc[0]
    assert (crossing["leg_id"], crossing["confidence"], crossing["drawing"]) == ("road__2", "possible", "illustrative")
    assert audit(scen, read_layers(tmp_path / "layers")) == []
    # ... and a layers file where the crossing took its route's "reported" (as the toolkit once wrote
    # them, and as a hand edit might) is caught, from the files, by the command line too
    path = tmp_path / "layers" / "crossings.geojson"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["features"][0]["properties"]["confidence"] = "reported"
    del doc["features"][0]["properties"]["leg_id"]  # found again from the route's legs
    path.write_text(json.dumps(doc), encoding="utf-8")
    findings = audit(scen, read_layers(tmp_path / "layers"))
    assert _kinds(findings) == [("crossing_surer_than_leg", "crossings", "road__x1", "confidence")]
    assert findings[0].supported == "possible" and "road__2" in findings[0].reason
    assert main(["audit", "--scenario", str(scen.path), "--layers", str(tmp_path / "layers")]) == 1


def test_every_kind_has_a_test():
    # the kinds above, one test each (source_does_not_name, drawing_surer_than_parts,
    # derived_surer_than_input, crossing_surer_than_leg)
    assert set(FINDING_KINDS) == {"source_does_not_name", "drawing_surer_than_parts", "derived_surer_than_input",
                                  "crossing_surer_than_leg"}


def test_bad_input_exits_2(tmp_path, capsys):
    scen = _load(tmp_path, _scenario())
    assert main(["audit", "--scenario", str(scen.path), "--layers", str(tmp_path / "missing")]) == 2
    assert "missing" in capsys.readouterr().err


def test_names_must_be_known_ids(tmp_path):
    data = _scenario(**{"sources.0.names": ["el_alto", "atlantis"]})
    with pytest.raises(geo.ScenarioError) as info:
        _load(tmp_path, data)
    text = str(info.value)
    assert "sources 'report' (item 0)" in text and "field 'names.1'" in text and "'atlantis'" in text


def test_a_bad_drawing_names_the_feature_field_and_value(tmp_path):
    data = _scenario(**{"places.1.drawing": "guessed"})
    with pytest.raises(geo.ScenarioError) as info:
        _load(tmp_path, data)
    text = str(info.value)
    assert "places 'desaguadero' (item 1)" in text and "field 'drawing'" in text and "'guessed'" in text
    assert "line " in text


def test_a_sketch_is_no_surer_than_its_anchors(tmp_path):
    # an anchor placed for drawing makes the region's sketch illustrative; declaring it approximate is caught
    data = _scenario()
    data["regions"][0]["geometry"]["anchors"] = [
        {"name": "a point chosen to widen the sketch", "lon": -69.5, "lat": -16.2, "coord_source": "gazetteer 9",
         "drawing": "illustrative"}]
    scen = _load(tmp_path, data)
    layers = geo.build_layers(scen)
    assert layers["regions"].set_index("id").loc["highland", "drawing"] == "illustrative"
    assert audit(scen, layers) == []
    data["regions"][0]["drawing"] = "approximate"
    scen = _load(tmp_path, data)
    findings = audit(scen, geo.build_layers(scen))
    assert [(f.kind, f.feature_id, f.shown, f.supported) for f in findings] == [
        ("drawing_surer_than_parts", "highland", "approximate", "illustrative")]
