"""geo: map the geography of drug trafficking.

Turns what is known about a trafficking economy (a scenario file) into GeoJSON layers, an interactive
map and geodesic measurements. The default scenario is Peru's cocaine economy.

>>> import geo
>>> scenario = geo.load_scenario()              # the embedded Peru scenario
>>> layers = geo.build_layers(scenario)         # dict of GeoDataFrames, EPSG:4326
>>> layers["routes"][["id", "length_km"]]       # doctest: +SKIP
"""

from .audit import Finding, audit
from .build import BuildResult, build
from .bundle import BundleResult, bundle, leak_scan, verify_bundle
from .countries import countries, country_polygon
from .events import EventsError, assign_events, load_events
from .export import EXPORT_FORMATS, export_layers
from .errors import GeoError, GeometryError, OfficialDataWarning, RoutingError, ScenarioError
from .interdict import InterdictResult, interdict, write_displacement
from .layers import LAYER_NAMES, build_layers
from .masking import mask_events
from .measure import (
                      buffer_m,
                      distance_m,
                      geodesic_area_m2,
                      geodesic_circle,
                      geodesic_length_m,
                      geodesic_perimeter_m,
                      length_inside_m,
)
from .official import DataError, cached_official, fetch_official
from .overlay import (
                      assign_places,
                      border_crossings,
                      distance_to_geometry_m,
                      land_border,
                      length_by_area,
                      nearest_of_kind,
                      places_within,
)
from .qgis import qml_styles
from .map import escape_html, make_map, save_map, view_bounds
from .report import air_bridge_capacity, measurements
from .routing import great_circle, leg_geometry, sea_lane
from .scenario import Scenario, default_scenario_path, load_scenario
from .writers import (atomic_write_text, geojson_text, invalid_geometries, json_safe, repair_geometries, to_geojson_dict,
                      write_geojson)

__all__ = [
    "Finding", "audit",
    "BuildResult", "build",
    "BundleResult", "bundle", "leak_scan", "verify_bundle", "mask_events",
    "countries", "country_polygon",
    "GeoError", "GeometryError", "OfficialDataWarning", "RoutingError", "ScenarioError", "DataError",
    "cached_official", "fetch_official",
    "LAYER_NAMES", "build_layers",
    "assign_places", "border_crossings", "distance_to_geometry_m", "land_border", "length_by_area",
    "nearest_of_kind", "places_within",
    "buffer_m", "distance_m", "geodesic_area_m2", "geodesic_length_m", "geodesic_perimeter_m", "length_inside_m", "geodesic_circle",
    "escape_html", "make_map", "save_map", "view_bounds",
    "EventsError", "assign_events", "load_events",
    "EXPORT_FORMATS", "export_layers", "qml_styles",
    "interdict", "InterdictResult", "write_displacement",
    "air_bridge_capacity", "measurements",
    "great_circle", "leg_geometry", "sea_lane",
    "Scenario", "default_scenario_path", "load_scenario",
    "atomic_write_text", "geojson_text", "json_safe", "to_geojson_dict", "write_geojson", "invalid_geometries",
    "repair_geometries",
]
__version__ = "0.1.0"
