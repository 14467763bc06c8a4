"""The crisis reader's seed spread: its out-of-fold crisis figures once per tuning seed, the noise floor for changes.

Fine-tuning is repeatable for one seed, but another seed moves the figures (session 12: implicit recall at the fitted
threshold 0.849 with seed 13, 0.820 with seed 14). A change to the reader or its examples is only worth trusting when
it moves the figures by more than this spread, so `python -m assistant eval crisis-reader` measures it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.metrics import roc_auc_score

from assistant.triage.examples import Example
from assistant.triage.model import (
    CrisisMasks,
    Features,
    Tuner,
    blend_crisis,
    crisis_masks,
    crisis_out_of_fold,
    tuned_out_of_fold,
)

HARD_FP_CAP = 0.05  # the goal's cap on crisis false positives among the hard negatives


@dataclass(frozen=True)
class ReaderFigures:
    """Out-of-fold crisis figures of the blended crisis score for one tuning seed."""

    seed: int
    implicit_recall: float  # at the threshold training would fit (patterns included)
    hard_fp: float  # crisis false positives on the hard negatives at that threshold
    implicit_at_cap: float  # the best implicit recall with hard-negative false positives <= HARD_FP_CAP
    auc: float  # ROC AUC of the score, implied crisis against hard negatives


def crisis_figures(seed: int, score: np.ndarray, masks: CrisisMasks) -> ReaderFigures:
    """The figures a crisis score gives on labelled examples (pure)."""
    implicit, hard, pattern = masks.implicit, masks.hard, masks.pattern
    flagged = pattern | (score >= masks.fit_threshold(score))
    at_cap = 0.0
    for t in np.unique(score):
        swept = pattern | (score >= t)
        if swept[hard].mean() <= HARD_FP_CAP:
            at_cap = max(at_cap, float(swept[implicit].mean()))
    pair = implicit | hard
    auc = float(roc_auc_score(implicit[pair], score[pair])) if implicit.any() and hard.any() else float("nan")
    return ReaderFigures(
        seed,
        float(flagged[implicit].mean()) if implicit.any() else float("nan"),
        float(flagged[hard].mean()) if hard.any() else float("nan"),
        at_cap,
        auc,
    )


def seed_spread(
    examples: list[Example], feats: Features, make_tuner: Callable[[int], Tuner], seeds: Sequence[int]
) -> list[ReaderFigures]:
    """Tune the reader on the folds training uses once per seed; score each row blended with the n-grams, as shipped."""
    cheap = crisis_out_of_fold(examples, feats)
    texts = [str(t) for t in feats.texts]
    masks = crisis_masks(examples)
    figures = []
    for seed in seeds:
        tuned, _ = tuned_out_of_fold(examples, texts, make_tuner(seed))
        figures.append(crisis_figures(seed, blend_crisis(cheap, tuned), masks))
    return figures


def _row(label: str, values: Sequence[float]) -> str:
    """One table row: a label, then implicit recall, hard FP, recall at the cap and AUC under their headings."""
    recall, hard_fp, at_cap, auc = values
    return f"  {label:<6} {recall:>15.3f}   {hard_fp:>12.3f}   {at_cap:>32.3f}   {auc:>23.4f}"


def format_spread(figures: list[ReaderFigures], n: int) -> str:
    """One line per seed, then the mean and the spread (largest minus smallest) of each figure."""
    table = np.array([[f.implicit_recall, f.hard_fp, f.implicit_at_cap, f.auc] for f in figures])
    return "\n".join(
        [
            f"crisis reader seed spread: out of fold over {n} labelled examples (the three folds training uses, "
            "blended with the n-grams)",
            "  seed   implicit recall   hard-neg. FP   implicit recall at hard FP <= 5%   ROC AUC implied vs hard",
            *(_row(str(f.seed), row) for f, row in zip(figures, table, strict=True)),
            _row("mean", table.mean(0)),
            _row("spread", table.max(0) - table.min(0)),
            "  a change to the reader is worth trusting only when it moves these figures by more than the spread",
        ]
    )
