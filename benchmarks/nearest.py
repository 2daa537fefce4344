"""Distance from many points to the nearest route, against a brute-force search on a sample."""

from __future__ import annotations

import numpy as np
import shapely

from .common import Row, event_coordinates, scenario_layers, timed


def run(quick: bool = False) -> list[Row]:
    from geo.events import EVENT_ROUTE_SPACING_M
    from geo.measure import GEOD
    from geo.spatial_index import LineIndex, geodesic_samples

    n, sample, ref_spacing_m = (100_000, 40, 100.0) if quick else (1_000_000, 150, 100.0)
    layers, _ = scenario_layers()
    routes = layers["routes"].geometry.values
    lon, lat = event_coordinates(n, seed=5)
    build_s, index = timed(LineIndex, routes, spacing_m=EVENT_ROUTE_SPACING_M)
    ours_s, (line, dist) = timed(index.nearest, lon, lat)

    # brute force: every route sampled every 100 m along its geodesics, every pair measured
    parts = shapely.get_parts(routes)
    coords, part_of = shapely.get_coordinates(parts, return_index=True)
    slon, slat, spart = geodesic_samples(coords, part_of, ref_spacing_m)
    rng = np.random.default_rng(9)
    chosen = rng.choice(n, sample, replace=False)

    def brute():
        best = np.empty(sample)
        for j, i in enumerate(chosen):  # one vectorised call per sampled point
            best[j] = GEOD.inv(np.full(len(slon), lon[i]), np.full(len(slon), lat[i]), slon, slat)[2].min()
        return best

    ref_s, ref = timed(brute)
    err = np.abs(dist[chosen] - ref)
    per_point_ours = (build_s + ours_s) / n
    ratio = per_point_ours / (ref_s / sample)
    return [Row("distance to the nearest route (`geo.spatial_index.LineIndex`)",
                f"{n:,} points, {len(routes)} routes", build_s + ours_s,
                f"brute force, measured on {sample} of the points: every geodesic to the routes sampled every "
                f"{ref_spacing_m:g} m ({len(slon):,} samples)", ref_s, "error stated", None,
                [f"ratio per point {ratio:.1e} (brute force {ref_s / sample * 1000:.0f} ms a point: about "
                 f"{ref_s / sample * n / 3600:,.0f} h for all)", f"index built in {build_s:.2f} s",
                 f"max |error| {err.max():.1f} m, median {np.median(err):.2f} m "
                 f"(the reference itself is exact to {ref_spacing_m / 2:g} m at a route)"])]
