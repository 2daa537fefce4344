"""Permanent labels for the places and regions a scenario marks (``label: true``, a short ``label``
text, or ``label_min_zoom: N``), shown from their zoom level and placed by ``static/labels.js``:
greedily, in order of importance, each at the first of a few positions around its point where it
overlaps no label already placed; a label that fits nowhere is hidden, so labels never overlap."""

from __future__ import annotations

import geopandas as gpd
import shapely
from folium.template import Template

from .text import Macro, js_json

__all__ = ["scenario_labels", "label_payload", "LabelLayer"]


def scenario_labels(items: list[dict]) -> list[dict]:
    """The labels a scenario asks for.

    Parameters
    ----------
    items : list of dict
        The scenario's places and regions (``id``, ``name``, optional ``label``: ``true`` or a short
        text, and ``label_min_zoom``: the lowest zoom at which the label shows).

    Returns
    -------
    list of dict
        ``{"id", "text", "min_zoom"}`` in the scenario's order, for those with a ``label`` that is not
        ``false`` or with a ``label_min_zoom`` (default zoom 0: at every zoom, room permitting).
    """
    out = []
    for item in items:
        label = item.get("label")
        if label is False or (label is None and item.get("label_min_zoom") is None):
            continue
        text = label if isinstance(label, str) and label.strip() else item.get("name", item["id"])
        out.append({"id": item["id"], "text": str(text), "min_zoom": int(item.get("label_min_zoom") or 0)})
    return out


def label_payload(labels: list[dict], shown: dict[str, gpd.GeoDataFrame]) -> dict:
    """Each label's anchor in display longitudes: a place's point, or a point inside a region
    (:func:`shapely.point_on_surface`). Labels whose feature is not on the map are left out."""
    anchors = {}
    for key, kind in (("regions", "region"), ("places", "place")):
        gdf = shown.get(key)
        if gdf is None or not len(gdf):
            continue
        points = shapely.point_on_surface(gdf.geometry.values)
        for fid, pt in zip(gdf["id"], points):
            anchors[fid] = (kind, pt)
    out = []
    for rank, label in enumerate(labels):
        if label["id"] not in anchors:
            continue
        kind, pt = anchors[label["id"]]
        out.append({"id": label["id"], "text": label["text"], "minZoom": label["min_zoom"], "kind": kind,
                    "latlng": [round(pt.y, 5), round(pt.x, 5)], "rank": rank})
    # lower zoom first (the most important), then the scenario's order
    out.sort(key=lambda d: (d["minZoom"], d["rank"]))
    return {"labels": out}


class LabelLayer(Macro):
    """The labels, in their own map pane above the features (``geoMapLib.labels``)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        geoMapLib.labels({{ this._parent.get_name() }}, {{ this.payload }});
        {% endmacro %}
    """)

    def __init__(self, payload: dict):
        super().__init__()
        self._name = "LabelLayer"
        self.payload = js_json(payload)
