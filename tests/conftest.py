"""Shared fixtures: offline switches, settings in a temporary folder, the real embedding model once."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from assistant.backends.offline import OFFLINE_ENV

for _key, _value in OFFLINE_ENV.items():
    os.environ[_key] = _value

# The suite's shared triage model, and the apps and CLIs it starts, read crisis with the n-gram classifier alone
# (`ASSISTANT_TRIAGE_CRISIS_READER=off`, a shipped setting) unless the environment says otherwise: fine-tuning
# the product's two-seed reader on the tests' examples took about 19 of the suite's 34 minutes on an AVX2 machine
# (session 15).
# The reader is still fine-tuned for real, smaller, by `tuned_triager`; `make eval` measures the product's reader.
os.environ.setdefault("ASSISTANT_TRIAGE_CRISIS_READER", "off")

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
READER_SHARE = 8  # the small real reader (`tuned_triager`) is tuned on every eighth example, for one epoch


def share_of_examples(folder: Path, share: int, start: int = 0) -> Path:
    """Write every `share`-th line (from `start`) of each shipped corpus/triage/*.jsonl file into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted((ROOT / "corpus" / "triage").glob("*.jsonl")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        (folder / path.name).write_text("\n".join(lines[start::share]) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def triage_examples(tmp_path_factory) -> Path:
    """A folder holding every TRIAGE_SHARE-th line of each shipped corpus/triage/*.jsonl file.

    The code path is the same as on all of them, in half the time; `make eval` measures the full model. Tests that
    want the product's digest point their corpus at this folder's parent."""
    return share_of_examples(tmp_path_factory.mktemp("triage-corpus") / "triage", TRIAGE_SHARE)


@pytest.fixture(scope="session")
def trained_triager(tmp_path_factory, minilm, triage_examples):
    """The triage model trained once per session as the settings say (the n-gram crisis path unless the
    environment turns the reader on), on half the shipped examples. Other fixtures copy its cache and examples."""
    from assistant.settings import Settings
    from assistant.triage import Triager
    from assistant.triage.tuned import tuner_from_settings

    settings = Settings()
    triager = Triager(
        triage_examples,
        tmp_path_factory.mktemp("triage-cache"),
        minilm.encode,
        embed_id=minilm.identity,
        tuner=tuner_from_settings(settings, minilm.model_dir),
    )
    _ = triager.model
    return triager


@pytest.fixture(scope="session")
def tuned_triager(tmp_path_factory, minilm):
    """Triage trained with a real fine-tuned crisis reader, the product's training path at a small size: one seed,
    one epoch, every READER_SHARE-th example (about 90 s on an AVX2 machine against 20 minutes for the product's
    reader on half the examples). Tests of the reader's mechanics use it; its quality is `make eval`'s to measure."""
    from assistant.triage import Triager
    from assistant.triage.tuned import CrisisTuner

    folder = share_of_examples(tmp_path_factory.mktemp("reader-corpus") / "triage", READER_SHARE)
    tuner = CrisisTuner(str(minilm.model_dir), seeds=(13,), epochs=1)
    cache = tmp_path_factory.mktemp("reader-cache")
    triager = Triager(folder, cache, minilm.encode, embed_id=minilm.identity, tuner=tuner)
    _ = triager.model
    return triager
