/* Events on canvas tiles: no Leaflet object per event. Popups are built with text nodes, never HTML. */
window.geoMapLib = window.geoMapLib || {};

/** Draw a large event layer on canvas tiles (see geo/map/events.py). */
geoMapLib.canvasEvents = function (group, data, colour) {
    (function () {
        function ints(b64) {
            var bytes = atob(b64), u8 = new Uint8Array(bytes.length);
            for (var i = 0; i < bytes.length; i++) { u8[i] = bytes.charCodeAt(i); }
            return new Int32Array(u8.buffer);
        }
        ['points', 'point_rows', 'lines', 'line_starts', 'line_rows'].forEach(function (k) { data[k] = ints(data[k]); });
        data.columns.forEach(function (col) { if (col.codes !== undefined) { col.codes = ints(col.codes); } });
        // radius of a point and how near a click must be to pick an event, in CSS pixels
        var R_PX = 3, HIT_PX = 6;
        // Web Mercator at zoom 0 (a 256 px world), once for all
        function px(lat, lon) {
            var s = Math.sin(Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI / 180);
            return [(lon + 180) / 360 * 256, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 256];
        }
        var np = data.point_rows.length, P = new Float64Array(2 * np);
        for (var i = 0; i < np; i++) {
            var xy = px(data.points[2 * i] / data.scale, data.points[2 * i + 1] / data.scale);
            P[2 * i] = xy[0]; P[2 * i + 1] = xy[1];
        }
        var nv = data.lines.length / 2, V = new Float64Array(2 * nv), la = 0, lo = 0;
        for (var v = 0; v < nv; v++) {
            la += data.lines[2 * v]; lo += data.lines[2 * v + 1];
            var q = px(la / data.scale, lo / data.scale); V[2 * v] = q[0]; V[2 * v + 1] = q[1];
        }
        var starts = data.line_starts, nl = starts.length, B = new Float64Array(4 * nl);
        function end(j) { return j + 1 < nl ? starts[j + 1] : nv; }
        for (var j = 0; j < nl; j++) {
            var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
            for (var k = starts[j]; k < end(j); k++) {
                x0 = Math.min(x0, V[2 * k]); x1 = Math.max(x1, V[2 * k]);
                y0 = Math.min(y0, V[2 * k + 1]); y1 = Math.max(y1, V[2 * k + 1]);
            }
            B[4 * j] = x0; B[4 * j + 1] = y0; B[4 * j + 2] = x1; B[4 * j + 3] = y1;
        }
        // a point, drawn once: filled circle with a white outline, copied for every event
        var sprite = document.createElement('canvas'), sr = window.devicePixelRatio || 1;
        sprite.width = sprite.height = Math.ceil((2 * R_PX + 2) * sr);
        var sc = sprite.getContext('2d');
        sc.scale(sr, sr); sc.beginPath(); sc.arc(R_PX + 1, R_PX + 1, R_PX, 0, 2 * Math.PI);
        sc.globalAlpha = 0.85; sc.fillStyle = colour; sc.fill();
        sc.globalAlpha = 1; sc.lineWidth = 0.5; sc.strokeStyle = '#ffffff'; sc.stroke();
        var Layer = L.GridLayer.extend({
            createTile: function (c) {
                var tile = L.DomUtil.create('canvas', 'leaflet-tile'), size = this.getTileSize();
                var ratio = window.devicePixelRatio || 1;
                tile.width = size.x * ratio; tile.height = size.y * ratio;
                var ctx = tile.getContext('2d'), z = Math.pow(2, c.z), n = z;  // pixels per zoom-0 pixel; tiles across
                ctx.scale(ratio, ratio);
                var ox = (((c.x % n) + n) % n) * size.x, oy = c.y * size.y, pad = R_PX + 1;
                ctx.strokeStyle = colour; ctx.globalAlpha = 0.7; ctx.lineWidth = 1.5;
                ctx.beginPath();
                for (var j = 0; j < nl; j++) {
                    if (B[4 * j + 2] * z < ox - pad || B[4 * j] * z > ox + size.x + pad ||
                        B[4 * j + 3] * z < oy - pad || B[4 * j + 1] * z > oy + size.y + pad) { continue; }
                    // simplified for the zoom: a vertex less than a pixel from the last one drawn is skipped
                    var lx = V[2 * starts[j]] * z - ox, ly = V[2 * starts[j] + 1] * z - oy, last = end(j) - 1;
                    ctx.moveTo(lx, ly);
                    for (var k = starts[j] + 1; k <= last; k++) {
                        var x = V[2 * k] * z - ox, y = V[2 * k + 1] * z - oy;
                        if (k === last || Math.abs(x - lx) + Math.abs(y - ly) >= 1) { ctx.lineTo(x, y); lx = x; ly = y; }
                    }
                }
                ctx.stroke();
                // points: one sprite each, and at most one per 2 × 2 px cell (the rest would be hidden under it)
                ctx.globalAlpha = 1;
                var seen = new Uint8Array(Math.ceil((size.x + 2 * pad) / 2) * Math.ceil((size.y + 2 * pad) / 2));
                var row = Math.ceil((size.x + 2 * pad) / 2);
                for (var i = 0; i < np; i++) {
                    var x = P[2 * i] * z - ox, y = P[2 * i + 1] * z - oy;
                    if (x < -pad || y < -pad || x > size.x + pad || y > size.y + pad) { continue; }
                    var cell = ((x + pad) >> 1) + ((y + pad) >> 1) * row;
                    if (seen[cell]) { continue; }
                    seen[cell] = 1;
                    ctx.drawImage(sprite, x - R_PX - 1, y - R_PX - 1, 2 * R_PX + 2, 2 * R_PX + 2);
                }
                return tile;
            }
        });
        var layer = new Layer({pane: 'overlayPane', zIndex: 450});
        function popup(row) {
            var table = document.createElement('table');
            data.columns.forEach(function (col) {
                var text = col.direct ? col.direct[row] : (col.codes[row] < 0 ? null : col.values[col.codes[row]]);
                if (text === null || text === undefined) { return; }
                var tr = table.insertRow(), th = document.createElement('th'), td = tr.insertCell();
                th.style.textAlign = 'left'; th.style.paddingRight = '6px';
                th.textContent = col.name; tr.insertBefore(th, td);
                td.textContent = text;
            });
            return table;
        }
        function segDist(x, y, ax, ay, bx, by) {
            var dx = bx - ax, dy = by - ay, t = dx || dy ? ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy) : 0;
            t = Math.max(0, Math.min(1, t));
            return Math.hypot(x - ax - t * dx, y - ay - t * dy);
        }
        function onClick(e) {
            var map = group._map;
            if (!map || !map.hasLayer(layer)) { return; }
            var z = Math.pow(2, map.getZoom()), p = px(e.latlng.lat, e.latlng.lng);
            var x = p[0] * z, y = p[1] * z, best = HIT_PX, row = -1;
            for (var i = 0; i < np; i++) {
                var d = Math.hypot(P[2 * i] * z - x, P[2 * i + 1] * z - y);
                if (d < best) { best = d; row = data.point_rows[i]; }
            }
            if (row < 0) {
                for (var j = 0; j < nl; j++) {
                    if (B[4 * j + 2] * z < x - HIT_PX || B[4 * j] * z > x + HIT_PX || B[4 * j + 3] * z < y - HIT_PX || B[4 * j + 1] * z > y + HIT_PX) { continue; }
                    for (var k = starts[j]; k + 1 < end(j); k++) {
                        var d2 = segDist(x, y, V[2 * k] * z, V[2 * k + 1] * z, V[2 * k + 2] * z, V[2 * k + 3] * z);
                        if (d2 < best) { best = d2; row = data.line_rows[j]; }
                    }
                }
            }
            // after the click has reached the layers below (a region's own popup), so this one wins
            if (row >= 0) {
                setTimeout(function () { L.popup({maxWidth: 420}).setLatLng(e.latlng).setContent(popup(row)).openOn(map); }, 0);
            }
        }
        // 'preclick': Leaflet fires it on the map for every click, even one on a layer that stops it
        layer.on('add', function () { group._map.on('preclick', onClick); });
        // Added once the page has loaded: tiles drawn while the HTML parser was still running
        // held Chromium's parser back by seconds (benchmarks/README.md). The tiles in view are
        // drawn synchronously when the layer is added.
        function show() {
            layer.addTo(group);
            // the frame in which the tiles drawn on adding the layer are painted
            requestAnimationFrame(function () { window.geoEventsShown = {points: np, lines: nl, ms: performance.now()}; });
        }
        if (document.readyState === 'complete') { show(); } else { window.addEventListener('load', show); }
    })();
};

/** Up to a few thousand point events: clustered circle markers with tooltips and popups (escaped in Python). */
geoMapLib.clusterEvents = function (group, data, colour) {
    var cluster = L.markerClusterGroup({maxClusterRadius: 40});
    data.markers.forEach(function (m) {
        var marker = L.circleMarker(m.latlng, {radius: 5, color: '#ffffff', weight: 1, fill: true, fillColor: colour,
                                               fillOpacity: 0.9});
        marker.bindTooltip(m.tooltip, {sticky: true});
        marker.bindPopup(m.popup, {maxWidth: 420});
        cluster.addLayer(marker);
    });
    cluster.addTo(group);
};
