# Two commands do all set-up from a fresh clone: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 3978
TEST_DATABASE_URL ?= postgresql://postgres@127.0.0.1:5432/test
PYTEST_ARGS ?=

.PHONY: run test test-sqlite test-postgres install install-dev postgres bench clean

# The venv is rebuilt whenever the dependencies change.
$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(BIN)/.installed-dev: $(BIN)/.installed pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(BIN)/.installed
install-dev: $(BIN)/.installed-dev node_modules/.installed

run: install
	$(BIN)/accord db upgrade
	PORT=$(PORT) $(BIN)/python app.py

# PostgreSQL is part of the suite: start the local cluster if it is installed but stopped.
postgres:
	@if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then \
	  if command -v pg_ctlcluster >/dev/null; then \
	    echo "starting PostgreSQL"; \
	    pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql | head -1) main start || true; \
	  fi; \
	fi

test: install-dev postgres
	$(MAKE) --no-print-directory test-sqlite
	$(MAKE) --no-print-directory test-postgres

test-sqlite:
	@echo "== suite on SQLite =="
	ACCORD_REQUIRE_PLAYGROUND=1 ACCORD_TEST_DB=sqlite $(BIN)/pytest $(PYTEST_ARGS)

test-postgres:
	@echo "== suite on PostgreSQL ($(TEST_DATABASE_URL)) =="
	ACCORD_REQUIRE_PLAYGROUND=1 ACCORD_TEST_DB=postgres TEST_DATABASE_URL=$(TEST_DATABASE_URL) $(BIN)/pytest $(PYTEST_ARGS)

# Speed and memory are measured here, never in timed tests; figures go in the README.
bench: install-dev postgres
	$(BIN)/python -m benchmarks.outbox
	$(BIN)/python -m benchmarks.outbox --db $(TEST_DATABASE_URL)
	$(BIN)/python -m benchmarks.who_owns
	$(BIN)/python -m benchmarks.who_owns --db $(TEST_DATABASE_URL)

clean:
	rm -rf $(VENV) node_modules build
