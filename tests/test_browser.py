"""The map in a real browser (headless Chromium, network blocked)."""

import pytest

import geo
from geo.render import LAYER_TITLES

pytestmark = pytest.mark.usefixtures("chromium")


def test_map_shows_every_layer(built, tmp_path):
    from geo.snapshot import open_map

    with open_map(built.map_path) as view:
        page = view.page
        assert page.evaluate("() => typeof L") == "object"
        labels = page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
        for title in LAYER_TITLES.values():
            assert any(title in label for label in labels), title
        checked = page.evaluate(
            "() => [...document.querySelectorAll('.leaflet-control-layers-overlays input')].every(i => i.checked)")
        assert checked
        # one SVG path per region, leg, flow, crossing and place, and one range ring per air-leg origin
        # (the country basemap is not interactive)
        legs = built.layers["legs"]
        rings = legs.loc[legs["mode"] == "air", "from_id"].nunique()
        n_features = sum(len(built.layers[k]) for k in ("regions", "legs", "flows", "crossings", "places")) + rings
        paths = page.evaluate("() => document.querySelectorAll('path.leaflet-interactive').length")
        assert paths == n_features
        assert page.locator("#geo-legend").is_visible()
        assert page.locator(".leaflet-control-measure").count() == 1
        assert page.locator(".leaflet-control-scale").count() == 1
        # a popup opens on click and shows its sources
        page.evaluate("""() => { for (const k in window) { const v = window[k];
            if (v && v instanceof L.CircleMarker) { v.openPopup(); return; } } }""")
        popup = page.locator(".leaflet-popup-content")
        popup.wait_for(timeout=5000)
        assert "sources" in popup.inner_text()
        # the view fits Peru
        bounds = page.evaluate("""() => { for (const k in window) { const v = window[k];
            if (v && v instanceof L.Map) { const b = v.getBounds(); return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]; } } }""")
        west, south, east, north = bounds
        assert west < -81.3 and east > -68.7 and south < -18.3 and north > -0.1
        assert view.page_errors == []
        assert all("ERR_FAILED" in e for e in view.console_errors), view.console_errors  # only refused tiles
        assert all("tile.openstreetmap.org" in u for u in view.blocked_urls), view.blocked_urls
        page.screenshot(path=str(tmp_path / "map.png"))
        assert (tmp_path / "map.png").stat().st_size > 20_000


def test_hostile_name_runs_nothing_in_the_browser(tmp_path):
    import geopandas as gpd
    import shapely

    from geo.snapshot import open_map

    hostile = "Pier `7` ${document.title='x'}</script><script>alert(1)</script>"
    places = gpd.GeoDataFrame({"id": ["p1"], "name": [hostile], "kind": ["port"], "confidence": ["reported"],
                               "sources": ["s1"]}, geometry=[shapely.Point(10, 50)], crs="EPSG:4326")
    path = geo.save_map(geo.make_map({"places": places}, sources={"s1": {"title": hostile}}, title="safe title"),
                        tmp_path / "h.html")
    with open_map(path) as view:
        page = view.page
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.evaluate("""() => { for (const k in window) { const v = window[k];
            if (v && v instanceof L.CircleMarker) { v.openPopup(); v.openTooltip(); return; } } }""")
        page.locator(".leaflet-popup-content").wait_for(timeout=5000)
        assert page.title() == "safe title"
        assert hostile in page.locator(".leaflet-popup-content").inner_text()
        assert dialogs == []
        assert view.page_errors == []


def test_offline_map_needs_no_network_at_all(tmp_path):
    from geo.snapshot import open_map

    result = geo.build(layers_dir=tmp_path / "l", out_dir=tmp_path / "o", official=None, offline=True)
    html = result.map_path.read_text(encoding="utf-8")
    assert "<script src=" not in html and 'rel="stylesheet" href="http' not in html
    assert "tile.openstreetmap.org" not in html
    with open_map(result.map_path, serve_assets=False) as view:
        page = view.page
        assert page.evaluate("typeof L") == "object"
        n_features = sum(len(result.layers[k]) for k in ("regions", "legs", "flows", "crossings", "places"))
        assert page.evaluate("() => document.querySelectorAll('path.leaflet-interactive').length") >= n_features
        assert view.blocked_urls == []
        assert view.page_errors == [] and view.console_errors == []
