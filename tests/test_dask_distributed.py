"""engine="dask" under dask.distributed: a LocalCluster of worker processes, so that everything a
task carries crosses a process boundary (pickled), and the answers match the pandas engine."""

import numpy as np
import pandas as pd
import pytest

pytest.importorskip("dask_geopandas", reason="dask-geopandas is not installed: distributed tests skipped")
distributed = pytest.importorskip("distributed", reason="distributed is not installed: distributed tests skipped")

import dask  # noqa: E402
import dask_geopandas  # noqa: E402
import geopandas as gpd  # noqa: E402
import shapely  # noqa: E402

from geo.events import assign_events, load_events  # noqa: E402


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1", dashboard_address=":0",
                                  worker_dashboard_address=":0") as local:
        yield local


def events(n=400, seed=5):
    rng = np.random.default_rng(seed)
    lon, lat = rng.uniform(-82, -60, n), rng.uniform(-20, 2, n)
    frame = gpd.GeoDataFrame({"id": [f"e{i}" for i in range(n)], "kg": rng.gamma(2, 10, n)},
                             geometry=shapely.points(lon, lat), crs="EPSG:4326")
    # in the VRAEM (official boundaries or sketch), on the Peru-Brazil border river, at sea off Callao
    frame.loc[0, "geometry"] = shapely.Point(-73.9, -12.3)
    frame.loc[1, "geometry"] = shapely.Point(-73.0, -9.0)
    frame.loc[2, "geometry"] = shapely.Point(-78.5, -12.5)
    return frame


def same_answers(got: gpd.GeoDataFrame, want: gpd.GeoDataFrame) -> None:
    got = got.sort_values("id", key=lambda s: s.str[1:].astype(int)).reset_index(drop=True)
    assert got["id"].tolist() == want["id"].tolist()
    for col in ("country", "region_ids", "nearest_route_id"):
        assert got[col].astype(object).fillna("").tolist() == want[col].astype(object).fillna("").tolist(), col
    assert np.array_equal(got["nearest_route_km"].to_numpy(float), want["nearest_route_km"].to_numpy(float))


def test_workers_in_other_processes_place_events_as_pandas_does(tmp_path, built, cluster):
    layers = {k: built.layers[k] for k in ("regions", "routes")}
    ev = events()
    dask_geopandas.from_geopandas(ev, npartitions=4).to_parquet(tmp_path / "events")
    want = assign_events(ev, layers)
    assert pd.notna(want.loc[0, "region_ids"]) and "vraem" in want.loc[0, "region_ids"]
    assert pd.isna(want.loc[2, "country"])  # at sea

    # the user's own client, made current as dask documents it
    with distributed.Client(cluster) as client:
        lazy = assign_events(load_events(tmp_path / "events", engine="dask"), layers, engine="dask")
        lazy.to_parquet(tmp_path / "placed")
        placed_on = client.run(lambda: sorted(__import__("geo.events").events._PLACERS))
    same_answers(gpd.read_parquet(tmp_path / "placed"), want)
    # the workers placed the partitions: each that did built the indexes once, from the layers the tasks carried
    assert len(placed_on) == 2 and sum(len(keys) for keys in placed_on.values()) >= 1
    assert all(len(keys) <= 1 for keys in placed_on.values())


def test_a_scheduler_address_given_by_the_user(tmp_path, built, cluster):
    layers = {k: built.layers[k] for k in ("regions", "routes")}
    ev = events(200, seed=8)
    want = assign_events(ev, layers)
    with dask.config.set(scheduler="threads"):  # what the keyword sets is undone on leaving
        lazy = assign_events(dask_geopandas.from_geopandas(ev, npartitions=3), layers, engine="dask",
                             scheduler=cluster.scheduler_address)
        assert isinstance(dask.config.get("scheduler"), distributed.Client)
        same_answers(lazy.compute(), want)
        dask.config.get("scheduler").close()
    with pytest.raises(ValueError, match="scheduler is for engine='dask'"):
        assign_events(ev, layers, scheduler=cluster.scheduler_address)
