"""Command line: ``python -m geo build | distance | regions``."""

from __future__ import annotations

import argparse
import sys
import unicodedata
import warnings

from .errors import GeoError
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
        raise GeoError(f"{scenario.path}: no place matches {query!r}; known ids: {', '.join(p['id'] for p in places)}")
    raise GeoError(f"{scenario.path}: {query!r} matches several places: {', '.join(p['id'] for p in partial)}")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m geo",
        description="Map the geography of a drug-trafficking economy: GeoJSON layers, an interactive map "
                    "and geodesic measurements. The default scenario is Peru's cocaine economy.")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = sub.add_parser("build", help="write layers/*.geojson, the HTML map and the measurements report")
    b.add_argument("--scenario", help="scenario YAML file (default: the embedded Peru scenario)")
    b.add_argument("--layers-dir", default="layers", help="folder for the GeoJSON layers (default: layers)")
    b.add_argument("--out", default="build", help="folder for the map and the report (default: build)")

    d = sub.add_parser("distance", help="geodesic distance between two places (km and nautical miles)")
    d.add_argument("place_a", metavar="PLACE")
    d.add_argument("place_b", metavar="PLACE")
    d.add_argument("--scenario", help="scenario YAML file (default: the embedded Peru scenario)")

    s = sub.add_parser("screenshot", help="PNG of a built map, taken in headless Chromium with the network blocked")
    s.add_argument("map_html", metavar="MAP_HTML")
    s.add_argument("png", metavar="PNG")
    s.add_argument("--width", type=int, default=1400)
    s.add_argument("--height", type=int, default=900)

    data = sub.add_parser("data", help="official boundary data: download once into the cache")
    data_sub = data.add_subparsers(dest="data_command", required=True, metavar="ACTION")
    fetch = data_sub.add_parser("fetch", help="download the INEI 2007 department/province/district boundaries and check their SHA-256")
    fetch.add_argument("--mirror", help="local folder or base URL with the same files (default: $GEO_DATA_MIRROR, else the public origin)")
    fetch.add_argument("--cache", help="cache folder (default: $GEO_DATA_CACHE, else the per-user cache)")

    r = sub.add_parser("regions", help="geodesic area of every region, beside official areas")
    r.add_argument("--scenario", help="scenario YAML file (default: the embedded Peru scenario)")
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 2 bad input). Warnings go to stderr
    as ``warning: ...`` lines."""
    args = _parser().parse_args(argv)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        status = _run(args)
    for w in caught:
        print(f"warning: {w.message}", file=sys.stderr)
    return status


def _run(args) -> int:
    # Imported here so that --help answers without loading the geospatial stack.
    from .scenario import load_scenario

    try:
        if args.command == "build":
            from .build import build

            result = build(args.scenario, layers_dir=args.layers_dir, out_dir=args.out)
            print(result.summary)
            for path in [*result.layer_paths.values(), result.map_path, result.csv_path, result.markdown_path]:
                print(f"wrote {path}")
        elif args.command == "distance":
            from .measure import distance_m

            scen = load_scenario(args.scenario)
            a, b = find_place(scen, args.place_a), find_place(scen, args.place_b)
            dist = distance_m(a["lon"], a["lat"], b["lon"], b["lat"])
            print(f"{a['name']} → {b['name']}: {m_to_km(dist):,.1f} km, {m_to_nm(dist):,.1f} nmi "
                  f"(geodesic, WGS84)")
        elif args.command == "data":
            from .official import fetch_official

            files = fetch_official(mirror=args.mirror, cache_dir=args.cache)
            for level, path in files.items():
                print(f"{level:<10} {path}  (SHA-256 checked)")
        elif args.command == "screenshot":
            from pathlib import Path

            from .snapshot import open_map

            Path(args.png).parent.mkdir(parents=True, exist_ok=True)
            with open_map(args.map_html, width=args.width, height=args.height) as view:
                view.page.screenshot(path=args.png)
            print(f"wrote {args.png}")
        elif args.command == "regions":
            import pandas as pd

            from .layers import build_layers

            from .build import resolve_official

            scen = load_scenario(args.scenario)
            regions = build_layers(scen, official_files=resolve_official(scen))["regions"]
            print(f"{'region':<26} {'area_km2':>12} {'official_km2':>13} {'gap_%':>7}  geometry")
            for r in regions.itertuples():
                has_official = pd.notna(r.official_area_km2)
                off = f"{r.official_area_km2:>13,.1f} {r.area_gap_pct:>+7.1f}" if has_official else f"{'':>13} {'':>7}"
                print(f"{r.id:<26} {r.area_km2:>12,.1f} {off}  {r.geometry_kind}")
    except GeoError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0
