"""Text that reaches the page: escaping for HTML, JavaScript and Jinja; the page's own assets.

Folium renders each element through a Jinja template, and branca then compiles the output of every
``MacroElement`` as a template a second time (so ``{{ 7*7 }}`` in data became ``49``, and a map with
400 features compiled 400 templates). The elements of this package derive from :class:`Macro`, whose
output is placed on the page as it is (:class:`Raw`): each template is compiled once, when its class
is defined, and data is never evaluated.
"""

from __future__ import annotations

import html
import json
import re
from functools import lru_cache
from importlib import resources

from branca.element import Element, MacroElement

from ..writers import json_safe

__all__ = ["escape_html", "fmt", "js_json", "search_label", "Raw", "Macro", "asset_text"]

_LIVE_CHARACTERS = str.maketrans({
    "`": "&#96;",   # closes a JavaScript template literal
    "$": "&#36;",   # ${...} runs inside one
    "\\": "&#92;",  # escapes inside one
    "{": "&#123;",  # {{ ... }} and {% ... %} are evaluated by Jinja templates
    "}": "&#125;",
})


def escape_html(value) -> str:
    """Text made inert for every place the map puts it.

    ``& < > " '`` become HTML character references (:func:`html.escape`); so do the characters that
    are live inside a JavaScript template literal (````` ``, ``$``, ``\\``) and inside Jinja templates
    (``{``, ``}``). The browser shows the text literally; neither Jinja nor the browser runs any of it.
    """
    return html.escape("" if value is None else str(value), quote=True).translate(_LIVE_CHARACTERS)


def fmt(value) -> str | None:
    """A value as a reader sees it: thousands separators, up to 6 decimals, yes/no; ``None`` if empty."""
    value = json_safe(value)
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        # up to 6 decimals (coordinates to ~0.1 m), trailing zeros dropped
        return f"{int(value):,}" if value.is_integer() else f"{value:,.6f}".rstrip("0").rstrip(".")
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


_BRACES = str.maketrans({"{": "&#123;", "}": "&#125;"})


def search_label(name) -> str:
    """A name for leaflet-search, which writes it into its suggestion list with ``innerHTML``."""
    return html.escape("" if name is None else str(name), quote=False).translate(_BRACES)


_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_JSON_STRING_ESCAPES = str.maketrans({c: f"\\u{ord(c):04x}" for c in "<>&{}"})


def js_json(value) -> str:
    """JSON for a ``<script>``: inert as HTML and to any template engine.

    Inside strings, ``< > &`` become ``\\u003c \\u003e \\u0026`` (no ``</script>``) and ``{ }`` become
    ``\\u007b \\u007d``; JavaScript reads the same text back.
    """
    text = json.dumps(json_safe(value), ensure_ascii=True, allow_nan=False)
    return _JSON_STRING.sub(lambda m: m.group(0).translate(_JSON_STRING_ESCAPES), text)


class Raw(Element):
    """Text placed on the page as it is: no template is compiled, nothing in it is evaluated."""

    def __init__(self, text: str):
        super().__init__()
        self._name = "Raw"
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class Macro(MacroElement):
    """A ``MacroElement`` whose rendered ``header``, ``html`` and ``script`` parts go onto the page as
    they are (:class:`Raw`), instead of being compiled as templates once more."""

    def render(self, **kwargs):
        figure = self.get_root()
        module = self._template.module.__dict__
        for part, target in (("header", figure.header), ("html", figure.html), ("script", figure.script)):
            if module.get(part) is not None:
                target.add_child(Raw(module[part](self, kwargs)), name=self.get_name())
        for element in self._children.values():
            element.render(**kwargs)


@lru_cache(maxsize=None)
def asset_text(name: str) -> str:
    """The text of one of the package's ``static`` files (``layers.js``, ``map.css``, ...)."""
    text = (resources.files("geo.map") / "static" / name).read_text(encoding="utf-8")
    # "</" would end the <script> or <style> element that holds the file
    return text.replace("</", "<\\/")
