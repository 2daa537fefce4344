"""The provenance audit (`geo/audit.py`), finding by finding: what each check reports, with which
levels and words, and what it leaves alone. Each test pins a behaviour that a mutation of the audit
changed without any other test noticing (tests/README.md, "Mutation testing").

The scenario is the small one of tests/test_audit.py (Puno, Peru → Desaguadero, a border town drawn
as an illustrative stand-in → El Alto, Bolivia, by road); the layers are built from it and then edited
the way a hand edit or an older toolkit would have written them.
"""

import numpy as np
import pandas as pd
import pytest
import shapely

import geo
from geo.audit import AUDITED_LAYERS, Finding, audit, audit_text, read_layers
from geo.errors import GeoError
from test_audit import _load, _scenario


def _flow(to: str) -> dict:
    return {"id": "f1", "name": "Puno to " + to, "destination": "Bolivia", "share_pct": 10, "from": "puno", "to": to,
            "sources": ["report"], "confidence": "reported"}


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """The small scenario with one flow from Puno to Desaguadero, and its built layers."""
    data = _scenario()
    data["flows"] = [_flow("desaguadero")]
    scen = _load(tmp_path_factory.mktemp("tiny"), data)
    return scen, geo.build_layers(scen)


def _edited(layers: dict, name: str, fid: str | None = None, **values) -> dict:
    """A copy of the layers with some properties of one feature (or of every feature) of one layer changed."""
    out = dict(layers)
    gdf = layers[name].copy()
    rows = gdf["id"] == fid if fid is not None else np.ones(len(gdf), bool)
    for col, value in values.items():
        gdf[col] = gdf[col].astype(object) if col in gdf else None
        gdf.loc[rows, col] = value
    out[name] = gdf
    return out


def _summary(findings):
    return [(f.kind, f.layer, f.feature_id, f.field, f.shown, f.supported) for f in findings]


def test_the_built_layers_of_the_small_scenario_have_no_findings(tiny):
    scen, layers = tiny
    assert audit(scen, layers) == []


def test_a_finding_reads_as_one_line_naming_layer_feature_field_and_backing():
    f = Finding("drawing_surer_than_parts", "legs", "road__2", "drawing", "located", "illustrative", "Desaguadero: a stand-in")
    assert str(f) == ("legs 'road__2': drawing_surer_than_parts: field 'drawing' shows 'located', "
                      "backed only by 'illustrative': Desaguadero: a stand-in")


def test_the_audit_text_lists_each_finding_then_counts_them_by_kind(tiny):
    scen, _ = tiny
    findings = [Finding("derived_surer_than_input", "legs", "a", "confidence", "reported", "possible", "r1"),
                Finding("source_does_not_name", "places", "b", "sources", "report", "report names: x", "r2"),
                Finding("derived_surer_than_input", "legs", "c", "confidence", "reported", "alleged", "r3")]
    lines = audit_text(findings, scenario=scen).split("\n")
    assert lines[:3] == [str(f) for f in findings]
    # kinds in the order of FINDING_KINDS, each with its count and meaning
    assert lines[3] == (f"{scen.path}: 3 finding(s): "
                        "source_does_not_name 1 (cited to a source whose `names` list does not include it); "
                        "derived_surer_than_input 2 (a derived feature more confident than what it comes from)")
    assert len(lines) == 4
    assert audit_text([], scenario=scen) == (f"{scen.path}: no findings: no feature is shown surer than its "
                                             "sources and drawing allow")


def test_a_source_naming_nothing_is_said_to_name_nothing(tmp_path):
    data = _scenario(**{"sources.0.names": []})
    scen = _load(tmp_path, data)
    findings = [f for f in audit(scen, {}) if f.feature_id == "el_alto"]
    assert _summary(findings) == [("source_does_not_name", "places", "el_alto", "sources", "report", "report names: nothing")]
    assert findings[0].reason == ("source 'report' does not name 'El Alto'; cite the source of its coordinate "
                                  "(or the one that names it) instead")
    # the region cited to the same source is found too, after the places
    assert [(f.layer, f.feature_id) for f in audit(scen, {})] == [("places", "el_alto"), ("regions", "highland")]


def test_the_names_a_source_gives_are_listed(tmp_path):
    scen = _load(tmp_path, _scenario(**{"places.0.sources": ["report"]}))
    (finding,) = audit(scen, {})
    assert finding.supported == "report names: el_alto, highland"


def test_a_source_without_a_names_list_is_not_checked(tmp_path):
    data = _scenario(**{"places.0.sources": ["report"]})
    del data["sources"][0]["names"]
    scen = _load(tmp_path, data)
    assert audit(scen, {}) == []


def test_a_layer_written_without_drawing_is_taken_as_located(tiny):
    scen, layers = tiny
    legs = layers["legs"].drop(columns="drawing")
    findings = audit(scen, {**layers, "legs": legs})
    assert _summary(findings) == [
        ("drawing_surer_than_parts", "legs", "road__1", "drawing", "located", "illustrative"),
        ("drawing_surer_than_parts", "legs", "road__2", "drawing", "located", "illustrative")]


@pytest.mark.parametrize("blank", [None, "", np.nan])
def test_a_blank_drawing_is_taken_as_located(tiny, blank):
    scen, layers = tiny
    findings = audit(scen, _edited(layers, "legs", "road__1", drawing=blank))
    assert _summary(findings) == [("drawing_surer_than_parts", "legs", "road__1", "drawing", "located", "illustrative")]
    # the reason is the note of the weakest part: the road mode and the stand-in end point
    assert findings[0].reason == ("straight lines between towns chosen for drawing; no source names this path and the "
                                  "road is not traced; Desaguadero: stands in for the border crossing, which the report "
                                  "does not name")


def test_a_leg_of_another_version_of_the_scenario_is_not_compared(tiny):
    scen, layers = tiny
    # the same id, other end points: written from another scenario, nothing to compare with
    edited = _edited(layers, "legs", "road__1", drawing="located", from_id="el_alto")
    assert audit(scen, edited) == []
    edited = _edited(layers, "legs", "road__1", drawing="located", to_id="puno")
    assert audit(scen, edited) == []
    # a leg from another version first does not stop the others from being checked
    edited = _edited(_edited(layers, "legs", "road__1", from_id="el_alto"), "legs", "road__2", drawing="located")
    assert [(f.layer, f.feature_id) for f in audit(scen, edited)] == [("legs", "road__2")]
    # an id the scenario does not have
    edited = _edited(layers, "legs", "road__1", drawing="located", id="road__9")
    assert audit(scen, edited) == []


def test_a_route_drawn_surer_than_its_weakest_leg(tiny):
    scen, layers = tiny
    findings = audit(scen, _edited(layers, "routes", "road", drawing="approximate"))
    assert _summary(findings) == [("drawing_surer_than_parts", "routes", "road", "drawing", "approximate", "illustrative")]
    assert findings[0].reason == "a route is drawn no surer than its weakest leg"
    # a routes layer without drawing: shown as located
    findings = audit(scen, {**layers, "routes": layers["routes"].drop(columns="drawing")})
    assert _summary(findings) == [("drawing_surer_than_parts", "routes", "road", "drawing", "located", "illustrative")]
    # a route without legs in the layers is not judged
    no_legs = _edited(layers, "routes", "road", drawing="located", id="lonely")
    assert audit(scen, no_legs) == []
    # ... and does not stop the routes after it from being judged
    both = pd.concat([no_legs["routes"], _edited(layers, "routes", "road", drawing="approximate")["routes"]])
    assert [(f.layer, f.feature_id) for f in audit(scen, {**layers, "routes": both})] == [("routes", "road")]


def test_a_flow_drawn_surer_than_its_end_points(tiny):
    scen, layers = tiny
    findings = audit(scen, _edited(layers, "flows", "f1", drawing="located"))
    assert _summary(findings) == [("drawing_surer_than_parts", "flows", "f1", "drawing", "located", "illustrative")]
    assert findings[0].reason == "a great circle between Puno (located) and Desaguadero (illustrative)"


def test_a_great_circle_between_located_towns_is_at_best_approximate(tmp_path):
    data = _scenario()
    data["flows"] = [_flow("el_alto")]
    scen = _load(tmp_path, data)
    layers = geo.build_layers(scen)
    assert layers["flows"]["drawing"].iloc[0] in ("approximate", "illustrative")
    assert audit(scen, _edited(layers, "flows", "f1", drawing="approximate")) == []
    findings = audit(scen, _edited(layers, "flows", "f1", drawing="located"))
    assert _summary(findings) == [("drawing_surer_than_parts", "flows", "f1", "drawing", "located", "approximate")]
    assert findings[0].reason == "a great circle between Puno (located) and El Alto (located)"


def test_a_computed_strip_shown_as_located_is_at_best_approximate(tiny):
    scen, layers = tiny
    findings = audit(scen, _edited(layers, "regions", "highland", geometry_kind="computed", drawing="located"))
    assert _summary(findings) == [("drawing_surer_than_parts", "regions", "highland", "drawing", "located", "approximate")]
    assert findings[0].reason == ("its geometry is a computed around points no surer than approximate, not an official "
                                  "boundary or a dataset's outline")
    assert audit(scen, _edited(layers, "regions", "highland", geometry_kind="computed", drawing="approximate")) == []
    # a dataset's outline or an official boundary may be located
    for kind in ("official_boundary", "dataset"):
        assert audit(scen, _edited(layers, "regions", "highland", geometry_kind=kind, drawing="located")) == []
    # ... and one listed before a sketch does not stop the sketch from being judged
    official = _edited(layers, "regions", "highland", geometry_kind="official_boundary", drawing="located", id="dept")
    sketch = _edited(layers, "regions", "highland", drawing="located")
    both = {**layers, "regions": pd.concat([official["regions"], sketch["regions"]])}
    assert [(f.layer, f.feature_id) for f in audit(scen, both)] == [("regions", "highland")]


def test_a_sketch_of_a_region_the_scenario_lacks_is_at_best_approximate(tiny):
    scen, layers = tiny
    findings = audit(scen, _edited(layers, "regions", "highland", id="elsewhere", drawing="located"))
    assert _summary(findings) == [("drawing_surer_than_parts", "regions", "elsewhere", "drawing", "located", "approximate")]
    assert "a sketch around points no surer than approximate" in findings[0].reason


def test_a_crossing_drawn_surer_than_its_leg(tiny):
    scen, layers = tiny
    findings = audit(scen, _edited(layers, "crossings", "road__x1", drawing="approximate"))
    assert _summary(findings) == [("crossing_surer_than_leg", "crossings", "road__x1", "drawing", "approximate", "illustrative")]
    assert findings[0].reason == "it lies on leg 'road__2' (Desaguadero → El Alto), which is illustrative"


def test_a_crossing_more_confident_than_its_route(tiny):
    scen, layers = tiny
    layers = _edited(layers, "routes", "road", confidence="alleged")
    layers = _edited(layers, "legs", None, confidence="alleged")
    findings = audit(scen, layers)
    assert _summary(findings) == [
        ("crossing_surer_than_leg", "crossings", "road__x1", "confidence", "reported", "alleged"),
        ("derived_surer_than_input", "crossings", "road__x1", "confidence", "reported", "alleged")]
    assert findings[1].reason == "route 'road' is alleged"
    # a leg more confident than its route
    findings = audit(scen, _edited(layers, "crossings", None, confidence="alleged", drawing="illustrative")
                     | {"legs": _edited(layers, "legs", "road__1", confidence="reported")["legs"]})
    assert _summary(findings) == [("derived_surer_than_input", "legs", "road__1", "confidence", "reported", "alleged")]
    assert findings[0].reason == "route 'road' is alleged; its legs cannot be surer"


def test_a_crossing_without_its_leg_id_lies_on_the_weaker_of_two_legs_meeting_there(tiny):
    scen, layers = tiny
    crossings = layers["crossings"].copy()
    desaguadero = scen.places_by_id["desaguadero"]
    # the crossing moved onto the vertex the two legs share, its leg forgotten
    crossings["geometry"] = [shapely.Point(desaguadero["lon"], desaguadero["lat"])]
    crossings["leg_id"] = None
    for weak in ("road__1", "road__2"):
        legs = _edited(layers, "legs", weak, confidence="possible")["legs"]
        legs.index = [5, 9]  # rows of a layer read with other rows before them
        findings = audit(scen, {**layers, "crossings": crossings, "legs": legs})
        assert _summary(findings) == [("crossing_surer_than_leg", "crossings", "road__x1", "confidence", "reported", "possible")]
        assert f"leg {weak!r}" in findings[0].reason
    # a legs layer without confidence: every leg is reported, the crossing too
    bare = layers["legs"].drop(columns="confidence")
    bare.index = [5, 9]
    assert audit(scen, {**layers, "crossings": crossings, "legs": bare}) == []


def test_a_crossing_of_a_route_without_legs_in_the_layers_is_judged_by_its_route_only(tiny):
    scen, layers = tiny
    crossings = layers["crossings"].copy()
    crossings["leg_id"] = None
    crossings["route_id"] = "other"
    assert audit(scen, {**layers, "crossings": crossings}) == []
    # no legs layer at all
    routes = _edited(layers, "routes", "road", confidence="possible")["routes"]
    findings = audit(scen, {"crossings": layers["crossings"], "routes": routes})
    assert _summary(findings) == [("derived_surer_than_input", "crossings", "road__x1", "confidence", "reported", "possible")]


def test_read_layers_reads_every_audited_layer_and_names_a_missing_one(tiny, tmp_path):
    scen, _ = tiny
    geo.build(scen.path, layers_dir=tmp_path / "layers", out_dir=tmp_path / "out", official=None)
    layers = read_layers(tmp_path / "layers")
    assert set(layers) == set(AUDITED_LAYERS) == {"places", "regions", "routes", "legs", "flows", "crossings"}
    assert len(layers["legs"]) == 2 and len(layers["flows"]) == 1 and len(layers["crossings"]) == 1
    assert audit(scen, layers) == []
    (tmp_path / "layers" / "flows.geojson").unlink()
    with pytest.raises(GeoError) as info:
        read_layers(tmp_path / "layers")
    assert str(info.value).startswith(f"{tmp_path / 'layers' / 'flows.geojson'}: cannot read the layer: ")


def test_a_crossing_is_judged_by_the_leg_it_names_even_far_from_it(tiny):
    scen, layers = tiny
    # the crossing lies on road__2 but names road__1 (possible): its own leg_id decides
    legs = _edited(layers, "legs", "road__1", confidence="possible")["legs"]
    crossings = _edited(layers, "crossings", "road__x1", leg_id="road__1")["crossings"]
    findings = audit(scen, {**layers, "legs": legs, "crossings": crossings})
    assert _summary(findings) == [("crossing_surer_than_leg", "crossings", "road__x1", "confidence", "reported", "possible")]
    assert "leg 'road__1'" in findings[0].reason


def test_a_legs_layer_of_one_leg_is_read(tiny):
    scen, layers = tiny
    one = layers["legs"][layers["legs"]["id"] == "road__2"].copy()
    one["confidence"] = "alleged"
    findings = [f for f in audit(scen, {**layers, "legs": one}) if f.layer == "crossings"]
    assert _summary(findings) == [("crossing_surer_than_leg", "crossings", "road__x1", "confidence", "reported", "alleged")]
    # and a crossing whose leg is not in the layer is compared with no leg
    crossings = _edited(layers, "crossings", "road__x1", leg_id="road__1")["crossings"]
    assert [f for f in audit(scen, {**layers, "legs": one, "crossings": crossings}) if f.layer == "crossings"] == []


def test_a_crossing_without_its_leg_id_is_on_the_leg_it_touches_not_a_neighbouring_one(tiny):
    scen, layers = tiny
    # the crossing, east of Desaguadero on road__2 (reported); road__1, ending at Desaguadero a few
    # hundred metres away, is only possible: it is not the crossing's leg
    crossings = _edited(layers, "crossings", "road__x1", leg_id=None)["crossings"]
    legs = _edited(layers, "legs", "road__1", confidence="possible")["legs"]
    d = shapely.distance(legs.geometry.values, crossings.geometry.values[0])
    assert d[1] < 1e-9 < 1e-4 < d[0] < 0.1  # degrees, only to show where it lies
    assert audit(scen, {**layers, "crossings": crossings, "legs": legs}) == []


def test_a_river_leg_is_approximate_only_along_a_centreline(tiny, tmp_path):
    scen, layers = tiny
    # the same scenario with Desaguadero located and the first leg by river
    data = _scenario(**{"routes.0.legs.0.mode": "river"})
    del data["places"][1]["drawing"], data["places"][1]["drawing_note"]
    data["flows"] = [_flow("desaguadero")]
    river = _load(tmp_path, data)
    along = _edited(layers, "legs", "road__1", drawing="approximate",
                    geometry_basis="approximate: along the Natural Earth 1:10m river centrelines")
    assert audit(river, along) == []
    chord = _edited(layers, "legs", "road__1", drawing="approximate", geometry_basis="a straight line")
    findings = audit(river, chord)
    assert _summary(findings) == [("drawing_surer_than_parts", "legs", "road__1", "drawing", "approximate", "illustrative")]
    assert findings[0].reason == "a straight line between towns chosen for drawing; the river's course is not traced"
    # along a centreline but to the stand-in Desaguadero: the reason is the weakest part's note only
    data = _scenario(**{"routes.0.legs.0.mode": "river"})
    findings = audit(_load(tmp_path, data), along)
    assert _summary(findings) == [("drawing_surer_than_parts", "legs", "road__1", "drawing", "approximate", "illustrative")]
    assert findings[0].reason == "Desaguadero: stands in for the border crossing, which the report does not name"


def test_layers_written_without_provenance_fields_are_taken_as_the_strongest(tiny):
    scen, layers = tiny
    bare = {name: gdf.drop(columns=["drawing", "confidence"], errors="ignore") for name, gdf in layers.items()
            if name in ("flows", "regions", "crossings")}
    findings = audit(scen, {**layers, **bare})
    assert _summary(findings) == [
        ("drawing_surer_than_parts", "flows", "f1", "drawing", "located", "illustrative"),
        ("drawing_surer_than_parts", "regions", "highland", "drawing", "located", "approximate"),
        ("crossing_surer_than_leg", "crossings", "road__x1", "drawing", "located", "illustrative")]
    # legs without confidence, under a possible route: shown reported
    routes = _edited(layers, "routes", "road", confidence="possible")["routes"]
    crossings = _edited(layers, "crossings", None, confidence="possible")["crossings"]
    legs = layers["legs"].drop(columns="confidence")
    findings = audit(scen, {**layers, "routes": routes, "legs": legs, "crossings": crossings})
    assert _summary(findings) == [
        ("derived_surer_than_input", "legs", "road__1", "confidence", "reported", "possible"),
        ("derived_surer_than_input", "legs", "road__2", "confidence", "reported", "possible")]


def test_a_leg_of_a_route_missing_from_the_layers_does_not_stop_the_others(tiny):
    scen, layers = tiny
    ghost = _edited(layers, "legs", "road__1", id="ghost__1", route_id="ghost")["legs"].iloc[[0]]
    legs = pd.concat([ghost, layers["legs"]])
    routes = _edited(layers, "routes", "road", confidence="alleged")["routes"]
    crossings = _edited(layers, "crossings", None, confidence="alleged")["crossings"]
    findings = audit(scen, {**layers, "legs": legs, "routes": routes, "crossings": crossings})
    assert [(f.kind, f.feature_id) for f in findings] == [("derived_surer_than_input", "road__1"),
                                                          ("derived_surer_than_input", "road__2")]


def test_a_routes_layer_without_confidence_backs_every_leg(tiny):
    scen, layers = tiny
    # taken as reported: no leg and no crossing can be surer than it
    assert audit(scen, {**layers, "routes": layers["routes"].drop(columns="confidence")}) == []


def test_a_crossing_on_a_leg_without_a_name_says_so_plainly(tiny):
    scen, layers = tiny
    legs = layers["legs"].drop(columns="name")
    findings = audit(scen, {**_edited(layers, "crossings", "road__x1", drawing="approximate"), "legs": legs})
    assert [f.reason for f in findings] == ["it lies on leg 'road__2' (), which is illustrative"]


def test_without_layers_the_audit_builds_them_from_the_scenario(tmp_path):
    assert audit(_load(tmp_path, _scenario())) == []
    scen = _load(tmp_path, _scenario(**{"routes.0.confidence": "possible", "routes.0.legs.0.confidence": "reported"}))
    assert _summary(audit(scen)) == [("derived_surer_than_input", "legs", "road__1", "confidence", "reported", "possible")]


def test_without_layers_the_audit_builds_them_with_the_official_boundaries_cached_for_that_scenario(
        tmp_path, monkeypatch):
    # The layers an audit builds for itself use the official boundaries the data cache holds for the
    # scenario it audits, as `geo build` does. A stand-in for the cache lookup tells the scenario it
    # was asked about; the layer builder records what it was given and builds on sketches.
    import importlib

    build_module = importlib.import_module("geo.build")  # `geo.build` is also the package's build function
    cache_module = importlib.import_module("geo.cache")
    scen = _load(tmp_path, _scenario())
    asked, given = [], []
    stand_in = {"department": tmp_path / "stand-in.geojson"}

    def resolve_official(scenario):
        asked.append(scenario)
        return stand_in if scenario is scen else None

    real_layers_for = cache_module.layers_for

    def layers_for(scenario, official):
        given.append((scenario, official))
        return real_layers_for(scenario, None)

    monkeypatch.setattr(build_module, "resolve_official", resolve_official)
    monkeypatch.setattr(cache_module, "layers_for", layers_for)
    assert audit(scen) == []
    assert asked == [scen]
    assert given == [(scen, stand_in)]
