"""Event files as users bring them: spreadsheet CSVs from Latin America, missing values, codes,
placeholder coordinates, hostile sizes and shapes. Every bad file ends in an EventsError naming the
file, line and field; every guess the reader makes is said in a note."""

import json
import subprocess
import sys
import warnings
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely

from geo.measure import GEOD
from geo.events import (EVENTS_FAR_KM, EVENTS_MAX_CELL_CHARS, EVENTS_MAX_COLUMNS, EventsError, EventsNote,
                        EventsWarning, assign_events, load_events)

REPO = Path(__file__).resolve().parents[1]


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return path


def load_noting(path, **kw):
    """load_events, returning the events and the texts of the notes it gave."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        events = load_events(path, **kw)
    assert all(issubclass(w.category, EventsNote) for w in caught), [str(w.message) for w in caught]
    return events, [str(w.message) for w in caught]


def feature_collection(*features):
    return {"type": "FeatureCollection", "features": list(features)}


def point(lon, lat, **props):
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": props}


# --- 13.2 spreadsheet CSVs from Latin America -------------------------------------------------

def test_semicolon_and_decimal_comma_are_detected(tmp_path):
    # as Excel with a Spanish (Ecuador) locale saves "CSV (delimitado por comas)"
    ev, notes = load_noting(write(tmp_path, "ec.csv", "id;lon;lat;kg\n1;-79,95;-2,20;120\n2;-78,5;-0,25;3,5\n"))
    assert ev.geometry.x.tolist() == [-79.95, -78.5] and ev.geometry.y.tolist() == [-2.2, -0.25]
    assert ev["kg"].tolist() == [120.0, 3.5] and ev["kg"].dtype.kind == "f"
    assert any("';' (semicolon) as separator and ',' (comma) as decimal mark" in n for n in notes)


def test_tab_separated_with_decimal_points(tmp_path):
    ev, notes = load_noting(write(tmp_path, "t.csv", "id\tLatitude\tLongitude\n1\t-12.05\t-77.15\n"))
    assert (ev.geometry.x[0], ev.geometry.y[0]) == (-77.15, -12.05)
    assert any("tab as separator and '.' (point) as decimal mark" in n for n in notes)


def test_a_comma_inside_quotes_does_not_fool_the_separator(tmp_path):
    ev, _ = load_noting(write(tmp_path, "q.csv", 'id,lon,lat,note\n1,-77,-12,"a; b; c"\n2,-76,-11,"d; e"\n'))
    assert ev["note"].tolist() == ["a; b; c", "d; e"]


def test_decimal_comma_and_point_in_one_file_are_refused(tmp_path):
    path = write(tmp_path, "mixed.csv", "id;lon;lat\n1;-79,95;-2,20\n2;-78.5;-0.25\n")
    with pytest.raises(EventsError, match=r"both a decimal comma \('-79,95'\) and a decimal point \('-78.5'\) "
                                          r"with ';' as separator"):
        load_events(path)


def test_utf8_byte_order_mark_and_windows_1252(tmp_path):
    ev, notes = load_noting(write(tmp_path, "bom.csv", "\ufeffid,lon,lat\nx1,-77,-12\n"))
    assert ev["id"].tolist() == ["x1"] and any("byte order mark" in n for n in notes)
    ev, notes = load_noting(write(tmp_path, "cp.csv", "id;lon;lat;lugar\n1;-73,9;-12,3;Peñas – Ayacucho\n",
                                  encoding="cp1252"))
    assert ev["lugar"].tolist() == ["Peñas – Ayacucho"]  # ñ is 0xf1, the en dash 0x96 in Windows-1252
    assert any("line 2: not UTF-8 (byte 0xf1" in n and "Windows-1252" in n for n in notes)


# --- 13.3 missing values --------------------------------------------------------------------

def test_missing_value_tokens_are_null_and_the_column_stays_numeric(tmp_path):
    text = "id,lon,lat,volume\n1,-77,-12,1200\n2,-76,-11,n/a\n3,-75,-10,350.5\n"
    ev, notes = load_noting(write(tmp_path, "v.csv", text))
    assert ev["volume"].dtype == np.float64
    assert ev["volume"].iloc[0] == 1200 and np.isnan(ev["volume"].iloc[1]) and ev["volume"].iloc[2] == 350.5
    assert any("values read as missing, per column: 'volume' 1 ('n/a')" in n for n in notes)
    assert any("columns read as numbers: 'volume'" in n for n in notes)


def test_every_missing_token_and_a_gdal_round_trip(tmp_path):
    import pyogrio

    from geo.writers import geojson_text

    tokens = ["", "NA", "n/a", "N/A", "null", "-", "s/d", "sin dato", " Sin Dato "]
    rows = "".join(f"{i},-77,-12,{t},{'' if i % 2 else 'x'}\n" for i, t in enumerate(tokens))
    ev, notes = load_noting(write(tmp_path, "m.csv", "id,lon,lat,kg,note\n" + rows + "99,-77,-12,7,\n"))
    assert ev["kg"].isna().sum() == len(tokens) and ev["kg"].iloc[-1] == 7
    assert any("'kg' 9 (" in n for n in notes)  # nine values missing in kg, each token named
    assert ev["note"].iloc[0] == "x" and ev["note"].isna().iloc[1]  # a text column: only the empty cell is null
    out = tmp_path / "m.geojson"
    out.write_text(geojson_text(ev), encoding="utf-8")
    info = pyogrio.read_info(out)
    fields = dict(zip(info["fields"], info["dtypes"]))
    # the only value left (7) is whole, so the writers type the column Integer (issue 13, item 5): a number
    # field in QGIS either way, never the String the missing-value tokens used to make it
    assert fields["kg"] == "int32"


# --- 13.4 placeholder coordinates -------------------------------------------------------------

def test_null_island_is_named_and_refused_with_strict(tmp_path):
    path = write(tmp_path, "z.csv", "id,lon,lat\na,-77,-12\nb,0,0\n")
    with pytest.warns(EventsWarning, match=r"z.csv: line 3: longitude 0, latitude 0 \('Null Island'"):
        ev = load_events(path)
    assert len(ev) == 2
    with pytest.raises(EventsError, match=r"line 3: longitude 0, latitude 0.*refused with --strict"):
        load_events(path, strict=True)
    doc = feature_collection(point(-77, -12), point(0.0, 0.0))
    with pytest.raises(EventsError, match=r"feature 1: longitude 0, latitude 0"):
        load_events(write(tmp_path, "z.geojson", json.dumps(doc)), strict=True)


def test_events_far_from_every_scenario_feature(built):
    # Callao (-77.15, -12.05) with the sign of its longitude flipped lands in the Indian Ocean, and with
    # its coordinates swapped in the Southern Ocean: thousands of km from every route, region and
    # place of the Peru scenario (its easternmost place is Hong Kong); the VRAEM point is inside it.
    ev = gpd.GeoDataFrame({"id": ["vraem", "sign_flipped", "swapped"]},
                          geometry=[shapely.Point(-73.9, -12.3), shapely.Point(77.15, -12.05),
                                    shapely.Point(-12.05, -77.15)], crs="EPSG:4326")
    with pytest.warns(EventsWarning, match=rf"2 event\(s\) more than {EVENTS_FAR_KM:,.0f} km from every route, "
                                           r"region and place of the scenario: 'sign_flipped', 'swapped';"):
        placed = assign_events(ev, built.layers)
    assert (placed.set_index("id").loc[["sign_flipped", "swapped"], "nearest_route_km"] > EVENTS_FAR_KM).all()
    with pytest.raises(EventsError, match="'sign_flipped', 'swapped'.*refused with --strict"):
        assign_events(ev, built.layers, strict=True)
    assign_events(ev.iloc[:1], built.layers, strict=True)  # no warning, no error


def test_cli_strict_stops_with_exit_2_and_one_line(tmp_path):
    path = write(tmp_path, "z.csv", "id,lon,lat\na,-77,-12\nb,0,0\n")
    proc = subprocess.run([sys.executable, "-m", "geo", "build", "--events", str(path), "--strict",
                           "--out", str(tmp_path / "o"), "--layers-dir", str(tmp_path / "l")],
                          capture_output=True, text=True, cwd=REPO)
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert proc.stderr.startswith(f"error: {path}: line 3: longitude 0, latitude 0")
    assert not (tmp_path / "l").exists()


# --- 15.2 wide and long fields ------------------------------------------------------------------

def test_too_many_columns_are_refused_in_a_bounded_time(tmp_path):
    # 100,000 columns (889 KB in the issue) hung the reader for more than 300 s; now refused at the
    # header. Run under a CPU-time rlimit of 60 s: a reader that hangs is killed and the test fails.
    header = ",".join(["lon", "lat"] + [f"c{i}" for i in range(99_998)])
    path = write(tmp_path, "wide.csv", header + "\n" + ",".join(["-77", "-12"] + ["1"] * 99_998) + "\n")
    code = ("import resource, sys; resource.setrlimit(resource.RLIMIT_CPU, (60, 60)); "
            "from geo.events import load_events, EventsError\n"
            "try:\n    load_events(sys.argv[1])\nexcept EventsError as e:\n    print(e)")
    proc = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, cwd=REPO)
    assert proc.returncode == 0, proc.stderr[-500:]
    assert proc.stdout.strip() == (f"{path}: line 1: 100,000 columns, more than the {EVENTS_MAX_COLUMNS:,} "
                                   "an event file may have")


def test_as_many_columns_as_allowed_are_read(tmp_path):
    names = ["lon", "lat"] + [f"c{i}" for i in range(EVENTS_MAX_COLUMNS - 2)]
    rows = "".join(",".join(["-77", "-12"] + [f"t{r}"] * (EVENTS_MAX_COLUMNS - 2)) + "\n" for r in range(3))
    ev, _ = load_noting(write(tmp_path, "w.csv", ",".join(names) + "\n" + rows))
    assert ev.shape == (3, EVENTS_MAX_COLUMNS - 2 + 2) and ev["c997"].tolist() == ["t0", "t1", "t2"]


def test_a_cell_over_the_limit_is_refused_naming_the_line(tmp_path):
    big = "x" * (EVENTS_MAX_CELL_CHARS + 1)
    path = write(tmp_path, "long.csv", f"id,lon,lat,note\n1,-77,-12,short\n2,-76,-11,{big}\n")
    with pytest.raises(EventsError, match=rf"long.csv: line 3: a cell longer than {EVENTS_MAX_CELL_CHARS:,} "
                                          "characters"):
        load_events(path)
    ok = write(tmp_path, "ok.csv", f"id,lon,lat,note\n1,-77,-12,{'y' * EVENTS_MAX_CELL_CHARS}\n")
    assert len(load_noting(ok)[0].loc[0, "note"]) == EVENTS_MAX_CELL_CHARS


# --- 15.3 files that gave tracebacks ------------------------------------------------------------

def test_old_mac_line_endings_are_read_with_a_note(tmp_path):
    ev, notes = load_noting(write(tmp_path, "mac.csv", "id,lon,lat,name\ra,-77.15,-12.05,Callao\rb,-70.5,-3.9,x\r"))
    assert ev["id"].tolist() == ["a", "b"] and ev.geometry.x.tolist() == [-77.15, -70.5]
    assert any("old Mac line endings" in n for n in notes)


def huge_integer_coordinate():
    return '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point",' \
           f'"coordinates":[{"9" * 400},-12]}},"properties":{{}}}}]}}'


def deep_property():
    n = 200_000
    return ('{"type": "FeatureCollection", "features": [\n{"type": "Feature", "geometry": {"type": "Point", '
            '"coordinates": [-77, -12]},\n"properties": {"deep": ' + "[" * n + "]" * n + "}}]}")


def test_a_400_digit_coordinate_is_named(tmp_path):
    with pytest.raises(EventsError, match=r"big.geojson: feature 0: field 'geometry.coordinates': must be "
                                          r"\[longitude, latitude\] in degrees"):
        load_events(write(tmp_path, "big.geojson", huge_integer_coordinate()))


def test_a_json_number_beyond_pythons_digit_limit_is_named(tmp_path):
    text = huge_integer_coordinate().replace("9" * 400, "-77").replace("{}", '{"n":\n' + "7" * 5000 + "}")
    with pytest.raises(EventsError, match=r"n.geojson: line 2: a number of 5,000 digits, more than the 4,300"):
        load_events(write(tmp_path, "n.geojson", text))


def test_a_property_nested_200000_deep_is_named(tmp_path):
    with pytest.raises(EventsError) as info:
        load_events(write(tmp_path, "deep.geojson", deep_property()))
    message = str(info.value)
    assert message.startswith(f"{tmp_path / 'deep.geojson'}: line 3: field 'features[0].properties.deep[0][0]")
    assert "nested more than 32 deep" in message and "\n" not in message


def test_a_property_nested_deeper_than_the_limit_but_parsable_is_named(tmp_path):
    doc = feature_collection(point(-77, -12, ok=[[1]]), point(-76, -11, deep=json.loads("[" * 40 + "]" * 40)))
    with pytest.raises(EventsError, match=r"feature 1: field 'properties.deep': arrays or objects nested more than 32"):
        load_events(write(tmp_path, "d.geojson", json.dumps(doc)))


@pytest.mark.parametrize("name, text, expected", [
    ("mac.csv", "id,lat,lon\r1,95,-77\r", "mac.csv: line 2: field 'lat'"),
    ("big.geojson", huge_integer_coordinate(), "big.geojson: feature 0: field 'geometry.coordinates'"),
    ("deep.geojson", deep_property(), "deep.geojson: line 3: field 'features[0].properties.deep"),
])
def test_cli_exit_2_with_one_line(tmp_path, name, text, expected):
    path = write(tmp_path, name, text)
    proc = subprocess.run([sys.executable, "-m", "geo", "build", "--events", str(path), "--out", str(tmp_path / "o"),
                           "--layers-dir", str(tmp_path / "l")], capture_output=True, text=True, cwd=REPO)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    errors = [ln for ln in proc.stderr.splitlines() if not ln.startswith("warning: ")]  # notes may precede
    assert len(errors) == 1 and errors[0].startswith("error: ") and expected in errors[0], proc.stderr


# --- 15.6 values kept as given -----------------------------------------------------------------

def test_codes_and_long_numbers_stay_text_and_numbers_are_listed(tmp_path):
    text = ("id,lon,lat,ubigeo,phone,account,kg\n"
            "1,-77,-12,050101,0051123,12345678901234567890,12\n"
            "2,-76,-11,150101,14155550100,98765432109876543210,7.5\n")
    ev, notes = load_noting(write(tmp_path, "codes.csv", text))
    assert ev["ubigeo"].tolist() == ["050101", "150101"] and ev["phone"].tolist() == ["0051123", "14155550100"]
    assert ev["account"].tolist() == ["12345678901234567890", "98765432109876543210"]
    assert ev["kg"].tolist() == [12.0, 7.5]
    assert any("columns read as numbers: 'kg'" in n for n in notes)
    assert any("'ubigeo' kept as text: '050101' has a leading zero" in n for n in notes)
    assert any("'account' kept as text: '12345678901234567890' has more digits" in n for n in notes)


def test_types_given_by_the_user_and_by_a_csvt_file(tmp_path):
    text = "id,lon,lat,ubigeo,kg,checked\n1,-77,-12,050101,12,TRUE\n2,-76,-11,150101,n/a,false\n"
    path = write(tmp_path, "typed.csv", text)
    ev, _ = load_noting(path, types="ubigeo=int,kg=float,id=str")
    assert ev["ubigeo"].tolist() == [50101, 150101] and ev["ubigeo"].dtype == np.int64
    assert ev["kg"].iloc[0] == 12.0 and np.isnan(ev["kg"].iloc[1])
    # GDAL's .csvt: one type per column, in order; the command line's types win over it
    write(tmp_path, "typed.csvt", '"String","CoordX","CoordY","String","Integer","Integer(Boolean)"\n')
    ev, notes = load_noting(path)
    assert ev["ubigeo"].tolist() == ["050101", "150101"] and ev["kg"].dtype == "Int64"
    assert ev["kg"].iloc[0] == 12 and ev["kg"].isna().iloc[1] and ev["checked"].tolist() == [True, False]
    assert any("column types from typed.csvt" in n for n in notes)
    ev, _ = load_noting(path, types={"kg": "str"})
    assert ev["kg"].tolist() == ["12", "n/a"]


def test_wrong_types_are_refused_with_line_and_field(tmp_path):
    path = write(tmp_path, "t.csv", "id,lon,lat,kg\n1,-77,-12,12\n2,-76,-11,doce\n")
    with pytest.raises(EventsError, match=r"t.csv: line 3: field 'kg': is not a number, yet the column's type is "
                                          r"float \(value: 'doce'\)"):
        load_events(path, types="kg=float")
    with pytest.raises(EventsError, match=r"--events-types: column 'kg': unknown type 'decimal'"):
        load_events(path, types="kg=decimal")
    with pytest.raises(EventsError, match=r"names 'peso', which the file does not have"):
        load_events(path, types="peso=float")


def test_a_number_with_the_other_decimal_mark_is_text_unless_typed(tmp_path):
    path = write(tmp_path, "ec.csv", "id;lon;lat;kg\n1;-79,95;-2,20;1.5\n2;-79,9;-2,1;2.25\n")
    ev, notes = load_noting(path)
    assert ev["kg"].tolist() == ["1.5", "2.25"]
    assert any("'kg' kept as text: '1.5' has a decimal point, unlike the file's coordinates" in n for n in notes)
    ev, _ = load_noting(path, types="kg=float")
    assert ev["kg"].tolist() == [1.5, 2.25]
    # "1,000" in a file of decimal points: a thousand or one? Refused rather than guessed.
    with pytest.raises(EventsError, match=r"line 2: field 'kg': a thousands separator or a decimal mark\?"):
        load_events(write(tmp_path, "k.csv", 'id,lon,lat,kg\n1,-79.95,-2.20,"1,000"\n'), types="kg=int")


def test_types_for_geojson_properties(tmp_path):
    doc = feature_collection(point(-77, -12, ubigeo=150101, kg="12,5", ok=True), point(-76, -11, ubigeo=None, kg="n/a"))
    ev, notes = load_noting(write(tmp_path, "t.geojson", json.dumps(doc)), types="ubigeo=str,kg=float,ok=str")
    assert ev["ubigeo"].iloc[0] == "150101" and ev["ubigeo"].isna().iloc[1]
    assert ev["kg"].iloc[0] == 12.5 and np.isnan(ev["kg"].iloc[1]) and ev["ok"].iloc[0] == "true"
    assert any("values read as missing, per column: 'kg' 1 ('n/a')" in n for n in notes)


def test_cli_events_types(tmp_path):
    path = write(tmp_path, "t.csv", "id,lon,lat,kg\n1,-77,-12,12\n")
    proc = subprocess.run([sys.executable, "-m", "geo", "build", "--events", str(path), "--events-types", "kg=money",
                           "--out", str(tmp_path / "o"), "--layers-dir", str(tmp_path / "l")],
                          capture_output=True, text=True, cwd=REPO)
    assert proc.returncode == 2 and proc.stderr.strip() == ("error: --events-types: column 'kg': unknown type "
                                                            "'money'; use str, int, float or bool")


# --- 15.7 nothing dropped or chosen silently ------------------------------------------------------

def test_a_geometry_column_or_property_is_kept_renamed(tmp_path):
    ev, notes = load_noting(write(tmp_path, "g.csv", "id,lon,lat,geometry\n1,-77,-12,POINT (1 2)\n"))
    assert ev["geometry_in_file"].tolist() == ["POINT (1 2)"] and ev.geometry.x[0] == -77
    assert any("the column 'geometry' is kept as 'geometry_in_file'" in n for n in notes)
    doc = feature_collection(point(-77, -12, geometry="a road"))
    ev, _ = load_noting(write(tmp_path, "g.geojson", json.dumps(doc)))
    assert ev["geometry_in_file"].tolist() == ["a road"]


def test_two_columns_for_one_coordinate_are_refused(tmp_path):
    with pytest.raises(EventsError, match=r"line 1: columns 'lat' and 'LAT' both name the latitude"):
        load_events(write(tmp_path, "two.csv", "id,lat,lon,LAT\n1,-12,-77,-13\n"))


def test_duplicate_json_keys_are_refused(tmp_path):
    text = ('{"type": "FeatureCollection", "features": [\n'
            '{"type": "Feature", "geometry": {"type": "Point", "coordinates": [-77, -12]}, "properties": {"kg": 1}},\n'
            '{"type": "Feature", "geometry": {"type": "Point", "coordinates": [-76, -11]},\n'
            ' "properties": {"kg": 5, "kg": 50}}]}')
    with pytest.raises(EventsError, match=r"dup.geojson: line 4: field 'features\[1\].properties.kg': the key 'kg' "
                                          r"is repeated in one object"):
        load_events(write(tmp_path, "dup.geojson", text))


# --- fuzz: any bytes, any structure: events or an EventsError, nothing else ---------------------

hypothesis = pytest.importorskip("hypothesis", reason="hypothesis is not installed: fuzz tests skipped")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def load_or_error(path):
    """The reader's answer: events, or an EventsError whose message starts with the file."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", EventsNote)
        warnings.simplefilter("ignore", EventsWarning)
        try:
            events = load_events(path)
        except EventsError as exc:
            assert str(exc).startswith(f"{path}:") or str(exc).startswith("--events-types")
            return None
    assert events.crs.to_epsg() == 4326 and events["id"].map(type).eq(str).all()
    return events


@FUZZ
@given(st.binary(max_size=400), st.sampled_from(["f.csv", "f.geojson"]))
def test_fuzz_random_bytes(tmp_path, data, name):
    load_or_error(write(tmp_path, name, data))


cell = st.one_of(st.sampled_from(["lon", "lat", "LAT", "x", "y", "-77", "-12,5", "0", "n/a", "050101", "geometry",
                                  '"', "\r", "\n", ";", ",", "\t", "1e999", "9" * 30, "true", ""]),
                 st.text(max_size=8))


@FUZZ
@given(st.lists(st.lists(cell, min_size=1, max_size=6), min_size=1, max_size=6), st.sampled_from([",", ";", "\t"]),
       st.sampled_from(["\n", "\r\n", "\r"]))
def test_fuzz_csv_structures(tmp_path, rows, sep, newline):
    load_or_error(write(tmp_path, "f.csv", newline.join(sep.join(r) for r in rows)))


json_value = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
                          | st.text(max_size=6),
                          lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner,
                                                                                     max_size=3), max_leaves=12)
geometry = st.one_of(json_value, st.fixed_dictionaries({"type": st.sampled_from(["Point", "LineString"]),
                                                        "coordinates": st.one_of(json_value, st.lists(
                                                            st.one_of(st.integers(), st.floats()), max_size=3))}))
feature = st.one_of(json_value, st.fixed_dictionaries(
    {"type": st.just("Feature"), "geometry": geometry, "properties": json_value},
    optional={"id": json_value}))


@FUZZ
@given(st.one_of(json_value, st.fixed_dictionaries({"type": st.just("FeatureCollection"),
                                                    "features": st.lists(feature, max_size=4)})))
def test_fuzz_geojson_structures(tmp_path, doc):
    load_or_error(write(tmp_path, "f.geojson", json.dumps(doc)))


def test_far_events_are_measured_to_region_boundaries_and_places():
    # a scenario of one 2° square region near (20, 0), one route far east and one place far north: an
    # event 300 km west of the square is near a feature (the region), one 1,500 km south of it is not
    square = shapely.box(19, -1, 21, 1)
    layers = {
        "regions": gpd.GeoDataFrame({"id": ["sq"]}, geometry=[square], crs="EPSG:4326"),
        "routes": gpd.GeoDataFrame({"id": ["r"]}, geometry=[shapely.LineString([(60, 0), (61, 0)])], crs="EPSG:4326"),
        "places": gpd.GeoDataFrame({"id": ["p"]}, geometry=[shapely.Point(20, 40)], crs="EPSG:4326"),
    }
    west = GEOD.fwd(19, 0, 270, 300_000)[:2]   # 300 km due west of the square's west side
    south = GEOD.fwd(20, -1, 180, 1_500_000)[:2]
    north = GEOD.fwd(20, 40, 0, 900_000)[:2]    # 900 km from the place only
    ev = gpd.GeoDataFrame({"id": ["west", "south", "north"]},
                          geometry=[shapely.Point(*west), shapely.Point(*south), shapely.Point(*north)], crs="EPSG:4326")
    with pytest.warns(EventsWarning, match=r"1 event\(s\) more than .* 'south';"):
        assign_events(ev, layers)


def test_thousands_separators_are_named_not_read_silently(tmp_path):
    # Spanish Excel writes 1.200,5 for one thousand two hundred and a half: the column stays text (as
    # written) and a note names the thousands separator, never silently
    ev, notes = load_noting(write(tmp_path, "k.csv", "id;lon;lat;kg\n1;-79,95;-2,20;1.200,5\n2;-78,5;-3,1;2.000\n"
                                                      "3;-77,1;-12,1;950,25\n"))
    assert ev["kg"].tolist() == ["1.200,5", "2.000", "950,25"]
    assert any("column 'kg' kept as text: '1.200,5' groups thousands with '.' (point)" in n for n in notes)
