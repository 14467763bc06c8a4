"""Training the triage classifiers (scikit-learn on MiniLM embeddings) and fitting their thresholds."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import make_pipeline, make_union

from assistant.guard.crisis import find_crisis
from assistant.triage.decide import (
    DECIDED,
    Thresholds,
    fit_check_in_threshold,
    fit_crisis_threshold,
    fit_unsure_threshold,
)
from assistant.triage.examples import Example, split_score_only
from assistant.triage.features import FOCUS_CHARS, cue_vector, focus_text

Embed = Callable[[list[str]], np.ndarray]
CUE_WEIGHT = 0.5
SEED = 13
TUNED_WEIGHT = 0.7  # share of the fine-tuned reader in the crisis score; the n-gram classifier has the rest
TUNED_FOLDS = 3  # the reader is fine-tuned once per fold: out-of-fold scores fit the thresholds


def blend_crisis(cheap: np.ndarray, tuned: np.ndarray) -> np.ndarray:
    """The crisis score from the n-gram classifier's score and the fine-tuned reader's."""
    return (1 - TUNED_WEIGHT) * cheap + TUNED_WEIGHT * tuned


class Tuner(Protocol):
    """Fine-tunes a crisis reader (assistant.triage.tuned.CrisisTuner, or a fake in unit tests)."""

    @property
    def identity(self) -> str:
        """What the reader was tuned with and how it scores: part of the cached triage model's digest."""
        ...

    @property
    def tuning(self) -> str:
        """What the reader's weights depend on (its identity less how it scores): the key of kept readers."""
        ...

    def fit(self, texts: list[str], labels: np.ndarray) -> Any:
        """A fitted reader with `score(texts) -> np.ndarray`."""
        ...

    def combine(self, readers: list[Any]) -> Any:
        """One reader from the readers fitted on the folds."""
        ...

    def adopt(self, reader: Any) -> Any:
        """A reader loaded from the cache, made to read with this install's files."""
        ...


@dataclass
class Features:
    """Per question: the route features, the whole-text embedding and the text itself (for word features)."""

    route: np.ndarray
    whole: np.ndarray
    texts: np.ndarray

    def take(self, idx: Any) -> Features:
        """The rows at the given indices."""
        idx = np.asarray(idx)
        return Features(self.route[idx], self.whole[idx], self.texts[idx])

    def plus(self, other: Features) -> Features:
        """These rows followed by the other's."""
        return Features(
            np.vstack([self.route, other.route]),
            np.vstack([self.whole, other.whole]),
            np.concatenate([self.texts, other.texts]),
        )


def featurize(texts: list[str], embed: Embed) -> Features:
    """Route features (long posts weighted towards their question part, plus cues) and crisis features."""
    # One MiniLM pass per question, on at most ~80 tokens: short questions whole, long posts by their title and
    # question sentences (MiniLM's cost grows with length; the crisis n-grams still read every word).
    focused = [focus_text(t, FOCUS_CHARS) for t in texts]
    whole = embed([f for f, _ in focused])
    cues = np.stack([cue_vector(t) for t in texts]) * CUE_WEIGHT
    route = np.hstack([whole, cues]).astype(np.float32)
    return Features(route, whole.astype(np.float32), np.asarray(texts, dtype=object))


def route_classifier() -> CalibratedClassifierCV:
    """Logistic regression fitted on all rows, sigmoid-calibrated on five-fold predictions (one model: fast)."""
    base = LogisticRegression(C=4.0, max_iter=3000, class_weight="balanced")
    return CalibratedClassifierCV(base, method="sigmoid", cv=5, ensemble=False)


def label_classifier(X: np.ndarray, labels: list[str], C: float) -> Any:
    """Logistic regression over labels; a constant answer when there is only one label."""
    if len(set(labels)) < 2:
        return DummyClassifier(strategy="most_frequent").fit(X, labels)
    return LogisticRegression(C=C, max_iter=3000).fit(X, labels)


class CrisisClassifier:
    """Crisis versus everything else: word and character n-grams (the whole text, never truncated) blended with
    the MiniLM embedding. The n-grams catch implied risk ("won't need my tools much longer") that the embedding
    alone blurs with ordinary distress."""

    def __init__(self, ngram_weight: float = 0.9) -> None:
        self.ngram_weight = ngram_weight
        self.ngrams = make_pipeline(
            make_union(
                TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
                TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2),
            ),
            LogisticRegression(C=32.0, max_iter=3000, class_weight="balanced"),
        )
        self.embedding = LogisticRegression(C=32.0, max_iter=3000, class_weight="balanced")

    def fit(self, feats: Features, is_crisis: np.ndarray) -> CrisisClassifier:
        """Fit both parts."""
        self.ngrams.fit(list(feats.texts), is_crisis)
        self.embedding.fit(feats.whole, is_crisis)
        return self

    def score(self, feats: Features) -> np.ndarray:
        """Crisis score per row in [0, 1]."""
        a = self.ngrams.predict_proba(list(feats.texts))[:, 1]
        b = self.embedding.predict_proba(feats.whole)[:, 1]
        return self.ngram_weight * a + (1 - self.ngram_weight) * b


@dataclass
class TriageModel:
    """The fitted classifiers and thresholds, ready to pickle."""

    route_clf: Any
    crisis_clf: Any
    topic_clf: Any
    format_clf: Any
    thresholds: Thresholds
    digest: str
    train_seconds: float
    n_examples: int
    tuned_crisis: Any = None  # the fine-tuned crisis reader, when one was trained

    def blend(self, cheap: np.ndarray, texts: list[str]) -> np.ndarray:
        """The crisis score: the n-gram classifier alone, or blended with the fine-tuned reader."""
        if self.tuned_crisis is None:
            return cheap
        return blend_crisis(cheap, np.asarray(self.tuned_crisis.score(texts)))

    def route_probs(self, feats: Features) -> list[dict[str, float]]:
        """Calibrated probability of each labelled route, per row."""
        probs = self.route_clf.predict_proba(feats.route)
        classes = list(self.route_clf.classes_)
        return [{c: float(p[i]) for i, c in enumerate(classes)} for p in probs]

    def crisis(self, feats: Features) -> np.ndarray:
        """Crisis score per row (n-gram classifier, blended with the fine-tuned reader when there is one)."""
        return self.blend(np.asarray(self.crisis_clf.score(feats)), list(feats.texts))

    def topics(self, feats: Features) -> list[str]:
        """Most likely topic per row."""
        return [str(t) for t in self.topic_clf.predict(feats.route)]

    def formats(self, feats: Features) -> list[str]:
        """Most likely micro-mentoring format per row."""
        return [str(f) for f in self.format_clf.predict(feats.route)]


def five_folds(examples: list[Example], feats: Features) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """The five (train, held-out) splits, stratified by route, that fit the thresholds' out-of-fold predictions."""
    y = np.array([e.route for e in examples])
    return StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED).split(feats.route, y)


def route_out_of_fold(examples: list[Example], feats: Features) -> tuple[np.ndarray, list[str]]:
    """Route probabilities for each row from route classifiers that never saw it, and the routes' order."""
    y = np.array([e.route for e in examples])
    classes = sorted(set(y))
    probs = np.zeros((len(y), len(classes)))
    for tr, te in five_folds(examples, feats):
        probs[te] = route_classifier().fit(feats.route[tr], y[tr]).predict_proba(feats.route[te])
    return probs, classes


def crisis_out_of_fold(examples: list[Example], feats: Features) -> np.ndarray:
    """The n-gram crisis classifier's score for each row from classifiers that never saw it."""
    is_crisis = np.array([e.route == "crisis" for e in examples])
    crisis = np.zeros(len(examples))
    for tr, te in five_folds(examples, feats):
        crisis[te] = CrisisClassifier().fit(feats.take(tr), is_crisis[tr]).score(feats.take(te))
    return crisis


@dataclass(frozen=True)
class CrisisMasks:
    """Per example: labelled crisis, implied (not explicit) crisis, a hard negative, a crisis-pattern match."""

    crisis: np.ndarray
    implicit: np.ndarray
    hard: np.ndarray
    pattern: np.ndarray

    def fit_threshold(self, score: np.ndarray) -> float:
        """The crisis threshold training fits on these examples' crisis scores."""
        return fit_crisis_threshold(score, self.crisis, self.pattern, ~self.crisis, self.hard)


def crisis_masks(examples: list[Example]) -> CrisisMasks:
    """The crisis masks of labelled examples (the patterns are run once here)."""
    crisis = np.array([e.route == "crisis" for e in examples], dtype=bool)
    return CrisisMasks(
        crisis,
        crisis & np.array([e.explicit is False for e in examples], dtype=bool),
        np.array([e.group.startswith("hard_negatives") for e in examples], dtype=bool),
        np.array([find_crisis(e.question) is not None for e in examples], dtype=bool),
    )


def fit_thresholds(examples: list[Example], probs: np.ndarray, classes: list[str], crisis: np.ndarray) -> Thresholds:
    """Fit the crisis and unsure thresholds on out-of-fold predictions."""
    y = np.array([e.route for e in examples])
    masks = crisis_masks(examples)
    pattern = masks.pattern
    signal = crisis
    crisis_t = masks.fit_threshold(signal)
    keep = (y != "crisis") & ~pattern & (signal < crisis_t)
    idx = [classes.index(r) for r in DECIDED]
    sub = probs[keep][:, idx]
    sub = sub / np.clip(sub.sum(axis=1, keepdims=True), 1e-9, None)
    predicted = np.array(DECIDED)[sub.argmax(axis=1)]
    unsure_t = fit_unsure_threshold(sub.max(axis=1), predicted == y[keep])
    check_in_t = fit_check_in_threshold(signal, y == "crisis", pattern, y != "crisis", crisis_t)
    return Thresholds(unsure=unsure_t, crisis=crisis_t, check_in=check_in_t)


def tuned_out_of_fold(examples: list[Example], texts: list[str], tuner: Tuner) -> tuple[np.ndarray, Any]:
    """Fine-tune the crisis reader on each of TUNED_FOLDS folds: scores for each row from a reader that never saw
    it, and the fold readers combined into the one used afterwards."""
    y = np.array([e.route for e in examples])
    labels = (y == "crisis").astype(np.float32)
    scores = np.zeros(len(y))
    readers = []
    for tr, te in StratifiedKFold(n_splits=TUNED_FOLDS, shuffle=True, random_state=SEED).split(texts, y):
        reader = tuner.fit([texts[i] for i in tr], labels[tr])
        scores[te] = reader.score([texts[i] for i in te])
        readers.append(reader)
    return scores, tuner.combine(readers)


def train(examples: list[Example], feats: Features, digest: str, tuner: Tuner | None = None) -> TriageModel:
    """Fit thresholds on out-of-fold predictions, then fit every classifier on all examples.

    With a tuner, the crisis reader is fine-tuned per fold and the crisis score blends its out-of-fold scores with the
    n-gram classifier's; no reader is fitted on all rows (the fold readers are combined instead). Examples marked
    `crisis_score_only` train the reader and the n-gram crisis classifier only: the route, topic and format classifiers
    and every threshold come from the other rows."""
    started = time.perf_counter()
    y = np.array([e.route for e in examples])
    crisis_feats, is_crisis, n_examples = feats, y == "crisis", len(examples)
    crisis = crisis_out_of_fold(examples, feats)
    tuned = None
    if tuner is not None:
        tuned_scores, tuned = tuned_out_of_fold(examples, [str(t) for t in feats.texts], tuner)
        crisis = blend_crisis(crisis, tuned_scores)
    main, score_only = split_score_only(examples)
    if score_only:
        examples, feats, y, crisis = [examples[i] for i in main], feats.take(main), y[main], crisis[main]
    probs, classes = route_out_of_fold(examples, feats)  # from the main rows only
    thresholds = fit_thresholds(examples, probs, classes, crisis)
    route_clf = route_classifier().fit(feats.route, y)
    crisis_clf = CrisisClassifier().fit(crisis_feats, is_crisis)
    topic_clf = label_classifier(feats.route, [e.topic for e in examples], C=4.0)
    micro = np.array([i for i, e in enumerate(examples) if e.route == "micro"])
    format_clf = label_classifier(feats.route[micro], [examples[i].format for i in micro], C=2.0)
    return TriageModel(
        route_clf,
        crisis_clf,
        topic_clf,
        format_clf,
        thresholds,
        digest,
        time.perf_counter() - started,
        n_examples,
        tuned,
    )
