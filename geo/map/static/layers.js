/* The scenario's layers: Leaflet objects made from the JSON that geo/map/layers.py writes.
 * Every text in the data (tooltips, popups, search labels) was escaped in Python; it is handed to
 * Leaflet as HTML that holds no markup of the data's own. */
(function () {
    'use strict';
    var lib = window.geoMapLib = window.geoMapLib || {};
    lib.features = {};   // feature id -> [Leaflet layer, ...]: for the story's highlights and the labels
    lib.dated = [];      // [layer, group, first month, last month] of every feature with a period

    function bind(layer, group, f) {
        if (f.tooltip) { layer.bindTooltip(f.tooltip, {sticky: true}); }
        if (f.popup) { layer.bindPopup(f.popup, {maxWidth: 420}); }
        layer.addTo(group);
        if (f.id !== undefined && f.id !== null) { (lib.features[f.id] = lib.features[f.id] || []).push(layer); }
        if (f.period) { lib.dated.push([layer, group, f.period[0], f.period[1]]); }
        layer.geoFeature = f;
    }

    function feature(f) {
        return {type: 'Feature', geometry: f.geometry, properties: {search_name: f.search, id: f.id}};
    }

    var makers = {
        regions: function (group, f) {
            var layer = L.geoJSON(feature(f), {style: function () { return f.style; }});
            // a wider outline under the pointer, unless the story highlights the region
            layer.on('mouseover', function () { if (!layer.geoHighlighted) { layer.setStyle({weight: 3}); } });
            layer.on('mouseout', function () { if (!layer.geoHighlighted) { layer.setStyle({weight: f.style.weight}); } });
            bind(layer, group, f);
        },
        lines: function (group, f, data) {
            var s = f.style, options = {color: s.color, weight: s.weight, opacity: s.opacity, dashArray: s.dashArray};
            if (s.offset) { options.offset = s.offset; }
            var line = L.polyline(f.latlngs, options);
            bind(line, group, f);
            // arrows point from the line's start to its end: the order of the vertices
            line.setText(data.arrow, {repeat: true, offset: 4, attributes: {
                fill: s.color, 'font-size': '13', 'font-weight': 'bold', stroke: '#ffffff', 'stroke-width': '0.5',
                'class': 'geo-arrow'}});
        },
        points: function (group, f) {
            var layer = L.geoJSON({type: 'Feature', geometry: {type: 'Point', coordinates: [f.latlng[1], f.latlng[0]]},
                                   properties: {search_name: f.search, id: f.id}},
                                  {pointToLayer: function (_, latlng) { return L.circleMarker(latlng, f.style); }});
            bind(layer, group, f);
        },
        crossings: function (group, f, data) {
            bind(new L.RegularPolygonMarker(f.latlng, data.style), group, f);
        },
        rings: function (group, f, data) {
            var layer = L.geoJSON({type: 'Feature', geometry: f.geometry, properties: {}}, {style: function () { return data.style; }});
            bind(layer, group, f);
        }
    };

    /** Add every feature of one layer's payload to its group. */
    lib.addFeatures = function (group, data) {
        data.features.forEach(function (f) { makers[data.kind](group, f, data); });
    };
})();
