"""Writing GeoJSON: strict JSON, ISO dates, empty layers, RFC 7946 winding, atomic replacement."""

import json

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely

import geo


def test_nan_becomes_null_and_reads_back_missing(tmp_path):
    gdf = gpd.GeoDataFrame({"id": ["port_a"], "name": ["Port A"], "volume": [np.nan]},
                           geometry=[shapely.Point(10, 50)], crs="EPSG:4326")
    path = geo.write_geojson(gdf, tmp_path / "p.geojson")
    text = path.read_text()
    assert "NaN" not in text and "Infinity" not in text
    doc = json.loads(text, parse_constant=lambda c: (_ for _ in ()).throw(ValueError(c)))
    assert doc["features"][0]["properties"]["volume"] is None
    back = pyogrio.read_dataframe(path)
    assert len(back) == 1 and pd.isna(back.loc[0, "volume"])


def test_dates_are_iso_8601(tmp_path):
    gdf = gpd.GeoDataFrame({"id": ["r"], "start_date": [pd.Timestamp("2024-03-01")],
                            "seen_at": [pd.Timestamp("2024-03-01 12:30")]},
                           geometry=[shapely.LineString([(0, 0), (1, 1)])], crs="EPSG:4326")
    props = json.loads(geo.geojson_text(gdf))["features"][0]["properties"]
    assert props["start_date"] == "2024-03-01"
    assert props["seen_at"] == "2024-03-01T12:30:00"


def test_empty_layer(tmp_path):
    gdf = gpd.GeoDataFrame({"id": [], "name": []}, geometry=[], crs="EPSG:4326")
    path = geo.write_geojson(gdf, tmp_path / "empty.geojson")
    assert json.loads(path.read_text()) == {"type": "FeatureCollection", "features": []}
    assert len(pyogrio.read_dataframe(path)) == 0


def test_winding_and_no_crs_member():
    outer = [(0, 0), (0, 1), (1, 1), (1, 0)]  # clockwise
    hole = [(0.2, 0.2), (0.8, 0.2), (0.8, 0.8), (0.2, 0.8)]  # counter-clockwise
    gdf = gpd.GeoDataFrame({"id": ["r"]}, geometry=[shapely.Polygon(outer, [hole])], crs="EPSG:4326")
    doc = json.loads(geo.geojson_text(gdf))
    assert "crs" not in doc
    poly = shapely.geometry.shape(doc["features"][0]["geometry"])
    assert poly.exterior.is_ccw and not poly.interiors[0].is_ccw


def test_other_crs_is_refused():
    gdf = gpd.GeoDataFrame({"id": ["a"]}, geometry=[shapely.Point(500000, 0)], crs="EPSG:32718")
    try:
        geo.geojson_text(gdf)
    except ValueError as exc:
        assert "EPSG:32718" in str(exc)
    else:
        raise AssertionError("a projected layer must not be written as RFC 7946 GeoJSON")


def test_atomic_write_replaces_whole_file_and_leaves_no_temp(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("old")
    geo.atomic_write_text(target, "new")
    assert target.read_text() == "new"
    # no temporary file left, nor the lock file of the rename phase
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]
