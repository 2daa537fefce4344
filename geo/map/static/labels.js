/* Permanent labels, placed greedily so that no two overlap (see geo/map/labels.py). */
(function () {
    'use strict';
    var lib = window.geoMapLib = window.geoMapLib || {};
    var GAP_PX = 2;   // room kept between two labels
    var DOT_PX = 6;   // distance of a place's label from its point

    function overlaps(a, b) {
        return a.x < b.x + b.w + GAP_PX && b.x < a.x + a.w + GAP_PX && a.y < b.y + b.h + GAP_PX && b.y < a.y + a.h + GAP_PX;
    }

    lib.labels = function (map, data) {
        var pane = map.createPane('geoLabels');
        pane.style.zIndex = 640;
        pane.style.pointerEvents = 'none';
        var items = data.labels.map(function (d) {
            var div = L.DomUtil.create('div', 'geo-label geo-label-' + d.kind, pane);
            div.textContent = d.text;
            div.dataset.id = d.id;
            return {d: d, div: div, w: 0, h: 0};
        });
        function place() {
            var zoom = map.getZoom(), size = map.getSize(), placed = [];
            items.forEach(function (it) {
                it.div.style.display = 'none';
                it.shown = false;
                if (zoom < it.d.minZoom) { return; }
                var p = map.latLngToContainerPoint(it.d.latlng);
                if (p.x < 0 || p.y < 0 || p.x > size.x || p.y > size.y) { return; }
                it.div.style.display = 'block';
                if (!it.w) { it.w = it.div.offsetWidth; it.h = it.div.offsetHeight; }
                var w = it.w, h = it.h, candidates = it.d.kind === 'region'
                    ? [[-w / 2, -h / 2], [-w / 2, -h / 2 - h], [-w / 2, h / 2]]
                    : [[DOT_PX, -h / 2], [-w - DOT_PX, -h / 2], [-w / 2, -h - DOT_PX], [-w / 2, DOT_PX]];
                for (var i = 0; i < candidates.length; i++) {
                    var box = {x: p.x + candidates[i][0], y: p.y + candidates[i][1], w: w, h: h};
                    if (box.x < 0 || box.y < 0 || box.x + w > size.x || box.y + h > size.y) { continue; }
                    if (placed.some(function (b) { return overlaps(box, b); })) { continue; }
                    placed.push(box);
                    var at = map.containerPointToLayerPoint([box.x, box.y]);
                    L.DomUtil.setPosition(it.div, at);
                    it.shown = true;
                    break;
                }
                if (!it.shown) { it.div.style.display = 'none'; }
            });
        }
        map.on('zoomend moveend resize', place);
        map.whenReady(place);
        lib.placeLabels = place;
    };
})();
