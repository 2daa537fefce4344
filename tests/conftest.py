import shutil
from pathlib import Path

import pytest

import geo
# In CI, a skip whose dependency CI installs fails (tests/ci_skips.py; tested in tests/test_ci_skips.py).
from ci_skips import pytest_make_collect_report, pytest_runtest_makereport  # noqa: F401

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


INEI_MIRROR = SHARED / "data" / "peru_inei2007_juaneladio"


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
