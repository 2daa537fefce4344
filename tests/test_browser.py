"""The map in a real browser: headless Chromium, every network request refused."""

import struct

import pytest

import geo
from geo.render import ENFORCEMENT_KINDS, LAYER_GROUPS, LAYER_TITLES, period_months

pytestmark = pytest.mark.usefixtures("chromium")

# Every layer's leaf count (features), and how many of them are on the map now.
_COUNTS = """() => Object.fromEntries(Object.entries(window.geoMap.layers).map(([key, group]) => {
    const layers = group.getLayers();
    return [key, [layers.length, layers.filter(l => window.geoMap.map.hasLayer(l)).length]]; }))"""
_PATHS = "() => window.geoMap.map.getPanes().overlayPane.querySelectorAll('path.leaflet-interactive').length"
_BOUNDS = """() => { const b = window.geoMap.map.getBounds(); return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]; }"""


@pytest.fixture(scope="module")
def offline(tmp_path_factory, official_files):
    """``python -m geo build --offline`` of the Peru scenario."""
    root = tmp_path_factory.mktemp("offline")
    return geo.build(layers_dir=root / "layers", out_dir=root / "out", official=official_files, offline=True)


@pytest.fixture
def view(offline):
    from geo.snapshot import open_map

    with open_map(offline.map_path, serve_assets=False) as opened:
        yield opened
        # Nothing was requested from anywhere (files beside the map included) and nothing failed.
        assert opened.blocked_urls == []
        assert opened.page_errors == [] and opened.console_errors == []


def expected_counts(layers) -> dict:
    legs, places = layers["legs"], layers["places"]
    enforcement = places["kind"].isin(ENFORCEMENT_KINDS)
    counts = {"regions": len(layers["regions"]), "flows": len(layers["flows"]), "crossings": len(layers["crossings"]),
              "places": int((~enforcement).sum()), "enforcement": int(enforcement.sum()),
              "ranges": legs.loc[legs["mode"] == "air", "from_id"].nunique()}
    counts.update({f"routes_{mode}": n for mode, n in legs["mode"].value_counts().items()})
    return counts


def test_offline_map_shows_every_layer_with_all_its_features(offline, view):
    page = view.page
    assert page.evaluate("() => L.version") == "1.9.3"
    expected = expected_counts(offline.layers)
    assert set(expected) >= {"routes_foot", "routes_road", "routes_river", "routes_air", "routes_helicopter", "routes_sea"}
    counts = page.evaluate(_COUNTS)
    assert counts == {key: [n, n] for key, n in expected.items()}
    # every layer is in the layer control, under its group's heading
    control = page.locator(".leaflet-control-layers").inner_text()
    for key in expected:
        assert LAYER_TITLES[key] in control, key
    for heading, keys in LAYER_GROUPS.items():
        assert (heading in control) == any(k in expected for k in keys), heading
    assert "Basemap" in control
    # one interactive SVG path per feature in the map's overlay pane (the country basemap is not
    # interactive),
    # and one row of direction arrows per leg and flow
    assert page.evaluate(_PATHS) == sum(expected.values())
    assert page.evaluate("() => document.querySelectorAll('text.geo-arrow').length") == (
        len(offline.layers["legs"]) + len(offline.layers["flows"]))
    for selector in ("#geo-legend", ".leaflet-control-search", ".leaflet-control-measure", ".leaflet-control-scale",
                     ".leaflet-control-minimap", ".leaflet-control-zoom-fullscreen", ".geo-views", ".geo-period"):
        assert page.locator(selector).first.is_visible(), selector
    assert page.locator("button.geo-view").all_inner_texts() == [v["name"] for v in offline.scenario.views]
    # the first view fits Peru
    west, south, east, north = page.evaluate(_BOUNDS)
    assert west < -81.3 and east > -68.7 and south < -18.3 and north > -0.1


def test_legend_stays_while_every_layer_is_switched_off(view):
    page = view.page
    boxes = page.locator(".leaflet-control-layers input[type=checkbox]")
    for i in range(boxes.count()):
        boxes.nth(i).uncheck()
    assert page.evaluate(_PATHS) == 0
    assert all(on == 0 for _, on in page.evaluate(_COUNTS).values())
    assert page.locator("#geo-legend").is_visible()
    assert "Confidence" in page.locator("#geo-legend").inner_text()
    # inside the map's container, so that it stays when the map goes fullscreen
    assert page.evaluate("() => document.getElementById('geo-legend').parentElement === window.geoMap.map.getContainer()")
    boxes.nth(0).check()
    assert page.locator("#geo-legend").is_visible()


def test_clicking_a_place_opens_its_popup_with_sources(offline, view):
    page = view.page
    places = offline.layers["places"].set_index("id")
    iquitos = places.geometry["iquitos"]
    page.evaluate(f"() => window.geoMap.map.setView([{iquitos.y}, {iquitos.x}], 10, {{animate: false}})")
    page.wait_for_timeout(300)
    box = page.locator("#" + page.evaluate("() => window.geoMap.map.getContainer().id")).bounding_box()
    x, y = page.evaluate(f"() => {{ const p = window.geoMap.map.latLngToContainerPoint([{iquitos.y}, {iquitos.x}]); return [p.x, p.y]; }}")
    page.mouse.click(box["x"] + x, box["y"] + y)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(timeout=5000)
    text = popup.inner_text()
    assert text.startswith("Iquitos") and "confidence" in text and "geometry_basis" in text
    # the article does not name Iquitos: the popup cites where its coordinate comes from, and says the
    # point is an illustrative stand-in
    assert "sources" in text and offline.scenario.sources["inei_ccpp"]["title"] in text
    assert offline.scenario.sources["article"]["title"] not in text and "illustrative" in text
    # a source with a web address is a link that opens apart from the map
    link = popup.locator("a").first
    assert link.get_attribute("href").startswith("https://") and link.get_attribute("rel") == "noopener noreferrer"


def test_period_slider_shows_what_was_active_in_a_month(offline, view):
    page = view.page
    layers = offline.layers
    totals = {key: n for key, (n, _) in page.evaluate(_COUNTS).items()}

    def active(gdf, month):
        starts, ends = zip(*(period_months(s, e) for s, e in zip(gdf["period_start"], gdf["period_end"])))
        return sum((s is None or s <= month) and (e is None or month <= e) for s, e in zip(starts, ends))

    for year, month in ((2015, 1), (2017, 6)):
        index = year * 12 + month - 1
        page.locator("input.geo-period-range").fill(str(index))
        assert page.locator(".geo-period-label").inner_text() == f"{year}-{month:02d}"
        shown = page.evaluate(_COUNTS)
        legs = layers["legs"]
        for mode in legs["mode"].unique():
            assert shown[f"routes_{mode}"][1] == active(legs[legs["mode"] == mode], index), (year, mode)
        assert shown["regions"][1] == active(layers["regions"], index)
        assert shown["places"][1] == totals["places"]  # no place has a period
    # the article's story: the VRAEM air bridge before October 2016, the displaced departures after
    page.locator("input.geo-period-range").fill(str(2015 * 12))
    air = page.evaluate("""() => window.geoMap.layers.routes_air.getLayers()
        .filter(l => window.geoMap.map.hasLayer(l)).map(l => l.getTooltip().getContent())""")
    assert air and all("Air bridge VRAEM" in t for t in air)
    page.locator("input.geo-period-range").fill(str(2017 * 12))
    air = page.evaluate("""() => window.geoMap.layers.routes_air.getLayers()
        .filter(l => window.geoMap.map.hasLayer(l)).map(l => l.getTooltip().getContent())""")
    assert air and all("Displaced air departures" in t for t in air)
    # switched off, everything shows again
    page.locator("input.geo-period-on").uncheck()
    assert all(on == n for n, on in page.evaluate(_COUNTS).values())


def test_search_finds_a_place_and_opens_its_popup(offline, view):
    page = view.page
    # from a zoomed-in view elsewhere, so that the map has to travel (the popup must not stop it halfway)
    page.locator("button.geo-view", has_text="VRAEM").click()
    page.wait_for_timeout(600)
    page.locator(".leaflet-control-search input.search-input").press_sequentially("Caballo", delay=30)
    tip = page.locator(".search-tip", has_text="Caballococha").last
    tip.wait_for(timeout=5000)
    tip.click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(timeout=5000)
    assert popup.inner_text().startswith("Caballococha")
    page.wait_for_timeout(1500)
    target = offline.layers["places"].set_index("id").geometry["caballococha"]
    west, south, east, north = page.evaluate(_BOUNDS)
    assert west < target.x < east and south < target.y < north and east - west < 10


def test_view_buttons_fit_their_features(offline, view):
    page = view.page
    page.locator("button.geo-view", has_text="Chain to Europe").click()
    page.wait_for_timeout(600)
    places = offline.layers["places"].set_index("id").geometry
    west, south, east, north = page.evaluate(_BOUNDS)
    for pid in ("santos", "rotterdam", "bissau", "kimbiri"):
        assert west < places[pid].x < east and south < places[pid].y < north, pid
    page.locator("button.geo-view", has_text="Triple frontier").click()
    page.wait_for_timeout(600)
    region = offline.layers["regions"].set_index("id").geometry["triple_frontier"]
    west, south, east, north = page.evaluate(_BOUNDS)
    rw, rs, re_, rn = region.bounds
    assert west <= rw and east >= re_ and south <= rs and north >= rn and east - west < 15


def test_png_for_reports(offline, tmp_path):
    from geo.snapshot import save_png

    png = save_png(offline.map_path, tmp_path / "sub" / "map.png", width=1000, height=700)
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1000, 700)  # IHDR width and height
    assert len(data) > 50_000  # a drawn map, not a blank page


def test_online_map_uses_tiles_with_attribution(built):
    from geo.snapshot import open_map

    with open_map(built.map_path) as view:
        page = view.page
        assert page.evaluate(_COUNTS) == {key: [n, n] for key, n in expected_counts(built.layers).items()}
        assert "OpenStreetMap" in page.locator(".leaflet-control-attribution").inner_text()
        assert view.blocked_urls and all("tile.openstreetmap.org" in u for u in view.blocked_urls), view.blocked_urls
        assert view.page_errors == []
        assert all("ERR_FAILED" in e for e in view.console_errors), view.console_errors  # only the refused tiles


def test_hostile_text_runs_nothing_in_the_browser(tmp_path):
    import geopandas as gpd
    import shapely

    from geo.snapshot import open_map

    hostile = "Pier <img src=x onerror=alert(1)> `7` ${document.title='x'}</script><script>alert(2)</script> {{ 7*7 }}"
    places = gpd.GeoDataFrame({"id": ["p1"], "name": [hostile], "kind": ["port"], "confidence": ["reported"],
                               "sources": ["s1"], "period_start": ["2001"], "period_end": [None]},
                              geometry=[shapely.Point(10, 50)], crs="EPSG:4326")
    m = geo.make_map({"places": places}, sources={"s1": {"title": hostile, "url": "javascript:alert(3)"}},
                     title="safe title", views=[{"id": "v", "name": hostile, "bbox": [0, 40, 20, 60]}])
    path = geo.save_map(m, tmp_path / "h.html")
    with open_map(path) as view:
        page = view.page
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.locator(".leaflet-control-search input.search-input").press_sequentially("Pier", delay=30)
        tip = page.locator(".search-tip").first
        tip.wait_for(timeout=5000)
        assert tip.inner_text() == hostile
        tip.click()
        page.locator(".leaflet-popup-content").wait_for(timeout=5000)
        assert page.locator(".leaflet-popup-content b").first.inner_text() == hostile
        assert page.locator("button.geo-view").inner_text() == hostile
        # a "javascript:" source address is shown as text, never as a link
        assert page.locator(".leaflet-popup-content a").count() == 0
        assert page.locator(".leaflet-popup-content li").inner_text() == hostile
        assert page.title() == "safe title"
        assert page.evaluate("() => document.querySelectorAll('img[src=x]').length") == 0
        assert dialogs == []
        assert view.page_errors == []
