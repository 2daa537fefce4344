"""Writing files: RFC 7946 GeoJSON, JSON-safe values, and atomic replacement of outputs.

Every file the toolkit writes goes through :func:`atomic_write_text`: the bytes go to a temporary
file in the destination folder, which then replaces the destination in one ``os.replace``. A reader
sees the old file or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import errno
import json
import math
import os
import secrets
import shutil
import tempfile
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .errors import GeometryError

__all__ = ["atomic_write_text", "atomic_write_many", "json_safe", "to_geojson_dict", "geojson_text", "write_geojson",
           "invalid_geometries", "repair_geometries", "COORDINATE_DECIMALS", "integer_columns", "promote_to_multi",
           "csv_cell", "MEASURED_SUFFIXES", "INTEGER_SUFFIXES"]

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

#: Name of the lock file a build holds in each output folder while it renames its files into place.
LOCK_NAME = ".geo.lock"
#: Decimals kept in written coordinates (RFC 7946 §11.2 advises about 6: ~0.1 m).
COORDINATE_DECIMALS = 6
#: Fields whose name ends so are counts or ranks: always written as integers (GDAL: Integer).
INTEGER_SUFFIXES = ("_count", "_rank")
#: Fields whose name ends so (or is one of :data:`MEASURED_NAMES`) are measured lengths, areas,
#: coordinates or percentages: always real numbers, even when every value happens to be whole
#: (a 79 % share), so their field type does not depend on the values.
MEASURED_SUFFIXES = ("_km", "_km2", "_nm", "_m", "_m2", "_pct")
MEASURED_NAMES = ("lon", "lat")
#: Largest whole number a float64 holds exactly (2**53): larger "whole" floats are not integers we can trust.
_EXACT_INT = 2.0 ** 53
#: First characters that make a spreadsheet (Excel, LibreOffice) read a CSV cell as a formula
#: (OWASP, "CSV Injection": ``=``, ``+``, ``-``, ``@``, tab, carriage return).
CSV_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def atomic_write_text(path: str | Path, text: str) -> Path:
    """Write text (UTF-8, ``\\n`` line ends) to ``path`` atomically.

    Parameters
    ----------
    path : str or pathlib.Path
        Destination; its folder is created if missing.
    text : str
        Content.

    Returns
    -------
    pathlib.Path
        The destination.

    Raises
    ------
    OSError
        If the folder cannot be created or written; the destination is then left as it was.
    """
    return atomic_write_many({path: text})[0]


def atomic_write_many(texts: dict) -> list[Path]:
    """Write several files so that either all are replaced or none is.

    Every destination is first checked (not a folder, its folder writable); every text is then
    written to a temporary file beside its destination; only when all of them are on disk are they
    renamed over their destinations, one ``os.replace`` each, the previous file of each kept aside
    (a hard link) until the last rename has succeeded.

    Parameters
    ----------
    texts : dict of (str or pathlib.Path) to (str or bytes)
        Destination path to content: text (written as UTF-8 with ``\\n`` line ends) or bytes
        (written as they are, e.g. a PNG).

    Returns
    -------
    list of pathlib.Path
        The destinations, in the order given.

    Raises
    ------
    OSError
        If a destination is a folder (:class:`IsADirectoryError`) or its folder is not writable
        (:class:`PermissionError`), or a temporary file cannot be written: then no destination has
        been touched. If a rename fails midway (a full disk, a file locked by another program), the
        destinations already renamed get their previous files back (or are removed if they had
        none) before the error is raised. ``filename`` names the file concerned.

    Notes
    -----
    Temporary names are unique (:func:`tempfile.mkstemp`), so writers running at once never write
    into each other's files; the renames happen under an advisory lock (:data:`LOCK_NAME` in each
    folder, removed afterwards), so two builds into the same folders leave one complete set, never a
    mix. A process killed before the renames leaves the destinations as they were (at worst a hidden
    ``.<name>.*.tmp`` file).
    """
    paths = [Path(p) for p in texts]
    _check_replaceable(paths)
    staged: list[tuple[str, Path]] = []
    try:
        for path, text in zip(paths, texts.values()):
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            staged.append((tmp, path))
            binary = isinstance(text, (bytes, bytearray))
            with (os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="\n")) as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o644)
    except BaseException:
        _remove_quietly(tmp for tmp, _ in staged)
        raise
    # Builds running at once into the same folders rename their files one set at a time, so the
    # folders always hold one build's complete set (the last one's when both are done).
    kept: list[tuple[Path, str | None]] = []  # (destination, its previous file kept aside, or None)
    try:
        with _folder_locks(sorted({p.parent.resolve() for _, p in staged})):
            for tmp, path in staged:
                kept.append((path, _keep_aside(path)))
                os.replace(tmp, path)
    except BaseException:
        _restore(kept)
        _remove_quietly(tmp for tmp, _ in staged)
        raise
    _remove_quietly(backup for _, backup in kept if backup)
    return [path for _, path in staged]


def _check_replaceable(paths: list[Path]) -> None:
    """Raise the :class:`OSError` a rename would meet, before anything is written."""
    for path in paths:
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a folder, not a file: move or remove it", str(path))
        folder = next((f for f in (path.parent, *path.parent.parents) if f.exists()), None)
        if folder is not None and not folder.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, "is a file where a folder is needed", str(folder))
        if folder is not None and not os.access(folder, os.W_OK | os.X_OK):
            raise PermissionError(errno.EACCES, "folder not writable", str(folder))


def _keep_aside(path: Path) -> str | None:
    """A hard link (else a copy) of the current destination in its folder, or None if it has none."""
    if not path.is_file():
        return None
    for _ in range(100):
        backup = str(path.parent / f".{path.name}.{secrets.token_hex(6)}.previous")
        try:
            os.link(path, backup)
            return backup
        except FileExistsError:
            continue
        except OSError:  # a file system without hard links
            shutil.copy2(path, backup)
            return backup
    raise FileExistsError(errno.EEXIST, "cannot find a free name to keep the previous file", str(path))


def _restore(kept) -> None:
    """Put back the previous files of destinations already replaced, latest first."""
    for path, backup in reversed(kept):
        try:
            if backup is not None and path.exists() and os.path.samefile(backup, path):
                os.unlink(backup)  # not replaced yet (rename() of two links to one file does nothing)
            elif backup is not None:
                os.replace(backup, path)
            elif path.exists():
                os.unlink(path)  # created by this write: it had no previous file
        except OSError:
            pass


def _remove_quietly(files) -> None:
    for name in files:
        try:
            os.unlink(name)
        except FileNotFoundError:
            pass


@contextlib.contextmanager
def _folder_locks(folders):
    """Hold an exclusive advisory lock (``.geo.lock``) in each folder, taken in sorted order, and
    remove the lock files when done."""
    if fcntl is None:  # no flock (Windows): renames are still atomic one by one
        yield
        return
    handles = []
    try:
        for folder in folders:
            handles.append(_lock(folder / LOCK_NAME))
        yield
    finally:
        for fh in reversed(handles):
            try:
                os.unlink(fh.name)  # removed while held: a waiting writer sees it is gone and retries
            except FileNotFoundError:
                pass
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
            fh.close()


def _lock(path: Path):
    """An open, exclusively locked lock file at ``path``; retried if the file was removed (by the
    previous holder) between opening and locking."""
    while True:
        fh = open(path, "a")
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            same = os.path.samestat(os.fstat(fh.fileno()), os.stat(path))
        except FileNotFoundError:
            same = False
        if same:
            return fh
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
        fh.close()


def json_safe(value: Any) -> Any:
    """A value that :func:`json.dumps` can write as strict JSON.

    NaN, infinities, ``None`` and pandas' missing markers become ``None`` (JSON ``null``); numpy
    scalars become Python numbers; dates and timestamps become ISO 8601 strings (``"2024-03-01"``
    for a date at midnight); lists, tuples and arrays are converted item by item.
    """
    kind = type(value)  # the common exact types first: a map's payload has tens of thousands of them
    if kind is str or kind is int:
        return value
    if kind is float:
        return value if math.isfinite(value) else None
    if kind is list:
        return [json_safe(v) for v in value]
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if not math.isfinite(float(value)) else float(value)
    if isinstance(value, str):
        return value
    if isinstance(value, (pd.Timestamp, _dt.datetime)):
        ts = pd.Timestamp(value)
        if ts.tz is None and ts == ts.normalize():
            return ts.date().isoformat()
        return ts.isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, np.ndarray)):
        return [json_safe(v) for v in value]
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return str(value)


def integer_columns(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of a table whose integer-valued number columns are integers.

    A column becomes pandas' nullable ``Int64`` (JSON integers; GDAL ``Integer`` or ``Integer64``)
    when its name ends in one of :data:`INTEGER_SUFFIXES` (counts, ranks), or when it holds numbers
    (float dtype, or Python/numpy numbers in an object column) that are all whole and within ±2**53,
    unless it is a measured quantity (:data:`MEASURED_SUFFIXES`, :data:`MEASURED_NAMES`: lengths,
    areas, coordinates and percentages stay real numbers). Booleans and other columns are left as they are.

    Parameters
    ----------
    df : pandas.DataFrame or geopandas.GeoDataFrame
        Any table; the geometry column is left alone.

    Returns
    -------
    pandas.DataFrame or geopandas.GeoDataFrame
        Same rows and columns; missing values stay missing (``pd.NA``).
    """
    out = df.copy()
    geometry = out.geometry.name if isinstance(out, gpd.GeoDataFrame) else None
    for col in out.columns:
        if col == geometry or not isinstance(col, str):
            continue
        values = out[col]
        if pd.api.types.is_bool_dtype(values) or isinstance(values.dtype, pd.CategoricalDtype):
            continue
        if values.dtype == object:
            present = values.dropna()
            if not len(present) or not present.map(
                    lambda v: isinstance(v, (int, float, np.integer, np.floating))
                    and not isinstance(v, (bool, np.bool_))).all():
                continue
            numbers = pd.to_numeric(present)
        elif pd.api.types.is_float_dtype(values):
            numbers = values.dropna()
        else:
            continue
        counted = col.endswith(INTEGER_SUFFIXES)
        measured = col.endswith(MEASURED_SUFFIXES) or col in MEASURED_NAMES
        whole = bool(np.all(np.isfinite(numbers)) and np.all(np.abs(numbers) <= _EXACT_INT)
                     and np.all(np.asarray(numbers, dtype=float) == np.round(np.asarray(numbers, dtype=float))))
        if whole and (counted or (len(numbers) and not measured)):
            out[col] = pd.to_numeric(values.astype(object).where(values.notna(), None)).astype("Int64")
    return out


def promote_to_multi(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """A copy of a layer with one geometry type: where single and multi parts of one kind are mixed
    (Polygon and MultiPolygon, LineString and MultiLineString, Point and MultiPoint), every single
    part becomes a one-part multi geometry, so GDAL and QGIS see one type (not "Unknown").

    Parameters
    ----------
    gdf : geopandas.GeoDataFrame
        Any layer.

    Returns
    -------
    geopandas.GeoDataFrame
        Same rows and columns; layers that already have one type (or mix kinds, such as points
        and lines) are returned unchanged.
    """
    geoms = gdf.geometry.values
    present = ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
    kinds = set(shapely.get_type_id(geoms[present]).tolist())
    pairs = {0: 4, 1: 5, 3: 6}  # Point, LineString, Polygon -> their multi type
    single = [k for k in kinds if k in pairs]
    if len(single) != 1 or kinds != {single[0], pairs[single[0]]}:
        return gdf
    multi = {0: shapely.multipoints, 1: shapely.multilinestrings, 3: shapely.multipolygons}[single[0]]
    out = gdf.copy()
    promote = present & (shapely.get_type_id(geoms) == single[0])
    new = np.array(geoms, dtype=object)
    new[promote] = [multi([g]) for g in geoms[promote]]
    out[out.geometry.name] = gpd.GeoSeries(new, index=out.index, crs=gdf.crs)
    return out


def csv_cell(value: Any) -> Any:
    """A CSV cell that spreadsheets do not run as a formula.

    Text starting with one of :data:`CSV_FORMULA_STARTS` (``=``, ``+``, ``-``, ``@``, tab, carriage
    return) gets a leading ``'`` (the OWASP rule for CSV injection), unless it is a number as written
    (``-12.5``, ``+3``, ``-1e3``), which stays as it is. Everything else is returned unchanged.

    Parameters
    ----------
    value : object
        A cell value.

    Returns
    -------
    object
        The value, or ``"'" + value`` for text a spreadsheet would evaluate.
    """
    if not isinstance(value, str) or not value.startswith(CSV_FORMULA_STARTS):
        return value
    try:
        if math.isfinite(float(value)) and value.strip() == value:
            return value
    except ValueError:
        pass
    return "'" + value


def invalid_geometries(gdf: gpd.GeoDataFrame) -> list[str]:
    """Why each invalid geometry of a layer is invalid, and where.

    Parameters
    ----------
    gdf : geopandas.GeoDataFrame
        Any layer; an ``id`` column names the features, else their position.

    Returns
    -------
    list of str
        ``"feature 'x': field 'geometry': Self-intersection at (31, 11)"``, one per invalid
        geometry (GEOS's reason, :func:`shapely.is_valid_reason`); empty if all are valid.
    """
    geoms = gdf.geometry.values
    bad = np.flatnonzero(~shapely.is_valid(geoms) & ~shapely.is_missing(geoms))
    ids = gdf["id"].to_numpy() if "id" in gdf else np.arange(len(gdf))
    out = []
    for i in bad:
        reason = shapely.is_valid_reason(geoms[i])
        text, _, where = reason.partition("[")
        if where:
            x, y = where.rstrip("]").split()[:2]
            text = f"{text} at ({float(x):g}, {float(y):g})"
        out.append(f"feature {json_safe(ids[i])!r}: field 'geometry': {text}")
    return out


def repair_geometries(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """A copy of a layer whose invalid polygons are repaired, every part kept.

    A bow-tie ring becomes a MultiPolygon of both lobes (GEOS ``make_valid``, "structure" method);
    bits that collapse to lines or points are dropped from polygons. Valid geometries are untouched.

    Parameters
    ----------
    gdf : geopandas.GeoDataFrame
        Any layer.

    Returns
    -------
    geopandas.GeoDataFrame
        Same rows and columns.
    """
    out = gdf.copy()
    geoms = out.geometry.values.copy()
    bad = ~shapely.is_valid(geoms) & ~shapely.is_missing(geoms)
    if bad.any():
        fixed = shapely.make_valid(geoms[bad], method="structure", keep_collapsed=False)
        polygonal = shapely.get_type_id(geoms[bad]) >= 3
        fixed = np.where(polygonal, [_polygonal(g) for g in fixed], fixed)
        geoms[bad] = fixed
        out[out.geometry.name] = geoms
    return out


def _polygonal(geom):
    parts = [p for p in shapely.get_parts(geom) if p.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts) if parts else shapely.Polygon()


def rfc7946_geometry(geom) -> dict | None:
    """The RFC 7946 geometry object of a shapely geometry in EPSG:4326: polygon exteriors
    counter-clockwise and holes clockwise, coordinates rounded to :data:`COORDINATE_DECIMALS`;
    ``None`` for a missing or empty geometry."""
    if geom is None or geom.is_empty:
        return None
    geom = shapely.orient_polygons(geom)  # exterior counter-clockwise, holes clockwise (§3.1.6)
    geom = shapely.transform(geom, lambda xy: np.round(xy, COORDINATE_DECIMALS))
    return json.loads(shapely.to_geojson(geom))


def to_geojson_dict(gdf: gpd.GeoDataFrame, *, check_valid: bool = True) -> dict:
    """An RFC 7946 FeatureCollection of a GeoDataFrame.

    Parameters
    ----------
    gdf : geopandas.GeoDataFrame
        In EPSG:4326 (or without a CRS, taken as lon/lat). An ``id`` column, if present, becomes each
        feature's ``id`` member as well as a property.
    check_valid : bool, keyword-only
        Refuse invalid geometries (default). ``False`` only for copies generalised for drawing,
        which are never measured or written as layers.

    Returns
    -------
    dict
        ``{"type": "FeatureCollection", "features": [...]}``, without a ``crs`` member; polygon
        exteriors counter-clockwise and holes clockwise; coordinates rounded to
        :data:`COORDINATE_DECIMALS`; a layer mixing single and multi geometries written all multi
        (:func:`promote_to_multi`); integer-valued columns written as JSON integers
        (:func:`integer_columns`); properties passed through :func:`json_safe`.

    Raises
    ------
    ValueError
        If the GeoDataFrame has a CRS other than EPSG:4326.
    geo.errors.GeometryError
        If a geometry is invalid (:func:`invalid_geometries`; the message says which feature and
        where); :func:`repair_geometries` repairs them, keeping every part.
    """
    if gdf.crs is not None and not gdf.crs.equals("EPSG:4326"):
        raise ValueError(f"GeoJSON (RFC 7946) is written in EPSG:4326; this layer is in {gdf.crs.to_string()}")
    problems = invalid_geometries(gdf) if check_valid else []
    if problems:
        raise GeometryError("invalid geometry, not written (geo.repair_geometries repairs it, keeping every part):\n"
                            + "\n".join(f"  - {p}" for p in problems))
    # one geometry type per layer and whole numbers as JSON integers, so GDAL types them as such
    gdf = integer_columns(promote_to_multi(gdf))
    columns = [c for c in gdf.columns if c != gdf.geometry.name]
    geometries = gdf.geometry.values
    features = []
    for i, row in enumerate(gdf[columns].itertuples(index=False, name=None)):
        props = {c: json_safe(v) for c, v in zip(columns, row)}
        feature = {"type": "Feature"}
        if "id" in props and props["id"] is not None:
            feature["id"] = props["id"]
        feature["geometry"] = rfc7946_geometry(geometries[i])
        feature["properties"] = props
        features.append(feature)
    return {"type": "FeatureCollection", "features": features}


def geojson_text(gdf: gpd.GeoDataFrame) -> str:
    """RFC 7946 GeoJSON text of a layer: one feature per line, strict JSON (no NaN), ending in a newline."""
    fc = to_geojson_dict(gdf)
    lines = [json.dumps(f, ensure_ascii=False, allow_nan=False, separators=(",", ":")) for f in fc["features"]]
    if not lines:
        return '{"type":"FeatureCollection","features":[]}\n'
    return '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"


def write_geojson(gdf: gpd.GeoDataFrame, path: str | Path) -> Path:
    """Write a layer as RFC 7946 GeoJSON, atomically (see :func:`geojson_text`)."""
    return atomic_write_text(path, geojson_text(gdf))
