# Two commands do everything on a fresh machine with Python 3.11: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test test-fast lint format bench chat clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@# The review's browser tests drive Debian's Chromium through Playwright (no browser download).
	test -x /usr/bin/chromium || { SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; }
	touch $@ $(RUN_STAMP)

run: $(RUN_STAMP) ## start the bot (terminal chat when no Telegram token is set)
	$(BIN)/sciatica-bot run

chat: $(RUN_STAMP) ## the terminal chat, even when a token is set
	$(BIN)/sciatica-bot chat

test: $(TEST_STAMP) ## the whole suite, lint and type check included
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	@# one worker per core (two on CI's machine): the suite is mostly CPU-bound reading
	$(BIN)/pytest -n auto --maxprocesses 4

test-fast: $(TEST_STAMP) ## the pure tests only (flows, storage, corpus, cases): the inner loop
	$(BIN)/pytest -m "not slow" -q

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(TEST_STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(TEST_STAMP) ## the performance benchmark (writes docs/performance.md)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) build *.egg-info
