"""The main job: scenario → layers, map and measurements, written to disk."""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from pathlib import Path

from .errors import OfficialDataWarning
from .official import cached_official
from .outputs import (MANIFEST_NAME, OutputFolderError, check_output_folder, foreign_files, manifest_text,
                      previous_boundaries, remove_stale, stale_sketch_layers, unlisted_replacements, warn_foreign,
                      warn_replaced)
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
    boundaries : str or None
        ``"official"`` or ``"sketch"``: what the regions that name official units were built on;
        ``None`` when no region names official units.
    removed : list of pathlib.Path
        Stale sketch layers of the same scenario removed from ``<out_dir>/layers`` after official
        layers were written elsewhere.
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
    boundaries: str | None = None
    removed: list = field(default_factory=list)


def build(scenario: str | Path | Scenario | None = None, *, layers_dir: str | Path = "layers",
          out_dir: str | Path = "build", official: str | dict | None = "auto", offline: bool = False,
          events=None, strict: bool = False, events_types: str | dict | None = None, allow_sketch: bool = False,
          force: bool = False, sketch_layers_dir: str | Path | None = None) -> BuildResult:
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
        Write a self-contained map: scripts and stylesheets inlined (:func:`geo.map.inline_assets`)
        and no tile layer, so that it works with no network; the country basemap remains. It is
        written as ``<map_file stem>_offline.html``, beside (not over) the online map.
    events : str, pathlib.Path or geopandas.GeoDataFrame, keyword-only
        Point events (a CSV or GeoJSON file for :func:`geo.load_events`, or points in EPSG:4326):
        placed with :func:`geo.assign_events`, drawn in the map's "Events" layer and written to
        ``<out_dir>/events.geojson``.
    strict : bool, keyword-only
        Refuse doubtful events instead of warning: at (0, 0), or far from every scenario feature
        (:func:`geo.load_events`, :func:`geo.assign_events`).
    events_types : str or dict, keyword-only
        Column types of the event file, ``"ubigeo=str,kg=float"`` (:func:`geo.load_events`).
    allow_sketch : bool, keyword-only
        Let a build without the official boundaries replace layers (or a map) built with them.
        Default false: such a build is refused (:class:`geo.outputs.OutputFolderError`).
    force : bool, keyword-only
        Write into ``/``, the home folder or the repository root even when they hold files
        (:func:`geo.outputs.check_output_folder`).
    sketch_layers_dir : str or pathlib.Path, keyword-only
        Where the layers go instead when this build has no official boundaries and ``layers_dir``
        holds layers built with them (and ``allow_sketch`` is false): the build then goes on there,
        with a warning, rather than refusing; the map and report in ``out_dir`` are then replaced
        with a warning too. ``python -m geo build`` without ``--layers-dir`` gives ``OUT/layers``, so
        that ``make map`` on a machine without the official data still builds the map and leaves the
        committed ``layers/`` as they are.

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
    geo.outputs.OutputFolderError
        If an output folder is protected and not empty (see ``force``), or holds official layers or
        a map that this build, without the official boundaries, would replace (see ``allow_sketch``).
    OSError
        If an output cannot be written.

    Notes
    -----
    Everything is computed before anything is written, and the files are staged and then renamed
    together (:func:`geo.writers.atomic_write_many`), so a failed build leaves earlier outputs as
    they were. Each output folder gets a manifest (:data:`geo.outputs.MANIFEST_NAME`) of the files
    the toolkit wrote there; files it did not write are named in a warning and left alone.
    """
    # The geospatial stack is imported here, not at module level, so that `resolve_official` and
    # the light commands do not load it.
    import geopandas as gpd

    from .cache import layers_for, layers_texts
    from .countries import countries, country_polygon
    from .layers import LAYER_NAMES
    from .qgis import qml_styles
    from .map import inline_assets, make_map
    from .map.labels import scenario_labels
    from .report import measurements, measurements_csv, measurements_markdown, summary_text
    from .writers import atomic_write_many, geojson_text

    layers_dir, out_dir = Path(layers_dir), Path(out_dir)
    check_output_folder(out_dir, option="--out", force=force)
    check_output_folder(layers_dir, option="--layers-dir", force=force)
    scen = scenario if isinstance(scenario, Scenario) else load_scenario(scenario)
    official_files = resolve_official(scen, official)
    boundaries = None
    if any(r.get("official") for r in scen.regions):
        boundaries = "official" if official_files else "sketch"
    if (boundaries == "sketch" and not allow_sketch and sketch_layers_dir is not None
            and previous_boundaries(layers_dir) == "official"):
        warnings.warn(f"the official INEI boundaries are not available (run `python -m geo data fetch`, or set "
                      f"GEO_DATA_MIRROR), so the layers are built on the scenario's sketches into {sketch_layers_dir}; "
                      f"the official layers in {layers_dir} are left as they are (--allow-sketch replaces them)",
                      OfficialDataWarning, stacklevel=2)
        layers_dir = Path(sketch_layers_dir)
        check_output_folder(layers_dir, option="--layers-dir", force=force)
    if boundaries == "sketch" and not allow_sketch:
        for folder, option in ((layers_dir, "--layers-dir"), (out_dir, "--out")):
            if folder == out_dir and sketch_layers_dir is not None and previous_boundaries(folder) == "official":
                # the default build: its map and report in OUT are outputs, not the committed layers
                warnings.warn(f"the map and report in {out_dir}, built with the official boundaries, are replaced by "
                              "ones on the scenario's sketches (run `python -m geo data fetch` for the official ones)",
                              OfficialDataWarning, stacklevel=2)
                continue
            if previous_boundaries(folder) == "official":
                raise OutputFolderError(
                    f"{option} {folder}: holds layers or a map built with the official INEI boundaries, and this build "
                    "has none (not in the cache: run `python -m geo data fetch`, or set GEO_DATA_MIRROR to a copy), so "
                    "it would replace them with the scenario's sketches; give --allow-sketch to replace them anyway, "
                    f"or another {option}")
    points = None
    if events is not None:
        from .events import assign_events, load_events

        points = events if isinstance(events, gpd.GeoDataFrame) else load_events(events, strict=strict,
                                                                                 types=events_types)
    # reused from the layer cache when nothing the layers depend on has changed (geo.cache)
    layers, layers_key = layers_for(scen, official_files)
    if points is not None:
        points = assign_events(points, layers, strict=strict)
    focus = country_polygon(scen.focus_country) if scen.focus_country else None
    html = make_map(layers, sources=scen.sources, title=scen.title, subtitle=scen.data["scenario"].get("subtitle"),
                    focus=focus, basemap=countries(),
                    air_range_km=scen.aircraft["range_km"] if scen.aircraft else None,
                    air_range_label=f"{scen.aircraft['name']} range" if scen.aircraft else "",
                    tiles=not offline, views=scen.views, events=points,
                    labels=scenario_labels(scen.regions + scen.places), story=scen.data.get("story")).get_root().render()
    if offline:
        html = inline_assets(html)
    # the cache holds each layer's GeoJSON text, made from these same layers when they were stored
    texts = layers_texts(layers_key, LAYER_NAMES) or {name: geojson_text(layers[name]) for name in LAYER_NAMES}
    table = measurements(scen, layers)
    csv_text = measurements_csv(table)
    md_text = measurements_markdown(scen, layers)

    result = BuildResult(scenario=scen, layers=layers, summary=summary_text(layers), boundaries=boundaries)
    result.layer_paths = {name: layers_dir / f"{name}.geojson" for name in LAYER_NAMES}
    # QGIS applies a .qml beside a layer file, with the same base name, when the layer is added.
    styles = qml_styles()
    result.style_paths = {name: layers_dir / f"{name}.qml" for name in LAYER_NAMES if name in styles}
    result.csv_path, result.markdown_path = out_dir / "measurements.csv", out_dir / "measurements.md"
    map_name = scen.map_file
    if offline:  # its own name, so that it never replaces the online map
        map_name = f"{Path(map_name).stem}_offline{Path(map_name).suffix}"
    result.map_path = out_dir / map_name
    extra = {}
    if points is not None:
        result.events_path = out_dir / "events.geojson"
        extra[result.events_path] = geojson_text(points)
    files = {**{result.layer_paths[n]: texts[n] for n in LAYER_NAMES},
             **{path: styles[n] for n, path in result.style_paths.items()},
             result.csv_path: csv_text, result.markdown_path: md_text, result.map_path: html, **extra}
    # A manifest per folder: what the toolkit wrote there, and on which boundaries.
    folders: dict[Path, list[str]] = {}
    for path in files:
        folders.setdefault(path.parent, []).append(path.name)
    for folder, names in folders.items():
        warn_foreign(folder, foreign_files(folder, names, ignore=[layers_dir] if folder == out_dir else ()))
        warn_replaced(folder, unlisted_replacements(folder, names))
    manifests = {folder / MANIFEST_NAME: manifest_text(folder, names, scenario_id=scen.id, boundaries=boundaries)
                 for folder, names in folders.items()}
    # All or nothing: every file is staged first, then all are renamed into place.
    atomic_write_many({**files, **manifests})
    if boundaries == "official":  # sketch layers of this scenario from an earlier build are now stale
        stale_dir = out_dir / "layers"
        if stale_dir.resolve() != layers_dir.resolve():
            result.removed = stale_sketch_layers(stale_dir, scen.id)
            if result.removed:
                remove_stale(stale_dir, result.removed)
    return result
