"""Messages that say what is wrong: inland "ports", unknown ids, a place near itself."""

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import shapely
import yaml

import geo
from geo.countries import _countries
from geo.measure import GEOD
from geo.routing import MAX_PORT_LINK_LAND_KM, distance_to_sea_km, sea_lane
from geo.scenario import default_scenario_path

REPO = Path(__file__).resolve().parents[1]
PUCALLPA = (-74.5539, -8.3791)  # Pucallpa, Ucayali (the city's coordinates as gazetteers give them)
CALLAO = (-77.15, -12.05)


def run(*args):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "geo", *args], capture_output=True, text=True, env=env, timeout=600)


def _nearest_coast_vertex_km(lonlat) -> float:
    """An independent upper bound: the geodesic distance to the nearest vertex of the South American
    coast (Natural Earth), by brute force over every vertex with pyproj."""
    land = shapely.union_all(_countries().query("continent == 'South America'").geometry.values)
    part = next(p for p in shapely.get_parts(land) if p.contains(shapely.Point(lonlat)))
    xy = shapely.get_coordinates(part.exterior)
    _, _, dist_m = GEOD.inv(np.full(len(xy), lonlat[0]), np.full(len(xy), lonlat[1]), xy[:, 0], xy[:, 1])
    return float(dist_m.min()) / 1000


def test_distance_to_the_sea_matches_a_brute_force_over_the_coast():
    km = distance_to_sea_km(PUCALLPA)
    # the nearest coastal vertex is at most a few km further than the nearest point of the coast
    assert km == pytest.approx(_nearest_coast_vertex_km(PUCALLPA), abs=3)
    assert 400 < km < 470  # Pucallpa lies in the Amazon lowland, some 430 km from the Pacific
    assert distance_to_sea_km((-80.0, -10.0)) == 0.0  # at sea
    assert distance_to_sea_km(CALLAO) < 5  # a port on the coast


def test_an_inland_sea_leg_names_the_place_its_distance_and_the_limit():
    # issue 13.11: searoute snaps both ends to one node; the message used to blame closed passages
    with pytest.raises(geo.RoutingError) as info:
        sea_lane(PUCALLPA, CALLAO, place_names=("Pucallpa", "Callao (port)"))
    message = str(info.value)
    km = distance_to_sea_km(PUCALLPA)
    assert f"Pucallpa {PUCALLPA} is {km:,.0f} km from the sea, not a port" in message
    assert f"at most {MAX_PORT_LINK_LAND_KM:g} km inland" in message
    assert "passages closed" not in message


def test_an_inland_sea_leg_in_a_scenario(tmp_path):
    data = yaml.safe_load(default_scenario_path().read_text(encoding="utf-8"))
    data["places"].append({"id": "pucallpa", "name": "Pucallpa", "kind": "town", "country": "PER",
                           "lon": PUCALLPA[0], "lat": PUCALLPA[1], "coord_source": "article", "sources": ["article"],
                           "confidence": "reported"})
    data["routes"][0]["legs"][0] = {"from": "pucallpa", "to": "callao", "mode": "sea"}
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(geo.ScenarioError) as info:
        geo.build_layers(geo.load_scenario(path), official_files=None)
    message = str(info.value)
    assert "field 'legs.0.mode'" in message and "Pucallpa" in message and "km from the sea, not a port" in message
    assert "at most 60 km inland" in message


def test_closed_passages_are_named_only_when_closed():
    singapore, piraeus = (103.85457, 1.25760), (23.62904, 37.94056)
    with pytest.raises(geo.RoutingError, match=r"with these passages closed: babalmandab, gibraltar, suez$"):
        sea_lane(singapore, piraeus, closed_passages=["suez", "gibraltar", "babalmandab"])


def test_unknown_ids_get_close_suggestions_not_the_whole_list():
    # issue 13.13
    proc = run("distance", "pichary", "callao")
    assert proc.returncode == 2
    assert proc.stderr.strip().endswith("no place matches 'pichary'; did you mean 'pichari' or 'pichari_base'?")
    assert "kimbiri" not in proc.stderr  # not every id
    proc = run("route", "europe_chian")
    assert proc.returncode == 2
    assert proc.stderr.strip().endswith("no route 'europe_chian'; did you mean 'europe_chain'?")
    proc = run("distance", "qqqqqq", "callao")
    assert proc.returncode == 2 and f"no place matches 'qqqqqq'; none of the {len(geo.load_scenario().places)} known ids is close" in proc.stderr


def test_near_a_place_does_not_list_the_place_itself():
    proc = run("near", "--place", "pichari", "--km", "30")
    assert proc.returncode == 0, proc.stderr
    listed = [line.split()[0] for line in proc.stdout.splitlines()[1:]]
    assert "pichari" not in listed
    assert listed[0] == "pichari_base"  # a place of its own at Pichari's coordinate
    places = geo.load_scenario().places_by_id
    a, b = places["pichari"], places["kimbiri"]
    _, _, kimbiri_m = GEOD.inv(a["lon"], a["lat"], b["lon"], b["lat"])  # pyproj, independently of the CLI
    assert f"kimbiri                  town             {kimbiri_m / 1000:>8,.1f} km  Kimbiri" in proc.stdout
