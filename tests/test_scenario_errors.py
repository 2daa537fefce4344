"""Bad scenario input: one clear error naming file, feature, field and value; outputs untouched."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import geo
from geo.scenario import default_scenario_path

REPO = Path(__file__).resolve().parents[1]


def _scenario(tmp_path, mutate) -> Path:
    data = yaml.safe_load(default_scenario_path().read_text(encoding="utf-8"))
    mutate(data)
    path = tmp_path / "scenario.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _unknown_place(d):
    d["routes"][0]["legs"][1]["to"] = "atlantis"


def _latitude_out_of_range(d):
    d["places"][2]["lat"] = 95.0


def _duplicate_id(d):
    d["places"][3]["id"] = d["places"][2]["id"]


CASES = {
    "unknown place": (_unknown_place, ["routes 'couriers_bolivia_brazil'", "legs.1.to", "unknown place", "'atlantis'"]),
    "latitude": (_latitude_out_of_range, ["places 'kimbiri'", "field 'lat'", "95"]),
    "duplicate id": (_duplicate_id, ["places 'kimbiri' (item 3)", "field 'id'", "duplicate id", "'kimbiri'"]),
}


@pytest.mark.parametrize("case", CASES)
def test_error_names_file_feature_field_and_value(tmp_path, case):
    mutate, expected = CASES[case]
    path = _scenario(tmp_path, mutate)
    with pytest.raises(geo.ScenarioError) as info:
        geo.load_scenario(path)
    message = str(info.value)
    assert str(path) in message
    assert "line " in message
    for part in expected:
        assert part in message, f"{part!r} not in {message!r}"


def test_all_problems_are_reported_at_once(tmp_path):
    path = _scenario(tmp_path, lambda d: (_latitude_out_of_range(d), d["places"][5].__setitem__("lon", -200)))
    with pytest.raises(geo.ScenarioError) as info:
        geo.load_scenario(path)
    assert len(info.value.problems) == 2


@pytest.mark.parametrize("text, expected", [
    ("places: [unclosed", "not valid YAML"),
    ("- just\n- a list\n", "must hold a mapping"),
    (b"scenario: {id: x, title: \xff}\n", "not UTF-8"),
])
def test_unreadable_files(tmp_path, text, expected):
    path = tmp_path / "bad.yaml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    with pytest.raises(geo.ScenarioError, match=expected):
        geo.load_scenario(path)


def test_missing_file(tmp_path):
    with pytest.raises(geo.ScenarioError, match="cannot read"):
        geo.load_scenario(tmp_path / "nope.yaml")


@pytest.mark.parametrize("case", CASES)
def test_failed_build_leaves_previous_outputs_untouched(tmp_path, case):
    layers, out = tmp_path / "layers", tmp_path / "out"
    geo.build(layers_dir=layers, out_dir=out, official=None)
    before = {p: p.read_bytes() for p in [*layers.iterdir(), *out.iterdir()]}
    bad = _scenario(tmp_path, CASES[case][0])
    proc = subprocess.run([sys.executable, "-m", "geo", "build", "--scenario", str(bad),
                           "--layers-dir", str(layers), "--out", str(out)],
                          capture_output=True, text=True, cwd=REPO,
                          env={**os.environ, "GEO_DATA_CACHE": str(tmp_path / "cache")})
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert str(bad) in proc.stderr
    after = {p: p.read_bytes() for p in [*layers.iterdir(), *out.iterdir()]}
    assert after == before
