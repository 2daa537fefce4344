"""Popups and tooltips for people: a short citation first, labelled figures with units, then the
technical fields folded under "Details" (labels from :mod:`geo.fields`)."""

from __future__ import annotations

import re

from ..fields import field_label, is_detail, readable
from .style import CONFIDENCE_TITLES, DRAWING_STYLES, drawing_of
from .text import escape_html, fmt

__all__ = ["popup_html", "tooltip_html", "source_ids"]

# Shown in the popup's head or its provenance line, not in the tables.
_HEAD = {"id", "name", "sources", "kind", "confidence", "drawing", "drawing_note", "search_name"}


def source_ids(props: dict) -> list[str]:
    """The ids in a feature's ``sources`` (``"; "``-separated)."""
    return [s.strip() for s in str(props.get("sources") or "").split(";") if s.strip()]


def _citation(sid: str, sources: dict[str, dict]) -> str:
    src = sources.get(sid, {"title": sid})
    label = escape_html(src.get("title", sid) + (f" ({src['author']})" if src.get("author") else ""))
    # Only web addresses become links: a "javascript:" or "data:" URL would run when clicked.
    if re.match(r"https?://", str(src.get("url") or ""), re.IGNORECASE):
        return f"<a href=\"{escape_html(src['url'])}\" target=\"_blank\" rel=\"noopener noreferrer\">{label}</a>"
    return label


def _row(key: str, text: str, technical: bool) -> str:
    label, unit = field_label(key)
    shown = escape_html(text) + (f"&nbsp;{escape_html(unit)}" if unit and unit != "°" else escape_html(unit))
    code = f" <code>{escape_html(key)}</code>" if technical else ""
    return f"<tr><th>{escape_html(label)}{code}</th><td>{shown}</td></tr>"


def popup_html(props: dict, sources: dict[str, dict]) -> str:
    """The HTML of a feature's popup; every piece of data in it is escaped (:func:`escape_html`).

    Parameters
    ----------
    props : dict
        The feature's properties (a layer row).
    sources : dict of str to dict
        The scenario's sources by id (``title``, ``author``, ``url``).

    Returns
    -------
    str
        Name and kind; the sources cited (links for ``http(s)`` addresses only); the confidence (the
        source's hedge) and the drawing (how the geometry was placed, ours); the figures with human
        labels and units; the technical fields (with their field names) in a folded "Details" part.
    """
    main, details = [], []
    for key, value in props.items():
        if key in _HEAD:
            continue
        text = fmt(value)
        if text is None:
            continue
        (details if is_detail(key) else main).append(_row(key, text, is_detail(key)))
    ids = source_ids(props)
    cites = (f"<div class='geo-cite'>Source{'s' if len(ids) > 1 else ''}:<ul>"
             + "".join(f"<li>{_citation(sid, sources)}</li>" for sid in ids) + "</ul></div>") if ids else ""
    prov = ""
    confidence = fmt(props.get("confidence"))
    if confidence is not None:  # a scenario feature: the source's hedge, and our drawing, apart
        drawing = drawing_of(props)
        hedge = CONFIDENCE_TITLES.get(confidence, confidence)
        prov = (f"<div class='geo-prov'><b>Source says:</b> {escape_html(hedge)}"
                f"<br><b>Our drawing:</b> {escape_html(DRAWING_STYLES[drawing]['title'])}")
        if fmt(props.get("drawing_note")):
            prov += f" \u2014 {escape_html(props.get('drawing_note'))}"
        prov += "</div>"
    kind = readable(props.get("kind") or "")
    head = (f"<b>{escape_html(props.get('name'))}</b><br><i>{escape_html(kind)}</i>"
            f" \u00b7 <span class='geo-id'>{escape_html(props.get('id'))}</span>")
    return (f"<div class='geo-popup'>{head}{cites}{prov}<table class='geo-main'>{''.join(main)}</table>"
            + (f"<details class='geo-details'><summary>Details</summary><table>{''.join(details)}</table></details>"
               if details else "") + "</div>")


def tooltip_html(props: dict, extra: str = "") -> str:
    """A feature's tooltip: its name and a short line; "illustrative path" when the drawing is ours."""
    lines = [escape_html(props.get("name"))]
    if extra:
        lines.append(escape_html(extra))
    if drawing_of(props) == "illustrative":
        lines.append("<i>illustrative path (our drawing, not located by the source)</i>")
    return "<br>".join(lines)
