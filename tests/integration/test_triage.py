"""Triage with the real MiniLM, trained on half the shipped examples (conftest.triage_examples) with the crisis path
the settings choose (the n-gram classifier in the suite): routes, long posts, calibration, the CLI contract; and a real
fine-tuned crisis reader, tuned small (conftest.tuned_triager): that it learns, reads in float32 and moves installs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant import Settings, build_assistant

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory, trained_triager):
    """A data dir holding the session's trained model: build_assistant finds it cached (same digest)."""
    data = tmp_path_factory.mktemp("triage-data")
    (data / "triage").mkdir()
    shutil.copy(trained_triager.cache_dir / "triage-model.pkl", data / "triage" / "triage-model.pkl")
    return data


@pytest.fixture(scope="session")
def assistant(data_dir, minilm, triage_examples):
    a = build_assistant(Settings(data_dir=data_dir, corpus_dir=triage_examples.parent), embeddings=minilm)
    _ = a.triager.model
    assert not a.triager.retrained  # the copied model was current: the product computes the same digest
    assert (a.triager.model.tuned_crisis is None) == (Settings().triage_crisis_reader == "off")
    return a


@pytest.mark.parametrize(
    ("question", "route"),
    [
        ("How do I word my counter-offer email?", "micro"),
        ("How do I answer 'where do you see yourself in five years' in my interview tomorrow?", "micro"),
        (
            "I've been an accountant for eight years and keep thinking about UX design. Should I make the leap?",
            "mentor",
        ),
        ("My employer hasn't paid me for my overtime in three months. Is that legal?", "out_of_scope"),
        ("what's a good recipe for banana bread", "out_of_scope"),
        ("I lost my job and I don't want to be alive anymore", "crisis"),
        ("¿Cómo puedo mejorar mi currículum para un trabajo de ventas?", "unsure"),
    ],
)
def test_routes(assistant, question, route):
    result = assistant.triage(question)
    assert result.route == route, (result.route, result.probabilities)
    assert 1 <= len(result.reasons) <= 3
    assert result.topic and result.format


def test_crisis_buried_in_a_career_story(assistant):
    story = (
        "I have been applying for warehouse supervisor roles for six months. I rewrote my resume twice and "
        "went to a career fair last week. Honestly I have been thinking about ending my life because nothing "
        "works. Anyway, should my resume be one page or two?"
    )
    assert assistant.triage(story).route == "crisis"


def test_idiom_is_not_crisis(assistant):
    assert (
        assistant.triage("This commute is killing me. How do I ask for two remote days in my offer?").route == "micro"
    )


def test_long_post_over_4000_characters(assistant):
    story = "Some background: I worked in a bakery, then in a call centre, then in logistics. " * 60
    question = story + "\n\nMy actual question: how do I word the thank-you email after yesterday's interview?"
    assert len(question) > 4000
    result = assistant.triage(question)
    assert result.route == "micro"
    assert any("long message" in note for note in result.notes)


def test_to_dict_matches_the_contract(assistant):
    d = assistant.triage("How should I follow up after a recruiter call?").to_dict()
    assert set(d) == {"route", "confidence", "topic", "format", "reasons"}


def test_calibration_higher_confidence_is_more_accurate(minilm, triage_examples):
    """Five-fold cross-validation over the tests' half of the examples (`make eval` runs it over all of them)."""
    from assistant.triage.evaluate import cross_validate
    from assistant.triage.examples import load_examples
    from assistant.triage.model import featurize

    examples = load_examples(triage_examples)
    result = cross_validate(examples, featurize([e.question for e in examples], minilm.encode))
    bins = result.calibration_bins
    high = [acc for conf, acc, n in bins if conf >= 0.9 and n >= 10]
    low = [acc for conf, acc, n in bins if conf < 0.8 and n >= 10]
    assert high and low and min(high) > max(low)
    assert result.ece < 0.1
    assert result.micro_mentor_macro_f1 >= 0.93
    assert result.crisis_recall_explicit == 1.0


def test_cli_jsonl_contract_with_bad_lines(assistant, data_dir, triage_examples, tmp_path):
    lines = [
        json.dumps({"id": "a", "question": "How do I word my counter-offer email?"}),
        "{not json",
        json.dumps({"id": "c", "question": "   "}),
        json.dumps({"id": "d", "question": "Should I leave nursing for software after twelve years?"}),
        json.dumps({"id": "e", "question": "bin\u0000ary"}),
        json.dumps({"id": "f", "question": "resume \ud800 tips"}),  # half of an emoji: a lone surrogate
        json.dumps({"id": "h", "question": "resume\x85 tips"}),  # a C1 control character
        json.dumps({"id": "i", "question": "How do I word my counter-offer email?"}),
    ]
    data = "\n".join(lines[:-2]).encode() + b'\n{"id": "g", "question": "caf\xe9 job"}\n'  # not UTF-8
    data += "\n".join(lines[-2:]).encode() + b"\n"
    path = tmp_path / "in.jsonl"
    path.write_bytes(data)
    env = dict(os.environ, ASSISTANT_DATA_DIR=str(data_dir), ASSISTANT_CORPUS_DIR=str(triage_examples.parent))
    for args, stdin in ((["--jsonl", str(path)], None), (["--jsonl", "-"], data)):
        proc = subprocess.run(
            [sys.executable, "-m", "assistant", "triage", *args],
            input=stdin,
            cwd=ROOT,
            env=env,
            capture_output=True,
            timeout=300,
        )
        out = [json.loads(line) for line in proc.stdout.decode().splitlines()]
        assert [o.get("id") for o in out] == ["a", None, "c", "d", "e", "f", "g", "h", "i"]
        assert out[0]["route"] == "micro" and out[3]["route"] == "mentor" and out[8] == {**out[0], "id": "i"}
        assert set(out[0]) == {"id", "route", "confidence", "topic", "format", "reasons"}
        assert "not valid JSON" in out[1]["error"] and "empty" in out[2]["error"]
        assert "control characters" in out[4]["error"] and "control characters" in out[7]["error"]
        assert "not valid text" in out[5]["error"] and "not valid text" in out[6]["error"]
        assert proc.returncode == 1


def test_batch_equals_single(assistant):
    qs = ["How do I ask for a reference?", "What should I do with my career after the army?"]
    batch = assistant.triage_many(qs)
    single = [assistant.triage(q) for q in qs]
    assert [b.route for b in batch] == [s.route for s in single]
    assert np.allclose([b.confidence for b in batch], [s.confidence for s in single], atol=1e-4)


def test_a_fine_tuned_reader_learns_from_the_examples_and_reads_in_float32(tuned_triager, tmp_path):
    """The real reader, tuned small (conftest.tuned_triager): on examples it never saw it must rank crisis messages
    above the rest (an untrained or broken tuner ranks at chance, 0.5), and the triager built with it must route.
    How well the product's reader separates implied risk from dark idioms is measured by `make eval`."""
    from sklearn.metrics import roc_auc_score

    from assistant.triage.examples import load_examples
    from tests.conftest import READER_SHARE, share_of_examples

    model = tuned_triager.model
    reader = model.tuned_crisis
    assert reader is not None and model.thresholds.crisis > 0
    unseen = load_examples(share_of_examples(tmp_path / "triage", READER_SHARE, start=READER_SHARE // 2))
    scores = reader.score([e.question for e in unseen])
    is_crisis = np.array([e.route == "crisis" for e in unseen])
    assert roc_auc_score(is_crisis, scores) > 0.7
    network, _ = reader._load()
    assert {str(p.dtype) for p in network.parameters()} == {"torch.float32"}, "the reader reads in float32"
    assert {str(v.dtype) for v in reader.state.values() if v.is_floating_point()} == {f"torch.{reader.dtype}"}
    assert tuned_triager.triage("I lost my job and I want to end my life").route == "crisis"
    assert tuned_triager.triage("How do I word my counter-offer email?").route == "micro"


def test_a_cache_from_another_install_still_reads(tuned_triager, minilm, tmp_path):
    """A cached model whose reader was tuned in another folder (a moved project, a rebuilt venv) is still current
    and must not fail on its first question: it reads with this install's MiniLM."""
    import pickle

    from assistant.triage import Triager

    with (tuned_triager.cache_dir / "triage-model.pkl").open("rb") as fh:
        model = pickle.load(fh)
    model.tuned_crisis.model_dir = str(tmp_path / "gone" / "site-packages" / "minilm")
    (tmp_path / "cache").mkdir()
    with (tmp_path / "cache" / "triage-model.pkl").open("wb") as fh:
        pickle.dump(model, fh)
    examples = tuned_triager.examples_dir
    moved = Triager(examples, tmp_path / "cache", minilm.encode, embed_id=minilm.identity, tuner=tuned_triager.tuner)
    question = "Sorted out who gets my guitar and my car. Won't be needing them. How do I list a forklift licence?"
    result = moved.triage(question)
    assert not moved.retrained
    assert result.probabilities == tuned_triager.triage(question).probabilities


def test_the_reader_can_read_in_bfloat16_with_nearly_the_same_scores(tuned_triager):
    """`ASSISTANT_TRIAGE_CRISIS_READER_DTYPE=bfloat16`: the same weights, read in bfloat16 (faster on some CPUs). On
    the product's reader over 767 questions the probabilities moved by at most 0.007 (docs/triage-history.md)."""
    import dataclasses

    reader = tuned_triager.model.tuned_crisis
    bf16 = dataclasses.replace(tuned_triager.tuner, read_dtype="bfloat16").adopt(reader)
    network, _ = bf16._load()
    assert {str(p.dtype) for p in network.parameters()} == {"torch.bfloat16"}
    assert bf16.state is reader.state, "the kept weights are not touched"
    questions = [
        "I lost my job and I want to end my life",
        "How do I word my counter-offer email?",
        "Sorted out who gets my guitar and my car. Won't be needing them. How do I list a forklift licence?",
        "This commute is killing me, should I ask for remote days?",
    ]
    assert np.abs(bf16.score(questions) - reader.score(questions)).max() < 0.03


def test_ranked_pairs_tune_the_real_reader_only_with_the_rows_it_is_tuned_on(minilm):
    """The safe twins as ranked pairs (`ASSISTANT_TRIAGE_CRISIS_READER_PAIR_WEIGHT`): a pair whose crisis row is not
    among the tuning rows leaves the reader exactly as without pairs (a held-out row's twin stays unseen), and a pair
    whose row is tuned on widens the gap between the row and its twin."""
    import torch

    from assistant.triage.tuned import CrisisTuner

    crisis = [
        "i gave my dog to my sister and wont need my tools after friday",
        "i have written letters to everyone and picked the day",
        "there is no point applying, i wont be around next month",
        "i keep thinking everyone would be better off without me",
    ]
    safe = [
        "how do i word a thank-you note after an interview",
        "what should my resume summary say for a data analyst role",
        "can you check this counter-offer email before i send it",
        "is it ok to follow up a week after the interview",
    ]
    texts, labels = crisis + safe, np.array([1.0] * len(crisis) + [0.0] * len(safe), dtype=np.float32)
    twin = "i gave my dog to my sister because i am moving abroad on friday"

    def tuned(pairs: tuple[tuple[str, str], ...], weight: float):
        return CrisisTuner(str(minilm.model_dir), epochs=3, pairs=pairs, pair_weight=weight).fit_seed(texts, labels, 13)

    def gap(reader) -> float:
        row, look_alike = reader.score([crisis[0], twin])
        return float(np.log(row / (1 - row)) - np.log(look_alike / (1 - look_alike)))

    plain = tuned((), 0.0)
    unseen = tuned((("a crisis row this reader is not tuned on", twin),), 5.0)
    assert all(torch.equal(plain.state[k], unseen.state[k]) for k in plain.state)
    ranked = tuned(((crisis[0], twin),), 5.0)
    assert gap(ranked) > gap(plain) + 0.1
