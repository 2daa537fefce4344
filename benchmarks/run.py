"""Run the benchmarks and print the results table (``make bench``; ``--quick`` for a smaller run).

Each case prints the toolkit's time beside a reference measured in the same run, and their ratio.
``--markdown FILE`` also writes the table as Markdown.
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CASES = ["lengths", "assign", "memory", "nearest", "build", "cli", "map", "dask_engine", "interdict"]


def machine() -> str:
    import numpy
    import pyproj
    import shapely

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else platform.processor()
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}, numpy {numpy.__version__}, shapely {shapely.__version__} "
            f"(GEOS {shapely.geos_version_string}), pyproj {pyproj.__version__} (PROJ {pyproj.proj_version_str})")


def table(rows) -> str:
    lines = ["| case | size | ours (s) | reference | reference (s) | ratio (median of pairs [IQR]) | goal | met | notes |",
             "|---|---|---:|---|---:|---:|---|---|---|"]
    for r in rows:
        # a ratio only where the reference did the same work on the same data
        same_work = r.reference_s and r.goal.startswith("ratio")
        ratio = f"{r.ratio:.2f}" if same_work else "–"
        if same_work and r.pairs is not None:  # median of the paired ratios [IQR], wall clock and CPU
            ratio = ", ".join("{} {:.2f} [{:.2f}–{:.2f}]".format(clock, *r.pairs.ratio(clock)[:3])
                              for clock in ("wall", "cpu"))
        ref = f"{r.reference_s:,.2f}" if r.reference_s else "–"
        met = {True: "yes", False: "**no**", None: "–"}[r.met]
        lines.append(f"| {r.case} | {r.size} | {r.ours_s:,.2f} | {r.reference} | {ref} | {ratio} | {r.goal} | {met} | "
                     + "; ".join(n.replace("|", "\\|") for n in [*r.notes, *([r.pairs.note()] if r.pairs else [])]) + " |")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("cases", nargs="*", metavar="case", help=f"cases to run, of {', '.join(CASES)} (default: all)")
    parser.add_argument("--quick", action="store_true", help="sizes ten times smaller")
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    parser.add_argument("--assign-events", type=int, metavar="N",
                        help="events for the assign case (default 10^6, 10^5 with --quick; 10000000 for the "
                             "goal's scale, about an hour)")
    args = parser.parse_args(argv)
    unknown = [c for c in args.cases if c not in CASES]
    if unknown:
        parser.error(f"unknown case(s) {', '.join(unknown)}: choose from {', '.join(CASES)}")
    rows = []
    for name in args.cases or CASES:
        start = time.perf_counter()
        module = importlib.import_module(f"benchmarks.{name}")
        options = {"n": args.assign_events} if name == "assign" and args.assign_events else {}
        got = module.run(quick=args.quick, **options)
        rows.extend(got)
        for r in got:
            print(f"{r.case}: ours {r.ours_s:.2f} s" + (f", reference {r.reference_s:.2f} s" if r.reference_s else "")
                  + (f", ratio {r.ratio:.3g}" if r.reference_s and r.goal.startswith("ratio") else "")
                  + f" [{time.perf_counter() - start:.0f} s]", flush=True)
    out = f"Machine: {machine()}\n\n{table(rows)}\n"
    print("\n" + out)
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(out, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
