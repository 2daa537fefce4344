/* The map's own controls: title block, Zoom-to buttons, period slider, panel buttons (layout), search popups.
 * Texts from data arrive as JSON and are written with textContent (never as HTML). */
(function () {
    'use strict';
    var lib = window.geoMapLib = window.geoMapLib || {};
    /** Below this width (CSS px) the page is laid out for a phone: panels start closed. */
    lib.PHONE_PX = 768;
    /** From this width the layer list starts open too. */
    lib.WIDE_PX = 1600;
    lib.panels = [];   // {name, title, element, open(width) -> bool}

    function el(tag, cls, parent, text) {
        var e = L.DomUtil.create(tag, cls || '', parent);
        if (text !== undefined) { e.textContent = text; }
        return e;
    }
    lib.el = el;

    function control(map, position, build) {
        var c = L.control({position: position});
        c.onAdd = function () {
            var div = build();
            L.DomEvent.disableClickPropagation(div);
            L.DomEvent.disableScrollPropagation(div);
            return div;
        };
        c.addTo(map);
        return c;
    }
    lib.control = control;

    /** Register a panel that the layout may close, with its button text and when it starts open. */
    lib.panel = function (name, title, element, openFrom) {
        lib.panels.push({name: name, title: title, element: element, openFrom: openFrom});
    };

    lib.titleBlock = function (map, info) {
        var c = control(map, 'topleft', function () {
            var div = el('div', 'geo-title');
            var head = el('h1', 'geo-title-head', div, info.title);
            head.setAttribute('role', 'button');
            head.tabIndex = 0;
            head.title = 'Show or hide the subtitle and source';
            var more = el('div', 'geo-title-more', div);
            if (info.subtitle) { el('div', 'geo-subtitle', more, info.subtitle); }
            var line = el('div', 'geo-title-source', more, 'Source: ');
            if (info.source) {
                if (info.source.url) {
                    var a = el('a', '', line, info.source.title);
                    a.href = info.source.url; a.target = '_blank'; a.rel = 'noopener noreferrer';
                } else { el('span', '', line, info.source.title); }
            }
            if (info.date) { el('span', 'geo-title-date', line, ' \u00b7 built ' + info.date); }
            if (window.innerWidth < lib.PHONE_PX) { L.DomUtil.addClass(div, 'geo-title-folded'); }
            function toggle() {
                if (L.DomUtil.hasClass(div, 'geo-title-folded')) { L.DomUtil.removeClass(div, 'geo-title-folded'); }
                else { L.DomUtil.addClass(div, 'geo-title-folded'); }
            }
            L.DomEvent.on(head, 'click', toggle);
            L.DomEvent.on(head, 'keydown', function (e) { if (e.key === 'Enter') { toggle(); } });
            return div;
        });
        // first in its corner, above the zoom buttons
        var box = c.getContainer(), corner = box.parentNode;
        corner.insertBefore(box, corner.firstChild);
    };

    lib.viewButtons = function (map, views) {
        var c = control(map, 'topright', function () {
            var div = el('div', 'leaflet-bar geo-views');
            el('b', '', div, 'Zoom to');
            views.forEach(function (view) {
                var button = el('button', 'geo-view', div, view.name);
                button.type = 'button';
                button.dataset.view = view.id;
                L.DomEvent.on(button, 'click', function () { map.fitBounds(view.bounds, {padding: [12, 12]}); });
            });
            return div;
        });
        lib.views = views;
        lib.panel('views', 'Zoom to', c.getContainer(), lib.PHONE_PX);
    };

    function monthLabel(m) { return Math.floor(m / 12) + '-' + String(m % 12 + 1).padStart(2, '0'); }

    lib.periodControl = function (map, lo, hi) {
        var items = lib.dated;
        var c = control(map, 'topright', function () {
            var div = el('div', 'leaflet-bar geo-period');
            var on = el('input', 'geo-period-on');
            on.type = 'checkbox';
            var head = el('label', '', div);
            head.appendChild(on);
            head.appendChild(document.createTextNode(' only what was active in '));
            var out = el('b', 'geo-period-label', head);
            var range = el('input', 'geo-period-range', div);
            range.type = 'range'; range.min = lo; range.max = hi; range.step = 1; range.value = hi;
            var count = el('div', 'geo-period-count', div);
            var names = el('div', 'geo-period-active', div);
            function apply() {
                var m = +range.value, shown = 0, active = [];
                out.textContent = monthLabel(m);
                items.forEach(function (it) {
                    var on_ = (it[2] === null || it[2] <= m) && (it[3] === null || m <= it[3]);
                    if (!on.checked || on_) { it[1].addLayer(it[0]); shown += 1; } else { it[1].removeLayer(it[0]); }
                    var title = it[0].geoFeature && it[0].geoFeature.title;
                    if (on.checked && on_ && title && active.indexOf(title) < 0) { active.push(title); }
                });
                count.textContent = on.checked
                    ? shown + ' of ' + items.length + ' dated features active; undated ones always shown'
                    : 'all periods shown (' + items.length + ' dated features)';
                // what the month shows, in words: the change is easy to miss on the map at a small scale
                names.textContent = on.checked ? (active.length ? 'Active: ' + active.join('; ') : 'none active') : '';
            }
            L.DomEvent.on(on, 'change', apply);
            L.DomEvent.on(range, 'input', function () { on.checked = true; apply(); });
            apply();
            return div;
        });
        lib.panel('period', 'Period', c.getContainer(), lib.WIDE_PX);
    };

    /** A search hit is a marker inside a one-feature GeoJSON layer, which holds the popup. Its popup
     * opens once the map has arrived, so that the popup's own panning does not stop the move halfway. */
    lib.searchPopups = function (map, layer, search) {
        search.on('search:locationfound', function (e) {
            var opened = false;
            function open() {
                if (opened) { return; }
                opened = true;
                // the sub-groups' layers are the searchable group's own layers
                layer.eachLayer(function (g) {
                    if (g.hasLayer && g.hasLayer(e.layer) && g.getPopup()) { g.openPopup(e.latlng); }
                });
            }
            map.once('moveend', open);
            setTimeout(open, 1500);  // if the map did not need to move
        });
    };

    /** The responsive layout: the legend joins the map (so it stays in fullscreen), the layer list and
     * the legend become panels, and a bar of buttons opens and closes each panel. Below PHONE_PX wide
     * every panel starts closed, and opening one closes the others. */
    lib.layout = function (map, options) {
        var container = map.getContainer();
        var legend = document.getElementById('geo-legend');
        if (legend) {
            var lc = control(map, 'bottomleft', function () { return legend; });
            lib.panel('legend', 'Legend', lc.getContainer(), lib.PHONE_PX);
        }
        var layers = container.querySelector('.leaflet-control-layers');
        if (layers) { lib.panel('layers', 'Layers', layers, lib.WIDE_PX); }
        var width = container.clientWidth || window.innerWidth;
        var phone = width < lib.PHONE_PX;
        var order = ['story', 'layers', 'legend', 'views', 'period'];
        var panels = lib.panels.slice().sort(function (a, b) { return order.indexOf(a.name) - order.indexOf(b.name); });
        var bar = control(map, 'topright', function () {
            var div = el('div', 'leaflet-bar geo-panels' + (phone ? ' geo-panels-phone' : ''));
            panels.forEach(function (p) {
                var button = el('button', 'geo-panel-button', div, p.title);
                button.type = 'button';
                button.dataset.panel = p.name;
                p.button = button;
                L.DomEvent.on(button, 'click', function () { lib.setPanel(p.name, !p.isOpen); });
            });
            return div;
        });
        var box = bar.getContainer(), corner = box.parentNode;
        corner.insertBefore(box, corner.firstChild);
        lib.setPanel = function (name, open) {
            panels.forEach(function (p) {
                var state = p.name === name ? open : (phone && open ? false : p.isOpen);
                p.isOpen = state;
                p.element.classList.toggle('geo-closed', !state);
                p.button.setAttribute('aria-pressed', state ? 'true' : 'false');
            });
            if (open && lib.onPanelOpen && lib.onPanelOpen[name]) { lib.onPanelOpen[name](); }
        };
        panels.forEach(function (p) {
            p.isOpen = p.openFrom !== null && width >= p.openFrom;
            p.element.classList.toggle('geo-closed', !p.isOpen);
            p.button.setAttribute('aria-pressed', p.isOpen ? 'true' : 'false');
        });
        if (phone) { container.classList.add('geo-phone'); }
        // whether the map is on its way somewhere (for scripts that wait for it to arrive)
        // and how many moves have ended (a script waits for the one it started, not one before it)
        lib.moving = false;
        lib.moves = 0;
        map.on('movestart', function () { lib.moving = true; });
        map.on('moveend', function () { lib.moving = false; lib.moves += 1; });
        // a ?step=N story step, once the map's own first view is set (its script runs after this one)
        if (lib.storyStart) {
            if (document.readyState === 'complete') { lib.storyStart(); } else { window.addEventListener('load', lib.storyStart); }
        }
    };
})();
