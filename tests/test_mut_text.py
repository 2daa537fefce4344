"""Text that reaches the page (geo/map/text.py): the parts that mutation testing found unpinned.

Escaping is checked against what the standards say each character is: HTML character references
(HTML Living Standard, "character references"), JavaScript ``\\uXXXX`` escapes (ECMA-262, string
literals), and the characters that Jinja and template literals treat as code.
"""

from __future__ import annotations

import datetime as dt
import json

import folium
import numpy as np
import pytest
from jinja2 import Template

from geo.map.text import Macro, Raw, asset_text, escape_html, fmt, js_json, search_label


def test_escape_html_turns_every_live_character_into_its_reference():
    assert escape_html("&<>\"'`$\\{}") == "&amp;&lt;&gt;&quot;&#x27;&#96;&#36;&#92;&#123;&#125;"
    assert escape_html(None) == "" and escape_html(3.5) == "3.5" and escape_html("Ñuñoa") == "Ñuñoa"


def test_fmt_numbers_as_a_reader_sees_them():
    assert fmt(1234567) == "1,234,567" and fmt(-5) == "-5"
    assert fmt(12345.0) == "12,345"  # whole floats without decimals
    assert fmt(1234.5678901) == "1,234.56789"  # 6 decimals, trailing zeros dropped
    assert fmt(0.1000004) == "0.1" and fmt(-12.25) == "-12.25"
    assert fmt(np.int64(2000)) == "2,000" and fmt(np.float64(2.5)) == "2.5"


def test_fmt_yes_no_and_empty_values():
    assert fmt(True) == "yes" and fmt(False) == "no" and fmt(np.bool_(True)) == "yes"
    for empty in (None, "", float("nan"), np.inf):
        assert fmt(empty) is None, empty
    assert fmt(0) == "0" and fmt(0.0) == "0"  # zero is a value, not empty
    assert fmt("text") == "text" and fmt(dt.date(2024, 3, 1)) == "2024-03-01"


def test_search_label_escapes_markup_and_template_braces_but_not_quotes():
    assert search_label("<b>A&B</b> \"x\" 'y' {{7*7}}") == (
        "&lt;b&gt;A&amp;B&lt;/b&gt; \"x\" 'y' &#123;&#123;7*7&#125;&#125;")
    assert search_label(None) == "" and search_label(12) == "12"


def test_js_json_escapes_inside_strings_only_and_reads_back_the_same():
    value = {"name": "</script><b>{{x}}</b> & \"q\" \\", "n": 1.5, "none": float("nan"), "list": [True, None]}
    text = js_json(value)
    assert text == ('{"name": "\\u003c/script\\u003e\\u003cb\\u003e\\u007b\\u007bx\\u007d\\u007d\\u003c/b\\u003e '
                    '\\u0026 \\"q\\" \\\\", "n": 1.5, "none": null, "list": [true, null]}')
    assert json.loads(text) == {"name": value["name"], "n": 1.5, "none": None, "list": [True, None]}
    assert js_json("Ñ") == '"\\u00d1"'  # ASCII only
    assert js_json({"a": {"b": 1}}) == '{"a": {"b": 1}}'  # braces of objects stay JSON


def test_js_json_refuses_nothing_json_cannot_hold():
    assert js_json(float("inf")) == "null"


def test_raw_is_placed_as_it_is():
    raw = Raw("{{ 7*7 }} <b>")
    assert raw.render() == "{{ 7*7 }} <b>" and raw._name == "Raw"


class _Probe(Macro):
    _template = Template("""
{% macro header(this, kwargs) %}<style>/* head {{ this.text }} */</style>{% endmacro %}
{% macro html(this, kwargs) %}<div id="probe">{{ this.text }}</div>{% endmacro %}
{% macro script(this, kwargs) %}var probe = "{{ this.text }}";{% endmacro %}
""")

    def __init__(self, text):
        super().__init__()
        self._name = "Probe"
        self.text = text


class _HtmlOnly(Macro):
    _template = Template("""{% macro html(this, kwargs) %}<p id="only">{{ this.text }}</p>{% endmacro %}""")

    def __init__(self, text):
        super().__init__()
        self._name = "HtmlOnly"
        self.text = text


def test_macro_parts_go_onto_the_page_once_and_are_not_evaluated_again():
    m = folium.Map(location=[0, 0], zoom_start=2, tiles=None)
    probe = _Probe("{{ 6*7 }}")
    probe.add_child(_HtmlOnly("child {{ 1+1 }}"))
    probe.add_to(m)
    page = m.get_root().render()
    # each part placed once, where it belongs, the data not evaluated as a template
    assert page.count("<style>/* head {{ 6*7 }} */</style>") == 1
    assert page.count('<div id="probe">{{ 6*7 }}</div>') == 1
    assert page.count('var probe = "{{ 6*7 }}";') == 1
    head = page[:page.index("</head>")]
    assert "/* head {{ 6*7 }} */" in head and '<div id="probe">' not in head
    script = page[page.rindex("<script>"):]
    assert 'var probe = "{{ 6*7 }}";' in script
    # the children are rendered too, and a part a template lacks is not placed
    assert page.count('<p id="only">child {{ 1+1 }}</p>') == 1


def test_asset_text_is_the_package_file_with_closing_tags_escaped():
    text = asset_text("map.css")
    assert "</" not in text and len(text) > 100
    from importlib import resources

    raw = (resources.files("geo.map") / "static" / "map.css").read_text(encoding="utf-8")
    assert text == raw.replace("</", "<\\/")
    assert asset_text("layers.js") == (resources.files("geo.map") / "static" / "layers.js").read_text(
        encoding="utf-8").replace("</", "<\\/")


@pytest.mark.parametrize("name", ["layers.js", "events.js", "labels.js", "story.js", "controls.js"])
def test_assets_cannot_end_their_script_element(name):
    assert "</script" not in asset_text(name).lower()


def test_fmt_a_value_that_rounds_to_a_whole_number_has_no_trailing_point():
    assert fmt(2.0000001) == "2" and fmt(-1234.0000004) == "-1,234"


def test_rendering_a_page_twice_places_each_part_once():
    # e.g. a notebook showing the map, then saving it: each render replaces the parts of the last one
    m = folium.Map(location=[0, 0], zoom_start=2, tiles=None)
    _Probe("twice").add_to(m)
    m.get_root().render()
    page = m.get_root().render()
    assert page.count('<div id="probe">twice') == 1 and page.count('var probe = "twice";') == 1
    assert page.count("/* head twice */") == 1


class _Kwargs(Macro):
    _template = Template("""{% macro html(this, kwargs) %}<p id="kw">{{ kwargs | length }}</p>{% endmacro %}""")

    def __init__(self):
        super().__init__()
        self._name = "Kwargs"


def test_macro_parts_get_the_render_arguments():
    m = folium.Map(location=[0, 0], zoom_start=2, tiles=None)
    _Kwargs().add_to(m)
    assert '<p id="kw">0</p>' in m.get_root().render()
