"""Event sets larger than memory: the same placement through dask-geopandas, partition by partition."""

import dask_geopandas
import geopandas as gpd
import numpy as np
import pytest
import shapely

from geo.events import EventsError, assign_events, load_events


@pytest.fixture(scope="module")
def scenario_layers(built):
    return {k: built.layers[k] for k in ("regions", "routes")}


def events(n=600, seed=3):
    rng = np.random.default_rng(seed)
    lon, lat = rng.uniform(-82, -60, n), rng.uniform(-20, 2, n)
    return gpd.GeoDataFrame({"id": [f"e{i}" for i in range(n)], "kg": rng.gamma(2, 10, n)},
                            geometry=shapely.points(lon, lat), crs="EPSG:4326")


def test_dask_engine_gives_the_same_answers_as_pandas(tmp_path, scenario_layers):
    ev = events()
    ev.loc[0, "geometry"] = shapely.Point(-73.9, -12.3)  # in the VRAEM, official boundaries or sketch
    dask_geopandas.from_geopandas(ev, npartitions=3).to_parquet(tmp_path / "events")
    assert len(list((tmp_path / "events").glob("*.parquet"))) == 3
    lazy = assign_events(load_events(tmp_path / "events", engine="dask"), scenario_layers, engine="dask")
    assert lazy.npartitions == 3
    lazy.to_parquet(tmp_path / "placed")  # partition by partition, nothing held whole
    got = gpd.read_parquet(tmp_path / "placed").reset_index(drop=True)
    want = assign_events(ev, scenario_layers)
    for col in ("id", "country", "region_ids", "nearest_route_id"):
        assert got[col].fillna("").tolist() == want[col].astype(object).fillna("").tolist(), col
    assert np.allclose(got["nearest_route_km"], want["nearest_route_km"])
    assert (got["country"] == "PER").sum() > 100 and got["region_ids"].str.contains("vraem").sum() > 0


def test_dask_engine_refuses_what_it_cannot_place(tmp_path, scenario_layers):
    ev = events(20).to_crs("EPSG:32718")
    ev.to_parquet(tmp_path / "utm.parquet")
    with pytest.raises(EventsError, match=r"utm.parquet: field 'geometry': CRS must be EPSG:4326"):
        load_events(tmp_path / "utm.parquet", engine="dask")
    with pytest.raises(EventsError, match=r"nothing.parquet: no such file"):
        load_events(tmp_path / "nothing.parquet", engine="dask")
    (tmp_path / "junk.parquet").write_text("not parquet")
    with pytest.raises(EventsError, match=r"junk.parquet: not a Parquet file"):
        load_events(tmp_path / "junk.parquet", engine="dask")
    with pytest.raises(ValueError, match="engine must be"):
        assign_events(events(3), scenario_layers, engine="spark")


def test_dask_engine_reads_each_files_metadata_before_anything(tmp_path):
    import geopandas as gpd

    folder = tmp_path / "mixed"
    folder.mkdir()
    events(10).to_parquet(folder / "part.0.parquet")
    events(10).to_crs("EPSG:3857").to_parquet(folder / "part.1.parquet")
    with pytest.raises(EventsError, match=r"part.1.parquet: field 'geometry': CRS must be EPSG:4326"):
        load_events(folder, engine="dask")
    tracks = gpd.GeoDataFrame({"id": ["t"]}, geometry=[shapely.LineString([(-70, -10), (-69, -11)])], crs="EPSG:4326")
    tracks.to_parquet(tmp_path / "tracks.parquet")
    with pytest.raises(EventsError, match=r"tracks.parquet: field 'geometry': must be Point, not LineString"):
        load_events(tmp_path / "tracks.parquet", engine="dask")
    (tmp_path / "empty").mkdir()
    with pytest.raises(EventsError, match=r"empty: a folder with no .parquet files"):
        load_events(tmp_path / "empty", engine="dask")
