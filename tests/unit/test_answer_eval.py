"""Retrieval and answer metrics (pure)."""

import pytest

from assistant.answering.answerer import Answer
from assistant.answering.evaluate import answer_metrics, first_hit, load_cases, retrieval_metrics
from assistant.errors import ConfigurationError
from assistant.types import Citation


def test_first_hit_counts_distinct_documents():
    assert first_hit(["a", "a", "b", "c"], ("c",)) == 2
    assert first_hit(["a", "b"], ("z",)) is None


def test_retrieval_metrics():
    m = retrieval_metrics([0, 2, 4, None])
    assert m["recall@3"] == 0.5 and m["recall@5"] == 0.75
    assert m["mrr"] == pytest.approx((1 + 1 / 3 + 1 / 5) / 4)


def test_answer_metrics():
    cite = Citation(1, "d", "T", "S", "s.md")
    answers = [
        Answer("a [1]", [cite], "generated", [], supported_share=0.75),
        Answer("b [1]", [cite], "extractive", []),
        Answer("none", [], None, []),
    ]
    m = answer_metrics(answers)
    assert m["with_citation"] == pytest.approx(2 / 3) and m["extractive"] == pytest.approx(1 / 3)
    assert m["sentences_supported"] == 0.75 and m["no_guidance"] == pytest.approx(1 / 3)


def test_shipped_evaluation_set_is_valid_and_large_enough(tmp_path):
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    cases = load_cases(root / "corpus" / "eval" / "retrieval.jsonl")
    ids = {p.stem for p in (root / "corpus" / "guidance").glob("*.md")}
    assert len(cases) >= 150
    assert all(set(c.doc_ids) <= ids for c in cases)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\n')
    with pytest.raises(ConfigurationError, match=r"bad\.jsonl:1"):
        load_cases(bad)
