"""Output folders and all-or-nothing builds: what a build may replace, and what a failed one leaves."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import geo
from geo.outputs import MANIFEST_NAME, OutputFolderError, check_output_folder
from geo.scenario import default_scenario_path

REPO = Path(__file__).resolve().parents[1]


def run(*args, cwd=None, env=None):
    full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    return subprocess.run([sys.executable, "-m", "geo", *args], capture_output=True, text=True, cwd=cwd,
                          env=full_env, timeout=600)


def snapshot(folder: Path) -> dict:
    """Every file under ``folder`` (relative name -> bytes)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def changed_scenario(tmp_path) -> Path:
    """The Peru scenario with a new title and a renamed place, so that the map and layers differ."""
    data = yaml.safe_load(default_scenario_path().read_text(encoding="utf-8"))
    data["scenario"]["title"] = "A changed title"
    data["places"][0]["name"] = data["places"][0]["name"] + " (renamed)"
    path = tmp_path / "changed.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def first_build(sketch_build):
    """One build on sketches of the embedded scenario (the session's, conftest.py; read-only: the
    tests copy it): (out folder, its files)."""
    return sketch_build, snapshot(sketch_build)


def test_a_folder_where_an_output_goes_changes_nothing(tmp_path, first_build):
    # issue 15.4: mkdir -p out/events.geojson, then a build with events into out
    out = tmp_path / "out"
    shutil.copytree(first_build[0], out)
    (out / "events.geojson").mkdir()
    before = snapshot(out)
    events = tmp_path / "e.csv"
    events.write_text("id,lon,lat\n1,-74.0,-12.5\n", encoding="utf-8")
    proc = run("build", "--events", str(events), "--out", str(out), "--layers-dir", str(out / "layers"),
               env={"GEO_DATA_CACHE": str(tmp_path / "empty-cache")})
    assert proc.returncode == 1, proc.stderr
    assert f"{out / 'events.geojson'}: is a folder" in proc.stderr
    assert "earlier outputs are unchanged" in proc.stderr and "Traceback" not in proc.stderr
    assert snapshot(out) == before
    names = sorted([*(p.name for p in first_build[0].iterdir()), "events.geojson"])
    assert sorted(p.name for p in out.iterdir()) == names


@pytest.mark.parametrize("fail_at", [1, 4, 13])
def test_a_rename_failing_midway_restores_every_previous_file(tmp_path, first_build, monkeypatch, fail_at):
    out = tmp_path / "out"
    shutil.copytree(first_build[0], out)
    before = snapshot(out)
    scenario = geo.load_scenario(changed_scenario(tmp_path))
    real_replace, calls = os.replace, []

    def failing_replace(src, dst, *args, **kwargs):
        calls.append(dst)
        if len(calls) == fail_at:
            raise OSError(28, "No space left on device", str(dst))
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError, match="No space left"):
        geo.build(scenario, layers_dir=out / "layers", out_dir=out, official=None)
    monkeypatch.setattr(os, "replace", real_replace)
    assert len(calls) >= fail_at  # the failure came while renaming, after fail_at - 1 files were replaced
    assert snapshot(out) == before  # every previous output byte for byte; no temporary or lock file left
    # the test can fail: the changed scenario gives other bytes for the map and the places layer
    geo.build(scenario, layers_dir=out / "layers", out_dir=out, official=None)
    after = snapshot(out)
    assert after["peru_trafficking_map.html"] != before["peru_trafficking_map.html"]
    assert after["layers/places.geojson"] != before["layers/places.geojson"]


def test_protected_folders_are_refused_unless_empty_or_forced(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    check_output_folder(home)  # not protected: any folder
    env = {"HOME": str(home), "GEO_DATA_CACHE": str(tmp_path / "empty-cache")}
    (home / "notes.txt").write_text("mine", encoding="utf-8")
    for option in ("--out", "--layers-dir"):
        proc = run("build", option, str(home), cwd=tmp_path, env=env)
        assert proc.returncode == 2, proc.stderr
        assert f"error: {option} {home}: is your home folder" in proc.stderr and "--force" in proc.stderr
    assert sorted(p.name for p in home.iterdir()) == ["notes.txt"]
    with pytest.raises(OutputFolderError, match="is the file system root"):
        check_output_folder("/", option="--out")
    check_output_folder("/", option="--out", force=True)  # forced: no error
    with pytest.raises(OutputFolderError, match="is the repository root"):
        check_output_folder(REPO, option="--layers-dir")


def test_files_the_toolkit_did_not_write_are_named_and_kept(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"holds 1 file\(s\) the toolkit did not write \(notes.txt\)"):
        result = geo.build(layers_dir=out / "layers", out_dir=out, official=None, offline=True)
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert manifest["files"] == ["measurements.csv", "measurements.md", "peru_trafficking_map_offline.html"]
    assert manifest["boundaries"] == "sketch" and manifest["scenario"] == "peru_cocaine"
    # issue 13.10: the offline map has its own name; the lock files are gone
    assert result.map_path == out / "peru_trafficking_map_offline.html"
    assert not list(out.rglob(".geo.lock"))
    online = geo.build(layers_dir=out / "layers", out_dir=out, official=None)  # no warning now: the folder is known
    assert online.map_path == out / "peru_trafficking_map.html" and result.map_path.is_file()
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert manifest["files"] == ["measurements.csv", "measurements.md", "peru_trafficking_map.html",
                                 "peru_trafficking_map_offline.html"]


def test_a_build_on_sketches_never_replaces_official_layers(tmp_path):
    # issue 13.9: the committed layers/ are built with the official boundaries (geometry_kind official_boundary)
    layers = tmp_path / "layers"
    shutil.copytree(REPO / "layers", layers)
    assert '"geometry_kind":"official_boundary"' in (layers / "regions.geojson").read_text(encoding="utf-8")
    before = snapshot(layers)
    env = {"GEO_DATA_CACHE": str(tmp_path / "empty-cache"), "GEO_DATA_MIRROR": ""}
    proc = run("build", "--layers-dir", str(layers), "--out", str(tmp_path / "out"), env=env)
    assert proc.returncode == 2, proc.stderr
    assert f"--layers-dir {layers}: holds layers or a map built with the official INEI boundaries" in proc.stderr
    assert "--allow-sketch" in proc.stderr
    assert snapshot(layers) == before and not (tmp_path / "out").exists()
    proc = run("build", "--layers-dir", str(layers), "--out", str(tmp_path / "out"), "--allow-sketch", env=env)
    assert proc.returncode == 0, proc.stderr
    regions = {f["id"]: f["properties"] for f in json.loads((layers / "regions.geojson").read_text())["features"]}
    assert regions["vraem"]["geometry_kind"] == "sketch"
    assert json.loads((layers / MANIFEST_NAME).read_text())["boundaries"] == "sketch"


def test_the_default_build_on_sketches_goes_to_out_layers_and_leaves_official_layers(tmp_path):
    # issue 13.9, as `make map` and the conda steps run it: no --layers-dir, in a folder whose layers/ are
    # official; without the official boundaries the build still makes the map, its layers go to OUT/layers
    work = tmp_path / "work"
    shutil.copytree(REPO / "layers", work / "layers")
    before = snapshot(work / "layers")
    env = {"GEO_DATA_CACHE": str(tmp_path / "empty-cache"), "GEO_DATA_MIRROR": ""}
    proc = run("build", cwd=work, env=env)
    assert proc.returncode == 0, proc.stderr
    assert "layers are built on the scenario's sketches into build/layers" in proc.stderr
    assert snapshot(work / "layers") == before  # official layers byte-identical
    sketch = json.loads((work / "build" / "layers" / "regions.geojson").read_text(encoding="utf-8"))
    assert {f["id"]: f["properties"]["geometry_kind"] for f in sketch["features"]}["vraem"] == "sketch"
    assert (work / "build" / "peru_trafficking_map.html").is_file()
    # after an official build in the same folder (its map in build/), the same: map replaced, with a warning
    official = json.loads((work / "build" / MANIFEST_NAME).read_text(encoding="utf-8"))
    (work / "build" / MANIFEST_NAME).write_text(json.dumps({**official, "boundaries": "official"}), encoding="utf-8")
    proc = run("build", cwd=work, env=env)
    assert proc.returncode == 0, proc.stderr
    assert "are replaced by ones on the scenario's sketches" in proc.stderr
    assert snapshot(work / "layers") == before


def test_make_map_runs_the_same_build_as_the_conda_steps():
    text = (REPO / "Makefile").read_text(encoding="utf-8")
    recipe = text.split("\nmap:", 1)[1].split("\n\n", 1)[0]
    builds = [line.strip() for line in recipe.splitlines() if "-m geo build" in line]
    assert builds == ["$(PY) -m geo build $(BUILD_ARGS)"]  # no silent fallback to other folders
    assert "docs/map.png" not in text.split("\nscreenshot:", 1)[1].split("\n\n", 1)[0]


def test_official_layers_remove_stale_sketch_layers_of_the_same_scenario(tmp_path, official_files):
    from geo.official import cached_official

    official_files = official_files or cached_official()
    if official_files is None:
        pytest.skip("no official boundaries (../shared absent, none in the cache) to build with")
    out = tmp_path / "build"
    geo.build(layers_dir=out / "layers", out_dir=out, official=None)
    (out / "layers" / "mine.txt").write_text("kept", encoding="utf-8")
    result = geo.build(layers_dir=tmp_path / "layers", out_dir=out, official=official_files)
    assert sorted(p.name for p in result.removed) == sorted(
        [f"{n}.geojson" for n in geo.LAYER_NAMES] + [f"{n}.qml" for n in result.style_paths])
    assert sorted(p.name for p in (out / "layers").iterdir()) == ["mine.txt"]


def test_export_refuses_a_protected_folder_too(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "notes.txt").write_text("mine", encoding="utf-8")
    proc = run("export", "--format", "csv", "--out", str(home), env={"HOME": str(home)})
    assert proc.returncode == 2, proc.stderr
    assert f"error: --out {home}: is your home folder" in proc.stderr
    assert sorted(p.name for p in home.iterdir()) == ["notes.txt"]


def test_sigterm_during_a_build_leaves_the_previous_outputs_and_no_temporary_file(tmp_path, first_build):
    import signal
    import time

    out = tmp_path / "out"
    shutil.copytree(first_build[0], out)
    before = snapshot(out)
    scenario = changed_scenario(tmp_path)
    proc = subprocess.Popen([sys.executable, "-m", "geo", "build", "--scenario", str(scenario), "--out", str(out),
                             "--layers-dir", str(out / "layers")],
                            env={**os.environ, "PYTHONPATH": str(REPO), "GEO_DATA_CACHE": str(tmp_path / "none")},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(3)  # somewhere in the build: loading, computing or writing
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=600)
    if proc.returncode == 0:
        pytest.skip("the build finished before the signal: nothing to interrupt")
    # -15: killed while Python was still starting, before the command installed its handler
    assert proc.returncode in (130, -signal.SIGTERM), stderr
    if proc.returncode == 130:
        assert "interrupted: earlier outputs are unchanged" in stderr and "Traceback" not in stderr
    assert snapshot(out) == before


def test_a_file_of_the_same_name_in_a_folder_without_manifest_is_named_when_replaced(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "measurements.csv").write_text("my own table\n", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"nothing says the toolkit wrote measurements.csv; they are replaced"):
        geo.build(layers_dir=tmp_path / "layers", out_dir=out, official=None)
    assert (out / "measurements.csv").read_text(encoding="utf-8") != "my own table\n"
    assert "measurements.csv" in json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))["files"]


def test_an_output_folder_that_is_a_file_is_bad_input(tmp_path):
    # a user giving a file name where the command wants a folder: exit 2, one line, the file untouched
    target = tmp_path / "seizures.csv"
    target.write_text("id,lon,lat\n", encoding="utf-8")
    for args in (["export", "--format", "csv", "--out", str(target)], ["build", "--out", str(target)],
                 ["interdict", "--no-map", "--out", str(target)]):
        proc = run(*args, env={"GEO_DATA_CACHE": str(tmp_path / "c")})
        assert proc.returncode == 2, (args, proc.stderr)
        assert proc.stderr.strip().splitlines()[-1] == f"error: --out {target}: is a file, not a folder; give the " \
                                                        "folder to write into"
        assert target.read_text(encoding="utf-8") == "id,lon,lat\n"
