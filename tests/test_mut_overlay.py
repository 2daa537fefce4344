"""Region calculations (`geo/overlay.py`): the behaviours that mutations of the overlay changed without
any other test noticing (tests/README.md, "Mutation testing").

Known answers on the WGS84 ellipsoid (a = 6,378,137 m, f = 1/298.257223563): one degree of the
equator is a * pi / 180 = 111,319.491 m; the meridian arc from the equator to 1° N is 110,574.389 m
(GeographicLib, `GeodSolve -i` 0 0 1 0).
"""

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from geo.overlay import (
    assign_places,
    border_crossings,
    distance_between_geometries_m,
    distance_to_geometry_m,
    land_border,
    length_by_area,
    length_by_area_text,
    nearest_of_kind,
    places_within,
    region_countries,
)

EQUATOR_DEG_M = 6_378_137.0 * np.pi / 180  # 111,319.491 m
MERIDIAN_ARC_0_1_M = 110_574.389


def _gdf(**cols):
    geometry = cols.pop("geometry")
    return gpd.GeoDataFrame(cols, geometry=geometry, crs="EPSG:4326")


def _equator(*lons):
    """A line along the equator through the given longitudes (the equator is a geodesic)."""
    return shapely.LineString([(x, 0) for x in lons])


# --- length_by_area ------------------------------------------------------------------------------

def test_areas_are_listed_in_the_order_the_line_enters_them():
    # the line runs east to west: it enters "b" (east) first, although "a" is listed first
    line = _gdf(id=["l"], geometry=[_equator(3, 0)])
    areas = _gdf(id=["a", "b"], geometry=[shapely.box(0, -1, 1, 1), shapely.box(1, -1, 3, 1)])
    table = length_by_area(line, areas)
    assert list(table["area"]) == ["b", "a"]
    assert table["order"].to_numpy() == pytest.approx([0.0, 2 / 3], abs=1e-9)
    assert table["length_km"].to_numpy() == pytest.approx([2 * EQUATOR_DEG_M / 1000, EQUATOR_DEG_M / 1000], abs=1e-6)


def test_lines_are_sorted_by_id_and_keep_their_own_ids():
    lines = _gdf(id=["z", "m"], geometry=[_equator(0, 1), _equator(0.5, 1.5)])
    areas = _gdf(id=["a", "b"], geometry=[shapely.box(0, -1, 1, 1), shapely.box(1, -1, 3, 1)])
    table = length_by_area(lines, areas)
    assert list(zip(table["line_id"], table["area"])) == [("m", "a"), ("m", "b"), ("z", "a")]
    assert table["share_pct"].to_numpy() == pytest.approx([50.0, 50.0, 100.0], abs=1e-6)


def test_an_area_named_by_another_key_column():
    line = _gdf(id=["l"], geometry=[_equator(0, 2)])
    areas = _gdf(id=["1", "2"], iso_a3=["AAA", "BBB"], geometry=[shapely.box(0, -1, 1, 1), shapely.box(1, -1, 3, 1)])
    assert list(length_by_area(line, areas, key="iso_a3")["area"]) == ["AAA", "BBB"]


def test_no_line_in_any_area_gives_an_empty_table_with_the_columns():
    line = _gdf(id=["l"], geometry=[_equator(10, 11)])
    areas = _gdf(id=["a"], geometry=[shapely.box(0, -1, 1, 1)])
    table = length_by_area(line, areas)
    assert table.empty and list(table.columns) == ["line_id", "area", "length_km", "share_pct", "order"]


def test_a_line_touching_an_area_only_at_a_point_has_no_row():
    # the line ends on the area's corner: the intersection is a point, no length
    line = _gdf(id=["l"], geometry=[shapely.LineString([(-1, -2), (0, -1)])])
    areas = _gdf(id=["a"], geometry=[shapely.box(0, -1, 1, 1)])
    assert length_by_area(line, areas).empty


def test_min_share_keeps_shares_at_the_threshold_and_drops_those_below():
    # one quarter of the line in "a", three quarters in "b"
    line = _gdf(id=["l"], geometry=[_equator(0, 4)])
    areas = _gdf(id=["a", "b"], geometry=[shapely.box(0, -1, 1, 1), shapely.box(1, -1, 4, 1)])
    assert list(length_by_area(line, areas, min_share=0.2)["area"]) == ["a", "b"]
    assert list(length_by_area(line, areas, min_share=0.26)["area"]) == ["b"]


def test_a_line_leaving_and_reentering_an_area_counts_both_pieces_and_orders_by_the_first():
    # in "a" from 0° to 1°, out over the gap, back in "a" from 2° to 3°: "a" holds 2° of a 3° line
    line = _gdf(id=["l"], geometry=[_equator(0, 3)])
    a = shapely.union(shapely.box(0, -1, 1, 1), shapely.box(2, -1, 3, 1))
    areas = _gdf(id=["a", "gap"], geometry=[a, shapely.box(1, -1, 2, 1)])
    table = length_by_area(line, areas)
    assert list(table["area"]) == ["a", "gap"]
    assert table["length_km"].to_numpy() == pytest.approx([2 * EQUATOR_DEG_M / 1000, EQUATOR_DEG_M / 1000], abs=1e-6)
    assert table["order"].to_numpy() == pytest.approx([0.0, 1 / 3], abs=1e-9)


# --- length_by_area_text -------------------------------------------------------------------------

def test_slivers_are_left_out_of_the_text_but_not_of_the_sea():
    # 0.3 km of the line inside "sliver" (under MIN_PIECE_KM): not listed, and not counted as sea
    sliver_deg = 300 / EQUATOR_DEG_M
    line = _gdf(id=["l"], geometry=[_equator(0, 2)])
    areas = _gdf(iso_a3=["AAA", "SLV"], geometry=[shapely.box(0, -1, 1, 1), shapely.box(1, -1, 1 + sliver_deg, 1)])
    (text,) = length_by_area_text(line, areas, key="iso_a3", outside="sea")
    rest_km = EQUATOR_DEG_M / 1000 - 0.3
    assert text == f"AAA 111.3 km (50.0 %); sea {rest_km:.1f} km ({rest_km / (2 * EQUATOR_DEG_M / 1000) * 100:.1f} %)"


def test_no_sea_item_without_a_label_or_under_half_a_kilometre():
    line = _gdf(id=["l"], geometry=[_equator(0, 2)])
    areas = _gdf(iso_a3=["AAA"], geometry=[shapely.box(0, -1, 1, 1)])
    assert length_by_area_text(line, areas, key="iso_a3") == ["AAA 111.3 km (50.0 %)"]
    # 0.4 km of the line outside the area: no sea item
    end = 1 + 400 / EQUATOR_DEG_M
    line = _gdf(id=["l"], geometry=[_equator(0, end)])
    assert length_by_area_text(line, areas, key="iso_a3", outside="sea") == ["AAA 111.3 km (99.6 %)"]
    # 0.6 km outside: a sea item
    end = 1 + 600 / EQUATOR_DEG_M
    line = _gdf(id=["l"], geometry=[_equator(0, end)])
    assert length_by_area_text(line, areas, key="iso_a3", outside="sea") == ["AAA 111.3 km (99.5 %); sea 0.6 km (0.5 %)"]


def test_a_line_in_no_area_is_all_sea_or_nothing():
    lines = _gdf(id=["far", "in"], geometry=[_equator(10, 11), _equator(0, 1)])
    areas = _gdf(iso_a3=["AAA"], geometry=[shapely.box(0, -1, 1, 1)])
    assert length_by_area_text(lines, areas, key="iso_a3") == [None, "AAA 111.3 km (100.0 %)"]
    assert length_by_area_text(lines, areas, key="iso_a3", outside="sea") == ["sea 111.3 km (100.0 %)", "AAA 111.3 km (100.0 %)"]


# --- border_crossings ----------------------------------------------------------------------------

TWO = _gdf(iso_a3=["AAA", "BBB"], geometry=[shapely.box(0, -1, 1, 1), shapely.box(1, -1, 2, 1)])


def test_a_crossing_in_the_second_part_counts_the_first_part_along_the_line():
    # part 1: 0.5° inside AAA; part 2: from 0.5° to 1.5°, crossing at 1°: 0.5° + 0.5° from the start
    line = _gdf(id=["l"], geometry=[shapely.MultiLineString([[(0.2, 0), (0.7, 0)], [(0.5, 0.0), (1.5, 0.0)]])])
    x = border_crossings(line, TWO)
    assert len(x) == 1
    assert x["km_from_start"].iloc[0] == pytest.approx(round(EQUATOR_DEG_M / 1000, 1))
    assert (x.geometry.x.iloc[0], x.geometry.y.iloc[0]) == pytest.approx((1.0, 0.0), abs=1e-9)


def test_empty_and_zero_length_parts_are_skipped():
    line = _gdf(id=["l"], geometry=[shapely.MultiLineString([[(0.3, 0), (0.3, 0)], [(0.5, 0), (1.5, 0)]])])
    x = border_crossings(line, TWO)
    assert list(zip(x["from_country"], x["to_country"])) == [("AAA", "BBB")]
    assert x["km_from_start"].iloc[0] == pytest.approx(round(EQUATOR_DEG_M / 2000, 1))


def test_a_crossing_there_and_back_well_into_the_neighbour_is_two_crossings():
    # into BBB by half a degree and back: not a border river, both crossings are real
    line = _gdf(id=["l"], geometry=[shapely.LineString([(0.5, 0), (1.5, 0), (1.5, 0.5), (0.5, 0.5)])])
    x = border_crossings(line, TWO)
    assert list(zip(x["from_country"], x["to_country"])) == [("AAA", "BBB"), ("BBB", "AAA")]
    assert x["km_from_start"].iloc[0] == pytest.approx(round(EQUATOR_DEG_M / 2000, 1))
    assert x.geometry.y.to_numpy() == pytest.approx([0.0, 0.5], abs=1e-9)
    assert x.crs.to_epsg() == 4326 and list(x.columns) == ["line_id", "from_country", "to_country", "km_from_start", "geometry"]


def test_countries_a_kilometre_apart_meet_at_a_border_crossed_halfway():
    gap = 1000 / EQUATOR_DEG_M  # 1 km of no man's land, under BORDER_SNAP_M
    world = _gdf(iso_a3=["AAA", "BBB"], geometry=[shapely.box(0, -1, 1, 1), shapely.box(1 + gap, -1, 2, 1)])
    x = border_crossings(_gdf(id=["l"], geometry=[_equator(0.5, 1.5)]), world)
    assert list(zip(x["from_country"], x["to_country"])) == [("AAA", "BBB")]
    assert x.geometry.x.iloc[0] == pytest.approx(1 + gap / 2, abs=1e-9)
    # 3 km apart: by sea, no crossing
    gap = 3000 / EQUATOR_DEG_M
    world = _gdf(iso_a3=["AAA", "BBB"], geometry=[shapely.box(0, -1, 1, 1), shapely.box(1 + gap, -1, 2, 1)])
    assert len(border_crossings(_gdf(id=["l"], geometry=[_equator(0.5, 1.5)]), world)) == 0


def test_two_polygons_of_one_country_are_not_a_border():
    world = _gdf(iso_a3=["AAA", "AAA", "BBB"],
                 geometry=[shapely.box(0, -1, 1, 1), shapely.box(1, -1, 2, 1), shapely.box(2, -1, 3, 1)])
    x = border_crossings(_gdf(id=["l"], geometry=[_equator(0.5, 2.5)]), world)
    assert list(zip(x["from_country"], x["to_country"])) == [("AAA", "BBB")]
    assert x["km_from_start"].iloc[0] == pytest.approx(round(1.5 * EQUATOR_DEG_M / 1000, 1))


def test_crossings_more_than_5_km_apart_are_kept_apart():
    # AAA | BBB 10 km wide | CCC: two crossings, not one AAA → CCC
    w = 10_000 / EQUATOR_DEG_M
    world = _gdf(iso_a3=["AAA", "BBB", "CCC"],
                 geometry=[shapely.box(0, -1, 1, 1), shapely.box(1, -1, 1 + w, 1), shapely.box(1 + w, -1, 2, 1)])
    x = border_crossings(_gdf(id=["l"], geometry=[_equator(0.5, 1.5)]), world)
    assert list(zip(x["from_country"], x["to_country"])) == [("AAA", "BBB"), ("BBB", "CCC")]
    assert x["km_from_start"].to_numpy() == pytest.approx([55.7, 65.7], abs=0.051)


def test_there_and_back_within_5_km_disappears_but_a_third_country_does_not():
    # a 2 km dip into BBB across a straight border and out again into AAA: merged away
    w = 2000 / EQUATOR_DEG_M
    world = _gdf(iso_a3=["AAA", "BBB", "CCC"],
                 geometry=[shapely.box(0, -1, 1, 1), shapely.box(1, -1, 1 + w, 1), shapely.box(1 + w, -1, 2, 1)])
    line = _gdf(id=["l", "m"], geometry=[shapely.LineString([(0.5, 0), (1 + w / 2, 0), (1 + w / 2, 0.3), (0.5, 0.3)]),
                                         _equator(0.5, 1.5)])
    x = border_crossings(line, world)
    # "l" dips 1 km into BBB, 0.3° long: it crosses at 0° and back at 0.3°, far apart: kept; "m" is AAA → CCC
    assert list(zip(x["line_id"], x["from_country"], x["to_country"])) == [
        ("l", "AAA", "BBB"), ("l", "BBB", "AAA"), ("m", "AAA", "CCC")]
    short = _gdf(id=["s"], geometry=[shapely.LineString([(0.5, 0), (1 + w / 2, 0), (1 + w / 2, 0.01), (0.5, 0.01)])])
    assert len(border_crossings(short, world)) == 0  # there and back 1.1 km apart along the line


# --- land_border ---------------------------------------------------------------------------------

def test_land_border_errors_name_the_code():
    with pytest.raises(ValueError, match="PER"):
        land_border("PER", "PER")
    with pytest.raises(KeyError):
        land_border("PER", "XXX")


def test_an_island_country_or_one_far_from_a_neighbour_has_no_land_border():
    assert land_border("JAM").is_empty  # no other country's box meets Jamaica's
    assert land_border("ISL").is_empty  # Greenland's box does, but it is far more than 20 km away
    assert land_border("PER", "JPN").is_empty


def test_peru_borders_bolivia_and_not_the_pacific():
    border = land_border("PER", "BOL")
    # Desaguadero (-69.039, -16.564) is on it, Callao (-77.15, -12.05) is not
    d = distance_to_geometry_m([-69.03937, -77.15], [-16.56433, -12.05], border, spacing_m=500)
    assert d[0] < 3_000 and d[1] > 800_000
    assert shapely.get_type_id(border) in (1, 5)


# --- distances -----------------------------------------------------------------------------------

def test_distance_to_a_point_and_chunks_give_the_same_answer():
    pt = shapely.Point(0, 0)
    lon, lat = [1.0, 0.0, -1.0], [0.0, 1.0, 0.0]
    d = distance_to_geometry_m(lon, lat, pt)
    assert d == pytest.approx([EQUATOR_DEG_M, MERIDIAN_ARC_0_1_M, EQUATOR_DEG_M], abs=0.01)
    assert distance_to_geometry_m(lon, lat, pt, chunk=1) == pytest.approx(d, abs=1e-9)
    line = _equator(0, 2)
    one = distance_to_geometry_m(lon, lat, line, chunk=1)
    assert one == pytest.approx(distance_to_geometry_m(lon, lat, line), abs=1e-9)
    assert one[1] == pytest.approx(MERIDIAN_ARC_0_1_M, abs=0.01) and one[2] == pytest.approx(EQUATOR_DEG_M, abs=0.01)


def test_a_scalar_point_gives_one_distance():
    d = distance_to_geometry_m(1.0, 0.0, shapely.Point(0, 0))
    assert d.shape == (1,) and d[0] == pytest.approx(EQUATOR_DEG_M, abs=0.01)


def test_points_inside_a_multipolygon_are_at_zero_and_in_its_holes_are_not():
    # a hole 2° wide and 10° tall: from its centre on the equator, the nearest edge is a meridian 1° away
    outer = shapely.Polygon([(0, -6), (4, -6), (4, 6), (0, 6)], [[(1, -5), (3, -5), (3, 5), (1, 5)]])
    multi = shapely.MultiPolygon([outer, shapely.box(10, -1, 11, 1)])
    d = distance_to_geometry_m([0.5, 10.5, 2.0, 12.0], [0.0, 0.0, 0.0, 0.0], multi)
    assert d[0] == 0.0 and d[1] == 0.0
    assert d[2] == pytest.approx(EQUATOR_DEG_M, abs=1.0) and d[3] == pytest.approx(EQUATOR_DEG_M, abs=1.0)


def test_distance_between_geometries_is_the_geodesic_between_the_nearest_points():
    assert distance_between_geometries_m(shapely.Point(0, 0), shapely.Point(1, 0)) == pytest.approx(EQUATOR_DEG_M, abs=0.01)
    assert distance_between_geometries_m(shapely.box(-1, 0, 0, 1), shapely.box(-1, -2, 0, -1)) == pytest.approx(
        MERIDIAN_ARC_0_1_M, rel=1e-4)
    d = distance_between_geometries_m(shapely.Point(0, 0), _equator(3, 5))
    assert d == pytest.approx(3 * EQUATOR_DEG_M, abs=0.01)


def test_places_within_are_sorted_by_distance_then_id_and_the_limit_is_inclusive():
    places = _gdf(id=["b", "a", "c", "far"],
                  geometry=[shapely.Point(0, 1), shapely.Point(0, -1), shapely.Point(0.5, 0), shapely.Point(3, 0)])
    hits = places_within(places, shapely.Point(0, 0), MERIDIAN_ARC_0_1_M + 0.01)
    assert list(hits["id"]) == ["c", "a", "b"]
    assert hits["distance_km"].to_numpy() == pytest.approx([55.7, 110.6, 110.6])
    assert list(places_within(places, shapely.Point(0, 0), MERIDIAN_ARC_0_1_M - 1.0)["id"]) == ["c"]


def test_nearest_of_a_kind_absent_is_null():
    places = _gdf(id=["a", "b"], kind=["town", "town"], geometry=[shapely.Point(0, 0), shapely.Point(1, 0)])
    out = nearest_of_kind(places, "military_base")
    assert list(out.columns) == ["nearest_military_base_id", "nearest_military_base_km"]
    assert out["nearest_military_base_id"].isna().all() and out["nearest_military_base_km"].isna().all()
    out = nearest_of_kind(places, "town")
    assert list(out["nearest_town_id"]) == ["a", "b"] and list(out["nearest_town_km"]) == [0.0, 0.0]


def test_nearest_of_kind_measures_each_place_to_its_own_nearest():
    places = _gdf(id=["p", "q", "t1", "t2"], kind=["town", "town", "base", "base"],
                  geometry=[shapely.Point(0, 0), shapely.Point(5, 0), shapely.Point(0, 1), shapely.Point(3, 0)])
    out = nearest_of_kind(places, "base").set_index(places["id"])
    assert out.loc["p", "nearest_base_id"] == "t1" and out.loc["q", "nearest_base_id"] == "t2"
    assert out.loc["p", "nearest_base_km"] == round(MERIDIAN_ARC_0_1_M / 1000, 1)
    assert out.loc["q", "nearest_base_km"] == round(2 * EQUATOR_DEG_M / 1000, 1)


# --- region_countries and assign_places ----------------------------------------------------------

WORLD = _gdf(iso_a3=["AAA", "BBB"], geometry=[shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1)])


def test_region_countries_by_share_of_area():
    regions = _gdf(id=["west", "across", "sliver", "sea"],
                   geometry=[shapely.box(0.1, 0.1, 0.9, 0.9), shapely.box(0.5, 0.1, 1.5, 0.9),
                             shapely.box(0.5, 0.1, 1.04, 0.9), shapely.box(5, 5, 6, 6)])
    out = region_countries(regions, WORLD)
    # "sliver" has 4/54 = 7.4 % of its area in BBB: above the 5 % default, below 10 %
    assert out == {"west": {"AAA"}, "across": {"AAA", "BBB"}, "sliver": {"AAA", "BBB"}, "sea": set()}
    assert region_countries(regions, WORLD, min_share=0.1)["sliver"] == {"AAA"}


def test_a_country_region_is_never_assigned():
    regions = _gdf(id=["aaa", "r"], kind=["country", "r"], area_km2=[1.0, 2.0],
                   geometry=[shapely.box(0, 0, 1, 1), shapely.box(0, 0, 1, 1)])
    places = _gdf(id=["p"], geometry=[shapely.Point(0.5, 0.5)])
    out = assign_places(places, regions, world=WORLD)
    assert out["in_regions"].tolist() == ["r"] and out["region_id"].tolist() == ["r"]


def test_a_tie_in_area_is_broken_by_id_and_the_result_keeps_the_index():
    regions = _gdf(id=["zeta", "alpha"], kind=["r", "r"], area_km2=[1.0, 1.0],
                   geometry=[shapely.box(0.2, 0.2, 0.8, 0.8), shapely.box(0.2, 0.2, 0.8, 0.8)])
    places = _gdf(id=["p"], geometry=[shapely.Point(0.5, 0.5)]).set_index(pd.Index([7]))
    out = assign_places(places, regions, world=WORLD)
    assert out.index.tolist() == [7]
    assert out.loc[7, "in_regions"] == "alpha; zeta" and out.loc[7, "region_id"] == "alpha"


def test_the_tolerance_is_a_keyword_in_metres():
    regions = _gdf(id=["r"], kind=["r"], area_km2=[1.0], geometry=[shapely.box(0.2, 0.2, 0.8, 0.8)])
    # 0.81° E: 1.1 km east of the region, inside country AAA
    places = _gdf(id=["p"], geometry=[shapely.Point(0.81, 0.5)])
    assert assign_places(places, regions, world=WORLD)["region_id"].tolist() == ["r"]
    assert assign_places(places, regions, world=WORLD, tolerance_m=1_000)["region_id"].isna().all()
    assert assign_places(places, regions, world=WORLD, tolerance_m=1_200)["region_id"].tolist() == ["r"]


def test_a_place_at_sea_is_in_a_countrys_region_only_if_covered():
    regions = _gdf(id=["r"], kind=["r"], area_km2=[1.0], geometry=[shapely.box(0.2, -0.5, 0.8, 0.5)])
    # the region reaches into the sea south of AAA; one place inside it at sea, one just outside at sea
    places = _gdf(id=["in", "near"], geometry=[shapely.Point(0.5, -0.2), shapely.Point(0.5, -0.505)])
    out = assign_places(places, regions, world=WORLD, countries={"r": {"AAA"}})
    assert out["in_regions"].tolist()[0] == "r" and pd.isna(out["in_regions"].tolist()[1])


def test_a_region_at_sea_takes_nearby_places_by_tolerance():
    regions = _gdf(id=["sea"], kind=["r"], area_km2=[1.0], geometry=[shapely.box(3, 3, 4, 4)])
    places = _gdf(id=["boat", "far"], geometry=[shapely.Point(4.01, 3.5), shapely.Point(4.05, 3.5)])  # 1.1 km, 5.6 km
    out = assign_places(places, regions, world=WORLD)
    assert out["region_id"].tolist()[0] == "sea" and pd.isna(out["region_id"].tolist()[1])


def test_stated_countries_of_a_region_override_natural_earth_only_for_its_own_id():
    # a region with 2.4 % of its area in BBB: in AAA only, unless stated
    regions = _gdf(id=["r"], kind=["r"], area_km2=[1.0], geometry=[shapely.box(0.2, 0.2, 1.02, 0.8)])
    # a place in BBB 1.1 km east of the region
    places = _gdf(id=["p"], country=["BBB"], geometry=[shapely.Point(1.03, 0.5)])
    assert assign_places(places, regions, world=WORLD)["region_id"].isna().all()
    assert assign_places(places, regions, world=WORLD, countries={"r": {"AAA", "BBB"}})["region_id"].tolist() == ["r"]
    # a stated list for a region that is not there changes nothing
    assert assign_places(places, regions, world=WORLD, countries={"other": {"BBB"}})["region_id"].isna().all()


def test_the_tolerance_reaches_only_the_part_in_the_places_own_country():
    # a region drawn in BBB just east of the border, stated to lie in both countries
    regions = _gdf(id=["r"], kind=["r"], area_km2=[1.0], geometry=[shapely.box(1.01, 0.2, 1.5, 0.8)])
    places = _gdf(id=["in_bbb", "in_aaa"], country=["BBB", "AAA"],
                  geometry=[shapely.Point(1.005, 0.5), shapely.Point(0.995, 0.5)])  # 0.56 km and 1.67 km west of it
    out = assign_places(places, regions, world=WORLD, countries={"r": {"AAA", "BBB"}})
    # the place in AAA is within 2 km of the region, but the region has no part in AAA to be near
    assert [v if isinstance(v, str) else None for v in out["region_id"]] == ["r", None]


def test_official_codes_decide_both_ways():
    regions = _gdf(id=["r", "s"], kind=["r", "r"], area_km2=[1.0, 2.0],
                   geometry=[shapely.box(0.2, 0.2, 0.4, 0.4), shapely.box(0.6, 0.6, 0.8, 0.8)])
    places = _gdf(id=["in_r_by_polygon", "in_s_by_polygon", "no_code"],
                  geometry=[shapely.Point(0.3, 0.3), shapely.Point(0.7, 0.7), shapely.Point(0.7, 0.7)])
    units = pd.Series(["0102", "0301", None], index=places.index)
    out = assign_places(places, regions, world=WORLD, place_units=units, region_units={"r": ["03"], "s": ["01"]})
    # the codes swap them; a place without a code keeps the polygon
    assert [v if isinstance(v, str) else None for v in out["region_id"]] == ["s", "r", "s"]
    # a region without units is judged by its polygon even for a place with a code
    out = assign_places(places, regions, world=WORLD, place_units=units, region_units={"r": ["03"]})
    assert [v if isinstance(v, str) else None for v in out["in_regions"]] == [None, "r; s", "s"]


# --- added for the survivors of the full mutation run ---------------------------------------------

def test_places_within_zero_metres_are_the_places_inside_the_polygon():
    # inside a polygon the distance is exactly 0, so a limit of 0 m keeps them: the limit is inclusive
    places = _gdf(id=["in", "edge_out"], geometry=[shapely.Point(0.5, 0.5), shapely.Point(1.001, 0.5)])
    hits = places_within(places, shapely.box(0, 0, 1, 1), 0.0)
    assert list(hits["id"]) == ["in"] and list(hits["distance_km"]) == [0.0]


def test_nearest_of_an_absent_kind_keeps_the_places_index():
    places = _gdf(id=["a", "b"], kind=["town", "town"],
                  geometry=[shapely.Point(0, 0), shapely.Point(1, 0)]).set_index(pd.Index([10, 20]))
    out = nearest_of_kind(places, "military_base")
    assert out.index.tolist() == [10, 20]


# --- land_border on Natural Earth ------------------------------------------------------------------
# Border lengths: CIA World Factbook, "Land boundaries" (Peru: Chile 168 km; Dominican Republic:
# Haiti 376 km; Korea, South: Korea, North 237 km). Natural Earth 1:10m generalises a border (it
# cuts the bends of rivers and ridges), so its line is shorter than the surveyed one, never longer.

def test_a_country_has_no_border_with_itself_says_so_exactly():
    with pytest.raises(ValueError, match=r"^a country has no border with itself \(PER\)$"):
        land_border("PER", "PER")


def test_the_border_with_one_neighbour_leaves_the_other_neighbours_out():
    # Aguas Verdes (Tumbes, 3°29' S 80°15' W) is on the Zarumilla river, the border with Ecuador
    lon, lat = -80.25, -3.483
    assert distance_to_geometry_m(lon, lat, land_border("PER"), spacing_m=500)[0] < 5_000
    assert distance_to_geometry_m(lon, lat, land_border("PER", "ECU"), spacing_m=500)[0] < 5_000
    assert distance_to_geometry_m(lon, lat, land_border("PER", "BOL"), spacing_m=500)[0] > 1_000_000


def _border_km(iso_a3, neighbour=None):
    from geo.measure import geodesic_length_m

    return float(geodesic_length_m([land_border(iso_a3, neighbour)])[0]) / 1000


@pytest.mark.parametrize("iso_a3, neighbour, factbook_km", [
    ("DOM", None, 376),  # Haiti lies only to the west of the Dominican Republic
    ("HTI", None, 376),  # and the Dominican Republic only to the east of Haiti
    ("PRK", "KOR", 237),  # South Korea lies only to the south of North Korea
    ("KOR", None, 237),  # and North Korea only to the north of South Korea
])
def test_a_neighbour_on_one_side_only_is_found(iso_a3, neighbour, factbook_km):
    # the prefilter widens each part's box on all four sides: a neighbour on any one side counts
    km = _border_km(iso_a3, neighbour)
    assert 0.6 * factbook_km < km <= factbook_km


def test_a_straight_border_has_its_surveyed_length_and_is_the_same_line_from_both_sides():
    # the Peru-Chile border runs nearly straight across the desert from the coast to the tripoint
    assert _border_km("PER", "CHL") == pytest.approx(168, rel=0.03)
    assert _border_km("CHL", "PER") == pytest.approx(_border_km("PER", "CHL"), rel=0.01)


def test_a_bank_facing_the_neighbour_across_less_than_2_km_of_water_is_border():
    # the Han river estuary between the two Koreas (the neutral zone of the 1953 armistice): a point
    # of South Korea's outline on its southern bank, 1.6 km from North Korea across the water
    from geo.countries import country_polygon

    lon, lat = 126.57261117, 37.76324176
    assert distance_to_geometry_m(lon, lat, country_polygon("KOR"))[0] == 0.0
    assert distance_to_geometry_m(lon, lat, country_polygon("PRK"), spacing_m=100)[0] < 2_000
    assert distance_to_geometry_m(lon, lat, land_border("KOR", "PRK"), spacing_m=20)[0] < 15


def test_countries_across_a_strait_wider_than_2_km_have_an_empty_border():
    # the Øresund is 4 km wide between Helsingør and Helsingborg: Denmark and Sweden do not meet
    border = land_border("DNK", "SWE")
    assert border.is_empty and shapely.get_type_id(border) == 5  # an empty MultiLineString


# --- distances: outlines of polygons with holes, empty geometries ----------------------------------

def test_the_outline_of_a_polygon_is_its_rings_and_not_a_chord_between_them():
    # the hole's ring starts at its north-east corner (3, 5) and the outer ring at (0, -6): the chord
    # from one to the other crosses the hole, but is not part of the outline. From the hole's centre
    # (2, 0) the nearest edge is a meridian 1° away, one degree of the equator.
    outer = [(0, -6), (4, -6), (4, 6), (0, 6)]
    hole = [(3, 5), (1, 5), (1, -5), (3, -5)]
    polygon = shapely.Polygon(outer, [hole])
    multi = shapely.MultiPolygon([polygon, shapely.box(10, -1, 11, 1)])
    for geometry in (polygon, multi):
        d = distance_to_geometry_m([2.0, 0.5], [0.0, 0.0], geometry)
        assert d[0] == pytest.approx(EQUATOR_DEG_M, abs=1.0) and d[1] == 0.0


@pytest.mark.parametrize("empty", [shapely.LineString(), shapely.Polygon(), shapely.MultiLineString(), shapely.Point()])
def test_no_point_is_near_an_empty_geometry(empty):
    d = distance_to_geometry_m([0.0, 1.0], [0.0, 0.0], empty)
    assert d.shape == (2,) and np.isinf(d).all()
    places = _gdf(id=["a"], geometry=[shapely.Point(0, 0)])
    assert places_within(places, empty, 10_000).empty


def test_the_nearest_points_are_found_in_a_projection_centred_between_the_geometries():
    # A meridian is a geodesic, so points along it are exactly on the line: the distance from
    # (0°, 60° N) to the meridian 10° E between 50° and 70° N is the smallest GeographicLib geodesic
    # (pyproj.Geod) to its points, 555,871.27 m, reached a little north of 60° N. Centred on either
    # geometry alone, the projection bends the other one and the answer is kilometres off.
    from pyproj import Geod

    lat = np.linspace(50, 70, 200_001)
    reference = Geod(ellps="WGS84").inv(np.zeros_like(lat), np.full_like(lat, 60), np.full_like(lat, 10), lat)[2].min()
    point, meridian = shapely.Point(0, 60), shapely.LineString([(10, 50), (10, 70)])
    assert distance_between_geometries_m(point, meridian) == pytest.approx(reference, abs=1.0)
    assert distance_between_geometries_m(meridian, point) == pytest.approx(reference, abs=1.0)


def test_the_text_names_areas_by_id_by_default():
    line = _gdf(id=["l"], geometry=[_equator(0, 2)])
    areas = _gdf(id=["a", "b"], geometry=[shapely.box(0, -1, 1, 1), shapely.box(1, -1, 3, 1)])
    assert length_by_area_text(line, areas) == ["a 111.3 km (50.0 %); b 111.3 km (50.0 %)"]


def test_a_line_under_a_kilometre_at_sea_is_all_sea():
    # 0.8 km along the equator, in no area
    end = 800 / EQUATOR_DEG_M
    line = _gdf(id=["l"], geometry=[_equator(10, 10 + end)])
    areas = _gdf(iso_a3=["AAA"], geometry=[shapely.box(0, -1, 1, 1)])
    assert length_by_area_text(line, areas, key="iso_a3", outside="sea") == ["sea 0.8 km (100.0 %)"]


def test_nearest_of_a_kind_keeps_the_places_index():
    places = _gdf(id=["p", "t"], kind=["town", "base"],
                  geometry=[shapely.Point(0, 0), shapely.Point(0, 1)]).set_index(pd.Index([10, 20]))
    out = nearest_of_kind(places, "base")
    assert out.index.tolist() == [10, 20] and out.loc[10, "nearest_base_id"] == "t"


def test_a_share_exactly_at_min_share_is_kept():
    # two halves of a line along the equator: each holds exactly 50 % (a degree of the equator is
    # the same length everywhere)
    line = _gdf(id=["l"], geometry=[_equator(0, 2)])
    areas = _gdf(id=["a", "b"], geometry=[shapely.box(0, -1, 1, 1), shapely.box(1, -1, 2, 1)])
    assert list(length_by_area(line, areas, min_share=0.5)["area"]) == ["a", "b"]


def test_a_line_straying_half_a_kilometre_over_the_border_and_back_does_not_cross_it():
    # a river along the AAA|BBB border at 1° E drawn 500 m inside BBB for 0.3° (33 km, far more than
    # CROSSING_MERGE_M): its only two crossings, there and back, are left out (ALONG_BORDER_M is 1 km)
    d = 500 / EQUATOR_DEG_M
    line = _gdf(id=["r"], geometry=[shapely.LineString([(0.5, 0), (1 + d, 0), (1 + d, 0.3), (0.5, 0.3)])])
    assert len(border_crossings(line, TWO)) == 0


def test_crossings_after_a_merged_pair_are_still_found():
    # AAA | BBB 2 km wide | CCC | DDD: AAA -> BBB -> CCC within 2 km folds into AAA -> CCC, and the
    # crossing into DDD a degree later is still there
    w = 2000 / EQUATOR_DEG_M
    world = _gdf(iso_a3=["AAA", "BBB", "CCC", "DDD"],
                 geometry=[shapely.box(0, -1, 1, 1), shapely.box(1, -1, 1 + w, 1), shapely.box(1 + w, -1, 2, 1),
                           shapely.box(2, -1, 3, 1)])
    x = border_crossings(_gdf(id=["l"], geometry=[_equator(0.5, 2.5)]), world)
    assert list(zip(x["from_country"], x["to_country"])) == [("AAA", "CCC"), ("CCC", "DDD")]
    assert x["km_from_start"].to_numpy() == pytest.approx([round(EQUATOR_DEG_M / 2000, 1),
                                                          round(1.5 * EQUATOR_DEG_M / 1000, 1)])


def test_a_places_own_country_is_taken_before_the_polygon_holding_it():
    # a town stated to be in BBB, 560 m west of the AAA|BBB line in the generalised polygons (a border
    # river town): it is in a BBB region 670 m east of it, by tolerance
    regions = _gdf(id=["r"], kind=["r"], area_km2=[1.0], geometry=[shapely.box(1.001, 0.2, 1.5, 0.8)])
    places = _gdf(id=["p"], country=["BBB"], geometry=[shapely.Point(0.995, 0.5)])
    out = assign_places(places, regions, world=WORLD, countries={"r": {"BBB"}})
    assert out["region_id"].tolist() == ["r"]


def test_a_place_with_its_country_missing_takes_the_polygon_holding_it():
    regions = _gdf(id=["r"], kind=["r"], area_km2=[1.0], geometry=[shapely.box(0.2, 0.2, 0.8, 0.8)])
    places = _gdf(id=["given", "missing"], country=["AAA", None],
                  geometry=[shapely.Point(0.5, 0.5), shapely.Point(0.5, 0.6)])
    out = assign_places(places, regions, world=WORLD)
    assert out["region_id"].tolist() == ["r", "r"]


def test_a_place_in_the_notch_of_an_l_shaped_region_is_not_in_it():
    # inside the region's bounding box, 44 km from the region itself
    l_shape = shapely.union(shapely.box(0.1, 0.1, 0.9, 0.3), shapely.box(0.1, 0.1, 0.3, 0.9))
    regions = _gdf(id=["r"], kind=["r"], area_km2=[1.0], geometry=[l_shape])
    places = _gdf(id=["notch", "arm"], geometry=[shapely.Point(0.7, 0.7), shapely.Point(0.2, 0.8)])
    out = assign_places(places, regions, world=WORLD)
    assert [v if isinstance(v, str) else None for v in out["region_id"]] == [None, "r"]


def test_official_codes_are_matched_to_places_by_index_not_by_order():
    regions = _gdf(id=["r", "s"], kind=["r", "r"], area_km2=[1.0, 2.0],
                   geometry=[shapely.box(0.2, 0.2, 0.4, 0.4), shapely.box(0.6, 0.6, 0.8, 0.8)])
    places = _gdf(id=["p", "q"], geometry=[shapely.Point(0.3, 0.3), shapely.Point(0.7, 0.7)])
    places = places.set_index(pd.Index([5, 9]))
    units = pd.Series(["0301", "0102"], index=[9, 5])  # q's code first
    out = assign_places(places, regions, world=WORLD, place_units=units, region_units={"r": ["01"], "s": ["03"]})
    assert out.loc[5, "region_id"] == "r" and out.loc[9, "region_id"] == "s"


def test_with_min_share_0_a_country_counts_if_it_meets_the_region_not_if_its_box_does():
    l_country = shapely.union(shapely.box(0, 0, 2, 0.5), shapely.box(0, 0, 0.5, 2))
    world = _gdf(iso_a3=["LLL"], geometry=[l_country])
    regions = _gdf(id=["notch", "arm"], geometry=[shapely.box(1, 1, 1.5, 1.5), shapely.box(0.25, 1, 0.75, 1.5)])
    assert region_countries(regions, world, min_share=0.0) == {"notch": set(), "arm": {"LLL"}}


def test_a_place_at_sea_beside_a_country_region_does_not_stop_the_places_after_it():
    regions = _gdf(id=["r"], kind=["r"], area_km2=[1.0], geometry=[shapely.box(0.2, -0.5, 0.8, 0.5)])
    # the first place is at sea 560 m south of the region, the second inside it on land
    places = _gdf(id=["sea", "land"], geometry=[shapely.Point(0.5, -0.505), shapely.Point(0.5, 0.3)])
    out = assign_places(places, regions, world=WORLD, countries={"r": {"AAA"}})
    assert [v if isinstance(v, str) else None for v in out["region_id"]] == [None, "r"]


def test_a_line_under_a_metre_has_its_share_and_a_line_of_no_length_has_no_row():
    areas = _gdf(id=["a"], geometry=[shapely.box(0, -1, 1, 1)])
    half_metre = 0.5 / EQUATOR_DEG_M
    lines = _gdf(id=["short", "point"], geometry=[_equator(0.5, 0.5 + half_metre), _equator(0.5, 0.5)])
    table = length_by_area(lines, areas)
    assert list(table["line_id"]) == ["short"] and table["share_pct"].tolist() == pytest.approx([100.0])
    assert table["length_km"].tolist() == pytest.approx([0.0005], abs=1e-9)


def test_the_distance_to_a_crossing_is_counted_from_the_start_of_the_line():
    # the line starts 55,649.4 m west of the AAA|BBB border along the equator: 55.6 km, where one
    # more metre would round to 55.7 km
    start = 1 - 55_649.4 / EQUATOR_DEG_M
    x = border_crossings(_gdf(id=["l"], geometry=[_equator(start, 1.5)]), TWO)
    assert x["km_from_start"].tolist() == [55.6]


def test_every_stretch_along_the_border_is_left_out_not_only_the_first():
    # the river strays 500 m into BBB twice, each time for 0.3° (33 km): four crossings, none real
    d = 500 / EQUATOR_DEG_M
    zigzag = [(0.5, 0), (1 + d, 0), (1 + d, 0.3), (0.5, 0.3), (0.5, 0.6), (1 + d, 0.6), (1 + d, 0.9), (0.5, 0.9)]
    assert len(border_crossings(_gdf(id=["r"], geometry=[shapely.LineString(zigzag)]), TWO)) == 0


def test_a_region_of_a_square_metre_and_a_half_inside_a_country_is_wholly_in_it():
    # about 1.2 m a side (1.45 m², 11 millionths of a degree): its share in AAA is exactly 1
    side = 1.2 / EQUATOR_DEG_M
    regions = _gdf(id=["tiny"], geometry=[shapely.box(0.5, 0.5, 0.5 + side, 0.5 + side)])
    assert region_countries(regions, WORLD, min_share=1.0) == {"tiny": {"AAA"}}


# --- limits met exactly --------------------------------------------------------------------------
# A float geodesic never lands exactly on 500 m, 1 km or 2 km (a search over about 15,000 end points
# along the equator and a meridian jumped over each). These tests reach the limits through stand-ins
# for the geodesy that round the real answers, so that "at least" and "more than" can be told apart.

def _rounded(monkeypatch, name, step_m):
    """Replace ``geo.overlay.<name>`` (a function returning metres) by the same rounded to ``step_m``."""
    import geo.overlay as overlay
    real = getattr(overlay, name)
    monkeypatch.setattr(overlay, name, lambda *args, **kwargs: np.round(real(*args, **kwargs) / step_m) * step_m)


def test_a_piece_of_exactly_min_piece_km_is_listed(monkeypatch):
    # lengths rounded to 500 m: AAA 111,319.5 m -> 111.5 km, the 500 m sliver "SLV" -> 0.5 km exactly
    # (MIN_PIECE_KM), the line of 222,639.0 m -> 222.5 km
    _rounded(monkeypatch, "geodesic_length_m", 500.0)
    line = _gdf(id=["l"], geometry=[_equator(0, 2)])
    areas = _gdf(iso_a3=["AAA", "SLV"], geometry=[shapely.box(0, -1, 1, 1), shapely.box(1, -1, 1 + 500 / EQUATOR_DEG_M, 1)])
    assert length_by_area_text(line, areas, key="iso_a3") == ["AAA 111.5 km (50.1 %); SLV 0.5 km (0.2 %)"]


def test_a_rest_at_sea_of_exactly_min_piece_km_is_listed(monkeypatch):
    # lengths rounded to 500 m: the line of 111,819.5 m -> 112.0 km, inside AAA 111.5 km: 0.5 km at sea
    _rounded(monkeypatch, "geodesic_length_m", 500.0)
    line = _gdf(id=["l"], geometry=[_equator(0, 1 + 500 / EQUATOR_DEG_M)])
    areas = _gdf(iso_a3=["AAA"], geometry=[shapely.box(0, -1, 1, 1)])
    assert length_by_area_text(line, areas, key="iso_a3", outside="sea") == ["AAA 111.5 km (99.6 %); sea 0.5 km (0.4 %)"]


@pytest.mark.parametrize("gap_m, crossings", [(2000, [("AAA", "BBB", 56.7)]), (2001, [])])
def test_countries_exactly_border_snap_m_apart_still_meet(monkeypatch, gap_m, crossings):
    # AAA and BBB a gap apart along the equator, the line from 0.5° E: the gap measured to the metre
    # (BORDER_SNAP_M is 2 km); the crossing is halfway across, 55,659.7 + 1,000 m from the start
    import geo.overlay as overlay
    geod = overlay.GEOD

    class MetreGeod:
        def inv(self, *args):
            az12, az21, dist = geod.inv(*args)
            return az12, az21, np.round(dist)

    w = gap_m / EQUATOR_DEG_M
    world = _gdf(iso_a3=["AAA", "BBB"], geometry=[shapely.box(0, -1, 1, 1), shapely.box(1 + w, -1, 2, 1)])
    line = _gdf(id=["l"], geometry=[_equator(0.5, 1.5)])
    monkeypatch.setattr(overlay, "GEOD", MetreGeod())
    x = border_crossings(line, world)
    assert list(zip(x["from_country"], x["to_country"], x["km_from_start"])) == crossings


@pytest.mark.parametrize("stray_m, count", [(1000, 0), (1100, 2)])
def test_a_stretch_exactly_along_border_m_from_the_border_is_along_it(monkeypatch, stray_m, count):
    # the river strays into BBB for 0.3° (33 km): measured with the outline densified every 250 m its
    # distance to AAA is up to 8 m more than the stray; rounded to 100 m it is the stray exactly, and a
    # stretch exactly ALONG_BORDER_M (1 km) from AAA does not cross the border there and back
    _rounded(monkeypatch, "distance_to_geometry_m", 100.0)
    d = stray_m / EQUATOR_DEG_M
    line = _gdf(id=["r"], geometry=[shapely.LineString([(0.5, 0), (1 + d, 0), (1 + d, 0.3), (0.5, 0.3)])])
    assert len(border_crossings(line, TWO)) == count


def test_a_pair_whose_stretch_is_far_from_the_first_country_does_not_end_the_look_at_the_next_pairs():
    # two trips AAA -> BBB -> AAA: the first stretch 55 km inside BBB (nothing of AAA within 2 km of
    # it), the second 500 m from AAA along the border: only the second pair is left out. (The spans
    # are given as border_crossings finds them, without the stretches' ends on the border, which a
    # real line in these two countries would have.)
    from geo.overlay import _drop_along_border

    d = 500 / EQUATOR_DEG_M
    far = [(1.5, 0), (1.5, 0.3)]
    inland = [(0.5, 0.3), (0.5, 0.5)]  # in AAA, 55 km from BBB
    near = [(1 + d, 0.5), (1 + d, 0.8)]
    line = shapely.LineString(far + inland + near + [(0.5, 0.8)])

    def span(iso, coords):
        s, e = (shapely.line_locate_point(line, shapely.Point(c), normalized=True) for c in (coords[0], coords[-1]))
        return (s, e, iso, None, None, shapely.LineString(coords))

    spans = [span("AAA", inland), span("BBB", far), span("AAA", inland), span("BBB", near), span("AAA", inland)]
    crossings = [[1, "AAA", "BBB", 1.0, 0, 0], [2, "BBB", "AAA", 2.0, 0, 0],
                 [3, "AAA", "BBB", 3.0, 0, 0], [4, "BBB", "AAA", 4.0, 0, 0]]
    polys = dict(zip(TWO["iso_a3"], TWO.geometry.values))
    assert [c[0] for c in _drop_along_border(crossings, spans, polys, line)] == [1, 2]


@pytest.mark.parametrize("east_m, tolerance_m, inside", [
    (1_900, 2_000, True), (2_100, 2_000, False),  # at 85° N a degree of longitude is 9.7 km
    (15_000, 20_000, True), (15_000, 14_000, False),
])
def test_the_tolerance_reaches_as_far_as_it_says_at_any_latitude_and_length(east_m, tolerance_m, inside):
    # a place at sea at 85° N and a region at sea whose western edge lies east_m metres due east of it
    # (pyproj's forward geodesic): the place is in the region exactly when that is within tolerance_m
    from geo.measure import GEOD
    edge_lon = GEOD.fwd(0.0, 85.0, 90.0, east_m)[0]
    regions = _gdf(id=["sea"], kind=["r"], area_km2=[1.0], geometry=[shapely.box(edge_lon, 84.5, edge_lon + 2, 85.5)])
    places = _gdf(id=["boat"], geometry=[shapely.Point(0.0, 85.0)])
    out = assign_places(places, regions, world=WORLD, tolerance_m=tolerance_m)
    assert out["region_id"].tolist() == (["sea"] if inside else [None])


@pytest.mark.parametrize("west_m, inside", [(2_000, True), (2_001, False)])
def test_a_place_exactly_the_tolerance_from_a_region_is_in_it(monkeypatch, west_m, inside):
    # a place at sea on the equator (a geodesic) west_m metres west of a region at sea, its distance
    # measured to the metre (a float geodesic never lands on 2 km exactly): PLACE_TOLERANCE_M (2 km)
    # is inclusive
    _rounded(monkeypatch, "distance_between_geometries_m", 1.0)
    # (a small region: distance_between_geometries_m takes its edge as straight in a projection
    # centred between the two, within about 1 cm here)
    regions = _gdf(id=["sea"], kind=["r"], area_km2=[1.0], geometry=[shapely.box(3, -0.01, 3.02, 0.01)])
    boat = shapely.Point(3 - west_m / EQUATOR_DEG_M, 0)
    out = assign_places(_gdf(id=["boat"], geometry=[boat]), regions, world=WORLD)
    assert out["region_id"].tolist() == (["sea"] if inside else [None])


def test_border_crossings_default_to_the_shipped_natural_earth_countries():
    # a line from Peru to Bolivia past Desaguadero (-69.039, -16.564), the border town on the
    # Desaguadero river: one crossing, Peru to Bolivia, within 2 km of the town
    line = _gdf(id=["d"], geometry=[shapely.LineString([(-69.3, -16.6), (-68.8, -16.55)])])
    x = border_crossings(line)
    assert list(zip(x["from_country"], x["to_country"])) == [("PER", "BOL")]
    assert distance_to_geometry_m(x.geometry.x, x.geometry.y, shapely.Point(-69.03937, -16.56433))[0] < 2_000


def test_the_length_table_has_its_columns_a_fresh_index_and_float_figures():
    # areas listed in the opposite order to the one the line enters them
    line = _gdf(id=["l"], geometry=[_equator(0, 2)])
    areas = _gdf(id=["b", "a"], geometry=[shapely.box(1, -1, 2, 1), shapely.box(0, -1, 1, 1)])
    table = length_by_area(line, areas)
    assert list(table.columns) == ["line_id", "area", "length_km", "share_pct", "order"]
    assert list(table.index) == [0, 1] and list(table["area"]) == ["a", "b"]
    assert table["length_km"].dtype == np.float64 and table["share_pct"].dtype == np.float64
    assert table["share_pct"].tolist() == pytest.approx([50.0, 50.0])


def test_a_stretch_along_the_border_in_two_pieces_is_left_out_as_a_whole():
    # BBB is two polygons that meet at 0.15° N; the river strays 500 m into BBB for 0.3° across both:
    # one stretch in two pieces, within ALONG_BORDER_M of AAA all along, so no crossing
    world = _gdf(iso_a3=["AAA", "BBB", "BBB"],
                 geometry=[shapely.box(0, -1, 1, 1), shapely.box(1, -1, 2, 0.15), shapely.box(1, 0.15, 2, 1)])
    d = 500 / EQUATOR_DEG_M
    line = _gdf(id=["r"], geometry=[shapely.LineString([(0.5, 0), (1 + d, 0), (1 + d, 0.3), (0.5, 0.3)])])
    assert len(border_crossings(line, world)) == 0


def test_a_stretch_that_goes_far_out_to_sea_between_its_pieces_crosses_there_and_back():
    # the line enters BBB and runs 500 m from AAA, leaves BBB for the sea 55 km south, comes back
    # into BBB 1 km from AAA and returns to AAA: its two pieces in BBB are near AAA, the line between
    # them is not
    world = _gdf(iso_a3=["AAA", "BBB"], geometry=[shapely.box(0, -1, 1, 1), shapely.box(1, -1, 2, 1)])
    d = 500 / EQUATOR_DEG_M
    path = [(0.5, -0.5), (1 + d, -0.5), (1 + d, -1.5), (1 + 2 * d, -1.5), (1 + 2 * d, 0.5), (0.5, 0.5)]
    x = border_crossings(_gdf(id=["l"], geometry=[shapely.LineString(path)]), world)
    assert list(zip(x["from_country"], x["to_country"])) == [("AAA", "BBB"), ("BBB", "AAA")]


THREE = _gdf(iso_a3=["AAA", "BBB", "CCC"], geometry=[shapely.box(0, -1, 1, 1), shapely.box(1, -1, 2, 1), shapely.box(2, -1, 3, 1)])


def test_crossings_come_in_the_order_of_the_line_not_of_the_country_codes():
    # westward along the equator from 2.5° E: CCC -> BBB at 0.5° (55.7 km), BBB -> AAA at 1.5°
    x = border_crossings(_gdf(id=["w"], geometry=[_equator(2.5, 0.5)]), THREE)
    assert list(zip(x["from_country"], x["to_country"], x["km_from_start"])) == [
        ("CCC", "BBB", round(EQUATOR_DEG_M / 2000, 1)), ("BBB", "AAA", round(1.5 * EQUATOR_DEG_M / 1000, 1))]


def test_a_folded_crossing_is_at_the_first_crossing_point():
    # AAA | BBB 2 km wide | CCC: AAA -> BBB -> CCC folds into AAA -> CCC, drawn where the line left AAA
    w = 2000 / EQUATOR_DEG_M
    world = _gdf(iso_a3=["AAA", "BBB", "CCC"], geometry=[shapely.box(0, -1, 1, 1), shapely.box(1, -1, 1 + w, 1), shapely.box(1 + w, -1, 2, 1)])
    x = border_crossings(_gdf(id=["l"], geometry=[_equator(0.5, 1.5)]), world)
    assert list(zip(x["from_country"], x["to_country"])) == [("AAA", "CCC")]
    assert (x.geometry.x[0], x.geometry.y[0]) == pytest.approx((1.0, 0.0), abs=1e-12)


@pytest.mark.parametrize("width_m, crossings", [
    (4_999, [("AAA", "CCC")]), (5_000, [("AAA", "BBB"), ("BBB", "CCC")]),
])
def test_crossings_exactly_crossing_merge_m_apart_are_kept_apart(monkeypatch, width_m, crossings):
    # BBB width_m wide along the equator, lengths measured to the metre (a float geodesic never lands
    # on 5 km exactly): crossings less than CROSSING_MERGE_M (5 km) apart fold, 5 km apart do not
    _rounded(monkeypatch, "geodesic_length_m", 1.0)
    w = width_m / EQUATOR_DEG_M
    world = _gdf(iso_a3=["AAA", "BBB", "CCC"], geometry=[shapely.box(0, -1, 1, 1), shapely.box(1, -1, 1 + w, 1), shapely.box(1 + w, -1, 2, 1)])
    x = border_crossings(_gdf(id=["l"], geometry=[_equator(0.5, 1.5)]), world)
    assert list(zip(x["from_country"], x["to_country"])) == crossings


@pytest.mark.parametrize("lat, east_m, tolerance_m", [
    (0.0, 250_000, 300_000),  # a tolerance of hundreds of kilometres
    (85.0, 380_000, 400_000),  # at 85° N the geodesic goes 34° of longitude east
    (89.5, 1_500, 2_000),  # within a degree of the pole (1.5° of longitude east)
])
def test_a_region_within_a_long_tolerance_or_near_the_pole_takes_the_place(lat, east_m, tolerance_m):
    # a place at sea (at 10° E, clear of WORLD's countries) and a small region at sea around the end
    # of the geodesic that leaves it due east for east_m metres (pyproj's forward geodesic): the
    # region is at most east_m away
    from geo.measure import GEOD
    lon2, lat2, _ = GEOD.fwd(10.0, lat, 90.0, east_m)
    region = shapely.box(lon2, lat2 - 0.05, lon2 + 1, min(lat2 + 0.05, 90.0))
    regions = _gdf(id=["sea"], kind=["r"], area_km2=[1.0], geometry=[region])
    out = assign_places(_gdf(id=["boat"], geometry=[shapely.Point(10.0, lat)]), regions, world=WORLD, tolerance_m=tolerance_m)
    assert out["region_id"].tolist() == ["sea"]


def test_a_stretch_along_the_border_ends_where_its_last_piece_in_the_neighbour_ends():
    # ZZZ | AAA | BBB: the river strays 500 m into BBB and back (left out), then runs west through AAA
    # 55 km into ZZZ; the stretch judged is the piece in BBB, not the line up to its end in ZZZ
    world = _gdf(iso_a3=["ZZZ", "AAA", "BBB"],
                 geometry=[shapely.box(-1, -1, 0, 1), shapely.box(0, -1, 1, 1), shapely.box(1, -1, 2, 1)])
    d = 500 / EQUATOR_DEG_M
    line = _gdf(id=["r"], geometry=[shapely.LineString([(0.5, 0), (1 + d, 0), (1 + d, 0.3), (0.5, 0.3), (-0.5, 0.3)])])
    x = border_crossings(line, world)
    assert list(zip(x["from_country"], x["to_country"])) == [("AAA", "ZZZ")]


def test_a_crossing_in_the_third_part_counts_the_first_two_along_the_line():
    # three parts along the equator inside AAA, 0.2° and 0.3° long, then one crossing into BBB at
    # 1°: 0.2° + 0.3° + 0.5° from the start
    line = _gdf(id=["l"], geometry=[shapely.MultiLineString([[(0.1, 0), (0.3, 0)], [(0.2, 0), (0.5, 0)], [(0.5, 0), (1.5, 0)]])])
    x = border_crossings(line, TWO)
    assert x["km_from_start"].tolist() == [round(EQUATOR_DEG_M / 1000, 1)]


@pytest.mark.parametrize("world, before", [
    # AAA in two polygons with 0.1° (11 km) of sea between them, BBB beside the second
    (_gdf(iso_a3=["AAA", "BBB"], geometry=[shapely.MultiPolygon([shapely.box(0, -1, 1, 1), shapely.box(1.1, -1, 2, 1)]),
                                          shapely.box(2, -1, 3, 1)]), "AAA"),
    # AAA, 11 km of sea, BBB, and CCC beside BBB: leaving AAA by sea is no crossing
    (_gdf(iso_a3=["AAA", "BBB", "CCC"], geometry=[shapely.box(0, -1, 1, 1), shapely.box(1.1, -1, 2, 1), shapely.box(2, -1, 3, 1)]),
     "BBB"),
])
def test_a_line_leaving_a_country_by_sea_still_crosses_the_next_border(world, before):
    # the one land border the line crosses is at 2° E, 1.5° from its start
    x = border_crossings(_gdf(id=["l"], geometry=[_equator(0.5, 2.5)]), world)
    after = "BBB" if before == "AAA" else "CCC"
    assert list(zip(x["from_country"], x["to_country"], x["km_from_start"])) == [(before, after, round(1.5 * EQUATOR_DEG_M / 1000, 1))]


def test_a_stretch_through_a_narrow_country_into_a_third_crosses_both_borders():
    # AAA | BBB 800 m wide | CCC: the river runs 500 m inside BBB along AAA for 0.3° (33 km), then
    # east into CCC: AAA -> BBB and BBB -> CCC are two real crossings, not a stretch there and back
    w, d = 800 / EQUATOR_DEG_M, 500 / EQUATOR_DEG_M
    world = _gdf(iso_a3=["AAA", "BBB", "CCC"],
                 geometry=[shapely.box(0, -1, 1, 1), shapely.box(1, -1, 1 + w, 1), shapely.box(1 + w, -1, 2, 1)])
    line = _gdf(id=["r"], geometry=[shapely.LineString([(0.5, 0), (1 + d, 0), (1 + d, 0.3), (1.5, 0.3)])])
    x = border_crossings(line, world)
    assert list(zip(x["from_country"], x["to_country"])) == [("AAA", "BBB"), ("BBB", "CCC")]
