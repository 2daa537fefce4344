"""Geometry of route legs: great circles for aircraft, shipping lanes for ships, geodesic lines
through cited waypoints for everything on land or river."""

from __future__ import annotations

import math
import warnings

import numpy as np
import searoute
import shapely

from .countries import _countries, countries_index
from .errors import RoutingError
from .measure import GEOD, geodesic_circle, geodesic_length_m, length_inside_m, local_aeqd

__all__ = ["great_circle", "sea_lane", "distance_to_sea_km", "leg_geometry", "split_at_antimeridian",
           "MAX_PORT_LINK_LAND_KM",
           "MAX_LAND_LEG_SEA_KM", "DENSIFY_SPACING_M", "LEG_GEOMETRY_BASIS"]

#: Vertex spacing of densified geodesic lines, in metres: close enough that a drawn line follows the
#: geodesic to well under a kilometre, few enough vertices to keep the files small.
DENSIFY_SPACING_M = 25_000.0

#: How each mode's geometry is made, written to each leg's ``geometry_basis``.
LEG_GEOMETRY_BASIS = {
    "air": "computed: great circle (geodesic on WGS84) between the two places",
    "helicopter": "computed: great circle (geodesic on WGS84) between the two places",
    "sea": "computed: shortest sea lane of the searoute package (Eurostat MARNET network), joined to each port by a straight line",
    "road": "sketch: straight geodesic line between the places; the real road is not traced",
    "foot": "sketch: straight geodesic line between the places; the real path is not traced",
    "river": "sketch: straight geodesic line between the places; the river's course is not traced",
}
_ALONG = {"road": "the road", "foot": "the roads the path is assumed to follow", "river": "the river"}


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


#: Longest stretch of open sea, in km, that a foot, road or river leg may cross (lakes count as land in
#: Natural Earth country polygons, so Lake Titicaca's shore roads pass).
MAX_LAND_LEG_SEA_KM = 25.0

#: Longest stretch of land, in km, that the straight link between a port and its sea lane may cross
#: (ports up an estuary, such as Rotterdam or Antwerp, sit tens of km inland of the lane).
MAX_PORT_LINK_LAND_KM = 60.0


def _sea_km(line) -> float:
    total = float(geodesic_length_m([line])[0]) / 1000.0
    return total - _land_km(line)


def _land_km(line) -> float:
    hits = _countries().geometry.values[countries_index().query(line, predicate="intersects")]
    if len(hits) == 0:
        return 0.0
    return float(length_inside_m([line], shapely.union_all(hits))[0]) / 1000.0


#: Sea passages that a sea leg can declare closed (searoute's names).
SEA_PASSAGES = ("babalmandab", "bering", "bosporus", "chili", "gibraltar", "malacca", "northwest", "ormuz", "panama",
                "south_africa", "suez", "sunda")
#: Passages searoute closes unless told otherwise (the Northwest Passage, ice-bound most of the year).
DEFAULT_CLOSED_PASSAGES = ("northwest",)


def distance_to_sea_km(lonlat, *, max_km: float = 5_000.0) -> float:
    """Geodesic distance in km from a point to the nearest sea (outside every Natural Earth
    country polygon; lakes count as land): 0 for a point at sea, ``inf`` beyond ``max_km``.

    The countries within a geodesic circle around the point (100 km, doubled up to ``max_km``) are
    merged and projected to an azimuthal equidistant projection centred on the point, where the
    distance from the centre is the geodesic one; the nearest coast inside the circle is measured.
    """
    lon, lat = float(lonlat[0]), float(lonlat[1])
    if not len(countries_index().query(shapely.Point(lon, lat), predicate="intersects")):
        return 0.0
    geoms = _countries().geometry.values
    to_aeqd = local_aeqd(lon, lat)
    radius_km = 100.0
    while radius_km <= max_km:
        circle = geodesic_circle(lon, lat, radius_km * 1000.0 * 1.05, n_vertices=360)
        near = shapely.intersection(geoms[countries_index().query(circle, predicate="intersects")], circle)
        land = shapely.transform(shapely.union_all(near),
                                 lambda xy: np.column_stack(to_aeqd.transform(xy[:, 0], xy[:, 1])))
        disk = shapely.Point(0.0, 0.0).buffer(radius_km * 1000.0, quad_segs=90)
        coast = shapely.intersection(shapely.boundary(land), disk)
        if not coast.is_empty:
            return float(shapely.distance(shapely.Point(0.0, 0.0), coast)) / 1000.0
        radius_km *= 2
    return math.inf


def sea_lane(origin_lonlat, destination_lonlat, *, closed_passages=(),
             place_names=None) -> tuple[shapely.LineString | shapely.MultiLineString, float, float]:
    """Shortest sea lane between two ports with the ``searoute`` package.

    Parameters
    ----------
    origin_lonlat, destination_lonlat : (float, float)
        Port positions in degrees (lon, lat).
    closed_passages : sequence of str, keyword-only
        Passages the lane may not use (:data:`SEA_PASSAGES`), besides
        :data:`DEFAULT_CLOSED_PASSAGES`.
    place_names : (str, str), keyword-only
        Names of the two ports, for messages.

    Returns
    -------
    (geometry, join_from_m, join_to_m)
        The line in EPSG:4326 (the port, the lane through the searoute network, the other port),
        split at the antimeridian where it crosses it; and the geodesic distances in metres from each
        port to the point where it joins the lane.

    Raises
    ------
    RoutingError
        If searoute finds no lane or one of zero length (the message names a port that lies more than
        :data:`MAX_PORT_LINK_LAND_KM` from the sea with its distance, else the passages the user
        closed), if the lane would use a closed passage, or if the link from a port to the lane
        crosses more than :data:`MAX_PORT_LINK_LAND_KM` of land (the "port" is inland). Never a 0 km
        route.
    """
    unknown = sorted(set(closed_passages) - set(SEA_PASSAGES))
    if unknown:
        raise RoutingError(f"unknown sea passage {', '.join(map(repr, unknown))}: use {', '.join(SEA_PASSAGES)}")
    closed = sorted(set(DEFAULT_CLOSED_PASSAGES) | set(closed_passages))
    names = tuple(place_names) if place_names else ("the start", "the end")
    where = f"from {names[0]} {tuple(origin_lonlat)} to {names[1]} {tuple(destination_lonlat)}" if place_names \
        else f"from {tuple(origin_lonlat)} to {tuple(destination_lonlat)}"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # searoute warns of a blocked route; we raise instead
            feature = searoute.searoute(list(origin_lonlat), list(destination_lonlat), restrictions=closed,
                                        return_passages=True)
    except Exception as exc:  # searoute raises bare exceptions from its graph search
        raise RoutingError(f"no sea lane {where}: {exc}") from exc
    coords = np.asarray((feature or {}).get("geometry", {}).get("coordinates") or [], dtype=float).reshape(-1, 2)
    props = (feature or {}).get("properties", {})
    length = props.get("length") or 0
    if len(coords) < 2 or not length > 0:
        for name, lonlat in zip(names, (origin_lonlat, destination_lonlat)):
            inland_km = distance_to_sea_km(lonlat)
            if inland_km > MAX_PORT_LINK_LAND_KM:
                raise RoutingError(f"no sea route {where}: {name} {tuple(lonlat)} is {inland_km:,.0f} km from the sea, "
                                   f"not a port (a port may lie at most {MAX_PORT_LINK_LAND_KM:g} km inland)")
        if closed_passages:
            raise RoutingError(f"no sea route {where} with these passages closed: {', '.join(sorted(closed_passages))}")
        raise RoutingError(f"no sea route {where}: searoute finds no lane between these ports")
    used = sorted(set(props.get("traversed_passages") or []) & set(closed))
    if used:
        raise RoutingError(f"the only sea lane {where} goes through closed passages: {', '.join(used)}")
    coords[:, 0] = (coords[:, 0] + 180.0) % 360.0 - 180.0  # searoute may run past ±180 across the Pacific
    for port, joint, which in ((origin_lonlat, coords[0], names[0]), (destination_lonlat, coords[-1], names[1])):
        land = _land_km(great_circle([tuple(port), tuple(joint)]))
        if land > MAX_PORT_LINK_LAND_KM:
            raise RoutingError(f"{which} {tuple(port)} is {land:,.0f} km of land away from the nearest sea lane: "
                               f"not a port (at most {MAX_PORT_LINK_LAND_KM:g} km allowed)")
    _, _, join_from = GEOD.inv(origin_lonlat[0], origin_lonlat[1], coords[0, 0], coords[0, 1])
    _, _, join_to = GEOD.inv(coords[-1, 0], coords[-1, 1], destination_lonlat[0], destination_lonlat[1])
    lane = np.vstack([np.asarray(origin_lonlat, dtype=float), coords, np.asarray(destination_lonlat, dtype=float)])
    return split_at_antimeridian(lane), float(join_from), float(join_to)


def leg_geometry(mode: str, start_lonlat, end_lonlat, via_lonlat=(), via_names=(), *,
                 closed_passages=(), place_names=None) -> tuple[object, str, dict]:
    """The geometry of one leg and the text saying how it was made.

    Parameters
    ----------
    mode : {"air", "helicopter", "sea", "road", "foot", "river"}
    start_lonlat, end_lonlat : (float, float)
        The leg's ends in degrees.
    via_lonlat : sequence of (lon, lat)
        Cited waypoints between them (ignored for sea and air legs).
    via_names : sequence of str
        Their names, for the ``geometry_basis`` text.
    closed_passages : sequence of str, keyword-only
        Sea legs: passages the lane may not use (:func:`sea_lane`).
    place_names : (str, str), keyword-only
        Names of the two ends, for messages.

    Returns
    -------
    (geometry, str, dict)
        LineString (MultiLineString where it crosses the antimeridian) in EPSG:4326, its
        ``geometry_basis``, and extra properties: for sea legs ``lane_join_from_km`` and
        ``lane_join_to_km``, the geodesic distance from each port to the lane.

    Raises
    ------
    RoutingError
        If a sea leg cannot be routed, or a foot, road or river leg would cross more than
        :data:`MAX_LAND_LEG_SEA_KM` of sea.
    """
    if mode == "sea":
        line, join_from, join_to = sea_lane(start_lonlat, end_lonlat, closed_passages=closed_passages,
                                            place_names=place_names)
        basis = LEG_GEOMETRY_BASIS["sea"] + (f"; closed: {', '.join(closed_passages)}" if closed_passages else "")
        return line, basis, {"lane_join_from_km": round(join_from / 1000, 1),
                                                 "lane_join_to_km": round(join_to / 1000, 1)}
    if mode in ("air", "helicopter"):
        return great_circle([start_lonlat, end_lonlat]), LEG_GEOMETRY_BASIS[mode], {}
    line = great_circle([start_lonlat, *via_lonlat, end_lonlat])
    sea = _sea_km(line)
    if sea > MAX_LAND_LEG_SEA_KM:
        raise RoutingError(f"a {mode} leg from {tuple(start_lonlat)} to {tuple(end_lonlat)} would cross {sea:,.0f} km "
                           f"of sea (at most {MAX_LAND_LEG_SEA_KM:g} km allowed): use mode 'sea' or add waypoints")
    if len(via_lonlat):
        names = ", ".join(via_names) if len(via_names) else f"{len(via_lonlat)} points"
        basis = (f"sketch: geodesic segments through {len(via_lonlat)} cited waypoints along {_ALONG[mode]} "
                 f"({names}); between waypoints the line is straight")
        return line, basis, {}
    return line, LEG_GEOMETRY_BASIS[mode], {}
