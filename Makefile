# Two commands do everything on a fresh machine with Python 3.11+ and make:
#   make demo   set up .venv, ingest the sample corpus into ./watchfloor.db, print a brief
#   make test   set up .venv, compile the extractor, lint, type-check, run every test
#               (the fuzz suite included: about 13,000 generated inputs)
#   make fuzz   the fuzz suite alone with twenty times as many inputs
#
# `make compile` builds the extractor's modules with mypyc (about 1.9x faster, same records);
# without a C compiler it says so and the pure-Python modules run.

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed
COMPILED = src/watchfloor/_compiled.json
EXTRACT_SOURCES = $(wildcard src/watchfloor/extract/*.py)

.PHONY: model demo test lint typecheck unit bench eval clean compile fuzz

$(STAMP): pyproject.toml requirements/nlp.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "watchfloor needs Python 3.11 or newer: set PYTHON=python3.11 (or newer)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/nlp.txt
	$(BIN)/python -m pip install --quiet -e '.[dev,postgres,nlp,scale,data,docs,serve]'
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/watchfloor ingest examples/corpus
	$(BIN)/watchfloor brief

compile: $(COMPILED)

$(COMPILED): $(STAMP) $(EXTRACT_SOURCES) scripts/compile.py
	$(BIN)/python scripts/compile.py

test: $(STAMP) compile lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP) compile
	$(BIN)/pytest -q

eval: $(STAMP)
	$(BIN)/watchfloor eval tests/data/gold/dev

# the fuzz suite at twenty times the inputs `make test` gives it, random each run
fuzz: $(STAMP)
	WATCHFLOOR_FUZZ_SCALE=20 $(BIN)/pytest -q -p no:cacheprovider tests/fuzz

bench: $(STAMP) compile
	$(BIN)/python bench/throughput.py --workers 2

# the learned event proposer, retrained on the bundled dev and blind gold (not ood, which
# stays held out); run it after a change to the rules or the gold (a test checks the count)
model: $(STAMP)
	WATCHFLOOR_EVENT_MODEL=off $(BIN)/watchfloor train tests/data/gold/dev tests/data/gold/blind \
		--out src/watchfloor/extract/data/event_model.json

clean:
	-$(BIN)/python scripts/compile.py --clean
	rm -rf $(VENV) watchfloor.db watchfloor.db-wal watchfloor.db-shm .mypy_cache .ruff_cache .pytest_cache
