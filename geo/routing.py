"""Geometry of route legs: great circles for aircraft, shipping lanes for ships, geodesic lines
through cited waypoints for everything on land or river."""

from __future__ import annotations

import math

import numpy as np
import searoute
import shapely

from .errors import RoutingError
from .measure import GEOD

__all__ = ["great_circle", "sea_lane", "leg_geometry", "split_at_antimeridian", "DENSIFY_SPACING_M", "LEG_GEOMETRY_BASIS"]

#: Vertex spacing of densified geodesic lines, in metres: close enough that a drawn line follows the
#: geodesic to well under a kilometre, few enough vertices to keep the files small.
DENSIFY_SPACING_M = 25_000.0

#: How each mode's geometry is made, written to each leg's ``geometry_basis``.
LEG_GEOMETRY_BASIS = {
    "air": "computed: great circle (geodesic on WGS84) between the two places",
    "helicopter": "computed: great circle (geodesic on WGS84) between the two places",
    "sea": "computed: shortest sea lane of the searoute package (Eurostat MARNET network), joined to each port by a straight line",
    "road": "sketch: geodesic line between the places (and cited waypoints); the real road is not traced",
    "foot": "sketch: geodesic line between the places (and cited waypoints); the real path is not traced",
    "river": "sketch: geodesic line between the places (and cited waypoints); the river's course is not traced",
}


def split_at_antimeridian(coords) -> shapely.LineString | shapely.MultiLineString:
    """A line whose vertices may jump across ±180° longitude, split there as RFC 7946 §3.1.9 asks.

    Parameters
    ----------
    coords : array_like, shape (n, 2)
        Vertices (lon, lat) in degrees, longitudes in [-180, 180]. A step of more than 180° of
        longitude between consecutive vertices is taken to cross the antimeridian.

    Returns
    -------
    shapely.LineString or shapely.MultiLineString
        A LineString if the line does not cross; otherwise a MultiLineString whose parts end and start
        at +180 / -180 at the crossing latitude (interpolated linearly in unwrapped longitude between
        the two vertices, so within a few metres of the geodesic for densified lines).
    """
    xy = np.asarray(coords, dtype=float)
    cross = np.flatnonzero(np.abs(np.diff(xy[:, 0])) > 180.0)
    if cross.size == 0:
        return shapely.LineString(xy)
    parts = np.split(xy, cross + 1)
    for k, i in enumerate(cross):  # one pass per crossing, not per vertex
        (lon1, lat1), (lon2, lat2) = xy[i], xy[i + 1]
        edge = 180.0 if lon1 > 0 else -180.0
        lon2_unwrapped = lon2 + (360.0 if lon1 > 0 else -360.0)
        lat = lat1 + (edge - lon1) / (lon2_unwrapped - lon1) * (lat2 - lat1)
        parts[k] = np.vstack([parts[k], [edge, lat]])
        parts[k + 1] = np.vstack([[-edge, lat], parts[k + 1]])
    return shapely.MultiLineString([p for p in parts if len(p) >= 2])


def great_circle(points_lonlat, *, spacing_m: float = DENSIFY_SPACING_M) -> shapely.LineString:
    """A line through the given points whose segments are geodesics, densified for drawing.

    Parameters
    ----------
    points_lonlat : sequence of (lon, lat)
        Two or more vertices in degrees, EPSG:4326.
    spacing_m : float, keyword-only
        Largest distance between inserted vertices, in metres.

    Returns
    -------
    shapely.LineString or shapely.MultiLineString
        EPSG:4326; each input segment is replaced by points on its geodesic at most ``spacing_m``
        apart, so that the line draws as a curve on a web map; split at the antimeridian
        (:func:`split_at_antimeridian`) where it crosses it.
    """
    pts = np.asarray(points_lonlat, dtype=float)
    out = [pts[0]]
    for (lon1, lat1), (lon2, lat2) in zip(pts[:-1], pts[1:]):
        _, _, dist = GEOD.inv(lon1, lat1, lon2, lat2)
        n_inner = max(int(math.ceil(dist / spacing_m)) - 1, 0)
        if n_inner:
            out.extend(np.asarray(GEOD.npts(lon1, lat1, lon2, lat2, n_inner)))
        out.append((lon2, lat2))
    return split_at_antimeridian(np.asarray(out))


def sea_lane(origin_lonlat, destination_lonlat) -> shapely.LineString:
    """Shortest sea lane between two ports with the ``searoute`` package.

    Parameters
    ----------
    origin_lonlat, destination_lonlat : (float, float)
        Port positions in degrees (lon, lat).

    Returns
    -------
    shapely.LineString
        EPSG:4326: the port, the lane through the searoute network, the other port.

    Raises
    ------
    RoutingError
        If searoute finds no lane, or one of zero length.
    """
    try:
        feature = searoute.searoute(list(origin_lonlat), list(destination_lonlat))
    except Exception as exc:  # searoute raises bare exceptions from its graph search
        raise RoutingError(f"no sea lane from {tuple(origin_lonlat)} to {tuple(destination_lonlat)}: {exc}") from exc
    coords = (feature or {}).get("geometry", {}).get("coordinates") or []
    length = (feature or {}).get("properties", {}).get("length") or 0
    if len(coords) < 2 or not length > 0:
        raise RoutingError(f"no sea lane from {tuple(origin_lonlat)} to {tuple(destination_lonlat)}")
    lane = [tuple(origin_lonlat), *map(tuple, coords), tuple(destination_lonlat)]
    return shapely.LineString(lane)


def leg_geometry(mode: str, start_lonlat, end_lonlat, via_lonlat=()) -> tuple[shapely.LineString, str]:
    """The geometry of one leg and the text saying how it was made.

    Parameters
    ----------
    mode : {"air", "helicopter", "sea", "road", "foot", "river"}
    start_lonlat, end_lonlat : (float, float)
        The leg's ends in degrees.
    via_lonlat : sequence of (lon, lat)
        Cited waypoints between them (ignored for sea and air legs).

    Returns
    -------
    (shapely.LineString, str)
        Geometry in EPSG:4326 and its ``geometry_basis``.

    Raises
    ------
    RoutingError
        If a sea leg cannot be routed.
    """
    if mode == "sea":
        return sea_lane(start_lonlat, end_lonlat), LEG_GEOMETRY_BASIS["sea"]
    if mode in ("air", "helicopter"):
        return great_circle([start_lonlat, end_lonlat]), LEG_GEOMETRY_BASIS[mode]
    return great_circle([start_lonlat, *via_lonlat, end_lonlat]), LEG_GEOMETRY_BASIS[mode]
