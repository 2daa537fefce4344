"""Edges of geo.measure that mutation testing found untested (tests/README.md, "Mutation testing").

Each test names the behaviour it pins; the expected values come from independent references
(tests/references.py: Vincenty's inverse, the EPSG:6933 equal-area projection) or from the documented
contract of the function (a single geometry, empty input, the vertices of a buffer).
"""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely

import geo

from references import equal_area_km2, vincenty_inverse

BOX = shapely.box(0, 0, 1, 1)


def test_distance_of_scalars_is_a_float_and_of_arrays_an_array():
    d = geo.distance_m(-73.82903, -12.51957, -77.15, -12.05)
    assert type(d) is float
    lons = np.array([-77.15, -70.0, 10.0])
    lats = np.array([-12.05, -10.0, 50.0])
    many = geo.distance_m(-73.82903, -12.51957, lons, lats)  # broadcast: one origin, three ends
    assert isinstance(many, np.ndarray) and many.shape == (3,)
    expected = [vincenty_inverse(-73.82903, -12.51957, lon, lat) for lon, lat in zip(lons, lats)]
    assert many == pytest.approx(expected, abs=0.001)
    one = geo.distance_m([0.0], [0.0], [0.0], [1.0])  # a one-element array stays an array
    assert isinstance(one, np.ndarray) and one.shape == (1,)


def test_a_single_geometry_is_measured_like_a_list_of_one():
    line = shapely.LineString([(0, 0), (0, 1)])
    assert geo.geodesic_length_m(line).shape == (1,)
    assert geo.geodesic_length_m(line)[0] == pytest.approx(vincenty_inverse(0, 0, 0, 1), abs=0.001)
    assert geo.geodesic_area_m2(BOX).shape == (1,)
    assert geo.geodesic_perimeter_m(BOX) == pytest.approx(geo.geodesic_perimeter_m([BOX]))


def test_empty_input_and_lines_without_segments():
    assert geo.geodesic_length_m([]).shape == (0,)
    assert geo.geodesic_area_m2([]).shape == (0,)
    # no segment at all: a point, an empty line, a missing geometry
    assert geo.geodesic_length_m([shapely.Point(1, 2)]).tolist() == [0.0]
    assert geo.geodesic_length_m([shapely.Point(1, 2), None, shapely.LineString()]).tolist() == [0.0, 0.0, 0.0]


def test_area_skips_what_has_no_area_and_goes_on():
    line = shapely.LineString([(0, 0), (1, 1)])
    areas = geo.geodesic_area_m2([None, line, shapely.Point(0, 0), BOX, shapely.Polygon()]) / 1e6
    assert areas[:3].tolist() == [0.0, 0.0, 0.0] and areas[4] == 0.0
    assert areas[3] == pytest.approx(equal_area_km2([(list(BOX.exterior.coords), [])]), abs=0.01)


def test_a_collection_has_the_area_and_perimeter_of_its_polygons():
    collection = shapely.GeometryCollection([BOX, shapely.LineString([(0, 0), (3, 3)]), shapely.Point(5, 5)])
    assert geo.geodesic_area_m2([collection])[0] == pytest.approx(geo.geodesic_area_m2([BOX])[0], rel=1e-12)
    # the perimeter: the four geodesic edges of the box, the line not counted
    corners = [(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)]
    edges = sum(vincenty_inverse(*a, *b) for a, b in zip(corners, corners[1:]))
    assert geo.geodesic_perimeter_m([collection])[0] == pytest.approx(edges, abs=0.01)
    assert geo.geodesic_perimeter_m([shapely.GeometryCollection([shapely.LineString([(0, 0), (1, 1)])])])[0] == 0.0
    # a collection holding a multipolygon
    two = shapely.GeometryCollection([shapely.MultiPolygon([BOX, shapely.box(5, 5, 6, 6)])])
    assert geo.geodesic_perimeter_m([two])[0] == pytest.approx(
        geo.geodesic_perimeter_m([BOX, shapely.box(5, 5, 6, 6)]).sum(), rel=1e-12)


def test_a_polygon_ending_at_minus_180_keeps_its_edge():
    # the mirror of test_gis_types' polygon ending at +180: no other side, so the meridian edge is boundary
    cell = shapely.box(-180, 0, -179, 1)
    corners = [(-180, 0), (-179, 0), (-179, 1), (-180, 1), (-180, 0)]
    edges = sum(vincenty_inverse(*a, *b) for a, b in zip(corners, corners[1:]))
    assert geo.geodesic_perimeter_m([cell])[0] == pytest.approx(edges, abs=0.01)


def test_the_antimeridian_cut_is_judged_per_geometry():
    # measured together or one by one, the same: a split polygon loses its cut, a neighbour ending at
    # +180 without another side keeps its edge
    split = shapely.MultiPolygon([shapely.box(179, 0, 180, 1), shapely.box(-180, 0, -179, 1)])
    ending = shapely.box(179, 10, 180, 11)
    together = geo.geodesic_perimeter_m([split, ending])
    apart = [geo.geodesic_perimeter_m([split])[0], geo.geodesic_perimeter_m([ending])[0]]
    assert together == pytest.approx(apart, rel=1e-12)
    assert geo.geodesic_perimeter_m([ending, split]) == pytest.approx(apart[::-1], rel=1e-12)
    # a line first in the list changes nothing for the polygon after it
    line = shapely.LineString([(0, 0), (0, 1)])
    assert geo.geodesic_length_m([line, split]) == pytest.approx([vincenty_inverse(0, 0, 0, 1), apart[0]], abs=0.01)
    # the split box measures as the whole 2° box (its two halves' cut edges are not boundary)
    whole = [(179, 0), (181, 0), (181, 1), (179, 1), (179, 0)]
    edges = sum(vincenty_inverse(*a, *b) for a, b in zip(whole, whole[1:]))
    assert apart[0] == pytest.approx(edges, abs=0.01)


def test_a_line_along_the_antimeridian_in_a_collection_with_a_split_polygon_counts():
    split = shapely.MultiPolygon([shapely.box(179, 0, 180, 1), shapely.box(-180, 0, -179, 1)])
    meridian = shapely.LineString([(180, 20), (180, 21)])
    both = shapely.GeometryCollection([*split.geoms, meridian])
    expected = geo.geodesic_length_m([split])[0] + vincenty_inverse(180, 20, 180, 21)
    assert geo.geodesic_length_m([both])[0] == pytest.approx(expected, abs=0.01)


def test_a_buffer_has_16_segments_a_quarter_by_default():
    zone = geo.buffer_m(shapely.Point(-70, -12), 5_000)
    assert len(zone.exterior.coords) == 4 * 16 + 1
    assert len(geo.buffer_m(shapely.Point(-70, -12), 5_000, quad_segs=4).exterior.coords) == 4 * 4 + 1


def test_parts_far_apart_are_buffered_each_round_its_own_centre():
    # Anchorage and Miami: each part is a 10 km disc (area of a regular 64-gon of circumradius 10 km)
    parts = shapely.MultiPoint([(-149.9, 61.2), (-80.2, 25.8)])
    zone = geo.buffer_m(parts, 10_000)
    assert zone.geom_type == "MultiPolygon" and len(zone.geoms) == 2
    polygon_64 = 0.5 * 64 * 10.0 ** 2 * math.sin(2 * math.pi / 64)
    for part in zone.geoms:
        assert geo.geodesic_area_m2([part])[0] / 1e6 == pytest.approx(polygon_64, rel=0.005)


def test_hull_only_when_asked():
    two = shapely.MultiPoint([(-70.0, -12.0), (-69.5, -12.0)])  # about 54 km apart
    midpoint = shapely.Point(-69.75, -12.0)
    assert not geo.buffer_m(two, 5_000).contains(midpoint)  # two discs
    hull = geo.buffer_m(two, 5_000, hull=True)
    assert hull.geom_type == "Polygon" and hull.contains(midpoint)
    # a line's buffer follows the line, not its hull
    bend = shapely.LineString([(-70.0, -12.0), (-69.5, -12.0), (-69.5, -11.5)])
    assert not geo.buffer_m(bend, 2_000).contains(shapely.Point(-69.7, -11.8))
    assert geo.buffer_m(bend, 2_000, hull=True).contains(shapely.Point(-69.7, -11.8))


def test_an_invalid_polygon_is_made_valid_before_the_buffer():
    bow_tie = shapely.Polygon([(30, 10), (32, 12), (32, 10), (30, 12), (30, 10)])
    assert not bow_tie.is_valid
    zone = geo.buffer_m(bow_tie, 1_000)
    assert zone.is_valid
    # both lobes grown by 1 km: more than the two triangles (EPSG:6933), less than their hull
    lobes = equal_area_km2([([(30, 10), (31, 11), (30, 12)], []), ([(32, 10), (32, 12), (31, 11)], [])])
    area = geo.geodesic_area_m2([zone])[0] / 1e6
    assert lobes < area < lobes + 1.1 * 2 * 4 * math.hypot(222, 222)  # at most 1 km round 4 edges of ~314 km
    assert zone.contains(shapely.Point(30.2, 11)) and zone.contains(shapely.Point(31.8, 11))
