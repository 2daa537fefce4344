"""Longitudes for display: lines across the antimeridian drawn continuous on screen.

The layers stay RFC 7946 (split at ±180°). For the map, every longitude is moved by a whole turn
into one display frame ``[west, west + 360)`` whose edge lies in the widest stretch of longitude
that no feature touches, so that nothing drawn crosses the frame's edge: a flow from Callao across
the Pacific to Hong Kong is one line, with Hong Kong at −246° (its longitude 114° minus 360°). The
frame keeps the scenario's focus at its own longitudes. Without anything at ±180° the frame is the
usual ``[-180, 180)`` and nothing moves.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely

__all__ = ["display_west", "to_display", "latlngs", "basemap_in_frame", "bounds_in_frame"]


def _covered_degrees(geoms) -> np.ndarray:
    """Which of the 360 one-degree bins of longitude (``floor(lon mod 360)``) any geometry touches."""
    covered = np.zeros(360, dtype=bool)
    geoms = np.asarray([g for g in geoms if g is not None and not g.is_empty], dtype=object)
    if not len(geoms):
        return covered
    # vertices at most 0.5° apart, so that a line between two vertices marks every bin it passes;
    # a part running on past ±180° (as RFC 7946 splits it) meets the other part there
    coords = shapely.get_coordinates(shapely.segmentize(geoms, 0.5))
    covered[np.floor(np.mod(coords[:, 0], 360.0)).astype(int) % 360] = True
    return covered


def display_west(geoms, focus_lon: float = 0.0) -> float:
    """The western edge (degrees) of the display frame of these geometries.

    Parameters
    ----------
    geoms : sequence of shapely geometries
        Everything the map draws (EPSG:4326).
    focus_lon : float
        A longitude that keeps its value (the scenario's focus).

    Returns
    -------
    float
        ``-180.0`` when nothing touches the bins next to ±180°; otherwise the middle of the widest run
        of untouched one-degree bins, minus 360° if that keeps ``focus_lon`` inside the frame.
    """
    covered = _covered_degrees(geoms)
    if not covered[179] and not covered[180]:
        return -180.0
    if covered.all():
        return -180.0
    # widest circular run of uncovered bins: runs of the sequence read twice round, at most 360 long
    free = np.concatenate([~covered, ~covered]).astype(np.int8)
    edges = np.diff(np.concatenate([[0], free, [0]]))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    lengths = np.minimum(ends - starts, 360)
    best = int(np.argmax(lengths))
    start, best_len = int(starts[best]) % 360, int(lengths[best])
    cut = start + best_len / 2.0  # degrees in [0, 720)
    cut = ((cut + 180.0) % 360.0) - 180.0  # as a longitude in [-180, 180)
    west = cut if cut <= focus_lon else cut - 360.0
    if not west <= focus_lon < west + 360.0:
        west += 360.0
    return float(west)


def _shift(lon: np.ndarray, west: float) -> np.ndarray:
    return west + np.mod(lon - west, 360.0)


def to_display(geoms, west: float):
    """Geometries with every longitude moved by whole turns into ``[west, west + 360)``."""
    if west == -180.0:
        # the usual frame: only a longitude of exactly 180° would move, and none of the data touches it
        return np.asarray(geoms, dtype=object)

    def move(xy):
        out = xy.copy()
        out[:, 0] = _shift(xy[:, 0], west)
        return out

    return shapely.transform(np.asarray(geoms, dtype=object), move)


def latlngs(geom, decimals: int = 5):
    """Leaflet ``[lat, lon]`` vertex lists of a (Multi)LineString in display longitudes, rounded
    (5 decimals ≈ 1 m). Parts that meet (as RFC 7946 splits a line at ±180°, once moved into the
    frame) are joined into one."""
    parts = [np.asarray(geom.coords)] if geom.geom_type == "LineString" else [np.asarray(p.coords) for p in geom.geoms]
    joined = [parts[0]]
    for part in parts[1:]:
        last = joined[-1][-1]
        if np.allclose(last, part[0], atol=1e-6):
            joined[-1] = np.vstack([joined[-1], part[1:]])
        else:
            joined.append(part)
    out = [np.round(p[:, ::-1], decimals).tolist() for p in joined]
    return out[0] if len(out) == 1 else out


def basemap_in_frame(basemap: gpd.GeoDataFrame, west: float) -> np.ndarray:
    """Country polygons for the frame ``[west, west + 360)``: the part of the world beyond the frame's
    edge is cut off there (:func:`shapely.clip_by_rect`) and moved by a whole turn."""
    geoms = np.asarray(basemap.geometry.values, dtype=object)
    if west == -180.0:
        return geoms
    edge = west + 360.0 if west < -180.0 else west  # the frame's edge as a longitude in [-180, 180]
    west_part = shapely.clip_by_rect(geoms, -180.0, -90.0, edge, 90.0)
    east_part = shapely.clip_by_rect(geoms, edge, -90.0, 180.0, 90.0)
    if west < -180.0:  # frame [west, west + 360): the east of the world moves west
        east_part = shapely.transform(east_part, lambda xy: xy - np.array([360.0, 0.0]))
    else:  # frame [edge, edge + 360): the west of the world moves east
        west_part = shapely.transform(west_part, lambda xy: xy + np.array([360.0, 0.0]))
    both = np.concatenate([west_part, east_part])
    return both[~shapely.is_empty(both)]


def bounds_in_frame(bounds, west: float):
    """Leaflet bounds ``[[south, w], [north, e]]`` (``w > e`` across the antimeridian, as an RFC 7946
    bbox) in display longitudes: ``w`` moved into the frame and ``e`` east of it."""
    (south, w), (north, e) = bounds
    span = e - w if e >= w else e - w + 360.0
    if span >= 360.0 - 1e-9:
        return [[south, west], [north, west + 360.0]]
    w2 = float(_shift(np.array([w]), west)[0])
    return [[south, w2], [north, w2 + span]]
