"""The light commands as a user runs them: each a new process, against a plain pyproj script giving
the same answer, alternating, once the layers are in the cache."""

from __future__ import annotations

import json
import os
import re
import sys

from .common import ROOT, Row, paired_processes

PLAIN_DISTANCE = """
from pyproj import Geod
d = Geod(ellps="WGS84").inv({a[0]!r}, {a[1]!r}, {b[0]!r}, {b[1]!r})[2]
print(f"{{d / 1000:,.1f}} km")
"""

PLAIN_NEAR = """
import numpy as np
from pyproj import Geod
ids = {ids!r}
lon, lat = np.array({lon!r}), np.array({lat!r})
d = Geod(ellps="WGS84").inv(lon, lat, np.full(len(lon), {p[0]!r}), np.full(len(lon), {p[1]!r}))[2]
km = np.round(d / 1000, 1)
for k, i in sorted(zip(km[d <= {m!r}], np.array(ids)[d <= {m!r}])):
    print(i, k)
"""

PLAIN_ROUTE = """
import numpy as np
from pyproj import Geod
parts = {parts!r}
print(f"{{sum(Geod(ellps='WGS84').line_length(*np.array(p).T) for p in parts) / 1000:,.1f}} km")
"""


def _km(text: str) -> float:
    return float(re.search(r"([\d,]+\.\d) km", text).group(1).replace(",", ""))


def run(quick: bool = False) -> list[Row]:
    import geo
    from geo import cache
    from geo.build import resolve_official

    pairs = 5 if quick else 11
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    py = sys.executable
    scen = geo.load_scenario()
    places = {p["id"]: p for p in scen.places}
    a, b = places["pichari"], places["callao"]
    official = resolve_official(scen)
    layers = cache.layers_for(scen, official)[0]  # the state the goal speaks of: layers already built
    rows = []

    def row(case, size, ours_argv, ref_code, goal_ratio, same, notes):
        got, ours_out, ref_out = paired_processes([py, *ours_argv], [py, "-c", ref_code], pairs=pairs, cwd=ROOT,
                                                  env=env)
        ratio_cpu = got.ratio("cpu")[0]
        rows.append(Row(case, size, got.median("ours_wall"), "plain pyproj script, same answer, new process",
                        got.median("ref_wall"), f"ratio ≤ {goal_ratio} (CPU)", ratio_cpu <= goal_ratio,
                        [f"same answer: {same(ours_out, ref_out)}", *notes], pairs=got))

    row("`python -m geo distance pichari callao`", "2 places of 41", ["-m", "geo", "distance", "pichari", "callao"],
        PLAIN_DISTANCE.format(a=(a["lon"], a["lat"]), b=(b["lon"], b["lat"])), 2,
        lambda o, r: _km(o.stdout) == _km(r.stdout), [])
    row("unknown id (`python -m geo distance pichari atlantis`)", "exit status 2",
        ["-m", "geo", "distance", "pichari", "atlantis"],
        PLAIN_DISTANCE.format(a=(a["lon"], a["lat"]), b=(b["lon"], b["lat"])), 2,
        lambda o, r: o.returncode == 2 and "no place matches" in o.stderr, ["reference: the distance script"])

    pl = layers["places"]
    keep = pl["id"] != "pichari"
    row("`python -m geo near --place pichari --km 100`", f"{len(pl)} places",
        ["-m", "geo", "near", "--place", "pichari", "--km", "100"],
        PLAIN_NEAR.format(ids=list(pl["id"][keep]), lon=list(pl["lon"][keep]), lat=list(pl["lat"][keep]),
                          p=(a["lon"], a["lat"]), m=100_000.0), 2,
        lambda o, r: [ln.split()[:3:2] for ln in o.stdout.splitlines()[1:]] == [ln.split() for ln in r.stdout.splitlines()],
        [])

    route = layers["routes"].set_index("id").geometry["air_bridge_bolivia"]
    import shapely

    parts = [shapely.get_coordinates(g).tolist() for g in shapely.get_parts(route)]
    row("`python -m geo route air_bridge_bolivia`", f"{sum(map(len, parts))} vertices",
        ["-m", "geo", "route", "air_bridge_bolivia"], PLAIN_ROUTE.format(parts=parts), 2,
        lambda o, r: abs(_km(o.stdout) - _km(r.stdout)) <= 0.1,
        ["ours also prints legs, km per country and region, and crossings, from the cached layers; "
         "the reference only the length"])
    return rows


if __name__ == "__main__":
    for r in run(quick="--quick" in sys.argv):
        print(json.dumps({"case": r.case, "ratio": r.ratio, "notes": r.notes + [r.pairs.note()]}, ensure_ascii=False))
