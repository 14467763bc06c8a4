"""Rows in corpus/triage/crisis_score/ (and the candidate rounds the high crisis sensitivity adds) train the crisis
score only: never a route, topic, format or threshold."""

import hashlib
import json
from dataclasses import replace

import numpy as np
import pytest

from assistant import build_assistant
from assistant.errors import ConfigurationError
from assistant.settings import Settings
from assistant.triage import model as model_module
from assistant.triage.evaluate import cross_validate_with_twins
from assistant.triage.examples import (
    CRISIS_SCORE_ONLY,
    SENSITIVE_ROUNDS,
    Example,
    crisis_score_rounds,
    examples_digest,
    load_examples,
    require_trainable,
    split_score_only,
)
from assistant.triage.model import featurize, train
from assistant.triage.report import cross_validation, pattern_mask_line
from tests.fakes import BagOfWordsEmbeddings, WordTuner, bag_of_words, templated_examples


def write_rows(path, rows):
    """Write labelled rows as JSON lines."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def row(question, route="micro"):
    """One labelled row with the topic and format every route accepts."""
    return {"question": question, "route": route, "topic": "other", "format": "none"}


def score_only_rows(word: str, n: int = 20) -> list[Example]:
    """Implied-crisis rows that use `word`, and safe rows that do not, all marked as training the crisis score only."""
    crisis = [
        Example(f"sold my {word} and wrote the letters for {k} of them", "crisis", "wellbeing", "none", "n", "r", False)
        for k in range(n)
    ]
    safe = [Example(f"how do i ask about a raise for team {k}", "micro", "other", "none", "n", "r") for k in range(n)]
    return [replace(e, crisis_score_only=True) for e in crisis + safe]


def test_rows_in_the_subfolder_are_marked_and_ordered_by_file_name_across_both(tmp_path):
    write_rows(tmp_path / "b_main.jsonl", [row("b one"), row("b two")])
    write_rows(tmp_path / "d_main.jsonl", [row("d one")])
    write_rows(tmp_path / CRISIS_SCORE_ONLY / "c_round.jsonl", [row("c one", "crisis")])
    write_rows(tmp_path / CRISIS_SCORE_ONLY / "a_round.jsonl", [row("a one")])
    examples = load_examples(tmp_path)
    assert [e.question for e in examples] == ["a one", "b one", "b two", "c one", "d one"]
    assert [e.crisis_score_only for e in examples] == [True, False, False, True, False]
    assert examples[0].group == "a_round" and examples[3].where == "c_round.jsonl:1"
    assert split_score_only(examples) == ([1, 2, 4], [0, 3])


def test_a_file_name_in_both_folders_is_refused_by_name(tmp_path):
    write_rows(tmp_path / "crisis_more.jsonl", [row("one", "crisis")])
    write_rows(tmp_path / CRISIS_SCORE_ONLY / "crisis_more.jsonl", [row("two", "crisis")])
    with pytest.raises(ConfigurationError, match=r"crisis_more\.jsonl.*unique"):
        load_examples(tmp_path)


def test_moving_a_file_into_the_subfolder_changes_the_digest_and_nothing_else_does(tmp_path):
    rows = [row("how do i word this line"), row("should i change careers", "mentor")]
    write_rows(tmp_path / "micro_a.jsonl", rows)
    before = load_examples(tmp_path)
    fields = [[e.question, e.route, e.topic, e.format, e.group] for e in before]
    expected = hashlib.sha256()
    for f in fields:  # the digest as it was before the subfolder existed, so cached models stay current
        expected.update(json.dumps(f).encode())
    assert examples_digest(before) == expected.hexdigest()[:16]
    (tmp_path / CRISIS_SCORE_ONLY).mkdir()
    (tmp_path / "micro_a.jsonl").rename(tmp_path / CRISIS_SCORE_ONLY / "micro_a.jsonl")
    write_rows(tmp_path / "other.jsonl", [row("an unrelated row")])
    moved = [e for e in load_examples(tmp_path) if e.crisis_score_only]
    assert [e.question for e in moved] == [e.question for e in before]
    assert examples_digest(moved) != examples_digest(before)


def test_routes_are_counted_without_the_rows_that_train_the_crisis_score_only(tmp_path):
    examples = [e for e in templated_examples() if e.route != "crisis"] + [
        replace(e, crisis_score_only=True) for e in templated_examples() if e.route == "crisis"
    ]
    with pytest.raises(ConfigurationError, match=r"only 0 labelled 'crisis' \(rows in crisis_score/ .* not counted\)"):
        require_trainable(examples, tmp_path)


def test_score_only_rows_train_the_crisis_score_but_no_route_topic_format_or_threshold():
    main = templated_examples()
    extra = score_only_rows("harmonica")
    alone_tuner, with_tuner = WordTuner(), WordTuner()
    alone = train(main, featurize([e.question for e in main], bag_of_words), "a", alone_tuner)
    both = main + extra
    joined = train(both, featurize([e.question for e in both], bag_of_words), "b", with_tuner)
    probe = [
        "sold my harmonica and wrote the letters for all of them",
        *[e.question for e in main[::7]],
    ]
    feats = featurize(probe, bag_of_words)
    assert joined.crisis(feats)[0] > alone.crisis(feats)[0] + 0.2  # the round's sign reaches the crisis score
    assert np.allclose(
        [list(p.values()) for p in joined.route_probs(feats)], [list(p.values()) for p in alone.route_probs(feats)]
    )
    assert joined.topics(feats) == alone.topics(feats) and joined.formats(feats) == alone.formats(feats)
    assert sum(with_tuner.fitted) == 2 * len(both) and sum(alone_tuner.fitted) == 2 * len(main)  # 3 folds, 2/3 each
    assert joined.n_examples == len(both)


def test_thresholds_are_fitted_on_the_main_rows_only(monkeypatch):
    seen = []

    def spy(examples, probs, classes, crisis):
        seen.append((len(examples), len(probs), len(crisis), any(e.crisis_score_only for e in examples)))
        return real(examples, probs, classes, crisis)

    real = model_module.fit_thresholds
    monkeypatch.setattr(model_module, "fit_thresholds", spy)
    main = templated_examples()
    rows = main + score_only_rows("harmonica")
    train(rows, featurize([e.question for e in rows], bag_of_words), "b", WordTuner())
    assert seen == [(len(main), len(main), len(main), False)]


def test_cross_validation_routes_main_rows_only_and_every_fold_trains_on_the_score_only_rows():
    main = templated_examples()
    extra = score_only_rows("harmonica", n=10)
    tuner = WordTuner()
    feats = featurize([e.question for e in main], bag_of_words)
    extra_feats = featurize([e.question for e in extra], bag_of_words)
    cv, _ = cross_validate_with_twins(main, feats, None, tuner=tuner, score_only=(extra, extra_feats))
    assert cv.n == len(main)
    # 5 folds x 3 reader folds; each reader sees 2/3 of (4/5 of the main rows + every score-only row)
    assert sum(tuner.fitted) == 5 * 2 * (len(main) * 4 // 5 + len(extra))


def test_the_pattern_mask_covers_the_main_rows_and_counts_the_others():
    main = templated_examples()
    line = pattern_mask_line(main + score_only_rows("harmonica", n=5))
    assert line.startswith("crisis patterns match ") and f"of {len(main)} training examples" in line
    assert line.endswith("10 more train the crisis score only")
    assert pattern_mask_line(main).split("(mask")[1] == line.split("(mask")[1].split(";")[0]


def test_eval_triage_cross_validates_over_the_main_rows_with_the_others_in_every_fold(tmp_path):
    main = templated_examples()
    rows = main + score_only_rows("harmonica", n=10)
    feats = featurize([e.question for e in rows], bag_of_words)
    tuner = WordTuner()
    settings = Settings(corpus_dir=tmp_path, data_dir=tmp_path / "data")
    lines, _, columns = cross_validation(settings, rows, feats, tuner, bag_of_words, 0.0)  # type: ignore[arg-type]
    assert lines[0].startswith(f"triage evaluation: 5-fold cross-validation over {len(main)} labelled examples")
    assert [name for name, _ in columns] == ["cross-validation"] and columns[0][1].n == len(main)
    assert sum(tuner.fitted) == 5 * 2 * (len(main) * 4 // 5 + 20)


def test_high_sensitivity_reads_the_candidate_rounds_as_score_only_rows_in_name_order(tmp_path):
    write_rows(tmp_path / "micro_a.jsonl", [row("main one")])
    write_rows(tmp_path / CRISIS_SCORE_ONLY / "b_round.jsonl", [row("b one", "crisis")])
    write_rows(tmp_path / "candidates" / "crisis_implied_r39_a.jsonl", [row("r39 one", "crisis")])
    write_rows(tmp_path / "candidates" / "hard_negatives_r43_a.jsonl", [row("r43 one")])
    write_rows(tmp_path / "candidates" / "crisis_explicit.jsonl", [row("never read", "crisis")])
    assert [e.question for e in load_examples(tmp_path, crisis_score_rounds("standard"))] == ["b one", "main one"]
    high = load_examples(tmp_path, crisis_score_rounds("high"))
    assert [e.question for e in high] == ["b one", "r39 one", "r43 one", "main one"]
    assert [e.crisis_score_only for e in high] == [True, True, True, False]
    assert high[1].where == "crisis_implied_r39_a.jsonl:1" and high[2].group == "hard_negatives_r43_a"


def test_the_rounds_read_in_place_equal_the_rounds_moved_into_the_subfolder(tmp_path):
    # session 45 measured the rounds moved into crisis_score/; the setting must train on exactly those rows, in order
    for folder in ("in_place", "moved"):
        write_rows(tmp_path / folder / "micro_a.jsonl", [row("main one"), row("main two", "mentor")])
    for name in ("crisis_implied_r39_a.jsonl", "hard_negatives_r43_b.jsonl"):
        rows = [row(f"{name} {k}", "crisis" if "crisis" in name else "micro") for k in range(3)]
        write_rows(tmp_path / "in_place" / "candidates" / name, rows)
        write_rows(tmp_path / "moved" / CRISIS_SCORE_ONLY / name, rows)
    in_place = load_examples(tmp_path / "in_place", SENSITIVE_ROUNDS)
    moved = load_examples(tmp_path / "moved")
    assert in_place == moved and examples_digest(in_place) == examples_digest(moved)


def test_high_sensitivity_without_its_rounds_says_which_files_and_how_to_go_back(tmp_path):
    write_rows(tmp_path / "micro_a.jsonl", [row("main one")])
    with pytest.raises(ConfigurationError, match=r"candidates/\*_r39_\*\.jsonl.*CRISIS_SENSITIVITY=standard"):
        load_examples(tmp_path, crisis_score_rounds("high"))


def test_a_round_named_like_a_file_in_the_subfolder_is_refused(tmp_path):
    write_rows(tmp_path / "micro_a.jsonl", [row("main one")])
    write_rows(tmp_path / CRISIS_SCORE_ONLY / "crisis_implied_r39_a.jsonl", [row("moved", "crisis")])
    write_rows(tmp_path / "candidates" / "crisis_implied_r39_a.jsonl", [row("in place", "crisis")])
    write_rows(tmp_path / "candidates" / "hard_negatives_r43_a.jsonl", [row("r43")])
    with pytest.raises(ConfigurationError, match=r"crisis_implied_r39_a\.jsonl more than once"):
        load_examples(tmp_path, SENSITIVE_ROUNDS)


def test_the_setting_reaches_training_and_switching_it_retrains(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    write_rows(corpus / "triage" / "main.jsonl", [row(e.question, e.route) for e in templated_examples()])
    write_rows(
        corpus / "triage" / "candidates" / "crisis_implied_r39_a.jsonl",
        [row(f"sold my harmonica and wrote the letters for {k} of them", "crisis") for k in range(10)],
    )
    write_rows(corpus / "triage" / "candidates" / "hard_negatives_r43_a.jsonl", [row("how do i ask for a raise")])
    models = {}
    for sensitivity in ("standard", "high", "standard"):
        monkeypatch.setenv("ASSISTANT_TRIAGE_CRISIS_SENSITIVITY", sensitivity)
        settings = Settings(corpus_dir=corpus, data_dir=tmp_path / "data", triage_crisis_reader="off")
        triager = build_assistant(settings, embeddings=BagOfWordsEmbeddings()).triager
        models[sensitivity] = triager.model
        assert triager.retrained  # each switch changes the examples' digest, so the cached model is refitted
    assert models["high"].n_examples == models["standard"].n_examples + 11
    probe = featurize(["sold my harmonica and wrote the letters for all of them"], bag_of_words)
    assert models["high"].crisis(probe)[0] > models["standard"].crisis(probe)[0]
