"""The default build end to end in a new process: CPU time with the layer cache warm and with no
cache, and the share spent importing."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile

from .common import ROOT, Row, run_process


def _cold(args: list[str], cwd: str, **env) -> tuple[float, float]:
    wall, cpu, done = run_process([sys.executable, *args], cwd=cwd,
                                  env={**os.environ, "PYTHONPATH": str(ROOT), **env})
    if done.returncode != 0:
        raise RuntimeError(f"{args} failed:\n{done.stderr[-3000:]}")
    return wall, cpu


def run(quick: bool = False) -> list[Row]:
    repeat = 3 if quick else 5
    build = ["-m", "geo", "build", "--layers-dir", "l", "--out", "o"]
    with tempfile.TemporaryDirectory() as tmp:
        _cold(build, tmp)  # fills the layer cache (as any earlier build or command would)
        warm, none, imports, python = [], [], [], []
        for _ in range(repeat):  # alternating, so that each kind sees the same load
            warm.append(_cold(build, tmp))
            none.append(_cold(build, tmp, GEO_NO_CACHE="1"))
            imports.append(_cold(["-c", "import geo, geo.build, geo.cli"], tmp))
            python.append(_cold(["-c", "pass"], tmp))
    med = {name: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v))
           for name, v in (("warm", warm), ("none", none), ("imports", imports), ("python", python))}
    from geo.official import cached_official

    data = "official INEI boundaries from the data cache" if cached_official() else "sketches (no official data cached)"
    cpu = med["warm"][1]
    return [Row("default build, new process (`python -m geo build`), layer cache warm", f"Peru scenario, {data}",
                med["warm"][0], "absolute goal (no reference)", None, "≤ 3 s CPU", cpu <= 3,
                [f"median of {repeat}: CPU {cpu:.2f} s (user + system), wall {med['warm'][0]:.2f} s",
                 f"with no cache at all (GEO_NO_CACHE=1: layers and land borders computed): CPU {med['none'][1]:.2f} s, "
                 f"wall {med['none'][0]:.2f} s",
                 f"`import geo, geo.build, geo.cli` in a new process: CPU {med['imports'][1]:.2f} s "
                 f"(a bare interpreter {med['python'][1]:.2f} s)"])]
