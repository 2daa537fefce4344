"""The shareable bundle (geo.bundle) and the masking of events (geo.masking).

Each bundle is built once per module; the PNG is included only when Chromium is present.
"""

import hashlib
import io
import json
import os
import re
import sqlite3
import zipfile

import numpy as np
import pandas as pd
import pytest
import shapely
from pyproj import Geod

import geo
from geo.bundle import BundleError, LeakError, _epoch, leak_scan, verify_bundle
from geo.cli import main
from geo.masking import MaskError, admin_aggregate, donut_mask, parse_mask

# Reading the events CSV notes which columns were read as numbers (geo.events.EventsNote); these tests
# are about the bundle, the notes have their own tests.
pytestmark = pytest.mark.filterwarnings("ignore::geo.events.EventsNote")

GEOD = Geod(ellps="WGS84")
KEY = b"a test key of more than sixteen bytes"
MIN_M, MAX_M = 200, 1000
K = 3


@pytest.fixture(scope="module")
def events_csv(tmp_path_factory):
    """60 made-up events around Pichari (VRAEM), coordinates at 6 decimals, with a free-text column
    and a number column that must not leave unless kept."""
    rng = np.random.default_rng(17)
    lon = np.round(-73.95 + rng.random(60) * 0.25, 6)
    lat = np.round(-12.62 + rng.random(60) * 0.25, 6)
    table = pd.DataFrame({"id": [f"seizure-{i:03d}" for i in range(60)], "lon": lon, "lat": lat,
                          "note": [f"seen by farmer Quispe at finca {i * 37 + 1001}" for i in range(60)],
                          "amount_kg": [12345 + 11 * i for i in range(60)]})
    path = tmp_path_factory.mktemp("events") / "seizures.csv"
    table.to_csv(path, index=False, float_format="%.6f")
    return path


@pytest.fixture(scope="module")
def original(events_csv):
    return geo.load_events(events_csv)


@pytest.fixture(scope="module")
def donut_pair(tmp_path_factory, events_csv):
    """The same inputs bundled twice, into two folders (PNG when Chromium is present)."""
    out = tmp_path_factory.mktemp("donut")
    return [geo.bundle(out=out / f"{n}.zip", events=events_csv, mask=f"donut:{MIN_M}:{MAX_M}", key=KEY,
                       keep=["id"], official=None) for n in ("first", "second")]


@pytest.fixture(scope="module")
def hex_bundle(tmp_path_factory, events_csv):
    return geo.bundle(out=tmp_path_factory.mktemp("hex") / "hex.zip", events=events_csv, mask="hex:7", min_count=K,
                      png=False, official=None)


@pytest.fixture(scope="module")
def open_bundle(tmp_path_factory, events_csv):
    """Events at full precision (masking off), columns dropped."""
    return geo.bundle(out=tmp_path_factory.mktemp("none") / "none.zip", events=events_csv, mask="none", png=False,
                      official=None)


def _files(path) -> dict:
    with zipfile.ZipFile(path) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def _rezip(src, dst, files: dict) -> None:
    """Write ``files`` as a zip (as someone tampering with a bundle would)."""
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)


# reproducibility ------------------------------------------------------------------------------------

def test_same_inputs_give_the_same_zip(donut_pair):
    a, b = donut_pair
    assert a.path != b.path
    assert a.sha256 == b.sha256 == hashlib.sha256(a.path.read_bytes()).hexdigest()
    assert a.path.read_bytes() == b.path.read_bytes()


def test_zip_entries_are_sorted_dated_and_owned_by_nobody(donut_pair):
    with zipfile.ZipFile(donut_pair[0].path) as z:
        infos = z.infolist()
    names = [i.filename for i in infos]
    assert names == sorted(names)
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}  # SOURCE_DATE_EPOCH unset
    assert {i.external_attr >> 16 for i in infos} == {0o100644}
    assert {"manifest.json", "README.txt", "SOURCES.md", "METHOD.md", "peru_trafficking_map.html",
            "peru_cocaine.gpkg", "measurements.csv", "measurements.md", "layers/events.geojson",
            "layers/routes.geojson"} <= set(names)


def test_source_date_epoch_sets_the_timestamps(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14 22:13:20 UTC
    assert _epoch() == ((2023, 11, 14, 22, 13, 20), "2023-11-14T22:13:20Z")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(BundleError, match="SOURCE_DATE_EPOCH"):
        _epoch()


def test_no_path_or_name_of_the_machine_in_any_file(donut_pair, tmp_path_factory):
    files = _files(donut_pair[0].path)
    forbidden = [os.getcwd(), os.path.expanduser("~"), str(tmp_path_factory.getbasetemp()),
                 str(donut_pair[0].path.parent), os.path.dirname(geo.__file__), "geo-bundle-"]
    for name, data in files.items():
        text = data.decode("latin-1")
        for path in forbidden:
            assert path not in text, (name, path)


def test_map_ids_are_renumbered_and_the_map_still_works(donut_pair):
    page = _files(donut_pair[0].path)["peru_trafficking_map.html"].decode()
    ids = set(re.findall(r"(?<=_)[0-9a-f]{32}(?![0-9a-f])", page))
    assert len(ids) > 10  # one per map element (layer group, control): features travel as JSON inside them
    assert all(int(i, 16) <= len(ids) for i in ids)  # 1..n, none of folium's random ones left
    assert "<script src=" not in page  # offline: everything inlined
    assert re.search(r'L\.map\(\s*"map_0{31}1"', page)


def test_png_when_chromium_is_present(donut_pair):
    from geo.snapshot import chromium_path

    files = _files(donut_pair[0].path)
    if chromium_path() is None:
        assert "peru_trafficking_map.png" not in files
        pytest.skip("no Chromium: the bundle has no PNG")
    png = files["peru_trafficking_map.png"]
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct_size(png) == (1400, 900)
    for chunk in (b"tEXt", b"iTXt", b"zTXt", b"tIME", b"eXIf"):
        assert chunk not in png


def struct_size(png: bytes) -> tuple[int, int]:
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


def test_geopackage_has_the_layers_and_the_masked_events(donut_pair, tmp_path):
    path = tmp_path / "b.gpkg"
    path.write_bytes(_files(donut_pair[0].path)["peru_cocaine.gpkg"])
    import pyogrio

    layers = {name for name, _ in pyogrio.list_layers(path)}
    assert {"regions", "routes", "legs", "flows", "crossings", "places", "events"} <= layers
    events = pyogrio.read_dataframe(path, layer="events")
    assert len(events) == 60 and list(events.columns) == ["id", "geometry"]
    with sqlite3.connect(path) as con:
        assert {r[0] for r in con.execute("SELECT last_change FROM gpkg_contents")} == {"1980-01-01T00:00:00Z"}


def test_manifest_and_texts(donut_pair):
    files = _files(donut_pair[0].path)
    manifest = json.loads(files["manifest.json"])
    assert set(manifest["files"]) == set(files) - {"manifest.json"}
    for name, entry in manifest["files"].items():
        assert entry["sha256"] == hashlib.sha256(files[name]).hexdigest()
    assert manifest["toolkit"]["version"] == geo.__version__
    assert manifest["scenario"]["sha256"] == hashlib.sha256(geo.default_scenario_path().read_bytes()).hexdigest()
    assert manifest["events"]["parameters"] == {"min_m": MIN_M, "max_m": MAX_M}
    assert manifest["data"]["inei"]["used"] is False  # built here on the sketches
    assert {"natural_earth", "inei", "searoute"} <= set(manifest["data"])
    from geo.countries import _zip_path

    with zipfile.ZipFile(_zip_path()) as z:  # Natural Earth's own VERSION.txt (5.1.1 in 2024)
        assert manifest["data"]["natural_earth"]["version"] == z.read(
            "ne_10m_admin_0_countries_deu.VERSION.txt").decode().strip()
    assert re.fullmatch(r"\d+\.\d+\.\d+", manifest["data"]["natural_earth"]["version"])
    text = b"".join(files.values())
    assert KEY not in text and hashlib.sha256(KEY).hexdigest().encode() not in text
    sources = files["SOURCES.md"].decode()
    assert "## cessna_206:" in sources and "the scenario's aircraft: Cessna 206" in sources
    assert "places `pichari` (Pichari): the claim (confidence: reported), its coordinates (inei_ccpp 0809100001)" \
        in sources
    method = files["METHOD.md"].decode()
    assert "`donut:200:1000`" in method and "sketch" in method and "reported" in method


# verify ----------------------------------------------------------------------------------------------

def test_verify_passes_an_intact_bundle(donut_pair, capsys):
    assert verify_bundle(donut_pair[0].path) == []
    assert main(["bundle", "verify", str(donut_pair[0].path)]) == 0


def test_verify_catches_one_changed_byte(donut_pair, tmp_path, capsys):
    files = _files(donut_pair[0].path)
    data = bytearray(files["layers/routes.geojson"])
    data[100] ^= 0x01
    files["layers/routes.geojson"] = bytes(data)
    _rezip(donut_pair[0].path, tmp_path / "changed.zip", files)
    problems = verify_bundle(tmp_path / "changed.zip")
    assert len(problems) == 1 and problems[0].startswith("changed: layers/routes.geojson")
    assert main(["bundle", "verify", str(tmp_path / "changed.zip")]) == 1
    assert "layers/routes.geojson" in capsys.readouterr().err


def test_verify_catches_a_damaged_byte_in_the_zip_itself(donut_pair, tmp_path):
    raw = bytearray(donut_pair[0].path.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(raw))) as z:
        info = z.getinfo("README.txt")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    raw[start + info.compress_size // 2] ^= 0xFF
    (tmp_path / "damaged.zip").write_bytes(bytes(raw))
    problems = verify_bundle(tmp_path / "damaged.zip")
    assert [p.split(" ")[1] for p in problems] == ["README.txt"] and problems[0].startswith("changed:")


def test_verify_names_a_change_wherever_the_byte_is(donut_pair, tmp_path):
    # one bit flipped at 200 places spread over the whole zip (entry headers, compressed data of every
    # member, the manifest, the central directory): verify either names what changed (exit 1) or says
    # the zip's directory is damaged (BundleError, exit 2), never an unexpected error (a raw zlib.error)
    raw = donut_pair[0].path.read_bytes()
    for at in np.linspace(0, len(raw) - 1, 200).astype(int):
        bad = bytearray(raw)
        bad[at] ^= 0x01
        path = tmp_path / "flipped.zip"
        path.write_bytes(bytes(bad))
        try:
            problems = verify_bundle(path)
        except BundleError:
            continue
        assert all(p.startswith(("changed: ", "added: ", "removed: ")) for p in problems), (at, problems)
    with pytest.raises(BundleError, match="no such file"):
        verify_bundle(tmp_path / "missing.zip")


def test_verify_catches_one_added_file(donut_pair, tmp_path, capsys):
    files = _files(donut_pair[0].path)
    files["layers/extra.geojson"] = b'{"type":"FeatureCollection","features":[]}'
    _rezip(donut_pair[0].path, tmp_path / "added.zip", files)
    assert verify_bundle(tmp_path / "added.zip") == ["added: layers/extra.geojson"]
    assert main(["bundle", "verify", str(tmp_path / "added.zip")]) == 1
    assert "added: layers/extra.geojson" in capsys.readouterr().err


def test_verify_catches_one_removed_file(donut_pair, tmp_path):
    files = _files(donut_pair[0].path)
    del files["measurements.csv"]
    _rezip(donut_pair[0].path, tmp_path / "removed.zip", files)
    assert verify_bundle(tmp_path / "removed.zip") == ["removed: measurements.csv"]


def test_verify_refuses_what_is_not_a_bundle(tmp_path, capsys):
    (tmp_path / "x.zip").write_bytes(b"not a zip")
    assert main(["bundle", "verify", str(tmp_path / "x.zip")]) == 2
    assert "x.zip" in capsys.readouterr().err
    files = {"a.txt": b"a"}
    _rezip(None, tmp_path / "nomanifest.zip", files)
    with pytest.raises(BundleError, match="no manifest.json"):
        verify_bundle(tmp_path / "nomanifest.zip")


# masking ---------------------------------------------------------------------------------------------

def test_every_donut_point_moved_between_min_and_max(donut_pair, original):
    written = geo.load_events(_geojson_file(donut_pair[0].path, "layers/events.geojson"))
    assert len(written) == len(original) == 60
    merged = original.merge(pd.DataFrame({"id": written["id"], "mx": written.geometry.x, "my": written.geometry.y}),
                            on="id")
    _, _, dist_m = GEOD.inv(merged.geometry.x.to_numpy(), merged.geometry.y.to_numpy(), merged["mx"].to_numpy(),
                            merged["my"].to_numpy())
    assert len(dist_m) == 60
    assert dist_m.min() >= MIN_M and dist_m.max() <= MAX_M
    # uniform in the annulus' area: half the points beyond the radius that splits its area in two
    # (sqrt((200² + 1000²) / 2) = 721.1 m); 60 draws, so a wide band
    assert 18 <= (dist_m > 721.1).sum() <= 42


_GEOJSON_TMP = {}


def _geojson_file(zip_path, name):
    import tempfile

    folder = _GEOJSON_TMP.setdefault(str(zip_path), tempfile.mkdtemp())
    path = os.path.join(folder, os.path.basename(name))
    with open(path, "wb") as f:
        f.write(_files(zip_path)[name])
    return path


def test_donut_is_stable_per_point_and_key(original):
    whole = donut_mask(original, min_m=MIN_M, max_m=MAX_M, key=KEY, keep=["id"]).set_index("id")
    half = donut_mask(original.iloc[::2], min_m=MIN_M, max_m=MAX_M, key=KEY, keep=["id"]).set_index("id")
    # the same point gets the same displacement whatever else is masked with it (nothing to average)
    assert whole.loc[half.index].geometry.equals(half.geometry)
    other = donut_mask(original, min_m=MIN_M, max_m=MAX_M, key=KEY + b"!", keep=["id"]).set_index("id")
    assert not shapely.equals(other.loc[whole.index].geometry.values, whole.geometry.values).any()
    with pytest.raises(MaskError, match="at least 16"):
        donut_mask(original, min_m=MIN_M, max_m=MAX_M, key=b"short")


def test_every_hex_cell_holds_at_least_k_events(hex_bundle, original):
    import h3

    cells = json.loads(_files(hex_bundle.path)["layers/events.geojson"])["features"]
    assert cells, "some cell has K events or more"
    truth = pd.Series([h3.latlng_to_cell(y, x, 7) for x, y in zip(original.geometry.x, original.geometry.y)])
    counts = truth.value_counts()
    for cell in cells:
        p = cell["properties"]
        assert p["event_count"] >= K
        assert p["event_count"] == counts[p["h3_cell"]]  # recounted independently
        assert set(p) == {"h3_cell", "h3_resolution", "event_count"}  # every column dropped
    written = {c["properties"]["h3_cell"] for c in cells}
    assert written == set(counts[counts >= K].index)
    record = hex_bundle.manifest["events"]
    assert record["events_suppressed"] == int(counts[counts < K].sum())
    assert record["parameters"] == {"resolution": 7, "min_count": K}


def test_hex_cells_across_the_antimeridian_are_split():
    import h3

    from geo.masking import hex_aggregate

    events = gpd_points([(179.9, -17.0), (-179.9, -17.0), (179.95, -17.1)])
    cells, left = hex_aggregate(events, resolution=1, min_count=1)
    assert left == 0 and cells["event_count"].sum() == 3
    for row in cells.itertuples():
        for part in shapely.get_parts(row.geometry):
            x = shapely.get_coordinates(part)[:, 0]
            assert x.max() - x.min() <= 180
        # the written cell has H3's own area of the cell, both halves together (H3 measures on a
        # sphere of the authalic radius, we on the WGS84 ellipsoid: a few tenths of a percent apart)
        area_km2 = geo.geodesic_area_m2([row.geometry])[0] / 1e6
        assert area_km2 == pytest.approx(h3.cell_area(row.h3_cell, unit="km^2"), rel=5e-3)
    assert any(g.geom_type == "MultiPolygon" for g in cells.geometry)


def gpd_points(lonlat):
    import geopandas as gpd

    return gpd.GeoDataFrame({"id": [f"e{i}" for i in range(len(lonlat))]},
                            geometry=shapely.points(lonlat), crs="EPSG:4326")


def test_admin_country_and_departments(original, official_files):
    country, left = admin_aggregate(original, level="country", min_count=K)
    assert list(country["unit_id"]) == ["PER"] and list(country["event_count"]) == [60] and left == 0
    with pytest.raises(MaskError, match="not available"):
        admin_aggregate(original, level="department", official_files=None, focus_country="PER")
    if official_files is None:
        pytest.skip("../shared is absent: the INEI levels are not checked")
    from geo.official import official_units

    deps, left = admin_aggregate(original, level="department", min_count=1, official_files=official_files,
                                 focus_country="PER")
    units = official_units("department", official_files).set_index("ubigeo")
    for row in deps.itertuples():  # recount with shapely
        assert row.event_count == shapely.contains(units.geometry[row.unit_id], original.geometry.values).sum()
    assert deps["event_count"].sum() + left == 60
    assert set(deps["unit_name"]) <= {"AYACUCHO", "CUSCO", "JUNIN", "APURIMAC"}


def test_parse_mask():
    assert str(parse_mask("donut:100:2000")) == "donut:100:2000"
    assert parse_mask("hex:6").params == {"resolution": 6}
    assert parse_mask(None).method == parse_mask("none").method == "none"
    for bad in ("donut:500:100", "donut:a:b", "hex:16", "admin:village", "blur:3"):
        with pytest.raises(MaskError, match=re.escape(bad)):
            parse_mask(bad)


# the leak check --------------------------------------------------------------------------------------

def test_leak_scan_finds_nothing_in_masked_bundles(donut_pair, hex_bundle, original):
    dropped = {"note": original["note"].tolist(), "amount_kg": original["amount_kg"].tolist()}
    assert leak_scan(donut_pair[0].path, events=original, dropped=dropped) == []
    assert leak_scan(hex_bundle.path, events=original, dropped={**dropped, "id": original["id"].tolist()}) == []


def test_leak_scan_finds_the_coordinates_when_masking_is_off(open_bundle, original):
    leaks = leak_scan(open_bundle.path, events=original)
    where = {leak.file for leak in leaks if leak.kind == "coordinate"}
    assert {"layers/events.geojson", "peru_trafficking_map.html", "peru_cocaine.gpkg"} <= where
    # every event is found in the GeoJSON (at most 20 findings are listed per file)
    assert len([x for x in leaks if x.file == "layers/events.geojson"]) == 20
    # the dropped columns are not there
    assert leak_scan(open_bundle.path, dropped={"note": original["note"].tolist(),
                                                "amount_kg": original["amount_kg"].tolist()}) == []


def test_leak_scan_finds_points_in_the_geopackage_index_alone(open_bundle, original, tmp_path):
    """With every geometry blanked, the R-tree index still holds each point's float32 bounds."""
    path = tmp_path / "blanked.gpkg"
    path.write_bytes(_files(open_bundle.path)["peru_cocaine.gpkg"])
    con = sqlite3.connect(path)
    for (trigger,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'"
                                  ).fetchall():
        con.execute(f'DROP TRIGGER "{trigger}"')
    con.execute("UPDATE events SET geom = NULL")
    con.commit()
    con.close()
    data = path.read_bytes()
    for part in (original.iloc[:20], original.iloc[20:40], original.iloc[40:]):  # 20 findings listed at most
        assert len(leak_scan({"blanked.gpkg": data}, events=part)) == 20


def test_leak_scan_finds_a_kept_value_and_a_path(donut_pair, original):
    leaks = leak_scan(donut_pair[0].path, dropped={"id": original["id"].tolist()},
                      paths=[str(donut_pair[0].path.parent)])
    assert {(x.file, x.kind) for x in leaks} >= {("layers/events.geojson", "dropped_value"),
                                                 ("peru_cocaine.gpkg", "dropped_value")}
    assert all(x.kind == "dropped_value" for x in leaks)  # the bundle holds no path


def test_a_leaking_bundle_is_refused_and_not_written(original, tmp_path):
    leaky = original.assign(where=[f"{x:.6f} {y:.6f}" for x, y in zip(original.geometry.x, original.geometry.y)])
    out = tmp_path / "leaky.zip"
    with pytest.raises(LeakError, match="coordinate") as caught:
        geo.bundle(out=out, events=leaky, mask="donut:200:1000", key=KEY, keep=["where"], png=False, official=None)
    assert not out.exists()
    assert {x.file for x in caught.value.leaks} >= {"layers/events.geojson"}


# command line ----------------------------------------------------------------------------------------

def test_cli_refuses_events_without_a_mask_or_a_key(events_csv, tmp_path, capsys, monkeypatch):
    out = tmp_path / "b.zip"
    assert main(["bundle", "--events", str(events_csv), "--out", str(out), "--no-png"]) == 2
    assert "--mask" in capsys.readouterr().err
    assert main(["bundle", "--events", str(events_csv), "--mask", "donut:200:1000", "--out", str(out)]) == 2
    assert "--key-file" in capsys.readouterr().err
    monkeypatch.delenv("GEO_TEST_KEY", raising=False)
    assert main(["bundle", "--events", str(events_csv), "--mask", "donut:200:1000", "--key-env", "GEO_TEST_KEY",
                 "--out", str(out)]) == 2
    assert "GEO_TEST_KEY" in capsys.readouterr().err
    assert main(["bundle", "--events", str(events_csv), "--mask", "hex:7", "--keep", "nope", "--out", str(out)]) == 2
    assert "--keep nope" in capsys.readouterr().err
    assert main(["bundle", "--mask", "hex:7", "--out", str(out)]) == 2
    assert "no events to mask" in capsys.readouterr().err
    assert not out.exists()


def test_aggregated_map_opens_offline_in_a_browser(hex_bundle, chromium, tmp_path):
    from geo.snapshot import open_map

    files = _files(hex_bundle.path)
    n_cells = len(json.loads(files["layers/events.geojson"])["features"])
    page = tmp_path / "map.html"
    page.write_bytes(files["peru_trafficking_map.html"])
    with open_map(page, serve_assets=False) as view:
        # the GeoJSON layers folium declared; the cells' layer holds one hexagon (7-point ring) per cell
        hexagons = view.page.evaluate("""() => Object.keys(window)
            .filter(k => k.startsWith('geo_json_') && window[k] && window[k].getLayers)
            .map(k => window[k].getLayers().map(l => l.feature.geometry))
            .filter(gs => gs.length && gs.every(g => g.type === 'Polygon' && g.coordinates[0].length === 7))
            .map(gs => gs.length)""")
        assert view.page_errors == [] and view.blocked_urls == [] and view.console_errors == []
    assert hexagons == [n_cells]


def test_renumbering_touches_only_the_map_elements():
    import folium

    from geo.bundle import deterministic_ids

    data = "case_" + hashlib.md5(b"x").hexdigest()  # looks like a folium id, but is data
    pages = []
    for _ in range(2):
        m = folium.Map(tiles=None)
        folium.Marker([-12.5, -73.8], popup=folium.Popup(data)).add_to(m)
        pages.append(deterministic_ids(m))
    assert pages[0] == pages[1]
    assert data in pages[0]
    marker = re.search(r"marker_([0-9a-f]{32})", pages[0]).group(1)
    assert int(marker, 16) < 10  # renumbered: map, popup, marker, ...
