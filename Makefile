# The two commands of the README: `make serve` and `make test`.
# Everything else here is a step they depend on; each is safe to re-run.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
YIZHI := $(BIN)/yizhi
HOST ?= 127.0.0.1
PORT ?= 8000

INSTALLED := $(VENV)/.installed
KB_STAMP := var/kb.built
KB_INPUTS := $(shell find yizhi/knowledge/overlay yizhi/knowledge/data -name '*.yaml' 2>/dev/null)

.PHONY: serve test test-postgresql setup kb lint format docs bench clean

serve: $(KB_STAMP)
	$(YIZHI) serve --host $(HOST) --port $(PORT)

test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest
	$(MAKE) --no-print-directory test-postgresql

# The suite again on PostgreSQL, the production database (installed and
# started by scripts/postgres-up; skipped with a note where that cannot work).
test-postgresql: setup
	@url=$$(scripts/postgres-up) || { \
		status=$$?; \
		if [ $$status -eq 3 ]; then echo "跳过 PostgreSQL 测试：见上面的原因"; exit 0; fi; \
		exit $$status; }; \
	echo "PostgreSQL: $$url"; \
	YIZHI_DATABASE_URL=$$url $(BIN)/pytest -m "not integration and not browser"

setup: $(INSTALLED)

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

kb: $(KB_STAMP)

$(KB_STAMP): $(INSTALLED) $(KB_INPUTS) $(wildcard yizhi/knowledge/importers/*.py)
	mkdir -p var
	$(YIZHI) kb build
	touch $@

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

docs: setup
	$(BIN)/python -m yizhi.clidocs

bench: $(KB_STAMP)
	for script in bench/*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) var
