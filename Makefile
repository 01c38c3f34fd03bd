PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: install demo test bench clean screenshots browse audit

$(BIN)/confwatch: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

install: $(BIN)/confwatch

# Datasette, for `confwatch browse`, into the project's own environment
browse: $(BIN)/confwatch
	$(BIN)/python -m pip install --quiet -e ".[browse]"

demo: $(BIN)/confwatch
	$(BIN)/confwatch demo

test: $(BIN)/confwatch
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) demo-data .pytest_cache

bench: $(BIN)/confwatch
	$(BIN)/python tests/benchmarks/figures.py
	$(BIN)/python tests/benchmarks/scheduler.py
	$(BIN)/python tests/benchmarks/pages.py
	$(BIN)/python tests/benchmarks/endtoend.py

# The demo digest in headless Chromium (apt-get install chromium) at 1280 and 390 px: demo-data/screenshots/
screenshots: $(BIN)/confwatch
	$(BIN)/confwatch demo > /dev/null
	$(BIN)/python -m jobs.screenshots "$$(ls demo-data/digests/*.html | sort | tail -n 1)" demo-data/screenshots

# Known vulnerabilities in the installed dependencies (pip-audit); reports, and fails only on an advisory that
# has a fixed release to upgrade to
audit: $(BIN)/confwatch
	$(BIN)/python -m pip install --quiet pip-audit
	$(BIN)/python tests/benchmarks/audit.py
