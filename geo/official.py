"""Official administrative boundaries of Peru (INEI), downloaded once and checked.

The toolkit uses the INEI 2007 department, province and district limits (distributed by MINAM) as
republished in GeoJSON by the public repository ``juaneladio/peru-geojson`` (MPL-2.0), pinned to
commit ``3213eeb1bbe537f88dead45a2aadaa276fa9451d``. :func:`fetch_official` downloads the three files
with pooch into a user cache and checks each one's SHA-256; the build then dissolves official units
(UBIGEO codes) into regions. Nothing is downloaded at build time: without the files the build falls
back to the scenario's sketches and says so.

Settings (environment variables, or keyword arguments):

``GEO_DATA_CACHE``
    Cache folder (default: pooch's per-user cache, e.g. ``~/.cache/geo-trafficking``).
``GEO_DATA_MIRROR``
    A local folder or a base URL holding the same files under the same names, for sites without
    internet access. Its files are checked against the same SHA-256 sums.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import threading
import urllib.request
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import GeoError

__all__ = ["DataError", "OFFICIAL_FILES", "OFFICIAL_ORIGIN", "OFFICIAL_CITATION", "data_cache_dir",
           "fetch_official", "cached_official", "official_units", "dissolve_units", "OFFICIAL_COUNTRY",
           "UNIT_CODE_CHECK_M", "place_unit_codes"]

#: Public origin of the INEI 2007 boundary files, pinned to one commit.
OFFICIAL_ORIGIN = "https://raw.githubusercontent.com/juaneladio/peru-geojson/3213eeb1bbe537f88dead45a2aadaa276fa9451d/"
OFFICIAL_CITATION = ("INEI 2007 political-administrative limits (via MINAM), GeoJSON of juaneladio/peru-geojson "
                     "@3213eeb (MPL-2.0)")


#: Bytes a download may exceed its pinned size by before it is stopped.
DOWNLOAD_MARGIN_BYTES = 1024 * 1024
#: Most bytes downloaded for a file whose size is not pinned.
DOWNLOAD_MAX_BYTES = 64 * 1024 * 1024
_CHUNK_BYTES = 256 * 1024
_TIMEOUT_S = 60


@dataclass(frozen=True)
class _OfficialFile:
    name: str
    sha256: str
    code_field: str
    name_field: str
    size_bytes: int | None = None  # pinned with the hash; a download stops beyond it plus the margin

    @property
    def max_bytes(self) -> int:
        """Most bytes a download of this file may have before it is stopped."""
        return self.size_bytes + DOWNLOAD_MARGIN_BYTES if self.size_bytes is not None else DOWNLOAD_MAX_BYTES


#: The three files by level, with their SHA-256 and size in bytes (of the pinned commit) and the
#: fields holding the UBIGEO code and the name.
OFFICIAL_FILES = {
    "department": _OfficialFile("peru_departamental_simple.geojson",
                                "3d34d5450a1b1f059eebdf7386e5b5d071a5063bf3679fcbbbc5314493791290",
                                "FIRST_IDDP", "NOMBDEP", 139_681),
    "province": _OfficialFile("peru_provincial_simple.geojson",
                              "3663a2b58e52a6bba9c43acabe33e7d9bb065e54551edd9aa375a411fd0c7fa1",
                              "FIRST_IDPR", "NOMBPROV", 825_085),
    "district": _OfficialFile("peru_distrital_simple.geojson",
                              "1eba0da33464b0818f05bfcf066672e6c9cf979ddc0549c8c2e9ca4d0122ac73",
                              "IDDIST", "NOMBDIST", 1_871_306),
}


#: The country whose official units the files hold (ISO 3166-1 alpha-3): every official region lies in it.
OFFICIAL_COUNTRY = "PER"
#: A place's cited INEI code is used only if the department it names lies within this geodesic distance of
#: the place, in metres: a check that the number in ``coord_source`` is an INEI code of that place.
UNIT_CODE_CHECK_M = 5_000.0
# "<source id> <6-digit UBIGEO>" or "<source id> <10-digit centro poblado code>" (its first 6 digits
# are the district's UBIGEO), then the end or a non-digit
_UNIT_CODE = re.compile(r"^\S+\s+(\d{6})(?:\d{4})?(?!\d)")


class DataError(GeoError):
    """Official data could not be downloaded, or a file does not match its pinned checksum."""


def data_cache_dir(cache_dir: str | Path | None = None) -> Path:
    """The cache folder: ``cache_dir``, else ``$GEO_DATA_CACHE``, else pooch's per-user cache."""
    if cache_dir is not None:
        return Path(cache_dir)
    env = os.environ.get("GEO_DATA_CACHE")
    if env:
        return Path(env)
    # the folder pooch.os_cache gives, found without importing pooch (and requests, tqdm, asyncio)
    import platformdirs

    return Path(platformdirs.user_cache_dir("geo-trafficking"))


def _sha256(path: Path) -> str:
    from .cache import _sha256_file

    return _sha256_file(path)


def _copy_bounded(source, output_file: str, spec: _OfficialFile, what: str, cache: Path) -> None:
    """Copy a binary stream into ``output_file``, stopping beyond ``spec.max_bytes``."""
    written = 0
    try:
        with open(output_file, "wb") as out:
            while chunk := source.read(_CHUNK_BYTES):
                written += len(chunk)
                if written > spec.max_bytes:
                    raise DataError(f"{what} is larger than the {spec.max_bytes:,} bytes expected at most for "
                                    f"{spec.name}: stopped, nothing kept")
                out.write(chunk)
    except OSError as exc:  # a full disk: name the file being written
        raise DataError(f"cannot write {cache / spec.name} (downloading into {output_file}): "
                        f"{exc.strerror or exc}") from exc


def _bounded_downloader(spec: _OfficialFile, cache: Path, folder: Path | None = None):
    """A pooch downloader that copies the file of the same name from a local folder, or fetches its
    URL (http, https, ftp), and stops beyond the file's size limit (:attr:`_OfficialFile.max_bytes`)."""

    def download(url: str, output_file: str, _pooch) -> None:
        if folder is not None:
            source = folder / url.rsplit("/", 1)[-1]
            if not source.is_file():
                raise DataError(f"mirror folder {folder} has no file {source.name}")
            if source.stat().st_size > spec.max_bytes:
                raise DataError(f"{source} has {source.stat().st_size:,} bytes, more than the {spec.max_bytes:,} "
                                f"expected at most for {spec.name}: not copied")
            with open(source, "rb") as fh:
                _copy_bounded(fh, output_file, spec, str(source), cache)
            return
        with urllib.request.urlopen(url, timeout=_TIMEOUT_S) as response:  # noqa: S310 - http(s)/ftp only
            length = response.headers.get("Content-Length") if hasattr(response, "headers") else None
            if length and length.isdigit() and int(length) > spec.max_bytes:
                raise DataError(f"{url} announces {int(length):,} bytes, more than the {spec.max_bytes:,} expected at "
                                f"most for {spec.name}: not downloaded")
            _copy_bounded(response, output_file, spec, url, cache)

    return download


@contextlib.contextmanager
def _terminate_cleanly():
    """Turn SIGTERM into :class:`KeyboardInterrupt` while downloading, as SIGINT is, so that the
    temporary file is removed either way (pooch removes it when an exception passes)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum, frame):
        raise KeyboardInterrupt(f"signal {signum}")

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _bar() -> bool:
    """pooch's download bar (tqdm) only on a terminal (:func:`geo.progress.shown`)."""
    from .progress import shown

    return shown()


def fetch_official(*, mirror: str | Path | None = None, cache_dir: str | Path | None = None) -> dict[str, Path]:
    """Download the INEI boundary files once into the cache and check their SHA-256.

    Parameters
    ----------
    mirror : str or pathlib.Path, keyword-only
        A local folder or base URL to take the files from instead of :data:`OFFICIAL_ORIGIN`;
        default ``$GEO_DATA_MIRROR`` if set.
    cache_dir : str or pathlib.Path, keyword-only
        Default :func:`data_cache_dir`.

    Returns
    -------
    dict of str to pathlib.Path
        The cached file of each level (``department``, ``province``, ``district``). Files already in
        the cache with the right checksum are not downloaded again.

    Raises
    ------
    DataError
        If a file cannot be fetched or written (the message names it), is larger than its pinned
        size plus :data:`DOWNLOAD_MARGIN_BYTES` (the download stops there), or its SHA-256 differs
        from the pinned one; the bad or partial download is not kept.
    KeyboardInterrupt
        On SIGINT or SIGTERM; the partial download is removed first.
    """
    mirror = mirror if mirror is not None else os.environ.get("GEO_DATA_MIRROR") or None
    if mirror is not None and not str(mirror).strip():
        raise DataError("the mirror is empty: give a folder or an http(s) URL")
    cache = data_cache_dir(cache_dir)
    try:
        cache.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataError(f"cannot use {cache} as the data cache (GEO_DATA_CACHE): {exc.strerror or exc}") from exc
    base, folder = OFFICIAL_ORIGIN, None
    if mirror is not None:
        text = str(mirror)
        if text.startswith(("http://", "https://", "ftp://")):
            base = text if text.endswith("/") else text + "/"
        else:
            folder = Path(text)
            if not folder.is_dir():
                raise DataError(f"mirror {text!r} is neither a folder nor an http(s) URL")
            base = folder.resolve().as_uri() + "/"
    import pooch

    out = {}
    for level, spec in OFFICIAL_FILES.items():
        try:
            with _terminate_cleanly():
                path = pooch.retrieve(base + spec.name, known_hash=f"sha256:{spec.sha256}", fname=spec.name,
                                      path=cache, downloader=_bounded_downloader(spec, cache, folder),
                                      progressbar=_bar())
        except DataError:
            raise
        except ValueError as exc:  # pooch: checksum mismatch
            raise DataError(f"{spec.name} from {base}: SHA-256 does not match the pinned "
                            f"{spec.sha256} ({exc}); the file was not kept") from exc
        except Exception as exc:  # network errors from requests, OS errors
            raise DataError(f"cannot fetch {base + spec.name}: {exc}") from exc
        out[level] = Path(path)
    return out


def cached_official(cache_dir: str | Path | None = None) -> dict[str, Path] | None:
    """The cached boundary files if all three are present with the pinned SHA-256, else ``None``."""
    cache = data_cache_dir(cache_dir)
    out = {}
    for level, spec in OFFICIAL_FILES.items():
        path = cache / spec.name
        if not path.is_file() or _sha256(path) != spec.sha256:
            return None
        out[level] = path
    return out


@lru_cache(maxsize=8)
def _read(path: str, code_field: str, name_field: str) -> gpd.GeoDataFrame:
    import geopandas as gpd
    import shapely

    gdf = gpd.read_file(path, columns=[code_field, name_field], engine="pyogrio")
    return gpd.GeoDataFrame({"ubigeo": gdf[code_field].astype(str).values, "name": gdf[name_field].values},
                            geometry=shapely.make_valid(gdf.geometry.values), crs="EPSG:4326")


def official_units(level: str, files: dict[str, Path]) -> gpd.GeoDataFrame:
    """The official units of one level.

    Parameters
    ----------
    level : {"department", "province", "district"}
    files : dict
        As returned by :func:`fetch_official` or :func:`cached_official`.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``ubigeo`` (2, 4 or 6 digits), ``name``; (Multi)Polygon geometry made valid,
        EPSG:4326. A copy.
    """
    spec = OFFICIAL_FILES[level]
    return _read(str(files[level]), spec.code_field, spec.name_field).copy()


def dissolve_units(level: str, ubigeo: list[str], files: dict[str, Path]):
    """Union of the official units with the given UBIGEO codes.

    Returns
    -------
    (shapely geometry, list of str)
        The union (EPSG:4326) and the names of the units, in the order asked.

    Raises
    ------
    KeyError
        If a code is not in the boundary file; the message lists the missing codes.
    """
    units = official_units(level, files).set_index("ubigeo")
    missing = [u for u in ubigeo if u not in units.index]
    if missing:
        raise KeyError(f"no {level} with UBIGEO {', '.join(missing)} in {OFFICIAL_FILES[level].name}")
    rows = units.loc[list(ubigeo)]
    import shapely

    return shapely.union_all(rows.geometry.values), [str(n) for n in rows["name"]]


def place_unit_codes(places: gpd.GeoDataFrame, files: dict[str, Path]) -> pd.Series:
    """The INEI district each place's coordinate source names, where it names one.

    A place whose ``coord_source`` is ``"<source id> <code>"`` with a 6-digit UBIGEO or a 10-digit
    INEI centro poblado code (whose first six digits are its district's UBIGEO) lies in that
    district. The code is used only if the place is in :data:`OFFICIAL_COUNTRY` (its ``country``,
    when given) and the department the code names lies within :data:`UNIT_CODE_CHECK_M` of the
    place, so that a number of another kind (a port index) is never read as a UBIGEO.

    Parameters
    ----------
    places : geopandas.GeoDataFrame
        Points, EPSG:4326, with ``coord_source`` and optionally ``country``.
    files : dict
        As returned by :func:`fetch_official` or :func:`cached_official`.

    Returns
    -------
    pandas.Series
        Indexed like ``places``: the 6-digit district UBIGEO (current codes, including districts
        newer than the 2007 limits), or None.

    Notes
    -----
    This, not the polygons, decides membership of official regions: the INEI 2007 "simple" limits are
    generalised, so a town on a boundary river can fall inside the neighbouring unit's polygon (San
    Francisco, UBIGEO 050503 in Ayacucho, lies inside the 2007 polygon of Kimbiri, 080907 in Cusco).
    """
    import pandas as pd

    from .overlay import distance_between_geometries_m

    departments = official_units("department", files).set_index("ubigeo")
    out = pd.Series([None] * len(places), index=places.index, dtype=object)
    sources = places["coord_source"] if "coord_source" in places else pd.Series([None] * len(places), index=places.index)
    country = places["country"] if "country" in places else pd.Series([None] * len(places), index=places.index)
    for idx, text, iso, point in zip(places.index, sources, country, places.geometry.values):
        match = _UNIT_CODE.match(text) if isinstance(text, str) else None
        if match is None or (isinstance(iso, str) and iso != OFFICIAL_COUNTRY):
            continue
        code = match.group(1)
        if code[:2] not in departments.index:
            continue
        if distance_between_geometries_m(point, departments.geometry[code[:2]]) <= UNIT_CODE_CHECK_M:
            out[idx] = code
    return out
