"""Region membership never crosses a national border; its tolerance, in metres, acts only inside a country."""

import geopandas as gpd
import pytest
import shapely

import geo
from geo.countries import country_polygon
from geo.overlay import PLACE_TOLERANCE_M, assign_places, region_countries

# Leticia (Colombia): Natural Earth populated places; Tabatinga (Brazil): its infobox. Both lie a few
# hundred metres to 1.5 km from the INEI outline of the Peruvian province of Mariscal Ramón Castilla.
LETICIA = (-69.95526, -4.20121)
TABATINGA = (-69.93806, -4.25250)


def _places(**columns):
    geometry = [shapely.Point(xy) for xy in columns.pop("xy")]
    return gpd.GeoDataFrame(columns, geometry=geometry, crs="EPSG:4326")


def _region_at_the_triple_frontier():
    # the part of Peru in a box east of 70.2° W: its west side is an internal line, its east side the border
    box = shapely.box(-70.2, -4.6, -69.8, -4.0)
    return gpd.GeoDataFrame({"id": ["frontier"], "kind": ["hub"], "area_km2": [1.0]},
                            geometry=[shapely.intersection(box, country_polygon("PER"))], crs="EPSG:4326")


def test_the_tolerance_is_in_metres():
    assert PLACE_TOLERANCE_M == 2_000.0


def test_a_foreign_town_beside_a_region_is_not_in_it():
    regions = _region_at_the_triple_frontier()
    assert region_countries(regions) == {"frontier": {"PER"}}
    # 1.1 km west of the internal side of the box, in Peru: inside by tolerance
    places = _places(id=["leticia", "tabatinga", "peru_west", "leticia_no_country"],
                     country=["COL", "BRA", "PER", None],
                     xy=[LETICIA, TABATINGA, (-70.21, -4.20), LETICIA])
    # both foreign towns are within 5 km of the Peruvian region (Natural Earth's border): a tolerance
    # of 5 km still does not reach across it
    far = geo.distance_to_geometry_m([LETICIA[0], TABATINGA[0]], [LETICIA[1], TABATINGA[1]], regions.geometry[0])
    assert (far < 5_000).all()
    out = assign_places(places, regions, tolerance_m=5_000)
    assert [v if isinstance(v, str) else None for v in out["in_regions"]] == [None, None, "frontier", None]


def test_a_region_drawn_across_a_border_holds_the_towns_it_covers():
    # a sketch that covers Leticia and is stated to lie in Peru and Colombia
    regions = gpd.GeoDataFrame({"id": ["hull"], "kind": ["hub"], "area_km2": [1.0]},
                               geometry=[geo.buffer_m(shapely.Point(LETICIA), 5_000)], crs="EPSG:4326")
    places = _places(id=["leticia"], country=["COL"], xy=[LETICIA])
    assert assign_places(places, regions, countries={"hull": {"PER", "COL"}})["in_regions"][0] == "hull"
    assert not isinstance(assign_places(places, regions, countries={"hull": {"PER"}})["in_regions"][0], str)


def test_official_codes_decide_over_generalised_polygons():
    # San Francisco (Ayna, UBIGEO 050503, Ayacucho) drawn inside a polygon of Cusco: the code wins
    regions = gpd.GeoDataFrame({"id": ["cusco", "ayacucho"], "kind": ["r", "r"], "area_km2": [1.0, 1.0]},
                               geometry=[geo.buffer_m(shapely.Point(-73.78957, -12.62415), 3_000),
                                         geo.buffer_m(shapely.Point(-74.0, -12.7), 3_000)], crs="EPSG:4326")
    places = _places(id=["san_francisco"], country=["PER"], xy=[(-73.78957, -12.62415)])
    codes = places["id"].map({"san_francisco": "050503"})
    out = assign_places(places, regions, place_units=codes, region_units={"cusco": ["08"], "ayacucho": ["05"]})
    assert out["in_regions"][0] == "ayacucho"


def test_no_foreign_town_in_a_peruvian_region(built):
    scenario = geo.load_scenario()
    places = built.layers["places"].set_index("id")
    regions = built.layers["regions"].set_index("id")
    official = regions["geometry_kind"] == "official_boundary"
    peruvian = [r["id"] for r in scenario.regions if r["id"] != "peru"
                and (official[r["id"]] or set(r["geometry"].get("clip_to", [])) == {"PER"}
                     or r["geometry"].get("country") == "PER")]
    assert {"vraem", "madre_de_dios", "cusco_mining"} <= set(peruvian)
    for rid in peruvian:
        inside = regions.loc[rid, "places_inside"]
        foreign = [p for p in (inside.split("; ") if isinstance(inside, str) else []) if places.loc[p, "country"] != "PER"]
        assert foreign == [], (rid, foreign)


def test_peru_official_membership(built, official_files):
    if official_files is None:
        pytest.skip("no official boundary files here")
    from geo.official import place_unit_codes

    places = built.layers["places"].set_index("id")
    regions = built.layers["regions"].set_index("id")
    inside = {rid: set(v.split("; ") if isinstance(v, str) else []) for rid, v in regions["places_inside"].items()}
    # INEI centros poblados: Llochegua 0504080001 and San Francisco 0505030001 are in Ayacucho (05)
    codes = place_unit_codes(built.layers["places"], official_files)
    codes.index = built.layers["places"]["id"]
    assert codes["llochegua"] == "050408" and codes["san_francisco_vraem"] == "050503"
    assert codes["callao"] is None  # "wpi 14950": a port index, not a UBIGEO
    assert not {"llochegua", "san_francisco_vraem"} & inside["cusco_mining"]
    assert {"llochegua", "san_francisco_vraem", "pichari", "kimbiri"} <= inside["vraem"]
    assert {"pichari", "kimbiri", "kepashiato", "kiteni"} <= inside["cusco_mining"]
    # the triple frontier is the Peruvian province 1604: Leticia (COL) and Tabatinga (BRA) are not in it
    assert inside["triple_frontier"] == {"caballococha", "santa_rosa_yavari"}
    # Madre de Dios: Iñapari (UBIGEO 170301) is, Assis Brasil across the Acre river is not
    assert inside["madre_de_dios"] == {"inapari", "puerto_maldonado"}
    assert not isinstance(places.loc["assis_brasil", "in_regions"], str)
