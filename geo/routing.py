"""Geometry of route legs: great circles for aircraft, shipping lanes for ships, river centrelines for
boats, and straight geodesic lines through cited waypoints for everything on land."""

from __future__ import annotations

import json
import math
import warnings
from functools import lru_cache
from importlib import resources

import numpy as np
import shapely

from .countries import _countries, countries_index
from .errors import RoutingError
from .measure import GEOD, geodesic_circle, geodesic_length_m, length_inside_m, local_aeqd

__all__ = ["great_circle", "sea_lane", "distance_to_sea_km", "river_path", "leg_geometry",
           "split_at_antimeridian", "MAX_PORT_LINK_LAND_KM", "MAX_LAND_LEG_SEA_KM", "DENSIFY_SPACING_M",
           "LEG_GEOMETRY_BASIS", "LENGTH_KIND", "RIVER_SNAP_M", "RIVER_JOIN_M", "RIVER_DRAWING_NOTE"]

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
    "river": "approximate: along the Natural Earth 1:10m river centrelines between the river points nearest the places",
}
_ALONG = {"road": "the road", "foot": "the roads the path is assumed to follow"}

#: What each mode's ``length_km`` measures, written to each leg's ``length_kind``: a road or foot
#: leg's length is a straight-line length (straight geodesic segments between cited towns), not the
#: length of the road or path.
LENGTH_KIND = {
    "air": "great circle",
    "helicopter": "great circle",
    "sea": "sea lane",
    "river": "river centreline",
    "road": "straight-line",
    "foot": "straight-line",
}

#: A river leg's end (or waypoint) must lie within this geodesic distance, in metres, of a vertex of
#: a river centreline; the gap is drawn as a straight line. 15 km reaches Manaus (on the Rio Negro,
#: about 10 km from the Natural Earth line) and towns on a side channel or oxbow lake (Caballococha).
RIVER_SNAP_M = 15_000.0
#: Natural Earth rivers meet at confluences without always sharing a vertex: the end of one river line
#: within this distance, in metres, of a vertex of another is joined to it.
RIVER_JOIN_M = 3_000.0
#: ``drawing_note`` of a river leg: how its geometry is drawn.
RIVER_DRAWING_NOTE = "Natural Earth 1:10m river centreline"
_RIVERS_FILE = "rivers_ne10m.geojson"


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


def _geometry_fact():
    """Encoder and decoder of ``(geometry, *rest)`` for :func:`geo.cache.shipped`: the geometry as
    WKB in hex (every coordinate kept to the bit), the rest as JSON values."""
    def encode(value):
        return [shapely.to_wkb(value[0], hex=True, output_dimension=2), *value[1:]]

    def decode(value):
        return (shapely.from_wkb(value[0]), *value[1:])
    return encode, decode


def _point_key(points) -> str:
    """Points as text that keeps every bit of each coordinate (``repr`` of a float round-trips)."""
    return ";".join(f"{float(x)!r},{float(y)!r}" for x, y in np.asarray(points, dtype=float).reshape(-1, 2))


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

    Notes
    -----
    A lane depends only on the two ports, the closed passages, searoute's network and Natural Earth:
    it is computed once and kept in the cache (:func:`geo.cache.shipped`, keyed by those and the
    versions of the code and libraries), to the bit; a lane that fails is not kept.
    """
    unknown = sorted(set(closed_passages) - set(SEA_PASSAGES))
    if unknown:
        raise RoutingError(f"unknown sea passage {', '.join(map(repr, unknown))}: use {', '.join(SEA_PASSAGES)}")
    from .cache import shipped

    # The lane depends only on the two ports, the closed passages, searoute's network and Natural
    # Earth (the land checks): computed once and kept (geo.cache), which also spares loading searoute.
    closed = sorted(set(DEFAULT_CLOSED_PASSAGES) | set(closed_passages))
    encode, decode = _geometry_fact()
    return shipped("sea_lane", (_point_key([origin_lonlat, destination_lonlat]), ",".join(closed)),
                   lambda: _sea_lane(origin_lonlat, destination_lonlat, closed_passages=closed_passages,
                                     place_names=place_names), encode, decode)


def _sea_lane(origin_lonlat, destination_lonlat, *, closed_passages=(), place_names=None):
    import searoute

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


@lru_cache(maxsize=1)
def _river_network():
    """The shipped river centrelines as a graph: nodes are vertex numbers, edges consecutive vertices
    (and confluence joins) weighted by geodesic length in metres; also the (n, 2) lon/lat of each
    vertex and the river name of each."""
    import networkx as nx

    data = json.loads((resources.files("geo.data") / _RIVERS_FILE).read_text(encoding="utf-8"))
    geoms = [shapely.geometry.shape(f["geometry"]) for f in data["features"]]
    names = [f["properties"].get("name_en") or f["properties"].get("name") for f in data["features"]]
    parts, part_name = [], []
    for geom, name in zip(geoms, names):
        for part in shapely.get_parts(geom):
            parts.append(part)
            part_name.append(name)
    xy, part_of = shapely.get_coordinates(parts, return_index=True)
    vertex_name = np.asarray(part_name, dtype=object)[part_of]
    same = part_of[1:] == part_of[:-1]  # consecutive vertices of one part
    a = np.flatnonzero(same)
    _, _, seg_m = GEOD.inv(xy[a, 0], xy[a, 1], xy[a + 1, 0], xy[a + 1, 1])
    graph = nx.Graph()
    graph.add_nodes_from(range(len(xy)))
    graph.add_weighted_edges_from(zip(a.tolist(), (a + 1).tolist(), np.asarray(seg_m).tolist()), weight="length_m")
    # confluences: each part's end vertices joined to the nearest vertex of another part
    starts = np.flatnonzero(np.r_[True, ~same])
    ends = np.flatnonzero(np.r_[~same, True])
    for v in np.unique(np.r_[starts, ends]):
        other = np.flatnonzero(part_of != part_of[v])
        _, _, d = GEOD.inv(np.full(len(other), xy[v, 0]), np.full(len(other), xy[v, 1]), xy[other, 0], xy[other, 1])
        k = int(np.argmin(d))
        if d[k] <= RIVER_JOIN_M:
            graph.add_edge(int(v), int(other[k]), length_m=float(d[k]))
    return graph, xy, vertex_name


def _nearest_river_vertex(lonlat) -> tuple[int, float]:
    _, xy, _ = _river_network()
    _, _, d = GEOD.inv(np.full(len(xy), float(lonlat[0])), np.full(len(xy), float(lonlat[1])), xy[:, 0], xy[:, 1])
    k = int(np.argmin(d))
    return k, float(d[k])


def river_path(points_lonlat, *, snap_m: float = RIVER_SNAP_M) -> tuple[shapely.LineString, list[str]]:
    """A line along the shipped river centrelines through the given points, in order.

    Each point is joined by a straight line to the nearest vertex of a river centreline (Natural Earth
    1:10m rivers and lake centrelines, public domain: ``geo/data/rivers_ne10m.geojson``, see
    ``geo/data/rivers_README.md``); between consecutive points the line follows the shortest path
    along the centrelines (networkx Dijkstra, edges weighted by geodesic length on WGS84).

    Parameters
    ----------
    points_lonlat : sequence of (lon, lat)
        Two or more points in degrees, EPSG:4326: the leg's start, its waypoints, its end.
    snap_m : float, keyword-only
        Largest geodesic distance, in metres, from a point to the river vertex it is joined to.

    Returns
    -------
    (shapely.LineString, list of str)
        The line in EPSG:4326, from the first point to the last; and the names of the rivers it
        follows, in order of first use.

    Raises
    ------
    RoutingError
        If a point is farther than ``snap_m`` from every shipped river centreline (the message gives
        the point, the nearest river and its distance), or two consecutive points are on rivers the
        shipped centrelines do not connect.

    Notes
    -----
    A 1:10m centreline is generalised: it follows the main channel's large bends but not every
    meander, so a length along it is a lower bound of a boat's track: Tabatinga–Manaus is about
    1,500 km along it, where the Solimões, the river between the triple frontier and Manaus, is
    1,630 km long (Wikipedia, "Rio Solimões") and the boat trip is commonly quoted at about 1,600 km.
    The path is computed once for given points and kept in the cache (:func:`geo.cache.shipped`).
    """
    from .cache import shipped

    # The path depends only on the points and the shipped centrelines: computed once and kept
    # (geo.cache), which also spares building the river graph.
    encode, decode = _geometry_fact()
    geom, rivers = shipped("river_path", (_point_key(points_lonlat), repr(float(snap_m))),
                           lambda: _river_path(points_lonlat, snap_m), encode, decode)
    return geom, list(rivers)


def _river_path(points_lonlat, snap_m):
    import networkx as nx

    graph, xy, vertex_name = _river_network()
    pts = np.asarray(points_lonlat, dtype=float).reshape(-1, 2)
    nodes = []
    for k, pt in enumerate(pts):
        node, dist_m = _nearest_river_vertex(pt)
        if dist_m > snap_m:
            which = "start" if k == 0 else "end" if k == len(pts) - 1 else f"waypoint {k}"
            raise RoutingError(
                f"no river centreline within {snap_m / 1000:g} km of the {which} {tuple(pt.tolist())}: the nearest "
                f"shipped river ({vertex_name[node]}) is {dist_m / 1000:,.1f} km away; the shipped rivers are those in "
                f"geo/data/{_RIVERS_FILE} (see geo/data/rivers_README.md)")
        nodes.append(node)
    out, visited = [pts[0]], []
    for k, (u, v) in enumerate(zip(nodes[:-1], nodes[1:])):
        try:
            path = nx.shortest_path(graph, u, v, weight="length_m")
        except nx.NetworkXNoPath:
            raise RoutingError(f"the river points {tuple(pts[k].tolist())} ({vertex_name[u]}) and "
                               f"{tuple(pts[k + 1].tolist())} ({vertex_name[v]}) are on rivers that the shipped "
                               f"centrelines do not connect") from None
        visited.extend(path)
        out.extend(xy[path])
        out.append(pts[k + 1])
    coords = np.asarray(out)
    keep = np.r_[True, np.any(np.diff(coords, axis=0) != 0, axis=1)]  # drop repeated vertices
    coords = coords[keep]
    if len(coords) < 2:
        coords = np.vstack([coords, coords])
    return shapely.LineString(coords), list(dict.fromkeys(vertex_name[visited].tolist()))


def leg_geometry(mode: str, start_lonlat, end_lonlat, via_lonlat=(), via_names=(), *,
                 closed_passages=(), place_names=None) -> tuple[object, str, dict]:
    """The geometry of one leg and the text saying how it was made.

    Parameters
    ----------
    mode : {"air", "helicopter", "sea", "road", "foot", "river"}
    start_lonlat, end_lonlat : (float, float)
        The leg's ends in degrees.
    via_lonlat : sequence of (lon, lat)
        Cited waypoints between them (ignored for sea and air legs; a river leg passes the river
        points nearest them).
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
        ``geometry_basis``, and extra properties: ``length_kind`` (what the leg's length measures,
        :data:`LENGTH_KIND`); for sea legs ``lane_join_from_km`` and ``lane_join_to_km``, the
        geodesic distance from each port to the lane; for river legs ``geometry_kind`` ``computed``,
        ``drawing`` ``approximate`` and ``drawing_note`` :data:`RIVER_DRAWING_NOTE` (the line follows
        the shipped river centrelines, :func:`river_path`).

    Raises
    ------
    RoutingError
        If a sea leg cannot be routed, a river leg's end or waypoint is farther than
        :data:`RIVER_SNAP_M` from every shipped river, or a foot or road leg would cross more than
        :data:`MAX_LAND_LEG_SEA_KM` of sea.
    """
    if mode == "sea":
        line, join_from, join_to = sea_lane(start_lonlat, end_lonlat, closed_passages=closed_passages,
                                            place_names=place_names)
        basis = LEG_GEOMETRY_BASIS["sea"] + (f"; closed: {', '.join(closed_passages)}" if closed_passages else "")
        return line, basis, {"lane_join_from_km": round(join_from / 1000, 1),
                             "lane_join_to_km": round(join_to / 1000, 1), "length_kind": LENGTH_KIND["sea"]}
    if mode in ("air", "helicopter"):
        return great_circle([start_lonlat, end_lonlat]), LEG_GEOMETRY_BASIS[mode], {"length_kind": LENGTH_KIND[mode]}
    if mode == "river":
        try:
            line, rivers = river_path([start_lonlat, *via_lonlat, end_lonlat])
        except RoutingError as exc:
            raise RoutingError(f"a river leg from {tuple(start_lonlat)} to {tuple(end_lonlat)}: {exc}") from None
        basis = (f"approximate: along the Natural Earth 1:10m centreline of {', '.join(rivers)} (public domain, "
                 f"geo/data/{_RIVERS_FILE})" + (f" through {', '.join(via_names)}" if len(via_names) else "")
                 + f", each place joined to the nearest river vertex (at most {RIVER_SNAP_M / 1000:g} km) by a straight line")
        return line, basis, {"geometry_kind": "computed", "drawing": "approximate", "drawing_note": RIVER_DRAWING_NOTE,
                             "length_kind": LENGTH_KIND["river"]}
    line = great_circle([start_lonlat, *via_lonlat, end_lonlat])
    sea = _sea_km(line)
    if sea > MAX_LAND_LEG_SEA_KM:
        raise RoutingError(f"a {mode} leg from {tuple(start_lonlat)} to {tuple(end_lonlat)} would cross {sea:,.0f} km "
                           f"of sea (at most {MAX_LAND_LEG_SEA_KM:g} km allowed): use mode 'sea' or add waypoints")
    if len(via_lonlat):
        names = ", ".join(via_names) if len(via_names) else f"{len(via_lonlat)} points"
        basis = (f"sketch: geodesic segments through {len(via_lonlat)} cited waypoints along {_ALONG[mode]} "
                 f"({names}); between waypoints the line is straight")
        return line, basis, {"length_kind": LENGTH_KIND[mode]}
    return line, LEG_GEOMETRY_BASIS[mode], {"length_kind": LENGTH_KIND[mode]}
