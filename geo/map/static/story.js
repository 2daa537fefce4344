/* The guided story: a panel with previous/next, arrow keys and ?step=N (see geo/map/story.py).
 * Texts from data are written with textContent; links only for http(s) addresses (checked in Python). */
(function () {
    'use strict';
    var lib = window.geoMapLib = window.geoMapLib || {};
    var HIGHLIGHT = {color: '#ffcc00', weight: 7, opacity: 1};

    function original(layer) {
        var f = layer.geoFeature || {};
        return f.style || {};
    }

    lib.story = function (map, data) {
        var steps = data.steps, state = {index: -1, highlighted: [], layers: []};
        lib.storyState = state;
        var title, text, count, cites, prev, next;
        var c = lib.control(map, 'topright', function () {
            var div = lib.el('div', 'geo-story');
            div.setAttribute('aria-live', 'polite');
            count = lib.el('div', 'geo-story-count', div);
            title = lib.el('h2', '', div);
            text = lib.el('div', 'geo-story-text', div);
            cites = lib.el('div', 'geo-story-cite', div);
            var nav = lib.el('div', 'geo-story-nav', div);
            prev = lib.el('button', 'geo-story-prev', nav, '\u2190 Previous');
            next = lib.el('button', 'geo-story-next', nav, 'Next \u2192');
            prev.type = next.type = 'button';
            L.DomEvent.on(prev, 'click', function () { show(state.index - 1); });
            L.DomEvent.on(next, 'click', function () { show(state.index + 1); });
            return div;
        });

        function unhighlight() {
            state.layers.forEach(function (layer) {
                if (layer.setStyle) { layer.setStyle(original(layer)); }
                layer.geoHighlighted = false;
            });
            state.layers = [];
            state.highlighted = [];
        }

        function show(i) {
            if (i < 0 || i >= steps.length) { return; }
            var step = steps[i];
            state.index = i;
            count.textContent = 'Story \u00b7 step ' + (i + 1) + ' of ' + steps.length;
            title.textContent = step.title;
            text.textContent = step.text;
            cites.textContent = step.cites.length ? 'Sources: ' : '';
            step.cites.forEach(function (cite, k) {
                if (k) { cites.appendChild(document.createTextNode('; ')); }
                if (cite.url) {
                    var a = lib.el('a', '', cites, cite.title);
                    a.href = cite.url; a.target = '_blank'; a.rel = 'noopener noreferrer';
                } else { cites.appendChild(document.createTextNode(cite.title)); }
            });
            prev.disabled = i === 0;
            next.disabled = i === steps.length - 1;
            unhighlight();
            step.highlight.forEach(function (id) {
                (lib.features[id] || []).forEach(function (layer) {
                    if (!layer.setStyle) { return; }
                    var s = original(layer), h = {color: HIGHLIGHT.color, opacity: HIGHLIGHT.opacity,
                                                   weight: Math.max(HIGHLIGHT.weight, (s.weight || 2) + 3)};
                    if (s.radius !== undefined) { h = {color: HIGHLIGHT.color, weight: 3}; }
                    layer.setStyle(h);
                    layer.geoHighlighted = true;
                    if (layer.bringToFront && map.hasLayer(layer)) { layer.bringToFront(); }
                    state.layers.push(layer);
                });
                state.highlighted.push(id);
            });
            if (step.bounds) { map.flyToBounds(step.bounds, {padding: [20, 20], duration: 0.8}); }
            if (window.history && window.history.replaceState && window.location.protocol !== 'about:') {
                try {
                    var url = new URL(window.location.href);
                    url.searchParams.set('step', String(i + 1));
                    window.history.replaceState(null, '', url.toString());
                } catch (e) { /* a page without an address of its own */ }
            }
        }
        lib.showStep = show;

        document.addEventListener('keydown', function (e) {
            var tag = (e.target && e.target.tagName) || '';
            if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || state.index < 0) { return; }
            if (c.getContainer().classList.contains('geo-closed')) { return; }
            if (e.key === 'ArrowRight') { show(state.index + 1); }
            if (e.key === 'ArrowLeft') { show(state.index - 1); }
        });

        var asked = parseInt(new URLSearchParams(window.location.search).get('step'), 10);
        lib.panel('story', 'Story', c.getContainer(), null);
        lib.storyStart = function () {
            if (asked >= 1 && asked <= steps.length) {
                lib.setPanel('story', true);
                show(asked - 1);
            }
        };
        // the panel's button opens the story at its first step
        lib.onPanelOpen = lib.onPanelOpen || {};
        lib.onPanelOpen.story = function () { if (state.index < 0) { show(0); } };
    };
})();
