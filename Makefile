# careerbot: the two commands are `make run` and `make test` (README.md).
VENV ?= .venv
PY := $(VENV)/bin/python
PYTHON ?= python3
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False

.PHONY: install run test eval bench ingest

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt
	touch $@

install: $(VENV)/.installed

ingest: install
	$(PY) -m ingest

run: ingest
	$(PY) app.py

test: install
	$(PY) -m pytest -q

eval: ingest
	$(PY) -m eval run --suite eval/suites/golden.jsonl --engine local --guard both --out reports/eval-local

bench: ingest
	$(PY) -m eval bench --out reports/bench
