"""Point events that users bring (seizures, destroyed airstrips, ...): reading, checking and placing them.

:func:`load_events` reads a CSV with longitude/latitude columns or a GeoJSON FeatureCollection of
points and refuses bad rows with a message naming the file, the row or feature, the field and the
value. :func:`assign_events` adds the country and the scenario regions each event falls in, and the
nearest route with its geodesic distance.
"""

from __future__ import annotations

import csv
import io
import json
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .countries import countries as _countries
from .errors import GeoError
from .spatial_index import LineIndex, PolygonIndex
from .units import M_PER_KM

__all__ = ["load_events", "assign_events", "EVENTS_MAX_BYTES", "EVENT_ROUTE_SPACING_M"]

#: Event files larger than this are refused with a message (a stated limit, not a crash).
EVENTS_MAX_BYTES = 200 * 1024 * 1024
#: Routes are sampled every this many metres to find the candidates for an event's nearest route;
#: the distance is then to the closest point of the segments beside them.
EVENT_ROUTE_SPACING_M = 1000.0

_LON_NAMES = ("lon", "lng", "long", "longitude", "x")
_LAT_NAMES = ("lat", "latitude", "y")


class EventsError(GeoError):
    """An event file cannot be read; the message names the file, row or feature, field and value."""


def _problem(path, where: str, field: str, message: str, value) -> str:
    return f"{path}: {where}: field '{field}': {message} (value: {value!r})"


def _check_coordinates(path, lon: np.ndarray, lat: np.ndarray, where: list[str], lon_field: str,
                       lat_field: str, raw_lon=None, raw_lat=None) -> list[str]:
    """Problems of coordinates that are not numbers or out of range; ``raw_*`` are shown as given."""
    raw_lon = lon if raw_lon is None else raw_lon
    raw_lat = lat if raw_lat is None else raw_lat
    problems = []
    for i in np.flatnonzero(~(np.isfinite(lon) & np.isfinite(lat) & (np.abs(lon) <= 180) & (np.abs(lat) <= 90))):
        if not np.isfinite(lat[i]) or abs(lat[i]) > 90:
            hint = "; latitude and longitude swapped?" if np.isfinite(lon[i]) and abs(lon[i]) <= 90 and abs(lat[i]) <= 180 else ""
            problems.append(_problem(path, where[i], lat_field, f"must be a latitude in degrees, -90 to 90{hint}",
                                     raw_lat[i]))
        if not np.isfinite(lon[i]) or abs(lon[i]) > 180:
            problems.append(_problem(path, where[i], lon_field, "must be a longitude in degrees, -180 to 180",
                                     raw_lon[i]))
    return problems


_PARQUET_HINT = "GeoParquet files and folders go through geo.load_events(path, engine=\"dask\")"


def _read_text(path: Path) -> str:
    if path.is_dir():
        raise EventsError(f"{path}: is a folder, not a CSV or GeoJSON event file ({_PARQUET_HINT})")
    if not path.is_file():
        raise EventsError(f"{path}: no such event file")
    size = path.stat().st_size
    if size > EVENTS_MAX_BYTES:
        raise EventsError(f"{path}: {size:,} bytes is more than the {EVENTS_MAX_BYTES:,} bytes an event file may have; "
                          "split it")
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise EventsError(f"{path}: line {line}: not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
                          "save the file as UTF-8") from None


def _from_csv(path: Path, text: str) -> gpd.GeoDataFrame:
    rows = list(csv.reader(io.StringIO(text)))
    for number, row in enumerate(rows[1:], start=2):
        if row and len(row) != len(rows[0]):
            raise EventsError(f"{path}: line {number}: {len(row)} fields where the header has {len(rows[0])} "
                              f"(value: {','.join(row)[:80]!r})")
    try:
        table = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, index_col=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise EventsError(f"{path}: not a readable CSV table: {str(exc).strip().splitlines()[0]}") from None
    duplicated = [c for c in table.columns if "." in c and c.rsplit(".", 1)[0] in table.columns]
    if duplicated:
        raise EventsError(f"{path}: line 1: the header repeats the column {duplicated[0].rsplit('.', 1)[0]!r}")
    columns = {c.strip().lower(): c for c in table.columns}
    lon_col = next((columns[n] for n in _LON_NAMES if n in columns), None)
    lat_col = next((columns[n] for n in _LAT_NAMES if n in columns), None)
    if lon_col is None or lat_col is None:
        raise EventsError(f"{path}: needs a longitude column ({', '.join(_LON_NAMES)}) and a latitude column "
                          f"({', '.join(_LAT_NAMES)}); it has {', '.join(map(repr, table.columns))}")
    if table.empty:
        raise EventsError(f"{path}: has a header but no events")
    lon = pd.to_numeric(table[lon_col].str.strip(), errors="coerce").to_numpy(dtype=float)
    lat = pd.to_numeric(table[lat_col].str.strip(), errors="coerce").to_numpy(dtype=float)
    # a row's line in the file: the header is line 1
    where = [f"line {i + 2}" for i in range(len(table))]
    problems = _check_coordinates(path, lon, lat, where, lon_col, lat_col, table[lon_col].tolist(),
                                  table[lat_col].tolist())
    if problems:
        raise EventsError("\n".join(problems[:20]) + (f"\n... and {len(problems) - 20} more" if len(problems) > 20 else ""))
    props = table.drop(columns=[lon_col, lat_col]).astype(object)
    props = props.where(props != "", None)  # an empty cell is unknown
    return gpd.GeoDataFrame(_typed_columns(props), geometry=shapely.points(lon, lat), crs="EPSG:4326")


def _typed_columns(table: pd.DataFrame) -> pd.DataFrame:
    """Columns of text become numbers where every filled cell is a number, and booleans where every
    filled cell is true/false (any case), so that GIS tools can style them; the rest stay text."""
    out = table.copy()
    for col in out.columns:
        cells = out[col].dropna().astype(str).str.strip()
        if not len(cells) or col == "id":
            continue
        numbers = pd.to_numeric(cells, errors="coerce")
        if numbers.notna().all():
            out[col] = pd.to_numeric(out[col], errors="coerce")
        elif cells.str.lower().isin(["true", "false"]).all():
            out[col] = out[col].map(lambda v: None if v is None else str(v).strip().lower() == "true").astype("boolean")
    return out


def _from_geojson(path: Path, text: str) -> gpd.GeoDataFrame:
    def no_constants(name):
        raise ValueError(f"{name} is not valid JSON")

    try:
        doc = json.loads(text, parse_constant=no_constants)
    except ValueError as exc:
        raise EventsError(f"{path}: not valid JSON: {exc}") from None
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection" or not isinstance(doc.get("features"), list):
        raise EventsError(f"{path}: must be a GeoJSON FeatureCollection of Point features")
    rows, lon, lat, where, problems = [], [], [], [], []
    for i, feature in enumerate(doc["features"]):
        label = f"feature {i}" + (f" (id {feature.get('id')!r})" if isinstance(feature, dict) and "id" in feature else "")
        geom = feature.get("geometry") if isinstance(feature, dict) else None
        coords = geom.get("coordinates") if isinstance(geom, dict) else None
        if not isinstance(geom, dict) or geom.get("type") != "Point":
            problems.append(_problem(path, label, "geometry", "must be a Point",
                                     geom.get("type") if isinstance(geom, dict) else geom))
            continue
        if (not isinstance(coords, list) or len(coords) < 2
                or not all(isinstance(c, (int, float)) and not isinstance(c, bool) for c in coords[:2])):
            problems.append(_problem(path, label, "geometry.coordinates", "must be [longitude, latitude] numbers", coords))
            continue
        props = feature.get("properties") or {}
        if not isinstance(props, dict):
            problems.append(_problem(path, label, "properties", "must be an object or null", props))
            continue
        if "id" in feature and "id" not in props:
            props = {"id": feature["id"], **props}
        rows.append({k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v) for k, v in props.items()})
        lon.append(float(coords[0]))
        lat.append(float(coords[1]))
        where.append(label)
    problems += _check_coordinates(path, np.array(lon), np.array(lat), where, "coordinates[0]", "coordinates[1]",
                                   [float(x) for x in lon], [float(x) for x in lat])
    problems += _mixed_types(path, rows, where)
    if problems:
        raise EventsError("\n".join(problems[:20]) + (f"\n... and {len(problems) - 20} more" if len(problems) > 20 else ""))
    if not rows:
        raise EventsError(f"{path}: has no features")
    return gpd.GeoDataFrame(pd.DataFrame(rows), geometry=shapely.points(lon, lat), crs="EPSG:4326")


def _json_kind(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "a true/false"
    if isinstance(value, (int, float)):
        return "a number"
    return "a string"


def _mixed_types(path, rows: list[dict], where: list[str]) -> list[str]:
    """One problem per property whose values are of different JSON types (a number here, a string there)."""
    first: dict[str, tuple[str, str]] = {}
    problems = []
    for row, label in zip(rows, where):
        for key, value in row.items():
            kind = _json_kind(value)
            if kind is None:
                continue
            seen = first.setdefault(key, (kind, label))
            if seen[0] != kind:
                problems.append(_problem(path, label, key, f"is {kind} here but {seen[0]} in {seen[1]}; "
                                                           "one property has one type", value))
    return problems


def load_events(path: str | Path, *, engine: str = "pandas"):
    """Read point events from a CSV or GeoJSON file.

    Parameters
    ----------
    path : str or pathlib.Path
        ``.csv``: UTF-8, a header row, a longitude column (``lon``, ``lng``, ``long``,
        ``longitude`` or ``x``) and a latitude column (``lat``, ``latitude`` or ``y``) in degrees
        (WGS 84); any other columns are kept, as numbers where every filled cell is a number, as
        booleans where every filled cell is true or false, else as text. ``.geojson``/``.json``: an RFC 7946
        FeatureCollection of Point features; properties kept. At most :data:`EVENTS_MAX_BYTES`.

    engine : {"pandas", "dask"}, keyword-only
        ``"dask"``: ``path`` is GeoParquet (a file, or a folder of partition files, as written by
        ``dask_geopandas`` or ``geopandas.GeoDataFrame.to_parquet``) read lazily with
        ``dask_geopandas.read_parquet``, for event sets larger than memory; no size limit, and the
        rows are checked when computed (see :func:`assign_events` with ``engine="dask"``).

    Returns
    -------
    geopandas.GeoDataFrame or dask_geopandas.GeoDataFrame
        One row per event, Point geometry, EPSG:4326, with an ``id`` column (the file's, else
        ``event_<n>`` from 1; with dask, the file's own columns only).

    Raises
    ------
    EventsError
        A :class:`geo.GeoError` naming the file, the line or feature, the field and the value of
        each bad row: missing columns, coordinates that are not numbers or out of range (with a hint
        when latitude and longitude look swapped), a property with values of different types in a
        GeoJSON file, a non-UTF-8 file, malformed JSON or CSV, an empty file, a file over the size limit;
        with ``engine="dask"``, a dataset that is not point GeoParquet in EPSG:4326.
    """
    path = Path(path)
    if engine == "dask":
        return _dask_events(path)
    if engine != "pandas":
        raise ValueError(f"engine must be 'pandas' or 'dask', not {engine!r}")
    suffix = path.suffix.lower()
    if suffix == ".parquet" and not path.is_dir():
        raise EventsError(f"{path}: not a CSV or GeoJSON event file ({_PARQUET_HINT})")
    if suffix not in (".geojson", ".json", ".csv", ".txt") and not path.is_dir() and path.exists():
        raise EventsError(f"{path}: unknown event file type {path.suffix!r}: use .csv or .geojson")
    text = _read_text(path)
    events = _from_geojson(path, text) if suffix in (".geojson", ".json") else _from_csv(path, text)
    if "id" not in events:
        events.insert(0, "id", [f"event_{i + 1}" for i in range(len(events))])
    events["id"] = events["id"].astype(str)
    return events


def _dask_events(path: Path):
    import dask_geopandas

    if not path.exists():
        raise EventsError(f"{path}: no such file or folder")
    files = sorted(path.rglob("*.parquet")) if path.is_dir() else [path]
    if not files:
        raise EventsError(f"{path}: a folder with no .parquet files")
    for file in files:
        _check_geoparquet(file)
    try:
        return dask_geopandas.read_parquet(path)
    except Exception as exc:  # pyarrow and dask raise many kinds; say which file and the gist
        raise EventsError(f"{path}: not a GeoParquet dataset dask-geopandas can read: {_gist(exc)}") from None


def _gist(exc: Exception) -> str:
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
    return lines[-1] if lines else type(exc).__name__


def _check_geoparquet(file: Path) -> None:
    """Refuse a Parquet file whose GeoParquet metadata says other than points in lon/lat."""
    import pyarrow.parquet as pq

    try:
        meta = pq.read_schema(file).metadata or {}
    except Exception as exc:
        raise EventsError(f"{file}: not a Parquet file: {_gist(exc)}") from None
    if b"geo" not in meta:
        raise EventsError(f"{file}: Parquet without GeoParquet metadata (write it with geopandas or dask-geopandas)")
    geo_meta = json.loads(meta[b"geo"])
    column = geo_meta.get("primary_column", "geometry")
    info = geo_meta.get("columns", {}).get(column, {})
    kinds = [k for k in info.get("geometry_types", []) if k not in ("Point", "Point Z")]
    if kinds:
        raise EventsError(f"{file}: field '{column}': must be Point, not {', '.join(kinds)}")
    crs = info.get("crs")  # absent means OGC:CRS84 (lon/lat) in GeoParquet
    if crs is not None:
        import pyproj

        found = pyproj.CRS.from_user_input(crs)
        if not (found.equals("EPSG:4326", ignore_axis_order=True) or found.equals("OGC:CRS84", ignore_axis_order=True)):
            raise EventsError(f"{file}: field '{column}': CRS must be EPSG:4326 (lon/lat), not {found.to_string()}")


def assign_events(events, layers: dict[str, gpd.GeoDataFrame], *, engine: str = "pandas"):
    """Place events: their country, the regions they fall in, and the nearest route.

    Parameters
    ----------
    events : geopandas.GeoDataFrame
        Points in EPSG:4326, as from :func:`load_events`.
    layers : dict of str to geopandas.GeoDataFrame
        The scenario's layers (:func:`geo.build_layers`): ``regions`` and ``routes`` are used.
    engine : {"pandas", "dask"}, keyword-only
        ``"dask"``: ``events`` is (or is turned into) a ``dask_geopandas.GeoDataFrame``, e.g. from
        :func:`load_events` with ``engine="dask"``, and a lazy ``dask_geopandas.GeoDataFrame`` of
        the same columns is returned: each partition is placed as above when it is computed
        (``.to_parquet(...)``, ``.compute()``), so files larger than memory go through.

    Returns
    -------
    geopandas.GeoDataFrame or dask_geopandas.GeoDataFrame
        A copy of ``events`` (a column of the same name as one added here becomes
        ``<name>_in_file``) with ``country`` (ISO 3166-1 alpha-3 of the Natural Earth country
        containing the point, ``None`` at sea; a point exactly on a border gets the first code in
        alphabetical order), ``region_ids`` (ids of the scenario regions containing it, in layer
        order, ``"; "``-separated, ``None`` if none), ``nearest_route_id`` and ``nearest_route_km``
        (geodesic distance on WGS 84 to the closest point of the nearest route, to 0.1 km; see
        :class:`geo.spatial_index.LineIndex`).

    Raises
    ------
    EventsError
        If an event's geometry is not a Point (the message names the event and the type); events
        without a geometry get no country, region or route.
    ValueError
        For an unknown ``engine``.
    ImportError
        For ``engine="dask"`` without dask-geopandas installed.

    Notes
    -----
    Vectorised for millions of events: countries and regions through
    :class:`geo.spatial_index.PolygonIndex` (polygons cut into small pieces under an STRtree), the
    nearest route through :class:`geo.spatial_index.LineIndex` (a k-d tree over geodesic samples of
    the routes). ``benchmarks/`` compares both with geopandas ``sjoin`` and a brute-force search.
    """
    if engine not in ("pandas", "dask"):
        raise ValueError(f"engine must be 'pandas' or 'dask', not {engine!r}")
    place = _Placer(layers)
    if engine == "pandas":
        return place(events)
    import dask_geopandas

    if isinstance(events, gpd.GeoDataFrame):
        events = dask_geopandas.from_geopandas(events, chunksize=1_000_000)

    def place_partition(part):
        # text columns typed as strings (not object), so that dask can write the schema to Parquet
        out = place(part)
        for col in ("country", "region_ids", "nearest_route_id"):
            out[col] = out[col].astype("string")
        return out

    return events.map_partitions(place_partition, meta=place_partition(events._meta))


class _Placer:
    """The indexes of one scenario's countries, regions and routes, built once and applied to any
    number of event tables (the partitions of a dask frame share them)."""

    def __init__(self, layers: dict[str, gpd.GeoDataFrame]):
        regions, routes = layers.get("regions"), layers.get("routes")
        self.region_ids = regions["id"].to_numpy() if regions is not None and len(regions) else None
        self.regions = PolygonIndex(regions.geometry.values) if self.region_ids is not None else None
        self.route_ids = routes["id"].to_numpy() if routes is not None and len(routes) else None
        self.routes = (LineIndex(routes.geometry.values, spacing_m=EVENT_ROUTE_SPACING_M)
                       if self.route_ids is not None else None)

    def __call__(self, events: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
        out = events.copy()
        # the file's own columns of these names are kept, renamed
        added = ("country", "region_ids", "nearest_route_id", "nearest_route_km")
        out = out.rename(columns={c: f"{c}_in_file" for c in added if c in out.columns})
        if out.crs is not None and not out.crs.equals("EPSG:4326"):
            raise EventsError(f"events: field 'geometry': CRS must be EPSG:4326 (lon/lat), not {out.crs.to_string()}")
        pts = np.asarray(out.geometry.values)
        kind = shapely.get_type_id(pts)
        names = [str(v) for v in (out["id"] if "id" in out else out.index)]
        _refuse(names, np.flatnonzero((kind != 0) & (kind != -1)),
                lambda i: f"field 'geometry': must be a Point, not {pts[i].geom_type}")
        placed = (kind == 0) & ~shapely.is_empty(pts)
        lon, lat = np.full(len(pts), np.nan), np.full(len(pts), np.nan)
        lon[placed], lat[placed] = shapely.get_x(pts[placed]), shapely.get_y(pts[placed])
        _refuse(names, np.flatnonzero(placed & ~((np.abs(lon) <= 180) & (np.abs(lat) <= 90))),
                lambda i: f"field 'geometry': ({lon[i]}, {lat[i]}) is not a longitude and latitude in range")
        pts = np.where(placed, pts, None)  # missing or empty points: in no country, region or route
        world = _countries()
        country = np.full(len(out), None, dtype=object)
        tree = shapely.STRtree(pts)  # one index over the events, shared by countries and regions
        hit = _country_index().first(pts, tree)
        country[hit >= 0] = world["iso_a3"].to_numpy()[hit[hit >= 0]]
        out["country"] = pd.Series(country, index=out.index, dtype=object)

        region_ids = np.full(len(out), None, dtype=object)
        if self.regions is not None and len(out):
            event, region = self.regions.pairs(pts, tree)
            region_ids = _joined(event, self.region_ids[region], len(out))
        out["region_ids"] = pd.Series(region_ids, index=out.index, dtype=object)

        out["nearest_route_id"] = pd.Series(None, index=out.index, dtype=object)
        out["nearest_route_km"] = np.nan
        if self.routes is not None and placed.any():
            nearest, dist_m = self.routes.nearest(lon[placed], lat[placed])
            route_id = np.full(len(out), None, dtype=object)
            route_id[placed] = self.route_ids[nearest]
            km = np.full(len(out), np.nan)
            km[placed] = np.round(dist_m / M_PER_KM, 1)
            out["nearest_route_id"] = pd.Series(route_id, index=out.index, dtype=object)
            out["nearest_route_km"] = km
        return out


def _refuse(names: list[str], rows: np.ndarray, problem) -> None:
    if len(rows):
        raise EventsError("; ".join(f"event {names[i]!r}: {problem(i)}" for i in rows[:5])
                          + (f"; ... and {len(rows) - 5} more" if len(rows) > 5 else ""))


@lru_cache(maxsize=1)
def _country_index() -> PolygonIndex:
    return PolygonIndex(_countries().geometry.values)


def _joined(owner: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    """``"; "``-joined ``values`` of each of ``n`` owners (pairs sorted by owner), ``None`` where an
    owner has none; vectorised over owners, one pass per extra value an owner has."""
    out = np.full(n, None, dtype=object)
    if not len(owner):
        return out
    start = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    count = np.diff(np.r_[start, len(owner)])
    joined = values[start].astype(object)
    for extra in range(1, int(count.max())):
        more = count > extra
        joined[more] = joined[more] + "; " + values[start[more] + extra].astype(object)
    out[owner[start]] = joined
    return out
