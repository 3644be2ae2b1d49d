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

.PHONY: install run test lint types pytest eval bench e2e serve clean

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
	$(BIN)/pytest -q -m "not e2e"

test: lint types pytest

eval: install
	$(BIN)/python -m nearer.core.language.evaluate

bench: install
	$(BIN)/python -m nearer.core.language.bench

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache
