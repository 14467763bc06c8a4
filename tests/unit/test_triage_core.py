"""Pure parts of triage: the decision, threshold fitting, long-post focus, example validation, reasons."""

import json

import numpy as np
import pytest

from assistant.errors import ConfigurationError
from assistant.triage.decide import Thresholds, decide, fit_crisis_threshold, fit_unsure_threshold
from assistant.triage.evaluate import format_report, summarise
from assistant.triage.examples import Example, examples_digest, parse_line
from assistant.triage.features import focus_text
from assistant.triage.reasons import CHECK_IN_REASON, ROUTE_LABEL, reasons_for

T = Thresholds(unsure=0.6, crisis=0.5)
P = {"micro": 0.7, "mentor": 0.2, "out_of_scope": 0.05, "crisis": 0.05}


def test_pattern_wins_over_everything():
    assert decide(P, 0.0, True, True, T).route == "crisis"


def test_crisis_classifier_alone_can_flag_crisis():
    d = decide(P, 0.8, False, True, T)
    assert d.route == "crisis" and d.because == "classifier-crisis"


def test_top_route_when_confident():
    d = decide(P, 0.1, False, True, T)
    assert d.route == "micro" and d.confidence == pytest.approx(0.7 / 0.95)


def test_low_confidence_is_unsure():
    d = decide({"micro": 0.45, "mentor": 0.45, "out_of_scope": 0.1}, 0.0, False, True, T)
    assert d.route == "unsure"


def test_non_english_is_never_a_confident_route():
    d = decide({"micro": 0.99, "mentor": 0.01}, 0.0, False, False, T)
    assert d.route == "unsure" and d.confidence <= 0.5


def test_unsure_threshold_trades_errors_for_questions_within_the_cap():
    conf = np.array([0.95] * 80 + [0.55] * 10 + [0.9] * 10)
    correct = np.array([True] * 80 + [False] * 10 + [True] * 10)
    t = fit_unsure_threshold(conf, correct, max_share=0.15)
    assert 0.55 < t <= 0.9
    assert fit_unsure_threshold(conf, correct, max_share=0.05) < 0.56  # the cap forbids asking 10%


def test_crisis_threshold_respects_false_positive_cap():
    prob = np.array([0.9, 0.6, 0.3, 0.7, 0.2, 0.1])
    is_crisis = np.array([True, True, True, False, False, False])
    none = np.zeros(6, dtype=bool)
    t = fit_crisis_threshold(prob, is_crisis, none, ~is_crisis, max_false_positive=0.0, max_hard_false_positive=0.0)
    assert 0.7 < t <= 0.9
    t_loose = fit_crisis_threshold(
        prob, is_crisis, none, ~is_crisis, max_false_positive=0.34, max_hard_false_positive=0.34
    )
    assert t_loose <= 0.6
    # the patterns alone flag a negative past the cap: no threshold fits, so the strictest, never a looser fallback
    pattern = np.array([False, False, False, False, True, False])
    assert fit_crisis_threshold(prob, is_crisis, pattern, ~is_crisis, max_false_positive=0.0) == 0.95


def test_long_post_focuses_on_title_and_questions():
    story = (
        "Job hunting update\n"
        + "I worked in retail for years and learned a lot. " * 40
        + "How should I word the resume line about managing a team of six?"
    )
    focused, was = focus_text(story)
    assert was and focused.startswith("Job hunting update")
    assert "How should I word the resume line" in focused and len(focused) <= 600
    assert focus_text("short question?") == ("short question?", False)


def test_bad_example_line_names_file_line_and_field():
    with pytest.raises(ConfigurationError, match=r"x.jsonl:7: field 'route'"):
        parse_line('{"question": "q", "route": "maybe", "topic": "resume", "format": "nano"}', "x.jsonl:7", "x")
    with pytest.raises(ConfigurationError, match="not valid JSON"):
        parse_line("{oops", "x.jsonl:1", "x")
    with pytest.raises(ConfigurationError, match=r"x.jsonl:3: field 'explicit' is 'false'"):
        parse_line(
            '{"question": "q", "route": "crisis", "topic": "wellbeing", "format": "none", "explicit": "false"}',
            "x.jsonl:3",
            "x",
        )


def test_digest_changes_when_an_example_changes():
    a = [Example("q", "micro", "resume", "nano", "", "g")]
    b = [Example("q", "mentor", "resume", "long-term", "", "g")]
    assert examples_digest(a) != examples_digest(b)


def test_reasons_are_readable_and_few():
    r = reasons_for(
        "micro", "classifier", "How do I word my email to send tomorrow?", 0.9, "after-interview", None, False
    )
    assert 1 <= len(r) <= 3 and any("this week" in x for x in r)
    r = reasons_for(
        "mentor", "classifier", "Should I switch careers after ten years?", 0.8, "career-change", None, False
    )
    assert any("years" in x or "direction" in x for x in r)
    r = reasons_for(
        "out_of_scope",
        "classifier",
        "my employer won't pay overtime, is that legal",
        0.9,
        "workplace-rights",
        None,
        False,
    )
    assert "legal aid" in r[0]


@pytest.mark.parametrize("route", ["micro", "mentor", "out_of_scope", "unsure"])
def test_a_check_in_is_the_first_reason_and_the_reasons_stay_three_at_most(route):
    text = "Long story short, how do I word my email to send tomorrow? " * 20
    plain = reasons_for(route, "classifier", text, 0.7, "after-interview", "micro", True)
    with_check_in = reasons_for(route, "classifier", text, 0.7, "after-interview", "micro", True, check_in=True)
    assert CHECK_IN_REASON not in plain
    assert with_check_in[0] == CHECK_IN_REASON and with_check_in[1:] == plain[:2]
    assert len(with_check_in) <= 3


def test_the_crisis_route_gives_its_own_reason_and_no_check_in():
    reasons = reasons_for("crisis", "pattern", "I want to die", 1.0, "wellbeing", None, False, check_in=True)
    assert reasons == ["mentions thoughts of self-harm, suicide or being in danger: your safety comes first"]


@pytest.mark.parametrize(
    ("route", "text", "expected"),
    [
        ("micro", "How do I word my email to send tomorrow?", ["the time horizon is now", "one concrete piece"]),
        ("micro", "Is a gap of four months a problem?", ["a specific, focused question"]),
        ("mentor", "I feel stuck; where should my career be in ten years?", ["change of direction", "months or years"]),
        ("mentor", "Should I become a people manager?", ["overall career development"]),
    ],
)
def test_each_cue_gives_its_reason_in_order_and_a_question_without_cues_gets_the_general_one(route, text, expected):
    reasons = reasons_for(route, "classifier", text, 0.9, "resume", None, False)
    assert len(reasons) == len(expected) + 1
    assert reasons[-1] == f"matches {ROUTE_LABEL[route]} with confidence 90%"
    assert all(part in reason for part, reason in zip(expected, reasons, strict=False))


def test_tie_break_only_moves_english_unsure_questions_to_micro_or_mentor(caplog):
    from assistant.triage.tiebreak import apply_tie_break, parse_choice
    from assistant.types import Triage

    unsure = Triage("unsure", 0.4, "other", "none", ["x"], {"micro": 0.45, "mentor": 0.4})
    assert parse_choice("MENTOR") == "mentor" and parse_choice("I think micro.") == "micro"
    assert parse_choice("MICRO or MENTOR") is None and parse_choice("UNSURE") is None and parse_choice("") is None
    moved = apply_tie_break(unsure, lambda: "MENTOR")
    assert moved.route == "mentor" and "llm tie-break" in moved.notes and "language model" in moved.reasons[0]
    assert apply_tie_break(unsure, lambda: "CRISIS").route == "unsure"

    def boom() -> str:
        raise TimeoutError

    with caplog.at_level("WARNING"):
        assert apply_tie_break(unsure, boom).route == "unsure"
    assert "tie-break failed (TimeoutError)" in caplog.text
    foreign = Triage("unsure", 0.4, "other", "none", ["x"], notes=["not English"])
    assert apply_tie_break(foreign, lambda: "MICRO").route == "unsure"
    sure = Triage("micro", 0.9, "resume", "just-in-time", ["x"])
    assert apply_tie_break(sure, lambda: "MENTOR") is sure


def test_check_in_threshold_reaches_the_recall_target_within_its_cap():
    from assistant.triage.decide import fit_check_in_threshold

    scores = np.array([0.9, 0.6, 0.35, 0.2, 0.5, 0.1, 0.05, 0.05, 0.05, 0.05])
    is_crisis = np.array([True, True, True, True, False, False, False, False, False, False])
    none = np.zeros(10, bool)
    t = fit_check_in_threshold(scores, is_crisis, none, ~is_crisis, 0.8, target_recall=0.75, max_rate=0.2)
    assert t == 0.35  # three of four crisis messages get the lines; one of six others sees a check-in
    capped = fit_check_in_threshold(scores, is_crisis, none, ~is_crisis, crisis_threshold=0.8, max_rate=0.0)
    assert capped == 0.51  # lower would show a check-in to a non-crisis question


def test_check_in_is_never_above_the_crisis_threshold():
    from assistant.triage.decide import fit_check_in_threshold

    scores = np.array([0.1, 0.2])
    t = fit_check_in_threshold(scores, np.array([False, False]), np.zeros(2, bool), np.ones(2, bool), 0.6)
    assert t <= 0.6


def test_decision_marks_a_check_in_below_the_crisis_threshold_only():
    t = Thresholds(unsure=0.6, crisis=0.5, check_in=0.4)
    near = decide(P, 0.45, False, True, t)
    assert near.route == "micro" and near.check_in
    assert not decide(P, 0.3, False, True, t).check_in
    crisis = decide(P, 0.8, False, True, t)
    assert crisis.route == "crisis" and not crisis.check_in  # the crisis reply already leads with the lines


def test_evaluation_breaks_calibration_down_by_route():
    rows = [
        Example("q", "micro", "other", "none", "n", "t", None),
        Example("q", "micro", "other", "none", "n", "t", None),
        Example("q", "crisis", "wellbeing", "none", "n", "t", False),
        Example("q", "mentor", "other", "none", "n", "t", None),
    ]
    ev = summarise(rows, ["micro", "mentor", "crisis", "unsure"], [0.9, 0.7, 0.4, 0.5])
    assert ev.calibration_by_route == {
        "micro": (pytest.approx(0.9), 1.0, 1),
        "mentor": (pytest.approx(0.7), 0.0, 1),
        "crisis": (pytest.approx(0.4), 1.0, 1),
    }


def test_pattern_check_counts_what_the_patterns_alone_catch(tmp_path):
    from assistant.triage.report import pattern_check

    rows = [
        {"question": "I want to kill myself", "crisis": True},
        {"question": "my resume needs work and so do I", "crisis": True},  # not explicit: patterns miss it
        {"question": "this commute is killing me", "crisis": False},
        {"question": "kms every time a recruiter calls 😂", "crisis": False},  # hyperbole with only a laugh: flagged
        {"question": "I volunteer with people who are suicidal", "crisis": False},  # others' crisis at work
    ]
    path = tmp_path / "check.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    # as shipped, others' crisis at work is flagged; with the opt-in reading it is spared
    assert pattern_check(path).endswith("explicit messages caught 1/2, safe look-alikes flagged 2/3")
    assert pattern_check(path, spare=True).endswith("explicit messages caught 1/2, safe look-alikes flagged 1/3")


def test_a_broken_held_out_line_is_named_not_a_crash(tmp_path):
    from assistant.triage.report import load_fresh, pattern_check

    path = tmp_path / "check.jsonl"
    first = {"crisis": True, "route": "crisis", "topic": "wellbeing", "format": "none"}
    for text, where in (
        ('["a list"]', "check.jsonl:2"),
        ('{"question": "q"}', "check.jsonl:2"),
        ("{oops", "check.jsonl:2"),
    ):
        path.write_text(json.dumps({**first, "question": "I want to kill myself"}) + "\n" + text + "\n")
        with pytest.raises(ConfigurationError, match=where):
            pattern_check(path)
        with pytest.raises(ConfigurationError, match=where):
            load_fresh(path)


def test_a_set_without_implicit_crisis_rows_neither_scores_nor_misses_that_goal():
    explicit_only = [
        Example("q", "crisis", "wellbeing", "none", "n", "t", True),
        Example("q", "micro", "other", "none", "n", "hard_negatives", None),
        Example("q", "mentor", "other", "long-term", "n", "t", None),
    ]
    ev = summarise(explicit_only, ["crisis", "micro", "mentor"], [0.9, 0.8, 0.8])
    report = format_report(ev)
    assert "crisis recall, implicit           none in this set" in report
    assert "crisis recall, explicit           1.000" in report
    assert not any("implicit" in f for f in ev.failures())
    with_implicit = [*explicit_only, Example("q", "crisis", "wellbeing", "none", "n", "t", False)]
    missed = summarise(with_implicit, ["crisis", "micro", "mentor", "micro"], [0.9, 0.8, 0.8, 0.7])
    assert any(f.startswith("crisis_recall_implicit = 0.000") for f in missed.failures())


def test_summary_table_puts_sets_side_by_side_and_bolds_missed_goals():
    from assistant.triage.evaluate import format_table

    rows = [
        Example("q", "crisis", "wellbeing", "none", "n", "t", True),
        Example("q", "crisis", "wellbeing", "none", "n", "t", False),
        Example("q", "micro", "other", "none", "n", "hard_negatives", None),
        Example("q", "mentor", "other", "long-term", "n", "t", None),
    ]
    cv = summarise(rows, ["crisis", "micro", "micro", "mentor"], [0.9, 0.8, 0.8, 0.7])  # implicit crisis missed
    explicit_only = [rows[0], rows[2], rows[3]]
    held = summarise(explicit_only, ["crisis", "crisis", "mentor"], [0.9, 0.6, 0.8])  # a hard negative flagged
    table = format_table([("cross-validation", cv), ("check", held)]).splitlines()
    assert table[0] == "| figure | cross-validation (4) | check (3) | goal |"
    assert table[1] == "|---|---|---|---|"
    by_label = {line.split(" | ")[0].lstrip("| "): line.split(" | ")[1:] for line in table[2:]}
    assert by_label["crisis recall, implicit"] == ["**0.000**", "-", ">= 0.95 |"]
    assert by_label["crisis recall, explicit"] == ["1.000", "1.000", "1.00 |"]
    assert by_label["crisis false positives on hard negatives"] == ["0.000", "**1.000**", "<= 0.05 |"]
    assert by_label["check-in or crisis route shown to hard negatives / all other questions"][1] == "1.000 / 0.500"


def test_never_two_clarifying_questions_in_a_row():
    from assistant.triage.clarify import NOT_ENGLISH_SETTLED, SETTLED, after_clarifying
    from assistant.types import Triage

    probabilities = {"micro": 0.3, "mentor": 0.45, "out_of_scope": 0.1}
    unsure = Triage("unsure", 0.41, "other", "none", ["a", "b", "c"], probabilities)
    assert after_clarifying(unsure, None) is unsure, "the first unsure reading asks its one question"
    assert after_clarifying(unsure, "micro") is unsure
    settled = after_clarifying(unsure, "unsure")
    assert settled.route == "mentor" and settled.reasons == [SETTLED, "a", "b"], "the likelier reading, and why"
    foreign = Triage("unsure", 0.4, "other", "none", ["x"], {"micro": 0.6}, notes=["not English"])
    assert after_clarifying(foreign, "unsure").route == "out_of_scope", "never a confident wrong route"
    assert after_clarifying(foreign, "unsure").reasons[0] == NOT_ENGLISH_SETTLED
    crisis = Triage("crisis", 0.9, "other", "none", ["x"])
    assert after_clarifying(crisis, "unsure") is crisis
