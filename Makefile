# Nearer — `make run` serves it, `make test` checks it. Both set everything up first.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)
UV := $(BIN)/uv
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test lint types pytest pytest-postgres schemathesis eval bench bench-tools e2e serve clean

$(UV):
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet uv==0.13.9

# Idempotent: a second run only checks the lock and returns.
install: $(UV)
	$(UV) sync --frozen --quiet
	@mkdir -p var

run: install
	$(BIN)/nearer migrate --noinput
	@echo "Nearer is at http://$(HOST):$(PORT)/ — stop with Ctrl+C"
	$(BIN)/nearer runserver $(HOST):$(PORT) --noreload

lint: install
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

types: install
	$(BIN)/mypy src tests

pytest: install
	$(BIN)/pytest -q -m "not e2e and not schemathesis"

# API fuzzing against the OpenAPI schema (in-process, bounded; .ci/run runs it).
schemathesis: install
	$(BIN)/pytest -q -m schemathesis tests/api/test_api_schemathesis.py

# The suite again on PostgreSQL, only when a server is named (.ci/run starts a throwaway one):
#   make test NEARER_TEST_DATABASE_URL=postgres://user@127.0.0.1:5432/postgres
pytest-postgres:
ifdef NEARER_TEST_DATABASE_URL
	$(MAKE) --no-print-directory pytest DATABASE_URL="$(NEARER_TEST_DATABASE_URL)"
else
	@echo "PostgreSQL pass skipped: set NEARER_TEST_DATABASE_URL=postgres://... to run it"
endif

test: lint types pytest pytest-postgres

eval: install
	$(BIN)/python -m nearer.core.language.evaluate

# Benchmarks print numbers; slowness never fails them. The language analyzer, then the web
# pages under load and kill -9 during saves (production settings, gunicorn, wrk on loopback).
bench: install bench-tools
	$(BIN)/python -m nearer.core.language.bench
	$(BIN)/python -m bench.web
	$(BIN)/python -m bench.faults

bench-tools:
	@command -v wrk >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk; \
	  else echo "wrk is not installed (as root: apt-get install wrk); using a Python client"; fi; }

# The production server: gunicorn with several workers, settings from the environment
# (see "Running in production" in the README). Refuses to start on an unsafe configuration.
serve: install
	$(BIN)/nearer serve --bind $(or $(NEARER_BIND),$(HOST):$(PORT))

# Browser tests: Playwright drives Debian's Chromium (apt-get install chromium); axe-core comes
# from npm (package-lock.json). Screenshots land in var/screenshots/, failures in var/e2e-failures/.
e2e: install
	@test -f node_modules/axe-core/axe.min.js || npm ci --no-audit --no-fund
	$(BIN)/pytest -m e2e tests --screenshot=only-on-failure --output=var/e2e-failures

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache
