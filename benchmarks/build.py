"""The default build end to end in a cold process, and the share of it spent importing."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

from .common import ROOT, Row


def _cold(args: list[str], cwd: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], cwd=cwd, check=True, capture_output=True,
                   env={**os.environ, "PYTHONPATH": str(ROOT)})
    return time.perf_counter() - start


def run(quick: bool = False) -> list[Row]:
    repeat = 1 if quick else 3
    with tempfile.TemporaryDirectory() as tmp:
        builds = [_cold(["-m", "geo", "build", "--layers-dir", "l", "--out", "o"], tmp) for _ in range(repeat)]
        imports = [_cold(["-c", "import geo, geo.build, geo.cli"], tmp) for _ in range(repeat)]
        python = [_cold(["-c", "pass"], tmp) for _ in range(repeat)]
    build_s, import_s, bare_s = (statistics.median(v) for v in (builds, imports, python))
    from geo.official import cached_official

    data = "official INEI boundaries from the data cache" if cached_official() else "sketches (no official data cached)"
    return [Row("default build, cold process (`python -m geo build`)", f"Peru scenario, {data}", build_s,
                "absolute goal (no reference)", None, "< 5 s", build_s < 5,
                [f"median of {repeat}", f"imports (`import geo, geo.build, geo.cli` in a new process) {import_s:.2f} s "
                 f"= {import_s / build_s:.0%} of the build (a bare interpreter starts in {bare_s:.2f} s)"])]
