"""Command line: ``python -m geo build | distance | regions | audit | ...``."""

from __future__ import annotations

import argparse
import signal
import sys
import unicodedata
import warnings

from .errors import GeoError, OfficialDataWarning
from .units import m_to_km, m_to_nm

__all__ = ["main", "find_place"]


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()


def find_place(scenario, query: str) -> dict:
    """The place of a scenario named by id or by name (case and accents ignored).

    Raises
    ------
    GeoError
        If no place matches, or a name matches several places; the message lists candidates.
    """
    places = scenario.places
    q = _fold(query)
    exact = [p for p in places if _fold(p["id"]) == q or _fold(p["name"]) == q]
    if len(exact) == 1:
        return exact[0]
    partial = exact or [p for p in places if q and (q in _fold(p["name"]) or q in _fold(p["id"]))]
    if len(partial) == 1:
        return partial[0]
    if not partial:
        raise GeoError(f"{scenario.path}: no place matches {query!r}"
                       + _suggest(q, {**{_fold(p['id']): p['id'] for p in places},
                                      **{_fold(p['name']): p['id'] for p in places}}))
    raise GeoError(f"{scenario.path}: {query!r} matches several places: {', '.join(p['id'] for p in partial)}")


def _suggest(folded_query: str, candidates: dict) -> str:
    """``"; did you mean 'a' or 'b'?"`` from the closest candidates (:func:`difflib.get_close_matches`
    on folded text; ``candidates`` maps folded text to the id to show), or a hint when none is close."""
    import difflib

    close = difflib.get_close_matches(folded_query, list(candidates), n=3, cutoff=0.6)
    ids = list(dict.fromkeys(candidates[c] for c in close))
    if not ids:
        return f"; none of the {len(set(candidates.values()))} known ids is close"
    return "; did you mean " + " or ".join(repr(i) for i in ids) + "?"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m geo",
        description="Map the geography of a drug-trafficking economy: GeoJSON layers, an interactive map "
                    "and geodesic measurements. The default scenario is Peru's cocaine economy.")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = sub.add_parser("build", help="write layers/*.geojson, the HTML map and the measurements report")
    b.add_argument("--scenario", help="scenario YAML file (default: the embedded Peru scenario)")
    b.add_argument("--layers-dir", help="folder for the GeoJSON layers (default: layers for the embedded scenario, "
                                        "OUT/layers for a --scenario file, so the committed layers are not replaced)")
    b.add_argument("--out", default="build", help="folder for the map and the report (default: build)")
    b.add_argument("--offline", action="store_true",
                   help="write a self-contained map that works with no network (scripts inlined, no tiles), "
                        "as OUT/<map>_offline.html beside the online map")
    b.add_argument("--allow-sketch", action="store_true",
                   help="let a build without the official boundaries replace layers or a map built with them")
    b.add_argument("--force", action="store_true",
                   help="write even into /, the home folder or the repository root when they hold files")
    b.add_argument("--events", metavar="FILE",
                   help="point events (CSV with lon/lat columns, or GeoJSON points) to place and map; "
                        "written with their country, regions and nearest route to OUT/events.geojson")
    b.add_argument("--events-types", metavar="COL=TYPE,...",
                   help="types of event columns, overriding the guess: e.g. ubigeo=str,kg=float (str, int, float, bool)")
    b.add_argument("--strict", action="store_true",
                   help="refuse doubtful events (at 0,0 or far from every scenario feature) instead of warning")
    b.add_argument("--png", metavar="PNG", help="also write a PNG of the map for reports (headless Chromium, 1400×900)")

    e = sub.add_parser("export", help="GeoPackage, KML, FlatGeobuf and CSV of the layers, written by GDAL")
    e.add_argument("--format", action="append", choices=["gpkg", "kml", "fgb", "csv"], dest="formats",
                   help="a format to write (repeat for several; default: all four)")
    e.add_argument("--scenario", help="scenario YAML file (default: the embedded Peru scenario)")
    e.add_argument("--out", default="build/exports", help="folder for the exports (default: build/exports)")
    e.add_argument("--force", action="store_true",
                   help="write even into /, the home folder or the repository root when they hold files")

    d = sub.add_parser("distance", help="geodesic distance between two places (km and nautical miles)")
    d.add_argument("place_a", metavar="PLACE")
    d.add_argument("place_b", metavar="PLACE")
    d.add_argument("--scenario", help="scenario YAML file (default: the embedded Peru scenario)")

    s = sub.add_parser("screenshot", help="PNG of a built map, taken in headless Chromium with the network blocked")
    s.add_argument("map_html", metavar="MAP_HTML")
    s.add_argument("png", metavar="PNG")
    s.add_argument("--width", type=int, default=1400)
    s.add_argument("--height", type=int, default=900)

    n = sub.add_parser("near", help="places within a distance (km, geodesic) of a place, a point, a route or a border")
    target = n.add_mutually_exclusive_group(required=True)
    target.add_argument("--place", help="a place id or name")
    target.add_argument("--lonlat", nargs=2, type=float, metavar=("LON", "LAT"), help="a point in degrees")
    target.add_argument("--route", help="a route id")
    target.add_argument("--border", metavar="ISO[:ISO]", help="a country's land border (ISO 3166 alpha-3), or the border between two: PER:BOL")
    n.add_argument("--km", type=float, required=True, help="distance in kilometres")
    n.add_argument("--kind", help="only places of this kind (town, port, military_base, ...)")
    n.add_argument("--scenario", help="scenario YAML file (default: the embedded Peru scenario)")

    rt = sub.add_parser("route", help="one route: legs, km and share per country and region, border crossings")
    rt.add_argument("route_id", metavar="ROUTE")
    rt.add_argument("--scenario", help="scenario YAML file (default: the embedded Peru scenario)")

    data = sub.add_parser("data", help="official boundary data: download once into the cache")
    data_sub = data.add_subparsers(dest="data_command", required=True, metavar="ACTION")
    fetch = data_sub.add_parser("fetch", help="download the INEI 2007 department/province/district boundaries and check their SHA-256")
    fetch.add_argument("--mirror", help="local folder or base URL with the same files (default: $GEO_DATA_MIRROR, else the public origin)")
    fetch.add_argument("--cache", help="cache folder (default: $GEO_DATA_CACHE, else the per-user cache)")

    au = sub.add_parser("audit", help="list every feature shown surer than its sources and drawing allow "
                                      "(exit status 1 if there is any)")
    au.add_argument("--scenario", help="scenario YAML file (default: the embedded Peru scenario)")
    au.add_argument("--layers", metavar="DIR", help="audit the GeoJSON layers already in DIR (default: build them now)")
    bu = sub.add_parser("bundle", help="one zip to share: offline map, layers, measurements, sources, method and "
                                       "manifest, events masked; `bundle verify FILE.zip` checks one")
    bu.add_argument("--scenario", help="scenario YAML file (default: the embedded Peru scenario)")
    bu.add_argument("--events", metavar="FILE", help="point events (CSV or GeoJSON) to mask and include")
    bu.add_argument("--out", metavar="FILE.zip", help="the zip to write (default: build/<scenario id>_bundle.zip)")
    bu.add_argument("--mask", metavar="METHOD", help="required with --events: donut:MIN_M:MAX_M, hex:RES, "
                                                     "admin:LEVEL (country, department, province, district) or none")
    bu.add_argument("--min-count", type=int, metavar="K", help="hex/admin: leave out cells with fewer than K events "
                                                               "(default 5)")
    bu.add_argument("--keep", metavar="COLS", help="comma-separated event columns to keep (all others are dropped)")
    bu_key = bu.add_mutually_exclusive_group()
    bu_key.add_argument("--key-file", metavar="FILE", help="donut: file holding the secret key (never stored)")
    bu_key.add_argument("--key-env", metavar="VAR", help="donut: environment variable holding the secret key")
    bu.add_argument("--no-png", action="store_true", help="leave out the PNG even when Chromium is present")
    bu_sub = bu.add_subparsers(dest="bundle_command", metavar="verify")
    bu_verify = bu_sub.add_parser("verify", help="recompute every hash of a bundle; non-zero exit if anything "
                                                 "was changed, added or removed")
    bu_verify.add_argument("zip", metavar="FILE.zip")
    w = sub.add_parser("interdict", help="what if: close places, regions, modes or legs and see where the least-cost "
                                         "paths of the scenario's od_pairs move, how far and at what cost")
    w.add_argument("--scenario", help="scenario YAML file (default: the embedded Peru scenario)")
    w.add_argument("--close", action="append", default=[], metavar="KIND:ID",
                   help="close place:ID, region:ID, mode:MODE (mode:MODE@REGION: only edges leaving the region), "
                        "leg:ROUTE__N or link:ID (repeat for several)")
    w.add_argument("--intervention", action="append", metavar="ID",
                   help="apply this intervention of the scenario (repeat; 'all' for every one). Default: all of "
                        "them when no --close is given, none otherwise")
    w.add_argument("--best", type=int, default=0, metavar="K",
                   help="also find the exact K places or edges whose closure raises the least costs the most, and "
                        "rank places and edges by betweenness over the pairs")
    w.add_argument("--out", default="build/interdict", help="folder for displacement.geojson, displacement.md and "
                                                            "displacement_map.html (default: build/interdict)")
    w.add_argument("--no-map", action="store_true", help="do not write displacement_map.html")
    w.add_argument("--force", action="store_true", help="write into /, the home folder or the repository root even "
                                                        "when they hold files")

    r = sub.add_parser("regions", help="geodesic area of every region, beside official areas")
    r.add_argument("--scenario", help="scenario YAML file (default: the embedded Peru scenario)")

    # --debug is accepted before or after the command: python -m geo --debug build, or build --debug.
    p.add_argument("--debug", action="store_true", help="on an unexpected error, show the full traceback")
    for command in list(sub.choices.values()):
        if not any("--debug" in a.option_strings for a in command._actions):
            command.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                                 help="on an unexpected error, show the full traceback")
    return p


#: What each command is doing, for the one-line message of an unexpected error.
_DOING = {"build": "building the layers, map and report", "export": "exporting the layers",
          "distance": "measuring a distance", "screenshot": "taking a screenshot of a map",
          "near": "finding places near a target", "route": "describing a route",
          "data": "fetching the official boundaries", "regions": "measuring the regions"}


def _files_of(args) -> str:
    """The input and output files a command was given, for a message."""
    named = [f"{flag} {value}" for flag, value in
             (("--scenario", getattr(args, "scenario", None)), ("--events", getattr(args, "events", None)),
              ("--out", getattr(args, "out", None)), ("--layers-dir", getattr(args, "layers_dir", None)),
              ("map", getattr(args, "map_html", None))) if value]
    if hasattr(args, "scenario") and not getattr(args, "scenario", None):
        named.insert(0, "the embedded Peru scenario")
    return ", ".join(named)


def _one_line(text: str, limit: int = 300) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text):,} characters in all)"


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 2 bad input). Warnings go to stderr
    as ``warning: ...`` lines; a command that fails leaves out the warning that the official
    boundaries are missing (it is about the machine, not about what failed), so that an error is
    its one line."""
    args = _parser().parse_args(argv)
    previous_sigterm = _sigterm_as_interrupt()
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("default")
            status = None
            try:
                status = _run(args)
            finally:
                for w in caught:
                    if status != 0 and issubclass(w.category, OfficialDataWarning):
                        continue
                    print(f"warning: {w.message}", file=sys.stderr)
    except KeyboardInterrupt:
        print("interrupted: earlier outputs are unchanged", file=sys.stderr)
        return 130
    except ImportError as exc:
        # e.g. a folder named geo in the current folder shadowing the installed toolkit
        import geo

        where = getattr(geo, "__file__", None) or ", ".join(getattr(geo, "__path__", []))
        print(f"error: cannot import {exc.name or ''} ({_one_line(exc)}): Python took the package 'geo' from {where}, "
              "which is not a complete copy of this toolkit (another version, or another project's folder named "
              "geo in the current folder); run from another folder or reinstall", file=sys.stderr)
        if getattr(args, "debug", False):
            raise
        return 1
    except Exception as exc:  # noqa: BLE001 - the last resort: one line instead of a traceback
        if getattr(args, "debug", False):
            raise
        files = _files_of(args)
        print(f"error: unexpected {type(exc).__name__} while {_DOING.get(args.command, args.command)}"
              f"{f' ({files})' if files else ''}: {_one_line(exc)}; rerun with --debug for the traceback",
              file=sys.stderr)
        return 1
    finally:
        if previous_sigterm is not None:
            signal.signal(signal.SIGTERM, previous_sigterm)
    return status


def _sigterm_as_interrupt():
    """Handle SIGTERM as Ctrl-C (SIGINT) while a command runs, so that temporary files are removed
    and replaced outputs restored the same way; returns the previous handler (None if unchanged)."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        return None

    def interrupt(signum, frame):
        raise KeyboardInterrupt(f"signal {signum}")

    return signal.signal(signal.SIGTERM, interrupt)


def _run(args) -> int:
    # Imported here so that --help answers without loading the geospatial stack.
    from .scenario import load_scenario

    try:
        if args.command == "build":
            from .build import build

            from pathlib import Path

            if args.png is not None:  # checked before anything is built or written
                png = Path(args.png)
                if png.suffix.lower() != ".png":
                    raise GeoError(f"--png {args.png!r}: give a file name ending in .png")
                if png.is_dir():
                    raise GeoError(f"--png {args.png}: is a folder; give the PNG file to write")
            layers_dir = args.layers_dir or (Path(args.out) / "layers" if args.scenario else "layers")
            result = build(args.scenario, layers_dir=layers_dir, out_dir=args.out, offline=args.offline,
                           events=args.events, strict=args.strict, events_types=args.events_types,
                           allow_sketch=args.allow_sketch, force=args.force,
                           sketch_layers_dir=None if args.layers_dir else Path(args.out) / "layers")
            print(result.summary)
            for path in result.removed:
                print(f"removed {path} (sketch layers of an earlier build, now stale beside the official ones)")
            for path in [*result.layer_paths.values(), *result.style_paths.values(), result.map_path, result.csv_path,
                         result.markdown_path, *([result.events_path] if result.events_path else [])]:
                print(f"wrote {path}")
            if args.png:
                from .snapshot import save_png

                print(f"wrote {save_png(result.map_path, args.png)}")
        elif args.command == "export":
            from .export import EXPORT_FORMATS, export_layers
            from .outputs import check_output_folder
            from .report import measurements

            check_output_folder(args.out, option="--out", force=args.force)
            scen, layers = _layers_for(args, load_scenario)
            for path in export_layers(layers, args.out, args.formats or list(EXPORT_FORMATS), sources=scen.sources,
                                      measurements=measurements(scen, layers), name=scen.id):
                print(f"wrote {path}")
        elif args.command == "distance":
            scen = load_scenario(args.scenario)
            a, b = find_place(scen, args.place_a), find_place(scen, args.place_b)
            dist = _geod().inv(a["lon"], a["lat"], b["lon"], b["lat"])[2]
            print(f"{a['name']} → {b['name']}: {m_to_km(dist):,.1f} km, {m_to_nm(dist):,.1f} nmi "
                  f"(geodesic, WGS84)")
        elif args.command in ("near", "route"):
            _near_or_route(args, load_scenario)
        elif args.command == "data":
            from .official import fetch_official

            files = fetch_official(mirror=args.mirror, cache_dir=args.cache)
            for level, path in files.items():
                print(f"{level:<10} {path}  (SHA-256 checked)")
        elif args.command == "screenshot":
            from .snapshot import save_png

            print(f"wrote {save_png(args.map_html, args.png, width=args.width, height=args.height)}")
        elif args.command == "audit":
            from .audit import audit, audit_text, read_layers

            scen = load_scenario(args.scenario)
            findings = audit(scen, read_layers(args.layers) if args.layers else None)
            print(audit_text(findings, scenario=scen))
            return 1 if findings else 0
        elif args.command == "bundle":
            from .bundle import cli_bundle

            status, lines, problems = cli_bundle(args)
            if lines:
                print("\n".join(lines))
            if problems:
                print("\n".join(problems), file=sys.stderr)
            return status
        elif args.command == "interdict":
            from .interdict import run_cli

            run_cli(args)
        elif args.command == "regions":
            import pandas as pd

            regions = _layers_for(args, load_scenario)[1]["regions"]
            print(f"{'region':<26} {'area_km2':>12} {'official_km2':>13} {'gap_%':>7}  geometry")
            for r in regions.itertuples():
                official = f"{r.official_area_km2:>13,.1f}" if pd.notna(r.official_area_km2) else f"{'':>13}"
                gap = f"{r.area_gap_pct:>+7.1f}" if pd.notna(r.area_gap_pct) else f"{'':>7}"
                off = f"{official} {gap}"
                print(f"{r.id:<26} {r.area_km2:>12,.1f} {off}  {r.geometry_kind}")
    except GeoError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: cannot write {exc.filename or ''}: {exc.strerror or exc}; earlier outputs are unchanged",
              file=sys.stderr)
        return 1
    return 0


def _geod():
    """The WGS84 ellipsoid of :data:`geo.measure.GEOD`, made here so that the light commands
    load pyproj alone (geo.measure also loads shapely)."""
    from pyproj import Geod

    return Geod(ellps="WGS84")


def _official(scen):
    from .build import resolve_official

    return resolve_official(scen)


def _layers_for(args, load_scenario):
    """The scenario and its layers, taken from the layer cache when nothing they depend on has
    changed (:func:`geo.cache.layers_for`)."""
    from .cache import layers_for

    scen = load_scenario(args.scenario)
    return scen, layers_for(scen, _official(scen))[0]


def _layer_features(scen, name: str) -> list[dict]:
    """The features of one layer as plain dicts (GeoJSON), from the layer cache when it holds
    this scenario's layers; else the layers are built (and stored) first. No geospatial import on
    a cache hit."""
    from .cache import layers_for, layers_geojson, layers_key

    official = _official(scen)
    key = layers_key(scen, official)
    collection = layers_geojson(key, name)
    if collection is None:
        layers, key = layers_for(scen, official)
        collection = layers_geojson(key, name)
        if collection is None:  # the cache is off or cannot be written
            from .writers import to_geojson_dict

            collection = to_geojson_dict(layers[name])
    return collection["features"]


def _unknown_route(scen, route_id: str, routes: list[dict]) -> GeoError:
    ids = [r["properties"]["id"] for r in routes]
    return GeoError(f"{scen.path}: no route {route_id!r}" + _suggest(_fold(route_id), {_fold(i): i for i in ids}))


def _print_route(scen, route_id: str) -> None:
    routes = _layer_features(scen, "routes")
    match = [f["properties"] for f in routes if f["properties"]["id"] == route_id]
    if not match:
        raise _unknown_route(scen, route_id, routes)
    r = match[0]
    print(f"{route_id}: {r['name']}")
    straight = f", of which {r['straight_line_km']:,.1f} km straight-line between towns" if r.get("straight_line_km") else ""
    print(f"  length {r['length_km']:,.1f} km, {r['length_nm']:,.1f} nmi (geodesic{straight}); "
          f"confidence {r['confidence']}; drawing {r['drawing']}")
    legs = [f["properties"] for f in _layer_features(scen, "legs") if f["properties"]["route_id"] == route_id]
    print("  legs:")
    for leg in legs:
        print(f"    {leg['leg_seq']}. {leg['name']:<45} {leg['mode']:<10} {leg['length_km']:>9,.1f} km  "
              f"{leg['length_kind']}, {leg['confidence']}, {leg['drawing']}")
    for title in ("countries", "regions"):
        print(f"  {title} (km and share of the route):")
        for item in (r[title] or "none").split("; "):
            print(f"    {item}")
    crossings = [f for f in _layer_features(scen, "crossings") if f["properties"]["route_id"] == route_id]
    print("  border crossings:" if crossings else "  border crossings: none")
    for f in crossings:
        x, (lon, lat) = f["properties"], f["geometry"]["coordinates"][:2]
        print(f"    {x['from_country']} → {x['to_country']} at km {x['km_from_start']:,.1f} "
              f"(lon {lon:.5f}, lat {lat:.5f})")


def _near_point(scen, args, lon: float, lat: float, what: str, exclude: str | None) -> None:
    """Places within ``args.km`` of a point: geodesic point-to-point distances (WGS84), the same
    figures as :func:`geo.overlay.places_within` gives for a point, from the cached places layer."""
    import numpy as np

    from .units import M_PER_KM

    places = [f["properties"] for f in _layer_features(scen, "places")]
    if args.kind:
        kinds = sorted({p["kind"] for p in places})
        if args.kind not in kinds:
            raise GeoError(f"--kind {args.kind!r}: no place of that kind; kinds: {', '.join(kinds)}")
        places = [p for p in places if p["kind"] == args.kind]
    places = [p for p in places if p["id"] != exclude]
    n = len(places)
    d = _geod().inv(np.array([p["lon"] for p in places], dtype=float), np.array([p["lat"] for p in places], dtype=float),
                    np.full(n, lon, dtype=float), np.full(n, lat, dtype=float))[2] if n else np.zeros(0)
    km = np.round(d / M_PER_KM, 1)
    hits = sorted((k, p["id"], p) for k, dd, p in zip(km, d, places) if dd <= args.km * M_PER_KM)
    print(f"{len(hits)} place(s) within {args.km:g} km of {what} (geodesic):")
    for k, _, h in hits:
        print(f"  {h['id']:<24} {h['kind']:<16} {k:>8,.1f} km  {h['name']}")


def _near_or_route(args, load_scenario) -> None:
    scen = load_scenario(args.scenario)
    if args.command == "route":
        _print_route(scen, args.route_id)
        return
    if not (args.km > 0 and args.km < 40_100):  # also refuses nan
        raise GeoError(f"--km {args.km}: give a distance in km greater than 0 (and under Earth's circumference)")
    if args.place:
        p = find_place(scen, args.place)
        _near_point(scen, args, p["lon"], p["lat"], p["name"], exclude=p["id"])
        return
    if args.lonlat:
        lon, lat = args.lonlat
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            raise GeoError(f"--lonlat {lon} {lat}: longitude must be within ±180 and latitude within ±90")
        _near_point(scen, args, lon, lat, f"({lon}, {lat})", exclude=None)
        return
    if args.route:  # checked on the cached layer before the geospatial stack is loaded
        routes = _layer_features(scen, "routes")
        if args.route not in {f["properties"]["id"] for f in routes}:
            raise _unknown_route(scen, args.route, routes)

    from .overlay import land_border, places_within
    from .units import M_PER_KM

    layers = _layers_for(args, lambda _path: scen)[1]
    places, routes = layers["places"], layers["routes"]
    if args.kind:
        kinds = sorted(set(places["kind"]))
        if args.kind not in kinds:
            raise GeoError(f"--kind {args.kind!r}: no place of that kind; kinds: {', '.join(kinds)}")
        places = places[places["kind"] == args.kind]
    if args.route:
        geom, what = routes.set_index("id").geometry[args.route], f"route {args.route}"
    else:
        iso = args.border.upper().split(":")
        if len(iso) > 2 or not all(iso):
            raise GeoError(f"--border {args.border}: give one country (PER) or two (PER:BOL)")
        try:
            geom = land_border(iso[0], iso[1] if len(iso) > 1 else None)
        except (KeyError, ValueError) as exc:
            raise GeoError(f"--border {args.border}: {exc.args[0]}") from exc
        if geom.is_empty:
            raise GeoError(f"--border {args.border}: no land border in Natural Earth "
                           + ("between these countries" if len(iso) == 2 else "for this country"))
        what = f"the land border {'–'.join(iso)}"
    hits = places_within(places, geom, args.km * M_PER_KM)
    print(f"{len(hits)} place(s) within {args.km:g} km of {what} (geodesic):")
    for h in hits.itertuples():
        print(f"  {h.id:<24} {h.kind:<16} {h.distance_km:>8,.1f} km  {h.name}")
