"""Country and region of 10^6 events (10^5 with ``--quick``, any number with ``--assign-events N``,
e.g. 10^7 as in the goal's scale), against geopandas sjoin with the same on-border rule
(``intersects``: a point on a boundary is inside); each run in its own process, the two sides
alternating, and the answers compared point by point."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from .common import ROOT, Pairs, Row, event_coordinates, in_child, peak_rss_mb


#: Alternating pairs of runs (each run a new process; at 10^7 events a pair takes several minutes).
PAIRS = 5

#: Events placed by default: 10^6 keeps the five pairs within a few minutes (about 70 s of CPU a pair
#: on the benchmark machine); ``--quick`` ten times fewer; ``benchmarks/run.py assign --assign-events
#: 10000000`` for the scale of the goal (about an hour).
EVENTS = 1_000_000


def _events(n: int):
    import geopandas as gpd
    import shapely

    lon, lat = event_coordinates(n, seed=1)
    return gpd.GeoDataFrame({"id": range(n)}, geometry=shapely.points(lon, lat), crs="EPSG:4326")


def child(side: str, n: int, answers: str = "") -> dict:
    """Time one side on ``n`` events; report seconds (wall and CPU), peak memory and a checksum of
    the answers; with ``answers``, also write each event's countries and regions there (parquet)."""
    import geopandas as gpd
    import pandas as pd

    from geo.countries import countries
    from geo.events import assign_events

    regions = gpd.read_file(ROOT / "layers" / "regions.geojson")
    world = countries()
    events = _events(n)
    before = peak_rss_mb()
    start, cpu = time.perf_counter(), time.process_time()
    if side == "ours":
        out = assign_events(events, {"regions": regions})
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        in_country = int(out["country"].notna().sum())
        # the text columns are categoricals: as plain strings first (fillna("") is not a category)
        pairs = int(out["region_ids"].astype(object).fillna("").str.count("; ").add(out["region_ids"].notna()).sum())
        table = pd.DataFrame({"country": out["country"].astype(object).values,
                              "regions": out["region_ids"].astype(object).values})
    else:
        by_country = gpd.sjoin(events, world[["iso_a3", "geometry"]], predicate="intersects", how="left")
        # the events have an ``id`` column too: the regions' is renamed so that sjoin keeps both apart
        by_region = gpd.sjoin(events, regions[["id", "geometry"]].rename(columns={"id": "region_id"}),
                              predicate="intersects", how="inner")
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        in_country = int(by_country.index.unique().size - by_country.loc[by_country["iso_a3"].isna()].index.unique().size)
        pairs = len(by_region)
        countries_of = by_country["iso_a3"].dropna().groupby(level=0).agg(lambda v: "; ".join(sorted(v)))
        regions_of = by_region["region_id"].groupby(level=0).agg(lambda v: "; ".join(sorted(v)))
        table = pd.DataFrame({"country": countries_of.reindex(range(n)).astype(object).values,
                              "regions": regions_of.reindex(range(n)).astype(object).values})
    if answers:
        table.to_parquet(answers)
    return {"seconds": seconds, "cpu": cpu, "peak_mb": peak_rss_mb(), "added_mb": max(0.0, peak_rss_mb() - before),
            "in_country": in_country, "region_pairs": pairs, "n": n, "regions": len(regions), "countries": len(world)}


def _differences(ours: str, ref: str) -> tuple[int, int, int]:
    """Events whose country differs (ours names one country; a point on a border is in both for
    sjoin, and agrees when ours is one of them), events whose set of regions differs, and events on
    a border of two countries."""
    import pandas as pd

    a, b = pd.read_parquet(ours), pd.read_parquet(ref)
    both = b["country"].fillna("").str.split("; ")
    # no country is None or NaN, as parquet gives it back: in no country for sjoin either
    country_ok = [ys == [""] if pd.isna(x) else x in ys for x, ys in zip(a["country"], both)]
    norm = lambda v: "; ".join(sorted(v.split("; "))) if isinstance(v, str) else ""  # noqa: E731
    region_diff = int((a["regions"].map(norm) != b["regions"].map(norm)).sum())
    on_border = int(b["country"].fillna("").str.contains("; ").sum())
    return len(country_ok) - sum(country_ok), region_diff, on_border


def run(quick: bool = False, n: int | None = None) -> list[Row]:
    n = n or (EVENTS // 10 if quick else EVENTS)
    repeats = PAIRS  # pairs, alternating: ours, sjoin, ours, sjoin, ...
    got = Pairs()
    with tempfile.TemporaryDirectory() as tmp:
        files = {side: str(Path(tmp) / f"{side}.parquet") for side in ("ours", "sjoin")}
        for i in range(repeats):
            last = i == repeats - 1
            ours = in_child("assign", "child", "ours", n, files["ours"] if last else "")
            ref = in_child("assign", "child", "sjoin", n, files["sjoin"] if last else "")
            got.ours_wall.append(ours["seconds"]), got.ours_cpu.append(ours["cpu"])
            got.ref_wall.append(ref["seconds"]), got.ref_cpu.append(ref["cpu"])
        country_diff, region_diff, on_border = _differences(files["ours"], files["sjoin"])
    ratio = got.ratio("cpu")[0]
    same = ours["in_country"] == ref["in_country"] and ours["region_pairs"] == ref["region_pairs"]
    return [Row("country and regions of events (`geo.assign_events`, no routes)",
                f"{n:,} points, {ours['countries']} countries, {ours['regions']} regions", got.median("ours_wall"),
                "`geopandas.sjoin` (predicate intersects, the same on-border rule) with the countries, then with "
                "the regions", got.median("ref_wall"), "ratio ≤ 1.0 (CPU)", ratio <= 1.0,
                [f"peak memory {ours['peak_mb']:,.0f} MiB (sjoin {ref['peak_mb']:,.0f} MiB), of which the "
                 f"assignment added {ours['added_mb']:,.0f} MiB (sjoin {ref['added_mb']:,.0f} MiB)",
                 f"same totals: {same} ({ours['in_country']:,} on land, {ours['region_pairs']:,} event-region pairs)",
                 f"point by point: {country_diff:,} events with another country, {region_diff:,} with other regions "
                 f"(of {n:,}; {on_border:,} on a border of two countries, in both for sjoin)",
                 "ours (s) and reference (s): medians of the runs"], pairs=got)]
