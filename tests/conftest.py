"""Shared fixtures: offline switches, settings in a temporary folder, the real embedding model once."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from assistant.backends.offline import OFFLINE_ENV

for _key, _value in OFFLINE_ENV.items():
    os.environ[_key] = _value

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def tmp_corpus(tmp_path: Path) -> Path:
    """A copy of the small fixture corpus in a temporary folder."""
    target = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "corpus", target)
    return target


@pytest.fixture
def settings_for(tmp_path: Path):
    """Build Settings whose data and corpus folders live in the test's temporary folder."""
    from assistant.settings import Settings

    def make(corpus: Path | None = None, **overrides):
        return Settings(data_dir=tmp_path / "data", corpus_dir=corpus or tmp_path / "corpus", **overrides)

    return make


@pytest.fixture(scope="session")
def minilm():
    """The real bundled MiniLM embeddings, loaded once per test session."""
    from assistant.backends.embeddings import MiniLMEmbeddings

    return MiniLMEmbeddings()


ROOT = Path(__file__).resolve().parents[1]


TRIAGE_SHARE = 2  # the tests train on every second example of each file: half the training time, every group kept


@pytest.fixture(scope="session")
def triage_examples(tmp_path_factory) -> Path:
    """A folder holding every TRIAGE_SHARE-th line of each shipped corpus/triage/*.jsonl file.

    The product trains on all of them (about 10 minutes on a slow day with the fine-tuned reader, most of the
    suite's time); the code path is the same on half, and `make eval` measures the full model. Tests that want the
    product's digest point their corpus at this folder's parent."""
    folder = tmp_path_factory.mktemp("triage-corpus") / "triage"
    folder.mkdir()
    for path in sorted((ROOT / "corpus" / "triage").glob("*.jsonl")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        (folder / path.name).write_text("\n".join(lines[::TRIAGE_SHARE]) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def trained_triager(tmp_path_factory, minilm, triage_examples):
    """The triage model trained once per session as the product trains it (the real MiniLM and the fine-tuned
    crisis reader), on half the shipped examples. Other fixtures copy its cached model and its examples folder."""
    from assistant.settings import Settings
    from assistant.triage import Triager
    from assistant.triage.tuned import tuner_for

    triager = Triager(
        triage_examples,
        tmp_path_factory.mktemp("triage-cache"),
        minilm.encode,
        embed_id=minilm.identity,
        # the product's tuner, whatever it is configured to be
        tuner=tuner_for("tuned", minilm.model_dir, Settings().triage_crisis_reader_seeds),
    )
    _ = triager.model
    return triager
