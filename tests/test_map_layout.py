"""The map as a reader sees it, in headless Chromium with the network refused, at a phone, a tablet, a
laptop and a desktop size: controls never overlap and cover little of the map, the title shows,
labels never overlap, the legend lists only what a map holds, the story moves the map."""

import geopandas as gpd
import pytest
import shapely

import geo

pytestmark = pytest.mark.usefixtures("chromium")

SIZES = [(390, 844), (768, 1024), (1366, 768), (1920, 1080)]
#: Largest share of the map that the controls may cover, by size (the issue's limits).
COVERAGE = {(390, 844): 0.25, (1366, 768): 0.15}

# The box of every control shown in a corner of the map, and the map's size (CSS px).
_BOXES = """() => {
    const map = window.geoMap.map.getContainer().getBoundingClientRect();
    const boxes = Array.from(document.querySelectorAll('.leaflet-top > .leaflet-control, .leaflet-bottom > .leaflet-control'))
        .filter(e => e.offsetParent !== null)
        .map(e => { const r = e.getBoundingClientRect();
                    return {name: e.className, x: r.x, y: r.y, w: r.width, h: r.height}; })
        .filter(b => b.w > 0 && b.h > 0);
    return {w: map.width, h: map.height, boxes: boxes};
}"""
# The labels shown, with their boxes.
_LABELS = """() => Array.from(document.querySelectorAll('.geo-label')).filter(e => e.style.display !== 'none')
    .map(e => { const r = e.getBoundingClientRect(); return {id: e.dataset.id, x: r.x, y: r.y, w: r.width, h: r.height}; })"""


def _overlap(a, b) -> bool:
    return a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"] and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]


@pytest.fixture(scope="module")
def browser(chromium):
    from geo.snapshot import Browser

    with Browser() as running:
        yield running


@pytest.fixture(scope="module")
def peru_map(built):
    return built.map_path


def _moves(page) -> int:
    return page.evaluate("() => geoMapLib.moves")


def _arrive(page, moves: int | None = None):
    """Wait until the map has stopped moving (a fly or fit has ended and the labels are placed); with
    ``moves`` (:func:`_moves` before the action), until a move begun after it has ended, so that a slow
    page cannot be read before its move has started."""
    done = "!geoMapLib.moving" if moves is None else f"geoMapLib.moves > {moves} && !geoMapLib.moving"
    page.wait_for_function(f"() => {done}", timeout=10_000)
    page.wait_for_timeout(100)


def _open(browser, path, size, query=""):
    from geo.snapshot import open_map

    return open_map(path, width=size[0], height=size[1], browser=browser, query=query)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_controls_do_not_overlap_and_leave_the_map_visible(browser, peru_map, built, size):
    with _open(browser, peru_map, size) as view:
        page = view.page
        found = page.evaluate(_BOXES)
        boxes = found["boxes"]
        assert len(boxes) >= 7  # title, search, measure, zoom, panel buttons, scale, attribution at least
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                assert not _overlap(a, b), (a["name"], b["name"])
            # inside the map
            assert a["x"] >= 0 and a["y"] >= 0 and a["x"] + a["w"] <= found["w"] + 0.5 and a["y"] + a["h"] <= found["h"] + 0.5
        covered = sum(b["w"] * b["h"] for b in boxes) / (found["w"] * found["h"])  # boxes do not overlap
        assert covered <= COVERAGE.get(size, 0.25), covered
        # the title names the scenario
        title = page.locator(".geo-title-head")
        assert title.is_visible() and title.inner_text() == built.scenario.title
        legend, layers = page.locator("#geo-legend"), page.locator(".leaflet-control-layers")
        if size[0] < 768:
            # on a phone the layer list and the legend start closed, behind buttons; the title folds
            assert not legend.is_visible() and not layers.is_visible()
            assert not page.locator(".geo-subtitle").is_visible()
            page.locator("button.geo-panel-button", has_text="Legend").click()
            assert legend.is_visible() and "Confidence" in legend.inner_text()
            page.locator("button.geo-panel-button", has_text="Layers").click()  # one panel at a time on a phone
            assert layers.is_visible() and not legend.is_visible()
            title.click()
            assert page.locator(".geo-subtitle").is_visible()
        else:
            assert legend.is_visible()
            assert page.locator(".geo-subtitle").inner_text() == built.scenario.data["scenario"]["subtitle"]
            assert "built " in page.locator(".geo-title-source").inner_text()
        assert view.page_errors == []


@pytest.mark.parametrize("view_name, minimum, expected", [
    ("Peru", 8, {"vraem", "lima", "iquitos", "puerto_maldonado", "madre_de_dios"}),
    ("VRAEM and the air departures", 6, {"vraem", "pichari", "kiteni", "urubamba_valley"}),
])
def test_labels_show_without_overlapping(browser, peru_map, view_name, minimum, expected):
    with _open(browser, peru_map, (1366, 768)) as view:
        page = view.page
        moves = _moves(page)
        page.locator("button.geo-view", has_text=view_name).click()
        _arrive(page, moves)
        labels = page.evaluate(_LABELS)
        assert len(labels) >= minimum, [lab["id"] for lab in labels]
        assert expected <= {lab["id"] for lab in labels}
        for i, a in enumerate(labels):
            for b in labels[i + 1:]:
                assert not _overlap(a, b), (a["id"], b["id"])
        # zoomed out to the world, fewer labels, still none overlapping
        moves = _moves(page)
        page.evaluate("() => window.geoMap.map.setZoom(2, {animate: false})")
        _arrive(page, moves)
        world = page.evaluate(_LABELS)
        assert len(world) < len(labels)
        assert not any(_overlap(a, b) for i, a in enumerate(world) for b in world[i + 1:])


def test_the_legend_of_a_small_scenario_lists_only_what_it_holds(browser, tmp_path):
    legs = gpd.GeoDataFrame({"id": ["r__1"], "name": ["Colón → Turbo"], "kind": ["leg"], "route_id": ["r"],
                             "route_name": ["Boats"], "mode": ["sea"], "confidence": ["alleged"], "sources": ["s1"],
                             "length_km": [300.0], "drawing": ["illustrative"]},
                            geometry=[shapely.LineString([(-79.9, 9.35), (-76.73, 8.09)])], crs="EPSG:4326")
    places = gpd.GeoDataFrame({"id": ["colon"], "name": ["Colón"], "kind": ["port"], "confidence": ["reported"],
                               "sources": ["s1"]}, geometry=[shapely.Point(-79.9, 9.35)], crs="EPSG:4326")
    m = geo.make_map({"legs": legs, "places": places}, sources={"s1": {"title": "A report"}}, title="Panama",
                     labels=[{"id": "colon", "text": "Colón", "min_zoom": 0}])
    path = geo.save_map(m, tmp_path / "small.html")
    with _open(browser, path, (1366, 768)) as view:
        page = view.page
        text = page.locator("#geo-legend").inner_text()
        assert "Sea" in text and "alleged" in text and "illustrative path" in text and "port" in text
        for absent in ("On foot", "River", "Helicopter", "Air", "coca region", "military base", "kg/day", "share",
                       "reported", "located"):
            assert absent not in text, absent
        assert page.evaluate(_LABELS)[0]["id"] == "colon"
        tooltip = page.evaluate("() => window.geoMap.layers.routes_sea.getLayers()[0].getTooltip().getContent()")
        assert "illustrative path" in tooltip
        assert view.page_errors == []


def _bounds(page):
    return page.evaluate("() => { const b = window.geoMap.map.getBounds(); return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]; }")


def test_the_story_moves_the_map_and_highlights_each_step(browser, peru_map, built):
    steps = built.scenario.data["story"]
    with _open(browser, peru_map, (1366, 768), query="?step=1") as view:
        page = view.page
        page.wait_for_function("() => geoMapLib.storyState && geoMapLib.storyState.index === 0")
        _arrive(page)
        panel = page.locator(".geo-story")
        assert panel.is_visible() and steps[0]["title"] in panel.inner_text()
        before = _bounds(page)
        moves = _moves(page)
        page.locator("button.geo-story-next").click()
        _arrive(page, moves)
        assert steps[1]["title"] in panel.inner_text()
        after = _bounds(page)
        assert after != before and after[2] - after[0] < before[2] - before[0]  # flown into the VRAEM
        vraem = built.layers["regions"].set_index("id").geometry["vraem"].centroid
        assert after[0] < vraem.x < after[2] and after[1] < vraem.y < after[3]
        highlighted = page.evaluate("() => geoMapLib.storyState.highlighted")
        assert highlighted == steps[1]["highlight"]
        colours = page.evaluate("""ids => ids.map(id => geoMapLib.features[id].map(l => {
            let c = null; (l.eachLayer ? l.eachLayer(x => { c = x.options.color; }) : (c = l.options.color)); return c; }))""",
                                highlighted)
        assert all(c == "#ffcc00" for group in colours for c in group)
        # the citations link to the scenario's sources (only web addresses)
        assert built.scenario.sources["article"]["title"] in panel.inner_text()
        # arrow keys: next, then back; a step's highlights replace the last ones
        moves = _moves(page)
        page.keyboard.press("ArrowRight")
        _arrive(page, moves)
        assert steps[2]["title"] in panel.inner_text()
        legs = built.layers["legs"]
        expected = legs.loc[legs["route_id"].isin(steps[2]["highlight"]), "id"].tolist()  # a route: all its legs
        assert expected and page.evaluate("() => geoMapLib.storyState.highlighted") == expected
        page.keyboard.press("ArrowLeft")
        assert steps[1]["title"] in panel.inner_text()
        # the whole story is in the page for printing
        page.emulate_media(media="print")
        assert page.locator(".geo-story-print").is_visible()
        assert all(s["title"] in page.locator(".geo-story-print").inner_text() for s in steps)
        assert view.page_errors == []


def test_the_asia_flow_is_one_line_on_screen(browser, peru_map, built):
    with _open(browser, peru_map, (1366, 768)) as view:
        page = view.page
        moves = _moves(page)
        page.locator("button.geo-view", has_text="All routes and flows").click()
        _arrive(page, moves)
        ends = page.evaluate("""() => {
            const line = geoMapLib.features['flow_asia'][0], map = window.geoMap.map, ll = line.getLatLngs();
            const flat = Array.isArray(ll[0]) ? null : ll;
            const a = map.latLngToContainerPoint(flat[0]), b = map.latLngToContainerPoint(flat[flat.length - 1]);
            const hk = geoMapLib.features['hong_kong'][0].getBounds().getCenter();
            return {parts: flat ? 1 : ll.length, a: [a.x, a.y], b: [b.x, b.y], hk: [map.latLngToContainerPoint(hk).x, map.latLngToContainerPoint(hk).y],
                    size: [map.getSize().x, map.getSize().y]};
        }""")
        assert ends["parts"] == 1
        w, h = ends["size"]
        for point in (ends["a"], ends["b"], ends["hk"]):
            assert 0 <= point[0] <= w and 0 <= point[1] <= h, ends
        # the line ends where Hong Kong's marker is
        assert abs(ends["b"][0] - ends["hk"][0]) < 3 and abs(ends["b"][1] - ends["hk"][1]) < 3
        assert "hong_kong" in {lab["id"] for lab in page.evaluate(_LABELS)}


def test_hostile_title_labels_and_story_run_nothing(browser, tmp_path):
    hostile = "Pier <img src=x onerror=alert(1)> `7` ${document.title='x'}</script><script>alert(2)</script> {{ 7*7 }}"
    places = gpd.GeoDataFrame({"id": ["p1"], "name": [hostile], "kind": ["port"], "confidence": ["reported"],
                               "sources": ["s1"]}, geometry=[shapely.Point(10, 50)], crs="EPSG:4326")
    m = geo.make_map({"places": places}, sources={"s1": {"title": hostile, "url": "javascript:alert(3)"}},
                     title=hostile, subtitle=hostile, labels=[{"id": "p1", "text": hostile, "min_zoom": 0}],
                     story=[{"title": hostile, "text": hostile, "highlight": ["p1"], "sources": ["s1"]}])
    path = geo.save_map(m, tmp_path / "h.html")
    with _open(browser, path, (1366, 768), query="?step=1") as view:
        page = view.page
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.wait_for_function("() => geoMapLib.storyState && geoMapLib.storyState.index === 0")
        assert page.locator(".geo-title-head").inner_text() == hostile
        assert page.locator(".geo-subtitle").inner_text() == hostile
        assert page.locator(".geo-label").inner_text() == hostile
        assert page.locator(".geo-story h2").inner_text() == hostile
        assert page.locator(".geo-story-cite a").count() == 0  # a javascript: address is no link
        assert page.evaluate("() => document.querySelectorAll('img[src=x]').length") == 0
        assert dialogs == [] and view.page_errors == []
