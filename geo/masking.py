"""Masking of sensitive event locations before they are shared.

Three methods from the geographic-masking literature (survey: "Privacy risk in GeoData",
arXiv 2402.03612):

``donut:MIN_M:MAX_M``
    Donut masking: each point is moved in a random direction by a random geodesic distance between
    ``MIN_M`` and ``MAX_M`` metres (WGS84, :meth:`pyproj.Geod.fwd`), drawn uniformly over the area of
    the annulus, so that no point stays closer than ``MIN_M`` to where it was. The randomness of each
    point comes from HMAC-SHA-256 of its own coordinates under a key that the user gives and that is
    never written anywhere: the same point masked with the same key always lands on the same spot, so
    publishing it twice (in two bundles with different event sets) gives nothing to average.
``hex:RES``
    Aggregation to H3 cells of resolution ``RES`` (the ``h3`` package), keeping a cell only when it
    holds at least ``min_count`` events (spatial k-anonymity).
``admin:LEVEL``
    Aggregation to official units: ``country`` (Natural Earth 1:10m), or the INEI ``department``,
    ``province`` or ``district`` of a Peru scenario when the official boundaries are available;
    the same ``min_count`` suppression.

``none`` shares the events at full precision. Whatever the method, event properties are dropped
unless named in ``keep``.
"""

from __future__ import annotations

import hashlib
import hmac
import math
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
import shapely.affinity
from pyproj import Geod

from .errors import GeoError

__all__ = ["MaskError", "MaskSpec", "MaskResult", "parse_mask", "mask_events", "donut_mask", "hex_aggregate",
           "admin_aggregate", "ADMIN_LEVELS", "MIN_KEY_BYTES", "DEFAULT_MIN_COUNT"]

#: Levels of ``admin:LEVEL``: Natural Earth countries, and the INEI 2007 units of Peru.
ADMIN_LEVELS = ("country", "department", "province", "district")
#: Shortest key accepted for donut masking, in bytes (128 bits).
MIN_KEY_BYTES = 16
#: Default smallest number of events an aggregate cell must hold to be written (k of k-anonymity).
DEFAULT_MIN_COUNT = 5
#: Donut distances are drawn this many metres inside [MIN, MAX], so that writing the point at 6 decimals
#: of a degree (at most 0.08 m away) keeps it within the bounds.
_ROUNDING_MARGIN_M = 0.1
_GEOD = Geod(ellps="WGS84")
_HMAC_LABEL = b"geo-donut-v1"


class MaskError(GeoError):
    """A masking method or its parameters, or the key, are not usable; the message says which."""


@dataclass(frozen=True)
class MaskSpec:
    """A parsed ``--mask`` value: ``method`` (none, donut, hex, admin) and its ``params``."""

    method: str
    params: dict = field(default_factory=dict)

    def __str__(self) -> str:
        if self.method == "donut":
            return f"donut:{self.params['min_m']:g}:{self.params['max_m']:g}"
        if self.method == "hex":
            return f"hex:{self.params['resolution']}"
        if self.method == "admin":
            return f"admin:{self.params['level']}"
        return "none"


@dataclass
class MaskResult:
    """What :func:`mask_events` returns.

    Attributes
    ----------
    events : geopandas.GeoDataFrame
        The masked events, EPSG:4326: points (donut, none) or cell/unit polygons (hex, admin).
    record : dict
        Method, parameters and counts, fit to publish (never the key): ``method``, ``parameters``,
        ``events_in``, ``features_out``, ``events_suppressed``, ``kept_columns``,
        ``dropped_column_count``, ``description``.
    dropped : dict of str to list
        The dropped columns with their distinct values (for the leak check; never written).
    """

    events: gpd.GeoDataFrame
    record: dict
    dropped: dict


def parse_mask(text: str | None) -> MaskSpec:
    """Parse a ``--mask`` value.

    Parameters
    ----------
    text : str or None
        ``none``, ``donut:MIN_M:MAX_M`` (metres, 0 <= MIN_M, MIN_M + 1 <= MAX_M <= 1,000,000),
        ``hex:RES`` (H3 resolution 0-15) or ``admin:LEVEL`` (:data:`ADMIN_LEVELS`). ``None`` is ``none``.

    Returns
    -------
    MaskSpec

    Raises
    ------
    MaskError
        If the text is not one of these forms; the message gives the value and the forms.
    """
    forms = "none, donut:MIN_M:MAX_M, hex:RES or admin:LEVEL"
    if text is None or text.strip().lower() == "none":
        return MaskSpec("none")
    parts = text.strip().split(":")
    method = parts[0].lower()
    try:
        if method == "donut" and len(parts) == 3:
            lo, hi = float(parts[1]), float(parts[2])
            if not (math.isfinite(lo) and math.isfinite(hi) and 0 <= lo and lo + 1 <= hi <= 1_000_000):
                raise MaskError(f"--mask {text!r}: donut distances must be metres with 0 <= MIN_M and "
                                f"MIN_M + 1 <= MAX_M <= 1000000")
            return MaskSpec("donut", {"min_m": lo, "max_m": hi})
        if method == "hex" and len(parts) == 2:
            res = int(parts[1])
            if not 0 <= res <= 15:
                raise MaskError(f"--mask {text!r}: the H3 resolution must be 0 to 15")
            return MaskSpec("hex", {"resolution": res})
        if method == "admin" and len(parts) == 2:
            level = parts[1].lower()
            if level not in ADMIN_LEVELS:
                raise MaskError(f"--mask {text!r}: the level must be one of {', '.join(ADMIN_LEVELS)}")
            return MaskSpec("admin", {"level": level})
    except ValueError as exc:
        raise MaskError(f"--mask {text!r}: {exc}; use {forms}") from exc
    raise MaskError(f"--mask {text!r}: unknown masking; use {forms}")


def _event_points(events: gpd.GeoDataFrame) -> tuple[np.ndarray, np.ndarray]:
    if events.crs is not None and not events.crs.equals("EPSG:4326"):
        events = events.to_crs("EPSG:4326")
    geoms = np.asarray(events.geometry.values)
    bad = np.flatnonzero((shapely.get_type_id(geoms) != 0) | shapely.is_empty(geoms))
    if len(bad):
        ids = events["id"].astype(str).to_numpy() if "id" in events else np.arange(len(events)).astype(str)
        raise MaskError(f"events {', '.join(ids[bad[:5]])}: only non-empty points can be masked")
    return shapely.get_x(geoms), shapely.get_y(geoms)


def _uniforms(key: bytes, lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Two numbers in [0, 1) per point, from HMAC-SHA-256 of its coordinates (float64, little-endian)
    under ``key``: the same point and key always give the same numbers."""
    packed = np.column_stack([lon, lat]).astype("<f8")
    digests = b"".join(hmac.new(key, _HMAC_LABEL + row.tobytes(), hashlib.sha256).digest()[:16] for row in packed)
    words = np.frombuffer(digests, dtype="<u8").reshape(-1, 2) >> np.uint64(11)  # 53 random bits each
    u = words.astype(np.float64) / float(2 ** 53)
    return u[:, 0], u[:, 1]


def _keep_columns(events: gpd.GeoDataFrame, keep) -> tuple[list[str], dict]:
    keep = list(dict.fromkeys(keep or ()))
    cols = [c for c in events.columns if c != events.geometry.name]
    missing = [k for k in keep if k not in cols]
    if missing:
        raise MaskError(f"--keep {', '.join(missing)}: no such event column; columns: {', '.join(map(str, cols))}")
    dropped = {c: events[c].dropna().unique().tolist() for c in cols if c not in keep}
    return keep, dropped


def donut_mask(events: gpd.GeoDataFrame, *, min_m: float, max_m: float, key: bytes, keep=()) -> gpd.GeoDataFrame:
    """Move every point a random geodesic distance between ``min_m`` and ``max_m`` metres.

    Parameters
    ----------
    events : geopandas.GeoDataFrame
        Point events (:func:`geo.load_events`), EPSG:4326 (another CRS is reprojected).
    min_m, max_m : float, keyword-only
        Smallest and largest displacement in metres, geodesic on WGS84.
    key : bytes, keyword-only
        Secret of at least :data:`MIN_KEY_BYTES` bytes; it seeds each point's displacement through
        HMAC-SHA-256 of the point's coordinates and is not kept.
    keep : iterable of str, keyword-only
        Columns to keep; all others are dropped.

    Returns
    -------
    geopandas.GeoDataFrame
        The ``keep`` columns and Point geometry, EPSG:4326, coordinates rounded to 6 decimals; rows
        sorted by the new position (the input order is not kept). Every point lies between ``min_m``
        and ``max_m`` metres (geodesic) from its original position: distances are drawn uniformly in
        the area of the annulus, 0.1 m inside each bound so that the rounding keeps them in it.

    Raises
    ------
    MaskError
        If the key is too short, a column to keep is missing, or an event is not a point.
    """
    if len(key) < MIN_KEY_BYTES:
        raise MaskError(f"the masking key has {len(key)} bytes: give at least {MIN_KEY_BYTES} "
                        "(e.g. `head -c 32 /dev/urandom | base64 > key.txt`)")
    keep, _ = _keep_columns(events, keep)
    lon, lat = _event_points(events)
    u_radius, u_azimuth = _uniforms(key, lon, lat)
    lo, hi = min_m + _ROUNDING_MARGIN_M, max_m - _ROUNDING_MARGIN_M
    radius_m = np.sqrt(lo ** 2 + u_radius * (hi ** 2 - lo ** 2))  # uniform in the annulus' area
    azimuth_deg = u_azimuth * 360.0 - 180.0
    new_lon, new_lat, _ = _GEOD.fwd(lon, lat, azimuth_deg, radius_m)
    new_lon, new_lat = np.round(np.asarray(new_lon), 6), np.round(np.asarray(new_lat), 6)
    out = gpd.GeoDataFrame(pd.DataFrame(events[keep]).reset_index(drop=True),
                           geometry=shapely.points(new_lon, new_lat), crs="EPSG:4326")
    order = np.lexsort((new_lat, new_lon))
    return out.iloc[order].reset_index(drop=True)


def _aggregate(owner: np.ndarray, events: gpd.GeoDataFrame, keep: list[str], min_count: int):
    """Counts and kept values per owner (>= 0), the owners with at least ``min_count`` events."""
    table = pd.DataFrame({"owner": owner})
    for k in keep:
        table[k] = events[k].to_numpy()
    table = table[table["owner"] >= 0]
    counts = table.groupby("owner").size()
    counts = counts[counts >= min_count]
    kept = {}
    for k in keep:
        values = table[table["owner"].isin(counts.index)].dropna(subset=[k])
        kept[k] = values.groupby("owner")[k].agg(lambda s: "; ".join(sorted(set(map(str, s)))))
    return counts, kept


def _cell_polygon(boundary_latlng):
    """A cell's (lat, lng) boundary as a Polygon, or as a MultiPolygon split at ±180° when the cell
    straddles the antimeridian (RFC 7946 §3.1.9); a cell round a pole as a cap reaching the pole."""
    lon = np.array([p[1] for p in boundary_latlng])
    lat = np.array([p[0] for p in boundary_latlng])
    steps = (np.diff(np.append(lon, lon[0])) + 180) % 360 - 180
    if abs(steps.sum()) > 180:  # the boundary goes once round a pole (360° of longitude)
        return _polar_cap(lon, lat)
    if lon.max() - lon.min() <= 180:
        return shapely.Polygon(np.column_stack([lon, lat]))
    shifted = shapely.Polygon(np.column_stack([np.where(lon < 0, lon + 360, lon), lat]))
    east = shapely.intersection(shifted, shapely.box(0, -90, 180, 90))
    west = shapely.affinity.translate(shapely.intersection(shifted, shapely.box(180, -90, 360, 90)), xoff=-360)
    parts = [g for part in (east, west) for g in shapely.get_parts(part) if g.geom_type == "Polygon"]
    return shapely.MultiPolygon(parts)


def _polar_cap(lon: np.ndarray, lat: np.ndarray):
    """The Polygon, in longitude/latitude, of a cell whose boundary goes round a pole: the vertices by
    longitude, closed along ±180° and the pole's latitude. The boundary's edge across ±180° is cut where
    its great circle meets the meridian (H3's edges are great-circle arcs on a sphere)."""
    pole = 90.0 if lat.mean() > 0 else -90.0
    order = np.argsort(lon, kind="stable")
    lon, lat = lon[order], lat[order]
    lon1, lat1 = np.radians(lon[-1]), np.radians(lat[-1])  # the easternmost vertex ...
    lon2, lat2 = np.radians(lon[0] + 360.0), np.radians(lat[0])  # ... and the westernmost, one turn on
    seam = math.pi
    if math.isclose(lon1, lon2):
        lat_seam = lat[0]
    else:  # latitude of the great circle through both at longitude 180° (sphere)
        lat_seam = math.degrees(math.atan(
            (math.tan(lat1) * math.sin(lon2 - seam) + math.tan(lat2) * math.sin(seam - lon1)) / math.sin(lon2 - lon1)))
    ring = [(-180.0, pole), (-180.0, lat_seam), *zip(lon.tolist(), lat.tolist()), (180.0, lat_seam), (180.0, pole)]
    return shapely.Polygon(ring)


def hex_aggregate(events: gpd.GeoDataFrame, *, resolution: int, min_count: int = DEFAULT_MIN_COUNT,
                  keep=()) -> tuple[gpd.GeoDataFrame, int]:
    """Count events per H3 cell, keeping only cells with at least ``min_count`` events.

    Parameters
    ----------
    events : geopandas.GeoDataFrame
        Point events, EPSG:4326.
    resolution : int, keyword-only
        H3 resolution, 0 to 15 (resolution 6: cells of about 36 km², resolution 4: about 1,770 km²;
        H3 documentation, "Tables of cell statistics across resolutions").
    min_count : int, keyword-only
        Smallest number of events a written cell holds.
    keep : iterable of str, keyword-only
        Columns whose distinct values (``"; "``-joined, sorted) each cell lists; others are dropped.

    Returns
    -------
    (geopandas.GeoDataFrame, int)
        One row per kept cell, sorted by cell: ``h3_cell`` (index as hex text), ``h3_resolution``,
        ``event_count``, the ``keep`` columns; Polygon geometry (the cell's boundary; a
        MultiPolygon split at ±180° for a cell across the antimeridian; for a cell round a pole, a
        cap closed along ±180° and the pole), EPSG:4326.
        And the number of events in suppressed cells.

    Raises
    ------
    MaskError
        If ``min_count`` < 1, a column to keep is missing or an event is not a point.
    """
    import h3

    if min_count < 1:
        raise MaskError(f"--min-count {min_count}: give 1 or more")
    keep, _ = _keep_columns(events, keep)
    lon, lat = _event_points(events)
    cells = [h3.latlng_to_cell(y, x, resolution) for x, y in zip(lon.tolist(), lat.tolist())]
    names, owner = np.unique(np.asarray(cells, dtype=object).astype(str), return_inverse=True)
    counts, kept = _aggregate(owner, events, keep, min_count)
    chosen = names[counts.index.to_numpy()]
    polygons = [_cell_polygon(h3.cell_to_boundary(c)) for c in chosen]
    out = gpd.GeoDataFrame({"h3_cell": chosen, "h3_resolution": resolution, "event_count": counts.to_numpy(),
                            **{k: kept[k].reindex(counts.index).to_numpy() for k in keep}},
                           geometry=shapely.orient_polygons(polygons) if polygons else [], crs="EPSG:4326")
    return out, int(len(events) - counts.sum())


def admin_aggregate(events: gpd.GeoDataFrame, *, level: str, min_count: int = DEFAULT_MIN_COUNT, keep=(),
                    official_files: dict | None = None, focus_country: str | None = None
                    ) -> tuple[gpd.GeoDataFrame, int]:
    """Count events per official unit, keeping only units with at least ``min_count`` events.

    Parameters
    ----------
    events : geopandas.GeoDataFrame
        Point events, EPSG:4326.
    level : {"country", "department", "province", "district"}, keyword-only
        ``country``: Natural Earth 1:10m Admin 0 (:func:`geo.countries`); the others: INEI 2007 units
        of Peru (:func:`geo.official.official_units`), for a scenario whose focus country is PER.
    min_count, keep : keyword-only
        As in :func:`hex_aggregate`.
    official_files : dict, keyword-only
        The INEI files (:func:`geo.official.cached_official`); needed for the INEI levels.
    focus_country : str, keyword-only
        The scenario's focus country (ISO alpha-3).

    Returns
    -------
    (geopandas.GeoDataFrame, int)
        One row per kept unit, sorted by ``unit_id`` (ISO alpha-3 or UBIGEO): ``unit_id``,
        ``unit_name``, ``admin_level``, ``event_count``, the ``keep`` columns; the unit's
        (Multi)Polygon, EPSG:4326. And the number of events in suppressed units or in none (at sea).

    Raises
    ------
    MaskError
        If the level needs official boundaries that are not available, or the scenario is not of Peru.
    """
    from .spatial_index import PolygonIndex

    if min_count < 1:
        raise MaskError(f"--min-count {min_count}: give 1 or more")
    keep, _ = _keep_columns(events, keep)
    lon, lat = _event_points(events)
    if level == "country":
        from .countries import countries

        units = countries().rename(columns={"iso_a3": "unit_id", "name": "unit_name"})
    elif level in ADMIN_LEVELS:
        if focus_country != "PER":
            raise MaskError(f"admin:{level}: official {level}s are available for Peru scenarios only "
                            f"(this scenario's focus country is {focus_country}); use admin:country or hex:RES")
        if not official_files:
            raise MaskError(f"admin:{level}: the official INEI boundaries are not available; run "
                            "`python -m geo data fetch` first, or use admin:country or hex:RES")
        from .official import official_units

        units = official_units(level, official_files).rename(columns={"ubigeo": "unit_id", "name": "unit_name"})
    else:
        raise MaskError(f"admin:{level}: the level must be one of {', '.join(ADMIN_LEVELS)}")
    owner = PolygonIndex(units.geometry.values).first(shapely.points(lon, lat))
    counts, kept = _aggregate(owner, events, keep, min_count)
    rows = units.iloc[counts.index.to_numpy()]
    out = gpd.GeoDataFrame({"unit_id": rows["unit_id"].astype(str).to_numpy(),
                            "unit_name": rows["unit_name"].astype(str).to_numpy(), "admin_level": level,
                            "event_count": counts.to_numpy(),
                            **{k: kept[k].reindex(counts.index).to_numpy() for k in keep}},
                           geometry=rows.geometry.to_numpy(), crs="EPSG:4326")
    out = out.sort_values("unit_id", kind="stable").reset_index(drop=True)
    return out, int(len(events) - counts.sum())


def mask_events(events: gpd.GeoDataFrame, spec: MaskSpec | str | None, *, key: bytes | None = None,
                min_count: int = DEFAULT_MIN_COUNT, keep=(), official_files: dict | None = None,
                focus_country: str | None = None) -> MaskResult:
    """Mask events with one method and describe what was done.

    Parameters
    ----------
    events : geopandas.GeoDataFrame
        Point events (:func:`geo.load_events`), EPSG:4326.
    spec : MaskSpec, str or None
        The method (:func:`parse_mask`); ``None`` or ``"none"``: no masking (columns still dropped).
    key : bytes, keyword-only
        The donut key (required for ``donut``, ignored otherwise); never recorded.
    min_count, keep, official_files, focus_country : keyword-only
        See :func:`hex_aggregate` and :func:`admin_aggregate`.

    Returns
    -------
    MaskResult

    Raises
    ------
    MaskError
        See the method functions; also a donut mask without a key.
    """
    spec = spec if isinstance(spec, MaskSpec) else parse_mask(spec)
    keep, dropped = _keep_columns(events, keep)
    suppressed = 0

    def events_text(n: int) -> str:
        return f"{n} event" if n == 1 else f"{n} events"
    if spec.method == "donut":
        if key is None:
            raise MaskError("donut masking needs a key: give --key-file FILE or --key-env VARIABLE")
        out = donut_mask(events, key=key, keep=keep, **spec.params)
        text = (f"Each event moved in a random direction by a random geodesic distance (WGS84) between "
                f"{spec.params['min_m']:g} and {spec.params['max_m']:g} m, uniform over the area of that "
                "ring (donut masking), seeded by HMAC-SHA-256 of the event's coordinates under a secret key "
                "that is not part of this bundle. Coordinates written at 6 decimals.")
    elif spec.method == "hex":
        out, suppressed = hex_aggregate(events, resolution=spec.params["resolution"], min_count=min_count, keep=keep)
        text = (f"Events counted per H3 cell of resolution {spec.params['resolution']}; cells holding fewer than "
                f"{events_text(min_count)} were left out ({events_text(suppressed)}). No event position is given.")
    elif spec.method == "admin":
        out, suppressed = admin_aggregate(events, level=spec.params["level"], min_count=min_count, keep=keep,
                                          official_files=official_files, focus_country=focus_country)
        source = ("Natural Earth 1:10m countries" if spec.params["level"] == "country"
                  else f"INEI 2007 {spec.params['level']}s")
        text = (f"Events counted per {spec.params['level']} ({source}); units holding fewer than {events_text(min_count)}, "
                f"and events in no unit, were left out ({events_text(suppressed)}). No event position is given.")
    else:
        lon, lat = _event_points(events)
        out = gpd.GeoDataFrame(pd.DataFrame(events[keep]).reset_index(drop=True),
                               geometry=shapely.points(lon, lat), crs="EPSG:4326")
        text = "None: the events are at the precision of the file they came from."
    params = dict(spec.params)
    if spec.method in ("hex", "admin"):
        params["min_count"] = min_count
    record = {"method": spec.method, "mask": str(spec), "parameters": params, "events_in": int(len(events)),
              "features_out": int(len(out)), "events_suppressed": int(suppressed), "kept_columns": keep,
              "dropped_column_count": len(dropped), "description": text}
    return MaskResult(events=out, record=record, dropped=dropped)
