"""Point events that users bring (seizures, destroyed airstrips, ...): reading, checking and placing them.

:func:`load_events` reads a CSV with longitude/latitude columns or a GeoJSON FeatureCollection of
points and refuses bad rows with a message naming the file, the row or feature, the field and the
value. :func:`assign_events` adds the country and the scenario regions each event falls in, and the
nearest route with its geodesic distance.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import json
import re
import sys
import warnings
from array import array
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .countries import countries as _countries
from .errors import GeoError
from .spatial_index import LineIndex, PolygonIndex
from .measure import GEOD
from .units import M_PER_KM

__all__ = ["load_events", "assign_events", "parse_event_types", "EventsError", "EventsNote", "EventsWarning",
           "EVENTS_MAX_BYTES", "EVENTS_MAX_COLUMNS", "EVENTS_MAX_CELL_CHARS", "EVENTS_MAX_JSON_DEPTH",
           "EVENTS_FAR_KM", "MISSING_TOKENS", "EVENT_ROUTE_SPACING_M"]

#: Event files larger than this are refused with a message (a stated limit, not a crash).
EVENTS_MAX_BYTES = 200 * 1024 * 1024
#: Most columns a CSV event file may have (header included); more are refused before the rows are read.
EVENTS_MAX_COLUMNS = 1_000
#: Most characters one CSV cell may hold (Python's ``csv.field_size_limit()`` default); a longer cell
#: is refused with its line.
EVENTS_MAX_CELL_CHARS = 131_072
#: Deepest nesting of arrays and objects a GeoJSON property value may have.
EVENTS_MAX_JSON_DEPTH = 32
#: An event farther than this, in km (geodesic), from every route, region and place of the scenario
#: is reported as doubtful (an error with ``strict=True``): a wrong sign or a placeholder, most often.
#: Our choice, not a sourced figure: well beyond the scenario's own reach, and well below the
#: thousands of km that a flipped sign, swapped coordinates or a (0, 0) placeholder put an event off.
EVENTS_FAR_KM = 1000.0
#: Cells read as missing (compared after trimming spaces, any case): spreadsheet habits in English
#: and Spanish (``s/d``: sin dato).
MISSING_TOKENS = frozenset({"", "na", "n/a", "null", "-", "s/d", "sin dato"})
#: Routes are sampled every this many metres to find the candidates for an event's nearest route;
#: the distance is then to the closest point of the segments beside them.
EVENT_ROUTE_SPACING_M = 1000.0

_LON_NAMES = ("lon", "lng", "long", "longitude", "x")
_LAT_NAMES = ("lat", "latitude", "y")
_SEPARATORS = (",", ";", "\t", "|")
_SNIFF_CHARS = 1 << 20  # the separator is chosen on the first MiB
_SNIFF_ROWS = 50
_FLOAT_DIGITS = 15  # decimal digits a float64 keeps exactly
_NUMBER = {".": re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?"),
           ",": re.compile(r"[+-]?(?:\d+,?\d*|,\d+)(?:[eE][+-]?\d+)?")}
_TYPE_NAMES = {"str": "str", "string": "str", "text": "str", "date": "str", "time": "str", "datetime": "str",
               "wkt": "str", "int": "int", "integer": "int", "integer64": "int", "float": "float", "real": "float",
               "double": "float", "number": "float", "coordx": "float", "coordy": "float", "point(x)": "float",
               "point(y)": "float", "bool": "bool", "boolean": "bool", "integer(boolean)": "bool"}


class EventsError(GeoError):
    """An event file cannot be read; the message names the file, row or feature, field and value."""


class EventsNote(UserWarning):
    """How an event file was read, where a reader could not tell from the file alone: its encoding,
    separator and decimal mark, the columns read as numbers, the values read as missing, renamed
    columns. Printed by the command line on stderr."""


class EventsWarning(UserWarning):
    """An event that is probably wrong: a placeholder (0, 0) position, or one far from everything the
    scenario draws. ``strict=True`` (``--strict``) makes it an :class:`EventsError`."""


def _note(message: str) -> None:
    warnings.warn(message, EventsNote, stacklevel=4)


def _doubt(message: str, strict: bool) -> None:
    if strict:
        raise EventsError(message + " (refused with --strict)")
    warnings.warn(message, EventsWarning, stacklevel=4)


def _problem(path, where: str, field: str, message: str, value) -> str:
    return f"{path}: {where}: field '{field}': {message} (value: {_short(value)})"


def _short(value, limit: int = 200) -> str:
    """``repr`` of a value cut to ``limit`` characters, with its full size when cut."""
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text):,} characters)"


def _raise_all(problems: list[str]) -> None:
    if problems:
        raise EventsError("\n".join(problems[:20]) + (f"\n... and {len(problems) - 20} more" if len(problems) > 20 else ""))


def _check_coordinates(path, lon: np.ndarray, lat: np.ndarray, where: list[str], lon_field: str,
                       lat_field: str, raw_lon=None, raw_lat=None) -> list[str]:
    """Problems of coordinates that are not numbers or out of range; ``raw_*`` are shown as given."""
    raw_lon = lon if raw_lon is None else raw_lon
    raw_lat = lat if raw_lat is None else raw_lat
    problems = []
    for i in np.flatnonzero(~(np.isfinite(lon) & np.isfinite(lat) & (np.abs(lon) <= 180) & (np.abs(lat) <= 90)))[:21]:
        if not np.isfinite(lat[i]) or abs(lat[i]) > 90:
            hint = "; latitude and longitude swapped?" if np.isfinite(lon[i]) and abs(lon[i]) <= 90 and abs(lat[i]) <= 180 else ""
            problems.append(_problem(path, where[i], lat_field, f"must be a latitude in degrees, -90 to 90{hint}",
                                     raw_lat[i]))
        if not np.isfinite(lon[i]) or abs(lon[i]) > 180:
            problems.append(_problem(path, where[i], lon_field, "must be a longitude in degrees, -180 to 180",
                                     raw_lon[i]))
    return problems


def _null_island(path, lon: np.ndarray, lat: np.ndarray, where: list[str], strict: bool) -> None:
    """Warn (or refuse, ``strict``) about events at exactly (0, 0), a usual placeholder for "unknown"."""
    zero = np.flatnonzero((lon == 0) & (lat == 0))
    if len(zero):
        places = ", ".join(where[i] for i in zero[:10]) + (f" and {len(zero) - 10} more" if len(zero) > 10 else "")
        _doubt(f"{path}: {places}: longitude 0, latitude 0 ('Null Island', in the Gulf of Guinea) is most often "
               "a placeholder for an unknown position; correct or remove the event", strict)


_PARQUET_HINT = "GeoParquet files and folders go through geo.load_events(path, engine=\"dask\")"


def _read_bytes(path: Path, *, strict_utf8: bool) -> tuple[bytes, str]:
    """The file's bytes and the codec they are read with: ``utf-8-sig`` (UTF-8, a byte order mark
    skipped with a note) or, for a CSV that is not UTF-8, ``cp1252`` (Windows-1252, Latin-1 with the
    Windows extras; ``latin-1`` where a byte is undefined in it), with a note. Checked here, decoded
    by the readers, so that a CSV is never held as text whole."""
    if path.is_dir():
        raise EventsError(f"{path}: is a folder, not a CSV or GeoJSON event file ({_PARQUET_HINT})")
    if not path.is_file():
        raise EventsError(f"{path}: no such event file")
    size = path.stat().st_size
    if size > EVENTS_MAX_BYTES:
        raise EventsError(f"{path}: {size:,} bytes is more than the {EVENTS_MAX_BYTES:,} bytes an event file may have; "
                          "split it")
    raw = path.read_bytes()
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise EventsError(f"{path}: line 1: UTF-16 text (as Excel saves 'Unicode text'); save it as 'CSV UTF-8' "
                          "or GeoJSON in UTF-8")
    skip = len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0
    if skip:
        _note(f"{path}: starts with a UTF-8 byte order mark (as Excel writes 'CSV UTF-8'); skipped")
    encoding = "utf-8-sig"
    bad = _utf8_error(raw, skip)
    if bad is not None:
        at = bad
        where = f"line {_line_at(raw, at)}: not UTF-8 (byte 0x{raw[at]:02x} at offset {at})"
        if strict_utf8:
            raise EventsError(f"{path}: {where}; save the file as UTF-8") from None
        encoding = "cp1252" if _is_cp1252(raw) else "latin-1"
        _note(f"{path}: {where}: read as Windows-1252/Latin-1, as spreadsheets save 'CSV' in Western Europe "
              "and Latin America; save as 'CSV UTF-8' to be sure of accented letters")
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise EventsError(f"{path}: line {_line_at(raw, nul)}: a NUL character (offset {nul}): "
                          "not a text file")
    return raw, encoding


def _utf8_error(raw: bytes, start: int, chunk: int = 1 << 20) -> int | None:
    """Offset of the first byte that is not UTF-8, checked a MiB at a time (the text is not kept)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    for at in range(start, len(raw), chunk):
        pending = len(decoder.getstate()[0])
        try:
            decoder.decode(raw[at:at + chunk])
        except UnicodeDecodeError as exc:
            return at - pending + exc.start
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        return len(raw) - len(exc.object) + exc.start
    return None


def _line_at(raw: bytes, offset: int) -> int:
    return raw.count(b"\n", 0, offset) + 1


def _is_cp1252(raw: bytes) -> bool:
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


# --------------------------------------------------------------------------------------- CSV ---

def _coordinate_columns(path, names: list[str], *, strict: bool = True) -> tuple[int | None, int | None]:
    """Positions of the longitude and latitude columns in a header (names compared trimmed, any case).

    The first alias in :data:`_LON_NAMES` / :data:`_LAT_NAMES` present wins; two columns spelling the
    same alias (``lat`` and ``LAT``) are refused as ambiguous when ``strict``.
    """
    folded = [n.strip().lower() for n in names]
    found = []
    for aliases, what in ((_LON_NAMES, "longitude"), (_LAT_NAMES, "latitude")):
        pick = None
        for alias in aliases:
            hits = [i for i, n in enumerate(folded) if n == alias]
            if len(hits) > 1 and strict:
                raise EventsError(f"{path}: line 1: columns {' and '.join(repr(names[i]) for i in hits)} both name "
                                  f"the {what}; rename or remove one of them")
            if hits:
                pick = hits[0]
                break
        found.append(pick)
    return found[0], found[1]


def _sniff(path, text: str) -> tuple[str, str]:
    """The separator and the decimal mark of a CSV, decided on columns that must read as coordinates.

    Each of ``, ; TAB |`` is tried on the first rows: it fits if it splits the header into a
    longitude and a latitude column and every sampled row into as many fields as the header. One
    separator that fits is taken; none: ``,`` (whose errors then say what is wrong); several: refused.
    The decimal mark is ``,`` where the separator is not ``,`` and the coordinates use commas (or,
    for ``;``, where they show no mark at all), else ``.``; commas and points in the coordinates of
    one file are refused.
    """
    sample = text[:_SNIFF_CHARS]
    if len(text) > _SNIFF_CHARS:  # the rows that are whole
        sample = sample[:max(sample.rfind("\n"), sample.rfind("\r"), 0)] or sample
    fits, widest = [], (",", 0)
    for sep in _SEPARATORS:
        try:
            rows = [r for r in itertools.islice(csv.reader(io.StringIO(sample, newline=""), delimiter=sep),
                                                _SNIFF_ROWS + 20) if r][:_SNIFF_ROWS + 1]
        except csv.Error:
            continue
        if not rows:
            continue
        if len(rows[0]) > widest[1]:
            widest = (sep, len(rows[0]))
        lon_i, lat_i = _coordinate_columns(path, rows[0], strict=False)
        if lon_i is not None and lat_i is not None and all(len(r) == len(rows[0]) for r in rows[1:]):
            cells = [r[i].strip() for r in rows[1:] for i in (lon_i, lat_i)]
            fits.append((sep, [c for c in cells if c.lower() not in MISSING_TOKENS]))
    if len(fits) > 1:
        parsable = [f for f in fits if all(_NUMBER["."].fullmatch(c) or (f[0] != "," and _NUMBER[","].fullmatch(c))
                                            for c in f[1])]
        fits = parsable if parsable else fits
    if len(fits) > 1:
        raise EventsError(f"{path}: line 1: the header splits into longitude and latitude columns with each of "
                          f"{' and '.join(repr(f[0]) for f in fits)} as separator; keep one separator "
                          "(or quote the names) so the columns are certain")
    if not fits:
        return (widest[0] if widest[1] > 1 else ","), "."
    sep, cells = fits[0]
    if sep == ",":
        return sep, "."
    comma = next((c for c in cells if "," in c), None)
    point = next((c for c in cells if "." in c), None)
    if comma and point:
        raise EventsError(f"{path}: the coordinates use both a decimal comma ({comma!r}) and a decimal point "
                          f"({point!r}) with {sep!r} as separator; use one decimal mark in the file")
    return sep, ("," if comma or (sep == ";" and not point) else ".")


def _text_stream(raw: bytes, encoding: str) -> io.TextIOWrapper:
    """The bytes as a stream of text decoded piece by piece, line ends untranslated (as csv wants)."""
    return io.TextIOWrapper(io.BytesIO(raw), encoding=encoding, newline="")


def _record_lines(path, raw: bytes, encoding: str, sep: str) -> tuple[list[str], np.ndarray]:
    """The header and the first line of every data record, checking the field counts and cell sizes in
    one streaming pass (the cells are not kept; pandas' C reader parses them after)."""
    reader = csv.reader(_text_stream(raw, encoding), delimiter=sep)
    header, starts, end = None, array("q"), 0
    try:
        for row in reader:
            start, end = end + 1, reader.line_num
            if not row:
                continue
            if header is None:
                header = row
                if len(header) > EVENTS_MAX_COLUMNS:
                    raise EventsError(f"{path}: line {start}: {len(header):,} columns, more than the "
                                      f"{EVENTS_MAX_COLUMNS:,} an event file may have")
                continue
            if len(row) != len(header):
                raise EventsError(f"{path}: line {start}: {len(row)} fields where the header has {len(header)} "
                                  f"(value: {_short(sep.join(row), 80)})")
            starts.append(start)
    except csv.Error as exc:
        line = reader.line_num
        if "field larger than field limit" in str(exc):
            raise EventsError(f"{path}: line {line}: a cell longer than {EVENTS_MAX_CELL_CHARS:,} characters, "
                              "the most a cell may have") from None
        raise EventsError(f"{path}: line {line}: not a readable CSV row: {exc}") from None
    if header is None:
        raise EventsError(f"{path}: not a readable CSV table: the file is empty")
    return header, np.frombuffer(starts, dtype=np.int64) if len(starts) else np.zeros(0, dtype=np.int64)


def _from_csv(path: Path, raw: bytes, encoding: str, types: dict[str, str],
              strict: bool) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """The properties, longitudes and latitudes of a CSV's events (the points are made by the caller,
    once the file's bytes and text columns are freed)."""
    if b"\r" in raw and b"\n" not in raw:
        _note(f"{path}: old Mac line endings (a carriage return alone); read as line breaks")
    sep, decimal = _sniff(path, _text_stream(raw, encoding).read(_SNIFF_CHARS + 1))
    header, lines = _record_lines(path, raw, encoding, sep)
    if sep != "," or decimal != ".":
        _note(f"{path}: read with {_SEP_NAMES[sep]} as separator and {_SEP_NAMES[decimal]} as decimal mark "
              "(as spreadsheets in Spanish or Portuguese save CSV)")
    names = [h if h.strip() else f"column_{i + 1}" for i, h in enumerate(header)]
    repeated = next((n for i, n in enumerate(names) if n in names[:i]), None)
    if repeated is not None:
        raise EventsError(f"{path}: line 1: the header repeats the column {repeated!r}")
    lon_i, lat_i = _coordinate_columns(path, names)
    if lon_i is None or lat_i is None:
        raise EventsError(f"{path}: needs a longitude column ({', '.join(_LON_NAMES)}) and a latitude column "
                          f"({', '.join(_LAT_NAMES)}); it has {', '.join(_short(n, 60) for n in names[:50])}"
                          + (f" and {len(names) - 50} more" if len(names) > 50 else ""))
    types = {**_csvt_types(path, names), **types}
    unknown = [c for c in types if c not in names]
    if unknown:
        raise EventsError(f"{path}: --events-types names {', '.join(map(repr, unknown))}, which the file does not "
                          f"have; its columns are {', '.join(map(repr, names))}")
    types = {c: k for c, k in types.items() if c not in (names[lon_i], names[lat_i])}
    if not len(lines):
        raise EventsError(f"{path}: has a header but no events")
    try:
        table = pd.read_csv(io.BytesIO(raw), encoding=encoding, sep=sep, header=0, names=names, dtype=str,
                            na_filter=False, skip_blank_lines=True, index_col=False, engine="c")
    except (pd.errors.ParserError, ValueError) as exc:
        raise EventsError(f"{path}: not a readable CSV table: {str(exc).strip().splitlines()[0]}") from None
    if len(table) != len(lines):  # the header check above and pandas read the quotes differently
        raise EventsError(f"{path}: not a readable CSV table: {len(table)} rows read where {len(lines)} were counted; "
                          "check the quotes")
    lon_col, lat_col = names[lon_i], names[lat_i]
    others = [n for i, n in enumerate(names) if i not in (lon_i, lat_i)
              and n.strip().lower() in (_LON_NAMES + _LAT_NAMES)]
    if others:
        _note(f"{path}: longitude from {lon_col!r}, latitude from {lat_col!r}; "
              f"{', '.join(map(repr, others))} kept as ordinary columns")
    where = _Lines(lines)
    coords = []
    for col in (lon_col, lat_col):
        cells = table[col].str.strip()
        if decimal == ",":
            cells = cells.str.replace(",", ".", regex=False)
        coords.append(pd.to_numeric(cells.where(cells.str.len() <= 100, ""), errors="coerce")
                      .to_numpy(dtype=float))
    lon, lat = coords
    del coords, cells
    bad_coordinates = _check_coordinates(path, lon, lat, where, lon_col, lat_col, table[lon_col].array,
                                         table[lat_col].array)
    _raise_all(bad_coordinates)
    _null_island(path, lon, lat, where, strict)
    props = table.drop(columns=[lon_col, lat_col])
    del table  # the coordinates' text
    cell_chars = max((int(props[c].str.len().max()) for c in props.columns), default=0)
    if cell_chars > EVENTS_MAX_CELL_CHARS:  # pandas has no cell limit of its own
        col = next(c for c in props.columns if props[c].str.len().max() == cell_chars)
        raise EventsError(f"{path}: {where[int(props[col].str.len().argmax())]}: field '{col}': a cell of "
                          f"{cell_chars:,} characters, more than the {EVENTS_MAX_CELL_CHARS:,} a cell may have")
    props = _typed_columns(path, props, where, decimal=decimal, types=types)
    return _keep_geometry_column(path, props), lon, lat


class _Lines:
    """``where[i]``: "line N" of data row ``i``, made only for the rows a message names."""

    def __init__(self, lines: np.ndarray):
        self.lines = lines

    def __getitem__(self, i: int) -> str:
        return f"line {self.lines[i]}"

    def __len__(self) -> int:
        return len(self.lines)


_SEP_NAMES = {",": "',' (comma)", ";": "';' (semicolon)", "\t": "tab", "|": "'|'", ".": "'.' (point)"}


def _keep_geometry_column(path, props: pd.DataFrame) -> pd.DataFrame:
    """A column or property named ``geometry`` would be replaced by the points: renamed, with a note."""
    if "geometry" not in props.columns:
        return props
    new = "geometry_in_file"
    while new in props.columns:
        new += "_"
    _note(f"{path}: the column 'geometry' is kept as {new!r} (the event's point is its geometry)")
    return props.rename(columns={"geometry": new})


def _typed_columns(path, table: pd.DataFrame, where: list[str], *, decimal: str = ".",
                   types: dict[str, str] | None = None) -> pd.DataFrame:
    """Text cells to typed columns.

    A column given a type (``types``) takes it, or the file is refused at the first cell that is not
    of it. Otherwise a column is numeric where every filled cell is a number (with the file's decimal
    mark), unless a number has a leading zero (``050101``: a code, e.g. UBIGEO) or more than 15 digits
    (more than a float keeps): those stay text, with a note. A column of ``true``/``false`` (any case)
    is boolean. The cells of :data:`MISSING_TOKENS` are null in numeric and boolean columns, counted in
    a note; in text columns only an empty cell is null. ``id`` stays text.
    """
    types = types or {}
    out, numeric, missing_notes = {}, [], []
    for col in table.columns:
        raw = table[col]
        cells = raw.str.strip()
        missing = cells.str.lower().isin(MISSING_TOKENS)
        filled = cells[~missing]
        kind = types.get(col)
        if kind is None and col != "id" and len(filled):
            kind = _guess_kind(path, col, filled, decimal)
            if kind == "int" and missing.any():  # a guessed integer column with gaps: float, as GIS reads it
                kind = "float"
        if kind in ("int", "float"):
            bad = ~filled.str.fullmatch(_NUMBER[decimal])
            if col in types:  # a type given: either decimal mark, one per cell, is the user's number
                other = ~filled.str.fullmatch(_NUMBER[decimal]) & filled.str.fullmatch(_NUMBER["," if decimal == "." else "."])
                thousands = other & filled.str.fullmatch(r"[+-]?\d{1,3}[.,]\d{3}")
                if thousands.any():
                    i = int(np.flatnonzero(~missing)[np.argmax(thousands.to_numpy())])
                    raise EventsError(_problem(path, where[i], col, "a thousands separator or a decimal mark? the "
                                               f"file's decimal mark is {_SEP_NAMES[decimal]}; write the number "
                                               "without thousands separators", raw.iloc[i]))
                bad &= ~other
            if bad.any():  # only for given types: guessed ones are numbers throughout
                i = int(np.flatnonzero(~missing)[np.argmax(bad.to_numpy())])
                raise EventsError(_problem(path, where[i], col, f"is not a number, yet the column's type is {kind}",
                                           raw.iloc[i]))
            values = pd.to_numeric(filled.str.replace(",", ".", regex=False))
            if kind == "int":
                whole = np.isfinite(values) & (values == np.round(values))
                if not whole.all():
                    i = int(np.flatnonzero(~missing)[np.argmax(~whole.to_numpy())])
                    raise EventsError(_problem(path, where[i], col, "is not a whole number, yet the column's type "
                                                                    "is int", raw.iloc[i]))
                series = pd.Series(pd.array(np.full(len(raw), None), dtype="Int64"), index=raw.index)
                series[~missing] = values.astype("int64").to_numpy()
                if not missing.any():
                    series = series.astype("int64")
            else:
                series = pd.Series(np.nan, index=raw.index)
                series[~missing] = values.astype(float).to_numpy()
            out[col] = series
            numeric.append(col)
        elif kind == "bool":
            lowered = filled.str.lower()
            bad = ~lowered.isin(["true", "false"])
            if bad.any():
                i = int(np.flatnonzero(~missing)[np.argmax(bad.to_numpy())])
                raise EventsError(_problem(path, where[i], col, "is not true or false, yet the column's type is bool",
                                           raw.iloc[i]))
            series = pd.Series(pd.array(np.full(len(raw), None), dtype="boolean"), index=raw.index)
            series[~missing] = (lowered == "true").to_numpy()
            out[col] = series
        else:
            out[col] = raw.where(raw != "")  # pandas text (compact), an empty cell null
            continue
        tokens = cells[missing]
        if len(tokens) and (tokens != "").any():
            found = ", ".join(repr(t) for t in sorted(set(tokens)))
            missing_notes.append(f"{col!r} {len(tokens)} ({found})")
    if numeric:
        _note(f"{path}: columns read as numbers: {', '.join(map(repr, numeric))}")
    if missing_notes:
        _note(f"{path}: values read as missing, per column: {'; '.join(missing_notes)}")
    return pd.DataFrame(out, index=table.index)


def _guess_kind(path, col: str, filled: pd.Series, decimal: str) -> str | None:
    """"int" or "float" for a column of numbers, "bool" for true/false, None for text (with a note
    when numbers are kept as text, so that nothing changes without a word)."""
    if filled.str.fullmatch(_NUMBER[decimal]).all():
        zero = filled[filled.str.match(r"[+-]?0\d")]
        if len(zero):
            _note(f"{path}: column {col!r} kept as text: {zero.iloc[0]!r} has a leading zero (a code, not a "
                  "quantity); give a type (--events-types) to read it otherwise")
            return None
        digits = filled.str.replace(r"[^0-9]", "", regex=True).str.lstrip("0").str.len()
        long = filled[(digits > _FLOAT_DIGITS) & ~filled.str.contains(r"[.,eE]")]
        if len(long):
            _note(f"{path}: column {col!r} kept as text: {long.iloc[0]!r} has more digits than a number keeps "
                  f"exactly ({_FLOAT_DIGITS})")
            return None
        return "int" if filled.str.fullmatch(r"[+-]?\d+").all() else "float"
    if filled.str.lower().isin(["true", "false"]).all():
        return "bool"
    other, mark = ("," if decimal == "." else "."), ("comma" if decimal == "." else "point")
    if filled.str.fullmatch(_NUMBER[other]).all() and filled.str.contains(other, regex=False).any():
        _note(f"{path}: column {col!r} kept as text: {filled[filled.str.contains(other, regex=False)].iloc[0]!r} "
              f"has a decimal {mark}, unlike the file's coordinates; give it a type ({col}=float in --events-types) "
              "to read it as numbers")
        return None
    group = "." if decimal == "," else ","
    grouped = re.compile(rf"[+-]?\d{{1,3}}(?:{re.escape(group)}\d{{3}})+(?:{re.escape(decimal)}\d+)?")
    plain = filled.str.fullmatch(_NUMBER[decimal])
    if (plain | filled.str.fullmatch(grouped)).all() and not plain.all():
        _note(f"{path}: column {col!r} kept as text: {filled[~plain].iloc[0]!r} groups thousands with "
              f"{_SEP_NAMES[group]}; write its numbers without thousands separators to read them as numbers")
    return None


def parse_event_types(spec: str | dict | None, *, source: str = "--events-types") -> dict[str, str]:
    """Column types given by the user: ``"ubigeo=str,kg=float"`` or a dict.

    Parameters
    ----------
    spec : str, dict or None
        ``name=type`` pairs separated by commas; types ``str`` (also ``string``, ``text``, ``date``),
        ``int`` (``integer``), ``float`` (``real``, ``number``), ``bool`` (``boolean``), any case.
    source : str, keyword-only
        Where the spec comes from, for messages.

    Returns
    -------
    dict of str to {"str", "int", "float", "bool"}

    Raises
    ------
    EventsError
        For a pair without ``=`` or an unknown type (the message lists the known ones).
    """
    if not spec:
        return {}
    pairs = spec.items() if isinstance(spec, dict) else (
        tuple(p.split("=", 1)) if "=" in p else (p, None) for p in str(spec).split(",") if p.strip())
    out = {}
    for name, kind in pairs:
        if kind is None:
            raise EventsError(f"{source}: {name.strip()!r} needs a type: name=type, e.g. ubigeo=str")
        known = _TYPE_NAMES.get(str(kind).strip().lower())
        if known is None:
            raise EventsError(f"{source}: column {name.strip()!r}: unknown type {str(kind).strip()!r}; use str, int, "
                              "float or bool")
        out[str(name).strip()] = known
    return out


def _csvt_types(path: Path, columns: list[str]) -> dict[str, str]:
    """Types from a GDAL ``.csvt`` file beside the CSV (one quoted type per column, in order:
    ``"String","Integer","Real","Integer(Boolean)","Date"``; widths such as ``Real(10.2)`` ignored)."""
    csvt = path.with_suffix(".csvt")
    if not csvt.is_file():
        return {}
    try:
        text = csvt.read_text(encoding="utf-8-sig")[:65_536]
        row = next(csv.reader(io.StringIO(text)), [])
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise EventsError(f"{csvt}: line 1: not a readable .csvt type list: {exc}") from None
    if len(row) != len(columns):
        raise EventsError(f"{csvt}: line 1: {len(row)} types for the {len(columns)} columns of {path.name}")
    spec = {}
    for col, kind in zip(columns, row):
        kind = kind.strip()
        base = kind if kind.lower() in ("integer(boolean)", "point(x)", "point(y)") else re.sub(r"\(.*\)$", "", kind)
        if base.lower() not in _TYPE_NAMES:
            raise EventsError(f"{csvt}: line 1: field {col!r}: unknown GDAL type {kind!r}")
        spec[col] = _TYPE_NAMES[base.lower()]
    _note(f"{path}: column types from {csvt.name}")
    return spec


# ------------------------------------------------------------------------------------ GeoJSON ---

class _DuplicateKey(ValueError):
    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, object]]) -> dict:
    out = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


_JSON_MAX_DIGITS = sys.get_int_max_str_digits() or 4300
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{},:]')


def _json_where(text: str, *, max_depth: int | None = None, duplicate: str | None = None) -> tuple[int, str]:
    """Line and path (``features[3].properties.name``) of the first place in a JSON text nested deeper
    than ``max_depth``, or of the second ``duplicate`` key in one object; only on the error path."""
    stack: list[list] = []  # [kind, key or index, keys seen]
    last_string = None
    for m in _JSON_TOKEN.finditer(text):
        tok = m.group()
        if tok in "[{":
            stack.append(["[" if tok == "[" else "{", 0 if tok == "[" else None, set()])
            if max_depth is not None and len(stack) > max_depth:
                return text.count("\n", 0, m.start()) + 1, _json_path(stack)
        elif tok in "]}":
            if stack:
                stack.pop()
        elif tok == ",":
            if stack and stack[-1][0] == "[":
                stack[-1][1] += 1
        elif tok == ":":
            if stack and stack[-1][0] == "{" and last_string is not None:
                key = json.loads(last_string)
                if duplicate is not None and key == duplicate and key in stack[-1][2]:
                    return text.count("\n", 0, m.start()) + 1, _json_path(stack[:-1] + [["{", key, None]])
                stack[-1][1] = key
                stack[-1][2].add(key)
        if tok.startswith('"'):
            last_string = tok
    return 0, ""


def _json_path(stack: list[list]) -> str:
    path = ""
    for kind, key, _ in stack:
        if kind == "[":
            path += f"[{key}]"
        elif key is not None:
            path += f".{key}" if path else str(key)
    return path[:200]


def _depth(value) -> int:
    """Nesting depth of a JSON value (a scalar 0), without recursion."""
    deepest, todo = 0, [(value, 0)]
    while todo:
        item, level = todo.pop()
        if isinstance(item, (dict, list)):
            level += 1
            deepest = max(deepest, level)
            if level > EVENTS_MAX_JSON_DEPTH:
                return level
            todo.extend((v, level) for v in (item.values() if isinstance(item, dict) else item))
    return deepest


def _from_geojson(path: Path, text: str, types: dict[str, str],
                  strict: bool) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    def no_constants(name):
        raise ValueError(f"{name} is not valid JSON")

    try:
        doc = json.loads(text, parse_constant=no_constants, object_pairs_hook=_unique_keys)
    except _DuplicateKey as exc:
        line, where = _json_where(text, duplicate=exc.key)
        raise EventsError(f"{path}: line {line}: field '{where}': the key {_short(exc.key, 80)} is repeated in one "
                          "object (JSON keys must be unique; which value is meant cannot be told)") from None
    except RecursionError:
        line, where = _json_where(text, max_depth=EVENTS_MAX_JSON_DEPTH)
        raise EventsError(f"{path}: line {line}: field '{where}': arrays or objects nested more than "
                          f"{EVENTS_MAX_JSON_DEPTH} deep") from None
    except ValueError as exc:
        long = re.search(r"\d{%d,}" % (_JSON_MAX_DIGITS + 1), text) if "digits" in str(exc) else None
        if long is not None:  # Python's own guard against quadratic int parsing
            raise EventsError(f"{path}: line {text.count(chr(10), 0, long.start()) + 1}: a number of "
                              f"{len(long.group()):,} digits, more than the {_JSON_MAX_DIGITS:,} a JSON number may "
                              "have here") from None
        raise EventsError(f"{path}: not valid JSON: {_short(str(exc), 300)[1:-1]}") from None
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection" or not isinstance(doc.get("features"), list):
        raise EventsError(f"{path}: must be a GeoJSON FeatureCollection of Point features")
    rows, lon, lat, where, problems = [], [], [], [], []
    for i, feature in enumerate(doc["features"]):
        fid = feature.get("id") if isinstance(feature, dict) else None
        label = f"feature {i}" + (f" (id {_short(fid, 60)})" if isinstance(feature, dict) and "id" in feature else "")
        geom = feature.get("geometry") if isinstance(feature, dict) else None
        coords = geom.get("coordinates") if isinstance(geom, dict) else None
        if not isinstance(geom, dict) or geom.get("type") != "Point":
            problems.append(_problem(path, label, "geometry", "must be a Point",
                                     geom.get("type") if isinstance(geom, dict) else geom))
            continue
        if (not isinstance(coords, list) or len(coords) < 2
                or not all(isinstance(c, (int, float)) and not isinstance(c, bool) for c in coords[:2])):
            problems.append(_problem(path, label, "geometry.coordinates", "must be [longitude, latitude] numbers", coords))
            continue
        try:
            x, y = float(coords[0]), float(coords[1])
        except OverflowError:  # an integer too large for a float: far out of range anyway
            problems.append(_problem(path, label, "geometry.coordinates", "must be [longitude, latitude] in degrees; "
                                     "a number this large is neither", coords[:2]))
            continue
        props = feature.get("properties") or {}
        if not isinstance(props, dict):
            problems.append(_problem(path, label, "properties", "must be an object or null", props))
            continue
        if "id" in feature and "id" not in props:
            props = {"id": feature["id"], **props}
        deep = next((k for k, v in props.items() if _depth(v) > EVENTS_MAX_JSON_DEPTH), None)
        if deep is not None:
            problems.append(_problem(path, label, f"properties.{deep}", f"arrays or objects nested more than "
                                     f"{EVENTS_MAX_JSON_DEPTH} deep", "..."))
            continue
        rows.append({k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else _json_scalar(v))
                     for k, v in props.items()})
        lon.append(x)
        lat.append(y)
        where.append(label)
    problems += _check_coordinates(path, np.array(lon), np.array(lat), where, "coordinates[0]", "coordinates[1]")
    problems += _mixed_types(path, rows, where)
    _raise_all(problems)
    if not rows:
        raise EventsError(f"{path}: has no features")
    _null_island(path, np.array(lon), np.array(lat), where, strict)
    table = pd.DataFrame(rows, index=pd.RangeIndex(len(rows)))
    if types:
        unknown = [c for c in types if c not in table.columns]
        if unknown:
            raise EventsError(f"{path}: --events-types names {', '.join(map(repr, unknown))}, which no feature has; "
                              f"the properties are {', '.join(map(repr, table.columns))}")
        # from the JSON values themselves: a column of integers with gaps would be floats by now
        given = pd.DataFrame({c: pd.Series([_json_text(row.get(c)) for row in rows], dtype=str) for c in types},
                             index=table.index)
        typed = _typed_columns(path, given, where, types=types)
        for c in types:
            table[c] = typed[c]
    return _keep_geometry_column(path, table), np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)


def _json_text(value) -> str:
    """A JSON property value as a CSV cell would hold it (``""`` for null)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _json_scalar(value):
    """JSON integers beyond 64 bits stay as their digits (text), as no column type holds them."""
    if isinstance(value, int) and not isinstance(value, bool) and not -2**63 <= value < 2**63:
        return str(value)
    return value


def _json_kind(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "a true/false"
    if isinstance(value, (int, float)):
        return "a number"
    return "a string"


def _mixed_types(path, rows: list[dict], where: list[str]) -> list[str]:
    """One problem per property whose values are of different JSON types (a number here, a string there)."""
    first: dict[str, tuple[str, str]] = {}
    problems = []
    for row, label in zip(rows, where):
        for key, value in row.items():
            kind = _json_kind(value)
            if kind is None:
                continue
            seen = first.setdefault(key, (kind, label))
            if seen[0] != kind:
                problems.append(_problem(path, label, key, f"is {kind} here but {seen[0]} in {seen[1]}; "
                                                           "one property has one type", value))
    return problems


def load_events(path: str | Path, *, engine: str = "pandas", strict: bool = False,
                types: str | dict | None = None):
    """Read point events from a CSV or GeoJSON file.

    Parameters
    ----------
    path : str or pathlib.Path
        ``.csv``: a header row, a longitude column (``lon``, ``lng``, ``long``, ``longitude`` or
        ``x``) and a latitude column (``lat``, ``latitude`` or ``y``) in degrees (WGS 84), names in
        any case; any other columns are kept (see Notes). ``.geojson``/``.json``: an RFC 7946
        FeatureCollection of Point features, UTF-8; properties kept (a property named ``geometry``
        as ``geometry_in_file``). Limits: :data:`EVENTS_MAX_BYTES`, :data:`EVENTS_MAX_COLUMNS`,
        :data:`EVENTS_MAX_CELL_CHARS`, :data:`EVENTS_MAX_JSON_DEPTH`.
    engine : {"pandas", "dask"}, keyword-only
        ``"dask"``: ``path`` is GeoParquet (a file, or a folder of partition files, as written by
        ``dask_geopandas`` or ``geopandas.GeoDataFrame.to_parquet``) read lazily with
        ``dask_geopandas.read_parquet``, for event sets larger than memory; no size limit, and the
        rows are checked when computed (see :func:`assign_events` with ``engine="dask"``).
    strict : bool, keyword-only
        Refuse (:class:`EventsError`) what is otherwise an :class:`EventsWarning`: events at exactly
        (0, 0).
    types : str or dict, keyword-only
        Column types that override the guess, ``"ubigeo=str,kg=float"`` or a dict (see
        :func:`parse_event_types`). For a CSV, a GDAL ``.csvt`` file beside it (same name) gives
        types too; ``types`` wins over it.

    Returns
    -------
    geopandas.GeoDataFrame or dask_geopandas.GeoDataFrame
        One row per event, Point geometry, EPSG:4326, with an ``id`` column (the file's, else
        ``event_<n>`` from 1; with dask, the file's own columns only).

    Raises
    ------
    EventsError
        A :class:`geo.GeoError` naming the file, the line or feature, the field and the value of
        each bad row: missing or ambiguous coordinate columns (``lat`` and ``LAT``), coordinates that
        are not numbers or out of range (with a hint when latitude and longitude look swapped), a
        cell not of the type given for its column, a property with values of different types or
        nested too deep or a repeated key in a GeoJSON file, malformed JSON or CSV, a NUL
        character, a non-UTF-8 GeoJSON file, an empty file, a file over a limit; with
        ``engine="dask"``, a dataset that is not point GeoParquet in EPSG:4326.

    Warns
    -----
    EventsNote
        How the file was read where the file alone leaves it open: a byte order mark, a
        Windows-1252 file, the separator and decimal comma, ``\\r``-only line ends, the columns read
        as numbers, the values read as missing per column, numbers kept as text, renamed columns.
    EventsWarning
        Events at exactly (0, 0), naming their lines or features.

    Notes
    -----
    CSV files: the separator (``, ; TAB |``) is the one that splits the header into coordinate
    columns and the first rows into as many fields; with ``;`` or a tab, coordinates written with a
    decimal comma (``-79,95``) set the decimal comma for the whole file, as spreadsheets in Spanish
    or Portuguese save it. A file that is not UTF-8 is read as Windows-1252. A column is numeric where
    every filled cell is a number, except codes with a leading zero (UBIGEO ``050101``) and integers
    of more than 15 digits, which stay text; ``true``/``false`` columns are boolean; the rest is
    text. In numeric and boolean columns :data:`MISSING_TOKENS` (``NA``, ``n/a``, ``null``, ``-``,
    ``s/d``, ``sin dato``, empty) are null. Reading costs time linear in the file's size: the rows
    are checked in one pass of :mod:`csv` and parsed by pandas' C reader.
    """
    path = Path(path)
    if engine == "dask":
        return _dask_events(path)
    if engine != "pandas":
        raise ValueError(f"engine must be 'pandas' or 'dask', not {engine!r}")
    given = parse_event_types(types)
    suffix = path.suffix.lower()
    if suffix == ".parquet" and not path.is_dir():
        raise EventsError(f"{path}: not a CSV or GeoJSON event file ({_PARQUET_HINT})")
    if suffix not in (".geojson", ".json", ".csv", ".txt") and not path.is_dir() and path.exists():
        raise EventsError(f"{path}: unknown event file type {path.suffix!r}: use .csv or .geojson")
    is_json = suffix in (".geojson", ".json")
    raw, encoding = _read_bytes(path, strict_utf8=is_json)
    if is_json:
        props, lon, lat = _from_geojson(path, raw.decode(encoding), given, strict)
    else:
        props, lon, lat = _from_csv(path, raw, encoding, given, strict)
    del raw  # the file's bytes are not held while the points are made
    if "id" not in props:  # made before the points, while little else is held
        props.insert(0, "id", _numbered_ids(len(lon)))
    props["id"] = props["id"].astype(str)
    events = gpd.GeoDataFrame(props, geometry=shapely.points(lon, lat), crs="EPSG:4326")
    return events


def _numbered_ids(n: int):
    """``event_1`` ... ``event_<n>`` in the dtype ``astype(str)`` gives (pandas 3: Arrow strings,
    about 20 bytes an id), made in Arrow without a Python string per event."""
    import pyarrow as pa
    import pyarrow.compute as pc

    ids = pc.binary_join_element_wise("event_", pc.cast(pa.array(np.arange(1, n + 1, dtype=np.int64)), pa.string()), "")
    kind = pd.Series([""], dtype=object).astype(str).dtype
    if isinstance(kind, pd.StringDtype):
        return pd.array(ids, dtype=kind)
    return np.asarray(ids.to_pylist(), dtype=object)  # pandas 2: Python strings, as astype(str) makes


def _dask_events(path: Path):
    import dask_geopandas

    if not path.exists():
        raise EventsError(f"{path}: no such file or folder")
    files = sorted(path.rglob("*.parquet")) if path.is_dir() else [path]
    if not files:
        raise EventsError(f"{path}: a folder with no .parquet files")
    for file in files:
        _check_geoparquet(file)
    try:
        return dask_geopandas.read_parquet(path)
    except Exception as exc:  # pyarrow and dask raise many kinds; say which file and the gist
        raise EventsError(f"{path}: not a GeoParquet dataset dask-geopandas can read: {_gist(exc)}") from None


def _gist(exc: Exception) -> str:
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
    return lines[-1] if lines else type(exc).__name__


def _check_geoparquet(file: Path) -> None:
    """Refuse a Parquet file whose GeoParquet metadata says other than points in lon/lat."""
    import pyarrow.parquet as pq

    try:
        meta = pq.read_schema(file).metadata or {}
    except Exception as exc:
        raise EventsError(f"{file}: not a Parquet file: {_gist(exc)}") from None
    if b"geo" not in meta:
        raise EventsError(f"{file}: Parquet without GeoParquet metadata (write it with geopandas or dask-geopandas)")
    geo_meta = json.loads(meta[b"geo"])
    column = geo_meta.get("primary_column", "geometry")
    info = geo_meta.get("columns", {}).get(column, {})
    kinds = [k for k in info.get("geometry_types", []) if k not in ("Point", "Point Z")]
    if kinds:
        raise EventsError(f"{file}: field '{column}': must be Point, not {', '.join(kinds)}")
    crs = info.get("crs")  # absent means OGC:CRS84 (lon/lat) in GeoParquet
    if crs is not None:
        import pyproj

        found = pyproj.CRS.from_user_input(crs)
        if not (found.equals("EPSG:4326", ignore_axis_order=True) or found.equals("OGC:CRS84", ignore_axis_order=True)):
            raise EventsError(f"{file}: field '{column}': CRS must be EPSG:4326 (lon/lat), not {found.to_string()}")


def assign_events(events, layers: dict[str, gpd.GeoDataFrame], *, engine: str = "pandas", strict: bool = False,
                  scheduler=None):
    """Place events: their country, the regions they fall in, and the nearest route.

    Parameters
    ----------
    events : geopandas.GeoDataFrame
        Points in EPSG:4326, as from :func:`load_events`.
    layers : dict of str to geopandas.GeoDataFrame
        The scenario's layers (:func:`geo.build_layers`): ``regions`` and ``routes`` are used.
    engine : {"pandas", "dask"}, keyword-only
        ``"dask"``: ``events`` is (or is turned into) a ``dask_geopandas.GeoDataFrame``, e.g. from
        :func:`load_events` with ``engine="dask"``, and a lazy ``dask_geopandas.GeoDataFrame`` of
        the same columns is returned: each partition is placed as above when it is computed
        (``.to_parquet(...)``, ``.compute()``), so files larger than memory go through. It is
        computed by dask's current scheduler: the default ``distributed.Client`` when one is
        active (a ``LocalCluster`` of processes, or a cluster of machines), else threads in this
        process.
    strict : bool, keyword-only
        Refuse (:class:`EventsError`) events farther than :data:`EVENTS_FAR_KM` from every route,
        region and place of ``layers``, instead of warning (pandas engine only).
    scheduler : str or distributed.Client, keyword-only
        With ``engine="dask"``: the address of a ``dask.distributed`` scheduler
        (``"tcp://host:8786"``) or a ``distributed.Client``. A client connected to that address is
        made this process's default (kept open until the process ends), so the returned frame is
        computed on that cluster. ``None``: the scheduler already in use, as above.

    Returns
    -------
    geopandas.GeoDataFrame or dask_geopandas.GeoDataFrame
        A copy of ``events`` (a column of the same name as one added here becomes
        ``<name>_in_file``) with four columns:

        - ``country`` (``category``): ISO 3166-1 alpha-3 of the Natural Earth country containing
          the point, missing (``NaN``) at sea; a point exactly on a border gets the first code in
          alphabetical order;
        - ``region_ids`` (``category``): ids of the scenario regions containing it, in layer order,
          ``"; "``-separated, missing if none;
        - ``nearest_route_id`` (``category``): id of the nearest route, missing without routes or
          a point;
        - ``nearest_route_km`` (``float64``): geodesic distance on WGS 84 to the closest point of
          the nearest route, to 0.1 km (see :class:`geo.spatial_index.LineIndex`).

        The three text columns are pandas categoricals (one or two bytes an event) whose
        categories are only the texts that occur, sorted, so sorting and grouping go by the text;
        ``.astype(object)`` or ``.astype("string")`` gives plain strings (``.fillna("")``, for
        one, refuses a value that is not a category). The writers (:func:`geo.writers.geojson_text`,
        :func:`geo.export.typed_layer`) write them as plain strings. With ``engine="dask"`` they are
        pandas ``string`` columns instead (categories would differ from one partition to the
        next), missing as ``<NA>``.

    Raises
    ------
    EventsError
        If an event's geometry is not a Point (the message names the event and the type); events
        without a geometry get no country, region or route. With ``strict``, events far from the
        scenario (see Warns).
    ValueError
        For an unknown ``engine``, or ``scheduler`` with the pandas engine.
    ImportError
        For ``engine="dask"`` without dask-geopandas installed, or ``scheduler`` without
        ``distributed``.

    Warns
    -----
    EventsWarning
        Events farther than :data:`EVENTS_FAR_KM` (geodesic) from every route, region and place of
        ``layers``, naming them (pandas engine): a wrong sign, swapped coordinates or a placeholder,
        most often.

    Notes
    -----
    Vectorised for millions of events: countries and regions through
    :class:`geo.spatial_index.PolygonIndex` (polygons cut into small pieces under an STRtree), the
    nearest route through :class:`geo.spatial_index.LineIndex` (a k-d tree over geodesic samples of
    the routes). ``benchmarks/`` compares both with geopandas ``sjoin`` and a brute-force search.

    With dask, each task carries only the regions' and routes' geometries and ids (a few hundred
    KiB); the indexes are built once in each process that places partitions (a worker of a
    distributed cluster, or this process) and kept there for later partitions and calls with the
    same layers. Shipping the built indexes with each task instead is about 17 MB a task
    (``benchmarks/README.md`` compares the two).
    """
    if engine not in ("pandas", "dask"):
        raise ValueError(f"engine must be 'pandas' or 'dask', not {engine!r}")
    if engine == "pandas":
        if scheduler is not None:
            raise ValueError("scheduler is for engine='dask'")
        placed = _Placer(layers)(events)
        _far_from_scenario(placed, layers, strict)
        return placed
    import dask_geopandas

    if scheduler is not None:
        _use_scheduler(scheduler)
    if isinstance(events, gpd.GeoDataFrame):
        events = dask_geopandas.from_geopandas(events, chunksize=1_000_000)
    place = _PartitionPlacer(layers)
    return events.map_partitions(place, meta=place(events._meta))


#: Clients connected by :func:`_use_scheduler`, by address: kept open (a client closed by the garbage
#: collector would leave dask without its default) and reused.
_CLIENTS: dict[str, object] = {}


def _use_scheduler(scheduler) -> None:
    """Make a ``distributed.Client`` for ``scheduler`` (an address or a client) this process's default."""
    try:
        import distributed
    except ImportError as exc:
        raise ImportError("scheduler= needs dask.distributed: pip install 'geo-trafficking[dask]'") from exc
    if isinstance(scheduler, distributed.Client):
        client = scheduler
    else:
        address = str(scheduler)
        client = _CLIENTS.get(address)
        if client is None or client.status not in ("running", "connecting", "newly-created"):
            client = _CLIENTS[address] = distributed.Client(address, set_as_default=False)
    import dask

    dask.config.set(scheduler=client)


#: Placers built in this process, by the content of the layers they index (see :class:`_PartitionPlacer`).
_PLACERS: dict[str, "_Placer"] = {}


class _PartitionPlacer:
    """What a dask task carries to place a partition: the regions' and routes' ids and geometries
    (as WKB) and a hash of them. The indexes (:class:`_Placer`) are built in the process that runs the
    task, on its first partition, and kept in :data:`_PLACERS` under that hash for the next ones."""

    def __init__(self, layers: dict[str, gpd.GeoDataFrame]):
        import hashlib

        self.layers = {}
        digest = hashlib.sha256()
        for name in ("regions", "routes"):
            layer = layers.get(name)
            if layer is None or not len(layer):
                continue
            ids = [str(v) for v in layer["id"]]
            wkb = list(shapely.to_wkb(np.asarray(layer.geometry.values)))
            self.layers[name] = (ids, wkb)
            digest.update(json.dumps(ids).encode())
            for item in wkb:
                digest.update(len(item).to_bytes(8, "little"))
                digest.update(item)
        self.key = digest.hexdigest()

    def placer(self) -> "_Placer":
        place = _PLACERS.get(self.key)
        if place is None:
            frames = {name: gpd.GeoDataFrame({"id": ids}, geometry=shapely.from_wkb(wkb), crs="EPSG:4326")
                      for name, (ids, wkb) in self.layers.items()}
            if len(_PLACERS) >= 4:  # a few scenarios at most are in use at once
                _PLACERS.clear()
            place = _PLACERS[self.key] = _Placer(frames)
        return place

    def __call__(self, part: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
        out = self.placer()(part)
        # text columns typed as strings (not object), so that dask can write the schema to Parquet
        for col in ("country", "region_ids", "nearest_route_id"):
            out[col] = out[col].astype("string")
        return out


class _Placer:
    """The indexes of one scenario's countries, regions and routes, built once and applied to any
    number of event tables (the partitions of a dask frame share them)."""

    def __init__(self, layers: dict[str, gpd.GeoDataFrame]):
        regions, routes = layers.get("regions"), layers.get("routes")
        self.region_ids = regions["id"].to_numpy() if regions is not None and len(regions) else None
        self.regions = PolygonIndex(regions.geometry.values) if self.region_ids is not None else None
        self.route_ids = routes["id"].to_numpy() if routes is not None and len(routes) else None
        self.routes = (LineIndex(routes.geometry.values, spacing_m=EVENT_ROUTE_SPACING_M)
                       if self.route_ids is not None else None)
        self.countries = _country_index()  # one per process, shared by its placers
        # a country may be several Natural Earth features of one code: each feature -> its code's index
        self.country_names, self.country_of_polygon = np.unique(_countries()["iso_a3"].to_numpy(dtype=object),
                                                                return_inverse=True)

    #: Events placed at once: the STRtree over them (about 90 bytes an event) and the working arrays
    #: are made for this many at a time, so that they add tens of MiB, not GiB, to millions of events
    #: (the polygons' pieces are prepared only where a chunk has points: chunks cost no more time).
    #: The nearest-route lookup takes as many at once (:meth:`geo.spatial_index.LineIndex.nearest`:
    #: about 800 bytes of working memory an event).
    chunk = 100_000

    def __call__(self, events: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
        # the file's own columns of these names are kept, renamed; the columns are not copied (pandas
        # copies a column only when one of the two frames changes it)
        added = ("country", "region_ids", "nearest_route_id", "nearest_route_km")
        out = events.rename(columns={c: f"{c}_in_file" for c in added if c in events.columns})
        if out is events:
            out = events.copy(deep=False)
        if out.crs is not None and not out.crs.equals("EPSG:4326"):
            raise EventsError(f"events: field 'geometry': CRS must be EPSG:4326 (lon/lat), not {out.crs.to_string()}")
        geometry = np.asarray(out.geometry.values)
        n, step = len(geometry), max(int(self.chunk), 1)
        kinds = shapely.get_type_id(geometry).astype(np.int8)
        _refuse(out, np.flatnonzero((kinds != 0) & (kinds != -1)),
                lambda i: f"field 'geometry': must be a Point, not {geometry[i].geom_type}")
        out_of_range = []
        for start in range(0, n, step):
            pts = geometry[start:start + step]
            placed = (kinds[start:start + step] == 0) & ~shapely.is_empty(pts)
            lon, lat = shapely.get_x(pts[placed]), shapely.get_y(pts[placed])
            out_of_range.append(start + np.flatnonzero(placed)[~((np.abs(lon) <= 180) & (np.abs(lat) <= 90))])
        bad = np.concatenate(out_of_range) if out_of_range else np.zeros(0, dtype=np.int64)
        _refuse(out, bad, lambda i: f"field 'geometry': ({shapely.get_x(geometry[i])}, {shapely.get_y(geometry[i])}) "
                                    "is not a longitude and latitude in range")

        # each event's answer is held as a small integer code into a few distinct values (-1: none),
        # the columns are categoricals of those codes (1-2 bytes an event, not an 8-byte reference)
        country = np.full(n, -1, dtype=_code_dtype(len(self.country_names)))
        route = np.full(n, -1, dtype=_code_dtype(0 if self.route_ids is None else len(self.route_ids)))
        combos = _Combinations(self.region_ids)
        region = np.full(n, -1, dtype=np.int32)
        km = np.full(n, np.nan)
        from .progress import progress

        bar = progress(n, "placing events", "event") if n > step else None
        for start in range(0, n, step):
            sl = slice(start, start + step)
            pts = geometry[sl]
            placed = (kinds[sl] == 0) & ~shapely.is_empty(pts)
            pts = np.where(placed, pts, None)  # missing or empty points: in no country, region or route
            tree = shapely.STRtree(pts)  # one index over these events, shared by countries and regions
            hit = self.countries.first(pts, tree)
            country[sl][hit >= 0] = self.country_of_polygon[hit[hit >= 0]]
            if self.regions is not None:
                event, index = self.regions.pairs(pts, tree)
                region[sl] = combos.codes(event, index, len(pts))
            del tree
            if self.routes is not None and placed.any():
                nearest, dist_m = self.routes.nearest(shapely.get_x(pts[placed]), shapely.get_y(pts[placed]),
                                                      chunk=step)
                route[sl][placed] = nearest
                km[sl][placed] = np.round(dist_m / M_PER_KM, 1)
            if bar is not None:
                bar.update(len(pts))
        if bar is not None:
            bar.close()
        columns = (("country", _categorical(country, self.country_names)),
                   ("region_ids", _categorical(region, combos.names())),
                   ("nearest_route_id", _categorical(route, self.route_ids)),
                   ("nearest_route_km", km))
        del country, region, route
        # the arrays become the columns as they are (pandas 3 would copy them otherwise: 80 MB each at 10^7)
        for name, values in columns:
            out[name] = pd.Series(values, index=out.index, dtype=values.dtype, copy=False)
        return out


def _far_from_scenario(placed: gpd.GeoDataFrame, layers: dict[str, gpd.GeoDataFrame], strict: bool) -> None:
    """Warn (refuse, ``strict``) about events farther than :data:`EVENTS_FAR_KM` from every route,
    region and place: only events in no region and far from every route are measured further, to
    the regions' boundaries through a :class:`geo.spatial_index.LineIndex` (geodesic, WGS84) and to
    each place, so that the cost grows with the events, not with events × boundary vertices. The
    events are measured :attr:`_Placer.chunk` at a time, so the working arrays stay small."""

    geometry = np.asarray(placed.geometry.values)
    outside = placed["region_ids"].isna().to_numpy()
    route_km = placed["nearest_route_km"].to_numpy()
    step = max(int(_Placer.chunk), 1)
    index, points, rows = None, None, []
    for start in range(0, len(geometry), step):
        sl = slice(start, start + step)
        pts = geometry[sl]
        ok = (shapely.get_type_id(pts) == 0) & ~shapely.is_empty(pts)
        candidates = np.flatnonzero(ok & outside[sl] & ~(route_km[sl] <= EVENTS_FAR_KM))
        if not len(candidates):
            continue
        if points is None:  # the scenario's outlines and places, once there is an event to measure
            regions, places = layers.get("regions"), layers.get("places")
            edges = (shapely.boundary(regions.geometry.values) if regions is not None and len(regions)
                     else np.empty(0, dtype=object))
            edges = edges[~(shapely.is_missing(edges) | shapely.is_empty(edges))]
            points = (np.asarray(places.geometry.values) if places is not None and len(places)
                      else np.empty(0, dtype=object))
            points = points[~(shapely.is_missing(points) | shapely.is_empty(points))]
            if not len(edges) and not len(points) and layers.get("routes") is None:
                return  # no scenario to compare with
            # outside every region (checked above): the distance to a region is to its boundary
            index = LineIndex(edges, spacing_m=5_000) if len(edges) else None
        lon, lat = shapely.get_x(pts[candidates]), shapely.get_y(pts[candidates])
        nearest_m = np.full(len(candidates), np.inf)
        if index is not None:
            nearest_m = np.minimum(nearest_m, index.nearest(lon, lat, chunk=step)[1])
        for plon, plat in zip(shapely.get_x(points), shapely.get_y(points)):  # a scenario's few places
            nearest_m = np.minimum(nearest_m, GEOD.inv(np.full(len(lon), plon), np.full(len(lon), plat), lon, lat)[2])
        rows.append(start + candidates[nearest_m > EVENTS_FAR_KM * M_PER_KM])
    rows = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    if len(rows):
        names = [str(v) for v in (placed["id"].iloc[rows[:10]] if "id" in placed else placed.index[rows[:10]])]
        listed = ", ".join(repr(n) for n in names) + (f" and {len(rows) - 10} more" if len(rows) > 10 else "")
        _doubt(f"events: {len(rows)} event(s) more than {EVENTS_FAR_KM:,.0f} km from every route, region and place of "
               f"the scenario: {listed}; check their coordinates (a wrong sign, swapped or placeholder values)", strict)


def _refuse(events: gpd.GeoDataFrame, rows: np.ndarray, problem) -> None:
    """Refuse the events at positions ``rows``, naming the first five by id (made only for them)."""
    if len(rows):
        shown = rows[:5]
        names = events["id"].iloc[shown] if "id" in events else events.index[shown]
        raise EventsError("; ".join(f"event {str(name)!r}: {problem(i)}" for name, i in zip(names, shown))
                          + (f"; ... and {len(rows) - 5} more" if len(rows) > 5 else ""))


@lru_cache(maxsize=1)
def _country_index() -> PolygonIndex:
    return PolygonIndex(_countries().geometry.values)


def _code_dtype(count: int):
    """The smallest signed integer type that holds ``-1`` and the codes of ``count`` values."""
    for kind in (np.int8, np.int16, np.int32):
        if count <= np.iinfo(kind).max:
            return kind
    return np.int64


class _Combinations:
    """The distinct sets of regions events fall in, each a ``"; "``-joined text of their ids in layer
    order, numbered as they are first met; vectorised over the events of a chunk."""

    def __init__(self, region_ids: np.ndarray | None):
        self.region_ids = region_ids
        self.known: dict[str, int] = {}

    def codes(self, owner: np.ndarray, index: np.ndarray, n: int) -> np.ndarray:
        """The code of each of ``n`` events (``-1``: in no region) from the (event, region index)
        pairs, sorted by event then region (:meth:`geo.spatial_index.PolygonIndex.pairs`)."""
        out = np.full(n, -1, dtype=np.int32)
        if not len(owner):
            return out
        start = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
        count = np.diff(np.r_[start, len(owner)])
        # one row per event: its regions' indexes, padded with -1; the distinct rows are the sets
        rows = np.full((len(start), int(count.max())), -1, dtype=np.int64)
        rows[np.repeat(np.arange(len(start)), count), np.arange(len(owner)) - np.repeat(start, count)] = index
        distinct, inverse = np.unique(rows, axis=0, return_inverse=True)
        local = np.empty(len(distinct), dtype=np.int32)
        for i, row in enumerate(distinct):
            text = "; ".join(str(self.region_ids[r]) for r in row if r >= 0)
            local[i] = self.known.setdefault(text, len(self.known))
        out[owner[start]] = local[inverse.reshape(-1)]
        return out

    def names(self) -> np.ndarray:
        return np.array(list(self.known), dtype=object)


def _categorical(codes: np.ndarray, names) -> pd.Categorical:
    """A categorical of ``names[codes]`` (``-1``: missing) whose categories are only the names used,
    in sorted order, so that sorting, grouping and ``value_counts`` treat them as the texts they are."""
    names = np.empty(0, dtype=object) if names is None else np.asarray(names, dtype=object)
    used = np.bincount(codes[codes >= 0], minlength=len(names)) > 0 if len(names) else np.zeros(0, dtype=bool)
    kept = np.flatnonzero(used)
    texts = np.asarray([str(v) for v in names[kept]], dtype=object)
    order = np.argsort(texts, kind="stable")
    kept, texts = kept[order], texts[order]
    new = np.full(len(names) + 1, -1, dtype=_code_dtype(len(kept)))  # the last entry: code -1 stays -1
    new[kept] = np.arange(len(kept))
    categories = pd.Index(texts, dtype=object)
    return pd.Categorical.from_codes(new[codes], categories=categories, validate=False)
