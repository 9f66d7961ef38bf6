# Event Atlas: every task a newcomer needs, from a fresh clone.
#   make run    install, build geodata/events.geojson if its inputs changed, start the dashboard
#   make test   install, then run every test (unit, golden, app, browser)
#   make bench  extraction and dashboard benchmarks (not part of make test)
#   make lint   ruff + mypy

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
EVENTS := geodata/events.geojson
PORT   ?= 8501

.PHONY: install run extract test lint bench browser-deps assets clean

install: $(STAMP)

# Re-install only when the project's requirements change (idempotent).
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	$(MAKE) --no-print-directory assets
	touch $(STAMP)

# Leaflet and its plugins, from the npm registry, served by Streamlit so the map
# renders with no internet (see dashboard/assets.py).
assets:
	$(BIN)/python -m dashboard.assets install

# The events file is rebuilt when a seed, the gazetteer or the extractor changes.
$(EVENTS): $(STAMP) $(wildcard seeds/*) $(wildcard geodata/*.csv) $(wildcard extract/*.py)
	$(BIN)/event-atlas extract seeds -o $(EVENTS)

extract: $(EVENTS)

run: $(STAMP) $(EVENTS)
	$(BIN)/event-atlas dashboard --events $(EVENTS) --port $(PORT)

# Chromium for the browser tests: Debian's package (Playwright cannot download one here).
browser-deps:
	@bash .ci/ensure-chromium

test: $(STAMP) browser-deps
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: $(STAMP) browser-deps
	$(BIN)/python -m benchmarks.run

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
