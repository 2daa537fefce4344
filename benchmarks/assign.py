"""Country and region of 10^7 events, against geopandas sjoin; each side in its own process."""

from __future__ import annotations

import time

from .common import ROOT, Row, event_coordinates, in_child, peak_rss_mb


def _events(n: int):
    import geopandas as gpd
    import shapely

    lon, lat = event_coordinates(n, seed=1)
    return gpd.GeoDataFrame({"id": range(n)}, geometry=shapely.points(lon, lat), crs="EPSG:4326")


def child(side: str, n: int) -> dict:
    """Time one side on ``n`` events; report seconds, peak memory and a checksum of the answers."""
    import geopandas as gpd

    from geo.countries import countries
    from geo.events import assign_events

    regions = gpd.read_file(ROOT / "layers" / "regions.geojson")
    world = countries()
    events = _events(n)
    before = peak_rss_mb()
    start = time.perf_counter()
    if side == "ours":
        out = assign_events(events, {"regions": regions})
        seconds = time.perf_counter() - start
        in_country = int(out["country"].notna().sum())
        pairs = int(out["region_ids"].fillna("").str.count("; ").add(out["region_ids"].notna()).sum())
    else:
        by_country = gpd.sjoin(events, world[["iso_a3", "geometry"]], predicate="within", how="left")
        by_region = gpd.sjoin(events, regions[["id", "geometry"]], predicate="within", how="inner")
        seconds = time.perf_counter() - start
        in_country = int(by_country["iso_a3"].notna().sum())
        pairs = len(by_region)
    return {"seconds": seconds, "peak_mb": peak_rss_mb(), "added_mb": max(0.0, peak_rss_mb() - before),
            "in_country": in_country, "region_pairs": pairs, "n": n, "regions": len(regions), "countries": len(world)}


def run(quick: bool = False) -> list[Row]:
    n = 1_000_000 if quick else 10_000_000
    ours = in_child("assign", "child", "ours", n)
    ref = in_child("assign", "child", "sjoin", n)
    ratio = ours["seconds"] / ref["seconds"]
    same = ours["in_country"] == ref["in_country"] and ours["region_pairs"] == ref["region_pairs"]
    return [Row("country and regions of events (`geo.assign_events`, no routes)",
                f"{n:,} points, {ours['countries']} countries, {ours['regions']} regions", ours["seconds"],
                "`geopandas.sjoin` (predicate within) with the countries, then with the regions", ref["seconds"],
                "ratio ≤ 1.0", ratio <= 1.0,
                [f"peak memory {ours['peak_mb']:,.0f} MiB (sjoin {ref['peak_mb']:,.0f} MiB), of which the "
                 f"assignment added {ours['added_mb']:,.0f} MiB (sjoin {ref['added_mb']:,.0f} MiB)",
                 f"same answers: {same} ({ours['in_country']:,} on land, {ours['region_pairs']:,} event-region pairs)"])]
