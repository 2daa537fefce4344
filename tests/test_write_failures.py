"""A write that fails while the outputs are being staged (a full disk) leaves every earlier output as it was.

Deterministic: the n-th ``os.fsync`` of the build raises ``OSError(ENOSPC)``, so the failure comes
after n - 1 temporary files are whole on disk. (A rename failing midway is the other half of the
contract; see the tests of output safety.)
"""

from __future__ import annotations

import errno
import os

import pytest
import yaml

import geo
from geo.scenario import default_scenario_path


def _snapshot(root):
    """Every file under root, by relative path (the empty lock files of the rename phase aside: they
    stay by design), hidden temporary files included."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.name != ".geo.lock"}


@pytest.fixture(scope="module")
def changed(tmp_path_factory):
    """The Peru scenario with a changed title and notes, so that a finished build changes the files
    written first (regions, routes) and the map."""
    data = yaml.safe_load(default_scenario_path().read_text(encoding="utf-8"))
    data["scenario"]["title"] = "Changed title"
    for section in ("regions", "routes", "flows", "places"):
        data[section][0]["note"] = f"Changed note of the first {section[:-1]}"
    path = tmp_path_factory.mktemp("changed") / "changed.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return geo.load_scenario(path)


@pytest.fixture(scope="module")
def first(sketch_build):
    """The session's build of the embedded scenario on sketches (conftest.py; read-only: each test
    copies it)."""
    return sketch_build


@pytest.mark.parametrize("fail_at", [1, 2, 9])
def test_a_write_failing_partway_changes_no_output(tmp_path, first, changed, monkeypatch, fail_at):
    import shutil

    out = tmp_path / "out"
    shutil.copytree(first, out)
    before = _snapshot(out)
    real_fsync, calls = os.fsync, []

    def failing_fsync(fd):
        calls.append(fd)
        if len(calls) == fail_at:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OSError, match="No space left"):
        geo.build(changed, layers_dir=out / "layers", out_dir=out, official=None)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert len(calls) == fail_at
    # byte for byte, and no temporary file left behind (hidden lock files aside)
    assert _snapshot(out) == before
    # the test can fail: the same build, not interrupted, changes the files written first
    geo.build(changed, layers_dir=out / "layers", out_dir=out, official=None)
    after = _snapshot(out)
    for name in ("layers/regions.geojson", "layers/routes.geojson", "peru_trafficking_map.html"):
        assert after[name] != before[name], name
