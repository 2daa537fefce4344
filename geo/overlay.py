"""Region calculations: how much of each route lies in each country and region, where routes cross
national borders, which region each place falls in, and proximity queries in metres.

Distances are geodesic on WGS84. Point-to-geometry distances are the smallest geodesic distance
from the point to the geometry's outline densified every ``spacing_m`` metres (0 inside a polygon),
so they are exact to within a few metres for the default spacing.
"""

from __future__ import annotations

from functools import lru_cache

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.ops import substring

from .countries import _countries, country_polygon
from .measure import GEOD, buffer_m, geodesic_area_m2, geodesic_length_m, local_aeqd
from .spatial_index import geodesic_samples
from .units import m_to_km

__all__ = [
    "length_by_area",
    "length_by_area_text",
    "MIN_PIECE_KM",
    "border_crossings",
    "land_border",
    "distance_to_geometry_m",
    "places_within",
    "assign_places",
    "nearest_of_kind",
    "distance_between_geometries_m",
    "BORDER_SNAP_M",
    "PLACE_TOLERANCE_M",
    "REGION_COUNTRY_MIN_SHARE",
    "region_countries",
]

#: Natural Earth neighbours do not share vertices exactly; two country pieces of a line whose ends
#: are closer than this are taken to meet at a land border.
BORDER_SNAP_M = 2_000.0
#: Crossings closer than this along a line are one crossing: a line running along a border river
#: (Cobija, Tabatinga) or through a tripoint would otherwise cross back and forth within metres.
CROSSING_MERGE_M = 5_000.0
#: A stretch of line inside country B, entered from A and left back into A, that stays within this
#: geodesic distance (metres) of country A runs along their border (a river centreline on a
#: border river, such as the Amazon between Peru and Colombia): it is not a crossing there and back.
ALONG_BORDER_M = 1_000.0


def length_by_area(lines: gpd.GeoDataFrame, areas: gpd.GeoDataFrame, *, key: str = "id",
                   min_share: float = 0.0) -> pd.DataFrame:
    """Kilometres of each line inside each area.

    Parameters
    ----------
    lines : geopandas.GeoDataFrame
        LineString/MultiLineString features with an ``id`` column, EPSG:4326.
    areas : geopandas.GeoDataFrame
        Polygon features (countries, regions), EPSG:4326, with the ``key`` column naming them.
    key : str, keyword-only
        Column of ``areas`` that names each area.
    min_share : float, keyword-only
        Drop rows below this share of the line's length (0–1).

    Returns
    -------
    pandas.DataFrame
        One row per (line, area) with some length inside: ``line_id``, ``area`` (the key),
        ``length_km`` (geodesic), ``share_pct`` of the line's length, ``order`` (position along the
        line of the first point inside, 0–1), sorted by line then order.
    """
    geoms = lines.geometry.values
    total = geodesic_length_m(geoms)
    tree = shapely.STRtree(areas.geometry.values)
    line_idx, area_idx = tree.query(geoms, predicate="intersects")
    if len(line_idx) == 0:
        return pd.DataFrame(columns=["line_id", "area", "length_km", "share_pct", "order"])
    pieces = shapely.intersection(geoms[line_idx], areas.geometry.values[area_idx])
    inside = geodesic_length_m(pieces)
    first = np.array([shapely.line_locate_point(geoms[i], shapely.get_point(shapely.get_parts(p)[0], 0), normalized=True)
                      if not p.is_empty and len(shapely.get_parts(p)) and shapely.get_type_id(shapely.get_parts(p)[0]) == 1
                      else 1.0 for i, p in zip(line_idx, pieces)])
    out = pd.DataFrame({
        "line_id": lines["id"].values[line_idx],
        "area": areas[key].values[area_idx],
        "length_km": m_to_km(inside),
        "share_pct": np.where(total[line_idx] > 0, inside / np.where(total[line_idx] > 0, total[line_idx], 1) * 100, 0.0),
        "order": first,
    })
    out = out[(out["length_km"] > 0) & (out["share_pct"] >= min_share * 100)]
    return out.sort_values(["line_id", "order", "area"], kind="stable").reset_index(drop=True)


#: Pieces of a line shorter than this inside an area are left out of the per-area lists: slivers
#: where a line grazes a generalised border.
MIN_PIECE_KM = 0.5


def length_by_area_text(lines: gpd.GeoDataFrame, areas: gpd.GeoDataFrame, *, key: str = "id",
                        outside: str | None = None) -> list[str | None]:
    """For each line, ``"PER 601.5 km (78.4 %); BOL 166.1 km (21.6 %)"``: the km and share inside each
    area in the order the line enters them (pieces under :data:`MIN_PIECE_KM` left out).

    Parameters
    ----------
    outside : str, keyword-only
        If given, a last item with this label holds the length outside every area (for countries:
        ``"sea"``), so that the shares add up to 100 %.
    """
    table = length_by_area(lines, areas, key=key)
    inside_km = table.groupby("line_id")["length_km"].sum()
    table = table[table["length_km"] >= MIN_PIECE_KM]
    total_km = m_to_km(geodesic_length_m(lines.geometry.values))
    out = []
    for lid, total in zip(lines["id"], total_km):
        rows = table[table["line_id"] == lid]
        items = [f"{r.area} {r.length_km:.1f} km ({r.share_pct:.1f} %)" for r in rows.itertuples()]
        if outside is not None and total > 0:
            rest = total - float(inside_km.get(lid, 0.0))
            if rest >= MIN_PIECE_KM:
                items.append(f"{outside} {rest:.1f} km ({rest / total * 100:.1f} %)")
        out.append("; ".join(items) or None)
    return out


def border_crossings(lines: gpd.GeoDataFrame, world: gpd.GeoDataFrame | None = None) -> gpd.GeoDataFrame:
    """Points where lines cross a land border between two countries.

    Parameters
    ----------
    lines : geopandas.GeoDataFrame
        LineString/MultiLineString features with an ``id`` column, EPSG:4326, drawn in travel order.
    world : geopandas.GeoDataFrame, optional
        Country polygons with ``iso_a3``; default :func:`geo.countries`.

    Returns
    -------
    geopandas.GeoDataFrame
        Point geometry (EPSG:4326) at each crossing; columns ``line_id``, ``from_country``,
        ``to_country``, ``km_from_start`` (geodesic, along the line). A line leaving one country by
        sea and landing in another has no crossing: the two country pieces must meet within
        :data:`BORDER_SNAP_M`. A line that runs along a border (a border river) and strays into the
        neighbour within :data:`ALONG_BORDER_M` of the border does not cross it there and back.
    """
    world = _countries() if world is None else world  # read only
    tree = shapely.STRtree(world.geometry.values)  # one index for all lines
    rows = []
    for line_id, geom in zip(lines["id"].values, lines.geometry.values):
        offset = 0.0
        raw = []
        for part in shapely.get_parts(geom):
            if part.is_empty or shapely.get_num_coordinates(part) < 2 or part.length == 0:
                continue
            hits = world.iloc[tree.query(part, predicate="intersects")]
            spans = []
            for iso, poly in zip(hits["iso_a3"], hits.geometry.values):
                for piece in shapely.get_parts(shapely.intersection(part, poly)):
                    if shapely.get_type_id(piece) != 1:
                        continue
                    c = shapely.get_coordinates(piece)
                    s = shapely.line_locate_point(part, shapely.points(c[0]), normalized=True)
                    e = shapely.line_locate_point(part, shapely.points(c[-1]), normalized=True)
                    spans.append((s, e, iso, c[0], c[-1], piece))
            spans.sort(key=lambda t: t[0])
            here = []  # [index of the span entered, from, to, metres along, lon, lat]
            for k, ((_s1, _e1, iso1, _, end1, _), (_s2, _e2, iso2, start2, _, _)) in enumerate(zip(spans[:-1], spans[1:])):
                if iso1 == iso2:
                    continue
                gap_m = GEOD.inv(end1[0], end1[1], start2[0], start2[1])[2]
                if gap_m > BORDER_SNAP_M:
                    continue
                lon, lat = (end1[0] + start2[0]) / 2, (end1[1] + start2[1]) / 2
                # geodesic length of the line from its start to the crossing
                head = substring(part, 0.0, shapely.line_locate_point(part, shapely.Point(lon, lat)))
                along = float(geodesic_length_m([head])[0])
                here.append([k + 1, iso1, iso2, offset + along, lon, lat])
            polys = dict(zip(hits["iso_a3"], hits.geometry.values))
            raw.extend(c[1:] for c in _drop_along_border(here, spans, polys, part))
            offset += float(geodesic_length_m([part])[0])
        for iso1, iso2, along, lon, lat in _merge_crossings(raw):
            rows.append({"line_id": line_id, "from_country": iso1, "to_country": iso2,
                         "km_from_start": round(m_to_km(along), 1), "lon": lon, "lat": lat})
    df = pd.DataFrame(rows, columns=["line_id", "from_country", "to_country", "km_from_start", "lon", "lat"])
    return gpd.GeoDataFrame(df.drop(columns=["lon", "lat"]), geometry=shapely.points(df[["lon", "lat"]].to_numpy(dtype=float).reshape(-1, 2)),
                            crs="EPSG:4326")


def _drop_along_border(crossings: list, spans: list, polys: dict, line) -> list:
    """Leave out each pair A→B, B→A whose stretch in B stays within ALONG_BORDER_M of country A.

    The stretch is the line from the start of its first piece in B to the end of its last: one piece,
    or several where the line leaves B and comes back before it crosses into A (then all of the line
    in between is measured, wherever it went)."""
    drop: set[int] = set()
    for n, (a, b) in enumerate(zip(crossings[:-1], crossings[1:])):
        if n in drop or (a[1], a[2]) != (b[2], b[1]):
            continue
        piece = substring(line, spans[a[0]][0], spans[b[0] - 1][1], normalized=True)
        pts = _densify_m(piece, 250.0)
        # only the part of A near the stretch can be within reach (a prefilter; the distance decides)
        near_a = shapely.intersection(polys[a[1]], buffer_m(shapely.envelope(piece), 2 * ALONG_BORDER_M))
        if near_a.is_empty:
            continue
        if distance_to_geometry_m(pts[:, 0], pts[:, 1], near_a, spacing_m=250.0).max() <= ALONG_BORDER_M:
            drop |= {n, n + 1}
    return [c for n, c in enumerate(crossings) if n not in drop]


def _merge_crossings(raw: list) -> list:
    """Fold crossings less than CROSSING_MERGE_M apart along the line: A→B then B→C becomes A→C
    (at the first point), and A→B then B→A disappears."""
    out: list = []
    for item in sorted(raw, key=lambda c: c[2]):
        if out and item[2] - out[-1][2] < CROSSING_MERGE_M and out[-1][1] == item[0]:
            prev = out.pop()
            if prev[0] != item[1]:
                out.append([prev[0], item[1], prev[2], prev[3], prev[4]])
            continue
        out.append(item)
    return out


@lru_cache(maxsize=16)
def land_border(iso_a3: str, neighbour: str | None = None):
    """The land border of a country (with all neighbours, or one), as lines.

    Parameters
    ----------
    iso_a3 : str
        The country.
    neighbour : str, optional
        Only the border with this country.

    Returns
    -------
    shapely.MultiLineString or shapely.LineString
        The parts of the country's Natural Earth outline within :data:`BORDER_SNAP_M` of a
        neighbouring country (coastlines excluded), EPSG:4326; empty if the countries do not meet.

    Raises
    ------
    KeyError
        If Natural Earth has no country with one of the codes.
    ValueError
        If ``neighbour`` is the country itself.

    Notes
    -----
    Depends only on the shipped Natural Earth data: computed once and kept in the cache
    (:func:`geo.cache.shipped`, keyed by the data's and the code's hash), and once per process.
    """
    from .cache import shipped

    return shipped("land_border", (iso_a3, neighbour), lambda: _land_border(iso_a3, neighbour),
                   encode=lambda geom: shapely.to_wkb(geom, hex=True),
                   decode=lambda text: shapely.from_wkb(text))


def _land_border(iso_a3: str, neighbour: str | None):
    poly = country_polygon(iso_a3)
    if neighbour is not None:
        country_polygon(neighbour)  # KeyError for an unknown code
        if neighbour == iso_a3:
            raise ValueError(f"a country has no border with itself ({iso_a3})")
    world = _countries()  # read only: the cached frame, not a copy
    others = world[world["iso_a3"] != iso_a3] if neighbour is None else world[world["iso_a3"] == neighbour]
    # candidate neighbours: countries whose bounding box meets this one's (a prefilter, not a measure)
    near = others.geometry.values[shapely.STRtree(others.geometry.values).query(shapely.envelope(poly), predicate="intersects")]
    if len(near) == 0:
        return shapely.MultiLineString()
    # Only the parts of the country (islands are parts) whose box, widened by two degrees (more than
    # the 20 km reach below up to 84° of latitude), meets a neighbour can touch one: a prefilter.
    parts = shapely.get_parts(poly)
    x0, y0, x1, y1 = shapely.bounds(parts).T
    widened = shapely.box(x0 - 2.0, y0 - 2.0, x1 + 2.0, y1 + 2.0)
    close = parts[np.unique(shapely.STRtree(near).query(widened, predicate="intersects")[0])]
    if len(close) == 0:
        return shapely.MultiLineString()
    grown = buffer_m(shapely.union_all(close), 10 * BORDER_SNAP_M)
    # each neighbour cut to the reach on its own: thin strips, cheap to join
    reach = shapely.union_all(shapely.intersection(near, grown))
    if reach.is_empty:
        return shapely.MultiLineString()
    outline = shapely.boundary(poly)
    zone = buffer_m(reach, BORDER_SNAP_M)
    border = shapely.line_merge(shapely.intersection(outline, zone))
    return border if not border.is_empty else shapely.MultiLineString()


def _densify_m(geom, spacing_m: float) -> np.ndarray:
    """Vertices of a geometry's outline with extra points on each segment's geodesic at most
    ``spacing_m`` apart, as an (n, 2) lon/lat array."""
    lines = shapely.boundary(geom) if shapely.get_type_id(geom) in (3, 6) else geom
    coords, part_of = shapely.get_coordinates(shapely.get_parts(lines), return_index=True)
    if len(coords) == 0:
        return np.zeros((0, 2))
    lon, lat, _ = geodesic_samples(coords, part_of, spacing_m)
    return np.column_stack([lon, lat])


def distance_to_geometry_m(lon, lat, geometry, *, spacing_m: float = 250.0, chunk: int = 2_000_000) -> np.ndarray:
    """Geodesic distance from points to a geometry.

    Parameters
    ----------
    lon, lat : array_like
        Points in degrees.
    geometry : shapely geometry
        Point, line or polygon, EPSG:4326.
    spacing_m : float, keyword-only
        Densification of the geometry's outline, in metres; the error is at most about
        ``spacing_m / 2`` for a point right at the outline, far less further away.
    chunk : int, keyword-only
        Largest number of point–vertex pairs computed at once (memory bound).

    Returns
    -------
    numpy.ndarray
        Metres, 0 for points inside a polygon; infinite for every point if the geometry is empty
        (no point is within any distance of it).
    """
    lon = np.atleast_1d(np.asarray(lon, dtype=float))
    lat = np.atleast_1d(np.asarray(lat, dtype=float))
    verts = _densify_m(geometry, spacing_m)
    if len(verts) == 0:
        return np.full(len(lon), np.inf)
    best = np.full(len(lon), np.inf)
    step = max(1, chunk // max(len(verts), 1))
    for start in range(0, len(lon), step):  # bounded chunks of points; all pairs inside are vectorised
        sl = slice(start, start + step)
        plon = np.repeat(lon[sl], len(verts))
        plat = np.repeat(lat[sl], len(verts))
        vlon = np.tile(verts[:, 0], len(lon[sl]))
        vlat = np.tile(verts[:, 1], len(lon[sl]))
        _, _, d = GEOD.inv(plon, plat, vlon, vlat)
        best[sl] = np.asarray(d).reshape(-1, len(verts)).min(axis=1)
    if shapely.get_type_id(geometry) in (3, 6):
        inside = shapely.covers(geometry, shapely.points(np.column_stack([lon, lat])))
        best[inside] = 0.0
    return best


def distance_between_geometries_m(a, b) -> float:
    """Geodesic distance between two geometries (0 if they intersect), in metres.

    The nearest pair of points is found in an azimuthal equidistant projection centred between
    them, then measured geodesically on WGS84.
    """
    if shapely.intersects(a, b):
        return 0.0
    centre = shapely.centroid(shapely.union_all([shapely.envelope(a), shapely.envelope(b)]))
    aeqd = local_aeqd(centre.x, centre.y)
    proj = lambda g: shapely.transform(g, lambda xy: np.column_stack(aeqd.transform(xy[:, 0], xy[:, 1])))  # noqa: E731
    line = shapely.shortest_line(proj(a), proj(b))
    (x1, y1), (x2, y2) = shapely.get_coordinates(line)
    lon, lat = aeqd.transform([x1, x2], [y1, y2], direction="INVERSE")
    return float(GEOD.inv(lon[0], lat[0], lon[1], lat[1])[2])


def places_within(places: gpd.GeoDataFrame, geometry, distance_m: float) -> gpd.GeoDataFrame:
    """Places within a distance of a point, line or polygon.

    Parameters
    ----------
    places : geopandas.GeoDataFrame
        Point features, EPSG:4326.
    geometry : shapely geometry
        EPSG:4326.
    distance_m : float
        Metres.

    Returns
    -------
    geopandas.GeoDataFrame
        The places within ``distance_m`` (geodesic), with a ``distance_km`` column, nearest first.
    """
    d = distance_to_geometry_m(places.geometry.x.values, places.geometry.y.values, geometry)
    out = places.assign(distance_km=np.round(m_to_km(d), 1))
    return out[d <= distance_m].sort_values(["distance_km", "id"], kind="stable")


#: A place this close to a region, in metres (geodesic), counts as inside it, measured only to the part
#: of the region in the place's own country, so it acts along internal boundaries and never across a
#: national border: towns on a boundary river fall a kilometre or so outside generalised polygons.
PLACE_TOLERANCE_M = 2_000.0
#: Without a stated list, a region's countries are those whose Natural Earth polygon holds at least this
#: share of its area: the slivers where an official outline and Natural Earth disagree along a border
#: (1.4 % of the INEI Madre de Dios falls in Natural Earth's Bolivia) do not make a country one of its own.
REGION_COUNTRY_MIN_SHARE = 0.05


def _place_countries(places: gpd.GeoDataFrame, world: gpd.GeoDataFrame) -> np.ndarray:
    """Each place's country: its own ``country`` where given, else the Natural Earth polygon holding it."""
    given = places["country"].to_numpy(dtype=object) if "country" in places else np.full(len(places), None, dtype=object)
    out = np.array([c if isinstance(c, str) else None for c in given], dtype=object)
    missing = np.flatnonzero(out == None)  # noqa: E711 (element-wise)
    if len(missing):
        p_idx, w_idx = shapely.STRtree(world.geometry.values).query(places.geometry.values[missing], predicate="covered_by")
        out[missing[p_idx]] = world["iso_a3"].to_numpy()[w_idx]
    return out


def region_countries(regions: gpd.GeoDataFrame, world: gpd.GeoDataFrame | None = None, *,
                     min_share: float = REGION_COUNTRY_MIN_SHARE) -> dict[str, set[str]]:
    """The countries each region lies in, from Natural Earth country polygons.

    Parameters
    ----------
    regions : geopandas.GeoDataFrame
        Polygons with ``id``, EPSG:4326.
    world : geopandas.GeoDataFrame, optional
        Country polygons with ``iso_a3``; default :func:`geo.countries`.
    min_share : float, keyword-only
        Smallest share (0–1) of a region's geodesic area inside a country for it to count.

    Returns
    -------
    dict of str to set of str
        Region id to ISO 3166-1 alpha-3 codes.
    """
    world = _countries() if world is None else world
    tree = shapely.STRtree(world.geometry.values)
    r_idx, w_idx = tree.query(regions.geometry.values, predicate="intersects")
    parts = shapely.intersection(regions.geometry.values[r_idx], world.geometry.values[w_idx])
    share = geodesic_area_m2(parts) / np.maximum(geodesic_area_m2(regions.geometry.values)[r_idx], 1.0)
    out: dict[str, set[str]] = {rid: set() for rid in regions["id"]}
    for i, j, s in zip(r_idx, w_idx, share):
        if s >= min_share:
            out[regions["id"].iloc[i]].add(world["iso_a3"].iloc[j])
    return out


#: Metres, shorter than a degree of latitude anywhere (110,574 m at the equator, the shortest) and than
#: a degree of longitude at latitude φ divided by cos φ (111,319 m): both from the WGS84 ellipsoid.
_DEGREE_AT_LEAST_M = 110_000.0


def _reach_deg(points, distance_m: float) -> np.ndarray:
    """Per point, a planar distance in degrees (lon, lat) beyond which nothing is within ``distance_m``
    (geodesic) of it; 360 where the reach comes within a degree of a pole."""
    lat_deg = distance_m / _DEGREE_AT_LEAST_M
    top = np.abs(shapely.get_y(points)) + lat_deg  # the highest latitude a geodesic of that length reaches
    cos_top = np.cos(np.radians(np.minimum(top, 90.0)))
    return np.where(top < 89.0, np.sqrt(2.0) * lat_deg / np.maximum(cos_top, 1e-9), 360.0)


def assign_places(places: gpd.GeoDataFrame, regions: gpd.GeoDataFrame, *,
                  tolerance_m: float = PLACE_TOLERANCE_M, countries: dict[str, set[str]] | None = None,
                  place_units: pd.Series | None = None, region_units: dict[str, list[str]] | None = None,
                  world: gpd.GeoDataFrame | None = None) -> pd.DataFrame:
    """The regions each place lies in, and the one region it is assigned to.

    A place is in a region only if it is in one of the region's countries (the place's ``country``,
    else the Natural Earth polygon holding it; a region in no country, at sea, takes any place, and a
    place in no country is in a country's region only if the region covers it). Then:

    - if the region is a union of official units (``region_units``) and the place's own official unit
      is known (``place_units``), the codes decide: the place is in the region if its unit's code
      starts with one of the region's;
    - otherwise the geometry decides: the place is covered by the region, or lies within
      ``tolerance_m`` of the part of the region inside the place's own country (Natural Earth), so
      the tolerance acts along internal boundaries and never reaches across a national border.

    Parameters
    ----------
    places : geopandas.GeoDataFrame
        Points, EPSG:4326; optional ``country`` (ISO 3166-1 alpha-3).
    regions : geopandas.GeoDataFrame
        Polygons with ``id``, ``kind`` and ``area_km2``, EPSG:4326.
    tolerance_m : float, keyword-only
        Metres (geodesic), see above.
    countries : dict of str to set of str, keyword-only
        The countries each region lies in (ISO alpha-3), e.g. from the scenario; regions not listed
        get :func:`region_countries`.
    place_units : pandas.Series, keyword-only
        Indexed like ``places``: each place's official unit code (e.g. its INEI district UBIGEO,
        :func:`geo.official.place_unit_codes`), or None.
    region_units : dict of str to list of str, keyword-only
        Region id to the codes of the official units whose union it is (any level: a code is a
        prefix of the codes of the units inside it).
    world : geopandas.GeoDataFrame, optional
        Country polygons with ``iso_a3``; default :func:`geo.countries`.

    Returns
    -------
    pandas.DataFrame
        Indexed like ``places``: ``in_regions`` (ids of all regions the place is in,
        ``"; "``-separated) and ``region_id``: exactly one of them, the smallest by area (ties broken
        by id), so that a place on a shared border is assigned once. Regions of kind ``country`` are
        left out.
    """
    world = _countries() if world is None else world  # read only
    regs = regions[regions["kind"] != "country"]
    area = regs["area_km2"].to_numpy(dtype=float)
    ids = regs["id"].to_numpy()
    geoms = regs.geometry.values
    pts = places.geometry.values
    place_iso = _place_countries(places, world)
    reg_iso = region_countries(regs, world)
    reg_iso.update({k: set(v) for k, v in (countries or {}).items() if k in reg_iso})
    units = (place_units.reindex(places.index).to_numpy(dtype=object) if place_units is not None
             else np.full(len(places), None, dtype=object))
    region_units = region_units or {}
    iso_index = {iso: k for k, iso in enumerate(world["iso_a3"])}

    tree = shapely.STRtree(geoms)
    covered = set(zip(*(a.tolist() for a in tree.query(pts, predicate="covered_by"))))
    # near misses: a cheap prefilter in degrees that holds whatever lies within tolerance_m, then the
    # geodesic distance decides
    near = set(zip(*(a.tolist() for a in tree.query(pts, predicate="dwithin", distance=_reach_deg(pts, tolerance_m)))))
    # every region holding a place by its official unit, whatever the polygons say
    by_code = {(i, j) for i, code in enumerate(units) if isinstance(code, str)
               for j, rid in enumerate(ids) if any(code.startswith(c) for c in region_units.get(rid, ()))}
    pairs = []
    for i, j in sorted(covered | near | by_code):
        own = reg_iso[ids[j]]
        if own and place_iso[i] is not None and place_iso[i] not in own:
            continue  # another country's region: never by tolerance, never by a sliver of outline
        if isinstance(units[i], str) and ids[j] in region_units:
            if (i, j) in by_code:
                pairs.append((i, j))
            continue
        if (i, j) in covered:
            pairs.append((i, j))
            continue
        if own and place_iso[i] is None:
            continue  # a place in no country (at sea) is not in a country's region by tolerance
        k = iso_index.get(place_iso[i])
        part = geoms[j] if k is None else shapely.intersection(geoms[j], world.geometry.values[k])
        if not part.is_empty and distance_between_geometries_m(pts[i], part) <= tolerance_m:
            pairs.append((i, j))
    in_regions, region_id = [], []
    for i in range(len(places)):
        hits = [j for p, j in pairs if p == i]
        in_regions.append("; ".join(sorted(ids[hits])) or None)
        region_id.append(ids[min(hits, key=lambda j: (area[j], ids[j]))] if hits else None)
    return pd.DataFrame({"in_regions": in_regions, "region_id": region_id}, index=places.index)


def nearest_of_kind(places: gpd.GeoDataFrame, kind: str) -> pd.DataFrame:
    """For each place, the nearest place of a kind (e.g. ``military_base``) and its geodesic distance.

    Returns
    -------
    pandas.DataFrame
        Indexed like ``places``: ``nearest_<kind>_id`` and ``nearest_<kind>_km`` (null when the
        scenario has no place of that kind).
    """
    targets = places[places["kind"] == kind]
    col_id, col_km = f"nearest_{kind}_id", f"nearest_{kind}_km"
    if targets.empty:
        return pd.DataFrame({col_id: [None] * len(places), col_km: [np.nan] * len(places)}, index=places.index)
    lon = places.geometry.x.to_numpy()
    lat = places.geometry.y.to_numpy()
    tlon = targets.geometry.x.to_numpy()
    tlat = targets.geometry.y.to_numpy()
    _, _, d = GEOD.inv(np.repeat(lon, len(tlon)), np.repeat(lat, len(tlon)), np.tile(tlon, len(lon)), np.tile(tlat, len(lon)))
    d = np.asarray(d).reshape(len(lon), len(tlon))
    j = d.argmin(axis=1)
    return pd.DataFrame({col_id: targets["id"].to_numpy()[j], col_km: np.round(m_to_km(d[np.arange(len(lon)), j]), 1)},
                        index=places.index)
