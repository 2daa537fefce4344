"""Failures while writing: a build killed midway, two builds at once, names that would leave the folder."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

import geo
from geo.scenario import default_scenario_path

REPO = Path(__file__).resolve().parents[1]


def _start_build(scenario, layers, out, kill_at=None):
    """``python -m geo build`` in a child process; ``kill_at=("fsync"|"replace", n)`` makes the child
    SIGKILL itself at the n-th call of that function (before a replace is done): a kill at a known
    point of the write, the same every run, where a timed kill would depend on the machine's speed."""
    env = {**os.environ, "GEO_DATA_CACHE": str(out.parent / "empty-cache")}
    env.pop("GEO_DATA_MIRROR", None)
    build = ["build", "--layers-dir", str(layers), "--out", str(out)]
    if scenario:
        build += ["--scenario", str(scenario)]
    if kill_at is None:
        args = [sys.executable, "-m", "geo", *build]
    else:
        args = [sys.executable, "-c", _KILLER, kill_at[0], str(kill_at[1]), *build]
    log = out.parent / f"build-{time.monotonic_ns()}.log"
    with open(log, "wb") as fh:  # the child keeps its own copy of the handle
        proc = subprocess.Popen(args, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=fh)
    proc.log = log
    return proc


# Run by the child: patch os.<name> so that its n-th call kills the process, then run the CLI.
_KILLER = """
import os, runpy, signal, sys
name, n = sys.argv[1], int(sys.argv[2])
real, calls = getattr(os, name), []
def killing(*args, **kwargs):
    calls.append(1)
    if len(calls) == n:
        if name == "fsync":
            real(*args, **kwargs)  # the n-th temporary file is whole on disk
        os.kill(os.getpid(), signal.SIGKILL)
    return real(*args, **kwargs)
setattr(os, name, killing)
sys.argv = ["geo", *sys.argv[3:]]
runpy.run_module("geo", run_name="__main__")
"""


def _snapshot(*folders):
    return {p: p.read_bytes() for folder in folders for p in sorted(folder.iterdir()) if p.is_file()
            and not p.name.startswith(".")}


def test_a_killed_build_leaves_the_previous_outputs_whole(tmp_path):
    layers, out = tmp_path / "layers", tmp_path / "out"
    first = _start_build(None, layers, out)
    assert first.wait(timeout=300) == 0, first.log.read_text()
    before = _snapshot(layers, out)
    assert len(before) >= 10
    # a changed scenario, so that a finished build changes the files (the first written included:
    # a build that rewrote the same bytes could not tell an in-place write from a replacement)
    data = yaml.safe_load(default_scenario_path().read_text(encoding="utf-8"))
    data["scenario"]["title"] = "Changed title"
    for section in ("regions", "routes", "flows", "places"):
        data[section][0]["note"] = f"Changed note of the first {section[:-1]}"
    changed = tmp_path / "changed.yaml"
    changed.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    # killed after the first temporary file, after the fourth, and after all of them (just before the
    # first rename): every earlier output is byte-identical, and no temporary file is visible
    for kill_at in (("fsync", 1), ("fsync", 4), ("replace", 1)):
        proc = _start_build(changed, layers, out, kill_at=kill_at)
        assert proc.wait(timeout=300) == -signal.SIGKILL, (kill_at, proc.log.read_text())
        assert _snapshot(layers, out) == before, f"killed at {kill_at}"
    # and the next build goes through
    last = _start_build(changed, layers, out)
    assert last.wait(timeout=300) == 0
    assert "Changed title" in (out / "peru_trafficking_map.html").read_text(encoding="utf-8")
    after = _snapshot(layers, out)
    differ = {p.name for p in before if after[p] != before[p]}
    # the files written first (regions, then routes ...) and the fourth (flows) did change
    assert {"regions.geojson", "routes.geojson", "flows.geojson", "places.geojson",
            "peru_trafficking_map.html"} <= differ, differ


def test_two_builds_at_once_leave_one_complete_set(tmp_path):
    layers, out = tmp_path / "layers", tmp_path / "out"
    scenarios = []
    for title in ("Build A", "Build B"):
        data = yaml.safe_load(default_scenario_path().read_text(encoding="utf-8"))
        data["scenario"]["title"] = title
        data["regions"][0]["note"] = title  # the layers differ too
        path = tmp_path / f"{title[-1]}.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        scenarios.append(path)
    procs = [_start_build(s, layers, out) for s in scenarios]
    for proc in procs:
        assert proc.wait(timeout=400) == 0, proc.log.read_text()
    title = "Build A" if "Build A" in (out / "peru_trafficking_map.html").read_text(encoding="utf-8") else "Build B"
    regions = json.loads((layers / "regions.geojson").read_text(encoding="utf-8"))
    assert regions["features"][0]["properties"]["note"] == title  # map and layers from the same build
    for path in layers.glob("*.geojson"):
        json.loads(path.read_text(encoding="utf-8"))  # every file whole
    assert not [p for p in [*layers.iterdir(), *out.iterdir()] if p.name.endswith(".tmp")]


@pytest.mark.parametrize("map_file", ["../evil.html", "/tmp/evil.html", "sub/dir.html", "evil.html\n.txt"])
def test_a_map_file_name_cannot_leave_the_output_folder(tmp_path, map_file):
    data = yaml.safe_load(default_scenario_path().read_text(encoding="utf-8"))
    data["scenario"]["map_file"] = map_file
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(geo.ScenarioError, match="field 'map_file'"):
        geo.load_scenario(path)
