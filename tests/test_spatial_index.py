"""Known answers for the point-in-polygon and nearest-line indexes used to place many events."""

import geopandas as gpd
import numpy as np
import shapely

from geo.countries import countries
from geo.spatial_index import LineIndex, PolygonIndex, geodesic_samples, subdivide
from geo.measure import GEOD

# WGS84: the meridian arc from the equator to 1° N, and 3° of the equator (a = 6,378,137 m)
MERIDIAN_ARC_0_1_M = 110_574.389
EQUATOR_3_DEG_M = 2 * np.pi * 6_378_137.0 * 3 / 360  # 333,958.472 m


def test_subdivided_pieces_cover_each_country_exactly():
    world = countries()
    brazil = world.loc[world["iso_a3"] == "BRA", "geometry"].to_numpy()
    pieces, owner = subdivide(brazil, 256)
    assert len(pieces) > 10 and (shapely.get_num_coordinates(pieces) <= 256).all()
    assert set(owner) == {0}
    # same area, same outline: the pieces tile the polygon
    assert np.isclose(shapely.area(shapely.union_all(pieces)), shapely.area(brazil[0]), rtol=1e-9)
    assert shapely.area(shapely.symmetric_difference(shapely.union_all(pieces), brazil[0])) < 1e-9


def test_country_of_points_matches_geopandas_sjoin():
    world = countries()
    rng = np.random.default_rng(7)
    pts = shapely.points(rng.uniform(-180, 180, 20_000), rng.uniform(-60, 80, 20_000))
    ours = PolygonIndex(world.geometry.values).first(pts)
    joined = gpd.sjoin(gpd.GeoDataFrame(geometry=pts, crs="EPSG:4326"), world, predicate="within", how="left")
    theirs = joined.groupby(level=0)["index_right"].min().reindex(range(len(pts)))
    assert (theirs.notna().to_numpy() == (ours >= 0)).all()
    assert (ours[ours >= 0] == theirs.dropna().astype(int).to_numpy()).all()
    assert 4_000 < (ours >= 0).sum() < 12_000  # land and sea both tested


def test_overlapping_polygons_give_every_pair_once():
    a, b = shapely.box(0, 0, 2, 2), shapely.box(1, 1, 3, 3)
    pts = shapely.points([[0.5, 0.5], [1.5, 1.5], [2.5, 2.5], [5, 5], [1, 1]])
    point, polygon = PolygonIndex([a, b], max_vertices=4).pairs(pts)
    assert list(zip(point, polygon)) == [(0, 0), (1, 0), (1, 1), (2, 1), (4, 0), (4, 1)]


def test_nearest_line_distances_are_geodesic():
    equator = shapely.LineString([(0, 0), (10, 0)])
    meridian = shapely.LineString([(20, -5), (20, 5)])
    line, dist = LineIndex([equator, meridian]).nearest([5, -3, 19.0, 5], [1, 0, 0, -1])
    assert list(line) == [0, 0, 1, 0]
    assert np.allclose(dist, [MERIDIAN_ARC_0_1_M, EQUATOR_3_DEG_M, EQUATOR_3_DEG_M / 3, MERIDIAN_ARC_0_1_M], atol=0.5)


def test_nearest_line_across_the_antimeridian_and_a_long_segment():
    # a 2,000 km segment: its geodesic, not the straight line in lon/lat, is the line
    fiji_samoa = shapely.MultiLineString([[(178, -17), (180, -16)], [(-180, -16), (-172, -13.8)]])
    long_leg = shapely.LineString([(-80, 10), (-60, 30)])
    idx = LineIndex([fiji_samoa, long_leg])
    line, dist = idx.nearest([179.99, -179.5, -70], [-16, -15.7, 20])
    assert list(line) == [0, 0, 1]
    mid_lon, mid_lat, _ = geodesic_samples(np.array([[-80, 10], [-60, 30]]), np.array([0, 0]), 10.0)
    _, _, brute = GEOD.inv(np.full(len(mid_lon), -70.0), np.full(len(mid_lon), 20.0), mid_lon, mid_lat)
    assert abs(dist[2] - brute.min()) < 1.0
    assert dist[0] < 1_000 and dist[1] < 20_000


def test_geodesic_samples_lie_on_the_geodesic():
    lon, lat, part = geodesic_samples(np.array([[0, 0], [0, 10], [50, 50], [51, 50]]), np.array([0, 0, 1, 1]), 100_000)
    assert (lon[0], lat[0]) == (0, 0) and (lon[-1], lat[-1]) == (51, 50)
    assert list(np.unique(part)) == [0, 1]
    steps = GEOD.line_lengths(lon[part == 0], lat[part == 0])
    assert max(steps) <= 100_000 and np.isclose(sum(steps), GEOD.inv(0, 0, 0, 10)[2])
    assert np.allclose(lon[part == 0], 0)  # along the meridian
