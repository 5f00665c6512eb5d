# careerbot: the two commands are `make run` and `make test` (README.md); `make doctor` says what a machine lacks.
VENV ?= .venv
PY := $(VENV)/bin/python
PYTHON ?= python3
# The doctor is standard library only: the system Python runs it until the venv exists.
DOCTOR := $(if $(wildcard $(PY)),$(PY),$(PYTHON)) -m bot doctor --venv $(VENV)
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False

.PHONY: install run test preflight doctor eval bench ingest eval-office eval-unseen
# `make test` checks the machine before the venv is built, never in parallel with it.
.NOTPARALLEL:

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

doctor:  # reports only: exits 0 (`python -m bot doctor` exits 1 when a check fails)
	@$(DOCTOR) || true

# Installs the Debian packages the tests use (chromium, chromium-driver, redis-server, postgresql) when missing,
# or stops with the one command to run. The tests start Redis, PostgreSQL and Chroma themselves.
preflight:
	@$(DOCTOR) --install-missing

test: preflight install
	$(PY) -m ruff check .
	$(PY) -m pytest -q --durations=15

eval: ingest
	$(PY) -m eval run --suite eval/suites/golden.jsonl --engine extractive --out reports/eval-extractive
	$(PY) -m eval run --suite eval/suites/golden.jsonl --engine local --guard both --out reports/eval-local
	$(PY) -m eval compare reports/eval-extractive reports/eval-local --out reports/eval-compare

# The office corpus (eval/office/README.md) measured with corpus/, one folder and one index of their own.
eval-office: install
	rm -rf reports/office-all/corpus && mkdir -p reports/office-all/corpus
	cp -r corpus/* eval/office/corpus/* reports/office-all/corpus/
	CAREERBOT_CORPUS_DIR=reports/office-all/corpus CAREERBOT_DATA_DIR=reports/office-all/data $(PY) -m ingest --quiet
	for suite in office-dev office-dev2 office-dev3 office-test office-test2; do \
	  CAREERBOT_CORPUS_DIR=reports/office-all/corpus CAREERBOT_DATA_DIR=reports/office-all/data \
	  $(PY) -m eval run --suite eval/suites/$$suite.jsonl --engine extractive --out reports/$$suite || exit 1; done

# Documents written blind by other hands (eval/unseen/README.md), with corpus/ and the office corpus: one index.
eval-unseen: install
	rm -rf reports/unseen-all/corpus && mkdir -p reports/unseen-all/corpus
	cp -r corpus/* eval/office/corpus/* eval/unseen/corpus/* reports/unseen-all/corpus/
	CAREERBOT_CORPUS_DIR=reports/unseen-all/corpus CAREERBOT_DATA_DIR=reports/unseen-all/data $(PY) -m ingest --quiet
	for suite in unseen-a unseen-b unseen-c unseen-d unseen-e unseen-f unseen-test unseen-test2 unseen-test3 unseen-g unseen-h \
	  unseen-i unseen-j unseen-k unseen-l unseen-m unseen-n unseen-o unseen-p unseen-q unseen-r unseen-s unseen-t unseen-u \
	  unseen-v unseen-w unseen-x unseen-y unseen-z unseen-test4 unseen-aa unseen-test5 unseen-ab unseen-test6 unseen-ac unseen-test7 unseen-ad unseen-test8 unseen-ae unseen-test9; do \
	  CAREERBOT_CORPUS_DIR=reports/unseen-all/corpus CAREERBOT_DATA_DIR=reports/unseen-all/data \
	  $(PY) -m eval run --suite eval/suites/$$suite.jsonl --engine extractive --out reports/$$suite || exit 1; done

bench: ingest
	$(PY) -m eval bench --out reports/bench
