# MyLife4Me: `make run` to try it, `make test` to test it. See README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export DJANGO_SETTINGS_MODULE := mylife4me.settings

.PHONY: run test lint format frontend lock migrate demo clean

$(STAMP): requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	touch $(STAMP)

run: $(STAMP)
	DEBUG=1 $(BIN)/python manage.py migrate --no-input
	DEBUG=1 $(BIN)/python manage.py load_demo
	DEBUG=1 $(BIN)/python manage.py runserver 127.0.0.1:8000

# Tests run with production settings (DEBUG off, hashed static files) but plain HTTP.
TEST_ENV := SECRET_KEY=$${SECRET_KEY:-test-only-secret-key-0123456789abcdefghijklmnopqrstuvwxyz} HTTPS=0

test: $(STAMP)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(TEST_ENV) $(BIN)/python manage.py makemigrations --check --dry-run >/dev/null
	$(TEST_ENV) $(BIN)/python manage.py collectstatic --no-input -v0
	$(TEST_ENV) $(BIN)/pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Rebuilds the committed CSS and JS from GOV.UK Frontend (needs Node.js and npm).
frontend:
	npm ci --no-audit --no-fund
	npx sass --no-source-map --style=compressed --quiet-deps --silence-deprecation=import \
		--load-path=node_modules/govuk-frontend/dist frontend/mylife4me.scss static/css/mylife4me.css
	mkdir -p static/vendor/govuk-frontend
	sed 's|//# sourceMappingURL=.*||' node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js \
		> static/vendor/govuk-frontend/govuk-frontend.min.js
	# static/vendor/govuk-frontend/LICENCE.txt is committed by hand: the npm package ships no licence file.

# Regenerates requirements.lock from the pins in pyproject.toml.
lock:
	rm -rf /tmp/ml4m-lock && $(PYTHON) -m venv /tmp/ml4m-lock
	/tmp/ml4m-lock/bin/pip install --quiet --upgrade pip
	/tmp/ml4m-lock/bin/pip install --quiet $$($(PYTHON) -c "import tomllib;d=tomllib.load(open('pyproject.toml','rb'))['project'];print(' '.join(d['dependencies']+d['optional-dependencies']['dev']))")
	/tmp/ml4m-lock/bin/pip freeze --exclude-editable > requirements.lock

clean:
	rm -rf $(VENV) var/staticfiles .pytest_cache .ruff_cache

# Alerts outbox benchmark: needs DATABASE_URL (a PostgreSQL database just for it) and REDIS_URL.
.PHONY: bench-alerts
bench-alerts: $(STAMP)
	$(BIN)/python benchmarks/alerts_bench.py $(ARGS)

# Page benchmarks (README "Performance"): need DATABASE_URL (any database on a PostgreSQL server: the
# bench makes its own) and REDIS_URL. POSTCODES is an ONS-style postcode CSV, loaded in full.
POSTCODES ?= $(MYLIFE4ME_POSTCODES_CSV)
.PHONY: bench bench-quick audit
bench: $(STAMP)
	command -v wrk >/dev/null 2>&1 || apt-get install -y wrk
	$(BIN)/python benchmarks/bench.py --postcodes "$(POSTCODES)" $(ARGS)

bench-quick: $(STAMP)
	command -v wrk >/dev/null 2>&1 || apt-get install -y wrk
	$(BIN)/python benchmarks/bench.py --quick --postcodes "$(POSTCODES)" $(ARGS)

# Lighthouse (mobile) on the main public pages, offline, with Debian's Chromium; needs `npm ci`.
audit: $(STAMP)
	$(BIN)/python benchmarks/audit.py $(ARGS)

# Mixed load with writes (reads, forum replies, call-backs, flags) against gunicorn for a few minutes:
# needs DATABASE_URL (a PostgreSQL database just for it) and REDIS_URL. Fails on any error or lost write.
.PHONY: load
load: $(STAMP)
	$(BIN)/python benchmarks/mixed_load.py $(ARGS)
