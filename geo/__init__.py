"""geo: map the geography of drug trafficking.

Turns what is known about a trafficking economy (a scenario file) into GeoJSON layers, an interactive
map and geodesic measurements. The default scenario is Peru's cocaine economy.

>>> import geo
>>> scenario = geo.load_scenario()              # the embedded Peru scenario
>>> layers = geo.build_layers(scenario)         # dict of GeoDataFrames, EPSG:4326
>>> layers["routes"][["id", "length_km"]]       # doctest: +SKIP
"""

import sys
import types

# Public names and the module of each, imported on first use (PEP 562), so that `import geo`
# and the command line do not load the geospatial stack before a command needs it. A new public
# name is added here, with its module, and to __all__.
_LAZY = {
    **dict.fromkeys(['Finding', 'audit'], 'audit'),
    **dict.fromkeys(['BuildResult', 'build'], 'build'),
    **dict.fromkeys(['countries', 'country_polygon'], 'countries'),
    **dict.fromkeys(['EventsError', 'assign_events', 'load_events'], 'events'),
    **dict.fromkeys(['EXPORT_FORMATS', 'export_layers'], 'export'),
    **dict.fromkeys(['GeoError', 'GeometryError', 'OfficialDataWarning', 'RoutingError', 'ScenarioError'], 'errors'),
    **dict.fromkeys(['LAYER_NAMES', 'build_layers'], 'layers'),
    **dict.fromkeys(['buffer_m', 'distance_m', 'geodesic_area_m2', 'geodesic_circle', 'geodesic_length_m', 'geodesic_perimeter_m', 'length_inside_m'], 'measure'),
    **dict.fromkeys(['DataError', 'cached_official', 'fetch_official'], 'official'),
    **dict.fromkeys(['assign_places', 'border_crossings', 'distance_to_geometry_m', 'land_border', 'length_by_area', 'nearest_of_kind', 'places_within'], 'overlay'),
    **dict.fromkeys(['qml_styles'], 'qgis'),
    **dict.fromkeys(['escape_html', 'make_map', 'save_map', 'view_bounds'], 'map'),
    **dict.fromkeys(['BundleResult', 'bundle', 'leak_scan', 'verify_bundle'], 'bundle'),
    **dict.fromkeys(['InterdictResult', 'interdict', 'write_displacement'], 'interdict'),
    **dict.fromkeys(['mask_events'], 'masking'),
    **dict.fromkeys(['air_bridge_capacity', 'measurements'], 'report'),
    **dict.fromkeys(['great_circle', 'leg_geometry', 'sea_lane'], 'routing'),
    **dict.fromkeys(['Scenario', 'default_scenario_path', 'load_scenario'], 'scenario'),
    **dict.fromkeys(['atomic_write_text', 'geojson_text', 'invalid_geometries', 'json_safe', 'repair_geometries', 'to_geojson_dict', 'write_geojson'], 'writers'),
}

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


class _Package(types.ModuleType):
    """The package module, keeping ``geo.build``, ``geo.countries``, ``geo.audit``, ``geo.bundle`` and
    ``geo.interdict`` the public functions.

    Importing a submodule sets the package attribute of its name to the submodule; these public
    functions share their module's name, so that attribute is set to the function instead, as the
    eager imports of earlier versions did."""

    def __setattr__(self, name: str, value) -> None:
        if (isinstance(value, types.ModuleType) and _LAZY.get(name) == name
                and value.__name__ == f"{__name__}.{name}" and hasattr(value, name)):
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'geo' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
