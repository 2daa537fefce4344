"""Writers (geo/writers.py): the behaviours that mutation testing found unpinned.

Each test checks a value that a plausible bug would change: the JSON form of a value type, the
field type a column gets, the geometry type a layer is written with, what a failed write leaves.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from geo import writers
from geo.errors import GeometryError
from geo.writers import (atomic_write_many, csv_cell, geojson_text, integer_columns, invalid_geometries,
                         json_safe, promote_to_multi, repair_geometries, to_geojson_dict)


# json_safe ------------------------------------------------------------------------------------------

def test_json_safe_numpy_scalars_become_python_numbers_of_the_same_kind():
    assert json_safe(np.bool_(True)) is True and json_safe(np.bool_(False)) is False
    value = json_safe(np.int64(-7))
    assert value == -7 and type(value) is int
    value = json_safe(np.float32(0.5))
    assert value == 0.5 and type(value) is float
    # a bool is an int in Python: it must stay a JSON boolean, not become 1
    assert json.dumps(json_safe(True)) == "true"


def test_json_safe_non_finite_and_missing_values_become_null():
    for missing in (float("nan"), float("inf"), -float("inf"), np.float64("nan"), None, pd.NaT, pd.NA):
        assert json_safe(missing) is None, missing
    assert json_safe(0.0) == 0.0 and json_safe(-1e308) == -1e308


def test_json_safe_dates_midnight_as_a_date_else_a_full_timestamp():
    assert json_safe(dt.date(2024, 3, 1)) == "2024-03-01"
    assert json_safe(dt.datetime(2024, 3, 1)) == "2024-03-01"
    assert json_safe(pd.Timestamp("2024-03-01 00:00:01")) == "2024-03-01T00:00:01"
    # a time zone is kept, even at midnight (the offset is part of the value)
    assert json_safe(pd.Timestamp("2024-03-01", tz="America/Lima")) == "2024-03-01T00:00:00-05:00"


def test_json_safe_containers_are_converted_item_by_item():
    value = {1: np.int64(2), "list": (np.float64("nan"), np.bool_(True)), "array": np.array([1.5, np.inf])}
    assert json_safe(value) == {"1": 2, "list": [None, True], "array": [1.5, None]}
    assert json.dumps(json_safe(value), allow_nan=False) == '{"1": 2, "list": [null, true], "array": [1.5, null]}'


def test_json_safe_other_objects_become_their_text():
    from decimal import Decimal
    from pathlib import PurePosixPath

    assert json_safe(PurePosixPath("a/b")) == "a/b"
    assert json_safe(Decimal("1.25")) == "1.25"
    assert json_safe("text") == "text"


# integer_columns ------------------------------------------------------------------------------------

def _types(df):
    return {c: str(t) for c, t in integer_columns(df).dtypes.items()}


def test_whole_float_columns_become_integers_with_missing_values_kept():
    df = pd.DataFrame({"people": [3.0, np.nan, 12.0], "share": [0.5, 1.0, 2.0]})
    out = integer_columns(df)
    assert str(out["people"].dtype) == "Int64" and out["people"].tolist()[0] == 3
    assert out["people"].isna().tolist() == [False, True, False]
    assert str(out["share"].dtype) == "float64"  # not whole
    assert str(df["people"].dtype) == "float64"  # the input is not changed


def test_measured_columns_stay_real_numbers_even_when_whole():
    df = pd.DataFrame({name: [79.0, 12.0] for name in ("share_pct", "length_km", "area_km2", "range_nm",
                                                        "depth_m", "size_m2", "lon", "lat", "plain")})
    types = _types(df)
    assert types.pop("plain") == "Int64"
    assert set(types.values()) == {"float64"}, types


def test_counts_and_ranks_are_integers_even_when_all_missing():
    df = pd.DataFrame({"event_count": [np.nan, np.nan], "route_rank": [1.0, np.nan], "other": [np.nan, np.nan]})
    types = _types(df)
    assert types == {"event_count": "Int64", "route_rank": "Int64", "other": "float64"}


def test_object_columns_of_python_numbers_become_integers_only_if_all_are_numbers():
    df = pd.DataFrame({"n": pd.Series([1, 2.0, None], dtype=object), "mixed": pd.Series([1, "2"], dtype=object)
                       .reindex([0, 1, 2]), "flags": pd.Series([True, False, None], dtype=object),
                       "empty": pd.Series([None, None, None], dtype=object)})
    out = integer_columns(df)
    assert str(out["n"].dtype) == "Int64" and out["n"].tolist()[:2] == [1, 2]
    assert out["mixed"].dtype == object and out["flags"].dtype == object and out["empty"].dtype == object


def test_large_or_infinite_whole_floats_stay_real_numbers():
    df = pd.DataFrame({"big": [2.0 ** 53 + 2], "exact": [2.0 ** 53], "neg": [-(2.0 ** 53)], "inf": [np.inf]})
    assert _types(df) == {"big": "float64", "exact": "Int64", "neg": "Int64", "inf": "float64"}


def test_booleans_categories_and_the_geometry_are_left_alone():
    gdf = gpd.GeoDataFrame({"flag": [True, False], "cat": pd.Categorical([1.0, 2.0]), "x_count": [1.0, 2.0]},
                           geometry=[shapely.Point(0, 0), shapely.Point(1, 1)], crs="EPSG:4326")
    out = integer_columns(gdf)
    assert str(out["flag"].dtype) == "bool" and str(out["cat"].dtype) == "category"
    assert str(out["x_count"].dtype) == "Int64"
    assert out.geometry.name == "geometry" and out.geometry.equals(gdf.geometry)


def test_columns_with_non_text_names_are_left_alone():
    df = pd.DataFrame({0: [1.0, 2.0], "n": [1.0, 2.0]})
    out = integer_columns(df)
    assert str(out[0].dtype) == "float64" and str(out["n"].dtype) == "Int64"


# promote_to_multi -----------------------------------------------------------------------------------

@pytest.mark.parametrize("single, multi", [
    (shapely.Point(1, 2), shapely.MultiPoint([(3, 4), (5, 6)])),
    (shapely.LineString([(0, 0), (1, 1)]), shapely.MultiLineString([[(2, 2), (3, 3)], [(4, 4), (5, 5)]])),
    (shapely.box(0, 0, 1, 1), shapely.MultiPolygon([shapely.box(2, 2, 3, 3), shapely.box(4, 4, 5, 5)])),
])
def test_mixed_single_and_multi_layers_are_written_all_multi(single, multi):
    gdf = gpd.GeoDataFrame({"id": ["a", "b", "c", "d"]},
                           geometry=[single, multi, None, type(single)()], crs="EPSG:4326")
    out = promote_to_multi(gdf)
    assert out.geometry.iloc[0].geom_type == multi.geom_type
    assert list(out.geometry.iloc[0].geoms) == [single]  # one part, the same geometry
    assert out.geometry.iloc[1].equals(multi)
    assert out.geometry.iloc[2] is None and out.geometry.iloc[3].is_empty  # missing and empty stay so
    assert out.crs == gdf.crs and list(out.index) == list(gdf.index)
    assert gdf.geometry.iloc[0].geom_type == single.geom_type  # the input is not changed


def test_layers_of_one_type_or_of_mixed_kinds_are_not_promoted():
    one_kind = gpd.GeoDataFrame(geometry=[shapely.Point(0, 0), shapely.Point(1, 1)], crs="EPSG:4326")
    kinds = gpd.GeoDataFrame(geometry=[shapely.Point(0, 0), shapely.MultiPoint([(1, 1), (2, 2)]),
                                       shapely.LineString([(0, 0), (1, 1)])], crs="EPSG:4326")
    multis = gpd.GeoDataFrame(geometry=[shapely.MultiPoint([(1, 1), (2, 2)])], crs="EPSG:4326")
    for gdf in (one_kind, kinds, multis):
        assert [g.geom_type for g in promote_to_multi(gdf).geometry] == [g.geom_type for g in gdf.geometry]


# csv_cell -------------------------------------------------------------------------------------------

def test_csv_cells_numbers_as_written_stay_and_formulas_get_a_quote():
    assert csv_cell("-12.5") == "-12.5" and csv_cell("+3") == "+3" and csv_cell("-1e3") == "-1e3"
    assert csv_cell("=1+1") == "'=1+1" and csv_cell("@SUM(A1)") == "'@SUM(A1)"
    assert csv_cell("-inf") == "'-inf" and csv_cell("-nan") == "'-nan"  # not finite: not a number a reader wants
    assert csv_cell("-1 ") == "'-1 " and csv_cell("\t1") == "'\t1"  # spaces around: Python reads it, not as written
    assert csv_cell("12") == "12" and csv_cell(-5) == -5 and csv_cell(None) is None


# invalid_geometries / repair_geometries -------------------------------------------------------------

BOW_TIE = shapely.Polygon([(0, 0), (2, 2), (2, 0), (0, 2)])  # lobes meet at (1, 1)


def test_invalid_geometries_named_by_position_without_an_id_column():
    gdf = gpd.GeoDataFrame(geometry=[shapely.box(0, 0, 1, 1), BOW_TIE, None], crs="EPSG:4326")
    assert invalid_geometries(gdf) == ["feature 1: field 'geometry': Self-intersection at (1, 1)"]


def test_repair_keeps_both_lobes_and_leaves_valid_and_line_geometries():
    line = shapely.LineString([(0, 0), (1, 0), (0, 0)])  # valid as a line
    gdf = gpd.GeoDataFrame({"id": ["bow", "ok", "line", "none"]},
                           geometry=[BOW_TIE, shapely.box(5, 5, 6, 6), line, None], crs="EPSG:4326")
    out = repair_geometries(gdf)
    bow = out.geometry.iloc[0]
    assert bow.geom_type == "MultiPolygon" and len(bow.geoms) == 2 and bow.area == pytest.approx(2.0)
    assert out.geometry.iloc[1].equals(shapely.box(5, 5, 6, 6)) and out.geometry.iloc[2].equals(line)
    assert out.geometry.iloc[3] is None
    assert gdf.geometry.iloc[0].equals(BOW_TIE) and not gdf.geometry.iloc[0].is_valid  # input not changed


def test_repair_of_a_polygon_that_collapses_is_empty_and_invalid_lines_are_repaired_as_lines():
    spike = shapely.from_wkt("POLYGON ((0 0, 1 1, 0 0, 0 0))")  # no area at all
    bad_line = shapely.from_wkt("LINESTRING (0 0, 0 0)")  # invalid line (one distinct point)
    gdf = gpd.GeoDataFrame({"id": ["spike", "line"]}, geometry=[spike, bad_line], crs="EPSG:4326")
    out = repair_geometries(gdf)
    assert out.geometry.iloc[0].is_empty and out.geometry.iloc[0].geom_type != "LineString"
    assert out.geometry.iloc[1].geom_type != "Polygon"  # a line is repaired as GEOS repairs it, not polygonised
    assert out.geometry.iloc[1].equals(shapely.make_valid(bad_line, method="structure", keep_collapsed=False))


# to_geojson_dict / geojson_text ---------------------------------------------------------------------

def test_geojson_has_feature_ids_rounded_coordinates_and_refuses_invalid_geometries():
    gdf = gpd.GeoDataFrame({"id": ["a", None], "n": [1.0, 2.0]},
                           geometry=[shapely.Point(1.23456789, -2.0000004), shapely.Point(0, 0)])  # no CRS: lon/lat
    doc = to_geojson_dict(gdf)
    first, second = doc["features"]
    assert first["id"] == "a" and "id" not in second
    assert first["geometry"] == {"type": "Point", "coordinates": [1.234568, -2.0]}
    assert first["properties"] == {"id": "a", "n": 1} and type(first["properties"]["n"]) is int
    bad = gpd.GeoDataFrame({"id": ["bow"]}, geometry=[BOW_TIE], crs="EPSG:4326")
    with pytest.raises(GeometryError, match=r"feature 'bow': field 'geometry': Self-intersection at \(1, 1\)"):
        to_geojson_dict(bad)
    assert to_geojson_dict(bad, check_valid=False)["features"][0]["geometry"]["type"] == "Polygon"


def test_geojson_text_one_feature_per_line_and_no_ascii_escapes():
    gdf = gpd.GeoDataFrame({"id": ["a", "b"], "name": ["Pichari", "Ñuñoa"]},
                           geometry=[shapely.Point(0, 0), None], crs="EPSG:4326")
    text = geojson_text(gdf)
    lines = text.split("\n")
    assert lines[0] == '{"type":"FeatureCollection","features":['
    assert lines[1] == '{"type":"Feature","id":"a","geometry":{"type":"Point","coordinates":[0.0,0.0]},' \
                       '"properties":{"id":"a","name":"Pichari"}},'
    assert lines[2] == '{"type":"Feature","id":"b","geometry":null,"properties":{"id":"b","name":"Ñuñoa"}}'
    assert lines[3:] == ["]}", ""]


# atomic writes --------------------------------------------------------------------------------------

def test_atomic_write_many_writes_bytes_as_they_are_and_text_with_newline_ends(tmp_path):
    png = bytes(range(256))
    paths = atomic_write_many({tmp_path / "sub" / "deeper" / "a.bin": png, str(tmp_path / "b.txt"): "x\r\ny\n",
                               tmp_path / "c.txt": "c"})
    assert paths == [tmp_path / "sub" / "deeper" / "a.bin", tmp_path / "b.txt", tmp_path / "c.txt"]
    assert (tmp_path / "sub" / "deeper" / "a.bin").read_bytes() == png
    assert (tmp_path / "b.txt").read_bytes() == b"x\r\ny\n"
    assert oct((tmp_path / "b.txt").stat().st_mode & 0o777) == oct(0o644)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.txt", "c.txt", "sub"]


def test_temporary_files_are_hidden_beside_their_destination(tmp_path, monkeypatch):
    real_replace, renamed = os.replace, []

    def replace(src, dst):
        renamed.append((src, str(dst)))
        assert Path(src).read_text() == "new"  # whole on disk before the rename
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    atomic_write_many({tmp_path / "a.txt": "new"})
    (src, dst), = renamed
    assert dst == str(tmp_path / "a.txt") and os.path.dirname(src) == str(tmp_path)
    assert os.path.basename(src).startswith(".a.txt.") and src.endswith(".tmp")


@pytest.mark.skipif(writers.fcntl is None, reason="no flock on this system")
def test_folder_locks_are_taken_in_sorted_order(tmp_path, monkeypatch):
    # two builds writing into the same folders must lock them in the same order, or each could wait for the other
    real_lock, locked = writers._lock, []

    def lock(path):
        locked.append(path)
        return real_lock(path)

    monkeypatch.setattr(writers, "_lock", lock)
    atomic_write_many({tmp_path / "b" / "x.txt": "x", tmp_path / "a" / "y.txt": "y", tmp_path / "b" / "z.txt": "z"})
    assert locked == [(tmp_path / "a").resolve() / writers.LOCK_NAME, (tmp_path / "b").resolve() / writers.LOCK_NAME]


def test_a_folder_where_a_file_goes_is_refused_before_anything_is_written(tmp_path):
    (tmp_path / "a.txt").write_text("old a")
    (tmp_path / "b.txt").mkdir()
    with pytest.raises(IsADirectoryError) as info:
        atomic_write_many({tmp_path / "a.txt": "new a", tmp_path / "b.txt": "new b"})
    assert info.value.errno == errno.EISDIR and info.value.filename == str(tmp_path / "b.txt")
    assert (tmp_path / "a.txt").read_text() == "old a"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


def test_a_file_where_a_folder_goes_is_refused(tmp_path):
    (tmp_path / "plain").write_text("x")
    with pytest.raises(NotADirectoryError) as info:
        atomic_write_many({tmp_path / "ok.txt": "ok", tmp_path / "plain" / "deeper" / "c.txt": "c"})
    assert info.value.filename == str(tmp_path / "plain")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain"]


def test_a_folder_not_writable_is_refused_before_anything_is_written(tmp_path, monkeypatch):
    # os.access is asked (root may write anywhere, so the refusal is simulated for one folder)
    ro = tmp_path / "ro"
    ro.mkdir()
    (tmp_path / "a.txt").write_text("old")
    real_access, asked = os.access, []

    def access(path, mode):
        asked.append((str(path), mode))
        return False if str(path) == str(ro) else real_access(path, mode)

    monkeypatch.setattr(os, "access", access)
    with pytest.raises(PermissionError) as info:
        atomic_write_many({tmp_path / "a.txt": "new", ro / "sub" / "b.txt": "b"})
    assert info.value.filename == str(ro) and info.value.errno == errno.EACCES
    assert (str(ro), os.W_OK | os.X_OK) in asked
    assert (tmp_path / "a.txt").read_text() == "old" and list(ro.iterdir()) == []


def test_a_rename_failing_midway_puts_back_every_previous_file(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("old a")
    (tmp_path / "c.txt").write_text("old c")
    real_replace, calls = os.replace, []

    def replace(src, dst):
        calls.append(str(dst))
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device", str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OSError, match="No space left"):
        atomic_write_many({tmp_path / "a.txt": "new a", tmp_path / "b.txt": "new b", tmp_path / "c.txt": "new c"})
    monkeypatch.setattr(os, "replace", real_replace)
    # a.txt replaced then put back, b.txt (new) removed, c.txt never replaced; no temporary, backup or lock left
    assert {p.name: p.read_text() for p in tmp_path.iterdir()} == {"a.txt": "old a", "c.txt": "old c"}


def test_the_previous_file_is_copied_aside_where_hard_links_fail(tmp_path, monkeypatch):
    target = tmp_path / "a.txt"
    target.write_text("old")

    def no_link(src, dst):
        raise OSError(errno.EPERM, "hard links not supported")

    monkeypatch.setattr(os, "link", no_link)
    backup = writers._keep_aside(target)
    assert backup is not None and backup.startswith(str(tmp_path / ".a.txt.")) and backup.endswith(".previous")
    assert Path(backup).read_text() == "old" and not os.path.samefile(backup, target)
    assert writers._keep_aside(tmp_path / "missing.txt") is None


def test_keep_aside_tries_other_names_and_gives_up_after_100(tmp_path, monkeypatch):
    target = tmp_path / "a.txt"
    target.write_text("old")
    tries = []

    def taken(src, dst):
        tries.append(dst)
        raise FileExistsError(errno.EEXIST, "exists", dst)

    monkeypatch.setattr(os, "link", taken)
    with pytest.raises(FileExistsError) as info:
        writers._keep_aside(target)
    assert len(tries) == 100 and len(set(tries)) == 100 and info.value.filename == str(target)


def test_restore_puts_back_backups_removes_new_files_and_drops_unused_backups(tmp_path):
    replaced, new, untouched = tmp_path / "r.txt", tmp_path / "n.txt", tmp_path / "u.txt"
    replaced.write_text("old r")
    untouched.write_text("old u")
    backup_r = writers._keep_aside(replaced)
    backup_u = writers._keep_aside(untouched)  # a link to the same file: not replaced yet
    replaced.unlink()
    replaced.write_text("new r")
    new.write_text("new n")
    writers._restore([(replaced, backup_r), (new, None), (untouched, backup_u), (tmp_path / "gone.txt", None)])
    assert {p.name: p.read_text() for p in tmp_path.iterdir()} == {"r.txt": "old r", "u.txt": "old u"}


def test_restore_goes_on_after_a_file_it_cannot_put_back(tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    second.write_text("old b")
    backup_b = writers._keep_aside(second)
    second.unlink()
    second.write_text("new b")
    first.write_text("new a")
    # the first entry's backup is gone (cannot be put back): the error is swallowed, the rest restored
    writers._restore([(second, backup_b), (first, str(tmp_path / ".a.txt.missing.previous"))])
    assert second.read_text() == "old b" and first.read_text() == "new a"


@pytest.mark.skipif(writers.fcntl is None, reason="no flock on this system")
def test_folder_locks_are_held_during_the_renames_and_removed_after(tmp_path):
    import fcntl

    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    with writers._folder_locks([a, b]):
        for folder in (a, b):
            lock = folder / writers.LOCK_NAME
            assert lock.exists()
            with open(lock) as fh:  # another open file description cannot take the lock
                with pytest.raises(BlockingIOError):
                    fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    assert list(a.iterdir()) == [] and list(b.iterdir()) == []


@pytest.mark.skipif(writers.fcntl is None, reason="no flock on this system")
def test_a_lock_file_removed_by_its_previous_holder_is_opened_again(tmp_path, monkeypatch):
    path = tmp_path / writers.LOCK_NAME
    real_flock, calls = writers.fcntl.flock, []

    def flock(fd, op):
        calls.append(op)
        if len(calls) == 1 and path.exists():  # the previous holder removes the file as we get the lock
            os.unlink(path)
        return real_flock(fd, op)

    monkeypatch.setattr(writers.fcntl, "flock", flock)
    fh = writers._lock(path)
    try:
        assert path.exists() and os.path.samestat(os.fstat(fh.fileno()), os.stat(path))
        import fcntl
        assert calls == [fcntl.LOCK_EX, fcntl.LOCK_UN, fcntl.LOCK_EX]
    finally:
        real_flock(fh.fileno(), writers.fcntl.LOCK_UN)
        fh.close()


# what the first mutation run left: messages, alignment, failures while staging -------------------------

def test_refusals_say_why_in_their_message(tmp_path):
    (tmp_path / "dir.txt").mkdir()
    (tmp_path / "plain").write_text("x")
    with pytest.raises(IsADirectoryError) as info:
        atomic_write_many({tmp_path / "dir.txt": "x"})
    assert info.value.strerror == "is a folder, not a file: move or remove it"
    with pytest.raises(NotADirectoryError) as info:
        atomic_write_many({tmp_path / "plain" / "x.txt": "x"})
    assert info.value.errno == errno.ENOTDIR and info.value.strerror == "is a file where a folder is needed"


def test_a_folder_not_writable_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    with pytest.raises(PermissionError) as info:
        atomic_write_many({tmp_path / "a.txt": "x"})
    assert info.value.strerror == "folder not writable"


def test_no_free_name_for_the_previous_file_says_so(tmp_path, monkeypatch):
    target = tmp_path / "a.txt"
    target.write_text("old")

    def taken(src, dst):
        raise FileExistsError(errno.EEXIST, "exists", dst)

    monkeypatch.setattr(os, "link", taken)
    with pytest.raises(FileExistsError) as info:
        writers._keep_aside(target)
    assert info.value.errno == errno.EEXIST
    assert info.value.strerror == "cannot find a free name to keep the previous file"


def test_a_write_failing_while_staging_removes_its_temporary_files_and_raises_the_os_error(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("old a")
    real_fsync, calls = os.fsync, []

    def fsync(fd):
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(OSError) as info:
        atomic_write_many({tmp_path / "a.txt": "new a", tmp_path / "b.txt": "new b"})
    assert type(info.value) is OSError and info.value.errno == errno.ENOSPC
    assert {p.name: p.read_text() for p in tmp_path.iterdir()} == {"a.txt": "old a"}


def test_integer_columns_go_on_after_a_text_column():
    df = pd.DataFrame({"label": pd.Series(["a", "b"], dtype=object), "people": [3.0, 4.0]})
    assert _types(df) == {"label": "object", "people": "Int64"}


def test_promotion_keeps_the_index_and_ignores_empty_geometries_of_other_kinds():
    gdf = gpd.GeoDataFrame({"id": ["a", "b", "c"]},
                           geometry=[shapely.box(0, 0, 1, 1), shapely.MultiPolygon([shapely.box(2, 2, 3, 3)]),
                                     shapely.LineString()], index=[10, 11, 12], crs="EPSG:4326")
    out = promote_to_multi(gdf)
    assert list(out.index) == [10, 11, 12]
    assert [g.geom_type for g in out.geometry] == ["MultiPolygon", "MultiPolygon", "LineString"]
    assert out.geometry[10].equals(shapely.MultiPolygon([shapely.box(0, 0, 1, 1)]))


def test_repair_leaves_valid_geometries_exactly_as_they_were():
    # GEOS make_valid would rewrite this valid ring (another start and winding): it must not be applied
    ring = [(0.5, 0), (1, 0), (1, 1), (0, 1), (0, 0), (0.5, 0)]
    gdf = gpd.GeoDataFrame({"id": ["ok", "bow"]}, geometry=[shapely.Polygon(ring), BOW_TIE], crs="EPSG:4326")
    out = repair_geometries(gdf)
    assert shapely.get_coordinates(out.geometry.iloc[0]).tolist() == [list(p) for p in ring]


def test_feature_collection_members_and_the_invalid_geometry_message():
    gdf = gpd.GeoDataFrame({"id": ["a"]}, geometry=[shapely.Point(0, 0)], crs="EPSG:4326")
    doc = to_geojson_dict(gdf)
    assert list(doc) == ["type", "features"] and doc["type"] == "FeatureCollection"
    bad = gpd.GeoDataFrame({"id": ["bow", "bow2"]}, geometry=[BOW_TIE, BOW_TIE], crs="EPSG:4326")
    with pytest.raises(GeometryError) as info:
        to_geojson_dict(bad)
    assert str(info.value) == (
        "invalid geometry, not written (geo.repair_geometries repairs it, keeping every part):\n"
        "  - feature 'bow': field 'geometry': Self-intersection at (1, 1)\n"
        "  - feature 'bow2': field 'geometry': Self-intersection at (1, 1)")
