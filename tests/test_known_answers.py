"""Range rings and areas against answers computed independently of the code under test.

- Range rings: every vertex of :func:`geo.geodesic_circle` must lie ``radius`` from its centre,
  measured back with the inverse geodesic problem (``pyproj.Geod.inv``, Karney's algorithm), at
  centres chosen so that swapping longitude and latitude cannot pass (high latitudes, near ±180).
- Areas: the reference is an equal-area projection, not pyproj's geodesic polygon area. Each ring is
  densified along its geodesic edges (``Geod.npts``, 200 points per edge), projected to EPSG:6933
  (WGS 84 / NSIDC EASE-Grid 2.0 Global, a cylindrical equal-area projection on the WGS84 ellipsoid)
  and measured there as a plane area. Equal-area projections preserve area exactly; what is left is
  the chord error of the densified edges, under 0.01 km² for these shapes (checked: the two methods
  agree to about 10 m² on the 1° box).
"""

from __future__ import annotations

import numpy as np
import pyproj
import pytest
import shapely

import geo

from references import WGS84, equal_area_km2, zone_km2

_TO_EQUAL_AREA = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:6933", always_xy=True)


# ---------------------------------------------------------------- range rings

RING_CENTRES = [
    (-73.82903, -12.51957),  # Pichari (Peru)
    (-149.9, 61.2),  # Anchorage: high latitude, |lon| > 90 (a swap would not even be a valid latitude)
    (25.0, 78.2),  # Svalbard: a ring 500 km round at 78 °N
    (179.9, -16.5),  # Fiji, next to the antimeridian
    (-179.95, 65.0),  # Bering Strait, next to the antimeridian, high latitude
    (12.0, -3.0),  # near the equator, lon and lat of different size
]


@pytest.mark.parametrize("lon, lat", RING_CENTRES)
@pytest.mark.parametrize("radius_km", [50.0, 500.0, 1100.1])
def test_every_ring_vertex_is_at_the_range_from_its_centre(lon, lat, radius_km):
    ring = geo.geodesic_circle(lon, lat, radius_km * 1000.0)
    vertices = np.asarray(ring.exterior.coords)[:-1]
    assert len(vertices) == 180
    _, _, dist = WGS84.inv(np.full(len(vertices), lon), np.full(len(vertices), lat), vertices[:, 0], vertices[:, 1])
    assert np.abs(np.asarray(dist) - radius_km * 1000.0).max() <= 1.0  # ± 1 m
    # the vertices go all the way round, at equal azimuth steps, counter-clockwise
    az, _, _ = WGS84.inv(np.full(len(vertices), lon), np.full(len(vertices), lat), vertices[:, 0], vertices[:, 1])
    steps = np.diff(np.unwrap(np.radians(az)))
    assert np.degrees(np.abs(steps)) == pytest.approx(np.full(179, 2.0), abs=1e-6)
    assert ring.exterior.is_ccw


# ---------------------------------------------------------------- areas

BOX = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)]  # counter-clockwise
HOLE = [(0.2, 0.2), (0.8, 0.2), (0.8, 0.8), (0.2, 0.8)]  # counter-clockwise too: the same winding
BOX_WITH_HOLE_KM2 = 7877.66  # EPSG:6933 (equal_area_km2); test_references_themselves checks it


def _parallel_cell_km2(west, south, east, north, n=400):
    """A cell bounded by parallels (not geodesics) in EPSG:6933."""
    lons = np.r_[np.linspace(west, east, n), np.full(n, east), np.linspace(east, west, n), np.full(n, west)]
    lats = np.r_[np.full(n, south), np.linspace(south, north, n), np.full(n, north), np.linspace(north, south, n)]
    x, y = _TO_EQUAL_AREA.transform(lons, lats)
    return shapely.Polygon(np.column_stack([x, y])).area / 1e6


def test_references_themselves():
    # The projection reference agrees with the closed form for cells bounded by parallels ...
    for west, south, east, north in ((0, 0, 1, 1), (10, 60, 11, 61), (-75, -13, -74, -12)):
        assert _parallel_cell_km2(west, south, east, north) == pytest.approx(
            zone_km2(south, north, east - west), abs=0.001)
    assert zone_km2(0, 1, 1) == pytest.approx(12308.46, abs=0.01)
    # ... and a geodesic-edged box is a little larger (its northern edge bulges poleward by about
    # 4 m: some 0.3 km²); with its same-winding 0.6° hole it is 7,877.7 km², the figure.
    assert equal_area_km2([(BOX, [])]) - zone_km2(0, 1, 1) == pytest.approx(0.33, abs=0.05)
    assert equal_area_km2([(BOX, [HOLE])]) == pytest.approx(BOX_WITH_HOLE_KM2, abs=0.01)


@pytest.mark.parametrize("hole_winding", ["same", "opposite"])
@pytest.mark.parametrize("outer_winding", ["ccw", "cw"])
def test_a_hole_is_subtracted_whatever_the_windings(outer_winding, hole_winding):
    outer = BOX if outer_winding == "ccw" else BOX[::-1]
    hole = HOLE if (hole_winding == "same") == (outer_winding == "ccw") else HOLE[::-1]
    polygon = shapely.Polygon(outer, [hole])
    assert polygon.exterior.is_ccw == (outer_winding == "ccw")
    assert (polygon.interiors[0].is_ccw == polygon.exterior.is_ccw) == (hole_winding == "same")
    area_km2 = geo.geodesic_area_m2([polygon])[0] / 1e6
    assert area_km2 == pytest.approx(BOX_WITH_HOLE_KM2, abs=0.01)  # never 16,740 (hole added) or 4,431


def test_a_multipolygon_of_mixed_windings_sums_its_parts():
    # one part counter-clockwise at the equator, one clockwise at 60 °N with a counter-clockwise hole,
    # one clockwise in the southern hemisphere: signed areas would cancel one another
    north = [(10.0, 60.0), (10.0, 61.0), (11.0, 61.0), (11.0, 60.0)]  # clockwise
    north_hole = [(10.25, 60.25), (10.75, 60.25), (10.75, 60.75), (10.25, 60.75)]  # counter-clockwise
    south = [(-75.0, -13.0), (-74.0, -13.0), (-74.0, -12.0), (-75.0, -12.0)][::-1]  # clockwise
    parts = [(BOX, [HOLE]), (north, [north_hole]), (south, [])]
    multi = shapely.MultiPolygon([shapely.Polygon(e, h) for e, h in parts])
    assert [p.exterior.is_ccw for p in multi.geoms] == [True, False, False]
    expected = equal_area_km2(parts)
    assert geo.geodesic_area_m2([multi])[0] / 1e6 == pytest.approx(expected, abs=0.02)
    # and each part on its own
    for (exterior, holes), part in zip(parts, multi.geoms):
        assert geo.geodesic_area_m2([part])[0] / 1e6 == pytest.approx(equal_area_km2([(exterior, holes)]), abs=0.01)


def test_the_one_degree_cell_at_60n_against_the_equal_area_projection():
    # 10-11 °E, 60-61 °N, both windings (test_measure pins 6,122.9 km²)
    cell = [(10.0, 60.0), (11.0, 60.0), (11.0, 61.0), (10.0, 61.0)]
    expected = equal_area_km2([(cell, [])])
    got = geo.geodesic_area_m2([shapely.Polygon(cell), shapely.Polygon(cell[::-1])]) / 1e6
    assert got == pytest.approx([expected, expected], abs=0.01)
    assert expected == pytest.approx(6122.9, abs=0.1)
