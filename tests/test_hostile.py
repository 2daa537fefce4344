"""Hostile scenario files: bounded memory and time, one clear line instead of a traceback.

Memory and time are bounded by running the command in a subprocess under resource limits (address
space and CPU seconds), never by timing it.
"""

import contextlib
import io
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import geo
from geo.cli import main
from geo.scenario import SCENARIO_MAX_NODES, default_scenario_path

REPO = Path(__file__).resolve().parents[1]
#: Address space allowed to a checked command: importing the geospatial stack takes about 0.5 GiB
#: (with one BLAS thread); an unbounded alias expansion passes 2 GiB within seconds.
LIMIT_AS_BYTES = 2 << 30
#: CPU seconds allowed to a checked command.
LIMIT_CPU_S = 120


def _limits():
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT_AS_BYTES, LIMIT_AS_BYTES))
    resource.setrlimit(resource.RLIMIT_CPU, (LIMIT_CPU_S, LIMIT_CPU_S))


def run_limited(*args, cwd=None):
    env = {**os.environ, "PYTHONPATH": str(REPO), "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
    return subprocess.run([sys.executable, "-m", "geo", *args], capture_output=True, text=True, cwd=cwd, env=env,
                          preexec_fn=_limits, timeout=900)


def alias_bomb(levels: int = 9, width: int = 9) -> str:
    """A scenario whose title is ``levels`` alias levels, each repeating the one below ``width``
    times: about 1.2 KB of text for width**levels (387 million) strings once expanded."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * width)}]")
    return "\n".join(lines) + f"\nscenario:\n  id: bomb\n  title: *a{levels - 1}\n"


def _one_error_line(stderr: str, path) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith(f"error: {path}: ") and "Traceback" not in stderr
    assert len(lines[0]) < 1000
    return lines[0]


def test_an_alias_bomb_is_refused_within_bounded_memory_and_time(tmp_path):
    path = tmp_path / "bomb.yaml"
    path.write_text(alias_bomb(), encoding="utf-8")
    assert path.stat().st_size < 1300
    proc = run_limited("build", "--scenario", str(path), "--out", str(tmp_path / "out"))
    assert proc.returncode == 2, proc.stderr[-2000:]
    line = _one_error_line(proc.stderr, path)
    assert f"more than {SCENARIO_MAX_NODES:,} YAML nodes" in line and "line 7: field 'a6'" in line
    assert not (tmp_path / "out").exists()


def test_a_recursive_alias_is_refused(tmp_path):
    path = tmp_path / "loop.yaml"
    path.write_text("scenario: &s\n  id: loop\n  title: x\n  again: *s\n", encoding="utf-8")
    with pytest.raises(geo.ScenarioError, match="line 1: an alias refers to a value that contains it"):
        geo.load_scenario(path)


def test_a_long_value_in_a_message_is_cut_and_its_size_given(tmp_path):
    # 300 aliases of a 5,000-character string: within the limits, but a message must not quote it all
    text = default_scenario_path().read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    data["scenario"]["title"] = ["x" * 5000] * 300
    path = tmp_path / "long.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(geo.ScenarioError) as info:
        geo.load_scenario(path)
    message = str(info.value)
    assert "field 'title'" in message and "characters in all" in message
    assert len(message) < 1000


@pytest.mark.parametrize("body, field, expected", [
    ("scenario:\n  id: x\n  count: " + "1" * 5000 + "\n", "scenario.count",
     "line 3, column 10: field 'scenario.count': an integer of 5,000 digits, more than the limit of 100"),
    ("scenario:\n  ? [a, b]\n  : 1\n", "scenario", "line 2, column 5: field 'scenario': a list cannot be a key"),
    ("scenario:\n  id: x\n  {a: 1}: 2\n", "scenario", "line 3, column 3: field 'scenario': a mapping cannot be a key"),
    ("scenario:\n  id: x\n  since: 2016-13-45\n", "scenario.since",
     "line 3, column 10: field 'scenario.since': cannot read the value '2016-13-45': month must be in 1..12"),
    ("a:\n" + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(100)) + "  " * 101 + "x\n", None,
     "mappings and lists nested more than 64 deep"),
])
def test_values_yaml_cannot_build_give_file_line_and_field(tmp_path, body, field, expected):
    # issue 15.3: these raised ValueError/TypeError tracebacks (exit 1)
    path = tmp_path / "bad.yaml"
    path.write_text(body, encoding="utf-8")
    proc = run_limited("distance", "a", "b", "--scenario", str(path))
    assert proc.returncode == 2, proc.stderr
    assert expected in _one_error_line(proc.stderr, path)


def test_an_unexpected_error_is_one_line_and_debug_shows_the_traceback(monkeypatch, capsys):
    import geo.layers

    monkeypatch.setenv("GEO_NO_CACHE", "1")  # build the layers now (a cached copy would not fail)

    def broken(*args, **kwargs):
        raise ZeroDivisionError("division by zero " + "z" * 5000)

    monkeypatch.setattr(geo.layers, "build_layers", broken)
    assert main(["regions", "--scenario", str(default_scenario_path())]) == 1
    err = capsys.readouterr().err
    line = err.strip().splitlines()[-1]
    assert line.startswith("error: unexpected ZeroDivisionError while measuring the regions "
                           f"(--scenario {default_scenario_path()}): division by zero zzz")
    assert line.endswith("characters in all); rerun with --debug for the traceback") and len(line) < 600
    assert "Traceback" not in err
    with pytest.raises(ZeroDivisionError):
        main(["regions", "--debug"])
    with pytest.raises(ZeroDivisionError):
        main(["--debug", "regions"])


def test_a_geo_folder_that_is_another_copy_is_explained(tmp_path):
    # issue 13.13: a folder named geo in the current folder (an older copy) shadows the toolkit
    copy = tmp_path / "geo"
    shutil.copytree(REPO / "geo", copy, ignore=shutil.ignore_patterns("__pycache__"))
    build_py = copy / "build.py"
    build_py.write_text(build_py.read_text(encoding="utf-8").replace("def resolve_official(", "def _older_name("),
                        encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    proc = subprocess.run([sys.executable, "-m", "geo", "regions"], capture_output=True, text=True, cwd=tmp_path,
                          env=env, timeout=600)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "cannot import name 'resolve_official'" in proc.stderr
    assert f"Python took the package 'geo' from {copy / '__init__.py'}" in proc.stderr
    assert "run from another folder or reinstall" in proc.stderr


# -- fuzzing ------------------------------------------------------------------------------------

_YAML_PIECES = ["scenario", "places", "id", ":", ": ", " ", "\n", "\n  ", "- ", "&a ", "*a", "&b ", "*b", "[", "]",
                "{", "}", ",", "? ", "!!int ", "!!set ", "!!binary ", "!!python/object ", "!!timestamp ", "<<: ",
                "'", '"', "#", "|", ">", "1" * 30, "9" * 400, "2016-13-45", "0x", "0b", "1:2:3", ".nan", "~", "é",
                "\t", "\r", "\x00", "\ufeff", "%YAML 1.1\n", "---\n", "...\n"]


def _cli_error(tmp_path: Path, content: bytes) -> tuple[int, str]:
    path = tmp_path / "fuzz.yaml"
    path.write_bytes(content)
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        status = main(["distance", "a", "b", "--scenario", str(path)])
    return status, err.getvalue()


def _assert_clean_refusal(status: int, err: str, tmp_path: Path) -> None:
    assert status == 2, err
    assert "Traceback" not in err and "error: unexpected" not in err
    lines = err.rstrip("\n").split("\n")
    assert lines[0].startswith(f"error: {tmp_path / 'fuzz.yaml'}: ")
    # one line, or a count of problems followed by one line per problem
    assert len(lines) == 1 or (lines[0].endswith("problem(s) in the scenario:")
                               and all(line.startswith("  ") for line in lines[1:]))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=400))
def test_fuzz_random_bytes(tmp_path, content):
    _assert_clean_refusal(*_cli_error(tmp_path, content), tmp_path)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(st.sampled_from(_YAML_PIECES), max_size=60))
def test_fuzz_yaml_like_text(tmp_path, pieces):
    _assert_clean_refusal(*_cli_error(tmp_path, "".join(pieces).encode("utf-8")), tmp_path)


_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=30),
                     st.dates(), st.binary(max_size=8))
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                         st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                       max_leaves=12)
_PERU = yaml.safe_load(default_scenario_path().read_text(encoding="utf-8"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzz_random_structures_in_the_scenario(tmp_path, data):
    """A random value put in a random place of the Peru scenario: valid, or refused cleanly."""
    import copy

    scenario = copy.deepcopy(_PERU)
    node = scenario
    for _ in range(data.draw(st.integers(1, 4))):
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        if not keys:
            break
        key = data.draw(st.sampled_from(keys))
        if isinstance(node[key], (dict, list)) and data.draw(st.booleans()):
            node = node[key]
            continue
        node[key] = data.draw(_VALUES)
        break
    else:
        node[data.draw(st.text(max_size=8)) if isinstance(node, dict) else 0] = data.draw(_VALUES)
    text = yaml.safe_dump(scenario, allow_unicode=True, sort_keys=False)
    path = tmp_path / "fuzz.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        geo.load_scenario(path)
    except geo.ScenarioError as exc:
        first = str(exc).split("\n")[0]
        assert first.startswith(f"{path}: ")


def test_a_long_list_of_problems_is_cut_after_fifty():
    error = geo.ScenarioError("s.yaml", [f"line {i}: field 'x': bad" for i in range(1, 61)])
    lines = str(error).split("\n")
    assert lines[0] == "s.yaml: 60 problem(s) in the scenario:"
    assert lines[1] == "  - line 1: field 'x': bad" and lines[50] == "  - line 50: field 'x': bad"
    assert lines[51:] == ["  ... and 10 more"] and len(error.problems) == 60
