"""Triage evaluation by k-fold cross-validation over corpus/triage/ (pure metrics plus one driver)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import numpy as np
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

from assistant.guard.crisis import scan_crisis
from assistant.guard.inputs import looks_english
from assistant.triage.courtesy import courtesy_kind
from assistant.triage.decide import decide
from assistant.triage.examples import Example
from assistant.triage.model import SEED, Features, TriageModel, Tuner, train

ROUTE_ORDER = ("micro", "mentor", "out_of_scope", "crisis", "unsure")
GOALS = {
    "micro_mentor_macro_f1": 0.93,
    "crisis_recall_explicit": 1.0,
    "crisis_recall_implicit": 0.95,
    "crisis_fp_hard_negatives": 0.05,
    "unsure_share": 0.10,
}

# the rows each crisis goal is measured on; a set without such rows does not miss the goal
GOAL_ROWS = {
    "crisis_recall_explicit": "explicit",
    "crisis_recall_implicit": "implicit",
    "crisis_fp_hard_negatives": "hard",
}

Cell = tuple[float, float, int]  # a group of routed questions: (mean confidence, accuracy, count)


@dataclass
class TriageEval:
    """Figures from one evaluation run."""

    n: int
    accuracy: float
    accuracy_decided: float
    micro_mentor_macro_f1: float
    ece: float
    crisis_recall_explicit: float
    crisis_recall_implicit: float
    crisis_fp_hard_negatives: float
    crisis_fp_all: float
    unsure_share: float
    shown_recall_implicit: float = 0.0
    shown_rate_hard_negatives: float = 0.0
    shown_rate_all: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)  # explicit, implicit crisis and hard-negative rows in the set
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    calibration_bins: list[Cell] = field(default_factory=list)
    calibration_by_route: dict[str, Cell] = field(default_factory=dict)

    def missed(self, key: str) -> bool:
        """Whether the figure `key` misses its goal (never for a set without the rows the goal is measured on)."""
        if key not in GOALS or self.counts.get(GOAL_ROWS.get(key, ""), 1) == 0:
            return False
        value, goal = getattr(self, key), GOALS[key]
        return bool(value > goal if key in ("crisis_fp_hard_negatives", "unsure_share") else value < goal)

    def failures(self) -> list[str]:
        """Goals that were missed, as readable lines."""
        missed = [key for key in GOALS if self.missed(key)]
        return [f"{key} = {getattr(self, key):.3f} misses the goal {GOALS[key]}" for key in missed]


def cell(conf: np.ndarray, correct: np.ndarray, rows: np.ndarray) -> Cell:
    """Mean confidence, accuracy and count of the selected rows."""
    return float(conf[rows].mean()), float(correct[rows].mean()), int(rows.sum())


def cell_text(c: Cell) -> str:
    """A cell as 'confidence->accuracy (count)'."""
    return f"{c[0]:.2f}->{c[1]:.2f} ({c[2]})"


def expected_calibration_error(conf: np.ndarray, correct: np.ndarray, bins: int = 10) -> tuple[float, list[Cell]]:
    """ECE over equal-width confidence bins, and the (confidence, accuracy, count) of each bin."""
    edges = np.linspace(0, 1, bins + 1)
    ece, table = 0.0, []
    for lo, hi in itertools.pairwise(edges):
        mask = (conf > lo) & (conf <= hi)
        if mask.any():
            bin_cell = cell(conf, correct, mask)
            ece += abs(bin_cell[0] - bin_cell[1]) * mask.mean()
            table.append(bin_cell)
    return float(ece), table


def calibration_by_route(pred: np.ndarray, conf: np.ndarray, correct: np.ndarray) -> dict[str, Cell]:
    """Per decided route: mean confidence, accuracy and count (shows which route's confidence is off)."""
    return {r: cell(conf, correct, pred == r) for r in ROUTE_ORDER[:4] if (pred == r).any()}


def summarise(
    examples: list[Example],
    routes: list[str],
    confs: list[float],
    shown_flags: list[bool] | None = None,
) -> TriageEval:
    """Metrics from out-of-fold routes; `shown_flags` marks replies that showed the crisis lines (route or check-in;
    the crisis route alone when not given)."""
    y = np.array([e.route for e in examples])
    pred = np.array(routes)
    conf = np.array(confs)
    decided = pred != "unsure"
    correct = pred == y
    mm = np.isin(y, ("micro", "mentor")) & np.isin(pred, ("micro", "mentor"))
    f1 = f1_score(y[mm], pred[mm], average="macro") if mm.any() else 0.0
    crisis = y == "crisis"
    explicit = np.array([bool(e.explicit) if e.explicit is not None else True for e in examples])
    flags = pred == "crisis"
    hard = np.array([e.group.startswith("hard_negatives") for e in examples])
    shown = np.array(shown_flags) if shown_flags is not None else flags
    implicit = crisis & ~explicit
    ece, table = expected_calibration_error(conf[decided], correct[decided])
    confusion = {t: {p: int(((y == t) & (pred == p)).sum()) for p in ROUTE_ORDER} for t in ROUTE_ORDER[:4]}
    return TriageEval(
        n=len(y),
        accuracy=float(correct.mean()),
        accuracy_decided=float(correct[decided].mean()),
        micro_mentor_macro_f1=float(f1),
        ece=ece,
        crisis_recall_explicit=float(flags[crisis & explicit].mean()) if (crisis & explicit).any() else 1.0,
        crisis_recall_implicit=float(flags[crisis & ~explicit].mean()) if (crisis & ~explicit).any() else 1.0,
        crisis_fp_hard_negatives=float(flags[hard].mean()) if hard.any() else 0.0,
        crisis_fp_all=float(flags[~crisis].mean()),
        unsure_share=float((~decided).mean()),
        shown_recall_implicit=float(shown[implicit].mean()) if implicit.any() else 1.0,
        shown_rate_hard_negatives=float(shown[hard].mean()) if hard.any() else 0.0,
        shown_rate_all=float(shown[~crisis].mean()),
        counts={"explicit": int((crisis & explicit).sum()), "implicit": int(implicit.sum()), "hard": int(hard.sum())},
        confusion=confusion,
        calibration_bins=table,
        calibration_by_route=calibration_by_route(pred, conf, correct),
    )


def route_all(
    model: TriageModel, examples: list[Example], feats: Features, spare: bool = False
) -> tuple[list[str], list[float], list[bool]]:
    """Routes and confidences a fitted model gives to examples, and whether each reply shows the crisis lines (`spare`:
    the opt-in reading of crisis words told as a calm past or others' crisis at work)."""
    probs = model.route_probs(feats)
    crisis = model.crisis(feats)
    routes, confs, shown = [], [], []
    for i, ex in enumerate(examples):
        scan = scan_crisis(ex.question, spare)
        d = decide(
            probs[i],
            float(crisis[i]),
            scan.now is not None,
            looks_english(ex.question),
            model.thresholds,
            scan.spared is not None,
            courtesy_kind(ex.question) is not None,
        )
        routes.append(d.route)
        confs.append(d.confidence)
        shown.append(d.route == "crisis" or d.check_in)
    return routes, confs, shown


@dataclass(frozen=True)
class Twins:
    """Safe twins of labelled rows (the same story with the warning sign swapped for an ordinary look-alike), never
    trained on; `of` holds the index of each twin's original among the examples."""

    of: np.ndarray
    rows: list[Example]
    feats: Features


def held_with(of: np.ndarray, test_idx: np.ndarray) -> np.ndarray:
    """The twins whose originals are in this fold's held-out part: the fold's model has seen neither."""
    return np.flatnonzero(np.isin(of, test_idx))


class Routed:
    """Routes, confidences and crisis-lines flags filled in fold by fold."""

    def __init__(self, n: int, spare: bool = False) -> None:
        self.routes, self.confs, self.shown = [""] * n, [0.0] * n, [False] * n
        self.spare = spare

    def fill(self, rows: np.ndarray, model: TriageModel, examples: list[Example], feats: Features) -> None:
        """Route the given rows with a fold's model."""
        fold_routes, fold_confs, fold_shown = route_all(model, examples, feats, self.spare)
        for k, i in enumerate(rows):
            self.routes[i], self.confs[i], self.shown[i] = fold_routes[k], fold_confs[k], fold_shown[k]

    def summary(self, examples: list[Example]) -> TriageEval:
        """The figures of every row routed."""
        return summarise(examples, self.routes, self.confs, self.shown)


def cross_validate_with_twins(
    examples: list[Example],
    feats: Features,
    twins: Twins | None,
    folds: int = 5,
    tuner: Tuner | None = None,
    spare: bool = False,
    score_only: tuple[list[Example], Features] | None = None,
) -> tuple[TriageEval, TriageEval | None]:
    """Train on k-1 folds (thresholds fitted inside), route the held-out fold and the twins of its rows, summarise;
    `score_only` rows (examples that train the crisis score only) join every fold's training and are never routed."""
    y = np.array([e.route for e in examples])
    rows, twin_rows = Routed(len(y), spare), Routed(len(twins.rows) if twins else 0, spare)
    for train_idx, test_idx in StratifiedKFold(folds, shuffle=True, random_state=SEED + 1).split(feats.route, y):
        fold, fold_feats = [examples[i] for i in train_idx], feats.take(train_idx)
        if score_only is not None:
            fold, fold_feats = fold + score_only[0], fold_feats.plus(score_only[1])
        model = train(fold, fold_feats, "eval", tuner)
        rows.fill(test_idx, model, [examples[i] for i in test_idx], feats.take(test_idx))
        if twins is not None:
            held = held_with(twins.of, test_idx)
            twin_rows.fill(held, model, [twins.rows[j] for j in held], twins.feats.take(held))
    return rows.summary(examples), twin_rows.summary(twins.rows) if twins else None


def cross_validate(examples: list[Example], feats: Features, folds: int = 5, tuner: Tuner | None = None) -> TriageEval:
    """Train on k-1 folds (thresholds fitted inside), route the held-out fold, and summarise."""
    return cross_validate_with_twins(examples, feats, None, folds, tuner)[0]


def _measured(ev: TriageEval, rows: str, text: str) -> str:
    """The figure's text, or 'none in this set' when the set has no row of the kind it is measured on."""
    return text if ev.counts.get(rows, 1) else "none in this set"


def format_report(ev: TriageEval) -> str:
    """The evaluation as printable lines."""
    lines = [
        f"triage evaluation: 5-fold cross-validation over {ev.n} labelled examples",
        f"  accuracy (unsure counted wrong)   {ev.accuracy:.3f}",
        f"  accuracy of decided routes        {ev.accuracy_decided:.3f}",
        f"  micro vs mentor macro-F1          {ev.micro_mentor_macro_f1:.3f}  (goal >= 0.93)",
        f"  expected calibration error        {ev.ece:.3f}",
        "  crisis recall, explicit           "
        + _measured(ev, "explicit", f"{ev.crisis_recall_explicit:.3f}  (goal 1.00)"),
        "  crisis recall, implicit           "
        + _measured(ev, "implicit", f"{ev.crisis_recall_implicit:.3f}  (goal >= 0.95)"),
        "  crisis false positives, hard neg. "
        + _measured(ev, "hard", f"{ev.crisis_fp_hard_negatives:.3f}  (goal <= 0.05)"),
        f"  crisis false positives, all       {ev.crisis_fp_all:.3f}",
        f"  routed unsure                     {ev.unsure_share:.3f}  (goal <= 0.10)",
        "  crisis lines shown (crisis route or a wellbeing check-in above the answer):",
        "    implicit crisis messages        " + _measured(ev, "implicit", f"{ev.shown_recall_implicit:.3f}"),
        "    hard negatives                  " + _measured(ev, "hard", f"{ev.shown_rate_hard_negatives:.3f}"),
        f"    all non-crisis questions        {ev.shown_rate_all:.3f}",
        "  confusion (rows: label, columns: " + ", ".join(ROUTE_ORDER) + ")",
    ]
    for label, row in ev.confusion.items():
        lines.append(f"    {label:<13} " + " ".join(f"{row[p]:>5}" for p in ROUTE_ORDER))
    lines.append(
        "  calibration (mean confidence -> accuracy, n): " + "; ".join(cell_text(c) for c in ev.calibration_bins)
    )
    lines.append(
        "  calibration by route (mean confidence -> accuracy, n): "
        + "; ".join(f"{r} {cell_text(c)}" for r, c in ev.calibration_by_route.items())
    )
    return "\n".join(lines)


# The summary table's rows: label, the figure (or two joined by " / "), the goal column and the kind of row it needs.
TABLE_ROWS: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    ("micro vs mentor macro-F1", ("micro_mentor_macro_f1",), ">= 0.93", ""),
    ("accuracy, all routes (unsure counted wrong)", ("accuracy",), "", ""),
    ("expected calibration error", ("ece",), "", ""),
    ("crisis recall, explicit", ("crisis_recall_explicit",), "1.00", "explicit"),
    ("crisis recall, implicit", ("crisis_recall_implicit",), ">= 0.95", "implicit"),
    ("crisis false positives on hard negatives", ("crisis_fp_hard_negatives",), "<= 0.05", "hard"),
    ("routed `unsure`", ("unsure_share",), "<= 0.10", ""),
    ("crisis lines shown (crisis route or check-in), implicit crisis", ("shown_recall_implicit",), "", "implicit"),
    (
        "check-in or crisis route shown to hard negatives / all other questions",
        ("shown_rate_hard_negatives", "shown_rate_all"),
        "",
        "hard",
    ),
)


def format_table(columns: list[tuple[str, TriageEval]]) -> str:
    """Every set's figures side by side as a Markdown table (missed goals in bold; '-' where a set has no such row)."""
    head = [f"{name} ({ev.n:,})" for name, ev in columns]
    lines = ["| figure | " + " | ".join(head) + " | goal |", "|---" * (len(columns) + 2) + "|"]
    for label, keys, goal, needs in TABLE_ROWS:
        cells = []
        for _, ev in columns:
            if needs and ev.counts.get(needs, 1) == 0:
                cells.append("-")
                continue
            text = " / ".join(f"{getattr(ev, k):.3f}" for k in keys)
            cells.append(f"**{text}**" if ev.missed(keys[0]) else text)
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {goal} |")
    return "\n".join(lines)
