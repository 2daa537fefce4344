import os
import shutil
import sys
import threading
from pathlib import Path

import pytest

import geo
# In CI, a skip whose dependency CI installs fails (tests/ci_skips.py; tested in tests/test_ci_skips.py).
from ci_skips import pytest_make_collect_report, pytest_runtest_makereport  # noqa: F401

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


INEI_MIRROR = SHARED / "data" / "peru_inei2007_juaneladio"


def _under_mutmut() -> bool:
    """True in a test run by mutmut (``make mutate``), which sets ``MUTANT_UNDER_TEST``."""
    return bool(os.environ.get("MUTANT_UNDER_TEST"))


@pytest.fixture(autouse=True)
def _process_local_tqdm_lock_under_mutmut():
    """Under mutmut (``make mutate``), which forks one process per mutant, tqdm's default write lock
    is a multiprocessing lock shared by every forked process: a process killed while holding it
    (a mutant that times out) leaves every later progress-bar test waiting on it forever. Each test
    gets a lock of its own process instead (``tqdm.set_lock``); ordinary runs are unchanged."""
    if _under_mutmut():
        from tqdm import tqdm

        tqdm.set_lock(threading.RLock())
    yield


@pytest.fixture(scope="session")
def official_files(tmp_path_factory):
    """The INEI boundary files, fetched from the reference copy beside the repository when it is
    there (as a site without internet would, through the mirror setting); else None: sketches."""
    if not INEI_MIRROR.is_dir():
        return None
    from geo.official import fetch_official

    return fetch_official(mirror=INEI_MIRROR, cache_dir=tmp_path_factory.mktemp("inei-cache"))


@pytest.fixture(scope="session")
def built(tmp_path_factory, official_files):
    """One build of the embedded Peru scenario into a temporary folder (official boundaries when
    available, as `make map` does)."""
    root = tmp_path_factory.mktemp("build")
    return geo.build(layers_dir=root / "layers", out_dir=root / "out", official=official_files)


@pytest.fixture(scope="session")
def sketch_build(tmp_path_factory):
    """One build of the embedded Peru scenario on its sketches (``official=None``), written as
    ``python -m geo build --out OUT`` lays it out (the layers in ``OUT/layers``): the folder OUT.
    Shared by the session and read-only: a test that builds into it again, or changes a file, works
    on a copy (``shutil.copytree``)."""
    out = tmp_path_factory.mktemp("sketch-build") / "out"
    geo.build(layers_dir=out / "layers", out_dir=out, official=None)
    return out


@pytest.fixture(scope="session")
def sketch_layers():
    """The embedded Peru scenario and its layers built on the sketches (``geo.build_layers`` with
    ``official_files=None``), once for the session: ``(scenario, layers)``. Read-only: a test that
    changes a layer changes a copy (``layers[name].copy()``)."""
    scenario = geo.load_scenario()
    return scenario, geo.build_layers(scenario, official_files=None)


@pytest.fixture(scope="session")
def cli_cache(tmp_path_factory):
    """A data cache for the command-line tests of the session (``GEO_DATA_CACHE``): never given
    the official boundaries, so that what the commands print does not depend on what this machine
    has fetched. The derived results the commands store in it (content-addressed: an entry is right
    for its inputs or never looked up, ``geo.cache``) are reused from one command to the next, so
    that each command does not rebuild the Peru layers from nothing. Tests of the cache itself, or
    that fetch data into a cache, use a cache of their own."""
    return tmp_path_factory.mktemp("cli-cache")


@pytest.fixture(scope="session")
def shared_dir():
    if not (SHARED / "data").is_dir():
        pytest.skip("../shared is absent: reference-data checks skipped")
    return SHARED


@pytest.fixture(scope="session")
def chromium():
    from geo.snapshot import chromium_path

    exe = chromium_path()
    if exe is None:
        pytest.skip("no Chromium (install Debian's 'chromium' package): browser tests skipped")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed: browser tests skipped")
    pytest.importorskip("offlinefolium", reason="folium-offline is not installed: browser tests skipped")
    return exe


@pytest.fixture
def node():
    exe = shutil.which("node")
    if exe is None:
        pytest.skip("node is absent: inline-script syntax check skipped")
    return exe


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    """An empty cache folder (``GEO_DATA_CACHE``) for this test, the cache on, and fresh hit/miss
    counters; afterwards the process-wide memo of the Natural Earth countries is dropped, so that
    the next test's comes from its own cache."""
    from importlib import import_module

    from geo import cache

    folder = tmp_path / "cache"
    monkeypatch.setenv("GEO_DATA_CACHE", str(folder))
    monkeypatch.delenv("GEO_NO_CACHE", raising=False)
    cache.STATS.clear()
    yield folder
    import_module("geo.countries")._countries.cache_clear()


# Process memos that hold a result of code mutmut mutates, as (module, function). mutmut fills them
# while it maps tests to functions, then forks one process per mutant: a memo filled before the fork
# would hand the unmutated result to every mutant, and the mutated code would never run (a false
# survivor). `land_border` memoises `_land_border` (the disk cache behind it is off under
# `GEO_NO_CACHE=1`); `_country_index` holds a `PolygonIndex` (geo/spatial_index.py). The other memos
# of the mutated modules (`scenario._schema`, `map.text.asset_text`) only read package files.
_MUTATED_MEMOS = (("geo.overlay", "land_border"), ("geo.events", "_country_index"))


@pytest.fixture(autouse=True)
def _fresh_memos_under_mutmut():
    """Under mutmut, empty the memos above before each test; otherwise do nothing, so ordinary runs
    keep them."""
    if _under_mutmut():
        for module, name in _MUTATED_MEMOS:
            if module in sys.modules:  # only modules the tests have imported
                getattr(sys.modules[module], name).cache_clear()
    yield
