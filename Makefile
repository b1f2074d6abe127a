# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test init e2e bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

init: $(STAMP)
	$(BIN)/python -m rollout init

run: init
	$(BIN)/python -m streamlit run app.py --server.address 127.0.0.1 --server.port 8501 \
		--browser.gatherUsageStats false

# One worker per core (pytest-xdist): every test has its own database file and server port.
test: $(STAMP)
	$(BIN)/python -m pytest -n auto --dist worksteal

e2e: $(STAMP)
	$(BIN)/python -m pytest -m e2e tests/e2e

# Pages (AppTest), workbook and browser (Debian's Chromium: apt-get install -y chromium) at
# both scales. The 20 browsers through nginx (apt-get install -y nginx) in front of two app
# replicas need an empty PostgreSQL database, e.g.
#   ROLLOUT_BENCH_POSTGRES_URL=postgresql+psycopg://user:pass@127.0.0.1/askeleet_bench make bench
# without one that case is reported as skipped.
bench: $(STAMP)
	mkdir -p data/cache
	$(BIN)/python -m rollout bench --json data/cache/bench.json

clean:
	rm -rf $(VENV) data/rollout.db data/cache
