"""`eval triage --held-out-only`: the command passes the choice on, and the pattern-mask line that tells whether a
held-out-only run may stand in for a full one."""

from assistant.cli import main
from assistant.triage import report
from assistant.triage.examples import Example
from assistant.triage.report import pattern_mask_line


def _examples(*questions: str) -> list[Example]:
    return [Example(q, "micro", "resume", "nano", "", "micro_a") for q in questions]


def test_the_mask_counts_the_matches_and_changes_when_one_row_changes_side():
    before = pattern_mask_line(_examples("I want to kill myself", "how do I word my resume summary?", "a cover letter"))
    after = pattern_mask_line(_examples("I want to kill myself", "how do I word my resume summary?", "kms tonight"))
    assert before.startswith("crisis patterns match 1 of 3 training examples (mask ")
    assert after.startswith("crisis patterns match 2 of 3 training examples (mask ")
    assert before.split("mask ")[1] != after.split("mask ")[1]
    same = pattern_mask_line(_examples("I want to kill myself", "how do I word my resume summary?", "a cover letter"))
    assert same == before


def test_the_cli_passes_held_out_only_to_the_evaluation(monkeypatch, capsys):
    seen = []

    def fake(settings, held_out_only=False):
        seen.append(held_out_only)
        return "goals: all met", True

    monkeypatch.setattr(report, "evaluate_triage", fake)
    assert main(["eval", "triage", "--held-out-only"]) == 0
    assert main(["eval", "triage"]) == 0
    assert seen == [True, False]
    assert "goals: all met" in capsys.readouterr().out
