"""Events from partitioned GeoParquet through dask-geopandas (`engine="dask"`), against the same
events loaded whole into memory; each side in its own process, with its peak memory."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from .common import ROOT, Row, event_coordinates, in_child, peak_rss_mb


def write_dataset(folder: str, n: int, partitions: int) -> None:
    """``n`` synthetic events (:func:`event_coordinates`) as ``partitions`` GeoParquet files."""
    import geopandas as gpd
    import numpy as np
    import shapely

    per = -(-n // partitions)
    Path(folder).mkdir(parents=True, exist_ok=True)
    for p in range(partitions):
        lon, lat = event_coordinates(min(per, n - p * per), seed=100 + p)
        ids = np.arange(p * per, p * per + len(lon))
        gpd.GeoDataFrame({"id": [f"e{i}" for i in ids], "kg": np.round(np.random.default_rng(p).gamma(2, 50, len(lon)), 1)},
                         geometry=shapely.points(lon, lat), crs="EPSG:4326").to_parquet(Path(folder) / f"part.{p}.parquet")


def child(side: str, folder: str, out: str) -> dict:
    import geopandas as gpd

    from geo.events import assign_events, load_events

    layers = {k: gpd.read_file(ROOT / "layers" / f"{k}.geojson") for k in ("regions", "routes")}
    start = time.perf_counter()
    if side == "dask":
        assign_events(load_events(folder, engine="dask"), layers, engine="dask").to_parquet(out)
    else:
        assign_events(gpd.read_parquet(folder), layers).to_parquet(out)
    return {"seconds": time.perf_counter() - start, "peak_mb": peak_rss_mb()}


def run(quick: bool = False) -> list[Row]:
    n, partitions = (1_000_000, 4) if quick else (10_000_000, 20)
    with tempfile.TemporaryDirectory() as tmp:
        write_dataset(f"{tmp}/events", n, partitions)
        size_mb = sum(f.stat().st_size for f in Path(f"{tmp}/events").glob("*.parquet")) / 2**20
        dask = in_child("dask_engine", "child", "dask", f"{tmp}/events", f"{tmp}/out_dask")
        whole = in_child("dask_engine", "child", "pandas", f"{tmp}/events", f"{tmp}/out_whole.parquet")
    return [Row("events from partitioned GeoParquet (`engine=\"dask\"`)",
                f"{n:,} points in {partitions} files ({size_mb:,.0f} MiB)", dask["seconds"],
                f"the same {partitions} files read whole (`geopandas.read_parquet`) and placed in memory", whole["seconds"],
                "peak memory < half of the whole read", dask["peak_mb"] < whole["peak_mb"] / 2,
                [f"peak memory {dask['peak_mb']:,.0f} MiB with dask (threads, default scheduler) against "
                 f"{whole['peak_mb']:,.0f} MiB whole: ratio {dask['peak_mb'] / whole['peak_mb']:.2f}; time ratio "
                 f"{dask['seconds'] / whole['seconds']:.2f} (a process "
                 "starts at about 700 MiB with the libraries and indexes, so small runs cannot show it)", "country, regions and nearest route of every event, written back as GeoParquet"])]
