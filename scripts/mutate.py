"""Mutation testing of the core modules (``make mutate``): mutmut on a seeded sample of each module's
mutants, or on all of them, and a score per module.

    python scripts/mutate.py                   # up to 100 mutants of each module, seed 19
    python scripts/mutate.py --sample all      # every mutant (hours on 2 cores; tests/README.md)
    python scripts/mutate.py geo.measure       # one module (all of its mutants with --sample all)

The modules and the tests they are run with are ``[tool.mutmut]`` in pyproject.toml. mutmut keeps
each verdict in ``mutants/`` until the mutated function (or what it calls) changes, so a second run
re-tests only what changed. A sample is drawn with :class:`random.Random` from the sorted names of
each module's mutants, so the same seed draws the same mutants on every machine.

Run from the repository root with the environment ``make mutate`` sets (``GEO_NO_CACHE=1``: every
mutant has the same code hash, so the derived-results cache would hand one mutant another's result).
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
from collections import Counter, defaultdict

#: ``mutmut results`` lines: ``    geo.measure.x_geodesic_length_m__mutmut_3: killed``.
RESULT = re.compile(r"^\s*(?P<name>(?P<module>[\w.]+?)\.x[_\u01c1]\S*__mutmut_\d+): (?P<status>.+?)\s*$")
#: Verdicts that count as the tests catching the mutant (a mutant that makes the tests run 15 times
#: longer, or crash the process, is caught too, as mutmut counts it).
CAUGHT = {"killed", "timeout", "segfault", "caught by type check"}
#: Verdicts that count against the tests: the mutant passed them, or no selected test reaches it.
MISSED = {"survived", "no tests"}


def mutmut(*args: str, capture: bool = False) -> subprocess.CompletedProcess:
    """``python -m mutmut ARGS`` in this interpreter; its output shown, or returned with ``capture``."""
    return subprocess.run([sys.executable, "-m", "mutmut", *args], text=True,
                          stdout=subprocess.PIPE if capture else None)


def results() -> dict[str, list[tuple[str, str]]]:
    """Every mutant mutmut has made, by module: ``{module: [(name, status), ...]}``."""
    proc = mutmut("results", "--all", "true", capture=True)
    if proc.returncode:
        sys.exit(f"mutmut results failed (exit status {proc.returncode})")
    by_module: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for line in proc.stdout.splitlines():
        found = RESULT.match(line)
        if found:
            by_module[found["module"]].append((found["name"], found["status"]))
    return by_module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help="modules to run (e.g. geo.measure); default: all of [tool.mutmut]")
    parser.add_argument("--sample", default="100", help="mutants per module, or 'all' (default 100)")
    parser.add_argument("--seed", type=int, default=19, help="seed of the sample (default 19)")
    parser.add_argument("--max-children", type=int, default=2, help="mutants tested at once (default 2)")
    args = parser.parse_args(argv)
    if args.sample != "all" and (not args.sample.isdigit() or int(args.sample) < 1):
        parser.error(f"--sample: {args.sample!r} is neither a positive whole number nor 'all'")

    # mutmut makes the mutants and times each test (once; both are kept) before it looks at the names
    # it is given: a name that matches no mutant stops it there, with an error this script expects
    print("making the mutants and timing the selected tests", file=sys.stderr, flush=True)
    first = subprocess.run([sys.executable, "-m", "mutmut", "run", "--max-children", str(args.max_children),
                            "no-such-mutant"], text=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if "nothing matches" not in first.stdout:
        print(first.stdout[-5000:], file=sys.stderr)
        print("mutmut could not make the mutants or time the tests (above)", file=sys.stderr)
        return 1
    by_module = results()
    unknown = [m for m in args.modules if m not in by_module]
    if unknown:
        parser.error(f"no mutants of {', '.join(unknown)}; modules: {', '.join(sorted(by_module))}")
    chosen: dict[str, list[str]] = {}
    for module in sorted(args.modules or by_module):
        names = sorted(name for name, _ in by_module[module])
        chosen[module] = names if args.sample == "all" else random.Random(args.seed).sample(
            names, min(int(args.sample), len(names)))
    every = [name for names in chosen.values() for name in names]
    print(f"testing {len(every)} mutants of {len(chosen)} modules", file=sys.stderr, flush=True)
    if mutmut("run", "--max-children", str(args.max_children), *every).returncode:
        print("mutmut run failed (above)", file=sys.stderr)
        return 1

    status = {name: s for pairs in results().values() for name, s in pairs}
    print("| module | mutants | tested | caught | survived | other | score |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for module, names in chosen.items():
        count = Counter(status[name] for name in names)
        caught = sum(count[s] for s in CAUGHT)
        survived = sum(count[s] for s in MISSED)
        other = len(names) - caught - survived
        score = f"{100 * caught / (caught + survived):.1f} %" if caught + survived else "–"
        print(f"| `{module}` | {len(by_module[module])} | {len(names)} | {caught} | {survived} | {other} | {score} |")
    survivors = sorted(name for name in every if status[name] in MISSED)
    if survivors:
        print("\nsurvived, or reached by no test (mutmut show NAME):\n" + "\n".join(survivors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
