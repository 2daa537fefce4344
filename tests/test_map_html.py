"""The map's HTML: every layer, popup field and source is there; data cannot run code."""

import json
import re
import subprocess

import geopandas as gpd
import shapely

import geo
from geo.fields import field_label
from geo.map import LAYER_TITLES, escape_html

def payloads(html: str) -> list[dict]:
    """The features of every layer, as the page's script hands them to Leaflet (escaped JSON)."""
    return [json.loads(m) for m in re.findall(r"geoMapLib\.addFeatures\(\w+, (\{.*\})\);\n", html)]


def popups(html: str) -> str:
    return "\n".join(f.get("popup", "") for p in payloads(html) for f in p["features"])


HOSTILE = "Pier `7` ${document.title='x'}</script><script>alert(1)</script> {{7*191}} {% if 1 %}JINJA{% endif %}"


def test_html_holds_every_layer_and_control(built):
    html = built.map_path.read_text(encoding="utf-8")
    for key, title in LAYER_TITLES.items():  # the Peru scenario has every mode (and no events)
        assert (title in html) == (key != "events"), key
    assert "L.control.groupedLayers" in html
    assert "new L.Control.Search" in html and "new L.Control.MiniMap" in html
    # one arrowed line per leg and flow, made from one template (not one per feature)
    lines = [f for p in payloads(html) if p["kind"] == "lines" for f in p["features"]]
    assert len(lines) == len(built.layers["legs"]) + len(built.layers["flows"])
    assert html.count(".setText(") == 1 and html.count("geoMapLib.addFeatures(") == len(payloads(html))
    for view in built.scenario.views:
        assert view["name"] in html
    assert "L.Control.Measure" in html and "nautical miles" in html
    assert "L.control.fullscreen" in html.replace("L.Control.Fullscreen", "L.control.fullscreen")
    assert "control_scale" in html or "L.control.scale" in html
    assert 'id="geo-legend"' in html
    assert "<title>Peru&#x27;s cocaine economy</title>" in html


def test_html_holds_every_feature_popup_and_source(built):
    html = built.map_path.read_text(encoding="utf-8")
    scenario = built.scenario
    for name in ("regions", "legs", "flows", "places"):
        for feature_id in built.layers[name]["id"]:
            assert escape_html(feature_id) in html, feature_id
    text = popups(html)
    # figures with a reader's label and unit; technical fields folded under "Details", with their names
    for field in ("length_km", "area_km2", "official_area_km2", "share_pct", "coca_cultivation_ha",
                  "route payload_kg_per_flight", "route courier_pay_min_eur_per_kg", "fits_aircraft_range", "countries"):
        assert f"<th>{escape_html(field_label(field)[0])}</th>" in text, field
    for field in ("geometry_basis", "length_nm", "coord_source"):
        assert f"<th>{escape_html(field_label(field)[0])} <code>{field}</code></th>" in text, field
    assert "<th>Payload per flight</th><td>300&nbsp;kg</td>" in text
    assert text.count("<summary>Details</summary>") == sum(len(built.layers[n]) for n in ("regions", "legs", "flows",
                                                                                          "places", "crossings"))
    cited = {sid for name in ("regions", "legs", "flows", "places") for ids in built.layers[name]["sources"]
             for sid in ids.split("; ")}
    for sid in cited:
        assert escape_html(scenario.sources[sid]["title"]) in text, sid
    # every source of the scenario is cited, except those that only back official boundaries
    # when these were not available for this build
    official_only = {sid for r in scenario.regions if r.get("official") for sid in r["official"]["sources"]}
    assert set(scenario.sources) - cited <= official_only


def _inline_scripts(html: str) -> list[str]:
    return re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)


def test_hostile_names_are_inert(tmp_path, node):
    places = gpd.GeoDataFrame(
        {"id": ["p1"], "name": [HOSTILE], "kind": ["port"], "confidence": ["reported"], "sources": ["s1"],
         "geometry_kind": ["dataset"], "geometry_basis": [HOSTILE]},
        geometry=[shapely.Point(10, 50)], crs="EPSG:4326")
    regions = gpd.GeoDataFrame(
        {"id": ["r1"], "name": [HOSTILE], "kind": ["coca_region"], "confidence": ["alleged"], "sources": ["s1"],
         "area_km2": [1.0]}, geometry=[shapely.box(9, 49, 11, 51)], crs="EPSG:4326")
    m = geo.make_map({"places": places, "regions": regions},
                     sources={"s1": {"title": HOSTILE, "url": "https://example.org/?a=1&b=`$`"}}, title=HOSTILE)
    path = geo.save_map(m, tmp_path / "hostile.html")
    html = path.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html
    assert "${document.title" not in html
    # Jinja syntax in data is kept as text, never evaluated (7*191 would give 1337)
    assert "1337" not in html
    assert "{{7*191" not in html and "{% if 1 %}" not in html
    text = popups(html)
    assert "&#123;&#123;7*191&#125;&#125;" in text
    assert "&#123;% if 1 %&#125;JINJA&#123;% endif %&#125;" in text
    scripts = _inline_scripts(html)
    assert scripts
    for i, script in enumerate(scripts):
        js = tmp_path / f"s{i}.js"
        js.write_text(script, encoding="utf-8")
        proc = subprocess.run([node, "--check", str(js)], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr


def test_empty_layers_still_render(tmp_path):
    empty = gpd.GeoDataFrame({"id": [], "name": []}, geometry=[], crs="EPSG:4326")
    m = geo.make_map({"places": empty, "regions": empty, "legs": empty, "flows": empty, "crossings": empty})
    html = m.get_root().render()
    def in_layer_control(title):  # an entry of L.control.groupedLayers
        return f'"{title}" : feature_group' in html

    for key in ("regions", "flows", "crossings", "places"):
        assert in_layer_control(LAYER_TITLES[key]), key
    # a mode's layer is there only when it has legs, and the enforcement layer only with bases
    for key in ("routes_air", "ranges", "enforcement"):
        assert not in_layer_control(LAYER_TITLES[key]), key
