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

    #: the paired measurement behind ours_s/reference_s, when the two sides alternated (see paired())
    pairs: "Pairs | None" = None

    @property
    def ratio(self) -> float | None:
        if self.pairs is not None:
            return self.pairs.ratio("wall")[0]
        return None if not self.reference_s else self.ours_s / self.reference_s


@dataclass
class Pairs:
    """Times of ours and the reference measured alternately (ours, reference, ours, ...), wall and CPU.

    Each pair runs under the same load, so the ratio within a pair is robust to a machine whose load
    changes between pairs; the median of the paired ratios is reported with its spread."""

    ours_wall: list[float] = field(default_factory=list)
    ref_wall: list[float] = field(default_factory=list)
    ours_cpu: list[float] = field(default_factory=list)
    ref_cpu: list[float] = field(default_factory=list)

    def ratio(self, clock: str = "wall") -> tuple[float, float, float, float, float]:
        """(median, first quartile, third quartile, min, max) of the paired ratios ours ÷ reference."""
        ours, ref = (self.ours_wall, self.ref_wall) if clock == "wall" else (self.ours_cpu, self.ref_cpu)
        r = np.asarray(ours) / np.asarray(ref)
        q1, med, q3 = np.percentile(r, [25, 50, 75])
        return float(med), float(q1), float(q3), float(r.min()), float(r.max())

    def median(self, which: str) -> float:
        return float(np.median(getattr(self, which)))

    def note(self) -> str:
        parts = []
        for clock in ("wall", "cpu"):
            med, q1, q3, lo, hi = self.ratio(clock)
            parts.append(f"{clock} ratio {med:.2f} (IQR {q1:.2f}–{q3:.2f}, min–max {lo:.2f}–{hi:.2f})")
        ours, ref = self.median("ours_cpu"), self.median("ref_cpu")
        return (f"{len(self.ours_wall)} alternating pairs, median of paired ratios: " + "; ".join(parts)
                + f"; median CPU ours {ours:.3f} s, reference {ref:.3f} s")


def paired(ours, reference, *, pairs: int = 5, warmup: bool = True) -> tuple[Pairs, object, object]:
    """Time two callables in this process, alternating, ``pairs`` times each (a warm-up call of each
    first unless ``warmup`` is false). Returns the times and the last result of each side."""
    out = Pairs()
    if warmup:
        ours(), reference()
    a = b = None
    for _ in range(pairs):
        for fn, wall, cpu, side in ((ours, out.ours_wall, out.ours_cpu, "a"), (reference, out.ref_wall, out.ref_cpu, "b")):
            c0, w0 = time.process_time(), time.perf_counter()
            result = fn()
            wall.append(time.perf_counter() - w0)
            cpu.append(time.process_time() - c0)
            if side == "a":
                a = result
            else:
                b = result
    return out, a, b


def run_process(argv: list[str], *, cwd=None, env=None) -> tuple[float, float, subprocess.CompletedProcess]:
    """(wall s, CPU s of the child: user + system, from ``RUSAGE_CHILDREN``, the finished process)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done


def paired_processes(ours: list[str], reference: list[str], *, pairs: int = 5, cwd=None, env=None,
                     warmup: bool = True) -> tuple[Pairs, subprocess.CompletedProcess, subprocess.CompletedProcess]:
    """Run two commands as new processes, alternating, ``pairs`` times each (after one warm-up run of
    each: the OS file cache and Python's bytecode cache are then warm for both)."""
    out = Pairs()
    if warmup:
        run_process(ours, cwd=cwd, env=env), run_process(reference, cwd=cwd, env=env)
    a = b = None
    for _ in range(pairs):
        w, c, a = run_process(ours, cwd=cwd, env=env)
        out.ours_wall.append(w), out.ours_cpu.append(c)
        w, c, b = run_process(reference, cwd=cwd, env=env)
        out.ref_wall.append(w), out.ref_cpu.append(c)
    return out, a, b


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
