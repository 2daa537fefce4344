"""Region calculations and proximity queries: known answers on made-up geometry."""

import geopandas as gpd
import pandas as pd
import pytest
import shapely

import geo
from geo.overlay import (
    assign_places,
    border_crossings,
    distance_between_geometries_m,
    distance_to_geometry_m,
    land_border,
    length_by_area,
    nearest_of_kind,
    places_within,
)
from geo.routing import great_circle

ONE_DEGREE_OF_EQUATOR_KM = 111.3195  # WGS84: a * pi / 180


def _gdf(**cols):
    geometry = cols.pop("geometry")
    return gpd.GeoDataFrame(cols, geometry=geometry, crs="EPSG:4326")


def test_length_by_area_along_the_equator():
    line = _gdf(id=["l"], geometry=[great_circle([(0, 0), (3, 0)])])
    areas = _gdf(id=["a", "b"], geometry=[shapely.box(0, -1, 1, 1), shapely.box(1, -1, 3, 1)])
    table = length_by_area(line, areas)
    assert list(table["area"]) == ["a", "b"]
    assert table["length_km"].to_numpy() == pytest.approx([ONE_DEGREE_OF_EQUATOR_KM, 2 * ONE_DEGREE_OF_EQUATOR_KM], abs=0.01)
    assert table["share_pct"].to_numpy() == pytest.approx([100 / 3, 200 / 3], abs=0.01)


def test_border_crossing_between_adjacent_countries():
    world = _gdf(iso_a3=["AAA", "BBB"], geometry=[shapely.box(0, -1, 1, 1), shapely.box(1, -1, 2, 1)])
    line = _gdf(id=["l"], geometry=[great_circle([(0.5, 0), (1.5, 0)])])
    crossings = border_crossings(line, world)
    assert len(crossings) == 1
    x = crossings.iloc[0]
    assert (x["from_country"], x["to_country"]) == ("AAA", "BBB")
    assert x.geometry.x == pytest.approx(1.0, abs=1e-6) and x.geometry.y == pytest.approx(0.0, abs=1e-6)
    assert x["km_from_start"] == pytest.approx(ONE_DEGREE_OF_EQUATOR_KM / 2, abs=0.1)


def test_no_crossing_when_the_line_goes_by_sea():
    world = _gdf(iso_a3=["AAA", "BBB"], geometry=[shapely.box(0, -1, 1, 1), shapely.box(2, -1, 3, 1)])
    line = _gdf(id=["l"], geometry=[great_circle([(0.5, 0), (2.5, 0)])])
    assert len(border_crossings(line, world)) == 0


def test_distance_to_a_line_and_into_a_polygon():
    meridian = shapely.LineString([(0, -1), (0, 1)])
    d = distance_to_geometry_m([1.0, 0.0], [0.0, 0.5], meridian)
    assert d[0] / 1000 == pytest.approx(ONE_DEGREE_OF_EQUATOR_KM, abs=0.01)
    assert d[1] == pytest.approx(0, abs=125)  # at most half the 250 m densification
    box = shapely.box(-1, -1, 1, 1)
    assert distance_to_geometry_m([0.2], [0.3], box)[0] == 0.0
    assert distance_to_geometry_m([2.0], [0.0], box)[0] / 1000 == pytest.approx(ONE_DEGREE_OF_EQUATOR_KM, abs=0.01)


def test_places_within_a_metric_radius():
    # A port at (-149.9, 61.2) and a place 8 km due east: inside 10 km, outside 7 km.
    places = _gdf(id=["east", "far"], kind=["town", "town"],
                  geometry=[shapely.Point(-149.7512, 61.1999), shapely.Point(-149.0, 61.2)])
    port = shapely.Point(-149.9, 61.2)
    hits = places_within(places, port, 10_000)
    assert list(hits["id"]) == ["east"]
    assert hits["distance_km"].iloc[0] == pytest.approx(8.0, abs=0.05)
    assert places_within(places, port, 7_000).empty


def test_a_place_on_a_shared_border_is_assigned_once():
    regions = _gdf(id=["west", "east", "inner"], kind=["r", "r", "r"],
                   area_km2=[2.0, 2.0, 0.5],
                   geometry=[shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1), shapely.box(0.2, 0.2, 0.4, 0.4)])
    places = _gdf(id=["edge", "nested", "outside"],
                  geometry=[shapely.Point(1, 0.5), shapely.Point(0.3, 0.3), shapely.Point(5, 5)])
    out = assign_places(places, regions)
    assert out.loc[0, "in_regions"] == "east; west" and out.loc[0, "region_id"] == "east"
    assert out.loc[1, "region_id"] == "inner" and out.loc[1, "in_regions"] == "inner; west"
    assert pd.isna(out.loc[2, "region_id"])


def test_nearest_military_base():
    places = _gdf(id=["a", "b", "base1", "base2"], kind=["town", "town", "military_base", "military_base"],
                  geometry=[shapely.Point(0, 0), shapely.Point(10, 0), shapely.Point(0, 1), shapely.Point(10, 2)])
    out = nearest_of_kind(places, "military_base")
    assert list(out["nearest_military_base_id"]) == ["base1", "base2", "base1", "base2"]
    assert out["nearest_military_base_km"].iloc[0] == pytest.approx(geo.distance_m(0, 0, 0, 1) / 1000, abs=0.06)


def test_distance_between_geometries():
    a, b = shapely.box(0, 0, 1, 1), shapely.box(2, 0, 3, 1)
    assert distance_between_geometries_m(a, b) / 1000 == pytest.approx(geo.distance_m(1, 0, 2, 0) / 1000, rel=1e-3)
    assert distance_between_geometries_m(a, shapely.box(0.5, 0.5, 2, 2)) == 0.0


def test_land_border_excludes_the_coast():
    border = land_border("PER")
    coast_point = (-77.15, -12.05)  # Callao, on the Pacific
    assert distance_to_geometry_m([coast_point[0]], [coast_point[1]], border, spacing_m=2000)[0] > 500_000
    # Desaguadero is on the Peru–Bolivia border
    assert distance_to_geometry_m([-69.03937], [-16.56433], land_border("PER", "BOL"), spacing_m=500)[0] < 3_000
    # Peru's land borders total 7,062 km (CIA World Factbook); Natural Earth 1:10m smooths the river
    # borders, so its outline is shorter, but not by more than a third.
    assert 0.67 * 7062 < geo.geodesic_length_m([border])[0] / 1000 < 7062


def test_back_and_forth_along_a_border_river_is_no_crossing():
    """A line that runs along a border and dips across it for a few hundred metres."""
    world = _gdf(iso_a3=["AAA", "BBB"], geometry=[shapely.box(0, -1, 1, 1), shapely.box(1, -1, 2, 1)])
    line = _gdf(id=["l"], geometry=[shapely.LineString([(0.5, 0), (0.999, 0), (1.001, 0.001), (0.998, 0.002), (0.5, 0.5)])])
    assert len(border_crossings(line, world)) == 0


def test_a_tripoint_is_one_crossing():
    world = _gdf(iso_a3=["AAA", "BBB", "CCC"],
                 geometry=[shapely.box(0, -1, 1, 1), shapely.box(1, -1, 1.01, 1), shapely.box(1.01, -1, 2, 1)])
    line = _gdf(id=["l"], geometry=[great_circle([(0.5, 0), (1.5, 0)])])
    crossings = border_crossings(line, world)
    assert list(zip(crossings["from_country"], crossings["to_country"])) == [("AAA", "CCC")]


def test_a_place_just_outside_a_generalised_polygon_counts_as_inside():
    regions = _gdf(id=["r"], kind=["r"], area_km2=[1.0], geometry=[shapely.box(0, 0, 1, 1)])
    places = _gdf(id=["edge", "far"], geometry=[shapely.Point(1.01, 0.5), shapely.Point(1.05, 0.5)])  # 1.1 km, 5.6 km
    out = assign_places(places, regions)
    assert out.loc[0, "region_id"] == "r"
    assert pd.isna(out.loc[1, "region_id"])


def test_shares_add_up_with_the_sea():
    from geo.overlay import length_by_area_text

    world = _gdf(iso_a3=["AAA"], geometry=[shapely.box(0, -1, 1, 1)])
    line = _gdf(id=["l"], geometry=[great_circle([(0, 0), (4, 0)])])
    (text,) = length_by_area_text(line, world, key="iso_a3", outside="sea")
    assert text == "AAA 111.3 km (25.0 %); sea 333.96 km (75.0 %)".replace("333.96", f"{3 * ONE_DEGREE_OF_EQUATOR_KM:.1f}")
