"""Facts that depend only on the shipped data, kept in the cache (geo.cache): the Natural Earth
countries, sea lanes, river paths, and the GeoJSON texts a build writes from cached layers.

Reuse is checked by the cache's own hit/miss counters and by comparing with a fresh computation,
never by time (speed is measured in benchmarks/build.py).
"""

from importlib import import_module

import pandas as pd
import pytest
import shapely

import geo
from geo import cache, routing
from geo.errors import RoutingError
from geo.writers import geojson_text

countries = import_module("geo.countries")  # the module (geo.countries is also a function's name)


def test_countries_are_read_once_and_come_back_identical(cache_home):
    countries._countries.cache_clear()
    first = countries._countries()
    assert cache.STATS["countries"] == {"hit": 0, "miss": 1}
    assert len(list((cache_home / "derived" / "countries").glob("*.parquet"))) == 1
    countries._countries.cache_clear()  # as a new process would
    again = countries._countries()
    assert cache.STATS["countries"] == {"hit": 1, "miss": 1}
    fresh = countries._read_countries()  # straight from the Natural Earth zip
    for frame in (first, again):
        pd.testing.assert_frame_equal(pd.DataFrame(frame.drop(columns="geometry")),
                                      pd.DataFrame(fresh.drop(columns="geometry")), check_exact=True)
        assert frame.geometry.geom_equals_exact(fresh.geometry, 0).all() and frame.crs == fresh.crs
    # Peru is in it, with its ISO code (Natural Earth: PER, South America)
    peru = again.set_index("iso_a3").loc["PER"]
    assert peru["name"] == "Peru" and peru["continent"] == "South America"


def test_the_cache_off_reads_the_zip_and_stores_nothing(cache_home, monkeypatch):
    monkeypatch.setenv("GEO_NO_CACHE", "1")
    countries._countries.cache_clear()
    assert len(countries._countries()) == len(countries._read_countries())
    assert not (cache_home / "derived" / "countries").exists()


# Callao and Manzanillo (Mexico), ports of the scenario's sea routes (coordinates as in geo/data/peru.yaml)
CALLAO, MANZANILLO = (-77.15, -12.05), (-104.31667, 19.05)


def test_a_sea_lane_is_computed_once_and_read_back_to_the_bit(cache_home):
    first = routing.sea_lane(CALLAO, MANZANILLO)
    assert cache.STATS["sea_lane"] == {"hit": 0, "miss": 1}
    again = routing.sea_lane(CALLAO, MANZANILLO)
    assert cache.STATS["sea_lane"] == {"hit": 1, "miss": 1}
    fresh = routing._sea_lane(CALLAO, MANZANILLO)
    for lane in (first, again):
        assert shapely.to_wkb(lane[0]) == shapely.to_wkb(fresh[0])
        assert lane[1:] == fresh[1:]
    # it starts and ends at the ports, and is longer than the great circle between them
    coords = shapely.get_coordinates(again[0])
    assert tuple(coords[0]) == CALLAO and tuple(coords[-1]) == MANZANILLO
    gc = geo.geodesic_length_m([routing.great_circle([CALLAO, MANZANILLO])])[0]
    assert geo.geodesic_length_m([again[0]])[0] > gc
    # another set of closed passages is another fact
    routing.sea_lane(CALLAO, MANZANILLO, closed_passages=("panama",))
    assert cache.STATS["sea_lane"] == {"hit": 1, "miss": 2}


def test_a_lane_that_fails_is_not_kept(cache_home):
    # La Paz is about 300 km from the sea: no port (geo.routing.MAX_PORT_LINK_LAND_KM)
    for _ in range(2):
        with pytest.raises(RoutingError, match="not a port"):
            routing.sea_lane((-68.15, -16.5), CALLAO)
    assert cache.STATS["sea_lane"] == {"hit": 0, "miss": 2}


def test_a_river_path_is_computed_once_and_read_back_to_the_bit(cache_home):
    # Tabatinga (Brazil) to Manaus along the Amazon, as the scenario's river route
    points = [(-69.93806, -4.25250), (-60.02500, -3.10194)]
    first = routing.river_path(points)
    again = routing.river_path(points)
    assert cache.STATS["river_path"] == {"hit": 1, "miss": 1}
    fresh = routing._river_path(points, routing.RIVER_SNAP_M)
    assert shapely.to_wkb(first[0]) == shapely.to_wkb(fresh[0]) == shapely.to_wkb(again[0])
    assert first[1] == again[1] == fresh[1] and isinstance(again[1], list)


def test_a_build_writes_the_stored_geojson_of_its_layers(cache_home, tmp_path):
    from tests.test_cache import small_scenario

    scen = geo.load_scenario(small_scenario(tmp_path / "s.yaml"))
    layers, key = cache.layers_for(scen, None)
    texts = cache.layers_texts(key, list(layers))
    assert texts == {name: geojson_text(layer) for name, layer in layers.items()}
    result = geo.build(scen, layers_dir=tmp_path / "layers", out_dir=tmp_path / "out", official=None)
    for name, path in result.layer_paths.items():
        assert path.read_text(encoding="utf-8") == texts[name]
    assert cache.layers_texts("0" * 64, ["routes"]) is None  # no such entry


def test_the_simplified_basemap_is_kept_under_the_hash_of_its_geometries(cache_home):
    import geo.map as gmap

    world = countries.countries().geometry.values
    first = gmap._simplified(world, 0.5, 1)
    again = gmap._simplified(world.copy(), 0.5, 1)  # equal geometries, another array
    assert cache.STATS["basemap"] == {"hit": 1, "miss": 1}
    assert first == again == gmap._simplify(world, 0.5, 1)
    # another tolerance, or other geometries, is another entry
    gmap._simplified(world, 0.1, 2)
    gmap._simplified(world[:10], 0.5, 1)
    assert cache.STATS["basemap"] == {"hit": 1, "miss": 3}
    # every coordinate is rounded to the 1 decimal asked
    xy = shapely.get_coordinates([shapely.geometry.shape(f["geometry"]) for f in again["features"]])
    assert len(xy) and (xy.round(1) == xy).all()
