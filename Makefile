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
DEMO_STAMP := var/demo.loaded
# The demo articles are stored as parsed and linked: re-import them when the
# parser, the linker or the importer changes.
DEMO_INPUTS := $(wildcard yizhi/content/demo/* yizhi/directory/importers/demo.py \
	yizhi/content/parsing/*.py yizhi/content/linking/*.py yizhi/content/store.py \
	yizhi/content/importers/*.py)
INDEX_STAMP := var/index.built

.PHONY: serve test test-postgresql setup kb demo index lint format docs bench \
	chromium screenshots clean

serve: $(INDEX_STAMP)
	$(YIZHI) serve --host $(HOST) --port $(PORT)

# The browser journeys need chromium: installed here when missing and root;
# otherwise (exit 3) they skip, and pytest's summary says why.
test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	@scripts/chromium-up || { \
		status=$$?; \
		if [ $$status -eq 3 ]; then echo "浏览器测试将跳过：见上面的原因"; exit 0; fi; \
		exit $$status; }
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

demo: $(DEMO_STAMP)

index: $(INDEX_STAMP)

$(KB_STAMP): $(INSTALLED) $(KB_INPUTS) $(wildcard yizhi/knowledge/importers/*.py)
	mkdir -p var
	$(YIZHI) kb build
	touch $@

# The demo directory and articles, marked 示例数据 on every page that shows them.
$(DEMO_STAMP): $(KB_STAMP) $(DEMO_INPUTS)
	$(YIZHI) import demo-directory
	$(YIZHI) import demo-articles
	touch $@

$(INDEX_STAMP): $(DEMO_STAMP) $(wildcard yizhi/search/index/*.py yizhi/search/index/providers/*.py)
	$(YIZHI) search reindex
	touch $@

# Debian's chromium and fonts-noto-cjk (without them every Chinese character
# is an empty box), which Playwright drives as /usr/bin/chromium: it never
# downloads a browser of its own.
chromium:
	scripts/chromium-up

# The main pages at phone and desktop width, as PNGs in $(SCREENSHOTS)/, taken
# on a private copy of var/ so the knowledge base `make serve` uses is untouched.
SCREENSHOTS ?= screenshots
screenshots: $(INDEX_STAMP) chromium
	$(BIN)/python scripts/screenshots.py --var-dir var --out $(SCREENSHOTS)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

docs: setup
	$(BIN)/python -m yizhi.clidocs

# Every bench/*.py is a benchmark that prints its numbers; bench/_*.py are
# modules they share.
bench: $(INDEX_STAMP)
	for script in bench/[!_]*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) var screenshots
