"""Failure kinds users have hit with these libraries, each with its expected value.

Where each case is tested:

- C01 missing number → null: ``test_writers.test_nan_becomes_null_and_reads_back_missing``
- C02 dates → ISO 8601: ``test_writers.test_dates_are_iso_8601`` and, shown in the map, here
- C03 script injection: ``test_map_html.test_hostile_names_are_inert`` (``node --check`` of every
  inline script) and ``test_browser.test_hostile_text_runs_nothing_in_the_browser`` (title unchanged,
  text shown literally, no dialog)
- C04 antimeridian: ``test_measure.test_great_circle_across_the_antimeridian_is_split`` and
  ``test_measure.test_linear_split_crossing_latitude``; drawn in the map: here
- C05 area in a geographic CRS: ``test_measure.test_area_of_a_one_degree_cell_at_60n``
- C06 ring orientation: ``test_measure.test_area_does_not_depend_on_ring_orientation``
- C07 buffer in metres: ``test_measure.test_buffer_is_in_metres_not_degrees``
- C08 invalid polygon: here
- C09 empty layer: ``test_writers.test_empty_layer``; mapped: here
- C10 winding and ``crs``: ``test_writers.test_winding_and_no_crs_member``
- C11 impossible sea route: here
"""

import json

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

import geo
from geo.routing import sea_lane
from geo.writers import invalid_geometries, repair_geometries

BOW_TIE = shapely.Polygon([(30, 10), (32, 12), (32, 10), (30, 12), (30, 10)])


def test_c08_invalid_polygon_is_reported_with_its_location():
    layer = gpd.GeoDataFrame({"id": ["bow"]}, geometry=[BOW_TIE], crs="EPSG:4326")
    assert invalid_geometries(layer) == ["feature 'bow': field 'geometry': Self-intersection at (31, 11)"]
    with pytest.raises(geo.GeometryError, match=r"feature 'bow': field 'geometry': Self-intersection at \(31, 11\)"):
        geo.geojson_text(layer)


def test_c08_repair_keeps_both_lobes():
    layer = gpd.GeoDataFrame({"id": ["bow"]}, geometry=[BOW_TIE], crs="EPSG:4326")
    repaired = repair_geometries(layer).geometry.iloc[0]
    assert repaired.geom_type == "MultiPolygon" and len(repaired.geoms) == 2
    # independent reference: the two triangles in EPSG:6933 (test_references.test_pinned_areas_against_the_equal_area_projection)
    assert geo.geodesic_area_m2([repaired])[0] / 1e6 == pytest.approx(24_179, abs=1)
    assert layer.geometry.iloc[0].equals(BOW_TIE)  # the input is not changed
    doc = json.loads(geo.geojson_text(repair_geometries(layer)))
    assert doc["features"][0]["geometry"]["type"] == "MultiPolygon"


def test_c11_no_sea_route_when_the_passages_are_closed():
    singapore, piraeus = (103.85457, 1.25760), (23.62904, 37.94056)
    with pytest.raises(geo.RoutingError, match="no sea route .* with these passages closed: babalmandab, gibraltar"):
        sea_lane(singapore, piraeus, closed_passages=["suez", "gibraltar", "babalmandab"])
    line, _, _ = sea_lane(singapore, piraeus)
    # regression value, from the code's own output at 2994288 (searoute's lane network via Suez); bounds
    # that hold whatever the network: test_references.test_the_sea_route_is_longer_than_the_geodesic
    assert geo.geodesic_length_m([line])[0] / 1000 == pytest.approx(10_500, rel=0.01)
    with pytest.raises(geo.RoutingError, match="unknown sea passage 'suez canal'"):
        sea_lane(singapore, piraeus, closed_passages=["suez canal"])


def test_c11_in_a_scenario_the_leg_is_named(tmp_path):
    import yaml

    data = yaml.safe_load(geo.default_scenario_path().read_text(encoding="utf-8"))
    # Algeciras lies inside the Strait of Gibraltar: with it and Suez closed, no lane leaves the Mediterranean
    data["routes"].append({"id": "blocked", "name": "Algeciras → Santos with Gibraltar and Suez closed",
                           "sources": ["article"], "confidence": "possible",
                           "legs": [{"from": "algeciras", "to": "santos", "mode": "sea",
                                     "closed_passages": ["gibraltar", "suez"]}]})
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(geo.ScenarioError) as info:
        geo.build_layers(geo.load_scenario(path))
    assert "routes 'blocked'" in str(info.value) and "no sea route" in str(info.value)


def _payloads(html: str) -> list[dict]:
    """The features of each layer as the page hands them to Leaflet."""
    import re

    return [json.loads(m) for m in re.findall(r"geoMapLib\.addFeatures\(\w+, (\{.*\})\);\n", html)]


def test_c02_a_date_is_shown_as_iso_8601_in_the_map():
    places = gpd.GeoDataFrame({"id": ["a"], "name": ["Port A"], "kind": ["port"], "confidence": ["reported"],
                               "sources": [""], "start_date": [pd.Timestamp("2024-03-01")]},
                              geometry=[shapely.Point(10, 50)], crs="EPSG:4326")
    html = geo.make_map({"places": places}).get_root().render()
    popup = _payloads(html)[0]["features"][0]["popup"]
    assert "<th>Start date</th><td>2024-03-01</td>" in popup and "00:00:00" not in html


def test_c04_a_line_across_the_antimeridian_is_drawn_unbroken():
    """Split in the GeoJSON (RFC 7946), but drawn as one line that runs on past 180° rather than two
    pieces at the edges of the world."""
    line = geo.great_circle([(178.4419, -18.1416), (-171.7514, -13.8333)])
    assert line.geom_type == "MultiLineString"
    legs = gpd.GeoDataFrame({"id": ["suva_apia"], "name": ["Suva → Apia"], "mode": ["air"], "confidence": ["reported"],
                             "sources": [""], "route_name": ["test"], "length_km": [1152.5]},
                            geometry=[line], crs="EPSG:4326")
    html = geo.make_map({"legs": legs}).get_root().render()
    locations = np.array(_payloads(html)[0]["features"][0]["latlngs"])
    assert locations.ndim == 2  # one part
    assert np.abs(np.diff(locations[:, 1])).max() < 1  # no jump across the map
    # both ends at their own longitude, or a whole turn from it, on the same side of the map
    assert (locations[0, 1] - 178.4419) % 360 == pytest.approx(0, abs=1e-4)
    assert (locations[-1, 1] - -171.7514) % 360 == pytest.approx(0, abs=1e-4)
    assert locations[-1, 1] - locations[0, 1] == pytest.approx(-171.7514 + 360 - 178.4419, abs=1e-4)
    assert locations[-1, 0] == pytest.approx(-13.8333)


def test_a_region_across_the_antimeridian_stays_small():
    """Two points on either side of 180°, 20 km around their hull: the same area as the same shape at 0°,
    split at ±180 into two parts, and no place on the other side of the world inside it."""
    across = geo.buffer_m(shapely.multipoints([(179.5, -30), (-179.5, -30)]), 20_000, hull=True)
    at_zero = geo.buffer_m(shapely.multipoints([(0.5, -30), (-0.5, -30)]), 20_000, hull=True)
    assert across.geom_type == "MultiPolygon" and len(across.geoms) == 2
    assert geo.geodesic_area_m2([across])[0] == pytest.approx(geo.geodesic_area_m2([at_zero])[0], rel=1e-4)
    assert not across.contains(shapely.Point(25, -30)) and not across.contains(shapely.Point(-70, -30))


@pytest.mark.parametrize("iso", ["USA", "RUS", "MEX", "CAN"])
def test_land_borders_of_countries_across_the_antimeridian(iso):
    """Natural Earth countries in parts far apart (Alaska, Chukotka) buffer part by part, without a
    GEOS topology error."""
    border = geo.land_border(iso)
    assert geo.geodesic_length_m([border])[0] > 1_000_000


def test_c09_an_empty_layer_is_mapped_and_listed():
    empty = gpd.GeoDataFrame({"id": [], "name": []}, geometry=[], crs="EPSG:4326")
    m = geo.make_map({"places": empty})
    html = m.get_root().render()
    assert '"Places" : feature_group' in html
    # a sensible view: the whole world rather than a point at 0, 0
    bounds = json.loads(html.rsplit(".fitBounds(", 1)[1].split(",\n", 1)[0].strip())  # the map's own, last
    assert bounds[0][1] <= -170 and bounds[1][1] >= 170
