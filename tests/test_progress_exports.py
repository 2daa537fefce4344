"""Progress bars of ``python -m geo export`` and ``python -m geo bundle``: drawn on a terminal (a
pseudo-terminal here), absent when standard error is a pipe or GEO_NO_PROGRESS is set; the files
written are the same either way."""

import os
import subprocess
import sys

import pytest

from tests.test_cache import REPO, small_scenario
from tests.test_progress import _on_a_terminal


@pytest.fixture
def scenario(tmp_path):
    return small_scenario(tmp_path / "small.yaml")


def _code(*args) -> str:
    return f"from geo.cli import main\nraise SystemExit(main({list(args)!r}))\n"


def _env(tmp_path) -> dict:
    return {"GEO_DATA_CACHE": str(tmp_path / "cache")}


def _piped(tmp_path, *args) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO), **_env(tmp_path)}
    return subprocess.run([sys.executable, "-c", _code(*args)], capture_output=True, text=True, cwd=REPO, env=env)


def test_export_shows_a_bar_counting_tables_on_a_terminal(tmp_path, scenario):
    out = tmp_path / "exports"
    err = _on_a_terminal(_code("export", "--scenario", str(scenario), "--out", str(out), "--format", "fgb",
                               "--format", "csv"), **_env(tmp_path))
    # six layers as FlatGeobuf, places.csv and measurements.csv: 8 tables
    assert "exporting" in err and "/8.00" in err
    assert sorted(p.name for p in (out / "fgb").iterdir()) == [f"{n}.fgb" for n in sorted(
        ["regions", "routes", "legs", "flows", "crossings", "places"])]
    assert (out / "places.csv").is_file() and (out / "measurements.csv").is_file()


def test_export_draws_nothing_through_a_pipe(tmp_path, scenario):
    out = tmp_path / "exports"
    done = _piped(tmp_path, "export", "--scenario", str(scenario), "--out", str(out), "--format", "gpkg")
    assert done.returncode == 0, done.stderr
    assert "exporting" not in done.stderr and "\r" not in done.stderr
    assert (out / "peru_cocaine.gpkg").is_file()


def test_export_bar_can_be_silenced_on_a_terminal(tmp_path, scenario):
    err = _on_a_terminal(_code("export", "--scenario", str(scenario), "--out", str(tmp_path / "e"), "--format", "csv"),
                         GEO_NO_PROGRESS="1", **_env(tmp_path))
    assert "exporting" not in err


def test_bundle_shows_its_steps_on_a_terminal_and_not_through_a_pipe(tmp_path, scenario):
    zip_path = tmp_path / "b.zip"
    err = _on_a_terminal(_code("bundle", "--scenario", str(scenario), "--out", str(zip_path), "--no-png"),
                         **_env(tmp_path))
    # no events: layers, map, picture, GeoPackage, tables, leak scan, zip
    assert "bundle" in err and "/7.00" in err and zip_path.is_file()
    done = _piped(tmp_path, "bundle", "--scenario", str(scenario), "--out", str(tmp_path / "c.zip"), "--no-png")
    assert done.returncode == 0, done.stderr
    assert "/7.00" not in done.stderr and "\r" not in done.stderr
    # reproducible: the same zip with or without the bar
    assert (tmp_path / "c.zip").read_bytes() == zip_path.read_bytes()
