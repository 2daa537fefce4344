"""The built layers: RFC 7946, GDAL round trips, sourced features, reproducible files."""

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely

import geo
from geo.layers import LAYER_NAMES

REPO = Path(__file__).resolve().parents[1]


def _decimals(x: float) -> int:
    text = repr(float(x))
    return len(text.split(".")[1]) if "." in text and "e" not in text else 0


@pytest.mark.parametrize("name", LAYER_NAMES)
def test_layer_is_rfc7946(built, name):
    doc = json.loads(built.layer_paths[name].read_text(encoding="utf-8"), parse_constant=lambda c: pytest.fail(c))
    assert doc["type"] == "FeatureCollection"
    assert "crs" not in doc
    assert doc["features"], f"{name} is empty"
    for feat in doc["features"]:
        geom = shapely.geometry.shape(feat["geometry"])
        coords = shapely.get_coordinates(geom)
        assert (np.abs(coords[:, 0]) <= 180).all() and (np.abs(coords[:, 1]) <= 90).all()
        assert max(_decimals(v) for v in coords.ravel()) <= 6
        for poly in getattr(geom, "geoms", [geom]):
            if poly.geom_type == "Polygon":
                assert poly.exterior.is_ccw, f"{feat['id']}: exterior ring must be counter-clockwise"
                assert all(not ring.is_ccw for ring in poly.interiors)
        if geom.geom_type in ("LineString", "MultiLineString"):
            for part in getattr(geom, "geoms", [geom]):
                assert np.abs(np.diff(shapely.get_coordinates(part)[:, 0])).max() < 180


@pytest.mark.parametrize("name", LAYER_NAMES)
def test_layer_reads_back_through_gdal(built, name):
    gdf = built.layers[name]
    back = pyogrio.read_dataframe(built.layer_paths[name])
    assert len(back) == len(gdf)
    assert list(back["id"]) == list(gdf["id"])
    assert back.crs.to_epsg() == 4326
    assert (back.geometry.geom_type.str.replace("Multi", "") == gdf.geometry.geom_type.str.replace("Multi", "")).all()
    # same geometry to the written precision (a layer mixing single and multi parts is written all multi)
    for a, b in zip(back.geometry, geo.writers.promote_to_multi(gdf).geometry):
        assert a.equals_exact(shapely.orient_polygons(b), tolerance=1e-6) or a.equals(b)


@pytest.mark.parametrize("name", LAYER_NAMES)
def test_every_feature_is_sourced(built, name):
    gdf = built.layers[name]
    for col in ("id", "name", "kind", "sources", "source_refs", "confidence", "geometry_kind", "geometry_basis"):
        assert gdf[col].notna().all() and (gdf[col].astype(str) != "").all(), f"{name}.{col}"
    assert set(gdf["confidence"]) <= {"reported", "alleged", "possible"}
    assert set(gdf["geometry_kind"]) <= {"official_boundary", "dataset", "computed", "sketch"}
    assert set(gdf["drawing"]) <= {"located", "approximate", "illustrative"} and gdf["drawing"].notna().all()
    assert "drawing_note" in gdf.columns
    # anything drawn as less than located says why
    assert gdf.loc[gdf["drawing"] == "illustrative", "drawing_note"].notna().all(), name
    if name == "places":
        # a place cites the article exactly when the article names it (the source's own `names` list);
        # the others cite where their coordinate comes from
        named = set(built.scenario.sources["article"]["names"])
        cites = gdf["sources"].str.split("; ").apply(lambda ids: "article" in ids)
        assert (cites == gdf["id"].isin(named)).all()
        assert not cites[gdf["id"].isin(["kimbiri", "llochegua", "puno", "desaguadero", "cobija", "lima"])].any()
    elif name != "crossings":  # crossings are computed from the routes and cite the routes' sources
        assert gdf["source_refs"].str.contains("World-Wide Cocaine Business").all()


def test_sketches_say_they_are_not_official(built, official_files):
    regions = built.layers["regions"]
    sketches = regions[regions["geometry_kind"] == "sketch"]
    assert len(sketches) >= 4
    assert sketches["geometry_basis"].str.contains("not an official boundary").all()
    official = regions[regions["geometry_kind"] == "official_boundary"]
    assert official["geometry_basis"].str.startswith("official boundary: union of").all()
    assert official["sources"].str.contains("inei_2007_limits").all()
    if official_files is None:
        assert official.empty


def test_the_article_figures_are_on_their_features(built):
    regions = built.layers["regions"].set_index("id")
    peru = regions.loc["peru"]
    assert peru["coca_cultivation_ha"] == 55000
    assert peru["coca_leaf_production_2013_t"] == 121000
    assert peru["coca_leaf_for_drugs_2013_t"] == 113000
    assert peru["cocaine_hcl_capacity_t_per_year"] == 300
    assert peru["colombia_cocaine_hcl_capacity_t_per_year"] == 345
    assert peru["counter_drug_budget_usd"] == 12e6 and peru["us_counter_drug_grant_usd_per_year"] == 50e6
    assert regions.loc["vraem", "military_bases_count"] == 64
    assert regions.loc["vraem", "soldiers_count"] == 1000
    assert regions.loc["vizcatan_zone", ["armed_group_members_min_count", "armed_group_members_max_count"]].tolist() == [120, 150]
    routes = built.layers["routes"].set_index("id")
    assert routes.loc["couriers_bolivia_brazil", ["courier_pay_min_eur_per_kg", "courier_pay_max_eur_per_kg"]].tolist() == [70, 80]
    assert routes.loc["air_bridge_bolivia", ["payload_kg_per_flight", "flights_max_per_day", "pilot_pay_min_eur_per_kg"]].tolist() == [300, 4, 90]
    assert routes.loc["air_urubamba", "period_start"] == "2016-10"
    flows = built.layers["flows"].set_index("destination")["share_pct"].to_dict()
    assert flows == {"Europe": 79, "North America": 9, "Africa": 5, "Asia": 4}


def test_every_mode_of_the_article_is_present(built):
    assert set(built.layers["legs"]["mode"]) == {"foot", "air", "helicopter", "road", "river", "sea"}


def test_peru_area_against_inei(built):
    # Natural Earth 1:10m Peru against INEI's official 1,285,215.60 km²: generalisation error < 1 %.
    peru = built.layers["regions"].set_index("id").loc["peru"]
    assert peru["area_km2"] == pytest.approx(1_285_215.6, rel=0.01)
    assert peru["official_area_km2"] == 1_285_215.6
    assert peru["area_gap_pct"] == pytest.approx((peru["area_km2"] - 1_285_215.6) / 1_285_215.6 * 100, abs=0.05)


def test_leg_lengths_are_geodesic_and_sum_to_routes(built):
    legs, routes = built.layers["legs"], built.layers["routes"].set_index("id")
    places = geo.load_scenario().places_by_id
    for leg in legs[legs["mode"].isin(["air", "helicopter"])].itertuples():
        a, b = places[leg.from_id], places[leg.to_id]
        assert leg.length_km == pytest.approx(geo.distance_m(a["lon"], a["lat"], b["lon"], b["lat"]) / 1000, abs=0.06)
    sums = legs.groupby("route_id")["length_km"].sum()
    for rid, total in sums.items():
        assert routes.loc[rid, "length_km"] == pytest.approx(total, abs=0.05 * len(legs[legs.route_id == rid]))
    assert legs["length_nm"].to_numpy() == pytest.approx(legs["length_km"].to_numpy() / 1.852, abs=0.1)


def test_sea_legs_follow_lanes_not_chords(built):
    legs = built.layers["legs"]
    places = geo.load_scenario().places_by_id
    for leg in legs[legs["mode"] == "sea"].itertuples():
        a, b = places[leg.from_id], places[leg.to_id]
        chord_km = geo.distance_m(a["lon"], a["lat"], b["lon"], b["lat"]) / 1000
        assert leg.length_km >= chord_km * 0.999
        assert leg.length_km > 0


def test_air_legs_against_the_scenario_aircraft_range(built, tmp_path):
    aircraft = built.scenario.aircraft
    # Cessna 206: 594 nm at 75 % power (Cessna's published performance) = 1,100.1 km
    assert aircraft["name"] == "Cessna 206" and aircraft["range_km"] == pytest.approx(594 * 1.852, abs=0.1)
    legs = built.layers["legs"]
    air = legs.query("mode == 'air'")
    assert len(air) >= 4
    assert (air["fits_aircraft_range"] == (air["length_km"] <= aircraft["range_km"])).all()
    assert (air["fits_aircraft_range_round_trip"] == (2 * air["length_km"] <= aircraft["range_km"])).all()
    assert legs.loc[legs["mode"] != "air", "fits_aircraft_range"].isna().all()
    # a scenario that names no aircraft does not check any range, and draws no rings
    import yaml

    data = yaml.safe_load(geo.default_scenario_path().read_text(encoding="utf-8"))
    del data["scenario"]["aircraft"]
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = geo.build(path, layers_dir=tmp_path / "l", out_dir=tmp_path / "o", official=None)
    assert result.layers["legs"]["fits_aircraft_range"].isna().all()
    assert "Aircraft range from air-leg origins" not in result.map_path.read_text(encoding="utf-8")


def test_routes_name_countries_passed(built):
    routes = built.layers["routes"].set_index("id")
    assert routes.loc["air_bridge_bolivia", "countries"].startswith("PER ")
    assert "BOL " in routes.loc["air_bridge_bolivia", "countries"]
    chain = routes.loc["europe_chain", "countries"]
    assert [c.split()[0] for c in chain.split("; ")][:2] == ["PER", "BOL"] and "BRA" in chain
    assert "vraem" in routes.loc["air_bridge_bolivia", "regions"]


def test_no_private_individual_is_a_feature(built):
    text = " ".join(" ".join(map(str, gdf.drop(columns="geometry").astype(str).values.ravel()))
                    for gdf in built.layers.values())
    for name in ("Caracol", "Galvez", "Antezana", "Masais"):
        assert name not in text


def test_build_is_byte_identical(built, tmp_path, official_files):
    again = geo.build(layers_dir=tmp_path / "layers", out_dir=tmp_path / "out", official=official_files)
    for name in LAYER_NAMES:
        assert again.layer_paths[name].read_bytes() == built.layer_paths[name].read_bytes(), name
    assert again.csv_path.read_bytes() == built.csv_path.read_bytes()


def test_committed_layers_equal_a_fresh_build(built, official_files):
    if official_files is None:
        pytest.skip("the committed layers are built with the official INEI boundaries, not available here")
    for name in LAYER_NAMES:
        committed = REPO / "layers" / f"{name}.geojson"
        assert committed.exists(), f"layers/{name}.geojson is not in the repository: run `make map`"
        assert committed.read_bytes() == built.layer_paths[name].read_bytes(), \
            f"layers/{name}.geojson differs from a fresh build: run `make map` and commit"


def test_measurements_report(built):
    table = pd.read_csv(built.csv_path)
    assert set(table["table"]) == {"route", "leg", "crossing", "place", "region", "air_bridge"}
    cap = table[(table["table"] == "air_bridge") & (table["subject_id"] == "air_bridge_bolivia")].set_index("quantity")["value"]
    assert float(cap["capacity_kg_per_day"]) == 1200.0
    assert float(cap["capacity_t_per_year"]) == 438.0
    assert float(cap["production_t_per_year"]) == 300.0
    assert float(cap["capacity_share_of_production_pct"]) == pytest.approx(146.0)
    md = built.markdown_path.read_text(encoding="utf-8")
    assert "madre_de_dios" in md and "85,300.5" in md and "fits_aircraft_range" in md


def test_places_lie_in_their_declared_country(built):
    world = geo.countries()
    for place in built.layers["places"].itertuples():
        poly = world.loc[world["iso_a3"] == place.country].geometry.union_all()
        assert geo.distance_to_geometry_m(place.lon, place.lat, poly, spacing_m=1000)[0] < 30_000, place.id


def test_every_place_is_assigned_to_at_most_one_region(built):
    places = built.layers["places"]
    assigned = places.dropna(subset=["region_id"])
    assert (assigned.apply(lambda p: p["region_id"] in p["in_regions"].split("; "), axis=1)).all()
    by_id = places.set_index("id")
    assert by_id.loc["vizcatan", "region_id"] == "vizcatan_zone"  # nested: the smaller region
    assert by_id.loc["pichari", "nearest_military_base_id"] == "pichari_base"
    assert by_id.loc["kimbiri", "nearest_military_base_km"] == pytest.approx(
        geo.distance_m(-73.78922, -12.62010, -73.82903, -12.51957) / 1000, abs=0.06)


def test_sea_legs_stay_at_sea(built):
    """Beyond the link from each port to its lane, a sea leg crosses no land: at most 10 km over Natural
    Earth 1:10m land once 60 km around each port is set aside. The 10 km allow for narrow straits, where
    the generalised coastline and the lane network disagree by a few km (7.1 km in the Strait of
    Magellan on Callao → Santos); a lane across a continent would be hundreds of km."""
    legs = built.layers["legs"]
    places = geo.load_scenario().places_by_id
    world = geo.countries()
    land = world.geometry.union_all()
    for leg in legs[legs["mode"] == "sea"].itertuples():
        a, b = places[leg.from_id], places[leg.to_id]
        ports = shapely.union_all([geo.buffer_m(shapely.Point(a["lon"], a["lat"]), 60_000),
                                   geo.buffer_m(shapely.Point(b["lon"], b["lat"]), 60_000)])
        open_sea = shapely.difference(leg.geometry, ports)
        assert geo.length_inside_m([open_sea], land)[0] < 10_000, leg.id
        assert leg.lane_join_from_km >= 0 and leg.lane_join_to_km >= 0


def test_routes_report_km_and_share_per_country(built):
    routes = built.layers["routes"].set_index("id")
    text = routes.loc["air_bridge_bolivia", "countries"]
    shares = [float(part.split("(")[1].split(" %")[0]) for part in text.split("; ")]
    assert sum(shares) == pytest.approx(100, abs=0.5)
    crossings = built.layers["crossings"]
    ab = crossings[crossings["route_id"] == "air_bridge_bolivia"]
    assert list(zip(ab["from_country"], ab["to_country"])) == [("PER", "BOL")]
    chain = crossings[crossings["route_id"] == "europe_chain"]
    first = chain.iloc[0]
    # the chain enters Bolivia at Desaguadero, on the road from Puno
    assert (first["from_country"], first["to_country"]) == ("PER", "BOL")
    assert geo.distance_m(first.geometry.x, first.geometry.y, -69.03937, -16.56433) < 3_000


def test_regions_know_their_distance_to_the_border(built):
    regions = built.layers["regions"].set_index("id")
    assert regions.loc["colombian_border_mining", "distance_to_border_km"] == 0
    assert regions.loc["madre_de_dios", "distance_to_border_km"] == 0
    assert regions.loc["vraem", "distance_to_border_km"] > 100
    assert "pichari" in regions.loc["vraem", "places_inside"].split("; ")


def test_vraem_from_official_districts(built, official_files):
    if official_files is None:
        pytest.skip("no official boundary files here")
    vraem = built.layers["regions"].set_index("id").loc["vraem"]
    assert vraem["geometry_kind"] == "official_boundary"
    assert "Vizcatan Del Ene 120609 in 120606" in vraem["geometry_basis"]
    inside = vraem["places_inside"].split("; ")
    for pid in ("pichari", "kimbiri", "llochegua", "santa_rosa_vraem", "palmapampa", "vizcatan", "san_miguel_del_ene"):
        assert pid in inside, pid


def test_road_to_brazil_crosses_at_corumba(built):
    crossings = built.layers["crossings"]
    chain = crossings[crossings["route_id"] == "europe_chain"]
    bra = chain[(chain["from_country"] == "BOL") & (chain["to_country"] == "BRA")].iloc[0]
    # Puerto Quijarro (Bolivia) faces Corumbá (Brazil): the road corridor crosses there
    assert geo.distance_m(bra.geometry.x, bra.geometry.y, -57.65001, -19.01601) < 50_000
