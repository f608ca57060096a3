# One command to see it work, one to test it. Both create .venv and install what they need.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
WAREHOUSE ?= data/warehouse
export PREFECT_SERVER_ANALYTICS_ENABLED := false

.PHONY: demo test lint install install-test bench model serve clean

$(BIN)/newsetl: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

install: $(BIN)/newsetl

## demo: install, load the bundled sample article, and ask DuckDB who is quoted
demo: install
	$(BIN)/newsetl run samples/ --warehouse $(WAREHOUSE)
	$(BIN)/newsetl sql "SELECT speaker, quote_type, left(text, 60) AS quote FROM quotes ORDER BY quote_idx" --warehouse $(WAREHOUSE)

## test: install and run the test suite (exit 5, "no tests collected", is a failure)
test: install
	$(BIN)/python -m pytest -q; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "error: no tests were collected" >&2; exit 1; fi; exit $$rc

## lint: ruff with the rules in pyproject.toml (CI runs it before the tests)
lint: install
	$(BIN)/ruff check .

## bench: articles/s and peak memory on the DPG corpus (needs ../shared)
bench: install
	$(BIN)/python bench/bench_pipeline.py

## model: rebuild the bundled spaCy model from ../shared (about an hour on 2 cores)
model: install
	$(BIN)/pip install --quiet -e ".[train]"
	$(BIN)/newsetl model train

## serve: serve the nightly and ad-hoc deployments to the Prefect server at PREFECT_API_URL
serve: install
	$(BIN)/newsetl serve

clean:
	rm -rf data .pytest_cache
