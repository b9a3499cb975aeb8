# The two commands of the README: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint worker

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.installed
	@if [ -z "$$BINHYEN_SECRET_KEY" ] && [ ! -f .local-secret-key ]; then \
	  $(BIN)/python -c "import base64, os; print(base64.urlsafe_b64encode(os.urandom(32)).decode())" > .local-secret-key; \
	  echo "make run: generated a local BINHYEN_SECRET_KEY in .local-secret-key (for this machine only)"; \
	fi
	@BINHYEN_SECRET_KEY="$${BINHYEN_SECRET_KEY:-$$(cat .local-secret-key)}" $(BIN)/python -m bot

worker: $(VENV)/.installed
	$(BIN)/python -m workers

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check bot handlers workers config

test: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/pytest -q
