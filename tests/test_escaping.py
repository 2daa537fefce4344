"""Hostile text in every free-text field that reaches the map: it is shown, never run.

A small scenario (and an event file) carries each hostile string in every free-text field that ends
up in a popup, a tooltip, a label, the legend, the search box or a "Zoom to" button: names, kinds,
notes, coordinate sources, route waypoints, flow destinations, source titles, authors and web
addresses, view names, the aircraft's name (the range rings' tooltip), the scenario's title, and
the columns and values of an event file. The map is built through the public API (``geo.build``,
which runs ``geo.build_layers``, ``geo.make_map`` and ``geo.save_map`` for the offline map), then:

(a) every inline ``<script>`` parses (``node --check``): data cannot end a script or a string;
(b) in headless Chromium with every network request refused, after every popup and tooltip has
    been opened through Leaflet's own map object, no payload ran (``window.__x`` is undefined, the
    title is unchanged, no dialog, no ``<img src=x>`` element);
(c) the hostile text is shown literally (in the DOM text of a popup, tooltip or control).

Figure names are not free text (the schema allows only ``[a-z0-9_]`` names with a unit suffix), so
they cannot carry these strings.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess

import pytest
import yaml

import geo

HOSTILE = {
    "script": "</script><script>window.__x=1</script>",
    "jinja": "{{7*7}} {% if 1 %}JINJA{% endif %}",
    "attribute": "\"'><img src=x onerror=window.__x=1>",
    "template literal": "${window.__x=1}`;window.__x=1;`\\",
    "javascript url": "javascript:window.__x=1",
}

TITLE = "Escaping test map"


def _scenario(text: str) -> dict:
    """A small scenario with ``text`` in every free-text field that reaches the map."""
    note = f"note {text}"
    return {
        "scenario": {
            "id": "hostile", "title": f"{TITLE} {text}", "description": f"description {text}",
            "map_file": "hostile.html",
            "aircraft": {"name": f"aircraft {text}", "range_km": 500.0, "source": "s_url", "note": note},
        },
        "sources": [
            {"id": "s_title", "title": f"title {text}", "author": f"author {text}", "note": note},
            # the schema takes only http(s) addresses (test_javascript_addresses_never_become_links);
            # the hostile text goes into the query
            {"id": "s_url", "title": f"url source {text}", "url": f"https://example.org/?q={text}"},
            {"id": "s_web", "title": "A web source", "url": "https://example.org/?q=" + text.replace(" ", "%20")},
        ],
        "places": [
            {"id": "alpha", "name": f"Alpha {text}", "kind": f"kind {text}", "lon": 10.0, "lat": 50.0,
             "coord_source": f"s_title coords {text}", "sources": ["s_title", "s_url"], "confidence": "reported",
             "note": note},
            {"id": "beta", "name": f"Beta {text}", "kind": "town", "lon": 12.0, "lat": 50.5,
             "coord_source": "s_title", "sources": ["s_web"], "confidence": "alleged", "note": note},
            {"id": "gamma", "name": f"Gamma {text}", "kind": "airstrip", "lon": 11.0, "lat": 48.5,
             "coord_source": "s_title", "sources": ["s_title"], "confidence": "possible"},
        ],
        "regions": [
            {"id": "zone", "name": f"Zone {text}", "kind": f"region kind {text}", "sources": ["s_title"],
             "confidence": "reported", "note": note, "figures": {"soldiers_count": 7},
             "geometry": {"method": "buffered_hull", "places": ["alpha", "beta"], "buffer_m": 20000}},
        ],
        "routes": [
            {"id": "road_route", "name": f"Road {text}", "sources": ["s_title"], "confidence": "alleged",
             "note": note, "figures": {"payload_kg_per_flight": 10},
             "legs": [{"from": "alpha", "to": "beta", "mode": "road",
                       "via": [{"name": f"waypoint {text}", "lon": 11.0, "lat": 50.3, "coord_source": "s_title"}]}]},
            {"id": "air_route", "name": f"Air {text}", "sources": ["s_url"], "confidence": "reported", "note": note,
             "legs": [{"from": "gamma", "to": "beta", "mode": "air"}]},
        ],
        "flows": [
            {"id": "flow", "name": f"Flow {text}", "destination": f"destination {text}", "share_pct": 40,
             "from": "alpha", "to": "gamma", "sources": ["s_title"], "confidence": "possible", "note": note},
        ],
        "views": [
            {"id": "all", "name": f"View {text}", "bbox": [8, 47, 14, 52]},
            {"id": "zone_view", "name": f"Zone view {text}", "regions": ["zone"]},
        ],
    }


def _events_csv(text: str) -> str:
    """Two events, far apart (never clustered), with the hostile text as a column name and as values."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "lon", "lat", f"col {text}", "kind", "name"])
    writer.writerow(["e1", "10.5", "49.0", f"value {text}", f"kind {text}", f"event {text}"])
    writer.writerow(["e2", "13.0", "51.5", f"value {text}", "seizure", "second"])
    return out.getvalue()


def _inline_scripts(html: str) -> list[str]:
    return re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)


@pytest.fixture(scope="module", params=list(HOSTILE), ids=list(HOSTILE))
def hostile_build(request, tmp_path_factory):
    text = HOSTILE[request.param]
    root = tmp_path_factory.mktemp("hostile")
    path = root / "scenario.yaml"
    path.write_text(yaml.safe_dump(_scenario(text), allow_unicode=True, sort_keys=False), encoding="utf-8")
    events = root / "events.csv"
    events.write_text(_events_csv(text), encoding="utf-8")
    result = geo.build(path, layers_dir=root / "layers", out_dir=root / "out", official=None, offline=True,
                       events=events)
    return text, result


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium for the module; every network request is refused per page."""
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        pytest.skip("no Chromium (install Debian's 'chromium' package): browser tests skipped")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed: browser tests skipped")

    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=exe, headless=True)
        yield chromium
        chromium.close()


def test_the_event_file_carries_the_hostile_text(hostile_build):
    # the fixture's CSV quoting is right: the event file reads back with the text intact
    text, result = hostile_build
    events = geo.load_events(result.events_path)
    assert f"col {text}" in events.columns
    row = events.set_index("id").loc["e1"]
    assert row[f"col {text}"] == f"value {text}" and row["kind"] == f"kind {text}" and row["name"] == f"event {text}"


def test_every_inline_script_parses(hostile_build, tmp_path):
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is absent: inline-script syntax check skipped")
    text, result = hostile_build
    html = result.map_path.read_text(encoding="utf-8")
    scripts = _inline_scripts(html)
    assert len(scripts) >= 3
    for i, script in enumerate(scripts):
        js = tmp_path / f"s{i}.js"
        js.write_text(script, encoding="utf-8")
        proc = subprocess.run([node, "--check", str(js)], capture_output=True, text=True)
        assert proc.returncode == 0, f"inline script {i}: {proc.stderr}"
    # the raw payload is nowhere in the page as markup
    assert "<script>window.__x=1</script>" not in html
    assert "<img src=x" not in html


# Every leaf layer of every group: open its popup (by a click through Leaflet, as a user would)
# and its tooltip, and collect what they show.
_OPEN_ALL = """() => {
    const map = window.geoMap.map, shown = [];
    const leaves = [];
    const walk = (layer) => {
        if (layer.getLayers && !(layer.getLatLng)) { layer.getLayers().forEach(walk); }
        if ((layer.getPopup && layer.getPopup()) || (layer.getTooltip && layer.getTooltip())) { leaves.push(layer); }
    };
    Object.values(window.geoMap.layers).forEach(walk);
    const where = (layer) => layer.getLatLng ? layer.getLatLng()
        : (layer.getBounds ? layer.getBounds().getCenter() : map.getCenter());
    for (const layer of leaves) {
        const latlng = where(layer);
        const popup = layer.getPopup && layer.getPopup();
        if (popup) {
            // a click as Leaflet delivers it; a marker hidden in a cluster gets its popup opened on the map
            if (map.hasLayer(layer)) { layer.fire('click', {latlng: latlng}); }
            if (!popup.isOpen()) { popup.setLatLng(latlng).openOn(map); }
            // the technical fields are folded under "Details": unfold them, as a reader would, to read them
            popup.getElement().querySelectorAll('details').forEach(d => { d.open = true; });
            shown.push(popup.getElement().innerText);
            map.closePopup();
        }
        const tooltip = layer.getTooltip && layer.getTooltip();
        if (tooltip) {
            if (map.hasLayer(layer)) { layer.openTooltip(latlng); } else { map.openTooltip(tooltip, latlng); }
            shown.push(tooltip.getElement().innerText);
            if (map.hasLayer(layer)) { layer.closeTooltip(); } else { map.closeTooltip(tooltip); }
        }
    }
    return {count: leaves.length, shown: shown};
}"""



def test_nothing_runs_in_the_browser_and_the_text_is_shown(hostile_build, browser):
    text, result = hostile_build
    page = browser.new_page()
    blocked, errors, dialogs = [], [], []
    map_url = result.map_path.resolve().as_uri()

    def refuse(route):
        if route.request.url == map_url:
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    page.route("**/*", refuse)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        page.goto(map_url)
        page.wait_for_function("() => window.geoMap !== undefined", timeout=15000)
        opened = page.evaluate(_OPEN_ALL)
        # the scenario's regions, legs, flow, places, crossings-free: at least one popup per feature
        assert opened["count"] >= 1 + 2 + 1 + 3 + 2  # region, 2 legs, flow, 3 places, 2 events
        shown = "\n".join(opened["shown"])
        # the events' column name and value, and every feature's name, are shown as written
        missing = [e for e in (f"Alpha {text}", f"Beta {text}", f"Gamma {text}", f"Zone {text}", f"kind {text}",
                         f"region kind {text}", f"coords {text}", f"note {text}", f"title {text}",
                         f"author {text}", f"url source {text}", f"destination {text}", f"col {text}",
                         f"value {text}", f"event {text}", f"Road {text}", f"Air {text}", f"Flow {text}",
                         f"aircraft {text}") if e not in shown]
        assert not missing, (missing, opened)
        # a "javascript:" address is never a link in any popup
        hrefs = page.evaluate("() => Array.from(document.querySelectorAll('a[href]')).map(a => a.href)")
        assert not [h for h in hrefs if h.lower().startswith("javascript:")], hrefs
        # the view buttons and the search box show the names literally
        assert page.locator("button.geo-view").all_inner_texts() == [f"View {text}", f"Zone view {text}"]
        for button in page.locator("button.geo-view").all():
            button.click()
        search = page.locator(".leaflet-control-search input.search-input")
        search.press_sequentially("Alpha", delay=20)
        tip = page.locator(".search-tip").first
        tip.wait_for(timeout=5000)
        assert tip.inner_text() == f"Alpha {text}"
        tip.click()
        page.locator(".leaflet-popup-content").wait_for(timeout=5000)
        page.wait_for_timeout(300)
        # (b): nothing ran
        assert page.evaluate("() => window.__x") is None
        assert page.title() == f"{TITLE} {text}"  # the page title, shown literally and unchanged
        assert page.evaluate("() => document.querySelectorAll('img[src=x], img[src$=\"/x\"]').length") == 0
        assert dialogs == [] and errors == []
        assert blocked == [], blocked  # the offline map asks for nothing
    finally:
        page.close()


def test_events_geojson_values_are_shown_literally(hostile_build, tmp_path):
    # The written events layer keeps the text as data (GeoJSON strings), unescaped: escaping is the
    # map's business, the layer must round-trip what the user gave.
    text, result = hostile_build
    doc = json.loads(result.events_path.read_text(encoding="utf-8"))
    props = {f["properties"]["id"]: f["properties"] for f in doc["features"]}
    assert props["e1"][f"col {text}"] == f"value {text}"


def test_javascript_addresses_never_become_links(tmp_path):
    # A scenario refuses a source address that is not http(s), naming the field ...
    data = _scenario("x")
    data["sources"][1]["url"] = HOSTILE["javascript url"]
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(geo.ScenarioError, match=r"sources 's_url'.*field 'url'"):
        geo.load_scenario(path)
    # ... and the map, given one through the API, shows it as text, never as a link
    layers = geo.build_layers(geo.load_scenario(_write(tmp_path / "ok.yaml", _scenario("x"))), official_files=None)
    for url in (HOSTILE["javascript url"], " JavaScript:window.__x=1", "data:text/html,<script>window.__x=1</script>"):
        sources = {"s_title": {"title": "T"}, "s_url": {"title": "U", "url": url}, "s_web": {"title": "W"}}
        html = geo.make_map(layers, sources=sources, title=TITLE).get_root().render()
        assert not re.search(r"href=[\"']?\s*(javascript|data):", html, flags=re.I), url
        # the popups travel as escaped JSON in the page ("<" written "\\u003c"): the source is a plain item
        assert "\\u003cli\\u003eU\\u003c/li\\u003e" in html, url


def _write(path, data):
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


# --- a large event file: the canvas events layer, whose popups are built on a click ---------------

@pytest.fixture(scope="module", params=list(HOSTILE), ids=list(HOSTILE))
def hostile_many(request, tmp_path_factory):
    """The scenario with an event file of more points than the map draws as markers, so that the
    map draws them on one canvas layer whose popups are built when clicked."""
    try:  # the number of events the map draws as markers at most
        from geo.map import EVENTS_MAX_MARKERS
    except ImportError:
        from geo.render import EVENTS_MAX_MARKERS

    text = HOSTILE[request.param]
    root = tmp_path_factory.mktemp("many")
    path = _write(root / "scenario.yaml", _scenario(text))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "lon", "lat", f"col {text}", "kind", "name"])
    writer.writerow(["e1", "10.2", "49.2", f"value {text}", f"kind {text}", f"event {text}"])
    writer.writerow(["e2", "13.0", "51.5", f"value {text}", f"kind {text}", f"event {text}"])
    for i in range(EVENTS_MAX_MARKERS):  # a grid of further events away from the two above
        lon, lat = 8.0 + (i % 50) * 0.02, 46.0 + (i // 50) * 0.02
        writer.writerow([f"g{i}", f"{lon:.2f}", f"{lat:.2f}", "grid", "grid", "grid"])
    events = root / "events.csv"
    events.write_text(out.getvalue(), encoding="utf-8")
    result = geo.build(path, layers_dir=root / "layers", out_dir=root / "out", official=None, offline=True,
                       events=events)
    return text, result


def test_canvas_event_popups_show_the_text_and_run_nothing(hostile_many, browser, tmp_path):
    text, result = hostile_many
    html = result.map_path.read_text(encoding="utf-8")
    node = shutil.which("node")
    if node is not None:
        for i, script in enumerate(_inline_scripts(html)):
            js = tmp_path / f"s{i}.js"
            js.write_text(script, encoding="utf-8")
            proc = subprocess.run([node, "--check", str(js)], capture_output=True, text=True)
            assert proc.returncode == 0, f"inline script {i}: {proc.stderr}"
    page = browser.new_page()
    errors, dialogs, blocked = [], [], []
    map_url = result.map_path.resolve().as_uri()
    page.route("**/*", lambda route: route.continue_() if route.request.url == map_url
               else (blocked.append(route.request.url), route.abort()))
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        page.goto(map_url)
        page.wait_for_function("() => window.geoMap !== undefined", timeout=15000)
        page.wait_for_timeout(500)  # the canvas layer is added once the page has loaded
        shown = []
        for lat, lon in ((49.2, 10.2), (51.5, 13.0)):  # the two hostile events
            page.evaluate(f"""() => {{ const map = window.geoMap.map;
                map.setView([{lat}, {lon}], 9, {{animate: false}});
                map.fire('preclick', {{latlng: L.latLng({lat}, {lon})}}); }}""")
            popup = page.locator(".leaflet-popup-content")
            popup.wait_for(timeout=5000)
            shown.append(popup.inner_text())
            page.evaluate("() => window.geoMap.map.closePopup()")
        for seen in shown:
            for expected in (f"event {text}", f"kind {text}", f"col {text}", f"value {text}"):
                assert expected in seen, (expected, seen)
        assert page.evaluate("() => window.__x") is None
        assert page.title() == f"{TITLE} {text}"
        assert page.evaluate("() => document.querySelectorAll('img[src=x], img[src$=\"/x\"]').length") == 0
        assert dialogs == [] and errors == [] and blocked == []
    finally:
        page.close()
