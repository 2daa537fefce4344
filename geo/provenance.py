"""The two provenance scales every feature carries, and how a derived feature takes the weakest.

``confidence`` is the source's own hedge for the claim (what a source says); ``drawing`` is how the
geometry was placed (what we drew). They are separate facts: a reported route may be drawn through
illustrative towns, and a located town may be alleged to be a hub.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["CONFIDENCE_LEVELS", "DRAWING_LEVELS", "weakest", "surer"]

#: The source's hedge, strongest first: "reported" (stated, or reported by a named source),
#: "alleged" ("said to", "apparently", "arguably"), "possible" ("possibly").
CONFIDENCE_LEVELS = ("reported", "alleged", "possible")

#: How the geometry was placed, strongest first: "located" (a dataset, an official boundary or a cited
#: coordinate of the thing itself), "approximate" (a sketch around cited points, a river centreline, a
#: lane network), "illustrative" (a drawing choice standing in for something no source locates).
DRAWING_LEVELS = ("located", "approximate", "illustrative")


def _scale(value: str) -> tuple[str, ...]:
    for scale in (CONFIDENCE_LEVELS, DRAWING_LEVELS):
        if value in scale:
            return scale
    raise ValueError(f"{value!r} is neither a confidence {CONFIDENCE_LEVELS} nor a drawing {DRAWING_LEVELS}")


def weakest(values: Iterable[str | None]) -> str:
    """The weakest of some values of one scale (``None`` entries are skipped).

    Parameters
    ----------
    values : iterable of str or None
        Levels of :data:`CONFIDENCE_LEVELS` or of :data:`DRAWING_LEVELS` (not mixed).

    Returns
    -------
    str
        The weakest level, e.g. ``weakest(["reported", "possible"]) == "possible"``.

    Raises
    ------
    ValueError
        If there is no value, a value is on neither scale, or the values mix the two scales.
    """
    vals = [v for v in values if v is not None]
    if not vals:
        raise ValueError("weakest() needs at least one level")
    scale = _scale(vals[0])
    try:
        return scale[max(scale.index(v) for v in vals)]
    except ValueError:
        raise ValueError(f"levels of different scales, or unknown: {vals!r}") from None


def surer(value: str, than: str) -> bool:
    """True if ``value`` is strictly stronger than ``than`` on their (common) scale."""
    scale = _scale(value)
    if than not in scale:
        raise ValueError(f"{value!r} and {than!r} are not on the same scale")
    return scale.index(value) < scale.index(than)
