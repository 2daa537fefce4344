"""The VRAEM region says which district list it is and why its area differs from the press figure."""

import csv

import pytest

import geo
from geo.measure import geodesic_area_m2
from geo.official import official_units

PRESS_AREA_KM2 = 57_735  # the figure quoted in the press (issue 12); no source of the scenario gives it


def _vraem():
    return next(r for r in geo.load_scenario().regions if r["id"] == "vraem")


def _ambito_codes(official):
    # the 69 districts: the 2007 districts except Vilcabamba (in the list only as the parent of two
    # of them), plus the 19 created since
    return [c for c in official["ubigeo"] if c != "080909"] + [u["ubigeo"] for u in official["newer_units"]]


def test_the_district_list_is_stated_and_counted():
    region = _vraem()
    official = region["official"]
    codes = _ambito_codes(official)
    assert len(official["ubigeo"]) == 51 and len(official["newer_units"]) == 19
    assert len(codes) == len(set(codes)) == 69
    note = official["note"]
    for fact in ("69 districts", "51 INEI 2007 districts", "19 districts created after 2007", "DS 102-2018-PCM",
                 "Vilcabamba (080909", "Inkawasi and Villa Virgen", "57,735 km²"):
        assert fact in note, fact
    assert {u["covered_by"] for u in official["newer_units"]} <= set(official["ubigeo"])
    assert region.get("official_area_km2") is None  # no official surface of the ámbito is published here


def test_the_stated_areas(shared_dir, official_files, built):
    note = _vraem()["official"]["note"]
    codes = _ambito_codes(_vraem()["official"])
    with open(shared_dir / "data" / "peru_ubigeo" / "ubigeo_distrito.csv", encoding="utf-8") as fh:
        rows = {r["inei"]: r for r in csv.DictReader(fh) if r["inei"] in codes}
    assert len(rows) == 69
    surfaces = {c: float(r["superficie"]) for c, r in rows.items() if r["superficie"] not in ("", "S.I.")}
    assert len(surfaces) == 67
    assert sorted(rows[c]["distrito"] for c in set(codes) - set(surfaces)) == ["ORONCCOY", "SANTIAGO DE TUCUMA"]
    total = sum(surfaces.values())
    assert total == pytest.approx(36_087.57, abs=0.01)
    assert f"{total:,.0f} km²" in note
    # the drawn union, and Vilcabamba whole in it
    if official_files is None:
        pytest.skip("no official boundary files here")
    districts = official_units("district", official_files).set_index("ubigeo")
    listed = _vraem()["official"]["ubigeo"]
    drawn = geodesic_area_m2(districts.loc[listed].geometry.values) / 1e6
    vilcabamba = drawn[listed.index("080909")]
    assert f"{drawn.sum():,.0f} km²" in note and f"{vilcabamba:,.0f} km² as drawn" in note
    layer = built.layers["regions"].set_index("id")  # the session build, on the same official files
    assert layer.loc["vraem", "area_km2"] == pytest.approx(drawn.sum(), abs=0.1)
    assert 1.5 < PRESS_AREA_KM2 / drawn.sum() < PRESS_AREA_KM2 / total < 1.6
