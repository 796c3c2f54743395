# Tasveer — the two fresh-machine commands are `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint run bot worker bench bench-queue redis-server clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip setuptools wheel
	$(BIN)/pip install -q -e ".[all]"
	touch $(STAMP)

install: $(STAMP) redis-server

# Tests start their own redis-server on a free port; install the Debian package when it is missing.
redis-server:
	@command -v redis-server >/dev/null 2>&1 || { \
	  echo "installing redis-server (Debian package)"; \
	  SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq redis-server >/dev/null; }

# The last photo is an old-photo look-alike (scratches and blotches painted on one sample): the worker restores it
# and writes the restored photo under .cache/demo/restored.
demo: $(STAMP)
	$(BIN)/python -m inference post --lang hi --restored-dir .cache/demo/restored \
	  $$($(BIN)/python -m inference.samples --write .cache/demo) \
	  $$($(BIN)/python -m training.damage --seed 1 --out .cache/demo/chelsea-damaged.jpg .cache/demo/chelsea.jpg)

test: install
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .

run: install
	@test -f .env || { echo "copy .env.example to .env and set TELEGRAM_BOT_TOKEN"; exit 1; }
	set -a; . ./.env; set +a; \
	(command -v redis-cli >/dev/null && redis-cli -u $${REDIS_URL:-redis://localhost:6379/0} ping >/dev/null 2>&1) || redis-server --daemonize yes --appendonly yes; \
	$(BIN)/python -m inference worker & $(BIN)/python -m bot; kill %1

# One worker process against REDIS_URL (see .env.example); run several, on any machine, to scale out.
worker: install
	$(BIN)/python -m inference worker  # reads .env itself (pydantic-settings)

bench-queue: install
	$(BIN)/python benchmarks/queue_overhead.py --jobs 200

clean:
	rm -rf $(VENV) .cache .pytest_cache
