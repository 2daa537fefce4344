"""Scenario validation (geo/scenario.py), pinned message by message: the checks that mutation testing
found unasserted. Each test names the file content it reads and the exact problem line a user sees
(line, feature, field, message, value); the line numbers are counted in the YAML text written here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

import geo
import geo.scenario as scenario_module
from geo.scenario import _cut, _describe, _short

#: The scenario printed in the README ("The scenario file"), as of this test: small, valid, with every section.
EXAMPLE = """\
scenario:
  id: pacific_example
  title: "Illustrative Pacific route from Ecuador"
  map_file: pacific_map.html           # written in --out
  focus_country: ECU                   # the map opens on it (ISO 3166-1 alpha-3)
  aircraft: {name: "Cessna 206", range_km: 1100.1, source: cessna}   # optional: range checks of air legs

sources:                               # every fact cites one of these ids
  - {id: example, title: "Illustrative example for the README (not a reported route)"}
  - {id: wpi, title: "NGA World Port Index (Pub. 150)", url: "https://msi.nga.mil/Publications/WPI"}
  - {id: cessna, title: "Cessna 206 published performance: 594 nm at 75 % power"}

places:                                # lon/lat in degrees (WGS 84); coord_source starts with a source id
  - {id: guayaquil, name: "Guayaquil (Puerto Marítimo)", kind: port, country: ECU, lon: -79.9, lat: -2.283333,
     coord_source: "wpi 15275", sources: [example, wpi], confidence: possible}
  - {id: manzanillo, name: "Manzanillo (Colima)", kind: port, country: MEX, lon: -104.31667, lat: 19.05,
     coord_source: "wpi 15770", sources: [example, wpi], confidence: possible}

regions:                               # geometry: buffered_hull | countries | border_strip
  - id: gulf_of_guayaquil
    name: "Gulf of Guayaquil"
    kind: trafficking_hub
    sources: [example]
    confidence: possible
    geometry: {method: buffered_hull, places: [guayaquil], buffer_m: 30000}

routes:                                # ordered legs; mode: foot, road, river, air, helicopter, sea
  - id: pacific_sea
    name: "Guayaquil → Manzanillo by sea"
    sources: [example]
    confidence: possible               # reported | alleged | possible
    period_start: "2019"               # optional, for the map's period slider
    figures: {load_kg: 2000}          # figures: the unit ends the name
    legs:
      - {from: guayaquil, to: manzanillo, mode: sea}

flows: []                              # destination shares: {id, name, destination, share_pct, from, to, ...}

views:                                 # "Zoom to" buttons
  - {id: route, name: "The route", routes: [pacific_sea]}
"""
MINIMAL = "scenario: {id: x, title: y}\nsources: [{id: s, title: t}]\nplaces: []\nregions: []\nroutes: []\nflows: []\n"


@pytest.fixture(autouse=True)
def _no_cache(monkeypatch):
    # a scenario already validated is taken from the cache without validation: check it every time
    monkeypatch.setenv("GEO_NO_CACHE", "1")


def _problems(tmp_path: Path, text: str | bytes) -> list[str]:
    path = tmp_path / "s.yaml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    with pytest.raises(geo.ScenarioError) as info:
        geo.load_scenario(path)
    assert str(info.value).startswith(f"{path}: ")
    return info.value.problems


def _example_text(mutate) -> str:
    data = yaml.safe_load(EXAMPLE)
    mutate(data)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def _example_problems(tmp_path: Path, mutate) -> list[str]:
    """Problems of the README example changed by ``mutate``, without their "line N: " prefix (which
    every one of them must have)."""
    problems = _problems(tmp_path, _example_text(mutate))
    assert all(re.match(r"line \d+: ", p) for p in problems), problems
    return [re.sub(r"^line \d+: ", "", p) for p in problems]


def _loads(tmp_path: Path, text: str) -> geo.Scenario:
    path = tmp_path / "ok.yaml"
    path.write_text(text, encoding="utf-8")
    return geo.load_scenario(path)


# ----------------------------------------------------------------------------- valid files still load


def test_the_readme_example_and_a_minimal_file_load_with_their_values(tmp_path):
    s = _loads(tmp_path, EXAMPLE)
    assert s.id == "pacific_example" and s.title == "Illustrative Pacific route from Ecuador"
    assert [p["id"] for p in s.places] == ["guayaquil", "manzanillo"] and s.places_by_id["guayaquil"]["lat"] == -2.283333
    assert s.sources["cessna"]["title"].startswith("Cessna 206") and s.aircraft["range_km"] == 1100.1
    assert s.map_file == "pacific_map.html" and s.focus_country == "ECU"
    m = _loads(tmp_path, MINIMAL)
    assert m.places == [] and m.views == [] and m.map_file == "x_map.html" and m.focus_country is None


# ----------------------------------------------------------------------------- reading the YAML


@pytest.mark.parametrize("text, expected", [
    ("scenario:\n  id: x\n  count: " + "1" * 101 + "\n",
     "line 3, column 10: field 'scenario.count': an integer of 101 digits, more than the limit of 100 "
     "(put it in quotes if it is text)"),
    ("scenario:\n  ? [a, b]\n  : 1\n", "line 2, column 5: field 'scenario': a list cannot be a key (keys are names: text)"),
    ("scenario:\n  id: x\n  {a: 1}: 2\n",
     "line 3, column 3: field 'scenario': a mapping cannot be a key (keys are names: text)"),
    ("scenario:\n  id: x\n  since: 2016-13-45\n",
     "line 3, column 10: field 'scenario.since': cannot read the value '2016-13-45': month must be in 1..12"),
    ("scenario:\n  id: x\n  title: y\n  id: z\n",
     "line 4, column 3: field 'scenario.id': duplicate key 'id' (first on line 2)"),
    ("a: 1\nscenario: !!set abc\n", "line 2, column 11: field 'scenario': expected a mapping node, but found scalar"),
])
def test_values_yaml_cannot_build_name_line_column_and_field(tmp_path, text, expected):
    assert _problems(tmp_path, text) == [expected]


def test_an_integer_of_100_digits_is_read_then_refused_as_too_large_for_json(tmp_path):
    # the limit counts digits (a sign is not a digit): 100 digits pass the reader
    text = EXAMPLE.replace("load_kg: 2000", "load_kg: -" + "9" * 100)
    problems = _problems(tmp_path, text)
    assert len(problems) == 1
    assert re.fullmatch(r"line \d+: routes 'pacific_sea' \(item 0\): field 'figures.load_kg': is larger than "
                        r"9,007,199,254,740,992 and would lose digits \(value: -9{76}\.\.\.\)", problems[0]), problems


def test_a_file_that_is_not_utf8_names_the_line_byte_and_offset(tmp_path):
    assert _problems(tmp_path, b"a: 1\nb: \xff\n") == ["line 2: not UTF-8 text (byte 0xff at offset 8)"]


def test_a_control_character_names_its_line_and_column(tmp_path):
    assert _problems(tmp_path, 'a: 1\nb: "x\x07"\n') == [
        "line 2, column 6: not valid YAML: character '\\x07' is not allowed in YAML (control characters are not allowed)"]


def test_without_libyaml_a_control_character_names_its_line_and_column(tmp_path, monkeypatch):
    monkeypatch.delattr(yaml, "CSafeLoader", raising=False)
    assert _problems(tmp_path, 'a: 1\nb: "x\x07"\n') == [
        "line 2, column 6: not valid YAML: character '\\x07' is not allowed in YAML (special characters are not allowed)"]


def test_without_libyaml_nesting_beyond_the_parser_is_refused_in_one_line(tmp_path, monkeypatch):
    monkeypatch.delattr(yaml, "CSafeLoader", raising=False)
    assert _problems(tmp_path, "[" * 3000 + "]" * 3000) == ["mappings and lists nested too deep to read: refused"]


def test_yaml_syntax_error_names_line_and_column(tmp_path):
    assert _problems(tmp_path, "a: 1\nplaces: [unclosed\n") == [
        "line 3, column 1: not valid YAML: did not find expected ',' or ']'"]


@pytest.mark.parametrize("text, value", [("", "None"), ("- a\n- b\n", "['a', 'b']"), ("just text\n", "'just text'")])
def test_a_file_that_is_not_a_mapping_says_which_keys_it_needs(tmp_path, text, value):
    assert _problems(tmp_path, text) == [
        f"the file must hold a mapping with the keys scenario, sources, places, regions, routes, flows (value: {value})"]


def test_a_missing_file_says_why(tmp_path):
    with pytest.raises(geo.ScenarioError) as info:
        geo.load_scenario(tmp_path / "nope.yaml")
    assert info.value.problems == ["cannot read the file: No such file or directory"]


def test_the_size_limit_refuses_one_byte_more(tmp_path, monkeypatch):
    path = tmp_path / "ok.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    size = len(MINIMAL.encode())
    monkeypatch.setattr(scenario_module, "SCENARIO_MAX_BYTES", size)
    assert geo.load_scenario(path).id == "x"
    monkeypatch.setattr(scenario_module, "SCENARIO_MAX_BYTES", size - 1)
    with pytest.raises(geo.ScenarioError) as info:
        geo.load_scenario(path)
    assert info.value.problems == [f"file is {size} bytes, more than the limit of {size - 1}"]


# ----------------------------------------------------------------------------- expanded size (aliases)

#: 9 nodes once expanded (the mapping, keys a and d, the list [b, c] twice), 6 characters (a, d, b, c, b, c),
#: 3 deep (mapping > list > scalar).
ALIASED = "a: &x [b, c]\nd: *x\n"


@pytest.mark.parametrize("limit, value, expected", [
    ("SCENARIO_MAX_NODES", 8, "line 1: field 'a': this value expands to more than 8 YAML nodes through its aliases "
                              "(*name): refused as too large (9 counted so far)"),
    ("SCENARIO_MAX_TEXT_CHARS", 5, "line 1: field 'a': this value expands to more than 5 characters of text through "
                                   "its aliases (*name): refused as too large"),
    ("SCENARIO_MAX_DEPTH", 2, "line 1: field 'a': mappings and lists nested more than 2 deep: refused"),
])
def test_expanded_size_limits_count_aliases_exactly(tmp_path, monkeypatch, limit, value, expected):
    monkeypatch.setattr(scenario_module, limit, value)
    assert _problems(tmp_path, ALIASED) == [expected]
    monkeypatch.setattr(scenario_module, limit, value + 1)   # at the limit: read (then refused by the schema)
    assert "scenario' is a required property" in " ".join(_problems(tmp_path, ALIASED))


def test_a_value_too_large_is_named_where_it_first_appears(tmp_path, monkeypatch):
    monkeypatch.setattr(scenario_module, "SCENARIO_MAX_NODES", 9)
    # the list anchored under b expands to 1 + 3 * 3 = 10 nodes (> 9); c refers to it again: named at b, line 2
    text = "l: &l [x, y]\nb: &big [*l, *l, *l]\nc: *big\n"
    assert _problems(tmp_path, text) == [
        "line 2: field 'b': this value expands to more than 9 YAML nodes through its aliases (*name): refused as "
        "too large (10 counted so far)"]


# ----------------------------------------------------------------------------- message helpers


def test_cut_keeps_text_up_to_the_limit_and_gives_the_length_beyond():
    assert _cut("x" * 200) == "x" * 200
    assert _cut("x" * 201) == "x" * 200 + "... (201 characters in all)"
    assert _cut("abcdef", 3) == "abc... (6 characters in all)" and _cut("abc", 3) == "abc"


def test_short_bounds_the_repr_of_any_value():
    assert _short("x" * 80) == repr("x" * 80)
    assert _short("x" * 81) == repr("x" * 80) + "... (81 characters)"
    assert _short(12) == "12" and _short([1, 2]) == "[1, 2]"
    long_list = list(range(1000, 1050))
    text = _short(long_list)
    assert text == "[1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, ...]"   # short: no size added
    # a repr of exactly 80 characters is kept whole (then sized, being near the limit)
    assert _short(["a" * 76]) == repr(["a" * 76]) + " (list of 1 items)" and len(repr(["a" * 76])) == 80
    wide = ["y" * 30] * 3
    assert _short(wide) == repr(wide)[:77] + "... (list of 3 items)"
    assert _short({"k": "v" * 100}) == repr({"k": "v" * 100})[:77] + "..." + " (dict of 1 items)"


def test_describe_names_section_item_field_and_value():
    data = {"places": [{"id": "a"}, {"name": "no id"}], "sources": [], "views": [{"id": "v"}]}
    assert _describe(data, None, ["places", 0, "lat"], "bad", 95) == "places 'a' (item 0): field 'lat': bad (value: 95)"
    assert _describe(data, None, ["places", 1, "lon"], "bad") == "places item 1: field 'lon': bad"
    assert _describe(data, None, ["views", 0], "bad") == "views 'v' (item 0): bad"
    assert _describe(data, None, ["scenario", "aircraft", "source"], "m", "x") == "scenario: field 'aircraft.source': m (value: 'x')"
    assert _describe(data, None, ["scenario"], "m") == "scenario: m"
    assert _describe(data, None, [], "m", None) == "m (value: None)"
    assert _describe({"places": "oops"}, None, ["places", 0, "id"], "m") == "places item 0: field 'id': m"
    assert _describe({"places": None}, None, ["places", 0, "id"], "m") == "places item 0: field 'id': m"
    # an id is cut at 100 characters
    assert _describe({"places": [{"id": "i" * 150}]}, None, ["places", 0], "m") == (
        "places '" + "i" * 100 + "... (150 characters in all)' (item 0): m")


def test_problem_lines_give_the_line_of_the_field_or_its_nearest_parent(tmp_path):
    s = _loads(tmp_path, EXAMPLE)
    line_of = {n: i for i, n in enumerate(EXAMPLE.split("\n"), start=1)}
    manzanillo = next(i for t, i in line_of.items() if "id: manzanillo" in t)
    legs = next(i for t, i in line_of.items() if "from: guayaquil" in t)
    assert s.problem(["places", 1, "lat"], "m", 1) == f"line {manzanillo}: places 'manzanillo' (item 1): field 'lat': m (value: 1)"
    # a field that does not exist: the line of its item
    assert s.problem(["places", 1, "nothing"], "m") == f"line {manzanillo}: places 'manzanillo' (item 1): field 'nothing': m"
    assert s.problem(["routes", 0, "legs", 0, "to"], "m").startswith(f"line {legs}: routes 'pacific_sea' (item 0): ")
    # an index past the end of a list: the line of the list
    assert s.problem(["routes", 0, "legs", 5], "m").startswith(f"line {legs}: ")
    assert s.problem([], "m") == "line 1: m"
    err = s.error(["places", 0, "lon"], "m")
    assert isinstance(err, geo.ScenarioError) and err.problems == [s.problem(["places", 0, "lon"], "m")]


def test_problem_without_the_file_gives_no_line(tmp_path):
    path = tmp_path / "gone.yaml"
    path.write_text(EXAMPLE, encoding="utf-8")
    s = geo.load_scenario(path)
    path.unlink()
    assert s.problem(["places", 0, "lat"], "m") == "places 'guayaquil' (item 0): field 'lat': m"


# ----------------------------------------------------------------------------- schema messages


def test_schema_problems_are_sorted_by_field_and_keep_the_value_only_where_it_means_something(tmp_path):
    def bad(d):
        d["places"][1]["lat"] = 95
        d["places"][0]["colour"] = "red"
        del d["routes"][0]["name"]
    assert _example_problems(tmp_path, bad) == [
        "places 'guayaquil' (item 0): Additional properties are not allowed ('colour' was unexpected)",
        "places 'manzanillo' (item 1): field 'lat': 95 is greater than the maximum of 90 (value: 95)",
        "routes 'pacific_sea' (item 0): 'name' is a required property",
    ]


@pytest.mark.parametrize("value", [2016, "2016-13"])
def test_a_period_that_is_not_a_quoted_date_says_how_to_write_it(tmp_path, value):
    problems = _example_problems(tmp_path, lambda d: d["routes"][0].update(period_start=value))
    expected = ('must be a date in quotes: "YYYY", "YYYY-MM" or "YYYY-MM-DD"' if value == 2016
                else "'2016-13' does not match '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$'")
    assert problems == [f"routes 'pacific_sea' (item 0): field 'period_start': {expected} (value: {value!r})"]


def test_a_geometry_that_fits_no_method_lists_what_each_method_needs(tmp_path):
    problems = _example_problems(tmp_path, lambda d: d["regions"][0]["geometry"].pop("buffer_m"))
    assert problems == [
        "regions 'gulf_of_guayaquil' (item 0): field 'geometry': does not fit the geometry method 'buffered_hull' "
        "(buffered_hull needs buffer_m and places or anchors; countries needs iso_a3; border_strip needs country, "
        "neighbour, width_m)"]


# ----------------------------------------------------------------------------- cross-checks


@pytest.mark.parametrize("value, refused", [(2**53, False), (-(2**53), False), (2**53 + 1, True), (-(2**53) - 1, True)])
def test_integers_beyond_2_to_the_53_are_refused(tmp_path, value, refused):
    # 2**53 is the largest integer a JSON number (IEEE 754 double) keeps exactly
    text = _example_text(lambda d: d["routes"][0]["figures"].update(load_kg=value))
    if not refused:
        assert _loads(tmp_path, text).routes[0]["figures"]["load_kg"] == value
        return
    assert [re.sub(r"^line \d+: ", "", p) for p in _problems(tmp_path, text)] == [
        f"routes 'pacific_sea' (item 0): field 'figures.load_kg': is larger than 9,007,199,254,740,992 and would lose "
        f"digits (value: {value})"]


def test_a_period_end_is_compared_with_its_start_at_the_precision_written(tmp_path):
    def period(start, end):
        return lambda d: d["routes"][0].update(period_start=start, period_end=end)
    for start, end in [("2016-05", "2016"), ("2016", "2016-01"), ("2016-05", "2016-05-31"), ("2016-05-31", "2016-05"),
                       ("2016-05", "2016-05"), ("2016-05-02", "2016-06-01")]:
        assert _loads(tmp_path, _example_text(period(start, end))).routes[0]["period_end"] == end
    for start, end in [("2016", "2015"), ("2016-05", "2016-04"), ("2016-05-02", "2016-05-01"), ("2016-05", "2015-12-31"),
                       ("2017", "2016-12")]:
        assert _example_problems(tmp_path, period(start, end)) == [
            f"routes 'pacific_sea' (item 0): field 'period_end': is before period_start {start!r} (value: {end!r})"]


def test_ids_and_source_references_are_checked_across_sections(tmp_path):
    def bad(d):
        d["sources"].append({"id": "wpi", "title": "again"})
        d["regions"][0]["id"] = "guayaquil"
        d["routes"][0]["sources"] = ["example", "gone"]
        d["regions"][0]["official_area_source"] = "nowhere"
        d["flows"] = [{"id": "f", "name": "f", "destination": "MEX", "share_pct": 10, "from": "guayaquil", "to": "tijuana",
                       "sources": ["example"], "confidence": "possible"}]
    assert _example_problems(tmp_path, bad) == [
        "sources 'wpi' (item 3): field 'id': duplicate source id (value: 'wpi')",
        "regions 'guayaquil' (item 0): field 'id': duplicate id (already used in places) (value: 'guayaquil')",
        "regions 'guayaquil' (item 0): field 'official_area_source': unknown source id (value: 'nowhere')",
        "routes 'pacific_sea' (item 0): field 'sources.1': unknown source id (value: 'gone')",
        "flows 'f' (item 0): field 'to': unknown place (value: 'tijuana')",
    ]


def test_coordinate_sources_must_start_with_a_listed_source(tmp_path):
    def bad(d):
        d["places"][0]["coord_source"] = "wpi2 15275"
        d["places"][1]["coord_source"] = "wpi"     # the id alone is enough
        d["regions"][0]["geometry"]["anchors"] = [{"name": "A", "lon": -80.0, "lat": -2.5, "coord_source": "wpi 1"},
                                                  {"name": "B", "lon": -80.1, "lat": -2.6, "coord_source": "atlas 2"}]
        d["routes"][0]["legs"][0]["via"] = [{"name": "V", "lon": -90.0, "lat": 5.0, "coord_source": "chart 7"}]
    assert _example_problems(tmp_path, bad) == [
        "places 'guayaquil' (item 0): field 'coord_source': must start with the id of a listed source (value: 'wpi2 15275')",
        "regions 'gulf_of_guayaquil' (item 0): field 'geometry.anchors.1.coord_source': must start with the id of a "
        "listed source (value: 'atlas 2')",
        "routes 'pacific_sea' (item 0): field 'legs.0.via.0.coord_source': must start with the id of a listed source "
        "(value: 'chart 7')",
    ]


def test_official_units_check_sources_covering_codes_and_ubigeo_digits(tmp_path):
    def bad(d):
        d["regions"][0]["official"] = {"level": "province", "ubigeo": ["1604", "16", "160401"], "sources": ["example", "inei"],
                                       "newer_units": [{"ubigeo": "160499", "name": "N", "covered_by": "1604"},
                                                       {"ubigeo": "160498", "name": "M", "covered_by": "1605"}]}
    assert _example_problems(tmp_path, bad) == [
        "regions 'gulf_of_guayaquil' (item 0): field 'official.sources.1': unknown source id (value: 'inei')",
        "regions 'gulf_of_guayaquil' (item 0): field 'official.newer_units.1.covered_by': must be one of the region's "
        "official ubigeo codes (value: '1605')",
        "regions 'gulf_of_guayaquil' (item 0): field 'official.ubigeo.1': a province UBIGEO has 4 digits (value: '16')",
        "regions 'gulf_of_guayaquil' (item 0): field 'official.ubigeo.2': a province UBIGEO has 4 digits (value: '160401')",
    ]
    for level, code in (("department", "16"), ("district", "160401")):
        text = _example_text(lambda d: d["regions"][0].update(official={"level": level, "ubigeo": [code], "sources": ["example"]}))
        assert _loads(tmp_path, text).regions[0]["official"]["ubigeo"] == [code]


def test_places_named_by_regions_legs_and_sources_must_exist(tmp_path):
    def bad(d):
        d["regions"][0]["geometry"]["places"] = ["guayaquil", "quito"]
        d["routes"][0]["legs"].append({"from": "lima", "to": "manzanillo", "mode": "sea"})
        d["routes"][0]["legs"].append({"from": "manzanillo", "to": "manzanillo", "mode": "sea"})
        d["sources"][0]["names"] = ["guayaquil", "gulf_of_guayaquil", "callao"]
    assert _example_problems(tmp_path, bad) == [
        "regions 'gulf_of_guayaquil' (item 0): field 'geometry.places.1': unknown place (value: 'quito')",
        "routes 'pacific_sea' (item 0): field 'legs.1.from': unknown place (value: 'lima')",
        "routes 'pacific_sea' (item 0): field 'legs.2.to': leg starts and ends at the same place (value: 'manzanillo')",
        "sources 'example' (item 0): field 'names.2': unknown place or region (names lists the ids of what the source "
        "names) (value: 'callao')",
    ]


def test_a_leg_between_two_places_at_the_same_coordinates_is_refused(tmp_path):
    def twin(d):
        d["places"].append({**d["places"][1], "id": "manzanillo_port", "name": "Port"})
        d["routes"][0]["legs"] = [{"from": "manzanillo", "to": "manzanillo_port", "mode": "road"}]
    assert _example_problems(tmp_path, twin) == [
        "routes 'pacific_sea' (item 0): field 'legs.0.to': leg starts and ends at the same coordinates as 'manzanillo' "
        "(value: 'manzanillo_port')"]


def test_the_aircraft_must_cite_a_listed_source(tmp_path):
    assert _example_problems(tmp_path, lambda d: d["scenario"]["aircraft"].update(source="pilot")) == [
        "scenario: field 'aircraft.source': unknown source id (value: 'pilot')"]


def test_views_name_known_features_and_a_box_in_degrees(tmp_path):
    def views(*boxes):
        def mutate(d):
            d["views"] = [{"id": "v", "name": "V", "regions": ["gulf_of_guayaquil", "sea"], "places": ["quito"],
                           "routes": ["pacific_sea"]}]
            d["views"] += [{"id": f"b{i}", "name": "B", "bbox": box} for i, box in enumerate(boxes)]
        return mutate
    good = [[-180, -90, 180, 90], [180, -10, -180, 10], [0, 89.5, 0, 90]]
    bad = [[-180.5, -10, 10, 10], [10, -10, 180.5, 10], [-10, -90.5, 10, 10], [-10, -10, 10, 90.5], [-10, 10, 10, 10],
           [-10, 20, 10, 10], [180.5, -10, 10, 10], [-10, -10, -180.5, 10]]
    problems = _example_problems(tmp_path, views(*good, *bad))
    assert problems[:2] == ["views 'v' (item 0): field 'regions.1': unknown region (value: 'sea')",
                            "views 'v' (item 0): field 'places.0': unknown place (value: 'quito')"]
    assert problems[2:] == [f"views 'b{i}' (item {i + 1}): field 'bbox': must be [west, south, east, north] in degrees, "
                            f"south < north (value: {box})" for i, box in enumerate(good + bad) if box in bad]


def test_story_steps_name_known_views_features_and_sources(tmp_path):
    def story(d):
        d["story"] = [
            {"title": "t", "text": "x", "sources": ["example", "zz"], "view": "nowhere", "highlight": ["guayaquil", "qq"]},
            {"title": "t", "text": "x", "sources": ["example"], "view": "route",
             "highlight": ["gulf_of_guayaquil", "pacific_sea"]},
            {"title": "t", "text": "x", "sources": ["wpi"],
             "view": {"regions": ["r1"], "routes": ["pacific_sea", "r2"], "places": ["p3", "manzanillo"]}},
        ]
    assert _example_problems(tmp_path, story) == [
        "story: field '0.view': unknown view (value: 'nowhere')",
        "story: field '0.highlight.1': unknown place, region, route or flow (value: 'qq')",
        "story: field '0.sources.1': unknown source id (value: 'zz')",
        "story: field '2.view.regions.0': unknown region (value: 'r1')",
        "story: field '2.view.routes.1': unknown route (value: 'r2')",
        "story: field '2.view.places.0': unknown place (value: 'p3')",
    ]


def test_every_problem_of_a_file_is_reported_at_once_with_its_line(tmp_path):
    text = EXAMPLE.replace("coord_source: \"wpi 15770\"", "coord_source: \"nga 15770\"").replace(
        "- {from: guayaquil, to: manzanillo, mode: sea}", "- {from: guayaquil, to: acapulco, mode: sea}")
    lines = text.split("\n")
    place_line = next(i for i, t in enumerate(lines, 1) if "id: manzanillo" in t)
    leg_line = next(i for i, t in enumerate(lines, 1) if "to: acapulco" in t)
    assert _problems(tmp_path, text) == [
        # coord_source is on the line after the place's id (the flow mapping continues)
        f"line {place_line + 1}: places 'manzanillo' (item 1): field 'coord_source': must start with the id of a listed "
        "source (value: 'nga 15770')",
        f"line {leg_line}: routes 'pacific_sea' (item 0): field 'legs.0.to': unknown place (value: 'acapulco')",
    ]


def test_non_finite_numbers_are_refused_where_they_are(tmp_path):
    for written, shown in ((".nan", "nan"), ("-.inf", "-inf")):
        text = EXAMPLE.replace("load_kg: 2000", f"load_kg: {written}")
        assert [re.sub(r"^line \d+: ", "", p) for p in _problems(tmp_path, text)] == [
            f"routes 'pacific_sea' (item 0): field 'figures.load_kg': must be a finite number (value: {shown})"]


def test_error_carries_the_file_and_the_value(tmp_path):
    path = tmp_path / "ok.yaml"
    path.write_text(EXAMPLE, encoding="utf-8")
    s = geo.load_scenario(path)
    err = s.error(["places", 0, "lon"], "is odd", -79.9)
    assert err.problems == [s.problem(["places", 0, "lon"], "is odd", -79.9)]
    assert err.problems[0].endswith("field 'lon': is odd (value: -79.9)")
    assert str(err) == f"{path}: {err.problems[0]}"


def test_a_field_after_an_alias_is_still_named(tmp_path):
    # the search for the field walks past the alias (a second reference to the list) to reach c.d
    text = "a: &x [1]\nb: *x\nc:\n  d: 1\n  d: 2\n"
    assert _problems(tmp_path, text) == ["line 5, column 3: field 'c.d': duplicate key 'd' (first on line 4)"]


def test_a_value_too_large_beside_a_recursive_alias_is_named_without_looping(tmp_path, monkeypatch):
    # the text under a (read first, as the last key) is over the limit; the search for its field
    # passes the list that contains itself (b) and must not follow it round
    monkeypatch.setattr(scenario_module, "SCENARIO_MAX_TEXT_CHARS", 4)
    assert _problems(tmp_path, "b: &s [*s]\na: xxxxx\n") == [
        "line 2: field 'a': this value expands to more than 4 characters of text through its aliases (*name): "
        "refused as too large"]


def test_official_units_are_checked_in_every_region_that_has_them(tmp_path):
    # the first region has no official units; the second's are still checked
    def bad(d):
        second = {**d["regions"][0], "id": "second", "name": "Second"}
        second["official"] = {"level": "department", "ubigeo": ["16"], "sources": ["gone"]}
        d["regions"].append(second)
    assert _example_problems(tmp_path, bad) == [
        "regions 'second' (item 1): field 'official.sources.0': unknown source id (value: 'gone')"]


def test_a_story_may_highlight_a_flow(tmp_path):
    def story(d):
        d["flows"] = [{"id": "to_mexico", "name": "Share to Mexico", "destination": "MEX", "share_pct": 10,
                       "from": "guayaquil", "to": "manzanillo", "sources": ["example"], "confidence": "possible"}]
        d["story"] = [{"title": "t", "text": "x", "sources": ["example"], "highlight": ["to_mexico", "pacific_sea"]}]
    assert _loads(tmp_path, _example_text(story)).data["story"][0]["highlight"] == ["to_mexico", "pacific_sea"]


def test_the_text_limit_counts_characters_not_depth(tmp_path, monkeypatch):
    # 11 characters ("a" and ten "b"), 2 deep: over a limit of 10 characters
    monkeypatch.setattr(scenario_module, "SCENARIO_MAX_TEXT_CHARS", 10)
    assert _problems(tmp_path, "a: bbbbbbbbbb\n") == [
        "line 1: field 'a': this value expands to more than 10 characters of text through its aliases (*name): "
        "refused as too large"]


def test_a_long_field_path_is_cut_at_100_characters(tmp_path):
    text = f"{'k' * 60}:\n  {'m' * 60}:\n    x: 1\n    x: 2\n"
    path = f"{'k' * 60}.{'m' * 60}.x"
    assert _problems(tmp_path, text) == [
        f"line 4, column 5: field '{path[:100]}... ({len(path)} characters in all)': duplicate key 'x' (first on line 3)"]


def test_a_missing_file_names_itself(tmp_path):
    with pytest.raises(geo.ScenarioError) as info:
        geo.load_scenario(tmp_path / "nope.yaml")
    assert str(info.value) == f"{tmp_path / 'nope.yaml'}: cannot read the file: No such file or directory"


def test_the_cache_keeps_each_file_apart(tmp_path, monkeypatch):
    # with the cache on, a second file is not taken for the first, and a file read again is the same
    monkeypatch.setenv("GEO_NO_CACHE", "")
    monkeypatch.setenv("GEO_DATA_CACHE", str(tmp_path / "cache"))
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert _loads(tmp_path / "a", EXAMPLE).id == "pacific_example"
    assert _loads(tmp_path / "b", MINIMAL).id == "x"
    assert _loads(tmp_path / "a", EXAMPLE).data == yaml.safe_load(EXAMPLE)


# ----------------------------------------------------------------------------- found by the full run


@pytest.mark.parametrize("text, expected", [
    # a tagged scalar key is built as an empty list, mapping or set (PyYAML fills it later), which cannot be a key
    ("scenario:\n  !!seq k: 1\n", "line 2, column 3: field 'scenario': the key [] cannot be a key (keys are names: text)"),
    ("scenario:\n  id: x\n  !!map k: 1\n",
     "line 3, column 3: field 'scenario.k': the key {} cannot be a key (keys are names: text)"),
    ("a:\n  b: 1\n  !!set k: 1\n", "line 3, column 3: field 'a.k': the key set() cannot be a key (keys are names: text)"),
])
def test_a_tagged_key_that_builds_a_collection_is_refused_with_its_line(tmp_path, text, expected):
    assert _problems(tmp_path, text) == [expected]


def test_a_problem_line_is_found_whatever_the_platform_text_encoding(tmp_path, monkeypatch):
    # The README example holds non-ASCII text ("Marítimo", "→"). Read as Latin-1 (the default text
    # encoding of a platform whose locale is not UTF-8), "→" gives C1 control characters that YAML refuses,
    # and the line would be lost: the file is read as UTF-8 whatever the platform's default.
    import io

    s = _loads(tmp_path, EXAMPLE)
    manzanillo = next(i for i, t in enumerate(EXAMPLE.split("\n"), start=1) if "id: manzanillo" in t)
    monkeypatch.setattr(io, "text_encoding", lambda encoding, stacklevel=2: encoding or "latin-1")
    assert s.problem(["places", 1, "lat"], "m", 1) == f"line {manzanillo}: places 'manzanillo' (item 1): field 'lat': m (value: 1)"


def test_an_index_just_past_the_end_of_a_list_gives_the_line_of_the_list(tmp_path):
    s = _loads(tmp_path, EXAMPLE)
    legs = next(i for i, t in enumerate(EXAMPLE.split("\n"), start=1) if "from: guayaquil" in t)
    # the route has one leg: index 1 is just past the end
    assert s.problem(["routes", 0, "legs", 1, "to"], "m") == f"line {legs}: routes 'pacific_sea' (item 0): field 'legs.1.to': m"


def test_short_sizes_a_collection_from_77_characters_of_repr():
    # limit 80: a repr of limit - 3 = 77 characters or more is near the limit, and its size is added
    assert len(repr(["a" * 73])) == 77 and _short(["a" * 73]) == repr(["a" * 73]) + " (list of 1 items)"
    assert len(repr(["a" * 72])) == 76 and _short(["a" * 72]) == repr(["a" * 72])


def test_describe_cuts_a_top_level_name_and_a_field_path_at_100_characters():
    data = {"places": []}
    assert _describe(data, None, ["k" * 150], "m") == "k" * 100 + "... (150 characters in all): m"
    assert _describe(data, None, ["k" * 100], "m") == "k" * 100 + ": m"
    field = "f" * 150
    assert _describe(data, None, ["scenario", field], "m") == "scenario: field '" + "f" * 100 + "... (150 characters in all)': m"
    assert _describe(data, None, ["scenario", "f" * 100], "m") == "scenario: field '" + "f" * 100 + "': m"


def test_a_non_finite_number_is_named_with_its_line(tmp_path):
    text = EXAMPLE.replace("load_kg: 2000", "load_kg: .inf")
    line = next(i for i, t in enumerate(text.split("\n"), start=1) if "load_kg: .inf" in t)
    assert _problems(tmp_path, text) == [
        f"line {line}: routes 'pacific_sea' (item 0): field 'figures.load_kg': must be a finite number (value: inf)"]


def test_a_period_may_start_and_end_on_the_same_day(tmp_path):
    text = _example_text(lambda d: d["routes"][0].update(period_start="2016-05-02", period_end="2016-05-02"))
    route = _loads(tmp_path, text).routes[0]
    assert (route["period_start"], route["period_end"]) == ("2016-05-02", "2016-05-02")


def test_a_value_too_deep_names_its_whole_field_path_cut_at_100_characters(tmp_path, monkeypatch):
    # s > k...k > list > list > x: the outer list under s.k...k is 3 deep (list, list, scalar), over a limit of 2
    monkeypatch.setattr(scenario_module, "SCENARIO_MAX_DEPTH", 2)
    key = "k" * 150
    path = f"s.{key}"
    assert _problems(tmp_path, f"s:\n  {key}: [[x]]\n") == [
        f"line 2: field '{path[:100]}... (152 characters in all)': mappings and lists nested more than 2 deep: refused"]
    assert _problems(tmp_path, "s:\n  k: [[x]]\n") == ["line 2: field 's.k': mappings and lists nested more than 2 deep: refused"]


def test_a_recursive_alias_is_refused_in_so_many_words(tmp_path):
    assert _problems(tmp_path, "scenario: &s\n  id: loop\n  again: *s\n") == [
        "line 1: an alias refers to a value that contains it (a recursive alias): refused"]


def test_a_file_over_the_size_limit_is_named(tmp_path, monkeypatch):
    path = tmp_path / "big.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    monkeypatch.setattr(scenario_module, "SCENARIO_MAX_BYTES", 10)
    with pytest.raises(geo.ScenarioError) as info:
        geo.load_scenario(path)
    assert str(info.value) == f"{path}: file is {len(MINIMAL.encode())} bytes, more than the limit of 10"


def test_a_file_validated_once_is_taken_from_the_cache_without_validating_it_again(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_NO_CACHE", "")
    monkeypatch.setenv("GEO_DATA_CACHE", str(tmp_path / "cache"))
    first = _loads(tmp_path, EXAMPLE)
    # from now on a validation would refuse the file: only the cache can give it
    monkeypatch.setattr(scenario_module, "_cross_check", lambda data, root: ["validated again"])
    again = tmp_path / "same bytes elsewhere.yaml"
    again.write_text(EXAMPLE, encoding="utf-8")
    s = geo.load_scenario(again)
    assert s.path == again and s.data == first.data and s.id == "pacific_example"
    # another file is validated (and refused by the stand-in check)
    other = tmp_path / "other.yaml"
    other.write_text(MINIMAL, encoding="utf-8")
    with pytest.raises(geo.ScenarioError) as info:
        geo.load_scenario(other)
    assert info.value.problems == ["validated again"]


def test_a_control_character_on_a_later_line_names_its_own_column(tmp_path):
    # the column counts from the last line break before the character, not the first
    assert _problems(tmp_path, 'a: 1\nb: 2\nc: "x\x07"\n') == [
        "line 3, column 6: not valid YAML: character '\\x07' is not allowed in YAML (control characters are not allowed)"]


def test_a_method_key_outside_a_geometry_is_an_unexpected_property(tmp_path):
    problems = _example_problems(tmp_path, lambda d: d["places"][0].update(method="sea"))
    assert problems == ["places 'guayaquil' (item 0): Additional properties are not allowed ('method' was unexpected)"]


def test_a_geometry_that_fits_no_method_does_not_hide_the_problems_after_it(tmp_path):
    def bad(d):
        d["regions"][0]["geometry"].pop("buffer_m")
        del d["routes"][0]["name"]
    assert _example_problems(tmp_path, bad) == [
        "regions 'gulf_of_guayaquil' (item 0): field 'geometry': does not fit the geometry method 'buffered_hull' "
        "(buffered_hull needs buffer_m and places or anchors; countries needs iso_a3; border_strip needs country, "
        "neighbour, width_m)",
        "routes 'pacific_sea' (item 0): 'name' is a required property"]


def test_a_period_end_that_is_not_a_quoted_date_says_how_to_write_it(tmp_path):
    problems = _example_problems(tmp_path, lambda d: d["routes"][0].update(period_end=2020))
    assert problems == ["routes 'pacific_sea' (item 0): field 'period_end': must be a date in quotes: \"YYYY\", "
                        "\"YYYY-MM\" or \"YYYY-MM-DD\" (value: 2020)"]
