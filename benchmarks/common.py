"""Shared helpers of the benchmarks: timing, peak memory, synthetic data, result rows."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Row:
    """One line of the results table: the toolkit beside its reference, measured in the same run."""

    case: str
    size: str
    ours_s: float
    reference: str
    reference_s: float | None
    goal: str
    met: bool | None
    notes: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float | None:
        return None if not self.reference_s else self.ours_s / self.reference_s


def timed(fn, *args, repeat: int = 1, **kwargs):
    """(best wall-clock seconds over ``repeat`` runs, result of the last run)."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn(*args, **kwargs)
        best = min(best, time.perf_counter() - start)
    return best, result


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def in_child(module: str, function: str, *args) -> dict:
    """Run ``benchmarks.<module>.<function>(*args)`` in a fresh Python process and return the dict it
    prints as JSON on its last line: each measurement gets its own process, so peak memory is its own."""
    code = (f"import json, benchmarks.{module} as m; "
            f"print(json.dumps(m.{function}(*{json.dumps(list(args))})))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    if done.returncode != 0:
        raise RuntimeError(f"benchmarks.{module}.{function}{tuple(args)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def event_coordinates(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """``n`` synthetic event locations (lon, lat): 70 % scattered around the scenario's routes in
    Peru and its neighbours (normal, σ = 1.5°, about Peru's centre and the triple frontier), 30 %
    uniform over South America and the eastern Pacific (lon −90…−30, lat −40…15)."""
    rng = np.random.default_rng(seed)
    k = int(n * 0.7)
    centres = np.array([[-74.5, -12.0], [-70.0, -4.0], [-69.0, -13.0], [-77.0, -9.0]])
    pick = rng.integers(0, len(centres), k)
    lon = np.concatenate([centres[pick, 0] + rng.normal(0, 1.5, k), rng.uniform(-90, -30, n - k)])
    lat = np.concatenate([centres[pick, 1] + rng.normal(0, 1.5, k), rng.uniform(-40, 15, n - k)])
    return lon, np.clip(lat, -89.9, 89.9)


def scenario_layers():
    """The default scenario's layers (official boundaries if they are in the data cache)."""
    import warnings

    import geo
    from geo.build import resolve_official

    scen = geo.load_scenario(None)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        official = resolve_official(scen)
    return geo.build_layers(scen, official_files=official), official is not None
