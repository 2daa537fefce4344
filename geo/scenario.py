"""Reading and validating scenario files.

A scenario is one YAML file (see ``geo/data/scenario.schema.json`` and the README) that lists the
sources, places, regions, routes (ordered legs) and flows of one trafficking economy. The Peru
scenario shipped in ``geo/data/peru.yaml`` is the default; it is an instance of the same format.
"""

from __future__ import annotations

import json
import math
import reprlib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import ScenarioError

__all__ = ["Scenario", "load_scenario", "default_scenario_path", "SCENARIO_MAX_BYTES", "SCENARIO_MAX_NODES",
           "SCENARIO_MAX_TEXT_CHARS", "SCENARIO_MAX_DEPTH", "SCENARIO_MAX_INT_DIGITS"]

#: Scenario files larger than this are refused before parsing (a scenario is hand-written text).
SCENARIO_MAX_BYTES = 20 * 1024 * 1024
#: Most YAML nodes (mappings, lists, scalars, keys included) a scenario may hold once its aliases
#: (``*name``) are expanded; the Peru scenario has about 3,500. Beyond it the file is refused before
#: any value is built, so a small file of nested aliases (an "alias bomb") cannot exhaust memory.
SCENARIO_MAX_NODES = 1_000_000
#: Most characters of scalar text a scenario may hold once its aliases are expanded.
SCENARIO_MAX_TEXT_CHARS = 2 * SCENARIO_MAX_BYTES
#: Deepest nesting of mappings and lists (the Peru scenario nests 8 deep).
SCENARIO_MAX_DEPTH = 64
#: Most digits of a YAML integer (2**53, the largest integer JSON keeps exactly, has 16).
SCENARIO_MAX_INT_DIGITS = 100
#: Longest text of a value or message quoted in an error; longer text is cut and its size given.
_MESSAGE_VALUE_CHARS = 200

_SECTIONS = ("places", "regions", "routes", "flows")


def default_scenario_path() -> Path:
    """Path of the embedded Peru scenario, ``geo/data/peru.yaml``, installed with the package."""
    return Path(str(resources.files("geo") / "data" / "peru.yaml"))


@lru_cache(maxsize=1)
def _schema() -> dict:
    text = (resources.files("geo") / "data" / "scenario.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


@dataclass(frozen=True)
class Scenario:
    """A validated scenario.

    Attributes
    ----------
    path : pathlib.Path
        The file it was read from.
    data : dict
        The parsed file, as described by ``scenario.schema.json``.
    """

    path: Path
    data: dict = field(repr=False)

    def problem(self, path: list, message: str, value: Any = ...) -> str:
        """One problem line, ``"line L: <section> '<id>' (item i): field 'f': message (value: v)"``,
        for errors found after loading (building geometry, routing)."""
        try:
            root = yaml.compose(self.path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
        except (OSError, yaml.YAMLError):
            root = None
        return _describe(self.data, root, path, message, value)

    def error(self, path: list, message: str, value: Any = ...) -> ScenarioError:
        """A :class:`ScenarioError` with one :meth:`problem`."""
        return ScenarioError(str(self.path), [self.problem(path, message, value)])

    @property
    def id(self) -> str:
        return self.data["scenario"]["id"]

    @property
    def title(self) -> str:
        return self.data["scenario"]["title"]

    @property
    def places(self) -> list[dict]:
        return self.data["places"]

    @property
    def regions(self) -> list[dict]:
        return self.data["regions"]

    @property
    def routes(self) -> list[dict]:
        return self.data["routes"]

    @property
    def flows(self) -> list[dict]:
        return self.data["flows"]

    @property
    def aircraft(self) -> dict | None:
        """The aircraft of the air legs (``name``, ``range_km``, ``source``), or None."""
        return self.data["scenario"].get("aircraft")

    @property
    def views(self) -> list[dict]:
        """Named map views (``id``, ``name`` and ``regions``/``routes``/``places`` ids or ``bbox``)."""
        return self.data.get("views", [])

    @property
    def sources(self) -> dict[str, dict]:
        """Sources by id."""
        return {s["id"]: s for s in self.data["sources"]}

    @property
    def places_by_id(self) -> dict[str, dict]:
        return {p["id"]: p for p in self.data["places"]}

    @property
    def map_file(self) -> str:
        return self.data["scenario"].get("map_file", f"{self.id}_map.html")

    @property
    def focus_country(self) -> str | None:
        return self.data["scenario"].get("focus_country")


class _UniqueKeyLoader(yaml.SafeLoader):
    """yaml.SafeLoader that refuses a key repeated in one mapping (YAML says keys are unique; PyYAML
    would silently keep the last), a mapping or list used as a key, integers longer than
    :data:`SCENARIO_MAX_INT_DIGITS` digits, and any value PyYAML cannot build (a 13th month), each with
    a YAML error that carries its line."""

    def construct_object(self, node, deep=False):
        try:
            return super().construct_object(node, deep=deep)
        except yaml.YAMLError:
            raise
        except Exception as exc:  # noqa: BLE001 - PyYAML's constructors raise bare ValueError, IndexError, ...
            raise yaml.constructor.ConstructorError(
                None, None, f"cannot read the value {_short(node.value if isinstance(node, yaml.ScalarNode) else '')}: "
                f"{_cut(str(exc))}", node.start_mark) from exc

    def construct_yaml_int(self, node):
        digits = sum(ch.isalnum() for ch in str(node.value))
        if digits > SCENARIO_MAX_INT_DIGITS:
            raise yaml.constructor.ConstructorError(
                None, None, f"an integer of {digits:,} digits, more than the limit of {SCENARIO_MAX_INT_DIGITS} "
                "(put it in quotes if it is text)", node.start_mark)
        return super().construct_yaml_int(node)

    def construct_mapping(self, node, deep=False):
        if not isinstance(node, yaml.MappingNode):  # e.g. "!!set text": PyYAML's own error, with its line
            return super().construct_mapping(node, deep=deep)
        seen = {}
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                kind = "a mapping" if isinstance(key_node, yaml.MappingNode) else "a list"
                raise yaml.constructor.ConstructorError(
                    "while reading a mapping", node.start_mark,
                    f"{kind} cannot be a key (keys are names: text)", key_node.start_mark)
            key = self.construct_object(key_node, deep=deep)
            try:
                hash(key)
            except TypeError:
                raise yaml.constructor.ConstructorError(
                    "while reading a mapping", node.start_mark,
                    f"the key {_short(key)} cannot be a key (keys are names: text)", key_node.start_mark) from None
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    "while reading a mapping", node.start_mark,
                    f"duplicate key {_short(key)} (first on line {seen[key] + 1})", key_node.start_mark)
            seen[key] = key_node.start_mark.line
        return super().construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor("tag:yaml.org,2002:int", _UniqueKeyLoader.construct_yaml_int)


def _children(node) -> list:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _construct(root):
    """Python values of a composed document (:class:`_UniqueKeyLoader`); any failure of PyYAML's
    constructors becomes a YAML error (the line is known for most of them)."""
    try:
        return _UniqueKeyLoader("").construct_document(root)
    except yaml.YAMLError:
        raise
    except Exception as exc:  # noqa: BLE001 - a constructor's bare error, raised outside construct_object
        raise yaml.constructor.ConstructorError(None, None, f"cannot read the values: {_cut(str(exc))}") from exc


def _path_at(root, mark) -> list | None:
    """Keys and list indices leading to the node that starts at ``mark`` (a key counts as its
    value's field), found without expanding aliases; ``None`` if no node starts there."""
    seen: set[int] = set()
    stack = [(root, [])]
    while stack:
        node, path = stack.pop()
        if node is None or id(node) in seen:
            continue
        seen.add(id(node))
        if node.start_mark.index == mark.index and path:
            return path
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                name = key.value if isinstance(key, yaml.ScalarNode) else None
                if key.start_mark.index == mark.index:
                    return [*path, name] if name is not None else path
            # in document order, so that a value is named where it first appears (its anchor)
            stack.extend((value, [*path, key.value]) for key, value in reversed(node.value)
                         if isinstance(key, yaml.ScalarNode))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((v, [*path, i]) for i, v in reversed(list(enumerate(node.value))))
    return None


def _check_expanded_size(root) -> str | None:
    """A problem line if the document, its aliases expanded, has more nodes than
    :data:`SCENARIO_MAX_NODES`, more scalar text than :data:`SCENARIO_MAX_TEXT_CHARS`, nests deeper
    than :data:`SCENARIO_MAX_DEPTH` or refers to itself; else ``None``.

    The sizes are counted on the composed node graph, where an alias is a second reference to the
    same node: each node's expanded size is computed once (iteratively, memoised), so the count costs
    time linear in the file however large the expansion would be.
    """
    size: dict[int, tuple[int, int, int]] = {}  # id(node) -> (nodes, characters, depth) once expanded
    on_path: set[int] = set()
    stack = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            on_path.discard(key)
            kids = [size[id(k)] for k in _children(node)]
            nodes = 1 + sum(k[0] for k in kids)
            chars = sum(k[1] for k in kids) + (len(node.value) if isinstance(node, yaml.ScalarNode) else 0)
            depth = 1 + max((k[2] for k in kids), default=0)
            size[key] = (nodes, chars, depth)
            line = node.start_mark.line + 1
            if nodes > SCENARIO_MAX_NODES or chars > SCENARIO_MAX_TEXT_CHARS or depth > SCENARIO_MAX_DEPTH:
                field_path = _path_at(root, node.start_mark)
                if field_path:
                    line = f"{line}: field '{_cut('.'.join(map(str, field_path)), 100)}'"
            if nodes > SCENARIO_MAX_NODES:
                return (f"line {line}: this value expands to more than {SCENARIO_MAX_NODES:,} YAML nodes through its "
                        f"aliases (*name): refused as too large ({nodes:,} counted so far)")
            if chars > SCENARIO_MAX_TEXT_CHARS:
                return (f"line {line}: this value expands to more than {SCENARIO_MAX_TEXT_CHARS:,} characters of text "
                        f"through its aliases (*name): refused as too large")
            if depth > SCENARIO_MAX_DEPTH:
                return f"line {line}: mappings and lists nested more than {SCENARIO_MAX_DEPTH} deep: refused"
            continue
        if key in size:
            continue
        if key in on_path:
            return (f"line {node.start_mark.line + 1}: an alias refers to a value that contains it "
                    "(a recursive alias): refused")
        on_path.add(key)
        stack.append((node, True))
        stack.extend((k, False) for k in _children(node) if id(k) not in size)
    return None


def _line_of(root: yaml.Node | None, path: list) -> int | None:
    """1-based line of the YAML node at ``path`` (keys and list indices), or of its nearest parent."""
    node, line = root, None
    if node is not None:
        line = node.start_mark.line + 1
    for key in path:
        if isinstance(node, yaml.MappingNode):
            nxt = next((v for k, v in node.value if getattr(k, "value", None) == key), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            nxt = node.value[key]
        else:
            nxt = None
        if nxt is None:
            break
        node, line = nxt, nxt.start_mark.line + 1
    return line


_REPR = reprlib.Repr()
_REPR.maxlevel, _REPR.maxdict, _REPR.maxlist, _REPR.maxset = 3, 8, 8, 8
_REPR.maxstring = _REPR.maxother = _REPR.maxlong = _MESSAGE_VALUE_CHARS


def _cut(text: str, limit: int = _MESSAGE_VALUE_CHARS) -> str:
    """``text``, or its first ``limit`` characters and its length when longer."""
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text):,} characters in all)"


def _short(value: Any, limit: int = 80) -> str:
    """A bounded ``repr`` of a value for a message: never longer than about ``limit`` characters
    plus its size, however large the value (its full ``repr`` is never built)."""
    if isinstance(value, str):
        return repr(value) if len(value) <= limit else f"{value[:limit]!r}... ({len(value):,} characters)"
    text = _REPR.repr(value)
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    if isinstance(value, (list, dict, tuple, set)) and len(text) >= limit - 3:
        text += f" ({type(value).__name__} of {len(value):,} items)"
    return text


def _describe(data: dict, root, path: list, message: str, value: Any = ...) -> str:
    """``"line L: places 'x' (item 3): field 'lat': message (value: 95)"``."""
    parts = []
    line = _line_of(root, path)
    if line is not None:
        parts.append(f"line {line}")
    where = list(path)
    if len(where) >= 2 and where[0] in (*_SECTIONS, "sources", "views") and isinstance(where[1], int):
        section, index = where[0], where[1]
        item = data.get(section, [])[index] if isinstance(data.get(section), list) else None
        fid = item.get("id") if isinstance(item, dict) else None
        parts.append(f"{section} '{_cut(str(fid), 100)}' (item {index})" if fid is not None
                     else f"{section} item {index}")
        where = where[2:]
    elif where:
        parts.append(_cut(str(where[0]), 100))
        where = where[1:]
    if where:
        parts.append("field '" + _cut(".".join(str(p) for p in where), 100) + "'")
    text = ": ".join(parts + [message]) if parts else message
    if value is not ...:
        text += f" (value: {_short(value)})"
    return text


_MAX_EXACT_INT = 2**53  # integers beyond this cannot be written exactly as JSON numbers


def _walk_numbers(node, path):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _walk_numbers(v, [*path, k])
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _walk_numbers(v, [*path, i])
    elif isinstance(node, (int, float)) and not isinstance(node, bool):
        yield path, node


def _period_key(text: str, *, last: bool = False) -> tuple:
    """(year, month, day) of a period bound "YYYY", "YYYY-MM" or "YYYY-MM-DD": its first day, or with
    ``last`` its last day at the precision written ("2016" ends after "2016-05", 99 standing for "any")."""
    parts = [int(p) for p in text.split("-")]
    return tuple(parts + [99 if last else 0] * (3 - len(parts)))


def _cross_check(data: dict, root) -> list[str]:
    problems = []
    for path, number in _walk_numbers(data, []):
        if isinstance(number, float) and not math.isfinite(number):
            problems.append(_describe(data, root, path, "must be a finite number", number))
        elif isinstance(number, int) and abs(number) > _MAX_EXACT_INT:
            problems.append(_describe(data, root, path, f"is larger than {_MAX_EXACT_INT:,} and would lose digits", number))
    for section in _SECTIONS:
        for i, item in enumerate(data[section]):
            start, end = item.get("period_start"), item.get("period_end")
            if start and end and _period_key(end, last=True) < _period_key(start):
                problems.append(_describe(data, root, [section, i, "period_end"],
                                          f"is before period_start {start!r}", end))
    source_ids = [s["id"] for s in data["sources"]]
    seen_sources: set[str] = set()
    for i, sid in enumerate(source_ids):
        if sid in seen_sources:
            problems.append(_describe(data, root, ["sources", i, "id"], "duplicate source id", sid))
        seen_sources.add(sid)

    seen: dict[str, str] = {}
    for section in _SECTIONS:
        for i, item in enumerate(data[section]):
            fid = item["id"]
            if fid in seen:
                problems.append(_describe(data, root, [section, i, "id"],
                                          f"duplicate id (already used in {seen[fid]})", fid))
            else:
                seen[fid] = section
            for j, sid in enumerate(item.get("sources", [])):
                if sid not in seen_sources:
                    problems.append(_describe(data, root, [section, i, "sources", j], "unknown source id", sid))
            src = item.get("official_area_source")
            if src is not None and src not in seen_sources:
                problems.append(_describe(data, root, [section, i, "official_area_source"],
                                          "unknown source id", src))

    # A coordinate's source starts with the id of a listed source: "inei_ccpp 0809100001".
    for i, place in enumerate(data["places"]):
        head = place["coord_source"].split()[0]
        if head not in seen_sources:
            problems.append(_describe(data, root, ["places", i, "coord_source"],
                                      "must start with the id of a listed source", place["coord_source"]))
    for i, region in enumerate(data["regions"]):
        for j, anchor in enumerate(region["geometry"].get("anchors", [])):
            if anchor["coord_source"].split()[0] not in seen_sources:
                problems.append(_describe(data, root, ["regions", i, "geometry", "anchors", j, "coord_source"],
                                          "must start with the id of a listed source", anchor["coord_source"]))
    for i, route in enumerate(data["routes"]):
        for j, leg in enumerate(route["legs"]):
            for k, via in enumerate(leg.get("via", [])):
                if via["coord_source"].split()[0] not in seen_sources:
                    problems.append(_describe(data, root, ["routes", i, "legs", j, "via", k, "coord_source"],
                                              "must start with the id of a listed source", via["coord_source"]))

    digits = {"department": 2, "province": 4, "district": 6}
    for i, region in enumerate(data["regions"]):
        official = region.get("official")
        if official is None:
            continue
        for j, sid in enumerate(official["sources"]):
            if sid not in seen_sources:
                problems.append(_describe(data, root, ["regions", i, "official", "sources", j], "unknown source id", sid))
        for j, unit in enumerate(official.get("newer_units", [])):
            if unit["covered_by"] not in official["ubigeo"]:
                problems.append(_describe(data, root, ["regions", i, "official", "newer_units", j, "covered_by"],
                                          "must be one of the region's official ubigeo codes", unit["covered_by"]))
        for j, code in enumerate(official["ubigeo"]):
            if len(code) != digits[official["level"]]:
                problems.append(_describe(data, root, ["regions", i, "official", "ubigeo", j],
                                          f"a {official['level']} UBIGEO has {digits[official['level']]} digits", code))

    place_ids = {p["id"] for p in data["places"]}
    coords = {p["id"]: (p["lon"], p["lat"]) for p in data["places"]}
    for i, region in enumerate(data["regions"]):
        for j, pid in enumerate(region["geometry"].get("places", [])):
            if pid not in place_ids:
                problems.append(_describe(data, root, ["regions", i, "geometry", "places", j], "unknown place", pid))
    for i, route in enumerate(data["routes"]):
        for j, leg in enumerate(route["legs"]):
            for end in ("from", "to"):
                if leg[end] not in place_ids:
                    problems.append(_describe(data, root, ["routes", i, "legs", j, end], "unknown place", leg[end]))
            if leg["from"] == leg["to"]:
                problems.append(_describe(data, root, ["routes", i, "legs", j, "to"],
                                          "leg starts and ends at the same place", leg["to"]))
            elif leg["from"] in coords and leg["to"] in coords and coords[leg["from"]] == coords[leg["to"]]:
                problems.append(_describe(data, root, ["routes", i, "legs", j, "to"],
                                          f"leg starts and ends at the same coordinates as {leg['from']!r}", leg["to"]))
    named_ids = place_ids | {r["id"] for r in data["regions"]}
    for i, source in enumerate(data["sources"]):
        for j, ref in enumerate(source.get("names", [])):
            if ref not in named_ids:
                problems.append(_describe(data, root, ["sources", i, "names", j],
                                          "unknown place or region (names lists the ids of what the source names)", ref))
    for i, flow in enumerate(data["flows"]):
        for end in ("from", "to"):
            if flow[end] not in place_ids:
                problems.append(_describe(data, root, ["flows", i, end], "unknown place", flow[end]))
    aircraft = data["scenario"].get("aircraft")
    if aircraft and aircraft["source"] not in seen_sources:
        problems.append(_describe(data, root, ["scenario", "aircraft", "source"], "unknown source id", aircraft["source"]))
    known = {"regions": {r["id"] for r in data["regions"]}, "routes": {r["id"] for r in data["routes"]},
             "places": place_ids}
    for i, view in enumerate(data.get("views", [])):
        for section, ids in known.items():
            for j, ref in enumerate(view.get(section, [])):
                if ref not in ids:
                    problems.append(_describe(data, root, ["views", i, section, j], f"unknown {section[:-1]}", ref))
        box = view.get("bbox")
        if box and not (-180 <= box[0] <= 180 and -180 <= box[2] <= 180 and -90 <= box[1] < box[3] <= 90):
            problems.append(_describe(data, root, ["views", i, "bbox"],
                                      "must be [west, south, east, north] in degrees, south < north", box))

    problems += _story_problems(data, lambda path, message, value: _describe(data, root, path, message, value))
    return problems


def _story_problems(data: dict, describe) -> list[str]:
    """What is wrong in a scenario's ``story`` (the map's guided story): a view, feature or source id that the scenario lacks.

    Parameters
    ----------
    data : dict
        The parsed scenario (already valid against the schema).
    describe : callable
        ``describe(path, message, value)`` -> one problem line naming the line, item, field and value.

    Returns
    -------
    list of str
        One line per unknown id (empty when the story is sound or absent).
    """
    problems = []
    views = {v["id"] for v in data.get("views", [])}
    features = {item["id"] for section in ("places", "regions", "routes", "flows") for item in data.get(section, [])}
    sources = {s["id"] for s in data.get("sources", [])}
    known = {"regions": {r["id"] for r in data.get("regions", [])}, "routes": {r["id"] for r in data.get("routes", [])},
             "places": {p["id"] for p in data.get("places", [])}}
    for i, step in enumerate(data.get("story", [])):
        view = step.get("view")
        if isinstance(view, str) and view not in views:
            problems.append(describe(["story", i, "view"], "unknown view", view))
        if isinstance(view, dict):
            for section, ids in known.items():
                for j, ref in enumerate(view.get(section, [])):
                    if ref not in ids:
                        problems.append(describe(["story", i, "view", section, j], f"unknown {section[:-1]}", ref))
        for j, ref in enumerate(step.get("highlight", [])):
            if ref not in features:
                problems.append(describe(["story", i, "highlight", j], "unknown place, region, route or flow", ref))
        for j, ref in enumerate(step.get("sources", [])):
            if ref not in sources:
                problems.append(describe(["story", i, "sources", j], "unknown source id", ref))
    return problems


def load_scenario(path: str | Path | None = None) -> Scenario:
    """Read and validate a scenario file.

    Parameters
    ----------
    path : str or pathlib.Path, optional
        A YAML scenario file. Default: the embedded Peru scenario (:func:`default_scenario_path`).

    Returns
    -------
    Scenario
        The validated scenario.

    Raises
    ------
    ScenarioError
        If the file cannot be read, is larger than :data:`SCENARIO_MAX_BYTES`, is not UTF-8, is not
        valid YAML, breaks the schema, repeats an id, or names an unknown place or source. The message
        lists every problem with the file, line, feature id, field and value.
    """
    path = Path(path) if path is not None else default_scenario_path()
    try:
        size = path.stat().st_size
        if size > SCENARIO_MAX_BYTES:
            raise ScenarioError(str(path), [f"file is {size} bytes, more than the limit of {SCENARIO_MAX_BYTES}"])
        raw = path.read_bytes()
    except OSError as exc:
        raise ScenarioError(str(path), [f"cannot read the file: {exc.strerror or exc}"]) from exc
    # A file already validated by this same code is taken from the cache (keyed by its bytes and
    # the code's hash, geo.cache): no YAML parsing, no schema validation.
    from . import cache

    key = cache.scenario_key(raw)
    data = cache.cached_json("scenario", key)
    if isinstance(data, dict):
        return Scenario(path=path, data=data)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ScenarioError(str(path), [f"line {line}: not UTF-8 text (byte {raw[exc.start]:#04x} at offset {exc.start})"]) from exc
    root = None
    try:
        # Parsed once, by libyaml where PyYAML has it (ten times faster), into nodes that keep their
        # line numbers for messages; then built into Python values refusing duplicate keys.
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        too_large = _check_expanded_size(root) if root is not None else None
        if too_large:
            raise ScenarioError(str(path), [too_large])
        data = _construct(root) if root is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).split("\n")[0]
        if isinstance(exc, yaml.reader.ReaderError):  # a character YAML does not allow
            before = text[: exc.position]
            where = f"line {before.count(chr(10)) + 1}, column {exc.position - before.rfind(chr(10))}: "
            char = chr(exc.character) if isinstance(exc.character, int) else exc.character  # PyYAML gives its code
            problem = f"character {char!r} is not allowed in YAML ({exc.reason})"
        problem = " ".join(str(problem).split())
        if isinstance(exc, yaml.constructor.ConstructorError):  # well-formed YAML, a value we refuse
            field_path = _path_at(root, mark) if mark is not None else None
            if field_path:
                where += "field '" + _cut(".".join(map(str, field_path)), 100) + "': "
            raise ScenarioError(str(path), [f"{where}{_cut(problem)}"]) from exc
        raise ScenarioError(str(path), [f"{where}not valid YAML: {_cut(problem)}"]) from exc
    except RecursionError as exc:  # a structure nested beyond what the parser can follow
        raise ScenarioError(str(path), ["mappings and lists nested too deep to read: refused"]) from exc
    if not isinstance(data, dict):
        raise ScenarioError(str(path), [f"the file must hold a mapping with the keys {', '.join(('scenario', 'sources') + _SECTIONS)} (value: {_short(data)})"])

    import jsonschema

    validator = jsonschema.Draft202012Validator(_schema())
    problems = []
    for err in sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path]):
        path_list = list(err.absolute_path)
        if err.validator == "oneOf" and isinstance(err.instance, dict) and "method" in err.instance:
            message = "does not fit the geometry method " + _short(err.instance.get("method")) + \
                " (buffered_hull needs buffer_m and places or anchors; countries needs iso_a3; border_strip needs country, neighbour, width_m)"
            problems.append(_describe(data, root, path_list, message))
            continue
        value = err.instance if err.validator not in ("required", "additionalProperties") else ...
        message = _cut(err.message)
        if (path_list and path_list[-1] in ("period_start", "period_end") and err.validator == "type"
                and not isinstance(err.instance, str)):
            # YAML reads 2016-10-01 as a date and 2016 as a number
            message = 'must be a date in quotes: "YYYY", "YYYY-MM" or "YYYY-MM-DD"'
        problems.append(_describe(data, root, path_list, message, value))
    if problems:
        raise ScenarioError(str(path), problems)
    problems = _cross_check(data, root)
    if problems:
        raise ScenarioError(str(path), problems)
    cache.store_json("scenario", key, data)
    return Scenario(path=path, data=data)
