"""The content-addressed cache (geo.cache), the lazy package imports and the light commands.

Reuse and rebuild are checked by the cache's own hit/miss counters and by what is on disk, never by
time (speed is measured in benchmarks/, not asserted here).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import yaml

import geo
from geo import cache

REPO = Path(__file__).resolve().parents[1]


def small_scenario(path: Path, **changes) -> Path:
    """The embedded scenario cut down to one region, one route and one flow (quick to build)."""
    data = yaml.safe_load(geo.default_scenario_path().read_text(encoding="utf-8"))
    data["regions"] = [r for r in data["regions"] if r["id"] == "vraem"]
    data["routes"] = [r for r in data["routes"] if r["id"] == "air_bridge_bolivia"]
    data["flows"] = data["flows"][:1]
    data["views"] = []
    data.pop("story", None)  # its steps name the views and features dropped here
    known = {p["id"] for p in data["places"]} | {r["id"] for r in data["regions"]}
    for source in data["sources"].values() if isinstance(data["sources"], dict) else data["sources"]:
        if "names" in source:
            source["names"] = [n for n in source["names"] if n in known]
    for place_id, (lon, lat) in changes.items():
        place = next(p for p in data["places"] if p["id"] == place_id)
        place["lon"], place["lat"] = lon, lat
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def run(*args, env_extra=None, code=None):
    env = {**os.environ, "PYTHONPATH": str(REPO), **(env_extra or {})}
    env.pop("GEO_DATA_MIRROR", None)
    argv = [sys.executable, "-c", code] if code else [sys.executable, "-m", "geo", *args]
    return subprocess.run(argv, capture_output=True, text=True, cwd=REPO, env=env)


# --- lazy imports -------------------------------------------------------------------------------

def test_import_geo_loads_no_geospatial_stack():
    proc = run(code="import sys, geo\n"
                    "heavy = ['folium', 'geopandas', 'pandas', 'shapely', 'pyproj', 'jinja2', 'jsonschema', 'numpy']\n"
                    "print(sorted(m for m in heavy if m in sys.modules))\n"
                    "geo.build_layers; geo.distance_m; geo.GeoError\n"  # names still resolve, on first use
                    "print('geopandas' in sys.modules, sorted(set(geo.__all__) - set(dir(geo))))")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["[]", "True []"]


def test_functions_named_like_their_module_stay_functions():
    # importing geo.build / geo.countries (as the command line does) must not replace the public
    # functions geo.build and geo.countries by the modules
    proc = run(code="import geo\nfrom geo.build import resolve_official\nimport geo.countries\n"
                    "print(callable(geo.build), type(geo.build).__name__, type(geo.countries).__name__)")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["True", "function", "function"]


def test_unknown_attribute_is_an_attribute_error():
    with pytest.raises(AttributeError, match="module 'geo' has no attribute 'no_such_name'"):
        geo.no_such_name  # noqa: B018


def test_distance_and_a_cached_route_load_no_geopandas(tmp_path):
    env = {"GEO_DATA_CACHE": str(tmp_path / "cache")}
    code = ("import sys\nfrom geo.cli import main\nstatus = main(sys.argv[1:])\n"
            "print('geopandas loaded:', 'geopandas' in sys.modules, 'folium loaded:', 'folium' in sys.modules)\n"
            "sys.exit(status)")
    # Pichari (-73.82903, -12.51957) to Callao port (-77.15, -12.05): 365.0 km on WGS84 (test_cli)
    proc = subprocess.run([sys.executable, "-c", code, "distance", "pichari", "callao"], capture_output=True,
                          text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO), **env})
    assert proc.returncode == 0, proc.stderr
    assert "365.0 km" in proc.stdout and "geopandas loaded: False folium loaded: False" in proc.stdout
    first = subprocess.run([sys.executable, "-c", code, "route", "air_bridge_bolivia"], capture_output=True,
                           text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO), **env})
    assert first.returncode == 0, first.stderr
    assert "geopandas loaded: True" in first.stdout  # built once, then stored
    again = subprocess.run([sys.executable, "-c", code, "route", "air_bridge_bolivia"], capture_output=True,
                           text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO), **env})
    assert again.returncode == 0, again.stderr
    assert "geopandas loaded: False folium loaded: False" in again.stdout
    assert again.stdout.split("geopandas loaded")[0] == first.stdout.split("geopandas loaded")[0]


# --- unknown ids and near ------------------------------------------------------------------------

def test_unknown_place_suggests_the_closest_ids(tmp_path):
    proc = run("distance", "pichri", "callao", env_extra={"GEO_DATA_CACHE": str(tmp_path)})
    assert proc.returncode == 2
    assert "no place matches 'pichri'; did you mean 'pichari' or 'pichari_base'?" in proc.stderr
    assert "kimbiri" not in proc.stderr and "Traceback" not in proc.stderr
    far = run("distance", "atlantis", "callao", env_extra={"GEO_DATA_CACHE": str(tmp_path)})
    assert far.returncode == 2 and "did you mean" not in far.stderr and "known ids is close" in far.stderr


def test_unknown_route_suggests_the_closest_id(tmp_path):
    proc = run("route", "sea_calao_mexico", env_extra={"GEO_DATA_CACHE": str(tmp_path)})
    assert proc.returncode == 2
    assert "no route 'sea_calao_mexico'; did you mean 'sea_callao_mexico'" in proc.stderr


def test_near_a_place_leaves_the_place_itself_out_and_matches_places_within(tmp_path):
    env = {"GEO_DATA_CACHE": str(tmp_path)}
    proc = run("near", "--place", "pichari", "--km", "15", env_extra=env)
    assert proc.returncode == 0, proc.stderr
    ids = [line.split()[0] for line in proc.stdout.splitlines()[1:]]
    # pichari_base shares Pichari's coordinates in the scenario; Kimbiri is 11.9 km away (geodesic)
    assert "pichari" not in ids and ids[:2] == ["pichari_base", "kimbiri"]
    # the same figures as the library's places_within (the densified-geometry path) for the point
    import shapely

    scen = geo.load_scenario()
    layers = geo.build_layers(scen)
    p = next(p for p in scen.places if p["id"] == "pichari")
    expected = geo.places_within(layers["places"], shapely.Point(p["lon"], p["lat"]), 15_000)
    expected = expected[expected["id"] != "pichari"]
    got = [(line.split()[0], float(line.split()[2])) for line in proc.stdout.splitlines()[1:]]
    assert got == list(zip(expected["id"], expected["distance_km"]))


# --- scenario validation cache -------------------------------------------------------------------

def test_a_validated_scenario_is_reused_and_a_changed_byte_is_validated_again(cache_home, tmp_path):
    path = small_scenario(tmp_path / "s.yaml")
    first = geo.load_scenario(path)
    assert cache.STATS["scenario"] == {"hit": 0, "miss": 1}
    assert len(list((cache_home / "derived" / "scenario").glob("*.json"))) == 1
    again = geo.load_scenario(path)
    assert cache.STATS["scenario"] == {"hit": 1, "miss": 1}
    assert again.data == first.data and again.path == path
    # one changed byte: a new entry, and the new value is what comes back
    text = path.read_text(encoding="utf-8").replace("lon: -73.82903", "lon: -73.82904", 1)
    assert "-73.82904" in text
    path.write_text(text, encoding="utf-8")
    changed = geo.load_scenario(path)
    assert cache.STATS["scenario"] == {"hit": 1, "miss": 2}
    assert next(p for p in changed.places if p["id"] == "pichari")["lon"] == -73.82904
    # a broken file is refused even though a valid version of it was cached before
    path.write_text(text.replace("lon: -73.82904", "lon: 500", 1), encoding="utf-8")
    with pytest.raises(geo.ScenarioError, match="500"):
        geo.load_scenario(path)


def test_the_cache_can_be_turned_off(cache_home, tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_NO_CACHE", "1")
    geo.load_scenario(small_scenario(tmp_path / "s.yaml"))
    assert not (cache_home / "derived").exists()


# --- layer cache ---------------------------------------------------------------------------------

def test_layers_are_reused_until_the_scenario_or_the_data_changes(cache_home, tmp_path):
    scen = geo.load_scenario(small_scenario(tmp_path / "s.yaml"))
    built, key = cache.layers_for(scen, None)
    assert cache.STATS["layers"] == {"hit": 0, "miss": 1}
    entry = cache_home / "derived" / "layers" / key
    assert json.loads((entry / "complete").read_text())["layers"] == list(built)
    stamp = (entry / "routes.parquet").stat().st_mtime_ns

    reused, same_key = cache.layers_for(geo.load_scenario(tmp_path / "s.yaml"), None)
    assert same_key == key and cache.STATS["layers"] == {"hit": 1, "miss": 1}
    assert (entry / "routes.parquet").stat().st_mtime_ns == stamp  # not written again
    for name, layer in built.items():  # same columns, dtypes, values and geometries
        pd.testing.assert_frame_equal(pd.DataFrame(layer.drop(columns="geometry")),
                                      pd.DataFrame(reused[name].drop(columns="geometry")))
        assert layer.geometry.geom_equals_exact(reused[name].geometry, 0).all()
        assert reused[name].crs == layer.crs

    # a place moved by 0.1°: a new key, a new build, and the new geometry
    moved = geo.load_scenario(small_scenario(tmp_path / "moved.yaml", pichari=(-73.9, -12.52)))
    rebuilt, new_key = cache.layers_for(moved, None)
    assert new_key != key and cache.STATS["layers"] == {"hit": 1, "miss": 2}
    point = rebuilt["places"].set_index("id").geometry["pichari"]
    assert (point.x, point.y) == (-73.9, -12.52)


def test_the_key_covers_official_files_code_and_shipped_data(cache_home, tmp_path, monkeypatch):
    scen = geo.load_scenario(small_scenario(tmp_path / "s.yaml"))
    key = cache.layers_key(scen, None)
    # official boundary files: their content, not their names
    files = {}
    for level in ("department", "province", "district"):
        files[level] = tmp_path / f"{level}.geojson"
        files[level].write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    with_files = cache.layers_key(scen, files)
    assert with_files != key
    files["district"].write_text('{"type": "FeatureCollection", "features": [] }', encoding="utf-8")
    assert cache.layers_key(scen, files) not in (key, with_files)
    # the toolkit's code and the shipped data (through data_hash)
    monkeypatch.setattr(cache, "data_hash", lambda: "0" * 64)
    assert cache.layers_key(scen, None) != key


def test_code_hash_covers_the_package_sources_and_data():
    root = Path(geo.__file__).parent
    h = cache.code_hash()
    assert len(h) == 64 and h == cache.code_hash()
    # computed over the files themselves: an independent recomputation agrees
    import hashlib

    again = hashlib.sha256(f"geo {geo.__version__}\n".encode())
    files = sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                   and (p.suffix == ".py" or "data" in p.relative_to(root).parts))
    assert root / "cli.py" in files and root / "data" / "scenario.schema.json" in files
    for p in files:
        again.update(p.relative_to(root).as_posix().encode() + b"\0")
        again.update(hashlib.sha256(p.read_bytes()).digest())
    assert again.hexdigest() == h


def test_cached_entries_are_written_whole(cache_home, tmp_path):
    scen = geo.load_scenario(small_scenario(tmp_path / "s.yaml"))
    _, key = cache.layers_for(scen, None)
    root = cache_home / "derived"
    leftovers = [p for p in root.rglob("*") if p.name.startswith(".")]
    assert leftovers == []  # no temporary files or folders stay behind
    # an entry without its completion mark is not used
    (root / "layers" / key / "complete").unlink()
    assert cache.load_layers(key) is None


def test_library_versions_match_importlib_metadata():
    from importlib import metadata

    for name in cache._GEOMETRY_LIBRARIES:
        try:
            expected = metadata.version(name)
        except metadata.PackageNotFoundError:
            expected = "absent"
        assert cache._version(name) == expected


# --- facts of the shipped data ---------------------------------------------------------------------

def test_a_land_border_is_computed_once_and_read_back_exactly(cache_home):
    from geo import overlay

    geo.land_border.cache_clear()  # the per-process memo
    first = geo.land_border("PER", "BOL")
    assert cache.STATS["land_border"] == {"hit": 0, "miss": 1}
    assert len(list((cache_home / "derived" / "land_border").glob("*.json"))) == 1
    geo.land_border.cache_clear()  # as a new process would
    again = geo.land_border("PER", "BOL")
    assert cache.STATS["land_border"] == {"hit": 1, "miss": 1}
    fresh = overlay._land_border("PER", "BOL")
    assert not fresh.is_empty and fresh.geom_type in ("LineString", "MultiLineString")
    assert again.equals_exact(fresh, 0) and first.equals_exact(fresh, 0)
    with pytest.raises(ValueError, match="no border with itself"):
        geo.land_border("PER", "PER")
    geo.land_border.cache_clear()
