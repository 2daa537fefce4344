# Two commands for a fresh machine:
#   make map    create .venv if missing, install, fetch the official boundaries once (if reachable),
#               build layers/, the map and the report
#   make test   the same install, then the tests
#   make bench  the benchmarks (benchmarks/README.md), not part of the tests
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: map test bench screenshot mutate clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The same build as `python -m geo build` (the conda steps): without the official boundaries (no
# network and no GEO_DATA_MIRROR) it never replaces the committed layers/ (built with them) by
# sketches: it writes the sketch layers to build/layers with a warning (BUILD_ARGS=--allow-sketch
# replaces layers/ on purpose).
BUILD_ARGS ?=
map: $(STAMP)
	@$(PY) -m geo data fetch || echo "warning: official INEI boundaries not fetched (no network? set GEO_DATA_MIRROR)"
	$(PY) -m geo build $(BUILD_ARGS)

# make test runs the tests on one process per core, at most 4 (pytest-xdist), one test file per
# process at a time (--dist loadfile), so that a file's module fixtures (a built map, a browser) are
# made once; PYTEST_XDIST=N on N processes, PYTEST_XDIST=0 serially in this one process.
PYTEST_XDIST ?= auto
test: $(STAMP)
	$(PY) -m pytest -n $(PYTEST_XDIST) --maxprocesses 4 --dist loadfile

# Mutation testing of the core modules with their tests (pyproject.toml [tool.mutmut]; scores and
# survivors in tests/README.md): a seeded sample of MUTATION_SAMPLE mutants of each module (about 15
# minutes on 2 idle cores), MUTATION_SAMPLE=all for every mutant (hours); MODULES="geo.measure" for some
# modules only. mutmut keeps each verdict in mutants/ until the code changes: a second run re-tests
# only what changed.
# GEO_NO_CACHE=1: every mutant shares one code hash, so a scenario validated (or layers built) by an
# earlier mutant would be taken from the cache and the mutated code never run.
MUTATION_SAMPLE ?= 100
MODULES ?=
mutate: $(STAMP)
	$(PY) -m pip install --quiet -e '.[mutate]'
	GEO_NO_CACHE=1 $(PY) scripts/mutate.py --sample $(MUTATION_SAMPLE) $(MODULES)

# Speed and scale against the libraries underneath (not part of the tests): see benchmarks/README.md.
# BENCH_ARGS=--quick for a run ten times smaller.
bench: $(STAMP)
	$(PY) benchmarks/run.py $(BENCH_ARGS) --markdown build/benchmarks.md

# A picture of the built map, in headless Chromium with the network blocked, into build/ (the
# README's tracked docs/map.png is replaced only when asked: make screenshot SCREENSHOT=docs/map.png).
SCREENSHOT ?= build/map.png
screenshot: map
	$(PY) -m geo screenshot build/peru_trafficking_map.html $(SCREENSHOT)

clean:
	rm -rf build .pytest_cache mutants
