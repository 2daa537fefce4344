"""Checks against the reference geodata beside the repository (../shared); skipped when it is absent.

The product never reads these files: they are an independent record to check our cited facts against.
"""

import csv

import numpy as np
import pytest

import geo


def test_place_coordinates_match_the_reference_gazetteer(shared_dir):
    with (shared_dir / "data/points/places.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    ref = np.array([(float(r["lon"]), float(r["lat"])) for r in rows])
    checked = 0
    for place in geo.load_scenario().places:
        if not place["coord_source"].startswith(("inei_ccpp", "wpi")):
            continue
        d = geo.distance_m(place["lon"], place["lat"], ref[:, 0], ref[:, 1])
        assert d.min() < 50, f"{place['id']}: {d.min():.0f} m from the nearest reference coordinate"
        checked += 1
    assert checked >= 25


def test_official_areas_match_the_ubigeo_table(shared_dir):
    with (shared_dir / "data/peru_ubigeo/ubigeo_departamento.csv").open(encoding="utf-8") as fh:
        rows = {r["departamento"]: float(r["superficie"]) for r in csv.DictReader(fh)}
    regions = {r["id"]: r for r in geo.load_scenario().regions}
    assert regions["madre_de_dios"]["official_area_km2"] == pytest.approx(rows["MADRE DE DIOS"], abs=0.01)
    assert regions["junin_mining"]["official_area_km2"] == pytest.approx(rows["JUNIN"], abs=0.01)
    assert regions["cusco_mining"]["official_area_km2"] == pytest.approx(rows["CUSCO"], abs=0.01)
    # The department figures add up to 1,280,172 km², 0.4 % under INEI's national 1,285,215.60 km².
    assert regions["peru"]["official_area_km2"] == pytest.approx(sum(rows.values()), rel=0.005)


def test_amazon_legs_follow_the_river(shared_dir, sketch_layers):
    """The river leg Caballococha → Manaus, drawn along the shipped river centrelines, stays within
    25 km of Natural Earth's Amazon centreline (the reference copy) for 90 % of its length."""
    import geopandas as gpd
    import shapely

    rivers = gpd.read_file(shared_dir / "data/naturalearth/ne_10m_rivers_lake_centerlines_southamerica.geojson")
    amazon = rivers[rivers["name"].fillna("").str.contains("Amazon|Solim", regex=True)].geometry.union_all()
    legs = sketch_layers[1]["legs"].set_index("id")
    for leg_id in ("amazon_river__1",):
        line = legs.geometry[leg_id]
        pts = shapely.get_coordinates(line.segmentize(0.05))
        d = geo.distance_to_geometry_m(pts[:, 0], pts[:, 1], amazon, spacing_m=1000)
        assert np.quantile(d, 0.9) < 25_000, (leg_id, np.quantile(d, 0.9))
