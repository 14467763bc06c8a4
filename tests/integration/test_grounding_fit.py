"""The groundedness guard's thresholds against labelled sentences, with the real MiniLM."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answering.fit_grounding import corpus_chunks, evaluate_grounding, fit, rates
from assistant.answering.grounding import SUPPORT_OVERLAP, SUPPORT_SIMILARITY

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]


def test_shipped_thresholds_are_the_fitted_ones_and_precise(settings_for, minilm):
    settings = settings_for(ROOT / "corpus")
    labelled = ROOT / "corpus" / "eval" / "grounding.jsonl"
    text, rows = evaluate_grounding(labelled, corpus_chunks(settings), minilm.encode)
    print("\n" + text)
    assert len(rows) == 128
    assert fit(rows) == (SUPPORT_SIMILARITY, SUPPORT_OVERLAP), "refit: python -m assistant eval grounding"
    precision, recall, _ = rates(rows, SUPPORT_SIMILARITY, SUPPORT_OVERLAP)
    assert precision >= 0.75 and recall >= 0.5
