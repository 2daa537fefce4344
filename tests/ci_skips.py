"""In CI, a skip whose dependency CI installs is a failure.

A test that skips when Chromium, node, the GeoJSON validator, PyQGIS, the test extra's packages or
the reference data beside the repository are missing is right to skip on a developer's machine;
in CI, which installs all of them (``.ci/run``), such a skip would hide that the test never ran.
When the environment variable ``CI`` is ``true`` (or ``1``/``yes``), every skip whose reason names
one of :data:`CI_INSTALLS` is reported as a failure, in the test's phase (setup, call) or at
collection (a module-level ``pytest.importorskip``). Other skips stay skips.

The hooks are loaded by ``tests/conftest.py``.
"""

from __future__ import annotations

import os
import re

import pytest

#: What CI installs, by the words the skip reasons of the tests use for it.
CI_INSTALLS = {
    "chromium": r"\bchromium\b",
    "node": r"\bnode is absent\b",
    "@mapbox/geojsonhint": r"geojsonhint",
    "python3-qgis": r"\bpyqgis\b|python3-qgis",
    "the test extra (pip install '.[test]')": (
        r"\b(playwright|folium-offline|offlinefolium|hypothesis|nbformat|nbclient|ipykernel|dask[\w-]*|distributed|pyarrow)"
        r" is not installed"),
    "the reference data in ../shared": r"\.\./shared|\binei mirror\b|official inei boundaries|official boundary files",
}


def in_ci() -> bool:
    """Whether the tests run in CI: the ``CI`` environment variable is ``true``, ``1`` or ``yes``."""
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def ci_dependency(reason: str) -> str | None:
    """The dependency CI installs that a skip reason names, or None."""
    for name, pattern in CI_INSTALLS.items():
        if re.search(pattern, reason, flags=re.IGNORECASE):
            return name
    return None


def _skip_reason(report) -> str:
    longrepr = report.longrepr
    if isinstance(longrepr, tuple) and len(longrepr) == 3:  # (file, line, "Skipped: reason")
        return str(longrepr[2])
    return str(longrepr)


def _fail_if_hidden(report) -> None:
    if not report.skipped or hasattr(report, "wasxfail") or not in_ci():
        return
    reason = _skip_reason(report)
    dependency = ci_dependency(reason)
    if dependency is not None:
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, which installs {dependency}: {reason}"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    _fail_if_hidden(report)
    return report


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector):
    report = yield
    _fail_if_hidden(report)
    return report
