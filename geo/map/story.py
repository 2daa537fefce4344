"""A guided story: a scenario's ``story`` steps as a narrative panel (``static/story.js``) with previous
and next buttons, the arrow keys and ``?step=N`` in the address; each step flies to its view,
highlights its features and cites its sources. The whole story is also printed after the map."""

from __future__ import annotations

import re

import geopandas as gpd
import shapely
from folium.template import Template

from .display import bounds_in_frame
from .text import Macro, escape_html, js_json

__all__ = ["story_payload", "StoryPanel"]


def _bounds(step: dict, shown: dict[str, gpd.GeoDataFrame], views: dict, ids: list[str], west: float):
    view = step.get("view")
    if isinstance(view, str) and view in views:
        return views[view]
    if isinstance(view, dict) and view.get("bbox"):
        w, s, e, n = view["bbox"]
        return bounds_in_frame([[s, w], [n, e]], west)
    geoms = []
    wanted = set(ids)
    if isinstance(view, dict):
        wanted |= {x for k in ("regions", "routes", "places") for x in view.get(k, [])}
    for key in ("regions", "routes", "places", "flows"):
        gdf = shown.get(key)
        if gdf is not None and len(gdf):
            geoms.extend(gdf.geometry[gdf["id"].isin(wanted)])
    if not geoms:
        return None
    w, s, e, n = shapely.total_bounds(geoms)
    return [[float(s), float(w)], [float(n), float(e)]]


def story_payload(steps: list[dict], shown: dict[str, gpd.GeoDataFrame], sources: dict[str, dict],
                  views: dict[str, list], west: float) -> dict:
    """The story's steps for the page.

    Parameters
    ----------
    steps : list of dict
        ``title``, ``text``, ``view`` (a view id of the scenario, or ``bbox``/``regions``/``routes``/
        ``places``), ``highlight`` (feature ids: a route id stands for its legs) and ``sources`` (ids).
    shown : dict of str to geopandas.GeoDataFrame
        The layers in display longitudes.
    sources : dict of str to dict
        The scenario's sources (``title``, ``author``, ``url``).
    views : dict of str to list
        Bounds of the scenario's resolved views by id.
    west : float
        Western edge of the display frame (:func:`geo.map.display.display_west`).

    Returns
    -------
    dict
        ``steps``: ``title``, ``text`` (plain text: the page writes them with ``textContent``),
        ``bounds``, ``highlight`` (feature ids on the map), ``cites`` (``title``, ``url`` for
        ``http(s)`` addresses only); ``print``: the whole story as escaped HTML.
    """
    legs = shown.get("legs")
    out, printed = [], []
    for number, step in enumerate(steps, start=1):
        ids = []
        for fid in step.get("highlight", []):
            if legs is not None and len(legs) and "route_id" in legs and (legs["route_id"] == fid).any():
                ids.extend(legs.loc[legs["route_id"] == fid, "id"].tolist())
            else:
                ids.append(fid)
        cites = []
        for sid in step.get("sources", []):
            src = sources.get(sid, {"title": sid})
            url = src.get("url") if re.match(r"https?://", str(src.get("url") or ""), re.IGNORECASE) else None
            cites.append({"title": src.get("title", sid) + (f" ({src['author']})" if src.get("author") else ""),
                          "url": url})
        out.append({"title": step["title"], "text": step.get("text", ""), "highlight": ids,
                    "bounds": _bounds(step, shown, views, step.get("highlight", []), west), "cites": cites})
        printed.append(f"<h2>{number}. {escape_html(step['title'])}</h2><p>{escape_html(step.get('text', ''))}</p>"
                       f"<p><i>Sources: {escape_html('; '.join(c['title'] for c in cites))}</i></p>")
    return {"steps": out, "print": "<div class='geo-story-print'><h1>The story</h1>" + "".join(printed) + "</div>"}


class StoryPanel(Macro):
    """The narrative panel (``geoMapLib.story``) and, for printing, the whole story after the map."""

    _template = Template("""
        {% macro html(this, kwargs) %}{{ this.printed }}{% endmacro %}
        {% macro script(this, kwargs) %}
        geoMapLib.story({{ this._parent.get_name() }}, {{ this.payload }});
        {% endmacro %}
    """)

    def __init__(self, payload: dict):
        super().__init__()
        self._name = "StoryPanel"
        self.printed = payload["print"]
        self.payload = js_json({"steps": payload["steps"]})
