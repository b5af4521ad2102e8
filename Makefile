# Two commands do everything on a fresh machine with Python 3.11+ and make:
#   make demo   set up .venv, ingest the sample corpus into ./watchfloor.db, print a brief
#   make test   set up .venv, then lint, type-check and run the whole test suite

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.PHONY: demo test lint typecheck unit bench eval clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "watchfloor needs Python 3.11 or newer: set PYTHON=python3.11 (or newer)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,postgres]'
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/watchfloor ingest examples/corpus
	$(BIN)/watchfloor brief

test: $(STAMP) lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q

eval: $(STAMP)
	$(BIN)/watchfloor eval tests/data/gold/dev

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) watchfloor.db watchfloor.db-wal watchfloor.db-shm .mypy_cache .ruff_cache .pytest_cache
