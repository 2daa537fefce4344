"""Border crossings and lengths by country and region are kept per line (geo.cache.shipped_each):
a rebuild takes them from the cache, an edited leg is computed again, and the layers are those the
overlay functions give directly."""

import hashlib
import json

import pandas as pd
import shapely

import geo
from geo import cache
from geo.countries import _countries
from geo.layers import _crossings_text
from geo.overlay import border_crossings, length_by_area_text

LEG = "{from: kiteni, to: cobija, mode: air}"


def wkb_hashes(layer) -> set[str]:
    return {hashlib.sha256(w).hexdigest() for w in shapely.to_wkb(layer.geometry.values)}


def direct(layers) -> dict:
    """The per-line columns as the overlay functions give them, with no cache."""
    world = _countries()
    inner = layers["regions"].loc[layers["regions"]["kind"] != "country"]
    out = {}
    for name in ("legs", "routes"):
        layer = layers[name]
        out[name, "countries"] = length_by_area_text(layer, world, key="iso_a3", outside="sea")
        out[name, "regions"] = length_by_area_text(layer, inner, key="id")
    out["legs", "border_crossings"] = _crossings_text(layers["legs"], border_crossings(layers["legs"], world))
    return out


def test_lines_are_cached_and_an_edited_leg_is_computed_again(cache_home, tmp_path):
    text = geo.default_scenario_path().read_text(encoding="utf-8")
    assert text.count(LEG) == 1
    first = geo.build_layers(geo.load_scenario(), official_files=None)
    lines = len(first["legs"]) + len(first["routes"])
    stored = {kind: len(list((cache_home / "derived" / kind).glob("*.json")))
              for kind in ("line_crossings", "line_lengths_text")}
    # one entry per distinct geometry (a one-leg route may share its leg's), three texts for each
    distinct = len(wkb_hashes(first["legs"]) | wkb_hashes(first["routes"]))
    assert stored == {"line_crossings": distinct, "line_lengths_text": 2 * len(first["legs"]) + 2 * len(first["routes"])
                      - (lines - distinct) * 2}

    cache.STATS.clear()
    again = geo.build_layers(geo.load_scenario(), official_files=None)  # the layer cache is not used here
    assert cache.STATS["line_crossings"] == {"hit": lines, "miss": 0}
    assert cache.STATS["line_lengths_text"] == {"hit": 2 * lines, "miss": 0}
    for name in ("legs", "routes", "crossings"):
        assert again[name].equals(first[name]), name

    # the Urubamba flight lands in Brazil instead: its leg and its route are new lines
    edited = tmp_path / "edited.yaml"
    edited.write_text(text.replace(LEG, "{from: kiteni, to: assis_brasil, mode: air}"), encoding="utf-8")
    cache.STATS.clear()
    layers = geo.build_layers(geo.load_scenario(edited), official_files=None)
    before = wkb_hashes(first["legs"]) | wkb_hashes(first["routes"])
    new = (wkb_hashes(layers["legs"]) | wkb_hashes(layers["routes"])) - before
    assert 1 <= len(new) <= 2
    changed = sum(h in new for layer in (layers["legs"], layers["routes"]) for h in
                  (hashlib.sha256(w).hexdigest() for w in shapely.to_wkb(layer.geometry.values)))
    assert cache.STATS["line_crossings"] == {"hit": lines - changed, "miss": changed}
    assert cache.STATS["line_lengths_text"] == {"hit": 2 * (lines - changed), "miss": 2 * changed}
    route = layers["routes"].set_index("id").loc["air_urubamba"]
    assert "BRA" in route["countries"] and "BRA" not in first["routes"].set_index("id").loc["air_urubamba", "countries"]
    # and every cached column is what the overlay functions give without the cache
    for (name, column), values in direct(layers).items():
        assert [None if pd.isna(v) else v for v in layers[name][column]] == values, (name, column)
    raw = border_crossings(layers["routes"], _countries())
    assert layers["crossings"]["route_id"].tolist() == raw["line_id"].tolist()
    assert layers["crossings"]["km_from_start"].tolist() == raw["km_from_start"].tolist()
    assert [json.dumps(g.wkt) for g in layers["crossings"].geometry] == [json.dumps(g.wkt) for g in raw.geometry]


def test_other_regions_are_another_key(cache_home, sketch_layers):
    """The regions' texts are kept under a hash of the regions themselves: other regions, other entries."""
    from geo.layers import _areas_key, _lengths_text

    _, layers = sketch_layers
    inner = layers["regions"].loc[layers["regions"]["kind"] != "country"]
    legs = layers["legs"]
    whole = _lengths_text(legs, inner, key="id", areas_key=_areas_key(inner, "id"))
    fewer = inner.iloc[1:]
    assert _areas_key(fewer, "id") != _areas_key(inner, "id")
    cache.STATS.clear()
    got = _lengths_text(legs, fewer, key="id", areas_key=_areas_key(fewer, "id"))
    assert cache.STATS["line_lengths_text"] == {"hit": 0, "miss": len(legs)}
    assert got == length_by_area_text(legs, fewer, key="id")
    assert whole == length_by_area_text(legs, inner, key="id") and got != whole
