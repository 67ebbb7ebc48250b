# Mostrador: `make run` serves the demo, `make test` runs the suite. `make help` lists the rest.
VENV ?= .venv
BIN := $(VENV)/bin
PYTHON ?= python3
# `make run PORT=5001` when something else holds 5000 (links and printed addresses follow).
PORT ?= 5000

.DEFAULT_GOAL := help
.PHONY: help install run test test-fast test-pg lint bench-import bench-match bench-webhook bench-email bench-faults clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/.installed  ## create .venv and install Mostrador with its dev tools

ifneq ($(PORT),5000)
run: export PUBLIC_BASE_URL ?= http://127.0.0.1:$(PORT)
endif
run: $(BIN)/.installed  ## migrate, load the demo data once, serve on http://127.0.0.1:5000 (PORT=…)
	$(BIN)/mostrador demo-setup
	$(BIN)/mostrador run --host 127.0.0.1 --port $(PORT)

test: $(BIN)/.installed  ## the whole suite (SQLite; PostgreSQL when TEST_DATABASE_URL is set)
	$(BIN)/pytest

test-fast: $(BIN)/.installed  ## the core's tests on both cores: no browser, no server processes
	TEST_DATABASE_URL= $(BIN)/pytest -q -n 2 -m "not browser and not server and not slow and not faults"

test-pg: $(BIN)/.installed  ## the whole suite on the local PostgreSQL
	TEST_DATABASE_URL=$${TEST_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/test} $(BIN)/pytest

lint: $(BIN)/.installed  ## ruff and mypy, as CI runs them
	$(BIN)/ruff check .
	$(BIN)/mypy

bench-import: $(BIN)/.installed  ## import benchmark at 100k products (SQLite and PostgreSQL)
	$(BIN)/python bench/import_bench.py

bench-match: $(BIN)/.installed  ## matcher accuracy on every labelled catalog (2-23, demo) and speed at 100k
	$(BIN)/python bench/match_bench.py

bench-webhook: $(BIN)/.installed  ## signed webhooks on gunicorn vs a bare endpoint; turns/s on rq
	$(BIN)/python bench/webhook_bench.py

bench-email: $(BIN)/.installed  ## a 100-line XLSX RFQ from mailbox to SMTP reply (pymap, aiosmtpd)
	$(BIN)/python bench/email_bench.py

bench-faults: $(BIN)/.installed  ## kills, Redis outage, races, bad mail at volume: lost/duplicated/oversold
	$(BIN)/python bench/faults.py

clean:  ## remove the virtualenv and the demo instance
	rm -rf $(VENV) instance
