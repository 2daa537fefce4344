"""Known answers for the geodesic measurements, from independent sources."""

import numpy as np
import pytest
import shapely

import geo
from geo.routing import great_circle, split_at_antimeridian
from geo.units import M_PER_NM, m_to_nm


def test_quarter_meridian_is_the_published_wgs84_value():
    # Length of the meridian arc from the equator to the pole on WGS84: 10,001,965.729 m
    # (e.g. Karney 2011, "Geodesics on an ellipsoid of revolution", quarter meridian).
    line = shapely.LineString([(0, 0), (0, 90)])
    assert geo.geodesic_length_m([line])[0] == pytest.approx(10_001_965.729, abs=0.01)


def test_distance_is_geodesic_and_symmetric():
    # Suva -> Apia: 1,152.5 km on WGS84, across the antimeridian (independent reference: Vincenty's
    # inverse, test_references.test_pinned_distances_against_vincenty).
    d = geo.distance_m(178.4419, -18.1416, -171.7514, -13.8333)
    assert d / 1000 == pytest.approx(1152.54, abs=0.05)
    assert geo.distance_m(-171.7514, -13.8333, 178.4419, -18.1416) == pytest.approx(d, rel=1e-12)


def test_length_vectorised_over_many_lines_matches_one_by_one():
    rng = np.random.default_rng(7)
    lines = [shapely.LineString(rng.uniform([-80, -20], [-60, 0], size=(rng.integers(2, 9), 2))) for _ in range(50)]
    lines.append(shapely.MultiLineString([[(0, 0), (1, 0)], [(10, 10), (10, 11)]]))
    lines.append(None)
    together = geo.geodesic_length_m(lines)
    from geo.measure import GEOD

    one_by_one = [GEOD.geometry_length(g) if g is not None else 0.0 for g in lines]
    assert together == pytest.approx(one_by_one, rel=1e-9)
    assert together[-1] == 0.0


def test_area_of_a_one_degree_cell_at_60n():
    # 10-11 °E, 60-61 °N: 6,122.9 km² on WGS84 (never 1.0 "square degree"); independent reference: the
    # EPSG:6933 equal-area projection (test_known_answers.test_the_one_degree_cell_at_60n_against_...).
    cell = shapely.box(10, 60, 11, 61)
    assert geo.geodesic_area_m2([cell])[0] / 1e6 == pytest.approx(6122.9, abs=0.1)


def test_area_does_not_depend_on_ring_orientation():
    clockwise = shapely.Polygon([(178.0, -18.0), (178.5, -18.0), (178.5, -18.5), (178.0, -18.5)])
    assert not clockwise.exterior.is_ccw
    area = geo.geodesic_area_m2([clockwise, clockwise.reverse()]) / 1e6
    # independent reference: EPSG:6933 (test_references.test_pinned_areas_against_the_equal_area_projection)
    assert area == pytest.approx([2926.3, 2926.3], abs=0.1)


def test_area_subtracts_holes_whatever_their_winding():
    outer = [(0, 0), (0, 1), (1, 1), (1, 0)]  # clockwise
    hole = [(0.2, 0.2), (0.8, 0.2), (0.8, 0.8), (0.2, 0.8)]  # counter-clockwise
    with_hole = shapely.Polygon(outer, [hole])
    full = geo.geodesic_area_m2([shapely.Polygon(outer)])[0]
    inner = geo.geodesic_area_m2([shapely.Polygon(hole)])[0]
    assert geo.geodesic_area_m2([with_hole])[0] == pytest.approx(full - inner, rel=1e-9)


def test_buffer_is_in_metres_not_degrees():
    port = shapely.Point(-149.9, 61.2)
    zone = geo.buffer_m(port, 10_000)
    assert zone.contains(shapely.Point(-149.7512, 61.1999))  # 8 km due east
    assert geo.geodesic_area_m2([zone])[0] / 1e6 == pytest.approx(314.16, rel=0.005)  # pi * 10 km²


def test_nautical_mile_is_1852_m():
    assert M_PER_NM == 1852.0
    assert m_to_nm(1852.0 * 3) == 3.0


def test_great_circle_across_the_antimeridian_is_split():
    line = great_circle([(178.4419, -18.1416), (-171.7514, -13.8333)])
    assert line.geom_type == "MultiLineString"
    first, second = line.geoms
    assert first.coords[-1][0] == 180.0 and second.coords[0][0] == -180.0
    # geodesic crossing latitude: regression value, from the code's own output at 66a3c28
    assert first.coords[-1][1] == pytest.approx(-17.50, abs=0.01)
    xs = shapely.get_coordinates(line)[:, 0]
    for part in line.geoms:
        assert np.ptp(shapely.get_coordinates(part)[:, 0]) < 180
    assert xs.min() >= -180 and xs.max() <= 180
    assert geo.geodesic_length_m([line])[0] / 1000 == pytest.approx(1152.5, abs=0.1)


def test_linear_split_crossing_latitude():
    line = split_at_antimeridian([(178.4419, -18.1416), (-171.7514, -13.8333)])
    # linear interpolation in lon/lat, by hand: -18.1416 + (180 - 178.4419) / (188.2486 - 178.4419) * 4.3083 = -17.457
    assert line.geoms[0].coords[-1][1] == pytest.approx(-17.46, abs=0.01)


def test_great_circle_is_densified_and_on_the_geodesic():
    line = great_circle([(-77.15, -12.05), (-104.316667, 19.05)], spacing_m=25_000)
    length = geo.geodesic_length_m([line])[0]
    assert length == pytest.approx(geo.distance_m(-77.15, -12.05, -104.316667, 19.05), rel=1e-9)
    assert len(line.coords) >= length / 25_000


def test_length_inside_a_polygon():
    # Along the equator from 0 to 2 °E; the box covers 0.5-1.5 °E: one degree of equator = 111.3195 km.
    line = great_circle([(0, 0), (2, 0)])
    inside = geo.length_inside_m([line], shapely.box(0.5, -1, 1.5, 1))[0]
    assert inside / 1000 == pytest.approx(111.3195, abs=0.01)
