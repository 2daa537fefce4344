"""QGIS layer styles (``.qml``) with the HTML map's colours, dashes, widths, direction arrows and names.

A ``.qml`` file beside a layer file with the same base name (``layers/legs.qml`` beside
``layers/legs.geojson``) is the layer's default style in QGIS: it is applied when the layer is
added; the GeoPackage export carries the same styles in its ``layer_styles`` table
(:func:`geo.export.export_layers`). Each style is a rule-based renderer: one rule per kind (or
mode), confidence (the dash) and drawing (illustrative drawings paler and thinner); places,
regions and routes are labelled with their names, as the map names them.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from .render import (CONFIDENCE_DASHES, FLOW_COLOUR, LEG_WIDTH_PX, MODE_COLOURS, PLACE_COLOURS, REGION_COLOURS,
                     SHARE_PX_PER_PCT)

__all__ = ["qml_styles", "QML_LAYERS", "ILLUSTRATIVE_ALPHA", "ILLUSTRATIVE_WIDTH", "ROUTE_COLOUR"]

#: The layers that get a style.
QML_LAYERS = ("regions", "routes", "legs", "flows", "crossings", "places")
_QGIS_VERSION = "3.22.0-Białowieża"
#: Features whose geometry is a drawing choice (``drawing = illustrative``) are drawn with this
#: opacity and this share of the width of the others (a design choice: visibly weaker, still legible).
ILLUSTRATIVE_ALPHA = 0.45
ILLUSTRATIVE_WIDTH = 0.6
#: Colour of whole routes: neutral, since a route may change mode; the legs layer carries the mode colours.
ROUTE_COLOUR = "#444444"
#: ``drawing`` of a feature, "located" where the layer has no such field.
_DRAWING = "coalesce(attribute('drawing'), 'located')"


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
            shape: str = "circle", alpha: float = 1.0, arrow_mm: float = 3.0):
    symbol = ET.SubElement(parent, "symbol", type=kind, name=name, alpha=f"{alpha:g}", clip_to_extent="1",
                           force_rhr="0")
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
            _symbol(marker_line, f"@{name}@1", "marker", colour, size_mm=arrow_mm, shape="filled_arrowhead")
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


def _by_drawing(rules: list[tuple[str, str, dict]]) -> list[tuple[str, str, dict]]:
    """Each rule twice: as it is for located and approximate drawings, and paler (opacity
    :data:`ILLUSTRATIVE_ALPHA`) and thinner (:data:`ILLUSTRATIVE_WIDTH` of the width) for illustrative ones."""
    out = []
    for label, expression, symbol in rules:
        out.append((label, f"({expression}) AND {_DRAWING} <> 'illustrative'", symbol))
        pale = {**symbol, "alpha": ILLUSTRATIVE_ALPHA}
        if symbol["kind"] == "marker":
            pale["size_mm"] = symbol.get("size_mm", 2.0) * ILLUSTRATIVE_WIDTH
        else:
            pale["width_px"] = round(symbol.get("width_px", 1.0) * ILLUSTRATIVE_WIDTH, 2)
            pale["arrow_mm"] = round(3.0 * ILLUSTRATIVE_WIDTH, 2)
        if symbol.get("width_expression"):
            pale["width_expression"] = f"{ILLUSTRATIVE_WIDTH:g} * ({symbol['width_expression']})"
        out.append((f"{label} · illustrative", f"({expression}) AND {_DRAWING} = 'illustrative'", pale))
    return out


#: Label placement of each geometry kind (QgsPalLayerSettings.Placement: 6 cartographic around a
#: point, 3 curved along a line, 1 over a polygon's centroid).
_LABEL_PLACEMENT = {"marker": 6, "line": 3, "fill": 1}


def _labels(qgis, filter_expression: str, geometry: str, size_pt: float, colour: str = "#222222",
            italic: bool = False) -> None:
    """Rule-based labels with the feature's ``name``, in a white halo (the map names every feature
    in its tooltip; here the names are written on the map)."""
    qgis.set("labelsEnabled", "1")
    labeling = ET.SubElement(qgis, "labeling", type="rule-based")
    rules = ET.SubElement(labeling, "rules", key="{labels-root}")
    rule = ET.SubElement(rules, "rule", key="{labels-0}", description="name", filter=filter_expression)
    settings = ET.SubElement(rule, "settings", calloutType="simple")
    style = ET.SubElement(settings, "text-style", fieldName="name", isExpression="0", fontFamily="Sans Serif",
                          fontSize=f"{size_pt:g}", fontSizeUnit="Point", textColor=_rgba(colour), textOpacity="1",
                          fontItalic="1" if italic else "0", fontWeight="50", namedStyle="Regular")
    ET.SubElement(style, "text-buffer", bufferDraw="1", bufferSize="0.8", bufferSizeUnits="MM",
                  bufferColor="255,255,255,255", bufferOpacity="0.85", bufferNoFill="1", bufferJoinStyle="128")
    ET.SubElement(settings, "text-format", wrapChar="", multilineAlign="3", autoWrapLength="25",
                  useMaxLineLengthForAutoWrap="1")
    ET.SubElement(settings, "placement", placement=str(_LABEL_PLACEMENT[geometry]), dist="1", distUnits="MM",
                  repeatDistance="0", maxCurvedCharAngleIn="25", maxCurvedCharAngleOut="-25",
                  placementFlags="10" if geometry == "line" else "0", centroidInside="1", fitInPolygonOnly="0")
    ET.SubElement(settings, "rendering", obstacle="1", displayAll="0", mergeLines="0", upsidedownLabels="0",
                  labelPerPart="0", minFeatureSize="0", limitNumLabels="0", scaleVisibility="0")


def _rule_style(rules: list[tuple[str, str, dict]], labels: dict | None = None) -> str:
    """QML of a rule-based renderer; ``rules`` are (label, QGIS filter expression, symbol arguments),
    each kept for located and approximate drawings and made paler for illustrative ones
    (:func:`_by_drawing`); ``labels`` are the arguments of :func:`_labels`, if any."""
    qgis = ET.Element("qgis", version=_QGIS_VERSION, styleCategories="Symbology|Labeling", labelsEnabled="0")
    renderer = ET.SubElement(qgis, "renderer-v2", type="RuleRenderer", symbollevels="0", enableorderby="0",
                             forceraster="0")
    rules_el = ET.SubElement(renderer, "rules", key="{root}")
    symbols = ET.SubElement(renderer, "symbols")
    for i, (label, expression, symbol) in enumerate(_by_drawing(rules)):
        ET.SubElement(rules_el, "rule", key=f"{{rule-{i}}}", symbol=str(i), label=label, filter=expression)
        _symbol(symbols, str(i), **symbol)
    if labels:
        _labels(qgis, **labels)
    ET.indent(qgis)
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + ET.tostring(qgis, encoding="unicode") + "\n"


def qml_styles() -> dict[str, str]:
    """The QGIS style of each layer, as QML text, by layer name (:data:`QML_LAYERS`).

    Returns
    -------
    dict of str to str
        Legs: colour by ``mode`` (:data:`geo.render.MODE_COLOURS`); routes: one neutral colour
        (:data:`ROUTE_COLOUR`: a route may change mode, its legs show the modes); both dashed by
        ``confidence`` (:data:`geo.render.CONFIDENCE_DASHES`, in pixels), with arrowheads along
        the line; flows: grey, width ``1.5 + 0.2 × share_pct`` px; regions: fill by ``kind``
        (:data:`geo.render.REGION_COLOURS`; fainter for sketches), outline dashed unless reported;
        places by ``kind``; crossings yellow. In every layer, features with ``drawing =
        illustrative`` are paler (:data:`ILLUSTRATIVE_ALPHA`) and thinner (:data:`ILLUSTRATIVE_WIDTH`).
        Labels (the ``name``): places, regions other than the country, and routes (along the line).
    """
    confidences = list(CONFIDENCE_DASHES)
    styles = {}
    legs = [(f"{mode} · {conf}", f'"mode" = {_quote(mode)} AND "confidence" = {_quote(conf)}',
             {"kind": "line", "colour": colour, "dash": CONFIDENCE_DASHES[conf], "width_px": LEG_WIDTH_PX,
              "arrows": True})
            for mode, colour in MODE_COLOURS.items() for conf in confidences]
    styles["legs"] = _rule_style(legs)
    routes = [(f"route · {conf}", f'"confidence" = {_quote(conf)}',
               {"kind": "line", "colour": ROUTE_COLOUR, "dash": CONFIDENCE_DASHES[conf], "width_px": 2.0,
                "arrows": True})
              for conf in confidences]
    styles["routes"] = _rule_style(routes, labels={"filter_expression": "TRUE", "geometry": "line", "size_pt": 8,
                                                   "colour": ROUTE_COLOUR, "italic": True})
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
    styles["regions"] = _rule_style(regions, labels={"filter_expression": "\"kind\" <> 'country'",
                                                     "geometry": "fill", "size_pt": 9, "colour": "#333333",
                                                     "italic": True})
    places = [(kind.replace("_", " "), f'"kind" = {_quote(kind)}',
               {"kind": "marker", "colour": colour, "size_mm": 3.0 if kind == "military_base" else 2.2})
              for kind, colour in PLACE_COLOURS.items()]
    places.append(("place", f'"kind" NOT IN ({", ".join(_quote(k) for k in PLACE_COLOURS)})',
                   {"kind": "marker", "colour": "#333333", "size_mm": 2.0}))
    styles["places"] = _rule_style(places, labels={"filter_expression": "TRUE", "geometry": "marker",
                                                   "size_pt": 8})
    styles["crossings"] = _rule_style([("land border crossing", "TRUE",
                                        {"kind": "marker", "colour": "#ffd400", "size_mm": 3.0})])
    return styles
