"""Exports of the layers for GIS tools: GeoPackage, KML, FlatGeobuf and CSV, all written by GDAL.

Every file goes through pyogrio (GDAL) into a temporary file beside its destination; only when all
of them are written are they renamed over their destinations, so a failed export leaves earlier
files as they were.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely

from .errors import GeoError
from .progress import progress
from .writers import csv_cell, integer_columns, promote_to_multi

__all__ = ["EXPORT_FORMATS", "LAYER_GEOMETRY", "GPKG_VERSION", "export_layers", "typed_layer"]

#: The formats of :func:`export_layers`, with the GDAL driver of each.
EXPORT_FORMATS = {"gpkg": "GPKG", "kml": "LIBKML", "fgb": "FlatGeobuf", "csv": "CSV"}

_LAYERS = ("regions", "routes", "legs", "flows", "crossings", "places")
#: Geometry type of each layer when it has no feature (a layer with features takes the type of its
#: geometries, mixed single and multi parts promoted to multi).
LAYER_GEOMETRY = {"regions": "MultiPolygon", "routes": "MultiLineString", "legs": "LineString",
                  "flows": "MultiLineString", "crossings": "Point", "places": "Point"}
#: GeoPackage version written: 1.2 (OGC 12-128r15) is read without warnings by GDAL 3.6 and QGIS 3.22,
#: the versions Debian stable ships; the exports use nothing newer (1.4 would only add
#: tile-matrix and metadata extensions we do not write).
GPKG_VERSION = "1.2"
#: Longest segment of a KML line, in degrees of longitude/latitude (≈ 11 km): a drawing density for
#: Google Earth's straight chords, not a measurement (lengths are measured on the layers, geodesically).
KML_MAX_SEGMENT_DEG = 0.1
_KML_NS = "http://www.opengis.net/kml/2.2"
_INT32 = 2 ** 31 - 1


def typed_layer(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """A copy of a layer whose every column has one type GIS tools can read.

    Booleans with gaps become pandas' nullable ``boolean`` (GDAL: Integer, subtype Boolean); counts,
    ranks and other integer-valued columns (:func:`geo.writers.integer_columns`) nullable ``Int32``
    (GDAL: Integer; ``Int64``, GDAL Integer64, beyond ±2**31); other numbers stay Real; text is
    ``object`` with ``None`` for missing; columns that are empty in every feature are kept as text.
    A layer mixing single and multi geometries becomes all multi (:func:`geo.writers.promote_to_multi`).

    Parameters
    ----------
    gdf : geopandas.GeoDataFrame
        A layer as built (:func:`geo.build_layers`), EPSG:4326.

    Returns
    -------
    geopandas.GeoDataFrame
        Same rows, columns and geometry (single parts of a mixed layer as one-part multi geometries).
    """
    out = integer_columns(promote_to_multi(gdf))
    for col in out.columns:
        if col == out.geometry.name:
            continue
        values = out[col]
        present = values.dropna()
        if values.dtype == object and len(present) and present.map(lambda v: isinstance(v, (bool, np.bool_))).all():
            out[col] = values.astype("boolean")
        elif pd.api.types.is_integer_dtype(values):  # numpy or nullable integers: GDAL Integer where they fit
            if not len(present) or int(present.abs().max()) <= _INT32:
                out[col] = values.astype("Int32")
        elif values.dtype == object or pd.api.types.is_string_dtype(values):
            out[col] = values.astype(object).where(values.notna(), None)
    return out


def _csv_table(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of a table whose text cells cannot run as spreadsheet formulas (:func:`geo.writers.csv_cell`)."""
    out = pd.DataFrame(df).copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].astype(object).map(csv_cell)
    return out


def _kml_style(layer: str, row) -> str:
    """OGR feature style string (GDAL's LIBKML driver writes it as a KML <Style>). Points are tinted
    with the viewer's own default icon: no icon file, local or remote, is referenced."""
    from .render import FLOW_COLOUR, MODE_COLOURS, PLACE_COLOURS, REGION_COLOURS, line_width_px

    if layer == "legs":
        return f"PEN(c:{MODE_COLOURS.get(row.get('mode'), '#444444')}FF,w:3px)"
    if layer == "routes":  # a route may change mode; its legs carry the mode colours
        return "PEN(c:#444444C0,w:2px)"
    if layer == "flows":
        return f"PEN(c:{FLOW_COLOUR}B0,w:{line_width_px(row):.1f}px)"
    if layer == "regions":
        colour = REGION_COLOURS.get(row.get("kind"), "#777777")
        return f"PEN(c:{colour}FF,w:1.5px);BRUSH(fc:{colour}50)"
    colour = PLACE_COLOURS.get(row.get("kind"), "#ffd400" if layer == "crossings" else "#333333")
    return f"SYMBOL(c:{colour}FF,s:1)"


def _kml_layer(name: str, gdf: gpd.GeoDataFrame, sources: dict) -> gpd.GeoDataFrame:
    """The layer for Google Earth: a name (plain text), an HTML description (the map's popup), a
    style, the period as a KML TimeSpan (Google Earth's time slider), every field of the layer as
    typed ExtendedData, and lines with a vertex at least every 0.1° so that Google Earth's straight
    chords stay on the surface (an 11 km chord dips about 2 m)."""
    from .render import _popup_html, period_months

    rows = [r.drop(labels=gdf.geometry.name).to_dict() for _, r in gdf.iterrows()]

    def when(row, end):
        month = period_months(row.get("period_start"), row.get("period_end"))[1 if end else 0]
        if month is None:
            return None
        return f"{month // 12:04d}-{month % 12 + 1:02d}"

    plain = {k: gdf[k].values for k in gdf.columns
             if k != gdf.geometry.name and k.lower() not in ("name", "description", "begin", "end", "ogr_style")}
    data = {"Name": [None if pd.isna(r.get("name")) else str(r.get("name")) for r in rows],
            "Description": [_popup_html(r, sources) for r in rows],
            "begin": [when(r, False) for r in rows],
            "end": [when(r, True) for r in rows],
            **plain,
            "OGR_STYLE": [_kml_style(name, r) for r in rows]}
    geoms = gdf.geometry.values
    lines = np.isin(shapely.get_type_id(geoms), (1, 5))  # LineString, MultiLineString
    geoms = np.where(lines, shapely.segmentize(geoms, KML_MAX_SEGMENT_DEG), geoms)
    return gpd.GeoDataFrame(data, geometry=geoms, crs="EPSG:4326")


def _tidy_kml(path: str) -> None:
    """Rewrite the KML GDAL wrote with every text escaped as XML text rather than CDATA, so a
    ``<name>`` is plain text (``&lt;b&gt;`` shows as ``<b>``, never as markup) and the HTML of a
    ``<description>`` is entity-escaped as KML 2.2 allows; the style strings GDAL keeps as a data
    field are dropped (the styles themselves stay)."""
    ET.register_namespace("", _KML_NS)
    tree = ET.parse(path)
    for parent in tree.iter():
        for child in list(parent):
            if child.tag in (f"{{{_KML_NS}}}SimpleField", f"{{{_KML_NS}}}SimpleData") and child.get("name") == "OGR_STYLE":
                parent.remove(child)
    tree.write(path, encoding="UTF-8", xml_declaration=True)


def _style_time() -> pd.Timestamp:
    """The ``update_time`` of the styles: GDAL's ``OGR_CURRENT_DATE`` when set (as for the GeoPackage's own
    ``last_change``), else ``SOURCE_DATE_EPOCH`` (reproducible builds), else now; UTC, to the second."""
    import os

    import pyogrio

    fixed = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
    if fixed:
        return pd.Timestamp(fixed).tz_localize(None) if pd.Timestamp(fixed).tzinfo is None else \
            pd.Timestamp(fixed).tz_convert("UTC").tz_localize(None)
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return pd.Timestamp(int(epoch), unit="s")
    return pd.Timestamp.now(tz="UTC").floor("s").tz_localize(None)


def _qgis_styles_table(present: dict[str, gpd.GeoDataFrame]) -> pd.DataFrame:
    """The ``layer_styles`` table QGIS reads from a GeoPackage: each layer's QML as its default style."""
    from .qgis import qml_styles

    styles = qml_styles()
    keys = [k for k in present if k in styles]
    now = _style_time()
    return pd.DataFrame({
        "f_table_catalog": [""] * len(keys), "f_table_schema": [""] * len(keys), "f_table_name": keys,
        "f_geometry_column": ["geom"] * len(keys), "styleName": keys, "styleQML": [styles[k] for k in keys],
        "styleSLD": [""] * len(keys), "useAsDefault": pd.array([True] * len(keys), dtype="boolean"),
        "description": [f"{k}: the toolkit's style (as layers/{k}.qml)" for k in keys],
        "owner": [""] * len(keys), "ui": [None] * len(keys), "update_time": [now] * len(keys)})


class _Staging:
    """Files written to temporary names beside their destinations, then renamed into place together.

    Every path is made absolute first (the folder is resolved once), so relative and absolute
    destinations behave the same.
    """

    def __init__(self):
        self.staged: list[tuple[Path, Path]] = []  # (temporary file, destination)

    def write(self, path: Path, write) -> Path:
        """Run ``write(tmp_path)`` on a temporary file beside ``path`` and stage it (with any sidecar
        GDAL wrote beside it, such as a ``.csvt``) for :meth:`commit`."""
        path = Path(os.path.abspath(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=path.parent)
        os.close(fd)
        os.unlink(tmp)  # GDAL creates the file itself
        tmp = Path(tmp)
        stem = tmp.name[: -len(path.suffix)] if path.suffix else tmp.name
        try:
            write(str(tmp))
        finally:
            # whatever GDAL wrote under the temporary name: the file itself and its sidecars
            mine = [p for p in tmp.parent.iterdir() if p.name == tmp.name or p.name.startswith(stem + ".")]
            for file in mine:
                self.staged.append((file, path if file.name == tmp.name else path.with_suffix(file.name[len(stem):])))
        return path

    def commit(self) -> None:
        """Rename every staged file over its destination (under the folders' advisory locks).

        Every destination is checked first (a folder cannot be replaced by a file); the files being
        replaced are kept under hidden names (hard links, else copies) until every rename is done,
        so if one rename still fails the earlier ones are undone."""
        for tmp, path in self.staged:
            os.chmod(tmp, 0o644)
            if path.is_dir():
                raise IsADirectoryError(21, "is a folder, not replaced by a file", str(path))
        from .writers import _folder_locks

        with _folder_locks(sorted({p.parent for _, p in self.staged})):
            kept: dict[Path, Path] = {}  # destination -> its previous content
            done: list[Path] = []
            try:
                for _, path in self.staged:
                    if path.is_file():
                        fd, old = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".old", dir=path.parent)
                        os.close(fd)
                        os.unlink(old)
                        try:
                            os.link(path, old)
                        except OSError:
                            shutil.copy2(path, old)
                        kept[path] = Path(old)
                for tmp, path in self.staged:
                    os.replace(tmp, path)
                    done.append(path)
            except BaseException:
                for path in done:  # put the previous files back (or remove what had no predecessor)
                    if path in kept:
                        os.replace(kept.pop(path), path)
                    else:
                        path.unlink(missing_ok=True)
                raise
            finally:
                for old in kept.values():
                    old.unlink(missing_ok=True)

    def discard(self) -> None:
        """Remove the staged files that were not renamed."""
        for tmp, _ in self.staged:
            if tmp.exists():
                tmp.unlink()


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
        degrees and a ``places.csvt`` of the column types, and ``measurements.csv`` when
        ``measurements`` is given).
    sources : dict of str to dict, keyword-only
        The scenario's sources by id, for the KML descriptions' links.
    measurements : pandas.DataFrame, keyword-only
        The long table of :func:`geo.report.measurements`, for ``measurements.csv``.
    name : str, keyword-only
        Base name of the GeoPackage and the KML file.

    Returns
    -------
    list of pathlib.Path
        The files written, as absolute paths (without the ``.csvt`` sidecar).

    Raises
    ------
    geo.errors.GeoError
        If a format is unknown (the message lists the known ones).
    OSError
        If a file cannot be written, or a destination is a folder (``IsADirectoryError``); then
        no destination has been replaced.

    Notes
    -----
    Field types (:func:`typed_layer`): counts, ranks and other whole numbers Integer, other numbers
    Real, booleans Integer(Boolean), text String; ``sources`` and ``source_refs`` are
    ``"; "``-separated lists in one String field, which every format takes. A layer mixing single
    and multi geometries is written all multi; a layer with no feature keeps its fields and its
    geometry type (:data:`LAYER_GEOMETRY`) in the GeoPackage and FlatGeobuf (KML has no empty
    folders). The GeoPackage is version :data:`GPKG_VERSION` and holds QGIS's ``layer_styles``
    table with each layer's QML (:func:`geo.qgis.qml_styles`) as its default style. The KML names
    are plain text, the HTML is only in the descriptions, every field is in ``ExtendedData``, and
    no icon file is referenced; KML has no dashes: confidence is in each description instead. CSV
    text cells that a spreadsheet would run as a formula get a leading ``'``
    (:func:`geo.writers.csv_cell`). All files are written under temporary names and renamed into
    place together once all are written; relative and absolute folders behave the same. On a
    terminal a progress bar on standard error counts the tables written (:mod:`geo.progress`).
    """
    formats = list(dict.fromkeys(formats))
    unknown = [f for f in formats if f not in EXPORT_FORMATS]
    if unknown:
        raise GeoError(f"unknown export format {', '.join(map(repr, unknown))}: use {', '.join(EXPORT_FORMATS)}")
    out_dir = Path(os.path.abspath(out_dir))
    present = {k: typed_layer(layers[k]) for k in _LAYERS if layers.get(k) is not None}
    geometry_types = {k: (LAYER_GEOMETRY[k] if not len(gdf) else None) for k, gdf in present.items()}
    staging = _Staging()
    with_features = [(k, g) for k, g in present.items() if len(g)]
    # a bar on a terminal only (geo.progress), counting the tables written: each layer in each format
    steps = (("gpkg" in formats) * (len(present) + 1) + ("kml" in formats) * len(with_features)
             + ("fgb" in formats) * len(present)
             + ("csv" in formats) * (("places" in present) + (measurements is not None)))
    try:
        with progress(steps, "exporting", "table") as bar:
            if "gpkg" in formats:
                def gpkg(tmp):
                    options = {"VERSION": GPKG_VERSION}
                    for key, gdf in present.items():
                        pyogrio.write_dataframe(gdf, tmp, layer=key, driver="GPKG", geometry_type=geometry_types[key],
                                                dataset_options=options)
                        options = None
                        bar.update()
                    # QGIS reads the default style of each layer from this table
                    pyogrio.write_dataframe(_qgis_styles_table(present), tmp, layer="layer_styles", driver="GPKG")
                    bar.update()
                staging.write(out_dir / f"{name}.gpkg", gpkg)
            if "kml" in formats:
                def kml(tmp):
                    for i, (key, gdf) in enumerate(with_features):
                        pyogrio.write_dataframe(_kml_layer(key, gdf, sources or {}), tmp, layer=key, driver="LIBKML",
                                                append=i > 0)
                        bar.update()
                    _tidy_kml(tmp)
                staging.write(out_dir / f"{name}.kml", kml)
            if "fgb" in formats:
                for key, gdf in present.items():
                    staging.write(out_dir / "fgb" / f"{key}.fgb",
                                  lambda tmp, g=gdf, k=key: pyogrio.write_dataframe(
                                      g, tmp, layer=k, driver="FlatGeobuf", geometry_type=geometry_types[k]))
                    bar.update()
            if "csv" in formats:
                if "places" in present:
                    places = present["places"]
                    table = pd.DataFrame(places.drop(columns=[places.geometry.name, "lon", "lat"], errors="ignore"))
                    table.insert(2, "lon", places.geometry.x.round(6))  # the point itself, whatever the layer says
                    table.insert(3, "lat", places.geometry.y.round(6))
                    # CREATE_CSVT: a places.csvt beside it gives GDAL (QGIS) each column's type
                    staging.write(out_dir / "places.csv",
                                  lambda tmp: pyogrio.write_dataframe(_csv_table(table), tmp, driver="CSV",
                                                                      layer="places",
                                                                      layer_options={"CREATE_CSVT": "YES"}))
                    bar.update()
                if measurements is not None:
                    staging.write(out_dir / "measurements.csv",
                                  lambda tmp: pyogrio.write_dataframe(_csv_table(measurements), tmp, driver="CSV",
                                                                      layer="measurements"))
                    bar.update()
        staging.commit()
    finally:
        staging.discard()
    return [path for tmp, path in staging.staged if path.suffix != ".csvt"]
