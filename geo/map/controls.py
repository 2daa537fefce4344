"""The map's own controls: title block, panel buttons (the responsive layout), Zoom-to buttons, the
period slider, the vector minimap and the page registry ``window.geoMap``. Their scripts are in
``static/controls.js``; Python passes them escaped JSON."""

from __future__ import annotations

import folium
from folium.plugins import MiniMap
from folium.template import Template

from .text import Macro, asset_text, js_json

__all__ = ["PageAssets", "TitleBlock", "ViewButtons", "PeriodControl", "VectorMiniMap", "MapRegistry",
           "SCRIPTS", "STYLES"]

#: The package's scripts, in the order the page loads them, and its stylesheets.
SCRIPTS = ("layers.js", "controls.js", "labels.js", "story.js", "events.js")
STYLES = ("map.css",)


class PageAssets(Macro):
    """The package's stylesheet (in the head) and scripts (in the body, before the map's script), inlined
    from the package data files, so that the page needs nothing beside it."""

    _template = Template("""
        {% macro header(this, kwargs) %}<style>{{ this.css }}</style>{% endmacro %}
        {% macro html(this, kwargs) %}<script>{{ this.js }}</script>{% endmacro %}
    """)

    def __init__(self):
        super().__init__()
        self._name = "PageAssets"
        self.css = "\n".join(asset_text(name) for name in STYLES)
        self.js = "\n".join(asset_text(name) for name in SCRIPTS)


class TitleBlock(Macro):
    """Title, one-line subtitle, main source (a link for an ``http(s)`` address) and build date, at the top
    left; on a phone only the title shows until it is tapped."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        geoMapLib.titleBlock({{ this._parent.get_name() }}, {{ this.info }});
        {% endmacro %}
    """)

    def __init__(self, info: dict):
        super().__init__()
        self._name = "TitleBlock"
        self.info = js_json(info)


class ViewButtons(Macro):
    """A control with one button per named view; each fits the map to its bounds."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        geoMapLib.viewButtons({{ this._parent.get_name() }}, {{ this.views }});
        {% endmacro %}
    """)

    def __init__(self, views: list[dict]):
        super().__init__()
        self._name = "ViewButtons"
        self.views = js_json(views)


class PeriodControl(Macro):
    """A month slider: when on, only features whose period contains the month are shown (the features'
    periods are those the layers registered in ``geoMapLib.dated``)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        geoMapLib.periodControl({{ this._parent.get_name() }}, {{ this.lo }}, {{ this.hi }});
        {% endmacro %}
    """)

    def __init__(self, months: list[int]):
        super().__init__()
        self._name = "PeriodControl"
        # from three years before the first date to two years after the last
        self.lo, self.hi = int(min(months) - 36), int(max(months) + 24)


class VectorMiniMap(MiniMap):
    """Leaflet-MiniMap drawing a GeoJSON country outline instead of tiles, so it works offline."""

    _template = Template("""
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = new L.Control.MiniMap(
                L.geoJson({{ this.data }}, {interactive: false, style: {{ this.style|tojson }}}),
                {{ this.options|tojavascript }}
            );
            {{ this._parent.get_name() }}.addControl({{ this.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, data: dict, **kwargs):
        super().__init__(**kwargs)
        self.data = js_json(data)
        self.style = {"color": "#777777", "weight": 0.5, "fillColor": "#f4f1ea", "fillOpacity": 1}

    def render(self, **kwargs):
        # as Macro.render: the output is not compiled a second time
        for name, url in self.default_js:
            self.get_root().header.add_child(folium.JavascriptLink(url), name=name)
        for name, url in self.default_css:
            self.get_root().header.add_child(folium.CssLink(url), name=name)
        Macro.render(self, **kwargs)


class MapRegistry(Macro):
    """``window.geoMap``: the map, its layers by key and features by id (for notebooks, tests, the
    story); the legend and the panel buttons (``geoMapLib.layout``); the search hit's popup."""

    _template = Template("""
        {% macro html(this, kwargs) %}{{ this.legend }}{% endmacro %}
        {% macro script(this, kwargs) %}
            window.geoMap = {map: {{ this._parent.get_name() }}, features: geoMapLib.features, layers: {
            {%- for key, layer in this.layers.items() %}
                {{ key|tojson }}: {{ layer.get_name() }},
            {%- endfor %}
            }};
            geoMapLib.layout({{ this._parent.get_name() }}, {{ this.options }});
            {%- if this.search %}
            geoMapLib.searchPopups({{ this._parent.get_name() }}, {{ this.search.layer.get_name() }},
                                   {{ this.search.layer.get_name() }}searchControl);
            {%- endif %}
        {% endmacro %}
    """)

    def __init__(self, layers: dict, legend_html: str, search=None, options: dict | None = None):
        super().__init__()
        self._name = "MapRegistry"
        self.layers, self.search, self.legend = layers, search, legend_html
        self.options = js_json(options or {})
