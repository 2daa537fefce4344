"""Reference computations for the tests, independent of the code under test.

- :func:`vincenty_inverse`: geodesic distance on WGS84 by Vincenty's iteration (T. Vincenty, 1975,
  "Direct and inverse solutions of geodesics on the ellipsoid with application of nested equations",
  Survey Review 23(176), 88-93, equations of the inverse problem), written here from the published
  equations; it agrees with Karney's algorithm (pyproj) to well under a millimetre for points that
  are not nearly antipodal. A different algorithm, so a disagreement would show a real error.
- :func:`equal_area_km2`: area of polygons with geodesic edges (densified with ``pyproj.Geod.npts``)
  projected to EPSG:6933 (WGS 84 / NSIDC EASE-Grid 2.0 Global, cylindrical equal-area): a plane
  area, whatever the winding.
- :func:`zone_km2`: closed-form area of a band between two parallels on WGS84 (Snyder 1987,
  "Map Projections: A Working Manual", USGS Professional Paper 1395, eq. 3-12 for the authalic q).
"""

from __future__ import annotations

import math

import numpy as np
import pyproj
import shapely

A, F = 6378137.0, 1 / 298.257223563  # WGS84
B = A * (1 - F)
WGS84 = pyproj.Geod(ellps="WGS84")
_TO_EQUAL_AREA = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:6933", always_xy=True)


def vincenty_inverse(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Geodesic distance in metres between two points (degrees) on WGS84, Vincenty (1975)."""
    u1 = math.atan((1 - F) * math.tan(math.radians(lat1)))
    u2 = math.atan((1 - F) * math.tan(math.radians(lat2)))
    big_l = math.radians((lon2 - lon1 + 180.0) % 360.0 - 180.0)
    lam = big_l
    sin_u1, cos_u1, sin_u2, cos_u2 = math.sin(u1), math.cos(u1), math.sin(u2), math.cos(u2)
    for _ in range(200):
        sin_lam, cos_lam = math.sin(lam), math.cos(lam)
        sin_sigma = math.hypot(cos_u2 * sin_lam, cos_u1 * sin_u2 - sin_u1 * cos_u2 * cos_lam)
        if sin_sigma == 0:
            return 0.0
        cos_sigma = sin_u1 * sin_u2 + cos_u1 * cos_u2 * cos_lam
        sigma = math.atan2(sin_sigma, cos_sigma)
        sin_alpha = cos_u1 * cos_u2 * sin_lam / sin_sigma
        cos2_alpha = 1 - sin_alpha ** 2
        cos_2sm = cos_sigma - 2 * sin_u1 * sin_u2 / cos2_alpha if cos2_alpha else 0.0
        c = F / 16 * cos2_alpha * (4 + F * (4 - 3 * cos2_alpha))
        previous = lam
        lam = big_l + (1 - c) * F * sin_alpha * (
            sigma + c * sin_sigma * (cos_2sm + c * cos_sigma * (-1 + 2 * cos_2sm ** 2)))
        if abs(lam - previous) < 1e-13:
            break
    else:
        raise ValueError("Vincenty's iteration did not converge (nearly antipodal points)")
    u_sq = cos2_alpha * (A * A - B * B) / (B * B)
    big_a = 1 + u_sq / 16384 * (4096 + u_sq * (-768 + u_sq * (320 - 175 * u_sq)))
    big_b = u_sq / 1024 * (256 + u_sq * (-128 + u_sq * (74 - 47 * u_sq)))
    delta_sigma = big_b * sin_sigma * (cos_2sm + big_b / 4 * (
        cos_sigma * (-1 + 2 * cos_2sm ** 2)
        - big_b / 6 * cos_2sm * (-3 + 4 * sin_sigma ** 2) * (-3 + 4 * cos_2sm ** 2)))
    return B * big_a * (sigma - delta_sigma)


def _densified(ring, per_edge: int = 200) -> list[tuple[float, float]]:
    ring = [tuple(p) for p in ring]
    if ring[0] == ring[-1]:
        ring = ring[:-1]
    out = []
    for (lon1, lat1), (lon2, lat2) in zip(ring, ring[1:] + ring[:1]):
        out.append((lon1, lat1))
        out.extend(WGS84.npts(lon1, lat1, lon2, lat2, per_edge))
    return out


def equal_area_km2(polygons) -> float:
    """Area in km² of polygons given as (exterior, [holes]) lists of (lon, lat), in EPSG:6933."""
    total = 0.0
    for exterior, holes in polygons:
        poly = shapely.Polygon(_densified(exterior), [_densified(h) for h in holes])
        projected = shapely.transform(poly, lambda xy: np.column_stack(_TO_EQUAL_AREA.transform(xy[:, 0], xy[:, 1])))
        total += projected.area
    return total / 1e6


def zone_km2(lat1: float, lat2: float, dlon: float) -> float:
    """Area in km² of the band between two parallels, ``dlon`` degrees wide, on WGS84."""
    e2 = F * (2 - F)
    e = math.sqrt(e2)

    def q(lat):
        s = math.sin(math.radians(lat))
        return (1 - e2) * (s / (1 - e2 * s * s) - math.log((1 - e * s) / (1 + e * s)) / (2 * e))

    return math.pi * A * A * (q(lat2) - q(lat1)) * dlon / 360.0 / 1e6
