# Loket. Quick start: `make demo`, then `make test`.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install demo serve test lint bench prod migrate clean messages fuzz

help: ## Show the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml requirements/constraints.txt
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c requirements/constraints.txt -e ".[dev]"
	touch $(STAMP)

install: $(STAMP) ## Create the virtual environment and install Loket with its pinned dependencies

migrate: install ## Apply database migrations (SQLite in var/ unless DATABASE_URL is set)
	@mkdir -p var
	$(BIN)/loket migrate --no-input

demo: migrate ## Install, migrate, load reference and demo data, serve on 127.0.0.1:$(PORT)
	$(BIN)/loket load_demo_data
	@echo "Loket draait op http://127.0.0.1:$(PORT)/ (stoppen met Ctrl+C)"
	$(BIN)/loket outbox_worker & worker=$$!; $(BIN)/loket run_periodic_tasks & periodic=$$!; \
	trap 'kill $$worker $$periodic 2>/dev/null' EXIT; \
	$(BIN)/loket runserver 127.0.0.1:$(PORT)

test: install ## Run the test suite (SQLite; set DATABASE_URL for PostgreSQL)
	$(BIN)/pytest $(PYTEST_ARGS)

fuzz: install ## Longer fuzzing (schemathesis) and isolation runs than `make test`; counts printed
	LOKET_FUZZ_EXAMPLES=$${LOKET_FUZZ_EXAMPLES:-100} LOKET_ISOLATION_ATTEMPTS=$${LOKET_ISOLATION_ATTEMPTS:-50000} \
		$(BIN)/pytest -s src/loket/core/tests/fuzz src/loket/core/tests/isolation $(PYTEST_ARGS)

lint: install ## ruff and the migrations check
	@mkdir -p var
	$(BIN)/ruff check src benchmarks conftest.py
	DJANGO_SETTINGS_MODULE=loket.conf.test $(BIN)/loket makemigrations --check --dry-run

bench: install ## Every DESIGN.md target in one run on PostgreSQL (1M zaken, 10-minute 200 req/s mixed load; ends by itself within 45 min; BENCH_QUICK=1 small, KEEP=1 keeps the database); results in benchmarks/results/
	timeout --signal=TERM 2700 $(BIN)/python -m benchmarks $(BENCH_ARGS)

messages: install ## Extract and compile the translations
	cd src/loket && ../../$(BIN)/loket makemessages -l en --ignore "*/tests/*" && ../../$(BIN)/loket compilemessages

prod: install ## Production mode on this machine (PostgreSQL, Redis from the environment; defaults 127.0.0.1); waits for the health check
	scripts/run-production

clean: ## Remove the virtual environment and local data
	rm -rf $(VENV) var
