"""Exceptions raised by the toolkit."""

from __future__ import annotations

__all__ = ["GeoError", "ScenarioError", "RoutingError", "GeometryError", "OfficialDataWarning"]


class GeoError(ValueError):
    """Base class of the toolkit's errors about bad input or impossible requests."""


#: Most problems a :class:`ScenarioError` message lists (all stay in its ``problems``).
_SHOWN_PROBLEMS = 50


class ScenarioError(GeoError):
    """A scenario file is malformed or inconsistent.

    Every problem found in the file is collected first and reported at once; each names the file,
    the feature (its list and id), the field and the offending value.

    Attributes
    ----------
    path : str
        The scenario file.
    problems : list of str
        One line per problem, ``"<section> '<id>': field '<field>': <message> (value: <value>)"``.
    """

    def __init__(self, path: str, problems: list[str]):
        self.path = str(path)
        self.problems = list(problems)
        if len(self.problems) == 1:  # one problem: one line
            super().__init__(f"{self.path}: {self.problems[0]}")
            return
        lines = "\n".join(f"  - {p}" for p in self.problems[:_SHOWN_PROBLEMS])
        if len(self.problems) > _SHOWN_PROBLEMS:
            lines += f"\n  ... and {len(self.problems) - _SHOWN_PROBLEMS:,} more"
        super().__init__(f"{self.path}: {len(self.problems)} problem(s) in the scenario:\n{lines}")


class RoutingError(GeoError):
    """A leg cannot be given a geometry (for instance no sea lane joins its two ports)."""


class GeometryError(GeoError):
    """A geometry is invalid (a self-intersecting ring, ...); the message names the feature and where."""


class OfficialDataWarning(UserWarning):
    """Official boundary files are not available, so regions fall back to their sketches."""
