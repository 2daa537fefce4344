"""Property-based tests (hypothesis): measuring functions, and the scenario loader under random input."""

import os

import numpy as np
import pytest
import shapely

import geo

hypothesis = pytest.importorskip("hypothesis", reason="hypothesis is not installed: property tests skipped")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

lon = st.floats(-180, 180, allow_nan=False)
lat = st.floats(-89.9, 89.9, allow_nan=False)
point = st.tuples(lon, lat)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(point, point)
def test_distance_is_symmetric_and_non_negative(a, b):
    ab = geo.distance_m(*a, *b)
    assert ab >= 0
    assert ab == pytest.approx(geo.distance_m(*b, *a), rel=1e-9, abs=1e-6)
    assert ab <= 20_003_932  # half the meridian: no two points are further apart


@FAST
@given(point, point, point)
def test_triangle_inequality(a, b, c):
    ab, bc, ac = geo.distance_m(*a, *b), geo.distance_m(*b, *c), geo.distance_m(*a, *c)
    assert ac <= ab + bc + 1e-3  # a millimetre for rounding


@FAST
@given(point, point, st.integers(-2, 2))
def test_distance_ignores_a_shift_of_360_degrees(a, b, turns):
    shifted = (a[0] + 360 * turns, a[1])
    assert geo.distance_m(*shifted, *b) == pytest.approx(geo.distance_m(*a, *b), rel=1e-9, abs=1e-6)


box_corner = st.tuples(st.floats(-179, 170, allow_nan=False), st.floats(-80, 75, allow_nan=False))
size = st.tuples(st.floats(0.01, 9, allow_nan=False), st.floats(0.01, 9, allow_nan=False))


@FAST
@given(box_corner, size, st.booleans())
def test_area_is_positive_whatever_the_ring_orientation(corner, wh, clockwise):
    (x, y), (w, h) = corner, wh
    ring = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
    poly = shapely.Polygon(ring[::-1] if clockwise else ring)
    area = geo.geodesic_area_m2([poly])[0]
    assert area > 0
    assert area == pytest.approx(geo.geodesic_area_m2([shapely.Polygon(ring)])[0], rel=1e-9)
    assert geo.geodesic_perimeter_m([poly])[0] > 0


@FAST
@given(box_corner, size, st.integers(-1, 1))
def test_area_ignores_a_shift_of_360_degrees(corner, wh, turns):
    (x, y), (w, h) = corner, wh
    poly = shapely.box(x, y, x + w, y + h)
    moved = shapely.box(x + 360 * turns, y, x + w + 360 * turns, y + h)
    assert geo.geodesic_area_m2([moved])[0] == pytest.approx(geo.geodesic_area_m2([poly])[0], rel=1e-9)


@FAST
@given(st.lists(point, min_size=2, max_size=6))
def test_a_line_is_as_long_as_its_legs(points):
    line = shapely.LineString(points)
    legs = sum(geo.distance_m(*a, *b) for a, b in zip(points, points[1:]))
    assert geo.geodesic_length_m([line])[0] == pytest.approx(legs, rel=1e-9, abs=1e-6)


def test_polygon_near_the_pole_against_a_polar_equal_area_projection():
    """A 10° × 1° cell at 85–86 °N, its parallels densified every 0.01°: geodesic area against the area
    of the same polygon in a Lambert azimuthal equal-area projection centred on the pole."""
    import pyproj

    cell = shapely.segmentize(shapely.box(0, 85, 10, 86), 0.01)
    laea = pyproj.Transformer.from_crs("EPSG:4326", "+proj=laea +lat_0=90 +lon_0=0 +datum=WGS84", always_xy=True)
    projected = shapely.transform(cell, lambda xy: np.column_stack(laea.transform(xy[:, 0], xy[:, 1])))
    assert geo.geodesic_area_m2([cell])[0] == pytest.approx(projected.area, rel=1e-4)
    assert 9_700e6 < projected.area < 9_900e6  # about 87 km × 112 km


# --- the scenario loader never fails with anything but a ScenarioError ---------------------------------

yaml_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
                        st.text(max_size=20))
yaml_value = st.recursive(yaml_scalar, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                               st.dictionaries(st.text(max_size=10), inner, max_size=4)),
                          max_leaves=20)


def _mutate(data, path, value):
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value


def _paths(node, prefix=()):
    if isinstance(node, dict):
        for k, v in node.items():
            yield prefix + (k,)
            yield from _paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield prefix + (i,)
            yield from _paths(v, prefix + (i,))


@pytest.fixture(scope="module")
def peru_data():
    import yaml

    return yaml.safe_load(geo.default_scenario_path().read_text(encoding="utf-8"))


# Each example loads a whole scenario (about a second): 25 in the suite; GEO_FUZZ_EXAMPLES=500 for a long run.
@settings(max_examples=int(os.environ.get("GEO_FUZZ_EXAMPLES", "25")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.data())
def test_fuzzed_scenario_gives_a_scenario_error_or_loads(peru_data, tmp_path, data):
    """Replace any one value of the Peru scenario with random YAML: loading either succeeds or raises a
    ScenarioError naming the file; never another exception."""
    import copy

    import yaml

    paths = list(_paths(peru_data))
    scenario = copy.deepcopy(peru_data)
    for _ in range(data.draw(st.integers(1, 3))):
        where = data.draw(st.sampled_from(paths))
        try:
            _mutate(scenario, where, data.draw(yaml_value))
        except (KeyError, IndexError, TypeError):
            pass  # an earlier mutation removed the parent
    path = tmp_path / "fuzz.yaml"
    path.write_text(yaml.safe_dump(scenario, allow_unicode=True), encoding="utf-8")
    try:
        geo.load_scenario(path)
    except geo.ScenarioError as exc:
        assert str(path) in str(exc)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_give_a_scenario_error(tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("raw") / "raw.yaml"
    path.write_bytes(raw)
    with pytest.raises(geo.ScenarioError):
        geo.load_scenario(path)
