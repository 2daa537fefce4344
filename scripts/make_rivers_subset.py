"""Write the river centrelines that the toolkit routes river legs along (package data).

Reads Natural Earth 1:10m "Rivers + lake centerlines" as GeoJSON (the whole world file or any subset
of it), keeps only the rivers listed in ``RIVERS`` (by Natural Earth ``rivernum``), and writes

- ``geo/data/rivers_ne10m.geojson``: one feature per input feature kept, properties ``name``,
  ``name_en``, ``rivernum``, ``featurecla``, ``scalerank``; coordinates rounded to 6 decimals
  (about 0.1 m), EPSG:4326, one feature per line;
- ``geo/data/rivers_ne10m.provenance.json``: origin, version, licence, the rivers kept and the
  SHA-256 of the input and of the output (a test checks the output against it);
- ``geo/data/rivers_README.md``: the same for a reader.

Usage::

    python scripts/make_rivers_subset.py INPUT.geojson [--out-dir geo/data]

The input used for the shipped file is ``ne_10m_rivers_lake_centerlines.json`` of the
``martynafford/natural-earth-geojson`` repository (its South American features); running the script
again on the same input gives a byte-identical output.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path

#: Natural Earth ``rivernum`` -> why the river is kept. Only rivers that a scenario's river legs use.
RIVERS = {
    2: "Amazonas (Solimões in Brazil above Manaus): the Peru scenario's river route from the triple frontier",
    10: "Ucayali: joins the Marañón to form the Amazon above Iquitos",
    183: "Marañón: joins the Ucayali to form the Amazon above Iquitos",
    78: "Negro: its mouth at Manaus, where the Peru scenario's river route ends",
}

UPSTREAM = {
    "dataset": "Natural Earth 1:10m physical vectors, Rivers + lake centerlines (ne_10m_rivers_lake_centerlines)",
    "natural_earth_url": "https://www.naturalearthdata.com/downloads/10m-physical-vectors/10m-rivers-lake-centerlines/",
    "natural_earth_version": ("4.0 (as converted to GeoJSON by martynafford/natural-earth-geojson; that repository "
                              "does not state the exact point release)"),
    "geojson_url": ("https://github.com/martynafford/natural-earth-geojson/blob/"
                    "0b9a6ceb/10m/physical/ne_10m_rivers_lake_centerlines.json"),
    "licence": "Public domain (Natural Earth terms of use: https://www.naturalearthdata.com/about/terms-of-use/); "
               "the GeoJSON conversion is CC0 1.0",
}

PROPERTIES = ("name", "name_en", "rivernum", "featurecla", "scalerank")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _round(coords):
    if coords and isinstance(coords[0], (int, float)):
        return [round(float(c), 6) for c in coords]
    return [_round(c) for c in coords]


def subset(collection: dict) -> dict:
    """The features of the rivers in :data:`RIVERS`, sorted by rivernum then feature class."""
    kept = []
    for feature in collection.get("features", []):
        props = feature.get("properties") or {}
        try:
            num = int(props.get("rivernum"))
        except (TypeError, ValueError):
            continue
        if num not in RIVERS:
            continue
        geom = feature["geometry"]
        out_props = {k: props.get(k) for k in PROPERTIES}
        out_props["rivernum"] = num
        kept.append({"type": "Feature", "properties": out_props,
                     "geometry": {"type": geom["type"], "coordinates": _round(geom["coordinates"])}})
    kept.sort(key=lambda f: (f["properties"]["rivernum"], str(f["properties"]["featurecla"])))
    missing = sorted(set(RIVERS) - {f["properties"]["rivernum"] for f in kept})
    if missing:
        raise SystemExit(f"the input has no feature with rivernum {missing}: is it Natural Earth 1:10m rivers?")
    return {"type": "FeatureCollection", "features": kept}


def _dumps(collection: dict) -> bytes:
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in collection["features"]]
    return ('{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n").encode("utf-8")


def _write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", type=Path, help="Natural Earth 1:10m rivers_lake_centerlines GeoJSON")
    parser.add_argument("--out-dir", type=Path, default=Path(__file__).resolve().parent.parent / "geo" / "data")
    args = parser.parse_args(argv)
    raw = args.input.read_bytes()
    out = _dumps(subset(json.loads(raw)))
    provenance = {
        **UPSTREAM,
        "input_file": args.input.name,
        "input_sha256": _sha256(raw),
        "output_file": "rivers_ne10m.geojson",
        "output_sha256": _sha256(out),
        "rivers_kept": {str(k): v for k, v in RIVERS.items()},
        "changes": "features filtered by rivernum; properties reduced to " + ", ".join(PROPERTIES)
                   + "; coordinates rounded to 6 decimals; geometry otherwise unchanged",
        "crs": "EPSG:4326 (WGS 84 longitude, latitude)",
        "made_by": "scripts/make_rivers_subset.py",
    }
    readme = "\n".join([
        "# River centrelines (package data)",
        "",
        "`rivers_ne10m.geojson` holds the river centrelines that `geo.routing` routes `river` legs along,",
        "so that a river leg's length is the length of the river between its ends.",
        "",
        f"- Origin: {UPSTREAM['dataset']}, <{UPSTREAM['natural_earth_url']}>.",
        f"- Version: Natural Earth {UPSTREAM['natural_earth_version']}.",
        f"- File read: `{args.input.name}`, a subset of <{UPSTREAM['geojson_url']}>"
        f" (SHA-256 `{provenance['input_sha256']}`).",
        f"- Licence: {UPSTREAM['licence']}.",
        f"- CRS: {provenance['crs']}.",
        f"- Changes: {provenance['changes']}.",
        f"- Output SHA-256: `{provenance['output_sha256']}` (checked by `tests/test_rivers.py`).",
        "- Made by: `python scripts/make_rivers_subset.py INPUT.geojson`.",
        "",
        "Rivers kept (Natural Earth `rivernum`):",
        "",
        *[f"- {k}: {v}" for k, v in RIVERS.items()],
        "",
        "Natural Earth 1:10m lines are generalised: a centreline follows the main channel's bends at about",
        "1:10,000,000, so its length is below a boat's real track along the channel (see `geo/routing.py`).",
        "",
    ])
    _write(args.out_dir / "rivers_ne10m.geojson", out)
    _write(args.out_dir / "rivers_ne10m.provenance.json",
           (json.dumps(provenance, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    _write(args.out_dir / "rivers_README.md", readme.encode("utf-8"))
    print(f"{len(out):,} bytes, SHA-256 {provenance['output_sha256']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
