"""The command line, run as a user runs it."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _session_cache(cli_cache, monkeypatch):
    monkeypatch.setenv("GEO_DATA_CACHE", str(cli_cache))


def run(*args, cwd=REPO, cache=None):
    """Run the CLI with the given data cache, else the session's cache of the command-line tests
    (``cli_cache`` in conftest.py: never given the official boundaries, so results do not depend on
    what this machine has fetched before; the layers it stores are reused between commands)."""
    env = {**os.environ, "GEO_DATA_CACHE": str(cache or os.environ["GEO_DATA_CACHE"])}
    env.pop("GEO_DATA_MIRROR", None)
    return subprocess.run([sys.executable, "-m", "geo", *args], capture_output=True, text=True, cwd=cwd, env=env)


def test_help():
    proc = run("--help")
    assert proc.returncode == 0
    for command in ("build", "distance", "regions", "screenshot"):
        assert command in proc.stdout


def test_distance_by_id_and_by_name():
    proc = run("distance", "pichari", "Callao")
    assert proc.returncode == 0, proc.stderr
    # Pichari (-73.82903, -12.51957) to Callao port (-77.15, -12.05), geodesic on WGS84; independent
    # reference: Vincenty's inverse (test_references.test_pinned_distances_against_vincenty).
    assert "365.0 km" in proc.stdout and "197.1 nmi" in proc.stdout
    with_accent, without = run("distance", "Iñapari", "cobija"), run("distance", "INAPARI", "Cobija")
    assert with_accent.returncode == 0 and with_accent.stdout == without.stdout


def test_distance_unknown_place_is_exit_2():
    proc = run("distance", "pichari", "atlantis")
    assert proc.returncode == 2
    assert "no place matches 'atlantis'" in proc.stderr and "Traceback" not in proc.stderr


def test_regions_lists_areas_beside_official():
    proc = run("regions")
    assert proc.returncode == 0, proc.stderr
    line = next(ln for ln in proc.stdout.splitlines() if ln.startswith("madre_de_dios"))
    assert "85,300.5" in line and "sketch" in line
    assert "warning: official INEI boundaries are not in the cache" in proc.stderr


def test_data_fetch_then_regions_use_official_boundaries(tmp_path, official_files):
    if official_files is None:
        pytest.skip("no INEI mirror beside the repository")
    from conftest import INEI_MIRROR

    cache = tmp_path / "cache"
    fetch = run("data", "fetch", "--mirror", str(INEI_MIRROR), cache=cache)
    assert fetch.returncode == 0, fetch.stderr
    assert fetch.stdout.count("SHA-256 checked") == 3
    proc = run("regions", cache=cache)
    line = next(ln for ln in proc.stdout.splitlines() if ln.startswith("madre_de_dios"))
    assert "84,582.4" in line and "-0.8" in line and "official_boundary" in line
    assert proc.stderr == ""


def test_data_fetch_bad_mirror_is_exit_2(tmp_path):
    proc = run("data", "fetch", "--mirror", str(tmp_path / "nowhere"), cache=tmp_path / "cache")
    assert proc.returncode == 2
    assert "neither a folder nor an http(s) URL" in proc.stderr and "Traceback" not in proc.stderr


def test_build_writes_everything(tmp_path):
    proc = run("build", "--layers-dir", str(tmp_path / "layers"), "--out", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stderr
    for name in ("regions", "routes", "legs", "flows", "places"):
        assert (tmp_path / "layers" / f"{name}.geojson").exists()
    for name in ("peru_trafficking_map.html", "measurements.csv", "measurements.md"):
        assert (tmp_path / "out" / name).exists()
    assert "europe_chain" in proc.stdout and "km" in proc.stdout


def test_near_a_border():
    proc = run("near", "--border", "PER:BOL", "--km", "50")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert "within 50 km of the land border PER–BOL" in lines[0]
    assert any(line.split()[0] == "desaguadero" for line in lines[1:])
    assert not any(line.split()[0] == "callao" for line in lines[1:])


def test_near_a_place_by_kind():
    proc = run("near", "--place", "pichari", "--km", "15", "--kind", "town")
    assert proc.returncode == 0, proc.stderr
    ids = [line.split()[0] for line in proc.stdout.splitlines()[1:]]
    assert ids == ["kimbiri", "san_francisco_vraem", "llochegua"]  # not Pichari itself (issue 13.13)


def test_route_report():
    proc = run("route", "air_bridge_bolivia")
    assert proc.returncode == 0, proc.stderr
    # the one air bridge, drawn from Llochegua to Cobija (both stand-ins): the geodesic between their
    # INEI and Natural Earth coordinates is 580.8 km
    assert "580.8 km" in proc.stdout and "PER → BOL" in proc.stdout
    bad = run("route", "nowhere")
    assert bad.returncode == 2 and "no route 'nowhere'" in bad.stderr


def test_screenshot_of_a_missing_map(tmp_path):
    proc = run("screenshot", str(tmp_path / "none.html"), str(tmp_path / "x.png"))
    assert proc.returncode == 2 and "no such map file" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("args, expected", [
    (["near", "--border", "PER:XXX", "--km", "50"], "no country with iso_a3 'XXX'"),
    (["near", "--border", "PER:JPN", "--km", "5"], "no land border"),
    (["near", "--border", "PER:PER", "--km", "5"], "no border with itself"),
    (["near", "--border", "PER:BOL:BRA", "--km", "5"], "give one country"),
    (["near", "--place", "pichari", "--km", "-5"], "greater than 0"),
    (["near", "--place", "pichari", "--km", "nan"], "greater than 0"),
    (["near", "--place", "pichari", "--km", "5", "--kind", "spaceship"], "no place of that kind"),
    (["near", "--lonlat", "200", "0", "--km", "5"], "within ±180"),
    (["data", "fetch", "--mirror", ""], "the mirror is empty"),
])
def test_junk_arguments_are_exit_2_without_traceback(args, expected):
    proc = run(*args)
    assert proc.returncode == 2, (args, proc.stdout, proc.stderr)
    assert expected in proc.stderr and "Traceback" not in proc.stderr


def test_screenshot_of_something_that_is_not_a_map(tmp_path, chromium):
    page = tmp_path / "page.html"
    page.write_text("<html><body>not a map</body></html>")
    proc = run("screenshot", str(page), str(tmp_path / "x.png"))
    assert proc.returncode == 2 and "cannot take a screenshot" in proc.stderr and "Traceback" not in proc.stderr


def test_build_offline_with_png(tmp_path, chromium):
    proc = run("build", "--offline", "--layers-dir", str(tmp_path / "l"), "--out", str(tmp_path / "o"),
               "--png", str(tmp_path / "o" / "map.png"))
    assert proc.returncode == 0, proc.stderr
    assert f"wrote {tmp_path / 'o' / 'map.png'}" in proc.stdout
    png = (tmp_path / "o" / "map.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and int.from_bytes(png[16:20], "big") == 1400
    html = (tmp_path / "o" / "peru_trafficking_map_offline.html").read_text(encoding="utf-8")
    assert "<script src=" not in html
    assert not (tmp_path / "o" / "peru_trafficking_map.html").exists()  # its own name, never the online map's


def test_export_one_format(tmp_path):
    proc = run("export", "--format", "gpkg", "--format", "csv", "--out", str(tmp_path / "x"))
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in (tmp_path / "x").iterdir() if p.name != ".geo.lock") == [
        "measurements.csv", "peru_cocaine.gpkg", "places.csv", "places.csvt"]  # .csvt: the column types for GDAL
    import pyogrio

    assert [name for name, _ in pyogrio.list_layers(tmp_path / "x" / "peru_cocaine.gpkg")] == [
        "regions", "routes", "legs", "flows", "crossings", "places", "layer_styles"]  # QGIS's default styles
    bad = run("export", "--format", "shp", "--out", str(tmp_path / "y"))
    assert bad.returncode == 2 and "invalid choice: 'shp'" in bad.stderr and not (tmp_path / "y").exists()


def test_png_is_checked_before_anything_is_written(tmp_path):
    proc = run("build", "--out", str(tmp_path / "o"), "--layers-dir", str(tmp_path / "l"),
               "--png", str(tmp_path / "o" / "peru_trafficking_map.html"))
    assert proc.returncode == 2 and "ending in .png" in proc.stderr
    assert not (tmp_path / "o").exists() and not (tmp_path / "l").exists()


def test_a_scenario_file_builds_its_layers_under_out(tmp_path):
    from geo.scenario import default_scenario_path

    scenario = tmp_path / "copy.yaml"
    scenario.write_text(default_scenario_path().read_text(encoding="utf-8"), encoding="utf-8")
    before = (REPO / "layers" / "regions.geojson").stat().st_mtime_ns
    proc = run("build", "--scenario", str(scenario), "--out", str(tmp_path / "o"))
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "o" / "layers" / "regions.geojson").exists()
    assert (REPO / "layers" / "regions.geojson").stat().st_mtime_ns == before  # the committed layers untouched
