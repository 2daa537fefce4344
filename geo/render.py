"""Compatibility: the map now lives in the package :mod:`geo.map`; this module re-exports it."""

from .map import *  # noqa: F401,F403
from .map import __all__  # noqa: F401
from .map.popup import popup_html as _popup_html  # noqa: F401  (used by geo.export for KML descriptions)
