"""Placing events chunk by chunk (lean memory at 10^7 events) gives the same answers as all at once,
names refused events across chunks, and leaves the caller's table as it was."""

import numpy as np
import pandas as pd
import pytest
import shapely
import geopandas as gpd

import geo.events as ge
from geo.events import EventsError, assign_events, load_events


@pytest.fixture(scope="module")
def layers(built):
    return {k: built.layers[k] for k in ("regions", "routes", "places")}


def scattered(n=3000, seed=11):
    rng = np.random.default_rng(seed)
    lon, lat = rng.uniform(-82, -60, n), rng.uniform(-20, 2, n)
    pts = shapely.points(lon, lat)
    if n > 17:
        pts[5], pts[17] = None, shapely.Point()  # missing and empty: in no country, region or route
    pts[0] = shapely.Point(-77.03, -12.05)  # Lima (Natural Earth puts it in Peru)
    pts[1] = shapely.Point(-78.5, -12.5)  # the Pacific off Callao, about 150 km from the coast
    return gpd.GeoDataFrame({"id": [f"e{i}" for i in range(n)]}, geometry=pts, crs="EPSG:4326")


def test_chunks_give_the_answers_of_one_pass(layers, monkeypatch):
    events = scattered()
    whole = assign_events(events, layers)  # chunk (10^6) larger than the table: one pass
    monkeypatch.setattr(ge._Placer, "chunk", 257)  # 12 chunks, the last one short
    chunked = assign_events(events, layers)
    for col in ("id", "country", "region_ids", "nearest_route_id"):
        assert chunked[col].astype(object).fillna("-").tolist() == whole[col].astype(object).fillna("-").tolist(), col
    assert np.array_equal(chunked["nearest_route_km"].to_numpy(), whole["nearest_route_km"].to_numpy(), equal_nan=True)
    assert whole.loc[0, "country"] == "PER" and pd.isna(whole.loc[1, "country"])
    # text columns are categoricals of the texts that occur, the same whatever the chunks
    for col in ("country", "region_ids", "nearest_route_id"):
        assert isinstance(chunked[col].dtype, pd.CategoricalDtype), col
        assert chunked[col].cat.categories.tolist() == whole[col].cat.categories.tolist(), col
    assert whole.loc[[5, 17], ["country", "region_ids", "nearest_route_id"]].isna().all().all()
    assert np.isnan(whole.loc[[5, 17], "nearest_route_km"]).all()
    assert whole["nearest_route_km"].notna().sum() == len(events) - 2
    assert whole["region_ids"].notna().sum() > 0


def test_the_callers_table_is_left_as_it_was(layers):
    events = scattered(50)
    events["country"] = "from the file"
    before = events.copy()
    placed = assign_events(events, layers)
    pd.testing.assert_frame_equal(events, before)
    assert placed["country_in_file"].eq("from the file").all() and "country" in placed
    assert placed.loc[0, "country"] == "PER"


def test_refused_events_are_named_across_chunks(layers, monkeypatch):
    monkeypatch.setattr(ge._Placer, "chunk", 2)
    events = scattered(8)
    events.loc[1, "geometry"] = shapely.Point(200, 10)
    events.loc[6, "geometry"] = shapely.Point(-70, 95)
    with pytest.raises(EventsError, match=r"event 'e1': field 'geometry': \(200\.0, 10\.0\) is not a longitude and "
                                          r"latitude in range; event 'e6': field 'geometry': \(-70\.0, 95\.0\)"):
        assign_events(events, layers)
    events.loc[7, "geometry"] = shapely.LineString([(-70, -10), (-69, -11)])
    with pytest.raises(EventsError, match=r"^event 'e7': field 'geometry': must be a Point, not LineString$"):
        assign_events(events, layers)


def test_numbered_ids_are_the_text_that_python_would_make(tmp_path):
    (tmp_path / "events.csv").write_text("lon,lat\n-70.1,-10.2\n-71,-11\n-72,-12\n", encoding="utf-8")
    events = load_events(tmp_path / "events.csv")
    assert events["id"].tolist() == ["event_1", "event_2", "event_3"]
    assert events["id"].dtype == pd.Series(["x"], dtype=object).astype(str).dtype
    assert shapely.get_x(events.geometry.values).tolist() == [-70.1, -71.0, -72.0]
