"""`python -m assistant eval triage` end to end with the real MiniLM, on a tenth of the shipped examples and of two
held-out sets, with the n-gram crisis path (the full run, with the fine-tuned reader, is `make eval`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import Settings
from assistant.triage.report import evaluate_triage
from tests.conftest import share_of_examples

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]


def test_eval_triage_reports_every_set_side_by_side_and_names_missed_goals(tmp_path):
    corpus = tmp_path / "corpus"
    share_of_examples(corpus / "triage", 10)
    (corpus / "eval").mkdir()
    for name in ("triage_fresh.jsonl", "crisis_patterns_check.jsonl"):
        lines = (ROOT / "corpus" / "eval" / name).read_text(encoding="utf-8").splitlines()
        (corpus / "eval" / name).write_text("\n".join(lines[::10]) + "\n", encoding="utf-8")
    settings = Settings(corpus_dir=corpus, data_dir=tmp_path / "data", triage_crisis_reader="off")

    text, ok = evaluate_triage(settings)

    assert "triage evaluation: 5-fold cross-validation over" in text
    assert "triage_fresh.jsonl, never trained on" in text and "crisis_patterns_check.jsonl, never trained on" in text
    table = [line for line in text.splitlines() if line.startswith("| ")]
    assert table[0].startswith("| figure | cross-validation (") and table[0].endswith(
        "| triage_fresh (24) | crisis_patterns_check (16) | goal |"
    )
    implicit = next(line for line in table if line.startswith("| crisis recall, implicit |"))
    assert implicit.split(" | ")[3] == "-"  # the pattern check set holds no implied-crisis message
    assert "crisis patterns alone, crisis_patterns_check.jsonl" in text
    assert "crisis readers:" not in text  # the n-gram path tunes no reader
    assert ok == ("goals: all met" in text)
    if not ok:
        missed = text.split("goals missed:\n", 1)[1].splitlines()
        bold = sum(line.count("**") // 2 for line in table)
        assert len(missed) == bold  # each missed goal is one line below and one bold figure in the table
