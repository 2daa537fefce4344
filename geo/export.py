"""Exports of the layers for GIS tools: GeoPackage, KML, FlatGeobuf and CSV, all written by GDAL.

Every file goes through pyogrio (GDAL) into a temporary file beside its destination and is then
renamed over it, so a failed export leaves earlier files whole.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely

from .errors import GeoError

__all__ = ["EXPORT_FORMATS", "export_layers", "typed_layer"]

#: The formats of :func:`export_layers`, with the GDAL driver of each.
EXPORT_FORMATS = {"gpkg": "GPKG", "kml": "LIBKML", "fgb": "FlatGeobuf", "csv": "CSV"}

_LAYERS = ("regions", "routes", "legs", "flows", "crossings", "places")
#: Icon of points in the KML: Google Earth's own circle, tinted by kind.
KML_POINT_ICON = "http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png"
#: Longest segment of a KML line, in degrees of longitude/latitude (≈ 11 km): a drawing density for
#: Google Earth's straight chords, not a measurement (lengths are measured on the layers, geodesically).
KML_MAX_SEGMENT_DEG = 0.1


def typed_layer(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """A copy of a layer whose every column has one type GIS tools can read.

    Booleans with gaps become pandas' nullable ``boolean`` (GDAL: Integer, subtype Boolean), whole
    numbers with gaps nullable ``Int64``, text ``object`` with ``None`` for missing; numbers stay
    numbers. Columns that are empty in every feature are kept as text.

    Parameters
    ----------
    gdf : geopandas.GeoDataFrame
        A layer as built (:func:`geo.build_layers`), EPSG:4326.

    Returns
    -------
    geopandas.GeoDataFrame
        Same rows, columns and geometry.
    """
    out = gdf.copy()
    for col in out.columns:
        if col == out.geometry.name:
            continue
        values = out[col]
        present = values.dropna()
        if values.dtype == object and len(present) and present.map(lambda v: isinstance(v, (bool, np.bool_))).all():
            out[col] = values.astype("boolean")
        elif values.dtype == object and len(present) and present.map(
                lambda v: isinstance(v, (int, np.integer)) and not isinstance(v, (bool, np.bool_))).all():
            out[col] = values.astype("Int64")
        elif values.dtype == object or pd.api.types.is_string_dtype(values):
            out[col] = values.astype(object).where(values.notna(), None)
    return out


def _kml_style(layer: str, row) -> str:
    """OGR feature style string (GDAL's LIBKML driver writes it as a KML <Style>)."""
    from .render import FLOW_COLOUR, MODE_COLOURS, PLACE_COLOURS, REGION_COLOURS, line_width_px

    if layer in ("legs", "routes"):
        mode = row.get("mode") or str(row.get("modes") or "").split(",")[0].strip()
        return f"PEN(c:{MODE_COLOURS.get(mode, '#444444')}FF,w:{3 if layer == 'legs' else 2}px)"
    if layer == "flows":
        return f"PEN(c:{FLOW_COLOUR}B0,w:{line_width_px(row):.1f}px)"
    if layer == "regions":
        colour = REGION_COLOURS.get(row.get("kind"), "#777777")
        return f"PEN(c:{colour}FF,w:1.5px);BRUSH(fc:{colour}50)"
    colour = PLACE_COLOURS.get(row.get("kind"), "#ffd400" if layer == "crossings" else "#333333")
    return f'SYMBOL(id:"{KML_POINT_ICON}",c:{colour}FF,s:1)'


def _kml_layer(name: str, gdf: gpd.GeoDataFrame, sources: dict) -> gpd.GeoDataFrame:
    """The layer for Google Earth: a name, an HTML description (the map's popup), a style, the period as
    a KML TimeSpan (Google Earth's time slider), and lines with a vertex at least every 0.1° so that
    Google Earth's straight chords stay on the surface (an 11 km chord dips about 2 m)."""
    from .render import _popup_html, period_months

    rows = [r.drop(labels=gdf.geometry.name).to_dict() for _, r in gdf.iterrows()]

    def when(row, end):
        month = period_months(row.get("period_start"), row.get("period_end"))[1 if end else 0]
        if month is None:
            return None
        return f"{month // 12:04d}-{month % 12 + 1:02d}"

    data = {"Name": [r.get("name") for r in rows],
            "Description": [_popup_html(r, sources) for r in rows],
            "begin": [when(r, False) for r in rows],
            "end": [when(r, True) for r in rows],
            "OGR_STYLE": [_kml_style(name, r) for r in rows]}
    geoms = gdf.geometry.values
    lines = np.isin(shapely.get_type_id(geoms), (1, 5))  # LineString, MultiLineString
    geoms = np.where(lines, shapely.segmentize(geoms, KML_MAX_SEGMENT_DEG), geoms)
    return gpd.GeoDataFrame(data, geometry=geoms, crs="EPSG:4326")


def _staged(path: Path, write) -> Path:
    """Run ``write(tmp_path)`` on a temporary file beside ``path``, then rename it over ``path``
    (with any sidecar GDAL wrote beside it, such as a ``.csvt``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    os.unlink(tmp)  # GDAL creates the file itself
    stem = Path(tmp).with_suffix("")
    try:
        write(tmp)
        sidecars = [p for p in path.parent.glob(stem.name + ".*") if str(p) != tmp]
        for file in [Path(tmp), *sidecars]:
            os.chmod(file, 0o644)
        for side in sidecars:
            os.replace(side, path.with_suffix(side.suffix))
        os.replace(tmp, path)
    except BaseException:
        for leftover in path.parent.glob(stem.name + ".*"):
            leftover.unlink()
        raise
    return path


def export_layers(layers: dict[str, gpd.GeoDataFrame], out_dir: str | Path, formats=tuple(EXPORT_FORMATS), *,
                  sources: dict[str, dict] | None = None, measurements: pd.DataFrame | None = None,
                  name: str = "layers") -> list[Path]:
    """Write the layers in GIS formats, through GDAL (pyogrio).

    Parameters
    ----------
    layers : dict of str to geopandas.GeoDataFrame
        The built layers (``regions``, ``routes``, ``legs``, ``flows``, ``crossings``, ``places``;
        EPSG:4326), as from :func:`geo.build_layers`.
    out_dir : str or pathlib.Path
        Folder to write into (created if missing).
    formats : iterable of str
        Any of ``"gpkg"`` (one GeoPackage, ``<name>.gpkg``, a table per layer), ``"kml"`` (one
        ``<name>.kml`` for Google Earth, a folder per layer, lines coloured by mode, the map's popup
        with its source links as each placemark's description), ``"fgb"`` (``fgb/<layer>.fgb``, one
        FlatGeobuf per layer) and ``"csv"`` (``places.csv`` with ``lon``/``lat`` columns in
        degrees, and ``measurements.csv`` when ``measurements`` is given).
    sources : dict of str to dict, keyword-only
        The scenario's sources by id, for the KML descriptions' links.
    measurements : pandas.DataFrame, keyword-only
        The long table of :func:`geo.report.measurements`, for ``measurements.csv``.
    name : str, keyword-only
        Base name of the GeoPackage and the KML file.

    Returns
    -------
    list of pathlib.Path
        The files written.

    Raises
    ------
    geo.errors.GeoError
        If a format is unknown (the message lists the known ones).
    OSError
        If a file cannot be written; files already exported stay whole.

    Notes
    -----
    Field types (:func:`typed_layer`): numbers stay Real or Integer, booleans Integer(Boolean),
    text String; ``sources`` and ``source_refs`` are ``"; "``-separated lists in one String field,
    which every format takes. KML has no dashes: confidence is in each description instead.
    """
    formats = list(dict.fromkeys(formats))
    unknown = [f for f in formats if f not in EXPORT_FORMATS]
    if unknown:
        raise GeoError(f"unknown export format {', '.join(map(repr, unknown))}: use {', '.join(EXPORT_FORMATS)}")
    out_dir = Path(out_dir)
    present = {k: typed_layer(layers[k]) for k in _LAYERS if layers.get(k) is not None and len(layers[k])}
    written = []
    if "gpkg" in formats:
        def gpkg(tmp):
            for key, gdf in present.items():
                pyogrio.write_dataframe(gdf, tmp, layer=key, driver="GPKG")
        written.append(_staged(out_dir / f"{name}.gpkg", gpkg))
    if "kml" in formats:
        def kml(tmp):
            for i, (key, gdf) in enumerate(present.items()):
                pyogrio.write_dataframe(_kml_layer(key, gdf, sources or {}), tmp, layer=key, driver="LIBKML",
                                        append=i > 0)
        written.append(_staged(out_dir / f"{name}.kml", kml))
    if "fgb" in formats:
        for key, gdf in present.items():
            written.append(_staged(out_dir / "fgb" / f"{key}.fgb",
                                   lambda tmp, g=gdf, k=key: pyogrio.write_dataframe(g, tmp, layer=k, driver="FlatGeobuf")))
    if "csv" in formats:
        if "places" in present:
            places = present["places"]
            table = pd.DataFrame(places.drop(columns=[places.geometry.name, "lon", "lat"], errors="ignore"))
            table.insert(2, "lon", places.geometry.x.round(6))  # the point itself, whatever the layer says
            table.insert(3, "lat", places.geometry.y.round(6))
            # CREATE_CSVT: a places.csvt beside it gives GDAL (QGIS) each column's type
            written.append(_staged(out_dir / "places.csv",
                                   lambda tmp: pyogrio.write_dataframe(table, tmp, driver="CSV", layer="places",
                                                                       layer_options={"CREATE_CSVT": "YES"})))
        if measurements is not None:
            written.append(_staged(out_dir / "measurements.csv",
                                   lambda tmp: pyogrio.write_dataframe(measurements, tmp, driver="CSV")))
    return written
