"""Route lengths: 10^6 geodesic segments in 10^5 routes, against pyproj's Geod.line_lengths."""

from __future__ import annotations

import numpy as np
import shapely

from .common import Row, paired


def run(quick: bool = False) -> list[Row]:
    from geo.measure import GEOD, geodesic_length_m

    routes, per_route = (10_000, 11) if quick else (100_000, 11)  # 10 segments per route
    rng = np.random.default_rng(3)
    lon = -75 + np.cumsum(rng.normal(0, 0.05, (routes, per_route)), axis=1)
    lat = -10 + np.cumsum(rng.normal(0, 0.05, (routes, per_route)), axis=1)
    lines = shapely.linestrings(np.stack([lon, lat], axis=2))
    flat_lon, flat_lat = lon.ravel(), lat.ravel()

    def reference():
        # the raw library call on the same coordinates, all at once; the segments that join one
        # route to the next are dropped afterwards
        seg = np.asarray(GEOD.line_lengths(flat_lon, flat_lat)).reshape(-1)
        return np.append(seg, 0.0).reshape(routes, per_route)[:, :-1].sum(axis=1)

    # alternating, so that both sides see the same load on a shared machine
    got, ours, ref = paired(lambda: geodesic_length_m(lines), reference, pairs=5 if quick else 11)
    differ = int(np.count_nonzero(~np.isclose(ours, ref, rtol=0, atol=1e-6)))
    ratio = got.ratio("cpu")[0]
    return [Row("route lengths (`geo.geodesic_length_m`)", f"{routes * (per_route - 1):,} segments, {routes:,} routes",
                got.median("ours_wall"), "`pyproj.Geod.line_lengths`, one call on all coordinates",
                got.median("ref_wall"), "ratio ≤ 1.2 (CPU)", ratio <= 1.2 and differ == 0,
                [f"routes whose lengths differ by more than 1e-6 m: {differ} of {routes:,}"], pairs=got)]
