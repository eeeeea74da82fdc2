# Every target installs what it needs first, so a fresh Debian machine needs only `make serve` or `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CHROMIUM ?= /usr/bin/chromium
JAVA ?= /usr/bin/java
export NO_MKDOCS_2_WARNING := 1
export CHROMIUM JAVA

.PHONY: serve build test test-fast lint format links bench offline clean

serve: $(VENV)/.site node_modules/.installed  ## Serve the site at http://127.0.0.1:8000 with live reload
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(VENV)/.site node_modules/.installed  ## Build the site into site/
	$(BIN)/mkdocs build

test: lint $(CHROMIUM) $(JAVA)  ## Run the linters and every test (unit, build, browser, quality)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-fast: $(VENV)/.test node_modules/.installed  ## Unit tests (Python and Node) and the built pages, no browser
	$(BIN)/python -m pytest tests/unit tests/build $(PYTEST_ARGS)

lint: $(VENV)/.test node_modules/.installed  ## ruff for Python, Biome for JavaScript and CSS
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	node_modules/.bin/biome ci

format: $(VENV)/.test node_modules/.installed  ## Let ruff and Biome put the code in shape
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	node_modules/.bin/biome check --write

bench: $(VENV)/.test node_modules/.installed $(CHROMIUM)  ## Print build time, page weight, Lighthouse and scale figures beside their targets
	$(BIN)/python -m bench $(BENCH_ARGS)

offline: $(VENV)/.site node_modules/.installed  ## Zip the site for use from disk: dist/gelijke-kansen-offline.zip
	$(BIN)/python tools/offline.py dist/gelijke-kansen-offline.zip

links: $(VENV)/.test build  ## List every link that leaves the site, with its pages, to check by hand
	$(BIN)/python tools/sitelinks.py site

clean:
	rm -rf site dist .pytest_cache

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV) || { $(call apt,python3-venv) && $(PYTHON) -m venv $(VENV); }

$(VENV)/.site: requirements.txt | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.test: requirements-test.txt $(VENV)/.site
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

# No install scripts: vnu-jar's would download a Java runtime from GitHub; we use Debian's.
node_modules/.installed: package.json package-lock.json
	command -v npm >/dev/null || $(call apt,npm)
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

# Playwright cannot download browsers here: the tests drive Debian's Chromium.
$(CHROMIUM):
	$(call apt,chromium)

# The Nu HTML checker (vnu.jar) runs on Java.
$(JAVA):
	$(call apt,default-jre-headless)

# apt-get as root, or through sudo when there is one.
# Braced, so `command -v x || $(call apt,x)` skips both steps when x is there.
apt = { $$( [ "$$(id -u)" = 0 ] || echo sudo ) apt-get update -qq && \
      DEBIAN_FRONTEND=noninteractive $$( [ "$$(id -u)" = 0 ] || echo sudo ) apt-get install -y -qq --no-install-recommends $(1); }
