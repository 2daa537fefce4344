"""Spatial indexes for placing many points: point-in-polygon and nearest line, both vectorised.

:class:`PolygonIndex` answers "which polygons contain each point" for millions of points. Natural
Earth countries have up to tens of thousands of vertices each, so the polygons are first cut into
pieces of at most :data:`MAX_PIECE_VERTICES` vertices (halving each polygon's bounding box until its
pieces are small, the way PostGIS ``ST_Subdivide`` does); each piece, prepared once, then tests the
points that an STRtree over them finds in its tight bounding box.

:class:`LineIndex` answers "which line is nearest to each point, and how far" on the WGS84
ellipsoid: the lines are sampled along their geodesics, a k-d tree (:class:`scipy.spatial.cKDTree`)
over the samples' geocentric coordinates gives each point's nearest samples, the closest point of
the line beside them is found, and its distance is measured along the geodesic with pyproj.
"""

from __future__ import annotations

import numpy as np
import pyproj
import shapely

from .measure import GEOD

__all__ = ["PolygonIndex", "LineIndex", "subdivide", "MAX_PIECE_VERTICES"]

#: Largest number of vertices of a piece of :func:`subdivide` (chosen by ``benchmarks/``: smaller
#: pieces cost more to make than they save in tests, larger ones make loose bounding boxes).
MAX_PIECE_VERTICES = 1024


def subdivide(polygons, max_vertices: int = MAX_PIECE_VERTICES) -> tuple[np.ndarray, np.ndarray]:
    """Cut polygons into pieces of at most ``max_vertices`` vertices.

    Parameters
    ----------
    polygons : array_like of shapely geometries
        Polygon or MultiPolygon, any CRS (the cuts are along the axes of their coordinates). Other
        geometry types and empty or missing values give no pieces.
    max_vertices : int
        A piece with more vertices than this is cut in two across the longer side of its bounding
        box, until none is left (a piece of fewer than 8 vertices is never cut further).

    Returns
    -------
    pieces : numpy.ndarray of shapely.Polygon
        Together they cover each input polygon exactly (the cuts are shared edges).
    owner : numpy.ndarray of int
        For each piece, the position of its polygon in ``polygons``.
    """
    geoms = np.asarray(polygons, dtype=object).reshape(-1)
    parts, owner = shapely.get_parts(geoms, return_index=True)
    done_parts, done_owner = [np.zeros(0, dtype=object)], [np.zeros(0, dtype=np.int64)]
    for level in range(64):  # each level halves a box: 64 levels is far below any coordinate's precision
        if not len(parts):
            break
        keep = (shapely.get_type_id(parts) == 3) & ~shapely.is_empty(parts)
        parts, owner = parts[keep], owner[keep]
        n = shapely.get_num_coordinates(parts)
        small = (n <= max(max_vertices, 8)) | (level == 63)
        done_parts.append(parts[small])
        done_owner.append(owner[small])
        parts, owner = parts[~small], owner[~small]
        if not len(parts):
            break
        x0, y0, x1, y1 = shapely.bounds(parts).T
        wide = (x1 - x0) >= (y1 - y0)
        xm, ym = np.where(wide, (x0 + x1) / 2, x1), np.where(wide, y1, (y0 + y1) / 2)
        first = shapely.box(x0, y0, xm, ym)
        second = shapely.box(np.where(wide, xm, x0), np.where(wide, y0, ym), x1, y1)
        halves = shapely.intersection(np.concatenate([parts, parts]), np.concatenate([first, second]))
        parts, index = shapely.get_parts(halves, return_index=True)
        owner = np.concatenate([owner, owner])[index]
    return np.concatenate(done_parts), np.concatenate(done_owner).astype(np.int64)


class PolygonIndex:
    """Which polygons contain each point, for many points at once.

    Parameters
    ----------
    polygons : array_like of shapely geometries
        Polygon or MultiPolygon in EPSG:4326 (or any one CRS shared with the points). Polygons may
        overlap.
    max_vertices : int
        See :func:`subdivide`.

    Notes
    -----
    A point counts as inside a polygon when it lies in its interior or on its boundary
    (``intersects``), so a point exactly on a border shared by two polygons is in both;
    :meth:`first` then gives the one listed first.
    """

    def __init__(self, polygons, max_vertices: int = MAX_PIECE_VERTICES):
        self.n_polygons = len(np.asarray(polygons, dtype=object).reshape(-1))
        self.pieces, self.owner = subdivide(polygons, max_vertices)

    def pairs(self, points, tree: shapely.STRtree | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Every (point, polygon) pair where the polygon contains the point.

        Parameters
        ----------
        points : array_like of shapely.Point
            Missing or empty points are in no polygon.
        tree : shapely.STRtree, optional
            An STRtree over ``points`` already built (to share it between indexes).

        Returns
        -------
        point_index, polygon_index : numpy.ndarray of int
            Positions in ``points`` and in the polygons given to the index; each pair once, sorted
            by point then polygon.

        Notes
        -----
        The tree is over the points and each piece queries it: GEOS prepares the piece once and
        tests all the points in its bounding box against it, as geopandas ``sjoin`` does for
        ``within`` (preparing a point instead would leave every test walking a whole outline).
        """
        pts = np.asarray(points, dtype=object).reshape(-1)
        tree = shapely.STRtree(pts) if tree is None else tree
        hit_piece, hit_point = tree.query(self.pieces, predicate="intersects")
        polygon = self.owner[hit_piece]
        # a point on the cut between two pieces of one polygon is in both: keep one pair
        width = max(self.n_polygons, 1)
        key = np.sort(hit_point.astype(np.int64) * width + polygon)
        key = key[np.r_[True, key[1:] != key[:-1]]] if len(key) else key
        return key // width, key % width

    def first(self, points, tree: shapely.STRtree | None = None) -> np.ndarray:
        """The position of the first polygon containing each point, -1 where none does (``tree``
        as in :meth:`pairs`)."""
        pts = np.asarray(points, dtype=object).reshape(-1)
        point_index, polygon_index = self.pairs(pts, tree)
        out = np.full(len(pts), -1, dtype=np.int64)
        # pairs are sorted by point then polygon: the first pair of each point wins
        first = np.r_[True, point_index[1:] != point_index[:-1]] if len(point_index) else np.zeros(0, bool)
        out[point_index[first]] = polygon_index[first]
        return out


#: EPSG:4326 (lon, lat, ellipsoidal height) to EPSG:4978 (geocentric x, y, z in metres, WGS84).
_ECEF = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:4978", always_xy=True)

#: Sampling levels of :class:`LineIndex`, as multiples of its ``spacing_m``: a point is looked up in
#: the coarsest level whose sampling cannot add more than ``tolerance_m`` at the point's distance
#: (far points among few samples is what keeps the k-d tree fast for them).
_LEVELS = (1, 2, 4, 8, 16, 32)


def geodesic_samples(coords: np.ndarray, part_of: np.ndarray, spacing_m: float):
    """Points along lines, on the geodesic of each segment, at most ``spacing_m`` apart.

    Parameters
    ----------
    coords : numpy.ndarray, shape (n, 2)
        Vertices, lon/lat degrees (EPSG:4326), as from :func:`shapely.get_coordinates`.
    part_of : numpy.ndarray of int, shape (n,)
        The line part of each vertex; consecutive vertices of one part make a segment.
    spacing_m : float
        Largest gap between samples, in metres.

    Returns
    -------
    lon, lat : numpy.ndarray
        The samples in order: every vertex, and between them equally spaced points on the WGS84
        geodesic (:meth:`pyproj.Geod.fwd`, all segments at once).
    part : numpy.ndarray of int
        The part of each sample.
    """
    coords = np.asarray(coords, dtype=float)
    part_of = np.asarray(part_of)
    if len(coords) < 2:
        return coords[:, 0].copy(), coords[:, 1].copy(), part_of.copy()
    same = part_of[1:] == part_of[:-1]
    az, _, length = GEOD.inv(coords[:-1, 0], coords[:-1, 1], coords[1:, 0], coords[1:, 1])
    steps = np.where(same, np.maximum(np.ceil(np.asarray(length) / spacing_m), 1), 1).astype(np.int64)
    seg = np.repeat(np.arange(len(steps)), steps)
    frac = (np.arange(len(seg)) - np.repeat(np.cumsum(steps) - steps, steps)) / steps[seg]
    lon, lat, _ = GEOD.fwd(coords[seg, 0], coords[seg, 1], np.asarray(az)[seg], np.asarray(length)[seg] * frac)
    # the start of each segment is its vertex exactly; the final vertex closes the last part
    lon, lat = np.where(frac == 0, coords[seg, 0], lon), np.where(frac == 0, coords[seg, 1], lat)
    return np.append(lon, coords[-1, 0]), np.append(lat, coords[-1, 1]), np.append(part_of[seg], part_of[-1])


def _ecef(lon, lat) -> np.ndarray:
    x, y, z = _ECEF.transform(lon, lat, np.zeros(np.shape(lon)))
    return np.column_stack([x, y, z])


def _lonlat(xyz: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    lon, lat, _ = _ECEF.transform(xyz[:, 0], xyz[:, 1], xyz[:, 2], direction="INVERSE")
    return np.asarray(lon), np.asarray(lat)


class LineIndex:
    """The nearest of a set of lines to each of many points, with its geodesic distance.

    Parameters
    ----------
    lines : array_like of shapely geometries
        LineString or MultiLineString in EPSG:4326; each segment is read as the shortest path
        between its vertices, as everywhere in the toolkit.
    spacing_m : float
        Finest sampling of the lines, in metres (also 4 and 16 times coarser levels are kept for
        points far from every line).
    k : int
        Number of nearest samples whose segments are examined per point.
    tolerance_m : float
        A point is looked up among samples of spacing ``h`` only when it is at least
        ``h**2 / (8 * tolerance_m)`` from the lines, where sampling cannot add more than
        ``tolerance_m`` to its distance.

    Notes
    -----
    Vertices and samples are placed on the WGS84 ellipsoid in geocentric coordinates
    (EPSG:4978, metres). A k-d tree (:class:`scipy.spatial.cKDTree`) over the samples gives each
    point its ``k`` nearest; the closest point to it on the segments beside them is taken in those
    coordinates, put back on the ellipsoid, and its distance measured along the geodesic with
    pyproj. Straight-line distance between points on the ellipsoid ranks them as the geodesic does
    to about 1e-5 of the distance at 1,000 km, so the nearest line is the right one except between
    near-ties. Compared with a brute-force search over all routes sampled every 50 m, the
    distances agree to metres (``benchmarks/README.md``).
    """

    def __init__(self, lines, spacing_m: float = 1000.0, k: int = 4, tolerance_m: float = 10.0):
        geoms = np.asarray(lines, dtype=object).reshape(-1)
        parts, owner = shapely.get_parts(geoms, return_index=True)
        coords, part_of = shapely.get_coordinates(parts, return_index=True)
        if len(coords) == 0:
            raise ValueError("LineIndex needs at least one line with coordinates")
        from scipy.spatial import cKDTree  # imported here: a build without events does not need it

        self.tolerance_m = float(tolerance_m)
        self.levels = []
        for factor in _LEVELS:
            lon, lat, sample_part = geodesic_samples(coords, part_of, spacing_m * factor)
            xyz = _ecef(lon, lat)
            # sample i and i + 1 make a chord of the line when they are in one part
            joined = np.append(sample_part[1:] == sample_part[:-1], False)
            self.levels.append((spacing_m * factor, cKDTree(xyz), xyz, joined, owner[sample_part]))
        self.k = int(min(k, len(self.levels[-1][2])))

    def nearest(self, lon, lat, *, workers: int = 1, chunk: int = 250_000) -> tuple[np.ndarray, np.ndarray]:
        """The nearest line to each point and the geodesic distance to it.

        Parameters
        ----------
        lon, lat : array_like of float
            Points in degrees (EPSG:4326), same length.
        workers : int, keyword-only
            Threads for the k-d tree queries (-1: all cores).
        chunk : int, keyword-only
            Points looked up at once. Each point needs about a hundred floats of working memory
            (its ``2 k`` candidate segments in three dimensions), so the peak stays near
            ``chunk`` KiB however many points there are; the answers do not depend on it. A progress bar (:mod:`geo.progress`) counts
            the points when there is more than one chunk.

        Returns
        -------
        line_index : numpy.ndarray of int
            Position of the nearest line in ``lines``.
        distance_m : numpy.ndarray of float
            Geodesic distance in metres on WGS84 to the closest point of that line found.
        """
        lon = np.asarray(lon, dtype=float).reshape(-1)
        lat = np.asarray(lat, dtype=float).reshape(-1)
        if len(lon) != len(lat):
            raise ValueError(f"lon and lat differ in length ({len(lon)} and {len(lat)})")
        chunk = max(int(chunk), 1)
        if len(lon) <= chunk:
            return self._nearest(lon, lat, workers)
        from .progress import progress

        line = np.empty(len(lon), dtype=np.int64)
        dist = np.empty(len(lon), dtype=float)
        with progress(len(lon), "nearest route", "point") as bar:
            for start in range(0, len(lon), chunk):
                sl = slice(start, start + chunk)
                line[sl], dist[sl] = self._nearest(lon[sl], lat[sl], workers)
                bar.update(len(lon[sl]))
        return line, dist

    def _nearest(self, lon: np.ndarray, lat: np.ndarray, workers: int) -> tuple[np.ndarray, np.ndarray]:
        p = _ecef(lon, lat)
        line = np.zeros(len(p), dtype=np.int64)
        target = np.zeros_like(p)
        # the coarsest level for every point first: its nearest sample bounds the distance
        h, tree = self.levels[-1][:2]
        far, sample = tree.query(p, k=self.k, workers=workers)
        sample = sample.reshape(len(p), self.k)
        near_bound = far.reshape(len(p), self.k)[:, 0] - h / 2
        todo = np.ones(len(p), dtype=bool)
        for level_no in range(len(self.levels) - 1, -1, -1):
            h, tree, xyz, joined, line_of = self.levels[level_no]
            usable = todo & ((near_bound >= h * h / (8 * self.tolerance_m)) | (level_no == 0))
            if not usable.any():
                continue
            if level_no == len(self.levels) - 1:
                found = sample[usable]
            else:
                found = tree.query(p[usable], k=self.k, workers=workers)[1].reshape(-1, self.k)
            line[usable], target[usable] = self._closest(p[usable], found, xyz, joined, line_of)
            todo &= ~usable
        tlon, tlat = _lonlat(target)
        _, _, dist = GEOD.inv(lon, lat, tlon, tlat)
        return line, np.asarray(dist, dtype=float)

    @staticmethod
    def _closest(p, sample, xyz, joined, line_of):
        # candidate chords: from each sample to the next and from the one before it
        starts = np.concatenate([sample, sample - 1], axis=1)
        ok = np.concatenate([joined[sample], (sample > 0) & joined[np.maximum(sample - 1, 0)]], axis=1)
        starts = np.where(ok, starts, sample[:, :1])
        a = xyz[starts]
        ab = np.where(ok[..., None], xyz[np.minimum(starts + 1, len(xyz) - 1)] - a, 0.0)
        t = np.clip(np.sum((p[:, None, :] - a) * ab, axis=2) / np.maximum(np.sum(ab * ab, axis=2), 1e-9), 0.0, 1.0)
        foot = a + t[..., None] * ab  # a lone sample (one-point line) is its own foot
        best = np.linalg.norm(foot - p[:, None, :], axis=2).argmin(axis=1)
        rows = np.arange(len(p))
        return line_of[starts[rows, best]], foot[rows, best]
