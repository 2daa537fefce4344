"""The suite on several processes (pytest-xdist, as `make test` runs it): the CI rule of
tests/ci_skips.py still turns a hidden skip into a failure when the tests run on workers, and the
session fixtures of each worker live in that worker's own temporary folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from test_ci_skips import MODULE_SKIP, SAMPLE

TESTS = Path(__file__).resolve().parent

pytest.importorskip("xdist", reason="pytest-xdist is not installed: the parallel run is not checked")


def _run_on_two_workers(folder: Path, name: str, text: str, ci: str | None) -> tuple[int, str]:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    (folder / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTEST_ADDOPTS", "PYTEST_XDIST_WORKER")}
    if ci is not None:
        env["CI"] = ci
    env["PYTHONPATH"] = os.pathsep.join([str(TESTS), env.get("PYTHONPATH", "")])
    proc = subprocess.run([sys.executable, "-m", "pytest", "-n", "2", "--dist", "loadfile", "-p", "ci_skips", "-rA",
                           "-q", "-p", "no:cacheprovider", str(folder)],
                          cwd=folder, env=env, capture_output=True, text=True, timeout=300)
    return proc.returncode, proc.stdout + proc.stderr


def test_in_ci_a_hidden_skip_fails_on_workers_too(tmp_path):
    code, out = _run_on_two_workers(tmp_path / "ci", "test_sample.py", SAMPLE, "true")
    assert code == 1, out
    assert "[gw0]" in out or "[gw1]" in out, out  # the failures come from the workers
    for name in ("test_browser", "test_geojsonhint", "test_qgis", "test_shared"):
        assert f"FAILED test_sample.py::{name}" in out or f"ERROR test_sample.py::{name}" in out, (name, out)
    assert "skipped in CI, which installs chromium" in out and "skipped in CI, which installs python3-qgis" in out
    assert "SKIPPED [1] test_sample.py" in out and "only meaningful on Windows" in out
    assert "XFAIL test_sample.py::test_expected_failure" in out and "PASSED test_sample.py::test_passes" in out
    # outside CI the same skips stay skips
    code, out = _run_on_two_workers(tmp_path / "dev", "test_sample.py", SAMPLE, None)
    assert code == 0 and "1 passed, 5 skipped, 1 xfailed" in out, out


def test_in_ci_a_module_skipped_for_a_package_ci_installs_fails_on_workers_too(tmp_path):
    code, out = _run_on_two_workers(tmp_path, "test_module_skip.py", MODULE_SKIP, "true")
    assert code != 0, out
    assert "ERROR test_module_skip.py" in out and "which installs the test extra" in out, out


def test_the_session_folders_of_a_worker_are_its_own(tmp_path_factory, cli_cache):
    # each worker (gw0, gw1, ...) has its own base folder, so the session fixtures of two workers
    # (the builds, the data cache of the command-line tests) never write the same file
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    base = tmp_path_factory.getbasetemp()
    if worker is not None:
        assert base.name == f"popen-{worker}"
    assert base in cli_cache.parents
