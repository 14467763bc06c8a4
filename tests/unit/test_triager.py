"""The Triager with a deterministic bag-of-words embedding: caching, retraining, every route reachable."""

import dataclasses
import json

import numpy as np
import pytest

from assistant.errors import InputError
from assistant.triage import Triager
from assistant.triage.reasons import CHECK_IN_REASON
from tests.fakes import WordTuner, bag_of_words

TEMPLATES = {
    ("micro", "resume", "nano"): "how do i word this resume bullet about {} for my application tomorrow",
    ("mentor", "career-change", "long-term"): "should i change careers into {} over the next few years",
    ("out_of_scope", "workplace-rights", "none"): "my employer refuses to pay my overtime wages {} is that legal",
    ("crisis", "wellbeing", "none"): "i feel hopeless and i want to end my life {}",
}
FILLERS = [
    "sales",
    "nursing",
    "teaching",
    "design",
    "finance",
    "retail",
    "logistics",
    "law",
    "data",
    "marketing",
    "hospitality",
    "trades",
    "policy",
    "research",
    "media",
    "farming",
]


def write_examples(folder, extra=""):
    folder.mkdir(parents=True, exist_ok=True)
    rows = [
        {"question": tpl.format(f) + extra, "route": r, "topic": t, "format": fm, "note": "test"}
        for (r, t, fm), tpl in TEMPLATES.items()
        for f in FILLERS
    ]
    (folder / "examples.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")


@pytest.fixture
def triager(tmp_path):
    write_examples(tmp_path / "triage")
    return Triager(tmp_path / "triage", tmp_path / "cache", bag_of_words)


def test_routes_and_fields(triager):
    micro = triager.triage("how do i word the resume bullet for my application tomorrow")
    assert micro.route == "micro" and micro.topic == "resume" and micro.format == "nano"
    assert 0 < micro.confidence <= 1 and 1 <= len(micro.reasons) <= 3
    assert triager.triage("should i change careers over the next few years").route == "mentor"
    assert triager.triage("employer refuses to pay overtime wages is that legal").route == "out_of_scope"
    crisis = triager.triage("I want to kill myself")
    assert crisis.route == "crisis" and crisis.topic == "wellbeing" and crisis.format == "none"
    assert triager.triage("¿Cómo puedo mejorar mi currículum para un trabajo de ventas?").route == "unsure"


def test_model_is_cached_and_retrained_when_examples_change(tmp_path, triager):
    _ = triager.model
    assert triager.retrained
    again = Triager(tmp_path / "triage", tmp_path / "cache", bag_of_words)
    _ = again.model
    assert not again.retrained, "unchanged examples load from the cache"
    write_examples(tmp_path / "triage", extra=" please")
    changed = Triager(tmp_path / "triage", tmp_path / "cache", bag_of_words)
    _ = changed.model
    assert changed.retrained


def test_a_model_trained_on_other_embeddings_is_retrained(tmp_path, triager):
    _ = triager.model
    same = Triager(tmp_path / "triage", tmp_path / "cache", bag_of_words)
    _ = same.model
    assert not same.retrained
    other = Triager(tmp_path / "triage", tmp_path / "cache", bag_of_words, embed_id="minilm:bfloat16")
    _ = other.model
    assert other.retrained, "vectors from another model or number format need their own classifier"


def test_changed_crisis_patterns_retrain(tmp_path, triager, monkeypatch):
    """Training fits the crisis thresholds around what the patterns catch, so new patterns need a new model."""
    import assistant.guard.crisis as crisis

    _ = triager.model
    extra = {**crisis.PATTERNS, "suicide": (*crisis.PATTERNS["suicide"], r"\bnew pattern\b")}
    monkeypatch.setattr(crisis, "PATTERNS", extra)
    changed = Triager(tmp_path / "triage", tmp_path / "cache", bag_of_words)
    _ = changed.model
    assert changed.retrained


def test_a_retrain_for_new_patterns_reuses_the_fold_readers(tmp_path, monkeypatch):
    """Fine-tuning the reader takes about 20 minutes: only a change to the crisis examples should pay for it again."""
    import assistant.guard.crisis as crisis

    write_examples(tmp_path / "triage")
    kept = tmp_path / "cache" / "crisis-readers"
    first = WordTuner()
    _ = Triager(tmp_path / "triage", tmp_path / "cache", bag_of_words, tuner=first).model
    assert len(first.fitted) == 3 and len(list(kept.iterdir())) == 3, "one kept reader per fold"
    extra = {**crisis.PATTERNS, "suicide": (*crisis.PATTERNS["suicide"], r"\bnew pattern\b")}
    monkeypatch.setattr(crisis, "PATTERNS", extra)
    second = WordTuner()
    again = Triager(tmp_path / "triage", tmp_path / "cache", bag_of_words, tuner=second)
    _ = again.model
    assert again.retrained and second.fitted == [] and len(second.adopted) == 3, "thresholds refitted, readers reused"
    assert again.readers_reused == 3
    write_examples(tmp_path / "triage", extra=" please")
    third = WordTuner()
    changed = Triager(tmp_path / "triage", tmp_path / "cache", bag_of_words, tuner=third)
    _ = changed.model
    assert changed.retrained and len(third.fitted) == 3, "new examples tune new readers"
    assert changed.readers_reused == 0
    assert len(list(kept.iterdir())) == 3, "the readers of the old examples are deleted"


def test_a_tuned_crisis_reader_joins_the_crisis_score(tmp_path):
    write_examples(tmp_path / "triage")
    tuner = WordTuner()
    tuned = Triager(tmp_path / "triage", tmp_path / "cache", bag_of_words, tuner=tuner)
    model = tuned.model
    assert model.tuned_crisis is not None
    n = len(TEMPLATES) * len(FILLERS)
    assert len(tuner.fitted) == 3 and sum(tuner.fitted) == 2 * n, "one reader per fold, each on the other two folds"
    result = tuned.triage("i feel hopeless and i want to end my life")
    assert result.route == "crisis"
    untuned = Triager(tmp_path / "triage", tmp_path / "plain", bag_of_words)
    question = "how do i word this resume bullet about sales for my application tomorrow"
    reader = model.tuned_crisis.score([question])[0]
    cheap = untuned.triage(question).probabilities["crisis_score"]
    blended = tuned.triage(question).probabilities["crisis_score"]
    assert reader == 0.0 and blended == pytest.approx(0.3 * cheap, abs=1e-3)


def test_changing_the_tuner_retrains(tmp_path):
    write_examples(tmp_path / "triage")
    _ = Triager(tmp_path / "triage", tmp_path / "cache", bag_of_words, tuner=WordTuner("a")).model
    same_tuner = WordTuner("a")
    same = Triager(tmp_path / "triage", tmp_path / "cache", bag_of_words, tuner=same_tuner)
    _ = same.model
    assert not same.retrained
    assert same_tuner.adopted == [same.model.tuned_crisis], "a cached reader is handed to this install's tuner"
    other = Triager(tmp_path / "triage", tmp_path / "cache", bag_of_words, tuner=WordTuner("b"))
    _ = other.model
    assert other.retrained and other.model.tuned_crisis is not None
    untuned = Triager(tmp_path / "triage", tmp_path / "cache", bag_of_words)
    _ = untuned.model
    assert untuned.retrained and untuned.model.tuned_crisis is None


def test_damaged_cache_is_rebuilt(tmp_path, triager, caplog):
    _ = triager.model
    (tmp_path / "cache" / "triage-model.pkl").write_bytes(b"garbage")
    fresh = Triager(tmp_path / "triage", tmp_path / "cache", bag_of_words)
    with caplog.at_level("WARNING"):
        assert fresh.triage("how do i word this resume bullet").route == "micro" and fresh.retrained
    assert "could not be read" in caplog.text, "the log says why a long training starts"


def test_an_empty_batch_gives_no_routes_and_trains_nothing(tmp_path):
    fresh = Triager(tmp_path / "missing", tmp_path / "cache", bag_of_words)
    assert fresh.triage_many([]) == [] and not fresh.retrained


def test_long_post_is_handled_with_a_note(triager):
    story = "Some background about my week. " * 200 + "How do I word the resume bullet about sales?"
    result = triager.triage(story)
    assert result.route == "micro"
    assert any("long message" in n for n in result.notes)


def test_bad_input_raises_input_error(triager):
    with pytest.raises(InputError):
        triager.triage("   ")
    with pytest.raises(InputError):
        triager.triage("bad\x00bytes")


def test_a_route_with_too_few_examples_gets_a_clear_error(tmp_path):
    from assistant.errors import ConfigurationError

    write_examples(tmp_path / "triage")
    path = tmp_path / "triage" / "examples.jsonl"
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    others = [r for r in rows if r["route"] != "out_of_scope"]
    for kept in (3, 0):
        few = others + [r for r in rows if r["route"] == "out_of_scope"][:kept]
        path.write_text("\n".join(json.dumps(r) for r in few) + "\n")
        with pytest.raises(ConfigurationError, match=f"only {kept} labelled 'out_of_scope'.*at least 10"):
            _ = Triager(tmp_path / "triage", tmp_path / "cache", bag_of_words).model


def test_a_crisis_row_in_a_hard_negatives_file_is_named(tmp_path):
    from assistant.errors import ConfigurationError

    write_examples(tmp_path / "triage")
    row = {"question": "i will end my life tonight", "route": "crisis", "topic": "wellbeing", "format": "none"}
    (tmp_path / "triage" / "hard_negatives_x.jsonl").write_text("\n" + json.dumps(row) + "\n")
    with pytest.raises(ConfigurationError, match=r"hard_negatives_x.jsonl:2: a hard-negatives file holds a row"):
        _ = Triager(tmp_path / "triage", tmp_path / "cache", bag_of_words).model


def test_the_reasons_say_a_post_was_read_by_its_question_exactly_when_the_route_pass_did(triager):
    from assistant.triage.features import FOCUS_CHARS

    ask = "should i change careers into design?"
    story = "Quick background on me first. " * 12 + ask
    assert FOCUS_CHARS < len(story) < 600, (
        "a post the route pass focuses, under the 600 characters the reasons once used"
    )
    focused = triager.triage(story)
    assert focused.route == "mentor"
    assert any("title and the sentences that ask something" in r for r in focused.reasons)
    assert not any("title and the sentences that ask something" in r for r in triager.triage(ask).reasons)


CALM_PAST = (
    "I attempted suicide in college back in 2012. I'm doing well now. How do I word the resume bullet for my "
    "application tomorrow?"
)


def test_a_calm_past_crisis_gets_the_crisis_route_as_shipped(triager):
    assert not triager.spare
    past = triager.triage(CALM_PAST)
    assert past.route == "crisis" and any("crisis pattern: suicide" in n for n in past.notes)


def test_a_calm_past_crisis_is_answered_with_a_check_in_when_opted_in(triager):
    triager.spare = True
    past = triager.triage(
        "I attempted suicide in college back in 2012. I'm doing well now. How do I word the resume bullet for my "
        "application tomorrow?"
    )
    assert past.route == "micro" and past.check_in
    assert any("past crisis (suicide)" in n for n in past.notes)
    again = triager.triage("I attempted suicide back in 2012 and I'm thinking about it again.")
    assert again.route == "crisis" and any("crisis pattern: suicide" in n for n in again.notes)


def test_a_check_in_reaches_the_public_triage_as_its_first_reason(triager, monkeypatch):
    """`/route` and the JSON-lines CLI carry only the DESIGN.md keys: the check-in travels in `reasons`."""
    model = triager.model
    monkeypatch.setattr(model, "thresholds", dataclasses.replace(model.thresholds, crisis=0.9, check_in=0.5))
    monkeypatch.setattr(model, "crisis", lambda feats: np.full(len(feats.texts), 0.7))  # between the two
    near = triager.triage("How do I word the resume bullet for my application tomorrow?")
    assert near.route != "crisis" and near.check_in
    public = near.to_dict()
    assert set(public) == {"route", "confidence", "topic", "format", "reasons"}
    assert public["reasons"][0] == CHECK_IN_REASON and len(public["reasons"]) <= 3
    monkeypatch.setattr(model, "crisis", lambda feats: np.full(len(feats.texts), 0.1))  # below both
    calm = triager.triage("How do I word the resume bullet for my application tomorrow?")
    assert not calm.check_in and CHECK_IN_REASON not in calm.reasons


def test_a_calm_past_stays_a_crisis_when_the_reader_does_not_agree(triager, monkeypatch):
    triager.spare = True
    model = triager.model
    monkeypatch.setattr(model, "thresholds", dataclasses.replace(model.thresholds, crisis=0.9, check_in=0.5))
    monkeypatch.setattr(model, "crisis", lambda feats: np.full(len(feats.texts), 0.7))  # between the two
    past = triager.triage("I attempted suicide in college back in 2012. How do I word the resume bullet for it?")
    assert past.route == "crisis" and not past.check_in
    assert any("worded as a past crisis, but the crisis reader's score is high" in n for n in past.notes)
