"""The default build end to end in a new process, CPU time in four states of the cache:

- warm: the layers of this scenario are cached (any earlier build or command of it);
- scenario edited: the scenario's text changed (its subtitle, so the layers are built again) while
  the facts that depend only on the shipped data (the Natural Earth countries, land borders, sea
  lanes, river paths) are cached: what a user editing a scenario waits for;
- first build: an empty cache (only the official boundary files in it, as after
  `python -m geo data fetch`): the data-only facts are computed and stored once;
- no cache (``GEO_NO_CACHE=1``): everything computed, nothing stored;

and the share spent importing. Every kind runs in turn in each round, so that each sees the same
load; the table gives the median of the rounds.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from .common import ROOT, Row, run_process


def _cold(args: list[str], cwd: str, **env) -> tuple[float, float]:
    wall, cpu, done = run_process([sys.executable, *args], cwd=cwd,
                                  env={**os.environ, "PYTHONPATH": str(ROOT), **env})
    if done.returncode != 0:
        raise RuntimeError(f"{args} failed:\n{done.stderr[-3000:]}")
    return wall, cpu


def _edited(text: str, folder: Path, n: int) -> Path:
    """The embedded scenario with its subtitle changed (a new scenario to the layer cache)."""
    path = folder / f"edited_{n}.yaml"
    new, count = re.subn(r'^(  subtitle: ")', rf"\g<1>(edit {n}) ", text, count=1, flags=re.MULTILINE)
    if count != 1:
        raise RuntimeError("the embedded scenario has no subtitle line to edit")
    path.write_text(new, encoding="utf-8")
    return path


def _fresh_cache(folder: Path, official: dict | None) -> str:
    """An empty data cache holding only the official boundary files (as after `data fetch`)."""
    folder.mkdir(parents=True)
    for path in (official or {}).values():
        shutil.copyfile(path, folder / Path(path).name)
    return str(folder)


def run(quick: bool = False) -> list[Row]:
    from geo import default_scenario_path
    from geo.official import cached_official

    official = cached_official()
    data = "official INEI boundaries from the data cache" if official else "sketches (no official data cached)"
    repeat = 3 if quick else 5
    out = ["--layers-dir", "l", "--out", "o"]
    build = ["-m", "geo", "build", *out]
    scenario_text = default_scenario_path().read_text(encoding="utf-8")
    times: dict[str, list] = {k: [] for k in ("warm", "edited", "first", "none", "imports", "python")}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        # the benchmark's own cache, so that it starts from nothing and leaves the user's alone
        cache = _fresh_cache(root / "cache", official)
        _cold(build, tmp, GEO_DATA_CACHE=cache)  # fills the layer cache and the data-only facts
        _cold(["-m", "geo", "build", "--scenario", str(_edited(scenario_text, root, 0)), *out], tmp,
              GEO_DATA_CACHE=cache)  # a warm-up of the edited kind
        for n in range(1, repeat + 1):  # alternating, so that each kind sees the same load
            times["warm"].append(_cold(build, tmp, GEO_DATA_CACHE=cache))
            times["edited"].append(_cold(["-m", "geo", "build", "--scenario", str(_edited(scenario_text, root, n)),
                                          *out], tmp, GEO_DATA_CACHE=cache))
            times["first"].append(_cold(build, tmp, GEO_DATA_CACHE=_fresh_cache(root / f"first_{n}", official)))
            times["none"].append(_cold(build, tmp, GEO_DATA_CACHE=cache, GEO_NO_CACHE="1"))
            times["imports"].append(_cold(["-c", "import geo, geo.build, geo.cli"], tmp))
            times["python"].append(_cold(["-c", "pass"], tmp))
    med = {name: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for name, v in times.items()}
    spread = {name: (min(c for _, c in v), max(c for _, c in v)) for name, v in times.items()}

    def cpu_note(name: str) -> str:
        lo, hi = spread[name]
        return f"median of {repeat}: CPU {med[name][1]:.2f} s (min–max {lo:.2f}–{hi:.2f}, user + system), " \
               f"wall {med[name][0]:.2f} s"

    size = f"Peru scenario, {data}"
    return [
        Row("default build, new process (`python -m geo build`), layer cache warm", size, med["warm"][0],
            "absolute goal (no reference)", None, "≤ 3 s CPU", med["warm"][1] <= 3,
            [cpu_note("warm"),
             f"`import geo, geo.build, geo.cli` in a new process: CPU {med['imports'][1]:.2f} s "
             f"(a bare interpreter {med['python'][1]:.2f} s)"]),
        Row("build after editing the scenario (its subtitle): layers built again, data-only facts cached", size,
            med["edited"][0], "absolute goal (no reference)", None, "≤ 3 s CPU", med["edited"][1] <= 3,
            [cpu_note("edited"),
             "cached and reused: the Natural Earth countries (read and made valid), land borders, sea lanes, river "
             "paths, the simplified basemap, each keyed by the hash of the shipped data, the code and the geometry "
             "libraries' versions; and each leg's and route's border crossings and lengths by country and region, "
             "keyed also by the hash of its geometry (and of the regions)"]),
        Row("first build on a fresh machine (empty cache, official files only)", size, med["first"][0],
            "no goal (once per machine, and after each upgrade)", None, "stated", None,
            [cpu_note("first"),
             "computes and stores once: the countries, land borders, sea lanes and river paths, the simplified basemap, "
             "the validated "
             "scenario and the layers (each layer written as GeoParquet, read back and compared before it is kept)",
             f"with no cache at all (GEO_NO_CACHE=1: everything computed, nothing stored): {cpu_note('none')}"]),
    ]
