"""A rendered map made self-contained: its CDN scripts and stylesheets inlined from folium-offline."""

from __future__ import annotations

import re

__all__ = ["inline_assets"]

_SCRIPT_TAG = re.compile(r'<script src="(https?://[^"]+)"></script>')
_STYLE_TAG = re.compile(r'<link rel="stylesheet" href="(https?://[^"]+)"/>')
# url(...) in a stylesheet that is not embedded data: a file beside the CDN copy (icons, a loader
# gif) that an inlined stylesheet cannot reach; it becomes "none" so that nothing is requested.
_CSS_FILE_URL = re.compile(r"""url\((?!\s*['"]?data:)[^)]*\)""")


def inline_assets(page: str) -> str:
    """A rendered folium page with its CDN scripts and stylesheets inlined, so it works offline.

    The assets' text comes from the ``folium-offline`` package, which ships folium's CDN files.

    Parameters
    ----------
    page : str
        HTML as rendered by folium.

    Returns
    -------
    str
        The same page with every ``<script src>`` and stylesheet ``<link>`` that folium-offline
        carries replaced by its content. Images that those stylesheets load from files beside them
        (rather than embed as ``data:`` URLs) are dropped, so the page makes no request at all; the
        map's own stylesheet supplies the one it needs (the minimap toggle).

    Raises
    ------
    ImportError
        If folium-offline is not installed.
    ValueError
        If the page refers to an asset that folium-offline does not carry (the page would not be
        self-contained); the message names the URL.
    """
    from offlinefolium.elements import _res as assets  # URL -> text, as shipped by folium-offline

    missing = [u for u in _SCRIPT_TAG.findall(page) + _STYLE_TAG.findall(page) if u not in assets]
    if missing:
        raise ValueError(f"no offline copy of {', '.join(sorted(set(missing)))}")
    # "</" inside inline code would end the element early
    page = _SCRIPT_TAG.sub(lambda m: "<script>" + assets[m.group(1)].replace("</", "<\\/") + "</script>", page)
    return _STYLE_TAG.sub(lambda m: "<style>" + _CSS_FILE_URL.sub("none", assets[m.group(1)]).replace("</", "<\\/")
                          + "</style>", page)


