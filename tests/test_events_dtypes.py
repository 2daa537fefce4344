"""The placed events' text columns are compact categoricals (10^7 events must fit in 3 GiB): their
answers are those of a brute-force test of every point against every country and region, and every
consumer (GeoJSON, GDAL exports, masking, the map's event layer, dask) still sees plain strings."""

import json

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely

import geo.events as ge
from geo.countries import countries
from geo.events import assign_events
from geo.export import typed_layer
from geo.writers import geojson_text

TEXT = ("country", "region_ids", "nearest_route_id")


@pytest.fixture(scope="module")
def layers(built):
    return {k: built.layers[k] for k in ("regions", "routes", "places")}


@pytest.fixture(scope="module")
def events():
    rng = np.random.default_rng(18)
    n = 1500
    lon, lat = rng.uniform(-82, -60, n), rng.uniform(-20, 2, n)
    pts = shapely.points(lon, lat)
    pts[3], pts[4] = None, shapely.Point()  # missing and empty: no country, region or route
    pts[0] = shapely.Point(-73.9, -12.3)  # the VRAEM
    pts[1] = shapely.Point(-78.5, -12.5)  # the Pacific off Callao
    return gpd.GeoDataFrame({"id": [f"e{i}" for i in range(n)]}, geometry=pts, crs="EPSG:4326")


@pytest.fixture(scope="module")
def placed(events, layers):
    return assign_events(events, layers)


def as_text(series: pd.Series) -> list:
    return [None if pd.isna(v) else v for v in series.astype(object)]


def test_text_columns_are_categoricals_of_the_texts_that_occur(placed):
    for col in TEXT:
        dtype = placed[col].dtype
        assert isinstance(dtype, pd.CategoricalDtype), col
        categories = dtype.categories.tolist()
        # only the texts that occur, sorted: sorting and grouping go by the text
        assert categories == sorted(set(placed[col].dropna().astype(object))), col
        assert all(isinstance(c, str) for c in categories), col
        assert placed[col].cat.codes.dtype.itemsize <= 2, col  # 1 or 2 bytes an event, not 8
    assert placed["nearest_route_km"].dtype == np.float64
    assert as_text(placed.loc[[3, 4], "country"]) == [None, None]
    assert placed["region_ids"].value_counts().min() > 0  # no category without an event
    # sorting by the column sorts the texts (missing last), as it did with plain strings
    assert as_text(placed["region_ids"].sort_values())[:placed["region_ids"].notna().sum()] == sorted(
        placed["region_ids"].dropna().astype(object))


def test_answers_are_those_of_a_brute_force_test_point_by_point(events, placed, layers):
    """Each point tested against every country and every region with ``shapely.intersects`` (the
    same on-border rule: a point on a boundary is inside), independently of the spatial index."""
    pts = np.asarray(events.geometry.values)
    world = countries()
    hits = np.column_stack([shapely.intersects(g, pts) for g in world.geometry.values])
    codes = world["iso_a3"].to_numpy(dtype=object)
    want_country = [min(codes[row]) if row.any() else None for row in hits]  # first code alphabetically
    regions = layers["regions"]
    inside = np.column_stack([shapely.intersects(g, pts) for g in regions.geometry.values])
    ids = regions["id"].to_numpy(dtype=object)
    want_regions = ["; ".join(ids[row]) if row.any() else None for row in inside]  # layer order
    assert as_text(placed["country"]) == want_country
    assert as_text(placed["region_ids"]) == want_regions
    assert sum(v is not None for v in want_country) > 1000
    assert sum(v is not None and ";" in v for v in want_regions) > 50
    # the nearest route's code names the route the index finds for that point
    index = ge.LineIndex(layers["routes"].geometry.values, spacing_m=ge.EVENT_ROUTE_SPACING_M)
    ok = np.array([p is not None and not p.is_empty for p in pts])
    nearest, _ = index.nearest(shapely.get_x(pts[ok]), shapely.get_y(pts[ok]))
    route_ids = layers["routes"]["id"].to_numpy(dtype=object)
    assert as_text(placed.loc[ok, "nearest_route_id"]) == route_ids[nearest].tolist()
    assert as_text(placed.loc[~ok, "nearest_route_id"]) == [None, None]


def test_chunks_keep_one_set_of_categories(events, layers, placed, monkeypatch):
    monkeypatch.setattr(ge._Placer, "chunk", 97)  # a region set first met in a later chunk gets its own code
    chunked = assign_events(events, layers)
    for col in TEXT:
        assert chunked[col].cat.categories.tolist() == placed[col].cat.categories.tolist(), col
        assert np.array_equal(chunked[col].cat.codes.to_numpy(), placed[col].cat.codes.to_numpy()), col


def test_no_routes_or_regions_give_empty_categoricals(events):
    placed = assign_events(events.iloc[:20], {})
    assert placed["region_ids"].isna().all() and placed["nearest_route_id"].isna().all()
    assert isinstance(placed["region_ids"].dtype, pd.CategoricalDtype)
    assert placed["country"].notna().any()


def test_gdal_round_trips_give_plain_strings(placed, tmp_path):
    sample = placed.iloc[5:205]  # points only: FlatGeobuf's spatial index refuses a missing geometry
    want = {col: as_text(sample[col]) for col in TEXT}
    assert None in want["country"] and None in want["region_ids"]  # at sea, and outside every region
    for driver, name in (("GPKG", "events.gpkg"), ("FlatGeobuf", "events.fgb")):
        pyogrio.write_dataframe(typed_layer(sample), tmp_path / name, layer="events", driver=driver)
        info = pyogrio.read_info(tmp_path / name)
        types = dict(zip(info["fields"], info["dtypes"]))
        assert all(types[col] == "object" for col in TEXT), types  # GDAL String fields
        back = pyogrio.read_dataframe(tmp_path / name)
        back = back.set_index("id").loc[sample["id"]]  # FlatGeobuf orders features spatially
        for col in TEXT:
            assert as_text(back[col]) == want[col], (driver, col)
    # GeoJSON as the build writes it, read back by GDAL and as JSON: strings and null, never "nan"
    (tmp_path / "events.geojson").write_text(geojson_text(sample), encoding="utf-8")
    features = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))["features"]
    for col in TEXT:
        assert [f["properties"][col] for f in features] == want[col], col
    back = pyogrio.read_dataframe(tmp_path / "events.geojson")
    assert as_text(back["country"]) == want["country"]
    # CSV through the export's table (formula-safe cells): the texts, empty where missing
    from geo.export import _csv_table

    pyogrio.write_dataframe(_csv_table(pd.DataFrame(sample[["id", *TEXT]])), tmp_path / "events.csv", driver="CSV",
                            layer="events", layer_options={"CREATE_CSVT": "YES"})
    assert (tmp_path / "events.csvt").read_text().strip() == "String,String,String,String"
    back = pyogrio.read_dataframe(tmp_path / "events.csv")
    for col in TEXT:  # GDAL's CSV has no null text: a missing value is an empty cell
        assert back[col].tolist() == [v or "" for v in want[col]], col


def test_masking_and_the_map_see_the_texts(placed):
    from geo.map.events import events_payload
    from geo.masking import donut_mask, hex_aggregate

    sample = placed.iloc[5:305]  # masking refuses missing and empty points
    donut = donut_mask(sample, min_m=100, max_m=500, key=b"k" * 32, keep=["country", "region_ids"])
    assert sorted(as_text(donut["country"]), key=str) == sorted(as_text(sample["country"]), key=str)
    cells, _ = hex_aggregate(sample, resolution=3, min_count=1, keep=["country"])
    listed = {c for text in cells["country"].dropna() for c in text.split("; ")}
    assert listed == set(sample["country"].dropna().astype(object))
    columns = {c["name"]: c for c in events_payload(sample)["columns"]}
    for col in TEXT:
        shown = columns[col]
        values = (shown["values"] if "values" in shown else [v for v in shown["direct"] if v is not None])
        assert "nan" not in values and set(values) <= set(sample[col].cat.categories), col


def test_dask_meta_matches_its_partitions(events, layers):
    dask_geopandas = pytest.importorskip("dask_geopandas")
    import dask

    lazy = assign_events(dask_geopandas.from_geopandas(events.iloc[5:400], npartitions=3), layers, engine="dask")
    with dask.config.set(scheduler="synchronous"):
        done = lazy.compute()
    for col in TEXT:  # pandas strings on both sides (categories would differ from one partition to the next)
        assert lazy._meta[col].dtype == done[col].dtype == pd.StringDtype(), col
    want = assign_events(events.iloc[5:400], layers)
    for col in TEXT:
        assert as_text(done[col]) == as_text(want[col]), col
