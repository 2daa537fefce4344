"""Distance from many points to the nearest route: against scikit-learn's BallTree (haversine) and
shapely's STRtree.query_nearest, alternating, and against a brute-force search on a sample for the
accuracy of all three."""

from __future__ import annotations

import numpy as np
import shapely

from .common import Row, event_coordinates, paired, scenario_layers, timed


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
    rows = _references(index, routes, lon, lat, line, dist, chosen, ref, quick)
    return rows + [Row("distance to the nearest route (`geo.spatial_index.LineIndex`)",
                f"{n:,} points, {len(routes)} routes", build_s + ours_s,
                f"brute force, measured on {sample} of the points: every geodesic to the routes sampled every "
                f"{ref_spacing_m:g} m ({len(slon):,} samples)", ref_s, "error stated", None,
                [f"ratio per point {ratio:.1e} (brute force {ref_s / sample * 1000:.0f} ms a point: about "
                 f"{ref_s / sample * n / 3600:,.0f} h for all)", f"index built in {build_s:.2f} s",
                 f"max |error| {err.max():.1f} m, median {np.median(err):.2f} m "
                 f"(the reference itself is exact to {ref_spacing_m / 2:g} m at a route)"])]


#: Mean Earth radius (IUGG, R1 = 6,371,008.8 m), for the haversine distances of the BallTree.
EARTH_RADIUS_M = 6_371_008.8


def _references(index, routes, lon, lat, line, dist, chosen, exact, quick) -> list[Row]:
    """Ours against BallTree (haversine, on samples of the routes every EVENT_ROUTE_SPACING_M) and
    STRtree.query_nearest (planar, in degrees, then the geodesic to the planar-nearest point),
    alternating; each with its error against the brute force on the sample and the points where it
    names another route than ours."""
    from geo.events import EVENT_ROUTE_SPACING_M
    from geo.measure import GEOD
    from geo.spatial_index import geodesic_samples

    pairs = 5 if quick else 7
    rows = []
    parts, owner = shapely.get_parts(routes, return_index=True)
    coords, part_of = shapely.get_coordinates(parts, return_index=True)
    slon, slat, spart = geodesic_samples(coords, part_of, EVENT_ROUTE_SPACING_M)
    sample_route = owner[spart]

    def ours():
        return index.nearest(lon, lat)

    try:
        from sklearn.neighbors import BallTree
    except ImportError:
        rows.append(Row("nearest route: scikit-learn BallTree (haversine)", f"{len(lon):,} points", float("nan"),
                        "scikit-learn is not installed (pip install .[bench])", None, "error stated", None, []))
    else:
        tree = BallTree(np.radians(np.column_stack([slat, slon])), metric="haversine")
        query = np.radians(np.column_stack([lat, lon]))

        def balltree():
            d, i = tree.query(query, k=1)
            return sample_route[i[:, 0]], d[:, 0] * EARTH_RADIUS_M

        got, _, (b_line, b_dist) = paired(ours, balltree, pairs=pairs)
        err = np.abs(b_dist[chosen] - exact)
        other = int(np.count_nonzero((b_line != line) & (np.abs(b_dist - dist) > 100)))
        rows.append(Row("nearest route: ours against scikit-learn `BallTree` (haversine)", f"{len(lon):,} points, "
                        f"{len(routes)} routes", got.median("ours_wall"),
                        f"`BallTree(metric='haversine')` over the routes sampled every {EVENT_ROUTE_SPACING_M:g} m "
                        f"({len(slon):,} samples), query only", got.median("ref_wall"), "ratio ≤ 1.0 (CPU), error stated",
                        got.ratio("cpu")[0] <= 1.0,
                        [f"BallTree error against the brute force: max {err.max():,.0f} m, median {np.median(err):,.0f} m "
                         f"(a sphere of mean radius, and samples {EVENT_ROUTE_SPACING_M:g} m apart); "
                         f"ours: max {np.abs(dist[chosen] - exact).max():.1f} m",
                         f"points where BallTree names another route, more than 100 m from ours: {other:,} of {len(lon):,}"],
                        pairs=got))

    stree = shapely.STRtree(routes)
    pts = shapely.points(lon, lat)

    def strtree():
        (ip, ir) = stree.query_nearest(pts, all_matches=False)
        near = shapely.get_coordinates(shapely.shortest_line(routes[ir], pts[ip]))[::2]
        d = np.full(len(lon), np.nan)
        r = np.full(len(lon), -1)
        d[ip] = GEOD.inv(lon[ip], lat[ip], near[:, 0], near[:, 1])[2]
        r[ip] = ir
        return r, d

    got, _, (s_line, s_dist) = paired(ours, strtree, pairs=pairs)
    err = np.abs(s_dist[chosen] - exact)
    other = int(np.count_nonzero((s_line != line) & (np.abs(s_dist - dist) > 100)))
    rows.append(Row("nearest route: ours against shapely `STRtree.query_nearest`", f"{len(lon):,} points, {len(routes)} routes",
                    got.median("ours_wall"), "`STRtree.query_nearest` on lon/lat (planar degrees), then the geodesic "
                    "to the nearest point in degrees", got.median("ref_wall"), "ratio ≤ 1.0 (CPU), error stated",
                    got.ratio("cpu")[0] <= 1.0,
                    [f"STRtree error against the brute force: max {err.max():,.0f} m, median {np.median(err):,.0f} m "
                     "(nearest in degrees is not nearest on the ellipsoid)",
                     f"points where STRtree names another route, more than 100 m from ours: {other:,} of {len(lon):,}"],
                    pairs=got))
    return rows
