"""Events from partitioned GeoParquet through dask-geopandas (`engine="dask"`) under an address-space
limit (``RLIMIT_AS``) smaller than the events take in memory, against the same events read whole
into memory under the same limit; each side in its own process, with its peak memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import ROOT, Row, event_coordinates, peak_rss_mb

#: Address-space limit of both sides, in MiB (``resource.RLIMIT_AS``, set by the process on itself
#: before it imports anything).
LIMIT_MB = 1024
#: Virtual memory that the C libraries reserve without using it would otherwise count against the
#: limit: glibc makes a 64 MiB malloc arena per thread, Arrow's jemalloc reserves large regions,
#: OpenBLAS a buffer per thread. Both sides run with these, so the comparison is fair.
LEAN_ENV = {"MALLOC_ARENA_MAX": "2", "ARROW_DEFAULT_MEMORY_POOL": "system", "OPENBLAS_NUM_THREADS": "1",
            "OMP_NUM_THREADS": "1"}


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


def _status_mb(field: str) -> float:
    """A ``Vm*`` figure of this process from /proc (``VmPeak``: peak virtual memory), in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def child(side: str, folder: str, out: str, limit_mb: int = 0) -> dict:
    """Place the events of ``folder`` (``side``: "dask" lazily, partition by partition, with dask's
    synchronous scheduler; "whole": read whole with ``geopandas.read_parquet``), write them to
    ``out``; ``side`` "read": only read them whole and report what that adds to resident memory."""
    import resource

    if limit_mb:
        resource.setrlimit(resource.RLIMIT_AS, (limit_mb * 2**20, limit_mb * 2**20))
    import geopandas as gpd

    from geo.events import assign_events, load_events

    layers = {k: gpd.read_file(ROOT / "layers" / f"{k}.geojson") for k in ("regions", "routes")}
    start, cpu = time.perf_counter(), time.process_time()
    status, added = "finished", None
    try:
        if side == "dask":
            import dask

            with dask.config.set(scheduler="synchronous"):
                assign_events(load_events(folder, engine="dask"), layers, engine="dask").to_parquet(out)
        elif side == "read":
            before = _rss_mb()
            events = gpd.read_parquet(folder)
            added = _rss_mb() - before
            frame_mb = float(events.drop(columns="geometry").memory_usage(deep=True).sum() / 2**20)
        else:
            assign_events(gpd.read_parquet(folder), layers).to_parquet(out)
    except MemoryError as exc:
        status = f"MemoryError ({str(exc)[:80] or 'no message'})"
    got = {"status": status, "seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu,
           "peak_mb": peak_rss_mb(), "vm_peak_mb": _status_mb("VmPeak")}
    if added is not None:
        got.update(added_mb=added, columns_mb=frame_mb)
    return got


def _rss_mb() -> float:
    return _status_mb("VmRSS")


def _run_child(*args) -> dict:
    """``child(*args)`` in a new process with :data:`LEAN_ENV`; a process killed or aborted by the
    limit (GEOS or Arrow may abort on a failed allocation) is reported with its exit status."""
    code = f"import json, benchmarks.dask_engine as m; print(json.dumps(m.child(*{json.dumps(list(args))})))"
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, **LEAN_ENV, "PYTHONPATH": str(ROOT)})
    if done.returncode == 0:
        return json.loads(done.stdout.strip().splitlines()[-1])
    last = next((ln for ln in reversed(done.stderr.strip().splitlines()) if ln.strip()), "")
    last = "".join(c if c.isprintable() and c.isascii() else "?" for c in last)  # a message may hold raw bytes
    return {"status": f"failed, exit status {done.returncode}: {last[:160]}", "seconds": time.perf_counter() - start,
            "peak_mb": float("nan"), "vm_peak_mb": float("nan")}


def run(quick: bool = False) -> list[Row]:
    n, partitions = (1_000_000, 8) if quick else (5_000_000, 40)
    with tempfile.TemporaryDirectory() as tmp:
        write_dataset(f"{tmp}/events", n, partitions)
        size_mb = sum(f.stat().st_size for f in Path(f"{tmp}/events").glob("*.parquet")) / 2**20
        read = _run_child("read", f"{tmp}/events", "", 0)
        dask = _run_child("dask", f"{tmp}/events", f"{tmp}/out_dask", LIMIT_MB)
        whole = _run_child("whole", f"{tmp}/events", f"{tmp}/out_whole.parquet", LIMIT_MB)
        placed = len(__import__("pyarrow.parquet").parquet.ParquetDataset(f"{tmp}/out_dask").read(columns=["id"])) \
            if dask["status"] == "finished" else 0
    load = os.getloadavg()[0]
    # the case shows the goal only when the events take more memory than the limit (at the full size)
    fits = read["added_mb"] <= LIMIT_MB
    met = None if fits else dask["status"] == "finished" and whole["status"] != "finished"
    return [Row("events from partitioned GeoParquet (`engine=\"dask\"`) under a memory limit",
                f"{n:,} points in {partitions} files ({size_mb:,.0f} MiB on disk, {read['added_mb']:,.0f} MiB in memory)",
                dask["seconds"],
                f"the same files read whole (`geopandas.read_parquet`) and placed in memory, under the same limit",
                whole["seconds"] if whole["status"] == "finished" else None,
                f"finishes under RLIMIT_AS = {LIMIT_MB:,} MiB, less than the events take in memory", met,
                ([f"not judged: at this size the events ({read['added_mb']:,.0f} MiB) fit under the limit, so "
                  "the case cannot show the goal; the full size can"] if fits else [])
                + [f"address-space limit (RLIMIT_AS) {LIMIT_MB:,} MiB on each process, set before its imports, with "
                 + ", ".join(f"{k}={v}" for k, v in LEAN_ENV.items()),
                 f"the events read whole add {read['added_mb']:,.0f} MiB of resident memory (no limit; of which "
                 f"{read['columns_mb']:,.0f} MiB the id and kg columns, the rest the shapely points)",
                 f"dask (synchronous scheduler): {dask['status']}, {placed:,} events placed and written, peak resident "
                 f"{dask['peak_mb']:,.0f} MiB, peak virtual {dask['vm_peak_mb']:,.0f} MiB, CPU {dask.get('cpu', 0):.0f} s",
                 f"read whole: {whole['status']} after {whole['seconds']:.0f} s",
                 f"load average {load:.1f} at the end"])]
