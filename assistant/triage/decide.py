"""The triage decision and the fitting of its thresholds (pure: numbers in, route out)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

DECIDED = ("micro", "mentor", "out_of_scope")


@dataclass(frozen=True)
class Thresholds:
    """Below `unsure` the top route is not trusted; at or above `crisis` the classifier alone flags crisis; at or
    above `check_in` (lower) the question is answered as routed, with a short wellbeing check-in and the crisis lines
    shown first."""

    unsure: float
    crisis: float
    check_in: float = 1.0


@dataclass(frozen=True)
class Decision:
    """A route with its confidence and why it was chosen."""

    route: str
    confidence: float
    because: str  # "pattern", "classifier-crisis", "courtesy", "not-english", "below-threshold" or "classifier"
    check_in: bool = False  # not crisis: the crisis score reached the check-in threshold, or crisis words were spared


def decide(
    probs: dict[str, float],
    crisis_score: float,
    crisis_pattern: bool,
    english: bool,
    thresholds: Thresholds,
    spared_pattern: bool = False,
    courtesy: bool = False,
) -> Decision:
    """Crisis first (pattern or classifier signal), then language, then the calibrated top route or `unsure`; crisis
    words the patterns read as no crisis now (`spared_pattern`: a calm past, others' crisis in one's work) are
    answered as routed, always with a check-in, but only when the crisis reader agrees (its score below the check-in
    threshold): a list of words of now cannot be closed, so the reader is the second key. A message made only of
    greeting or thank-you words (`courtesy`, a closed list) is out of scope without a check-in, after the crisis
    checks: a check-in there ("thanks, that helped!") told people their thanks sounded like a crisis."""
    if crisis_pattern or (spared_pattern and crisis_score >= thresholds.check_in):
        return Decision("crisis", 1.0, "pattern")
    # Only the dedicated crisis model's score counts: adding the route model's crisis class doubled false
    # positives on hard negatives in cross-validation.
    if crisis_score >= thresholds.crisis:
        return Decision("crisis", crisis_score, "classifier-crisis")
    if courtesy:
        return Decision("out_of_scope", 1.0, "courtesy")
    check_in = crisis_score >= thresholds.check_in or spared_pattern
    rest = {r: probs.get(r, 0.0) for r in DECIDED}
    total = sum(rest.values()) or 1.0
    top, p = max(rest.items(), key=lambda kv: kv[1])
    confidence = p / total
    if not english:
        return Decision("unsure", min(confidence, 0.5), "not-english", check_in)
    if confidence < thresholds.unsure:
        return Decision("unsure", confidence, "below-threshold", check_in)
    return Decision(top, confidence, "classifier", check_in)


def fit_unsure_threshold(
    confidences: np.ndarray, correct: np.ndarray, max_share: float = 0.08, unsure_cost: float = 0.35
) -> float:
    """The threshold that minimises errors plus (cheaper) clarifying questions, asking at most `max_share`."""
    best_t, best_cost = 0.0, float("inf")
    n = len(confidences)
    for t in np.round(np.arange(0.30, 0.951, 0.01), 2):
        unsure = confidences < t
        if unsure.mean() > max_share:
            break
        cost = (np.sum(~correct & ~unsure) + unsure_cost * np.sum(unsure)) / max(n, 1)
        if cost < best_cost - 1e-9:
            best_t, best_cost = float(t), cost
    return best_t


def _share(flagged: np.ndarray, rows: np.ndarray) -> float:
    """The share of the selected rows that are flagged (0 when none is selected)."""
    return float((flagged & rows).sum()) / max(int(rows.sum()), 1)


def fit_crisis_threshold(
    crisis_prob: np.ndarray,
    is_crisis: np.ndarray,
    pattern_hit: np.ndarray,
    is_negative: np.ndarray,
    is_hard: np.ndarray | None = None,
    max_false_positive: float = 0.025,
    max_hard_false_positive: float = 0.04,
) -> float:
    """The highest threshold reaching the best crisis recall (with the patterns) within both false-positive caps:
    over all non-crisis examples and over the hard negatives (dark idioms, ordinary distress). When no threshold keeps
    within the caps (the patterns alone break them), the strictest one: the classifier then adds the fewest."""
    candidates: Sequence[float] = [float(t) for t in np.round(np.arange(0.95, 0.049, -0.01), 2)]
    hard = is_hard if is_hard is not None and is_hard.any() else is_negative
    best_t, best_recall = candidates[0], -1.0
    for t in candidates:
        flagged = pattern_hit | (crisis_prob >= t)
        if _share(flagged, is_negative) > max_false_positive or _share(flagged, hard) > max_hard_false_positive:
            break
        recall = _share(flagged, is_crisis)
        if recall > best_recall + 1e-9:
            best_t, best_recall = t, recall
    return best_t


def fit_check_in_threshold(
    crisis_prob: np.ndarray,
    is_crisis: np.ndarray,
    pattern_hit: np.ndarray,
    is_negative: np.ndarray,
    crisis_threshold: float,
    target_recall: float = 0.97,
    max_rate: float = 0.06,
) -> float:
    """The highest threshold (at most the crisis one) at which crisis messages get the crisis lines, by the crisis
    route or a check-in, at `target_recall`; never showing a check-in to more than `max_rate` of other questions."""
    best = crisis_threshold
    for t in np.round(np.arange(crisis_threshold, 0.049, -0.01), 2):
        flagged = pattern_hit | (crisis_prob >= t)
        if _share(flagged, is_negative) > max_rate:
            break
        best = float(t)
        if _share(flagged, is_crisis) >= target_recall:
            break
    return best
