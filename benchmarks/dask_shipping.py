"""How a distributed cluster gets the indexes that place events (``engine="dask"`` under
``dask.distributed``): each task carrying the built indexes, the indexes scattered once to every
worker, or each worker building them from the layers on its first partition (what
``geo.assign_events`` does). A fresh ``LocalCluster`` of processes for every run, so that each run
pays its workers' first build; the runs alternate."""

from __future__ import annotations

import tempfile
import time

from .common import ROOT


def _apply(part, placer):
    out = placer(part)
    for col in ("country", "region_ids", "nearest_route_id"):
        out[col] = out[col].astype("string")
    return out


def one(way: str, folder: str, workers: int = 2) -> dict:
    import cloudpickle
    import dask
    import geopandas as gpd
    from distributed import Client, LocalCluster

    from geo.events import _PartitionPlacer, assign_events, load_events

    layers = {k: gpd.read_file(ROOT / "layers" / f"{k}.geojson") for k in ("regions", "routes")}
    with LocalCluster(n_workers=workers, processes=True, threads_per_worker=1, host="127.0.0.1", dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        client.wait_for_workers(workers)
        built = _PartitionPlacer(layers).placer()  # in this process, before the clock, for every way
        start = time.perf_counter()
        events = load_events(folder, engine="dask")
        if way == "rebuilt per worker":
            lazy = assign_events(events, layers, engine="dask")
            size = len(cloudpickle.dumps(_PartitionPlacer(layers)))
        elif way == "carried by each task":
            carried = built
            size = len(cloudpickle.dumps(carried))
            lazy = events.map_partitions(_apply, carried, meta=_PartitionPlacer(layers)(events._meta))
        else:  # scattered
            future = client.scatter(built, broadcast=True)
            size = 0
            lazy = events.map_partitions(_apply, future,
                                         meta=_PartitionPlacer(layers)(events._meta))
        with dask.config.set(scheduler=client):
            n = len(lazy.compute())
        seconds = time.perf_counter() - start
    return {"seconds": seconds, "task_bytes": size, "n": n}


def main(n: int = 400_000, partitions: int = 16, repeats: int = 2) -> None:
    import os

    from .dask_engine import write_dataset

    with tempfile.TemporaryDirectory() as tmp:
        write_dataset(f"{tmp}/events", n, partitions)
        got: dict[str, list] = {}
        for _ in range(repeats):
            for way in ("carried by each task", "scattered", "rebuilt per worker"):
                got.setdefault(way, []).append(one(way, f"{tmp}/events"))
        load = os.getloadavg()
        for way, runs in got.items():
            times = ", ".join(f"{r['seconds']:.1f}" for r in runs)
            print(f"{way}: {times} s; "
                  f"{runs[0]['task_bytes'] / 2**20:.1f} MiB pickled per task; {runs[0]['n']:,} events")
        print(f"load average {load[0]:.1f}")


if __name__ == "__main__":
    main()
