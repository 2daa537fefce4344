"""The figures other tests pin, checked against references independent of the code under test.

Each pinned figure of the suite is either checked here against an independent reference (cited
below), or marked in its own test as a regression value (the code's own output at a given commit).

| pinned figure | where | reference here |
|---|---|---|
| Pichari–Callao 365.0 km / 197.1 nmi | test_cli | Vincenty (1975) inverse, a different algorithm |
| Suva–Apia 1,152.54 km | test_measure | Vincenty (1975) inverse |
| quarter meridian 10,001,965.729 m | test_measure | Karney (2011), cited there |
| 1° cell at 60 °N, 6,122.9 km² | test_measure | EPSG:6933 equal-area projection (test_known_answers) |
| Fiji box 2,926.3 km² | test_measure | EPSG:6933 equal-area projection |
| repaired bow-tie 24,179 km² | test_cases | EPSG:6933: the two triangles the repair must give |
| Singapore–Piraeus 10,500 km by sea | test_cases | regression value; here only bounds (longer than the geodesic) |
"""

from __future__ import annotations

import pytest
import shapely

import geo

from references import equal_area_km2, vincenty_inverse

PICHARI = (-73.82903, -12.51957)  # geo/data/peru.yaml, INEI populated centre 0809100001
CALLAO = (-77.15, -12.05)  # geo/data/peru.yaml, World Port Index 14950
SUVA, APIA = (178.4419, -18.1416), (-171.7514, -13.8333)


def test_vincenty_reference_reproduces_the_quarter_meridian():
    # the reference itself against a published value: 10,001,965.729 m (Karney 2011)
    assert vincenty_inverse(0, 0, 0, 90) == pytest.approx(10_001_965.729, abs=0.001)


@pytest.mark.parametrize("a, b, km", [(PICHARI, CALLAO, 365.0), (SUVA, APIA, 1152.54)])
def test_pinned_distances_against_vincenty(a, b, km):
    reference = vincenty_inverse(*a, *b)
    assert geo.distance_m(*a, *b) == pytest.approx(reference, abs=0.001)  # to a millimetre
    assert round(reference / 1000, 2 if km == 1152.54 else 1) == km


def test_pichari_callao_in_nautical_miles():
    # 1 international nautical mile = 1,852 m (exact, by definition)
    assert round(vincenty_inverse(*PICHARI, *CALLAO) / 1852, 1) == 197.1


def test_pinned_areas_against_the_equal_area_projection():
    fiji_box = [(178.0, -18.0), (178.5, -18.0), (178.5, -18.5), (178.0, -18.5)]
    assert equal_area_km2([(fiji_box, [])]) == pytest.approx(2926.3, abs=0.05)
    # the bow-tie of test_cases, repaired: two triangles meeting at (31, 11)
    west = [(30, 10), (31, 11), (30, 12)]
    east = [(32, 10), (32, 12), (31, 11)]
    reference = equal_area_km2([(west, []), (east, [])])
    assert reference == pytest.approx(24_179, abs=1)
    bow_tie = shapely.Polygon([(30, 10), (32, 12), (32, 10), (30, 12), (30, 10)])
    repaired = shapely.make_valid(bow_tie)
    assert geo.geodesic_area_m2([repaired])[0] / 1e6 == pytest.approx(reference, abs=0.05)


def test_the_sea_route_is_longer_than_the_geodesic():
    # No independent published figure for this exact pair of coordinates: 10,500 km stays a
    # regression value in test_cases. What must hold whatever the lane network: the sea route is
    # longer than the geodesic between its ends, and it goes through Suez, not round Africa: less than
    # 1.5 times the geodesic (round the Cape of Good Hope it would be more than twice as long).
    from geo.routing import sea_lane

    singapore, piraeus = (103.85457, 1.25760), (23.62904, 37.94056)
    geodesic_km = vincenty_inverse(*singapore, *piraeus) / 1000
    line, _, _ = sea_lane(singapore, piraeus)
    route_km = geo.geodesic_length_m([line])[0] / 1000
    assert geodesic_km < route_km < 1.5 * geodesic_km
