"""Masking (geo/masking.py): the behaviours that mutation testing found unpinned.

Known answers are computed independently of the module: the HMAC-SHA-256 draw with the standard
library (RFC 2104, FIPS 180-4), geodesic distances and azimuths with pyproj's inverse problem
(Karney 2013), H3 cells with the ``h3`` package itself.
"""

from __future__ import annotations

import hashlib
import hmac
import struct

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from pyproj import Geod

from geo.masking import (DEFAULT_MIN_COUNT, MIN_KEY_BYTES, MaskError, MaskSpec, admin_aggregate, donut_mask,
                         hex_aggregate, mask_events, parse_mask)

GEOD = Geod(ellps="WGS84")
KEY = b"0123456789abcdef"  # exactly MIN_KEY_BYTES


def _events(lonlat, **columns):
    data = {"id": [f"e{i}" for i in range(len(lonlat))], **columns}
    return gpd.GeoDataFrame(data, geometry=shapely.points(lonlat), crs="EPSG:4326")


def _draw(key: bytes, lon: float, lat: float) -> tuple[float, float]:
    """The two numbers in [0, 1) the documented scheme gives a point: HMAC-SHA-256 of b"geo-donut-v1" +
    the little-endian float64 coordinates, the first two 8-byte little-endian words, top 53 bits."""
    digest = hmac.new(key, b"geo-donut-v1" + struct.pack("<dd", lon, lat), hashlib.sha256).digest()
    words = struct.unpack("<QQ", digest[:16])
    return tuple((w >> 11) / 2 ** 53 for w in words)


# parse_mask and MaskSpec ----------------------------------------------------------------------------

def test_parse_mask_forms_and_their_text():
    assert parse_mask(" NONE ") == MaskSpec("none") and str(MaskSpec("none")) == "none"
    spec = parse_mask("Donut:0:1")
    assert spec == MaskSpec("donut", {"min_m": 0.0, "max_m": 1.0}) and str(spec) == "donut:0:1"
    assert str(parse_mask("donut:250.5:1000000")) == "donut:250.5:1e+06"
    assert parse_mask("hex:0").params == {"resolution": 0} and str(parse_mask("HEX:15")) == "hex:15"
    assert parse_mask("admin:Department") == MaskSpec("admin", {"level": "department"})
    assert str(parse_mask("admin:country")) == "admin:country"


@pytest.mark.parametrize("bad, words", [
    ("donut:-1:100", "0 <= MIN_M"), ("donut:100:100.5", "MIN_M + 1 <= MAX_M"), ("donut:0:1000001", "1000000"),
    ("donut:nan:100", "donut distances"), ("donut:0:inf", "donut distances"), ("donut:1", "unknown masking"),
    ("donut:1:2:3", "unknown masking"), ("hex:-1", "0 to 15"), ("hex:x", "invalid literal"), ("hex", "unknown"),
    ("admin", "unknown masking"), ("admin:city", "country, department, province, district"), ("", "unknown"),
])
def test_parse_mask_refuses_with_the_value_and_the_reason(bad, words):
    with pytest.raises(MaskError) as info:
        parse_mask(bad)
    assert f"--mask {bad!r}" in str(info.value) and words in str(info.value)
    if "unknown" in words or "invalid" in words:
        assert "none, donut:MIN_M:MAX_M, hex:RES or admin:LEVEL" in str(info.value)


# donut ----------------------------------------------------------------------------------------------

POINTS = [(-73.95, -12.58), (-73.80, -12.40), (-74.10, -12.70), (-77.04, -12.05)]


def test_donut_moves_each_point_by_its_documented_draw():
    events = _events(POINTS)
    out = donut_mask(events, min_m=200, max_m=1000, key=KEY, keep=["id"]).set_index("id")
    lo, hi = 200.1, 999.9
    for (lon, lat), eid in zip(POINTS, events["id"]):
        u_radius, u_azimuth = _draw(KEY, lon, lat)
        radius_m = (lo ** 2 + u_radius * (hi ** 2 - lo ** 2)) ** 0.5
        azimuth = u_azimuth * 360 - 180
        new = out.geometry[eid]
        fwd_az, _, dist_m = GEOD.inv(lon, lat, new.x, new.y)
        assert dist_m == pytest.approx(radius_m, abs=0.1)  # written at 6 decimals: ~0.1 m
        assert (fwd_az - azimuth + 180) % 360 - 180 == pytest.approx(0, abs=0.05)
        assert new.x == round(new.x, 6) and new.y == round(new.y, 6)


def test_donut_output_sorted_by_new_position_with_only_kept_columns():
    events = _events(POINTS, note=["a", "b", "c", "d"], n=[1, 2, 3, 4])
    out = donut_mask(events, min_m=0, max_m=50, key=KEY, keep=["note"])
    assert list(out.columns) == ["note", "geometry"] and out.crs == "EPSG:4326"
    assert list(out.index) == [0, 1, 2, 3]
    xy = list(zip(out.geometry.x, out.geometry.y))
    assert xy == sorted(xy)  # by longitude, then latitude
    assert list(out["note"]) == ["d", "c", "a", "b"]  # Lima is furthest west, then -74.10, -73.95, -73.80


def test_donut_reprojects_events_in_another_crs():
    events = _events(POINTS[:2])
    projected = events.to_crs("EPSG:32718")
    a = donut_mask(events, min_m=100, max_m=200, key=KEY, keep=["id"]).set_index("id")
    b = donut_mask(projected, min_m=100, max_m=200, key=KEY, keep=["id"]).set_index("id")
    # the same places, in the ring (the round trip through UTM may move the seed by a last bit: a new draw)
    assert list(a.index) == list(b.index) == ["e0", "e1"]
    for g, (lon, lat) in zip(b.geometry, POINTS[:2]):
        dist_m = GEOD.inv(lon, lat, g.x, g.y)[2]
        assert 100 <= dist_m <= 200
    assert b.crs == "EPSG:4326"


def test_donut_key_length_and_non_points_are_refused():
    events = _events(POINTS)
    donut_mask(events, min_m=0, max_m=10, key=KEY)  # 16 bytes: enough
    with pytest.raises(MaskError, match=f"has {MIN_KEY_BYTES - 1} bytes: give at least {MIN_KEY_BYTES}"):
        donut_mask(events, min_m=0, max_m=10, key=KEY[:-1])
    lines = gpd.GeoDataFrame({"id": ["p", "l", "e"]}, geometry=[shapely.Point(0, 0), shapely.LineString(
        [(0, 0), (1, 1)]), shapely.Point()], crs="EPSG:4326")
    with pytest.raises(MaskError, match=r"^events l, e: only non-empty points can be masked$"):
        donut_mask(lines, min_m=0, max_m=10, key=KEY)
    unnamed = gpd.GeoDataFrame(geometry=[shapely.Point(0, 0), shapely.LineString([(0, 0), (1, 1)])],
                               crs="EPSG:4326")
    with pytest.raises(MaskError, match=r"^events 1: only"):
        donut_mask(unnamed, min_m=0, max_m=10, key=KEY)


def test_keep_names_a_missing_column_and_lists_the_columns():
    events = _events(POINTS, note=list("abcd"))
    with pytest.raises(MaskError, match=r"^--keep nope, gone: no such event column; columns: id, note$"):
        donut_mask(events, min_m=0, max_m=10, key=KEY, keep=["id", "nope", "gone"])


# hex ------------------------------------------------------------------------------------------------

def test_hex_counts_suppression_and_kept_values_per_cell():
    import h3

    # five events in one resolution-5 cell (around Pichari), two in another (Lima), one alone (Cusco)
    pichari = [(-73.85 + 0.001 * i, -12.52) for i in range(5)]
    lima = [(-77.03, -12.05), (-77.031, -12.051)]
    events = _events(pichari + lima + [(-71.97, -13.53)],
                     group=["b", "a", "b", None, "a", "x", "y", "z"], secret=list("12345678"))
    cells, suppressed = hex_aggregate(events, resolution=5, min_count=2, keep=["group"])
    cell_p = h3.latlng_to_cell(-12.52, -73.85, 5)
    cell_l = h3.latlng_to_cell(-12.05, -77.03, 5)
    assert suppressed == 1
    assert list(cells.columns) == ["h3_cell", "h3_resolution", "event_count", "group", "geometry"]
    assert list(cells["h3_cell"]) == sorted([cell_p, cell_l])
    rows = cells.set_index("h3_cell")
    assert rows.loc[cell_p, "event_count"] == 5 and rows.loc[cell_l, "event_count"] == 2
    assert rows.loc[cell_p, "group"] == "a; b" and rows.loc[cell_l, "group"] == "x; y"
    assert set(rows["h3_resolution"]) == {5}
    # the cell's own boundary, counter-clockwise (RFC 7946)
    boundary = shapely.Polygon([(lng, lat) for lat, lng in h3.cell_to_boundary(cell_p)])
    poly = rows.geometry[cell_p]
    assert poly.equals(boundary) and poly.exterior.is_ccw and cells.crs == "EPSG:4326"


def test_hex_default_k_is_5_and_nothing_kept_gives_an_empty_layer():
    events = _events([(-73.85 + 0.001 * i, -12.52) for i in range(4)])
    cells, suppressed = hex_aggregate(events, resolution=5)
    assert DEFAULT_MIN_COUNT == 5 and len(cells) == 0 and suppressed == 4
    assert cells.crs == "EPSG:4326" and "event_count" in cells.columns
    cells, suppressed = hex_aggregate(events, resolution=5, min_count=4)
    assert list(cells["event_count"]) == [4] and suppressed == 0
    with pytest.raises(MaskError, match=r"--min-count 0: give 1 or more"):
        hex_aggregate(events, resolution=5, min_count=0)


# admin ----------------------------------------------------------------------------------------------

def test_admin_country_counts_suppresses_and_leaves_the_sea_out():
    # three in Peru, two in Bolivia (La Paz), one at sea off Callao
    events = _events([(-73.9, -12.5), (-77.0, -12.0), (-72.0, -13.5), (-68.15, -16.5), (-68.1, -16.4),
                      (-79.0, -13.0)], group=["x", "y", "x", "z", "z", "w"])
    units, suppressed = admin_aggregate(events, level="country", min_count=2, keep=["group"])
    assert list(units.columns) == ["unit_id", "unit_name", "admin_level", "event_count", "group", "geometry"]
    assert list(units["unit_id"]) == ["BOL", "PER"] and list(units["event_count"]) == [2, 3]
    assert list(units["unit_name"]) == ["Bolivia", "Peru"] and set(units["admin_level"]) == {"country"}
    assert list(units["group"]) == ["z", "x; y"] and suppressed == 1
    assert units.geometry.iloc[1].contains(shapely.Point(-73.9, -12.5)) and units.crs == "EPSG:4326"
    units, suppressed = admin_aggregate(events, level="country", min_count=3)
    assert list(units["unit_id"]) == ["PER"] and suppressed == 3


def test_admin_levels_other_than_country_need_peru_and_the_official_files():
    events = _events(POINTS)
    with pytest.raises(MaskError, match=r"admin:province: official provinces are available for Peru scenarios "
                                        r"only \(this scenario's focus country is COL\)"):
        admin_aggregate(events, level="province", official_files={"x": "y"}, focus_country="COL")
    with pytest.raises(MaskError, match=r"^admin:district: the official INEI boundaries are not available"):
        admin_aggregate(events, level="district", official_files={}, focus_country="PER")
    with pytest.raises(MaskError, match=r"admin:town: the level must be one of country, department"):
        admin_aggregate(events, level="town")
    with pytest.raises(MaskError, match=r"--min-count 0"):
        admin_aggregate(events, level="country", min_count=0)


# mask_events ----------------------------------------------------------------------------------------

def test_mask_events_none_keeps_the_positions_and_drops_the_other_columns():
    events = _events(POINTS, note=["n1", "n2", None, "n2"], amount=[1.0, np.nan, 3.0, 1.0])
    result = mask_events(events, None, keep=["id", "id"])
    assert list(result.events.columns) == ["id", "geometry"]
    assert list(zip(result.events.geometry.x, result.events.geometry.y)) == POINTS
    assert result.dropped == {"note": ["n1", "n2"], "amount": [1.0, 3.0]}
    assert result.record == {
        "method": "none", "mask": "none", "parameters": {}, "events_in": 4, "features_out": 4,
        "events_suppressed": 0, "kept_columns": ["id"], "dropped_column_count": 2,
        "description": "None: the events are at the precision of the file they came from."}


def test_mask_events_donut_record_never_holds_the_key():
    events = _events(POINTS)
    result = mask_events(events, "donut:200:1000", key=KEY)
    assert result.record["method"] == "donut" and result.record["mask"] == "donut:200:1000"
    assert result.record["parameters"] == {"min_m": 200.0, "max_m": 1000.0}
    assert result.record["features_out"] == 4 and result.record["kept_columns"] == []
    assert "between 200 and 1000 m" in result.record["description"]
    assert KEY.decode() not in repr(result.record)
    with pytest.raises(MaskError, match="donut masking needs a key"):
        mask_events(events, MaskSpec("donut", {"min_m": 200.0, "max_m": 1000.0}))


def test_mask_events_hex_and_admin_records_count_what_was_left_out():
    events = _events([(-73.85 + 0.001 * i, -12.52) for i in range(3)] + [(-77.03, -12.05)])
    result = mask_events(events, "hex:5", min_count=3)
    assert result.record["parameters"] == {"resolution": 5, "min_count": 3}
    assert result.record["events_suppressed"] == 1 and result.record["features_out"] == 1
    assert result.record["description"] == ("Events counted per H3 cell of resolution 5; cells holding fewer than "
                                            "3 events were left out (1 event). No event position is given.")
    result = mask_events(events, "admin:country", min_count=5)
    assert result.record["parameters"] == {"level": "country", "min_count": 5}
    assert result.record["events_suppressed"] == 4 and result.record["features_out"] == 0
    assert result.record["description"] == (
        "Events counted per country (Natural Earth 1:10m countries); units holding fewer than 5 events, and "
        "events in no unit, were left out (4 events). No event position is given.")
    # one event is "1 event", in the threshold as in the count
    result = mask_events(events[:1], "hex:5", min_count=1)
    assert result.record["events_suppressed"] == 0
    assert "fewer than 1 event were left out (0 events)." in result.record["description"]


def test_mask_events_admin_department_reads_units_in_the_inei_layout(tmp_path):
    # two made-up departments written as a GeoJSON file with the INEI fields (FIRST_IDDP, NOMBDEP), read by GDAL
    import json

    boxes = {"12": ("JUNIN", (-76.0, -13.0, -73.0, -10.0)), "05": ("AYACUCHO", (-75.5, -16.0, -73.0, -13.0))}
    features = [{"type": "Feature", "properties": {"FIRST_IDDP": code, "NOMBDEP": name},
                 "geometry": shapely.geometry.mapping(shapely.box(*box))} for code, (name, box) in boxes.items()]
    path = tmp_path / "peru_departamental_simple.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    events = _events([(-74.0, -12.0), (-74.5, -11.0), (-74.0, -14.0), (-70.0, -15.0)])
    result = mask_events(events, "admin:department", min_count=1, official_files={"department": path},
                         focus_country="PER")
    assert list(result.events["unit_id"]) == ["05", "12"]  # sorted by UBIGEO, not by file order
    assert list(result.events["unit_name"]) == ["AYACUCHO", "JUNIN"]
    assert list(result.events["event_count"]) == [1, 2] and set(result.events["admin_level"]) == {"department"}
    assert result.events.geometry.iloc[1].equals(shapely.box(*boxes["12"][1]))
    assert result.record["events_suppressed"] == 1  # the one in no department
    assert result.record["description"] == (
        "Events counted per department (INEI 2007 departments); units holding fewer than 1 event, and "
        "events in no unit, were left out (1 event). No event position is given.")


def test_events_without_a_crs_are_taken_as_longitude_latitude():
    events = gpd.GeoDataFrame({"id": ["a"]}, geometry=[shapely.Point(-73.95, -12.58)])
    result = mask_events(events, "none", keep=["id"])
    assert (result.events.geometry.x[0], result.events.geometry.y[0]) == (-73.95, -12.58)


def test_a_refusal_names_at_most_five_events():
    events = gpd.GeoDataFrame({"id": [f"l{i}" for i in range(7)]},
                              geometry=[shapely.LineString([(0, i), (1, i)]) for i in range(7)], crs="EPSG:4326")
    with pytest.raises(MaskError, match=r"^events l0, l1, l2, l3, l4: only non-empty points can be masked$"):
        mask_events(events, "none")


def test_donut_description_says_what_was_done():
    result = mask_events(_events(POINTS), "donut:200.5:1000", key=KEY)
    assert result.record["description"] == (
        "Each event moved in a random direction by a random geodesic distance (WGS84) between 200.5 and 1000 m, "
        "uniform over the area of that ring (donut masking), seeded by HMAC-SHA-256 of the event's coordinates "
        "under a secret key that is not part of this bundle. Coordinates written at 6 decimals.")


def test_a_cell_across_the_antimeridian_is_cut_exactly_at_plus_and_minus_180():
    import h3

    cell = h3.latlng_to_cell(-17.0, 179.99, 2)
    cells, _ = hex_aggregate(_events([(179.99, -17.0)]), resolution=2, min_count=1)
    geom = cells.geometry.iloc[0]
    assert geom.geom_type == "MultiPolygon" and len(geom.geoms) == 2
    x = shapely.get_coordinates(geom)[:, 0]
    assert x.min() >= -180 and x.max() <= 180 and 180 in x and -180 in x
    east, west = sorted(geom.geoms, key=lambda g: -g.centroid.x)
    assert shapely.get_coordinates(east)[:, 0].min() > 0 and shapely.get_coordinates(west)[:, 0].max() < 0
    # the parts together are the cell: every vertex of H3's boundary is a vertex of one of them
    corners = {(round(lng, 9), round(lat, 9)) for lat, lng in h3.cell_to_boundary(cell)}
    vertices = {(round(px, 9), round(py, 9)) for px, py in shapely.get_coordinates(geom)}
    assert corners <= vertices


# what the first mutation run left: messages, bounds, kept columns -------------------------------------

def test_refusal_messages_exactly():
    with pytest.raises(MaskError) as info:
        parse_mask("blur:3")
    assert str(info.value) == "--mask 'blur:3': unknown masking; use none, donut:MIN_M:MAX_M, hex:RES or admin:LEVEL"
    events = _events(POINTS)
    with pytest.raises(MaskError) as info:
        donut_mask(events, min_m=0, max_m=10, key=b"short")
    assert str(info.value) == ("the masking key has 5 bytes: give at least 16 "
                               "(e.g. `head -c 32 /dev/urandom | base64 > key.txt`)")
    with pytest.raises(MaskError) as info:
        admin_aggregate(events, level="district", official_files=None, focus_country="PER")
    assert str(info.value) == ("admin:district: the official INEI boundaries are not available; run "
                               "`python -m geo data fetch` first, or use admin:country or hex:RES")
    with pytest.raises(MaskError) as info:
        mask_events(events, "donut:10:20")
    assert str(info.value) == "donut masking needs a key: give --key-file FILE or --key-env VARIABLE"


def test_no_donut_point_is_closer_than_min_m_or_further_than_max_m():
    # a ring 1 m wide, 300 points: the draws near either bound must stay inside it after rounding
    rng = np.random.default_rng(5)
    lonlat = list(zip(np.round(-74.5 + rng.random(300), 6), np.round(-13.0 + rng.random(300), 6)))
    events = _events(lonlat)
    out = donut_mask(events, min_m=100, max_m=101, key=KEY, keep=["id"]).set_index("id").loc[events["id"]]
    lon, lat = np.array(lonlat).T
    _, _, dist_m = GEOD.inv(lon, lat, out.geometry.x.to_numpy(), out.geometry.y.to_numpy())
    assert dist_m.min() >= 100 and dist_m.max() <= 101
    draws = np.array([_draw(KEY, x, y)[0] for x, y in lonlat])
    expected_m = np.sqrt(100.1 ** 2 + draws * (100.9 ** 2 - 100.1 ** 2))
    assert np.abs(dist_m - expected_m).max() <= 0.08  # the 6-decimal rounding: at most ~0.08 m here


def test_each_kept_column_lists_its_own_values_and_a_cell_with_none_shows_nothing():
    import h3

    here = [(-73.85 + 0.001 * i, -12.52) for i in range(3)]
    lima = [(-77.03, -12.05), (-77.031, -12.051)]
    events = _events(here + lima, group=["a", None, "b", None, None], unit=[None, "u1", "u2", "u3", "u3"])
    cells, _ = hex_aggregate(events, resolution=5, min_count=2, keep=["group", "unit"])
    rows = cells.set_index("h3_cell")
    cell_h, cell_l = h3.latlng_to_cell(-12.52, -73.85, 5), h3.latlng_to_cell(-12.05, -77.03, 5)
    assert rows.loc[cell_h, "group"] == "a; b" and rows.loc[cell_h, "unit"] == "u1; u2"
    assert rows.loc[cell_l, "unit"] == "u3" and pd.isna(rows.loc[cell_l, "group"])


def test_admin_kept_column_with_no_value_in_a_unit():
    events = _events([(-73.9, -12.5), (-77.0, -12.0), (-68.15, -16.5)], group=[None, None, "z"])
    units, _ = admin_aggregate(events, level="country", min_count=1, keep=["group"])
    assert list(units["unit_id"]) == ["BOL", "PER"]
    assert units["group"].iloc[0] == "z" and pd.isna(units["group"].iloc[1])


def test_mask_events_passes_the_kept_columns_to_every_method():
    events = _events([(-73.85 + 0.001 * i, -12.52) for i in range(3)], group=["a", "b", "a"], secret=list("xyz"))
    donut = mask_events(events, "donut:10:20", key=KEY, keep=["group"]).events
    assert list(donut.columns) == ["group", "geometry"] and sorted(donut["group"]) == ["a", "a", "b"]
    hexes = mask_events(events, "hex:5", min_count=1, keep=["group"]).events
    assert list(hexes["group"]) == ["a; b"]
    units = mask_events(events, "admin:country", min_count=1, keep=["group"]).events
    assert list(units["group"]) == ["a; b"] and list(units["unit_id"]) == ["PER"]
    plain = mask_events(events, "none", keep=["group"]).events
    assert list(plain.columns) == ["group", "geometry"] and plain.crs == "EPSG:4326"


@pytest.mark.parametrize("lat", [89.99, -89.99])
@pytest.mark.parametrize("resolution", [0, 2, 4])
def test_a_cell_round_a_pole_is_a_cap_that_holds_its_events(lat, resolution):
    import h3

    import geo

    cells, _ = hex_aggregate(_events([(10.0, lat), (-170.0, lat)]), resolution=resolution, min_count=1)
    assert len(cells) == 1  # both events are in the cell round the pole
    geom = cells.geometry.iloc[0]
    assert geom.geom_type == "Polygon" and geom.is_valid
    assert geom.contains(shapely.Point(10.0, lat)) and geom.contains(shapely.Point(-170.0, lat))
    x, y = shapely.get_coordinates(geom).T
    assert x.min() == -180 and x.max() == 180 and (y.max() if lat > 0 else y.min()) == (90 if lat > 0 else -90)
    # H3 measures on a sphere of the authalic radius (6,371,007.2 m), we on the WGS84 ellipsoid, whose radius
    # of curvature at the poles is a²/b = 6,399,593.6 m: areas near a pole are (6,399,593.6 / 6,371,007.2)²
    # = 1.00899 times H3's (the large resolution-0 cell reaches further from the pole: a little less)
    ratio = geo.geodesic_area_m2([geom])[0] / 1e6 / h3.cell_area(cells["h3_cell"].iloc[0], unit="km^2")
    assert ratio == pytest.approx((6_399_593.6 / 6_371_007.2) ** 2, abs=1.5e-3)


def test_a_polar_cell_with_a_vertex_on_the_antimeridian_is_closed_there():
    from geo.masking import _cell_polygon

    # a ring round the north pole with one vertex on ±180° (given as both -180 and 180): the seam is that vertex
    cap = _cell_polygon([(85.0, -180.0), (86.0, -60.0), (87.0, 60.0), (85.0, 180.0)])
    assert shapely.get_coordinates(cap).tolist() == [
        [-180.0, 90.0], [-180.0, 85.0], [-180.0, 85.0], [-60.0, 86.0], [60.0, 87.0], [180.0, 85.0],
        [180.0, 85.0], [180.0, 90.0], [-180.0, 90.0]]
