"""QGIS layer styles (``.qml``) with the HTML map's colours, dashes, widths and direction arrows.

A ``.qml`` file beside a layer file with the same base name (``layers/legs.qml`` beside
``layers/legs.geojson``) is the layer's default style in QGIS: it is applied when the layer is
added. Each style is a rule-based renderer: one rule per kind (or mode) and confidence.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from .render import (CONFIDENCE_DASHES, FLOW_COLOUR, LEG_WIDTH_PX, MODE_COLOURS, PLACE_COLOURS, REGION_COLOURS,
                     SHARE_PX_PER_PCT)

__all__ = ["qml_styles", "QML_LAYERS"]

#: The layers that get a style.
QML_LAYERS = ("regions", "routes", "legs", "flows", "crossings", "places")
_QGIS_VERSION = "3.28.0-Firenze"


def _rgba(hex_colour: str, alpha: float = 1.0) -> str:
    h = hex_colour.lstrip("#")
    return f"{int(h[0:2], 16)},{int(h[2:4], 16)},{int(h[4:6], 16)},{round(alpha * 255)}"


def _options(parent, values: dict) -> None:
    opt = ET.SubElement(parent, "Option", type="Map")
    for key, value in values.items():
        ET.SubElement(opt, "Option", name=key, type="QString", value=str(value))


def _data_defined(parent, prop: str, expression: str) -> None:
    dd = ET.SubElement(parent, "data_defined_properties")
    root = ET.SubElement(dd, "Option", type="Map")
    ET.SubElement(root, "Option", name="name", type="QString", value="")
    props = ET.SubElement(root, "Option", name="properties", type="Map")
    one = ET.SubElement(props, "Option", name=prop, type="Map")
    ET.SubElement(one, "Option", name="active", type="bool", value="true")
    ET.SubElement(one, "Option", name="expression", type="QString", value=expression)
    ET.SubElement(one, "Option", name="type", type="int", value="3")
    ET.SubElement(root, "Option", name="type", type="QString", value="collection")


def _symbol(parent, name: str, kind: str, colour: str, *, dash: str | None = None, width_px: float = 1.0,
            fill_alpha: float = 0.3, width_expression: str | None = None, arrows: bool = False, size_mm: float = 2.0,
            shape: str = "circle"):
    symbol = ET.SubElement(parent, "symbol", type=kind, name=name, alpha="1", clip_to_extent="1", force_rhr="0")
    layer = ET.SubElement(symbol, "layer", {"class": {"line": "SimpleLine", "fill": "SimpleFill",
                                                      "marker": "SimpleMarker"}[kind],
                                            "enabled": "1", "pass": "0", "locked": "0"})
    dash_values = {"use_custom_dash": "1" if dash else "0", "customdash": (dash or "5 2").replace(" ", ";"),
                   "customdash_unit": "Pixel"}
    if kind == "line":
        _options(layer, {"line_color": _rgba(colour), "line_width": width_px, "line_width_unit": "Pixel",
                         "line_style": "solid", "capstyle": "round", "joinstyle": "round", **dash_values})
        if width_expression:
            _data_defined(layer, "outlineWidth", width_expression)
        if arrows:  # a filled arrowhead every 25 mm, turned along the line: the direction of travel
            marker_line = ET.SubElement(symbol, "layer", {"class": "MarkerLine", "enabled": "1", "pass": "0",
                                                          "locked": "0"})
            _options(marker_line, {"placement": "interval", "placements": "Interval", "interval": 25,
                                   "interval_unit": "MM", "offset_along_line": 12, "offset_along_line_unit": "MM",
                                   "rotate": 1})
            _symbol(marker_line, f"@{name}@1", "marker", colour, size_mm=3.0, shape="filled_arrowhead")
    elif kind == "fill":
        _options(layer, {"color": _rgba(colour, fill_alpha), "style": "solid", "outline_color": _rgba(colour),
                         "outline_style": "dash" if dash else "solid", "outline_width": width_px,
                         "outline_width_unit": "Pixel"})
    else:
        _options(layer, {"name": shape, "color": _rgba(colour), "outline_color": "255,255,255,255",
                         "outline_width": 0.2, "outline_width_unit": "MM", "size": size_mm, "size_unit": "MM",
                         "angle": 0})
    return symbol


def _quote(value: str) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def _rule_style(rules: list[tuple[str, str, dict]]) -> str:
    """QML of a rule-based renderer; ``rules`` are (label, QGIS filter expression, symbol arguments)."""
    qgis = ET.Element("qgis", version=_QGIS_VERSION, styleCategories="Symbology")
    renderer = ET.SubElement(qgis, "renderer-v2", type="RuleRenderer", symbollevels="0", enableorderby="0",
                             forceraster="0")
    rules_el = ET.SubElement(renderer, "rules", key="{root}")
    symbols = ET.SubElement(renderer, "symbols")
    for i, (label, expression, symbol) in enumerate(rules):
        ET.SubElement(rules_el, "rule", key=f"{{rule-{i}}}", symbol=str(i), label=label, filter=expression)
        _symbol(symbols, str(i), **symbol)
    ET.indent(qgis)
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + ET.tostring(qgis, encoding="unicode") + "\n"


def qml_styles() -> dict[str, str]:
    """The QGIS style of each layer, as QML text, by layer name (:data:`QML_LAYERS`).

    Returns
    -------
    dict of str to str
        Legs and routes: colour by ``mode`` (:data:`geo.render.MODE_COLOURS`; a route takes the
        colour of its first mode), dash by ``confidence`` (:data:`geo.render.CONFIDENCE_DASHES`, in
        pixels), arrowheads along the line; flows: grey, width ``1.5 + 0.2 × share_pct`` px;
        regions: fill by ``kind`` (:data:`geo.render.REGION_COLOURS`; fainter for sketches), outline
        dashed unless reported; places by ``kind``; crossings yellow.
    """
    confidences = list(CONFIDENCE_DASHES)
    styles = {}
    legs = [(f"{mode} · {conf}", f'"mode" = {_quote(mode)} AND "confidence" = {_quote(conf)}',
             {"kind": "line", "colour": colour, "dash": CONFIDENCE_DASHES[conf], "width_px": LEG_WIDTH_PX,
              "arrows": True})
            for mode, colour in MODE_COLOURS.items() for conf in confidences]
    styles["legs"] = _rule_style(legs)
    routes = [(f"{mode} · {conf}", f'trim(array_first(string_to_array("modes", \',\'))) = {_quote(mode)} '
                                   f'AND "confidence" = {_quote(conf)}',
               {"kind": "line", "colour": colour, "dash": CONFIDENCE_DASHES[conf], "width_px": LEG_WIDTH_PX,
                "arrows": True})
              for mode, colour in MODE_COLOURS.items() for conf in confidences]
    styles["routes"] = _rule_style(routes)
    styles["flows"] = _rule_style([
        (f"destination share · {conf}", f'"confidence" = {_quote(conf)}',
         {"kind": "line", "colour": FLOW_COLOUR, "dash": CONFIDENCE_DASHES[conf], "width_px": 1.5,
          "width_expression": f'1.5 + {SHARE_PX_PER_PCT:g} * "share_pct"', "arrows": True})
        for conf in confidences])
    regions = []
    for kind, colour in REGION_COLOURS.items():
        for conf in confidences:
            for sketch in (False, True):
                alpha = 0.04 if kind == "country" else (0.12 if sketch else 0.3)
                test = '"geometry_kind" = \'sketch\'' if sketch else '"geometry_kind" <> \'sketch\''
                regions.append((f"{kind.replace('_', ' ')} · {conf}{' · sketch' if sketch else ''}",
                                f'"kind" = {_quote(kind)} AND "confidence" = {_quote(conf)} AND {test}',
                                {"kind": "fill", "colour": colour, "dash": CONFIDENCE_DASHES[conf],
                                 "width_px": 1.5, "fill_alpha": alpha}))
    regions.append(("other region", f'"kind" NOT IN ({", ".join(_quote(k) for k in REGION_COLOURS)})',
                    {"kind": "fill", "colour": "#777777", "width_px": 1.5}))
    styles["regions"] = _rule_style(regions)
    places = [(kind.replace("_", " "), f'"kind" = {_quote(kind)}',
               {"kind": "marker", "colour": colour, "size_mm": 3.0 if kind == "military_base" else 2.2})
              for kind, colour in PLACE_COLOURS.items()]
    places.append(("place", f'"kind" NOT IN ({", ".join(_quote(k) for k in PLACE_COLOURS)})',
                   {"kind": "marker", "colour": "#333333", "size_mm": 2.0}))
    styles["places"] = _rule_style(places)
    styles["crossings"] = _rule_style([("land border crossing", "TRUE",
                                        {"kind": "marker", "colour": "#ffd400", "size_mm": 3.0})])
    return styles
