"""`python -m assistant eval triage` end to end with the real MiniLM, on a tenth of the shipped examples and of two
held-out sets, with the n-gram crisis path (the full run, with the fine-tuned reader, is `make eval`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import Settings
from assistant.triage.examples import load_examples
from assistant.triage.report import evaluate_triage, pattern_mask_line
from tests.conftest import share_of_examples

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]


def small_corpus(tmp_path: Path) -> Settings:
    """A tenth of the shipped examples, of two held-out sets and of the twins, with the n-gram crisis path."""
    corpus = tmp_path / "corpus"
    share_of_examples(corpus / "triage", 10)
    (corpus / "eval").mkdir()
    for name in ("triage_fresh.jsonl", "crisis_patterns_check.jsonl"):
        lines = (ROOT / "corpus" / "eval" / name).read_text(encoding="utf-8").splitlines()
        (corpus / "eval" / name).write_text("\n".join(lines[::10]) + "\n", encoding="utf-8")
    write_twins_of_copied_rows(corpus / "triage" / "candidates", share=10)
    return Settings(corpus_dir=corpus, data_dir=tmp_path / "data", triage_crisis_reader="off")


def test_eval_triage_reports_every_set_side_by_side_and_names_missed_goals(tmp_path):
    settings = small_corpus(tmp_path)
    corpus = settings.corpus_dir

    text, ok = evaluate_triage(settings)

    assert "triage evaluation: 5-fold cross-validation over" in text
    assert "triage_fresh.jsonl, never trained on" in text and "crisis_patterns_check.jsonl, never trained on" in text
    table = [line for line in text.splitlines() if line.startswith("| ")]
    twins = len((corpus / "triage" / "candidates" / "hard_negatives_twins.jsonl").read_text().splitlines())
    assert twins >= 50
    assert "hard_negatives_twins.jsonl, each routed by the fold that held its original out" in text
    assert "twins left out" not in text  # every copied twin found its original
    assert table[0].startswith("| figure | cross-validation (") and table[0].endswith(
        f"| safe twins, out of fold ({twins}) | triage_fresh (24) | crisis_patterns_check (16) | goal |"
    )
    implicit = next(line for line in table if line.startswith("| crisis recall, implicit |"))
    assert implicit.split(" | ")[2] == implicit.split(" | ")[4] == "-"  # twins and pattern check: no implied crisis
    assert "crisis patterns alone, crisis_patterns_check.jsonl" in text
    assert "crisis readers:" not in text  # the n-gram path tunes no reader
    assert ok == ("goals: all met" in text)
    if not ok:
        missed = text.split("goals missed:\n", 1)[1].splitlines()
        bold = sum(line.count("**") // 2 for line in table)
        assert len(missed) == bold  # each missed goal is one line below and one bold figure in the table


def test_eval_triage_held_out_only_skips_the_cross_validation_and_says_when_it_stands_in(tmp_path):
    settings = small_corpus(tmp_path)
    examples = load_examples(settings.corpus_dir / "triage")

    text, ok = evaluate_triage(settings, held_out_only=True)

    assert text.splitlines()[0] == pattern_mask_line(examples)
    assert "cross-validation and the safe twins skipped (--held-out-only)" in text
    assert "5-fold cross-validation over" not in text and "hard_negatives_twins.jsonl" not in text
    table = [line for line in text.splitlines() if line.startswith("| ")]
    assert table[0] == "| figure | triage_fresh (24) | crisis_patterns_check (16) | goal |"
    assert "crisis patterns alone, crisis_patterns_check.jsonl" in text
    assert ok == ("goals: all met" in text)


def write_twins_of_copied_rows(folder: Path, share: int) -> None:
    """The shipped safe twins whose originals `share_of_examples` copied, renamed to the copies' lines."""
    import json

    folder.mkdir(parents=True, exist_ok=True)
    kept = []
    for line in (ROOT / "corpus" / "triage" / "candidates" / "hard_negatives_twins.jsonl").read_text().splitlines():
        row = json.loads(line)
        name, number = row["twin_of"].rsplit(":", 1)
        if (int(number) - 1) % share == 0:  # the shipped files have no blank lines: line n is the (n-1)th row
            kept.append(json.dumps({**row, "twin_of": f"{name}:{(int(number) - 1) // share + 1}"}))
    (folder / "hard_negatives_twins.jsonl").write_text("\n".join(kept) + "\n", encoding="utf-8")
