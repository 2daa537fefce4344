"""Provenance of the Peru layers: claims apart from drawings, derived features no surer than their
inputs, and the corrections read against the article (geo/data/peru.yaml cites it as `article`)."""

import pandas as pd
import pytest

import geo
from geo.provenance import CONFIDENCE_LEVELS, DRAWING_LEVELS, surer, weakest
from geo.report import air_bridge_capacity


def test_weakest_and_surer():
    assert weakest(["reported", "possible", "alleged"]) == "possible"
    assert weakest(["located", "approximate"]) == "approximate"
    assert weakest([None, "illustrative", "located"]) == "illustrative"
    assert surer("reported", "alleged") and not surer("alleged", "alleged") and not surer("possible", "reported")
    assert surer("located", "illustrative")
    with pytest.raises(ValueError):
        weakest(["reported", "located"])  # two scales
    with pytest.raises(ValueError):
        weakest([])
    assert CONFIDENCE_LEVELS[0] == "reported" and DRAWING_LEVELS[-1] == "illustrative"


def test_no_crossing_is_more_confident_than_its_leg(built):
    legs = built.layers["legs"].set_index("id")
    crossings = built.layers["crossings"]
    assert len(crossings) > 0
    for x in crossings.itertuples():
        leg = legs.loc[x.leg_id]
        assert leg["route_id"] == x.route_id
        assert not surer(x.confidence, leg["confidence"]), x.id
        assert not surer(x.drawing, leg["drawing"]), x.id
    # the crossings of possible legs (El Alto onwards to Brazil) are possible, not the route's "reported"
    into_brazil = crossings[(crossings["route_id"] == "europe_chain") & (crossings["to_country"] == "BRA")]
    assert set(into_brazil["confidence"]) == {"possible"}


def test_air_capacity_is_counted_once(built):
    # the article's one air bridge: about 300 kg a flight, up to four flights a day, landing in Bolivia or Brazil
    cap = air_bridge_capacity(built.layers["routes"], built.layers["regions"])
    assert list(cap["route_id"]) == ["air_bridge_bolivia"]
    row = cap.iloc[0]
    assert row["capacity_kg_per_day"] == 300 * 4
    assert row["capacity_share_of_production_pct"] == pytest.approx(300 * 4 * 365 / 1000 / 300 * 100)
    assert row["confidence"] == "reported"
    table = pd.read_csv(built.csv_path)
    assert (table.query("table == 'air_bridge' and quantity == 'capacity_kg_per_day'")["value"].astype(float)
            == 1200).sum() == 1


def test_places_the_article_does_not_name_do_not_cite_it(built):
    places = built.layers["places"].set_index("id")
    # the 18 places the article never names (Kimbiri ... Kiteni)
    unnamed = ["kimbiri", "llochegua", "santa_rosa_vraem", "san_francisco_vraem", "palmapampa", "san_miguel_del_ene",
               "santa_rosa_yavari", "leticia", "tabatinga", "iquitos", "puerto_maldonado", "inapari", "cobija", "lima",
               "puno", "desaguadero", "kepashiato", "kiteni"]
    for pid in unnamed:
        assert "article" not in places.loc[pid, "sources"].split("; "), pid
        assert "World-Wide Cocaine Business" not in places.loc[pid, "source_refs"], pid
    # where one stands in for something the article does not locate, it says so
    for pid in ("kimbiri", "llochegua", "desaguadero", "cobija", "kiteni", "iscozacin", "santos", "manaus"):
        assert places.loc[pid, "drawing"] == "illustrative" and places.loc[pid, "drawing_note"], pid
    assert places.loc["el_alto", "drawing"] == "located" and "article" in places.loc["el_alto", "sources"]


def test_paths_that_are_ours_are_illustrative(built):
    legs = built.layers["legs"]
    ground = legs[legs["mode"].isin(["road", "foot"])]
    assert set(ground["drawing"]) == {"illustrative"}
    assert set(ground["length_kind"]) == {"straight-line"}
    # every air leg starts or ends at a stand-in: the article locates no airstrip and no landing
    air = legs[legs["mode"] == "air"]
    assert set(air["drawing"]) == {"illustrative"}
    routes = built.layers["routes"].set_index("id")
    assert routes.loc["couriers_bolivia_brazil", "straight_line_km"] == pytest.approx(
        routes.loc["couriers_bolivia_brazil", "length_km"], abs=0.2)


def test_no_air_leg_lands_at_el_alto_and_no_road_to_the_palcazu(built):
    legs = built.layers["legs"]
    air = legs[legs["mode"] == "air"]
    # El Alto (4,061 m) is where the article puts the laboratories, not the landings
    assert "el_alto" not in set(air["to_id"])
    # no road joins the VRAEM to the Palcazu across the Ene and Tambo; Puerto Bermúdez is on the Pichis
    palcazu = legs[legs["route_id"] == "air_palcazu"]
    assert list(palcazu["mode"]) == ["air"] and palcazu.iloc[0]["from_id"] == "iscozacin"
    assert "puerto_bermudez" not in set(built.layers["places"]["id"])
    assert "Puerto Bermúdez" not in built.layers["regions"].set_index("id").loc["palcazu_valley", "geometry_basis"]


def test_hedges_are_kept(built):
    regions = built.layers["regions"].set_index("id")
    assert regions.loc["madre_de_dios", "confidence"] == "alleged"  # "arguably the core"
    assert regions.loc["triple_frontier", "confidence"] == "alleged"  # "said to have become a hub"
    assert regions.loc["palcazu_valley", "confidence"] == "possible"  # "possibly, to the north"
    routes = built.layers["routes"].set_index("id")
    assert "alleged" in routes.loc["military_helicopters", "note"] and "apparently" in routes.loc["military_helicopters", "note"]
    assert "Callao-based" not in routes.loc["military_helicopters", "note"]


def test_europe_share_starts_where_the_chain_enters_bolivia(built):
    flows = built.layers["flows"].set_index("id")
    chain = built.layers["legs"].query("route_id == 'europe_chain'")
    crossings = built.layers["crossings"].query("route_id == 'europe_chain'")
    first = crossings.iloc[0]
    assert (first["from_country"], first["to_country"]) == ("PER", "BOL")
    leg = chain.set_index("id").loc[first["leg_id"]]
    assert flows.loc["flow_europe", "from_id"] == leg["from_id"] == "desaguadero"
    assert flows.loc["flow_europe", "share_pct"] == 79
    assert set(built.layers["flows"]["drawing"]) == {"illustrative"}


def test_the_couriers_road_makes_no_false_crossing(built):
    # El Alto → Cobija no longer runs straight from Riberalta through Acre (Brazil) 37 km east of Cobija:
    # the route crosses into Bolivia once and into Brazil once, at Cobija (the stand-in crossing)
    x = built.layers["crossings"].query("route_id == 'couriers_bolivia_brazil'")
    assert list(zip(x["from_country"], x["to_country"])) == [("PER", "BOL"), ("BOL", "BRA")]
    into_brazil = x.iloc[1]
    # Cobija, Natural Earth populated places (-68.76883, -11.02052); 20 km allows the generalised border
    assert geo.distance_m(into_brazil.geometry.x, into_brazil.geometry.y, -68.76883, -11.02052) < 20_000
