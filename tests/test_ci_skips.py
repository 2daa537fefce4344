"""The CI rule of tests/ci_skips.py: in CI, a skip whose dependency CI installs is a failure."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ci_skips import CI_INSTALLS, ci_dependency

TESTS = Path(__file__).resolve().parent

SAMPLE = '''
import pytest

@pytest.fixture
def chromium():
    pytest.skip("no Chromium (install Debian's 'chromium' package): browser tests skipped")

def test_browser(chromium):
    pass

def test_geojsonhint():
    pytest.skip("@mapbox/geojsonhint is not installed (npm install ...)")

def test_qgis():
    pytest.skip("PyQGIS is not installed (Debian: apt-get install python3-qgis): QGIS checks skipped")

def test_shared():
    pytest.skip("../shared is absent: reference-data checks skipped")

def test_other_reason():
    pytest.skip("only meaningful on Windows")

@pytest.mark.xfail(reason="chromium bug, expected")
def test_expected_failure():
    assert False

def test_passes():
    assert True
'''

MODULE_SKIP = '''
import pytest
pytest.importorskip("no_such_module_xyz", reason="hypothesis is not installed: property tests skipped")

def test_never_collected():
    pass
'''


def _run(tmp_path, ci: str | None, files=(("test_sample.py", SAMPLE),)) -> tuple[int, str]:
    for name, text in files:
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTEST_ADDOPTS")}
    if ci is not None:
        env["CI"] = ci
    env["PYTHONPATH"] = os.pathsep.join([str(TESTS), env.get("PYTHONPATH", "")])
    proc = subprocess.run([sys.executable, "-m", "pytest", "-p", "ci_skips", "-rA", "-q", "-p", "no:cacheprovider",
                           str(tmp_path)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    return proc.returncode, proc.stdout + proc.stderr


def test_outside_ci_skips_stay_skips(tmp_path):
    code, out = _run(tmp_path, None)
    assert code == 0, out
    assert "1 passed, 5 skipped, 1 xfailed" in out, out
    (tmp_path / "m").mkdir()
    code, out = _run(tmp_path / "m", None, files=[("test_module_skip.py", MODULE_SKIP)])
    assert code == 5 and "1 skipped" in out, out  # 5: no test ran (all skipped), not a failure


@pytest.mark.parametrize("ci", ["true", "1", "TRUE"])
def test_in_ci_a_skip_whose_dependency_ci_installs_fails(tmp_path, ci):
    code, out = _run(tmp_path, ci)
    assert code == 1, out
    for name in ("test_browser", "test_geojsonhint", "test_qgis", "test_shared"):
        assert f"FAILED test_sample.py::{name}" in out or f"ERROR test_sample.py::{name}" in out, (name, out)
    assert "skipped in CI, which installs chromium" in out
    assert "skipped in CI, which installs python3-qgis" in out
    # a skip for another reason stays a skip, an expected failure stays one, a pass a pass
    assert "SKIPPED [1] test_sample.py" in out and "only meaningful on Windows" in out
    assert "XFAIL test_sample.py::test_expected_failure" in out
    assert "PASSED test_sample.py::test_passes" in out


def test_in_ci_a_module_skipped_for_a_package_ci_installs_is_a_collection_error(tmp_path):
    code, out = _run(tmp_path, "true", files=[("test_module_skip.py", MODULE_SKIP)])
    assert code == 2, out  # interrupted: errors during collection
    assert "ERROR test_module_skip.py" in out and "which installs the test extra" in out


def test_ci_false_is_not_ci(tmp_path):
    code, out = _run(tmp_path, "false")
    assert code == 0, out


@pytest.mark.parametrize("reason, dependency", [
    ("no Chromium (install Debian's 'chromium' package): browser tests skipped", "chromium"),
    ("node is absent: inline-script syntax check skipped", "node"),
    ("@mapbox/geojsonhint is not installed (npm install --prefix .ci/node @mapbox/geojsonhint@3.2.0)",
     "@mapbox/geojsonhint"),
    ("PyQGIS is not installed (Debian: apt-get install python3-qgis): QGIS checks skipped", "python3-qgis"),
    ("playwright is not installed: browser tests skipped", "the test extra (pip install '.[test]')"),
    ("distributed is not installed: distributed tests skipped", "the test extra (pip install '.[test]')"),
    ("../shared is absent: reference-data checks skipped", "the reference data in ../shared"),
    ("no INEI mirror beside the repository", "the reference data in ../shared"),
    ("the committed layers are built with the official INEI boundaries, not available here",
     "the reference data in ../shared"),
    ("no official boundary files here", "the reference data in ../shared"),
    ("the build finished in under 6 s: nothing to interrupt", None),
])
def test_the_skip_reasons_of_the_suite_are_recognised(reason, dependency):
    # the reasons are those the suite's tests give (tests/conftest.py, test_exports, test_qgis, ...)
    assert ci_dependency(reason) == dependency
    assert dependency is None or dependency in CI_INSTALLS
