# Two commands for a fresh clone: `make run` and `make test`. Both set up .venv first
# (once; later calls reuse it) from pyproject.toml pinned by constraints.txt.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=

# The product works offline: Prefect's telemetry stays off.
export DO_NOT_TRACK := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false

.PHONY: run test install lock clean-venv bench

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# pip 23 drops lxml's html-clean extra and trafilatura then fails to import: upgrade first.
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/claims run

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Quality benchmarks against their pinned floors (data from ../shared/datasets, or
# BENCH_DATA=DIR holding mrpc/ and checkthat2020_task2_en/), then a 10k-claim scale run.
BENCH_DATA ?= ../shared/datasets
bench: $(STAMP)
	$(BIN)/python benchmarks/quality/mrpc.py --data $(BENCH_DATA)/mrpc --check --json
	$(BIN)/python benchmarks/quality/checkthat.py --data $(BENCH_DATA)/checkthat2020_task2_en --check --json
	$(BIN)/python benchmarks/scale.py --claims 10000 --engine fast --json

# Regenerate constraints.txt from a clean install of pyproject.toml (run after changing a pin).
lock:
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet --upgrade pip
	.venv-lock/bin/python -m pip install --quiet -e '.[dev]'
	.venv-lock/bin/python -m pip freeze --exclude-editable | grep -v '^claim-reconciliation' > constraints.txt
	rm -rf .venv-lock

clean-venv:
	rm -rf $(VENV)
