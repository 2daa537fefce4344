"""Point events brought by users: read, checked, placed in countries and regions, measured, mapped."""

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import geo
from geo import events as events_module
from geo.events import EventsError, EventsNote, assign_events, load_events
from geo.overlay import distance_to_geometry_m

REPO = Path(__file__).resolve().parents[1]

# Illustrative events written by the tests (not reported seizures): Callao port, a point in the VRAEM,
# one by Caballococha, one at sea off Peru.
CSV = """id,kind,date,Latitude,Longitude,note
e1,seizure,2017-03-02,-12.05,-77.15,at Callao port
e2,destroyed_airstrip,2016-11-20,-12.3,-73.9,in the VRAEM
e3,seizure,2017-05-01,-3.9,-70.5,by Caballococha
e4,seizure,,-14.0,-80.0,at sea
"""


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return path


def test_csv_events_are_read_with_their_columns(tmp_path):
    ev = load_events(write(tmp_path, "ev.csv", CSV))
    assert list(ev["id"]) == ["e1", "e2", "e3", "e4"]
    assert ev.crs.to_epsg() == 4326 and ev.geometry.geom_type.eq("Point").all()
    assert ev.geometry.iloc[0].x == -77.15 and ev.geometry.iloc[0].y == -12.05
    assert not isinstance(ev.loc[3, "date"], str) and ev.loc[0, "note"] == "at Callao port"


def test_columns_keep_their_types_and_the_files_own_country(built, tmp_path):
    text = "id,lat,lon,amount_kg,verified,country\na,-12.05,-77.15,120.5,TRUE,Peru\nb,-3.9,-70.5,,false,\n"
    with pytest.warns(EventsNote, match="columns read as numbers: 'amount_kg'"):
        ev = load_events(write(tmp_path, "t.csv", text))
    assert ev["amount_kg"].dtype.kind == "f" and ev.loc[0, "amount_kg"] == 120.5
    assert list(ev["verified"]) == [True, False]
    placed = assign_events(ev, built.layers)
    assert placed.loc[0, "country_in_file"] == "Peru" and placed.loc[0, "country"] == "PER"


def test_geojson_events_and_generated_ids(tmp_path):
    doc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-70.5, -3.9]}, "properties": {"kind": "seizure"}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-77.15, -12.05]}, "properties": None}]}
    ev = load_events(write(tmp_path, "ev.geojson", json.dumps(doc)))
    assert list(ev["id"]) == ["event_1", "event_2"] and ev.loc[0, "kind"] == "seizure"


BAD = {
    "no coordinate columns": ("a.csv", "id,place\n1,Lima\n", ["needs a longitude column"]),
    "not a number": ("b.csv", "id,lat,lon\n1,-12,-77\n2,abc,-77\n", ["line 3", "field 'lat'", "'abc'"]),
    "swapped": ("c.csv", "id,lat,lon\n1,-77.15,-12.05\n2,-120,-12\n", ["line 3", "swapped?", "'-120'"]),
    "longitude out of range": ("d.csv", "id,lat,lon\n1,-12,-277\n", ["line 2", "field 'lon'", "'-277'"]),
    "extra field": ("l.csv", "id,lat,lon\n1,-12,-77,extra\n", ["line 2", "4 fields where the header has 3"]),
    "repeated column": ("m.csv", "id,lat,lat\n1,-12,-77\n", ["line 1", "repeats the column 'lat'"]),
    "header only": ("e.csv", "id,lat,lon\n", ["no events"]),
    "empty file": ("f.csv", "", ["not a readable CSV"]),
    "not UTF-8": ("g.geojson", '{"type": "FeatureCollection", "features": [{"name": "Peñas"}]}'.encode("latin-1"),
                  ["line 1", "not UTF-8", "0xf1"]),
    "not a collection": ("h.geojson", '{"type": "Feature"}', ["FeatureCollection"]),
    "not a point": ("i.geojson", '{"type": "FeatureCollection", "features": [{"type": "Feature", "id": "x", '
                    '"geometry": {"type": "LineString", "coordinates": [[0, 0], [1, 1]]}, "properties": {}}]}',
                    ["feature 0 (id 'x')", "field 'geometry'", "Point", "'LineString'"]),
    "NaN in JSON": ("j.geojson", '{"type": "FeatureCollection", "features": [{"type": "Feature", '
                    '"geometry": {"type": "Point", "coordinates": [NaN, 1]}, "properties": {}}]}', ["not valid JSON", "NaN"]),
    "unknown type": ("k.xlsx", "x", ["unknown event file type", ".xlsx"]),
    "mixed types": ("n.geojson", '{"type": "FeatureCollection", "features": ['
                    '{"type": "Feature", "geometry": {"type": "Point", "coordinates": [-77, -12]}, "properties": {"kg": 5}},'
                    '{"type": "Feature", "geometry": {"type": "Point", "coordinates": [-76, -12]}, "properties": {"kg": "five"}}]}',
                    ["feature 1", "field 'kg'", "is a string here but a number in feature 0", "'five'"]),
}


@pytest.mark.parametrize("case", BAD)
def test_bad_events_name_file_row_field_and_value(tmp_path, case):
    name, text, expected = BAD[case]
    path = write(tmp_path, name, text)
    with pytest.raises(EventsError) as info:
        load_events(path)
    message = str(info.value)
    assert message.startswith(str(path))
    for part in expected:
        assert part in message, (part, message)


def test_size_limit_is_stated(tmp_path, monkeypatch):
    monkeypatch.setattr(events_module, "EVENTS_MAX_BYTES", 10)
    with pytest.raises(EventsError, match=r"more than the 10 bytes an event file may have"):
        load_events(write(tmp_path, "big.csv", CSV))


def test_events_are_placed_and_measured(built, tmp_path):
    placed = assign_events(load_events(write(tmp_path, "ev.csv", CSV)), built.layers).set_index("id")
    assert [c if isinstance(c, str) else None for c in placed["country"]] == ["PER", "PER", "PER", None]
    assert placed.loc["e2", "region_ids"].split("; ")[:2] == ["peru", "vraem"]
    assert "triple_frontier" in placed.loc["e3", "region_ids"]
    assert not isinstance(placed.loc["e4", "region_ids"], str)  # at sea: in no region
    assert placed.loc["e3", "nearest_route_id"] == "amazon_river"
    # against every route sampled every 20 m along its geodesics: the distance to 0.1 km, and the
    # route given is the nearest or one as near (the helicopters end where the sea lane starts)
    routes = built.layers["routes"]
    lon, lat = placed.geometry.x.to_numpy(), placed.geometry.y.to_numpy()
    fine = np.vstack([distance_to_geometry_m(lon, lat, g, spacing_m=20) for g in routes.geometry]) / 1000
    assert np.allclose(placed["nearest_route_km"], fine.min(axis=0), atol=0.06)
    assert all(fine[list(routes["id"]).index(r), i] <= fine[:, i].min() + 0.02
               for i, r in enumerate(placed["nearest_route_id"]))


def test_build_with_events_maps_them(tmp_path, chromium):
    from geo.snapshot import open_map

    hostile = "<img src=x onerror=alert(1)> {{ 7*7 }}"
    path = write(tmp_path, "ev.csv", CSV.replace("at Callao port", hostile))
    result = geo.build(layers_dir=tmp_path / "l", out_dir=tmp_path / "o", official=None, offline=True, events=path)
    doc = json.loads(result.events_path.read_text(encoding="utf-8"))
    assert len(doc["features"]) == 4 and doc["features"][0]["properties"]["note"] == hostile
    with open_map(result.map_path, serve_assets=False) as view:
        page = view.page
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        leaves = page.evaluate("() => window.geoMap.layers.events.getLayers()[0].getLayers().length")
        assert leaves == 4  # the marker cluster holds every event
        page.evaluate("""() => { const c = window.geoMap.layers.events.getLayers()[0];
            const text = l => { const x = l.getPopup().getContent(); return typeof x === 'string' ? x : x.textContent; };
            window.found = c.getLayers().find(l => text(l).includes('onerror'));
            window.geoMap.map.setView(window.found.getLatLng(), 18, {animate: false}); }""")
        page.wait_for_timeout(500)  # at the largest zoom the cluster shows every marker
        page.evaluate("() => window.found.openPopup()")
        popup = page.locator(".leaflet-popup-content").last
        popup.wait_for(timeout=5000)
        assert hostile in popup.inner_text() and "Nearest route\t0\xa0km" in popup.inner_text()  # nearest_route_km, labelled
        assert dialogs == [] and view.page_errors == [] and view.console_errors == [] and view.blocked_urls == []


def test_many_events_and_tracks_become_one_canvas_layer(built, tmp_path, chromium):
    import geopandas as gpd
    import pandas as pd
    import shapely

    from geo.snapshot import open_map

    rng = np.random.default_rng(1)
    n = geo.render.EVENTS_MAX_MARKERS + 1
    hostile = "<img src=x onerror=alert(1)> {{ 7*7 }}"
    pts = gpd.GeoDataFrame({"id": [f"p{i}" for i in range(n)], "note": ["plain"] * (n - 1) + [hostile]},
                           geometry=shapely.points(rng.uniform(-80, -70, n), rng.uniform(-15, -5, n)), crs="EPSG:4326")
    pts.loc[n - 1, "geometry"] = shapely.Point(-75.0, -10.0)
    track = gpd.GeoDataFrame({"id": ["track"], "note": ["a flight"]},
                             geometry=[shapely.LineString([(-69, -12), (-66, -14)])], crs="EPSG:4326")
    html = geo.make_map(built.layers, events=pd.concat([pts, track], ignore_index=True), tiles=False).get_root().render()
    assert "geoMapLib.clusterEvents(" not in html and "geoMapLib.canvasEvents(" in html and "{{ 7*7 }}" not in html  # escaped for Jinja and the script
    path = tmp_path / "many.html"
    path.write_text(html, encoding="utf-8")
    dialogs = []
    with open_map(path) as view:
        page = view.page
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.wait_for_function("() => window.geoEventsShown !== undefined", timeout=20_000)
        assert page.evaluate("() => window.geoEventsShown") == {"points": n, "lines": 1,
                                                                "ms": page.evaluate("() => window.geoEventsShown.ms")}
        page.evaluate("() => window.geoMap.map.setView([-10, -75], 9, {animate: false})")
        page.wait_for_timeout(500)
        box = page.locator(".leaflet-container").bounding_box()
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        popup = page.locator(".leaflet-popup-content").last
        popup.wait_for(timeout=5_000)
        page.wait_for_timeout(300)  # the event's popup replaces the region's, opened by the same click
        assert hostile in popup.inner_text() and "p" + str(n - 1) in popup.inner_text()
        page.evaluate("() => { window.geoMap.map.closePopup(); window.geoMap.map.setView([-13, -67.5], 9, {animate: false}); }")
        page.wait_for_timeout(500)
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        popup.wait_for(timeout=5_000)
        page.wait_for_timeout(300)
        assert "a flight" in popup.inner_text()
        assert dialogs == [] and view.page_errors == [] and view.console_errors == []


def test_cli_bad_event_file_is_exit_2_and_changes_nothing(tmp_path):
    out = tmp_path / "o"
    out.mkdir()
    (out / "measurements.csv").write_text("earlier", encoding="utf-8")
    bad = write(tmp_path, "bad.csv", "id,lat,lon\n1,95,-77\n")
    proc = subprocess.run([sys.executable, "-m", "geo", "build", "--events", str(bad), "--layers-dir", str(tmp_path / "l"),
                           "--out", str(out)], capture_output=True, text=True, cwd=REPO)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert f"{bad}: line 2: field 'lat'" in proc.stderr
    assert (out / "measurements.csv").read_text(encoding="utf-8") == "earlier" and not (tmp_path / "l").exists()


def test_events_that_are_not_points_are_named_and_missing_ones_placed_nowhere(built):
    import geopandas as gpd
    import shapely

    ev = gpd.GeoDataFrame({"id": ["ok", "gone", "empty"]},
                          geometry=[shapely.Point(-73.9, -12.3), None, shapely.Point()], crs="EPSG:4326")
    placed = assign_events(ev, built.layers).set_index("id")
    assert placed.loc["ok", "country"] == "PER" and placed.loc["ok", "nearest_route_km"] < 100
    for missing in ("gone", "empty"):
        assert pd.isna(placed.loc[missing, "country"]) and pd.isna(placed.loc[missing, "region_ids"])
        assert pd.isna(placed.loc[missing, "nearest_route_id"]) and np.isnan(placed.loc[missing, "nearest_route_km"])
    track = gpd.GeoDataFrame({"id": ["t1"]}, geometry=[shapely.LineString([(-70, -10), (-69, -11)])], crs="EPSG:4326")
    with pytest.raises(EventsError, match=r"event 't1': field 'geometry': must be a Point, not LineString"):
        assign_events(track, built.layers)


def test_events_payload_round_trips_coordinates_and_values():
    import base64

    import geopandas as gpd
    import shapely

    from geo.render import events_payload

    ev = gpd.GeoDataFrame(
        {"id": ["a", "b", "c"], "kind": ["seizure", "seizure", None], "kg": [1.5, None, 2000.0]},
        geometry=[shapely.Point(-74.123456, -12.654321), shapely.LineString([(-70, -10), (-69.5, -10.25), (-69, -11)]),
                  shapely.MultiLineString([[(179.9, -16), (180, -16.1)], [(-180, -16.1), (-179.9, -16.2)]])],
        crs="EPSG:4326")
    p = events_payload(ev)

    def ints(text):
        return np.frombuffer(base64.b64decode(text), dtype="<i4")

    assert p["scale"] == 100_000
    assert ints(p["points"]).tolist() == [-1265432, -7412346] and ints(p["point_rows"]).tolist() == [0]
    lines = ints(p["lines"]).reshape(-1, 2).cumsum(axis=0) / p["scale"]  # deltas back to degrees
    assert np.allclose(lines, [[-10, -70], [-10.25, -69.5], [-11, -69], [-16, 179.9], [-16.1, 180],
                               [-16.1, -180], [-16.2, -179.9]])
    assert ints(p["line_starts"]).tolist() == [0, 3, 5] and ints(p["line_rows"]).tolist() == [1, 2, 2]
    cols = {c["name"]: c for c in p["columns"]}
    assert cols["id"]["direct"] == ["a", "b", "c"]  # all distinct: stored as they are
    assert cols["kind"]["values"] == ["seizure"] and ints(cols["kind"]["codes"]).tolist() == [0, 0, -1]
