"""The main job: scenario → layers, map and measurements, written to disk."""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from pathlib import Path

from .errors import OfficialDataWarning
from .official import cached_official
from .scenario import Scenario, load_scenario

__all__ = ["build", "BuildResult", "resolve_official"]


def resolve_official(scenario: Scenario, official: str | dict | None = "auto") -> dict | None:
    """The official boundary files to build with.

    ``"auto"``: the cached files (:func:`geo.official.cached_official`), or ``None`` with an
    :class:`~geo.errors.OfficialDataWarning` when they are missing and the scenario names official
    units. A dict is returned as given; ``None`` means sketches, silently.
    """
    if official != "auto":
        return official
    files = cached_official()
    if files is None and any(r.get("official") for r in scenario.regions):
        warnings.warn("official INEI boundaries are not in the cache (run `python -m geo data fetch`): regions that "
                      "name official units are drawn from their sketches, as each feature's geometry_basis says",
                      OfficialDataWarning, stacklevel=3)
    return files


@dataclass
class BuildResult:
    """What :func:`build` wrote.

    Attributes
    ----------
    scenario : Scenario
    layers : dict of str to geopandas.GeoDataFrame
    layer_paths : dict of str to pathlib.Path
        ``<layers_dir>/<name>.geojson`` for each of :data:`geo.layers.LAYER_NAMES`.
    style_paths : dict of str to pathlib.Path
        ``<layers_dir>/<name>.qml``: the QGIS style of each layer (:func:`geo.qgis.qml_styles`).
    map_path, csv_path, markdown_path : pathlib.Path
    events_path : pathlib.Path or None
        ``<out_dir>/events.geojson`` when events were given.
    summary : str
        The short text summary.
    """

    scenario: Scenario
    layers: dict
    layer_paths: dict = field(default_factory=dict)
    style_paths: dict = field(default_factory=dict)
    map_path: Path | None = None
    events_path: Path | None = None
    csv_path: Path | None = None
    markdown_path: Path | None = None
    summary: str = ""


def build(scenario: str | Path | Scenario | None = None, *, layers_dir: str | Path = "layers",
          out_dir: str | Path = "build", official: str | dict | None = "auto", offline: bool = False,
          events=None, strict: bool = False, events_types: str | dict | None = None) -> BuildResult:
    """Build a scenario's GeoJSON layers, interactive map and measurements report.

    Parameters
    ----------
    scenario : str, pathlib.Path or Scenario, optional
        A scenario file or an already loaded scenario; default the embedded Peru scenario.
    layers_dir : str or pathlib.Path, keyword-only
        Folder of the RFC 7946 GeoJSON layers (``regions``, ``routes``, ``legs``, ``flows``,
        ``places``), default ``layers``.
    out_dir : str or pathlib.Path, keyword-only
        Folder of the map (the scenario's ``map_file``, for Peru ``peru_trafficking_map.html``) and
        of ``measurements.csv`` and ``measurements.md``; default ``build``.
    official : "auto", dict or None, keyword-only
        Official boundary files for regions that name INEI units. ``"auto"`` (default) uses the
        cached files if ``python -m geo data fetch`` has run and otherwise warns
        (:class:`~geo.errors.OfficialDataWarning`) and uses the sketches; a dict of files
        (:func:`geo.official.fetch_official`) uses those; ``None`` uses the sketches silently.
    offline : bool, keyword-only
        Write a self-contained map: scripts and stylesheets inlined (:func:`geo.render.inline_assets`)
        and no tile layer, so that it works with no network; the country basemap remains.
    events : str, pathlib.Path or geopandas.GeoDataFrame, keyword-only
        Point events (a CSV or GeoJSON file for :func:`geo.load_events`, or points in EPSG:4326):
        placed with :func:`geo.assign_events`, drawn in the map's "Events" layer and written to
        ``<out_dir>/events.geojson``.
    strict : bool, keyword-only
        Refuse doubtful events instead of warning: at (0, 0), or far from every scenario feature
        (:func:`geo.load_events`, :func:`geo.assign_events`).
    events_types : str or dict, keyword-only
        Column types of the event file, ``"ubigeo=str,kg=float"`` (:func:`geo.load_events`).

    Returns
    -------
    BuildResult

    Raises
    ------
    ScenarioError
        If the scenario is invalid or cannot be built (see :func:`geo.load_scenario` and
        :func:`geo.build_layers`).
    geo.events.EventsError
        If the event file is bad (see :func:`geo.load_events`).
    OSError
        If an output cannot be written.

    Notes
    -----
    Everything is computed before anything is written, and the files are staged and then renamed
    together (:func:`geo.writers.atomic_write_many`), so a failed build leaves earlier outputs as
    they were.
    """
    # The geospatial stack is imported here, not at module level, so that `resolve_official` and
    # the light commands do not load it.
    import geopandas as gpd

    from .cache import layers_for
    from .countries import countries, country_polygon
    from .layers import LAYER_NAMES
    from .qgis import qml_styles
    from .render import inline_assets, make_map
    from .report import measurements, measurements_csv, measurements_markdown, summary_text
    from .writers import atomic_write_many, geojson_text

    scen = scenario if isinstance(scenario, Scenario) else load_scenario(scenario)
    points = None
    if events is not None:
        from .events import assign_events, load_events

        points = events if isinstance(events, gpd.GeoDataFrame) else load_events(events, strict=strict,
                                                                                 types=events_types)
    # reused from the layer cache when nothing the layers depend on has changed (geo.cache)
    layers = layers_for(scen, resolve_official(scen, official))[0]
    if points is not None:
        points = assign_events(points, layers, strict=strict)
    focus = country_polygon(scen.focus_country) if scen.focus_country else None
    html = make_map(layers, sources=scen.sources, title=scen.title, focus=focus, basemap=countries(),
                    air_range_km=scen.aircraft["range_km"] if scen.aircraft else None,
                    air_range_label=f"{scen.aircraft['name']} range" if scen.aircraft else "",
                    tiles=not offline, views=scen.views, events=points).get_root().render()
    if offline:
        html = inline_assets(html)
    texts = {name: geojson_text(layers[name]) for name in LAYER_NAMES}
    table = measurements(scen, layers)
    csv_text = measurements_csv(table)
    md_text = measurements_markdown(scen, layers)

    layers_dir, out_dir = Path(layers_dir), Path(out_dir)
    result = BuildResult(scenario=scen, layers=layers, summary=summary_text(layers))
    result.layer_paths = {name: layers_dir / f"{name}.geojson" for name in LAYER_NAMES}
    # QGIS applies a .qml beside a layer file, with the same base name, when the layer is added.
    styles = qml_styles()
    result.style_paths = {name: layers_dir / f"{name}.qml" for name in LAYER_NAMES if name in styles}
    result.csv_path, result.markdown_path = out_dir / "measurements.csv", out_dir / "measurements.md"
    result.map_path = out_dir / scen.map_file
    extra = {}
    if points is not None:
        result.events_path = out_dir / "events.geojson"
        extra[result.events_path] = geojson_text(points)
    # All or nothing: every file is staged first, then all are renamed into place.
    atomic_write_many({**{result.layer_paths[n]: texts[n] for n in LAYER_NAMES},
                       **{path: styles[n] for n, path in result.style_paths.items()},
                       result.csv_path: csv_text, result.markdown_path: md_text, result.map_path: html, **extra})
    return result
