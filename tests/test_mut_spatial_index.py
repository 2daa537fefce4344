"""The spatial indexes (`geo/spatial_index.py`): the behaviours that mutations of the indexes changed
without any other test noticing (tests/README.md, "Mutation testing").

Known answers on the WGS84 ellipsoid (a = 6,378,137 m): one degree of the equator is
a * pi / 180 = 111,319.491 m; the meridian arc from the equator to 1° N is 110,574.389 m
(GeographicLib, `GeodSolve -i` 0 0 1 0).
"""

import numpy as np
import pytest
import shapely

from geo.measure import GEOD
from geo.spatial_index import LineIndex, PolygonIndex, geodesic_samples, subdivide

EQUATOR_DEG_M = 6_378_137.0 * np.pi / 180
MERIDIAN_ARC_0_1_M = 110_574.389


def _ring(n: int, x0=0.0, y0=0.0, w=10.0, h=1.0) -> shapely.Polygon:
    """A w × h box whose bottom side has n vertices (so the polygon has n + 3 coordinates)."""
    bottom = [(x0 + w * i / (n - 1), y0) for i in range(n)]
    return shapely.Polygon([*bottom, (x0 + w, y0 + h), (x0, y0 + h)])


# --- subdivide -----------------------------------------------------------------------------------

def test_only_polygons_give_pieces_each_owned_by_its_input():
    geoms = [shapely.Point(0, 0), None, shapely.Polygon(), shapely.box(0, 0, 1, 1),
             shapely.MultiPolygon([shapely.box(5, 5, 6, 6), shapely.box(7, 7, 8, 8)]), shapely.LineString([(0, 0), (1, 1)])]
    pieces, owner = subdivide(geoms)
    assert owner.tolist() == [3, 4, 4] and owner.dtype == np.int64
    assert [p.bounds for p in pieces] == [(0, 0, 1, 1), (5, 5, 6, 6), (7, 7, 8, 8)]
    # nothing to cut: empty arrays, not None
    for nothing in ([], [None], [shapely.Polygon()]):
        pieces, owner = subdivide(nothing)
        assert len(pieces) == 0 and len(owner) == 0 and owner.dtype == np.int64 and pieces.dtype == object


def test_a_single_geometry_is_taken_as_a_list_of_one():
    box = shapely.box(0, 0, 1, 1)
    pieces, owner = subdivide(box)
    assert len(pieces) == 1 and pieces[0].equals(box) and owner.tolist() == [0]
    index = PolygonIndex(box)
    assert index.first(shapely.Point(0.5, 0.5)).tolist() == [0]
    point, polygon = index.pairs(shapely.Point(0.5, 0.5))
    assert point.tolist() == [0] and polygon.tolist() == [0]
    line, dist = LineIndex(shapely.LineString([(0, 0), (1, 0)])).nearest([2.0], [0.0])
    assert line.tolist() == [0] and dist[0] == pytest.approx(EQUATOR_DEG_M, abs=1.0)


def test_a_small_polygon_is_left_whole():
    poly = _ring(100)  # 103 coordinates
    pieces, owner = subdivide([poly], 103)
    assert len(pieces) == 1 and pieces[0].equals(poly) and owner.tolist() == [0]
    pieces, _ = subdivide([poly], 102)
    assert len(pieces) == 2


def test_a_wide_polygon_is_cut_across_its_width_into_full_height_strips():
    poly = _ring(200, x0=-30.0, y0=5.0)  # 10 wide, 1 tall, away from the origin
    pieces, owner = subdivide([poly], 32)
    assert len(pieces) > 4 and set(owner) == {0}
    assert (shapely.get_num_coordinates(pieces) <= 32).all()
    y0, y1 = shapely.bounds(pieces)[:, 1], shapely.bounds(pieces)[:, 3]
    assert (y0 == 5).all() and (y1 == 6).all()  # never cut along the short side
    assert shapely.area(shapely.union_all(pieces)) == pytest.approx(shapely.area(poly), rel=1e-12)


def test_a_tall_polygon_is_cut_across_its_height():
    tall = shapely.transform(_ring(200, x0=-30.0, y0=5.0), lambda xy: xy[:, ::-1])  # 1 wide, 10 tall
    pieces, _ = subdivide([tall], 32)
    x0, x1 = shapely.bounds(pieces)[:, 0], shapely.bounds(pieces)[:, 2]
    assert len(pieces) > 4 and (x0 == 5).all() and (x1 == 6).all()


def test_a_piece_is_never_cut_below_8_vertices():
    poly = _ring(6)  # 9 coordinates
    pieces, _ = subdivide([poly], 2)
    # cut until each piece has at most 8 coordinates, not fewer than asked pieces of 2
    assert len(pieces) >= 2 and (shapely.get_num_coordinates(pieces) <= 8).all()
    assert len(subdivide([shapely.box(0, 0, 1, 1)], 2)[0]) == 1


# --- PolygonIndex --------------------------------------------------------------------------------

def test_a_point_on_a_cut_between_two_pieces_of_one_polygon_is_in_it_once():
    poly = _ring(200)
    index = PolygonIndex([poly], max_vertices=32)
    cuts = np.unique(shapely.bounds(index.pieces)[:, 0])[1:]  # the x of every internal cut
    assert len(cuts) >= 4  # the index cut the polygon as asked (32 vertices a piece)
    pts = shapely.points(np.column_stack([cuts, np.full(len(cuts), 0.5)]))
    point, polygon = index.pairs(pts)
    assert point.tolist() == list(range(len(cuts))) and polygon.tolist() == [0] * len(cuts)


def test_first_is_the_first_listed_polygon_or_minus_one():
    a, b = shapely.box(0, 0, 2, 2), shapely.box(1, 1, 3, 3)
    pts = shapely.points([[2.5, 2.5], [1.5, 1.5], [5, 5], [0.5, 0.5]])
    first = PolygonIndex([b, a]).first(pts)
    assert first.tolist() == [0, 0, -1, 1] and first.dtype == np.int64  # positions, usable as indexes
    assert PolygonIndex([a, b]).first(pts).tolist() == [1, 0, -1, 0]
    assert PolygonIndex([a, b]).first([]).tolist() == []


def test_many_polygons_and_points_pair_up_like_a_brute_force_join():
    rng = np.random.default_rng(3)
    boxes = [shapely.box(x, y, x + 1.5, y + 1.5) for x, y in rng.uniform(0, 10, (40, 2))]
    pts = shapely.points(rng.uniform(0, 11, (500, 2)))
    point, polygon = PolygonIndex(boxes).pairs(pts)
    brute = [(i, j) for i, p in enumerate(pts) for j, b in enumerate(boxes) if shapely.intersects(b, p)]
    assert list(zip(point.tolist(), polygon.tolist())) == brute


def test_an_index_shares_a_tree_over_the_points():
    pts = shapely.points([[0.5, 0.5], [9, 9]])
    index = PolygonIndex([shapely.box(0, 0, 1, 1)])
    assert index.first(pts, shapely.STRtree(pts)).tolist() == [0, -1]


# --- geodesic_samples ----------------------------------------------------------------------------

def test_samples_of_a_single_vertex_and_of_parts_that_do_not_join():
    lon, lat, part = geodesic_samples(np.array([[3.0, 4.0]]), np.array([7]), 1000.0)
    assert lon.tolist() == [3.0] and lat.tolist() == [4.0] and part.tolist() == [7]
    # two parts 50° apart: no samples on the jump between them
    lon, lat, part = geodesic_samples(np.array([[0, 0], [1, 0], [50, 0], [51, 0]]), np.array([0, 0, 1, 1]), 60_000)
    assert lon[part == 0].max() <= 1 and lon[part == 1].min() >= 50
    assert part.tolist() == [0, 0, 0, 1, 1, 1]  # 2 steps of 55.7 km a part (under 60 km), and the ends
    assert lon.tolist() == pytest.approx([0, 0.5, 1, 50, 50.5, 51], abs=1e-9)


def test_samples_are_equally_spaced_on_each_segment():
    lon, lat, _ = geodesic_samples(np.array([[0, 0], [0, 1]]), np.array([0, 0]), 30_000)
    # 110.6 km in 4 steps of 27.6 km
    assert len(lon) == 5
    steps = GEOD.line_lengths(lon, lat)
    assert steps == pytest.approx([MERIDIAN_ARC_0_1_M / 4] * 4, abs=1e-3)


# --- LineIndex -----------------------------------------------------------------------------------

def test_a_line_index_needs_coordinates():
    with pytest.raises(ValueError, match=r"^LineIndex needs at least one line with coordinates$"):
        LineIndex([shapely.LineString()])


def test_lon_and_lat_of_different_lengths_are_refused():
    with pytest.raises(ValueError, match=r"^lon and lat differ in length \(2 and 1\)$"):
        LineIndex([shapely.LineString([(0, 0), (1, 0)])]).nearest([0, 1], [0])


def test_a_scalar_point_gives_arrays_of_one():
    line, dist = LineIndex([shapely.LineString([(0, 0), (1, 0)])]).nearest(2.0, 0.0)
    assert line.shape == (1,) and dist.shape == (1,) and dist[0] == pytest.approx(EQUATOR_DEG_M, abs=1.0)


def test_a_one_point_line_and_k_larger_than_the_samples():
    idx = LineIndex([shapely.MultiLineString([[(0, 0), (0, 0)]])], k=10)
    line, dist = idx.nearest([1.0], [0.0])
    assert line.tolist() == [0] and dist[0] == pytest.approx(EQUATOR_DEG_M, abs=0.01)


def test_chunks_and_workers_do_not_change_the_answers():
    lines = [shapely.LineString([(0, 0), (10, 0)]), shapely.LineString([(20, -5), (20, 5)])]
    idx = LineIndex(lines)
    rng = np.random.default_rng(1)
    lon, lat = rng.uniform(-5, 25, 300), rng.uniform(-10, 10, 300)
    line, dist = idx.nearest(lon, lat)
    line2, dist2 = idx.nearest(lon, lat, chunk=7, workers=2)
    assert line2.tolist() == line.tolist() and dist2 == pytest.approx(dist, abs=1e-6)
    assert line2.dtype == np.int64  # positions, in chunks as in one pass
    # points west of 0° E are nearest to the equator line's west end
    west = lon < 0
    assert (line[west] == 0).all()
    assert dist[west] == pytest.approx(GEOD.inv(lon[west], lat[west], 0 * lon[west], 0 * lat[west])[2], abs=10.5)


def test_near_and_far_points_are_within_the_tolerance_of_the_exact_distance():
    # the meridian 0° from 10° S to 10° N: points due east of it are nearest to it on their own
    # parallel's foot, whose geodesic distance is known from pyproj's inverse to the foot found by
    # a brute-force search along the densely sampled meridian
    meridian = shapely.LineString([(0, -10), (0, 10)])
    lat = np.array([0.0, 0.3, 2.0, 5.0, -3.0, 0.1])
    lon = np.array([0.001, 0.05, 0.5, 3.0, 8.0, 20.0])
    samples_lon, samples_lat, _ = geodesic_samples(np.array([[0, -10], [0, 10]]), np.array([0, 0]), 10.0)
    exact = np.array([GEOD.inv(np.full(len(samples_lon), x), np.full(len(samples_lon), y), samples_lon, samples_lat)[2].min()
                      for x, y in zip(lon, lat)])
    for tolerance_m in (10.0, 1.0):
        _, dist = LineIndex([meridian], tolerance_m=tolerance_m).nearest(lon, lat)
        assert np.abs(dist - exact).max() <= tolerance_m + 0.5


@pytest.mark.parametrize("tolerance_m", [10.0, 1000.0])
def test_points_at_every_distance_are_measured_from_the_right_samples(tolerance_m):
    # Points on the equator east of a line along it (0° to 10° E): each is nearest to the line's east
    # end, along the equator (an equatorial geodesic, for separations under (1 - f) * 180° = 179.4°),
    # n * 111,319.491 m for n degrees. From 0 km to 18,800 km, they are looked up in each of the
    # sampling levels in turn (far points among coarse samples), and must all get their own answer.
    degrees = np.array([0.0, 0.05, 0.3, 1.0, 3.0, 9.0, 30.0, 90.0, 169.0])
    # (with the default 10 m the coarsest level needs a straight-line distance of (32 km)² / (8 × 10 m) =
    # 12,800 km, more than the Earth's diameter: a tolerance of 1 km brings it to 128 km)
    index = LineIndex([shapely.LineString([(0, 0), (10, 0)])], tolerance_m=tolerance_m)
    line, dist = index.nearest(10 + degrees, np.zeros(len(degrees)))
    assert line.tolist() == [0] * len(degrees) and line.dtype == np.int64
    assert dist == pytest.approx(degrees * EQUATOR_DEG_M, abs=1.0)


def test_the_chord_before_the_nearest_sample_is_examined_but_not_across_parts():
    # samples are the vertices (spacing 200 km, segments of 111 km); k = 1: only the nearest sample
    line = shapely.LineString([(0, 0), (1, 0), (2, 0)])
    idx = LineIndex([line], spacing_m=200_000, k=1)
    # nearest sample (1, 0); the foot is on the chord from (0, 0) to it, due south of the point;
    # nearest the last vertex, the foot is on the last chord; beyond the end, it is the end
    _, dist = idx.nearest([0.6, 1.6, 3.0], [0.5, 0.5, 0.0])
    assert dist == pytest.approx([GEOD.inv(0.6, 0.5, 0.6, 0.0)[2], GEOD.inv(1.6, 0.5, 1.6, 0.0)[2], EQUATOR_DEG_M], abs=1.0)
    # a bend: the chords are vertex to next vertex, never across the bend's corner
    bend = LineIndex([shapely.LineString([(0, 0), (1, 0), (1, 1)])], spacing_m=200_000, k=1)
    _, dist = bend.nearest([0.6], [0.45])
    fine_lon, fine_lat, _ = geodesic_samples(np.array([[0, 0], [1, 0], [1, 1]]), np.array([0, 0, 0]), 10.0)
    brute = GEOD.inv(np.full(len(fine_lon), 0.6), np.full(len(fine_lon), 0.45), fine_lon, fine_lat)[2].min()
    assert dist[0] == pytest.approx(brute, abs=1.0) and brute > 40_000
    # two parts: (0, 0)–(1, 0) and (3, 0)–(4, 0); a point beside the gap, nearest to (3, 0), is
    # nearest to that end of the second part, not to the gap between the parts
    parts = shapely.MultiLineString([[(0, 0), (1, 0)], [(3, 0), (4, 0)]])
    _, dist = LineIndex([parts], spacing_m=200_000, k=1).nearest([2.4], [0.1])
    assert dist[0] == pytest.approx(GEOD.inv(2.4, 0.1, 3.0, 0.0)[2], abs=1.0)


def test_a_chunked_look_up_shows_a_bar_counting_every_point(monkeypatch, capsys):
    # on a terminal (as tests/test_progress.py checks in a pseudo-terminal): the bar's first frame
    # names the work, its total and its unit; the updates add up to the number of points
    import geo.progress

    counted = []
    real = geo.progress.progress

    def counting(*args, **kwargs):
        bar = real(*args, **kwargs)
        update = bar.update
        bar.update = lambda n=1: (counted.append(n), update(n))[1]
        return bar

    monkeypatch.setattr(geo.progress, "shown", lambda: True)
    monkeypatch.setattr(geo.progress, "progress", counting)
    index = LineIndex([shapely.LineString([(-74, -12), (-77, -12)])])
    index.nearest(np.linspace(-80, -70, 3000), np.full(3000, -12.0), chunk=500)
    err = capsys.readouterr().err
    assert "nearest route:   0%" in err and "0.00/3.00k" in err and "?point/s" in err
    assert counted == [500] * 6


def test_every_vertex_is_a_sample_exactly_and_a_short_segment_adds_none():
    # pyproj's forward geodesic over 0 m can move a point by a last binary digit: the vertices are
    # copied, not recomputed
    rng = np.random.default_rng(11)
    coords = np.column_stack([rng.uniform(-170, 170, 50), rng.uniform(-80, 80, 50)])
    lon, lat, _ = geodesic_samples(coords, np.arange(50), 1000.0)  # each vertex its own part: no segment
    assert np.array_equal(lon, coords[:, 0]) and np.array_equal(lat, coords[:, 1])
    lon, lat, part = geodesic_samples(coords[:2], np.array([0, 0]), 1e8)  # one segment shorter than the spacing
    assert np.array_equal(np.column_stack([lon, lat]), coords[:2]) and part.tolist() == [0, 0]
    # the last vertex keeps its own part, even alone in it
    _, _, part = geodesic_samples(np.array([[0, 0], [1, 0], [5, 5]]), np.array([0, 0, 1]), 1e6)
    assert part.tolist() == [0, 0, 1]
