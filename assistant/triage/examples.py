"""Labelled triage examples from corpus/triage/*.jsonl, validated line by line."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.errors import ConfigurationError
from assistant.taxonomy import FORMATS, TOPICS

if TYPE_CHECKING:
    from assistant.settings import Settings

LABELLED_ROUTES = ("micro", "mentor", "crisis", "out_of_scope")


@dataclass(frozen=True)
class Example:
    """One labelled question; `group` is the file it came from (e.g. hard_negatives), `where` its file and line."""

    question: str
    route: str
    topic: str
    format: str
    note: str
    group: str
    explicit: bool | None = None
    where: str = ""  # 'file.jsonl:line', how a safe twin names its original; not part of the examples' digest
    crisis_score_only: bool = False  # from CRISIS_SCORE_ONLY: trains the crisis score, never a route or a threshold


def parse_line(line: str, where: str, group: str) -> Example:
    """One JSON line as an Example, or ConfigurationError naming the file, line and field."""
    return parse_row(decode_line(line, where), where, group)


def decode_line(line: str, where: str) -> object:
    """One JSON line decoded, or ConfigurationError naming the file and line."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise ConfigurationError(f"{where}: not valid JSON ({exc.msg})") from exc


def decoded_lines(path: Path) -> Iterator[tuple[str, object]]:
    """('file.jsonl:line', the decoded JSON) for each non-blank line of a JSON-lines file; a line that is not JSON
    raises ConfigurationError naming it."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            where = f"{path.name}:{number}"
            yield where, decode_line(line, where)


def parse_row(row: object, where: str, group: str) -> Example:
    """One decoded JSON line as an Example, or ConfigurationError naming the file, line and field."""
    if not isinstance(row, dict):
        raise ConfigurationError(f"{where}: each line must be a JSON object")
    question = row.get("question")
    if not isinstance(question, str) or not question.strip():
        raise ConfigurationError(f"{where}: field 'question' must be non-empty text")
    checks = (("route", LABELLED_ROUTES), ("topic", TOPICS), ("format", FORMATS))
    for field, allowed in checks:
        if row.get(field) not in allowed:
            raise ConfigurationError(f"{where}: field '{field}' is {row.get(field)!r}; allowed: {', '.join(allowed)}")
    explicit = row.get("explicit")
    if explicit is not None and not isinstance(explicit, bool):  # "false" as text would count as explicit
        raise ConfigurationError(f"{where}: field 'explicit' is {explicit!r}; allowed: true, false (or leave it out)")
    return Example(
        question.strip(),
        row["route"],
        row["topic"],
        row["format"],
        str(row.get("note", "")),
        group,
        explicit if isinstance(explicit, bool) else None,
        where,
    )


# A subfolder of corpus/triage/ whose rows train only the crisis score (the fine-tuned reader and the n-gram crisis
# classifier): rounds of implied crisis and look-alikes written to sharpen that score. Kept out of the route, topic
# and format classifiers and out of the fitted thresholds, whose false-positive caps they would bind
# (docs/triage-history.md, sessions 40 to 42).
CRISIS_SCORE_ONLY = "crisis_score"

# The candidate rounds `ASSISTANT_TRIAGE_CRISIS_SENSITIVITY=high` adds to the crisis score's training, read as if they
# were in CRISIS_SCORE_ONLY: rounds 39 and 43 of implied crisis and safe look-alikes, which session 45's full `eval
# triage` measured that way (more people at risk reached, more safe twins given the crisis route; README, Evaluation).
SENSITIVE_ROUNDS = ("candidates/*_r39_*.jsonl", "candidates/*_r43_*.jsonl")


def crisis_score_rounds(sensitivity: str) -> tuple[str, ...]:
    """The file patterns (under corpus/triage/) that train the crisis score only at this sensitivity."""
    return SENSITIVE_ROUNDS if sensitivity == "high" else ()


def load_examples(folder: Path, score_only_rounds: Sequence[str] = ()) -> list[Example]:
    """Every example in the folder's .jsonl files, in its CRISIS_SCORE_ONLY subfolder and in the files matching
    `score_only_rounds` (patterns under the folder, read as crisis-score-only rows), in a stable order (files by name
    across all, so moving a file between them keeps the order its kept readers were tuned on)."""
    files = sorted(folder.glob("*.jsonl"))
    if not files:
        raise ConfigurationError(f"No labelled triage examples (*.jsonl) in {folder}.")
    score_only = sorted((folder / CRISIS_SCORE_ONLY).glob("*.jsonl"))
    for pattern in score_only_rounds:
        matched = sorted(folder.glob(pattern))
        if not matched:
            raise ConfigurationError(
                f"No example files match {folder / pattern}, which the crisis sensitivity setting trains on. Restore"
                " them from the project's corpus, or set ASSISTANT_TRIAGE_CRISIS_SENSITIVITY=standard."
            )
        score_only += matched
    names = Counter(p.name for p in files + score_only)
    clash = sorted(name for name, n in names.items() if n > 1)
    if clash:
        raise ConfigurationError(
            f"{folder}, its {CRISIS_SCORE_ONLY}/ folder and the crisis sensitivity's rounds hold {', '.join(clash)}"
            " more than once: a file name must be unique across them (rows are named by file and line). Rename or"
            " remove one of them."
        )
    marked = sorted([(p, False) for p in files] + [(p, True) for p in score_only], key=lambda pair: pair[0].name)
    return [
        replace(parse_row(row, where, path.stem), crisis_score_only=True) if only else parse_row(row, where, path.stem)
        for path, only in marked
        for where, row in decoded_lines(path)
    ]


def examples_for(settings: Settings) -> list[Example]:
    """The examples the settings train on: corpus/triage/, with the crisis sensitivity's rounds if it asks for any."""
    return load_examples(settings.corpus_dir / "triage", crisis_score_rounds(settings.triage_crisis_sensitivity))


def split_score_only(examples: list[Example]) -> tuple[list[int], list[int]]:
    """Indices of the examples every part of triage learns from, and of those that train the crisis score only."""
    main = [i for i, e in enumerate(examples) if not e.crisis_score_only]
    return main, [i for i, e in enumerate(examples) if e.crisis_score_only]


# Training fits calibrated classifiers inside five-fold cross-validation (and the evaluation nests that in five folds
# more): a route with fewer examples than this cannot be split, and scikit-learn's own error would not say which.
MIN_PER_ROUTE = 10


def require_trainable(examples: list[Example], folder: Path) -> None:
    """Raise ConfigurationError when a route has too few labelled examples to train on (every route is needed), or
    when a hard-negatives file holds a crisis row (it would be counted as a false positive when flagged)."""
    misfiled = next((e for e in examples if e.group.startswith("hard_negatives") and e.route == "crisis"), None)
    if misfiled is not None:
        raise ConfigurationError(
            f"{misfiled.where}: a hard-negatives file holds a row labelled crisis. Hard negatives are safe messages"
            " that only sound like crisis; move the row to a crisis file or give it its real route."
        )
    counts = {r: sum(e.route == r and not e.crisis_score_only for e in examples) for r in LABELLED_ROUTES}
    short = {r: n for r, n in counts.items() if n < MIN_PER_ROUTE}
    if short:
        listed = ", ".join(f"{n} labelled '{r}'" for r, n in short.items())
        aside = (
            f" (rows in {CRISIS_SCORE_ONLY}/ train the crisis score only and are not counted)"
            if any(e.crisis_score_only for e in examples)
            else ""
        )
        raise ConfigurationError(
            f"{folder} has only {listed}{aside}: training needs at least {MIN_PER_ROUTE} examples of each route "
            f"({', '.join(LABELLED_ROUTES)}). Add examples of that route (see the labelling guide, README.md there)."
        )


def examples_digest(examples: list[Example]) -> str:
    """A hash that changes whenever any example changes (used to retrain the cached model)."""
    h = hashlib.sha256()
    for ex in examples:
        fields = [ex.question, ex.route, ex.topic, ex.format, ex.group]
        h.update(json.dumps([*fields, "crisis score only"] if ex.crisis_score_only else fields).encode())
    return h.hexdigest()[:16]
