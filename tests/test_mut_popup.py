"""Popups and tooltips (geo/map/popup.py): the parts that mutation testing found unpinned.

The popup's layout is the contract with the page's CSS (``geo-popup``, ``geo-cite``, ``geo-prov``,
``geo-main``, ``geo-details``, ``geo-id`` in ``geo/map/static/map.css``) and with the reader: citation
first, figures with labels and units, technical fields folded under "Details".
"""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from geo.map.popup import _HEAD, popup_html, source_ids, tooltip_html
from geo.map.style import CONFIDENCE_TITLES, DRAWING_STYLES

SOURCES = {
    "dw": {"title": "Cocaine in Peru", "author": "DW", "url": "https://www.dw.com/a"},
    "plain": {"title": "A report without address"},
    "js": {"title": "Bad link", "url": "javascript:alert(1)"},
    "upper": {"title": "Shouted", "url": "HTTPS://EXAMPLE.ORG/x"},
}


class _Text(HTMLParser):
    """The text a reader sees (tags dropped, references decoded)."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.feed(html)

    def handle_data(self, data):
        self.parts.append(data)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def test_source_ids_split_on_semicolons_and_drop_blanks():
    assert source_ids({"sources": " dw ;plain;; ; js "}) == ["dw", "plain", "js"]
    assert source_ids({"sources": None}) == [] and source_ids({}) == []
    assert source_ids({"sources": "dw"}) == ["dw"]


def test_the_popup_skeleton_name_kind_and_id():
    html = popup_html({"id": "pichari", "name": "Pichari", "kind": "trafficking_hub"}, {})
    assert html == ("<div class='geo-popup'><b>Pichari</b><br><i>trafficking hub</i> \u00b7 "
                    "<span class='geo-id'>pichari</span><table class='geo-main'></table></div>")


def test_a_free_text_kind_is_shown_as_written_and_a_missing_kind_as_nothing():
    html = popup_html({"id": "x", "name": "X", "kind": "Seizure (DIRANDRO)"}, {})
    assert "<i>Seizure (DIRANDRO)</i>" in html
    assert "<i></i>" in popup_html({"id": "x", "name": "X", "kind": None}, {})


def test_one_source_is_singular_with_author_and_link():
    html = popup_html({"id": "a", "name": "A", "sources": "dw"}, SOURCES)
    assert ("<div class='geo-cite'>Source:<ul><li><a href=\"https://www.dw.com/a\" target=\"_blank\" "
            "rel=\"noopener noreferrer\">Cocaine in Peru (DW)</a></li></ul></div>") in html


def test_several_sources_are_plural_in_order_and_only_web_addresses_become_links():
    html = popup_html({"id": "a", "name": "A", "sources": "plain; js; upper; unknown"}, SOURCES)
    assert ("<div class='geo-cite'>Sources:<ul><li>A report without address</li><li>Bad link</li>"
            "<li><a href=\"HTTPS://EXAMPLE.ORG/x\" target=\"_blank\" rel=\"noopener noreferrer\">Shouted</a></li>"
            "<li>unknown</li></ul></div>") in html
    assert "javascript:" not in html


def test_a_source_without_title_is_named_by_its_id():
    assert "<li>dw2 (X)</li>" in popup_html({"id": "a", "name": "A", "sources": "dw2"}, {"dw2": {"author": "X"}})


def test_the_source_hedge_and_our_drawing_are_shown_apart():
    props = {"id": "r", "name": "R", "confidence": "alleged", "drawing": "illustrative",
             "drawing_note": "end point chosen for drawing"}
    html = popup_html(props, {})
    assert f"<div class='geo-prov'><b>Source says:</b> {CONFIDENCE_TITLES['alleged']}" in html
    prov = html[html.index("<div class='geo-prov'>"):]
    prov = prov[:prov.index("</div>") + len("</div>")]
    assert _Text(prov).text == ("Source says: alleged (\u201csaid to\u201d)Our drawing: "
                                "illustrative path (our drawing, not the source's) \u2014 end point chosen for drawing")
    assert "<br><b>Our drawing:</b>" in prov


def test_an_unknown_hedge_is_shown_as_written_and_no_note_adds_no_dash():
    html = popup_html({"id": "r", "name": "R", "confidence": "rumoured", "drawing_note": ""}, {})
    prov = html[html.index("<div class='geo-prov'>"):]
    prov = prov[:prov.index("</div>") + len("</div>")]
    assert _Text(prov).text == f"Source says: rumouredOur drawing: {DRAWING_STYLES['located']['title']}"
    assert "\u2014" not in prov


def test_no_provenance_line_without_a_confidence():
    assert "geo-prov" not in popup_html({"id": "e", "name": "E", "drawing": "approximate"}, {})


def test_figures_have_labels_and_units_and_details_are_folded():
    props = {"id": "vraem", "name": "VRAEM", "area_km2": 12345.678, "lat": -12.5, "geometry_kind": "sketch",
             "note": "", "people": None, "flag": True, "custom Field": 3}
    html = popup_html(props, {})
    main = html[html.index("<table class='geo-main'>"):html.index("</table>")]
    assert main == ("<table class='geo-main'><tr><th>Area</th><td>12,345.678&nbsp;km²</td></tr>"
                    "<tr><th>Flag</th><td>yes</td></tr><tr><th>custom Field</th><td>3</td></tr>")
    details = html[html.index("<details"):]
    assert details == ("<details class='geo-details'><summary>Details</summary><table>"
                       "<tr><th>Latitude <code>lat</code></th><td>-12.5°</td></tr>"
                       "<tr><th>Geometry kind <code>geometry_kind</code></th><td>sketch</td></tr>"
                       "</table></details></div>")


def test_head_fields_are_not_repeated_in_the_tables():
    props = {key: "v" for key in _HEAD}
    html = popup_html(props, {"v": {"title": "v"}})
    assert "<tr>" not in html and "<details" not in html


def test_tooltip_name_extra_line_and_illustrative_mark():
    assert tooltip_html({"name": "Pichari"}) == "Pichari"
    assert tooltip_html({"name": "A<b>"}, "365 km") == "A&lt;b&gt;<br>365 km"
    assert tooltip_html({"name": "L", "drawing": "illustrative"}) == (
        "L<br><i>illustrative path (our drawing, not located by the source)</i>")
    assert tooltip_html({"name": "L", "drawing": "approximate"}, "x") == "L<br>x"


@pytest.mark.parametrize("field", ["name", "id", "kind", "drawing_note", "confidence"])
def test_every_head_field_is_escaped(field):
    hostile = "<img src=x onerror=alert(1)>{{7*7}}`${x}`"
    props = {"id": "a", "name": "A", "confidence": "reported", field: hostile}
    html = popup_html(props, {})
    assert "<img" not in html and "{{" not in html and "`" not in html and "${" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_two_sources_are_plural():
    html = popup_html({"id": "a", "name": "A", "sources": "plain; unknown"}, SOURCES)
    assert "<div class='geo-cite'>Sources:<ul><li>A report without address</li><li>unknown</li></ul></div>" in html


def test_the_provenance_block_exactly():
    html = popup_html({"id": "r", "name": "R", "confidence": "reported", "drawing": "approximate"}, {})
    assert html == ("<div class='geo-popup'><b>R</b><br><i></i> \u00b7 <span class='geo-id'>r</span>"
                    "<div class='geo-prov'><b>Source says:</b> reported (stated by the source)<br><b>Our drawing:</b> "
                    "approximate (a sketch around cited points)</div><table class='geo-main'></table></div>")
