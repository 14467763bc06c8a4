"""The `eval triage` driver (cross-validation on corpus/triage/ with the safe twins of its crisis rows, plus the
held-out sets in corpus/eval/) and the `eval crisis-reader` driver (the reader's seed spread)."""

from __future__ import annotations

import dataclasses
import hashlib
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from assistant.backends.embeddings import MiniLMEmbeddings
from assistant.errors import ConfigurationError
from assistant.guard.crisis import scan_crisis
from assistant.settings import Settings
from assistant.triage.evaluate import (
    TriageEval,
    Twins,
    cross_validate_with_twins,
    format_report,
    format_table,
    route_all,
    summarise,
)
from assistant.triage.examples import (
    Example,
    decoded_lines,
    examples_for,
    parse_row,
    require_trainable,
    split_score_only,
)
from assistant.triage.model import Embed, Features, crisis_masks, featurize, train
from assistant.triage.reader_cache import CachedTuner
from assistant.triage.spread import format_spread, seed_spread
from assistant.triage.tuned import tuner_from_settings
from assistant.triage.twins import TWINS, read_twins

# Written without sight of corpus/triage/ or the code: the fresh set; the blind set, written after the crisis
# classifier last changed and aimed at implicit crisis and the hard negatives close to them; the reader set (session 7),
# written after the fine-tuned crisis reader shipped, with implied risk drawn as broadly as its writer could; the
# session-10 set, written by a writer who saw no example and no other set, after the shipped model was fixed (its
# aggregate figures were then used to keep session 10's candidate examples out of training); the session-11 set, written
# the same way and scored only after session 11 had decided about those candidates; the session-40 set, 120
# implied-crisis messages and 120 safe look-alikes from twelve writers with a brief of their own, each label confirmed
# by two readers, first used to judge R39-3's candidate round (docs/triage-history.md); the session-42 set, 198
# implied-crisis messages and 240 safe look-alikes from sixteen more writers, made the same way and first used to judge
# that round's training of the crisis score alone (R42-1); the session-44 set, 118 twin pairs from eight more writers
# (an implied-crisis message and the same story with an ordinary reason, each message read the same way by four
# readers), first used to measure the crisis score's trade on fresh twins (R44-1); the pattern check (below).
HELD_OUT = (
    "triage_fresh.jsonl",
    "triage_blind.jsonl",
    "triage_reader.jsonl",
    "triage_session10.jsonl",
    "triage_session11.jsonl",
    "triage_session40.jsonl",
    "triage_session42.jsonl",
    "triage_session44.jsonl",
    "crisis_patterns_check.jsonl",
)


# 100 explicit crisis messages and 60 safe look-alikes from a fourth writer (session 17), written after the patterns
# were fitted to three other writers' sets (tests/fixtures/crisis_patterns/) and never used to write them. Scored twice:
# by the deterministic patterns alone, and as a held-out set for the whole model (the look-alikes, labelled with their
# routes by another helper, count as hard negatives).
PATTERN_CHECK = "crisis_patterns_check.jsonl"


def pattern_check(path: Path, spare: bool = False) -> str:
    """What the crisis patterns alone catch of the check set: explicit messages caught, look-alikes flagged."""
    rows = []
    for where, row in decoded_lines(path):
        if not (isinstance(row, dict) and isinstance(row.get("question"), str) and isinstance(row.get("crisis"), bool)):
            raise ConfigurationError(
                f"{where}: each line must be a JSON object with a 'question' and 'crisis': true/false"
            )
        rows.append(row)
    crisis = [scan_crisis(r["question"], spare).now is not None for r in rows if r["crisis"]]
    safe = [scan_crisis(r["question"], spare).now is not None for r in rows if not r["crisis"]]
    return (
        f"crisis patterns alone, {path.name} (never used to write them): explicit messages caught "
        f"{sum(crisis)}/{len(crisis)}, safe look-alikes flagged {sum(safe)}/{len(safe)}"
    )


def load_fresh(path: Path) -> list:
    """The fresh evaluation set (never trained on); hard negatives are marked by their `group` key."""
    rows = []
    for where, row in decoded_lines(path):
        group = "hard_negatives" if isinstance(row, dict) and row.get("group") == "hard_negative" else "fresh"
        rows.append(parse_row(row, where, group))
    return rows


def load_twins(path: Path, examples: list[Example], embed: Embed) -> tuple[Twins | None, str]:
    """The twins whose `twin_of` names an implied-crisis row among the examples, and a line on any left out. Never
    trained on as labelled rows; each is routed by the cross-validation fold that held its original out."""
    of, rows, skipped = read_twins(path, examples)
    note = f"  ({skipped} twins left out: the rows they name are no longer crisis examples)" if skipped else ""
    if not rows:
        return None, note
    return Twins(np.asarray(of), rows, featurize([e.question for e in rows], embed)), note


def pattern_mask_line(examples: list[Example]) -> str:
    """Which training examples the crisis patterns match, as a count and a fingerprint: training sees the patterns only
    through this mask (fitting the thresholds, which the rows that train the crisis score only never reach), so two
    runs with the same fingerprint have the same cross-validation."""
    main, only = split_score_only(examples)
    mask = "".join("1" if matched else "0" for matched in crisis_masks([examples[i] for i in main]).pattern)
    digest = hashlib.sha256(mask.encode()).hexdigest()[:12]
    extra = f"; {len(only)} more train the crisis score only" if only else ""
    return f"crisis patterns match {mask.count('1')} of {len(main)} training examples (mask {digest}){extra}"


def evaluate_triage(settings: Settings, held_out_only: bool = False) -> tuple[str, bool]:
    """Run the evaluation and say whether every goal was met; `held_out_only` skips the cross-validation and the safe
    twins (the 15 fold readers they tune), for a change that leaves the pattern mask of the training examples alone."""
    embeddings = MiniLMEmbeddings.from_settings(settings)
    examples = examples_for(settings)
    require_trainable(examples, settings.corpus_dir / "triage")
    started = time.perf_counter()
    feats = featurize([e.question for e in examples], embeddings.encode)
    inner = tuner_from_settings(settings, embeddings.model_dir)
    folder = settings.data_dir / "eval" / "crisis-readers"
    # readers are tuned from MiniLM's float32 weights whatever format the embeddings run in: kept per model and tuning
    tuner = CachedTuner(inner, folder, base=f"{embeddings.name}:{inner.dtype}") if inner else None
    lines = [pattern_mask_line(examples)]
    if held_out_only:
        lines.append(
            "cross-validation and the safe twins skipped (--held-out-only): their figures stand only if the mask "
            "above is the one a full run printed"
        )
        failures: list[str] = []
        columns: list[tuple[str, TriageEval]] = []
    else:
        cv_lines, failures, columns = cross_validation(settings, examples, feats, tuner, embeddings.encode, started)
        lines += cv_lines
    held_out = [p for p in (settings.corpus_dir / "eval" / n for n in HELD_OUT) if p.exists()]
    model = train(examples, feats, "eval", tuner) if held_out else None
    for path in held_out:
        assert model is not None
        rows = load_fresh(path)
        rows_feats = featurize([e.question for e in rows], embeddings.encode)
        routes, confs, shown = route_all(model, rows, rows_feats, settings.triage_spare_crisis_words)
        ev = summarise(rows, routes, confs, shown)
        lines.append(format_report(ev).replace("5-fold cross-validation over", f"{path.name}, never trained on,"))
        failures += [f"{path.name}: {f}" for f in ev.failures()]
        columns.append((path.stem, ev))
    lines.append("all sets side by side (Markdown, as the README's Evaluation table):\n" + format_table(columns))
    check = settings.corpus_dir / "eval" / PATTERN_CHECK
    if check.exists():
        lines.append(pattern_check(check, settings.triage_spare_crisis_words))
    if tuner is not None:
        # a held-out-only run uses 3 of the 18 kept readers: pruning would delete the fold readers a full run needs
        pruned = 0 if held_out_only else tuner.prune()
        lines.append(
            f"crisis readers: {tuner.reused} of {len(tuner.used)} reused from {tuner.folder}"
            + (f" ({pruned} no longer needed deleted)" if pruned else "")
        )
    lines.append(f"({time.perf_counter() - started:.0f} s in all)")
    lines.append("goals: all met" if not failures else "goals missed:\n  " + "\n  ".join(failures))
    return "\n".join(lines), not failures


def cross_validation(
    settings: Settings,
    examples: list[Example],
    feats: Features,
    tuner: CachedTuner | None,
    embed: Embed,
    started: float,
) -> tuple[list[str], list[str], list[tuple[str, TriageEval]]]:
    """The 5-fold cross-validation over the examples every part of triage learns from (those that train the crisis
    score only join every fold's training) and the safe twins routed out of fold: report lines, missed goals, table
    columns."""
    main, only = split_score_only(examples)
    score_only = ([examples[i] for i in only], feats.take(only)) if only else None
    examples, feats = [examples[i] for i in main], feats.take(main)
    twins, twins_note = load_twins(settings.corpus_dir / TWINS, examples, embed)
    cv, twins_ev = cross_validate_with_twins(
        examples, feats, twins, tuner=tuner, spare=settings.triage_spare_crisis_words, score_only=score_only
    )
    reader = "n-grams + fine-tuned MiniLM" if tuner else "n-grams + MiniLM embedding"
    lines = [format_report(cv), f"  (crisis reader: {reader}; {time.perf_counter() - started:.0f} s)"]
    failures = cv.failures()
    columns = [("cross-validation", cv)]
    if twins_ev is not None:
        lines.append(
            format_report(twins_ev).replace(
                "5-fold cross-validation over", f"{TWINS.name}, each routed by the fold that held its original out,"
            )
            + twins_note
        )
        failures += [f"{TWINS.name}: {f}" for f in twins_ev.failures()]
        columns.append(("safe twins, out of fold", twins_ev))
    return lines, failures, columns


def evaluate_reader_spread(settings: Settings, seeds: Sequence[int]) -> str:
    """The crisis reader's out-of-fold figures once per tuning seed (about nine minutes per seed on 2 cores)."""
    if not seeds or min(seeds) < 0:
        raise ConfigurationError(f"Seeds must be whole numbers of 0 or more, e.g. --seeds 13 14 (got {list(seeds)}).")
    if settings.triage_crisis_reader == "off":
        raise ConfigurationError(
            "The fine-tuned crisis reader is off (ASSISTANT_TRIAGE_CRISIS_READER=off), so it has no seed spread to "
            "measure. Unset it, or set it to 'tuned'."
        )
    embeddings = MiniLMEmbeddings.from_settings(settings)
    tuner = tuner_from_settings(settings, embeddings.model_dir)
    if tuner is None:
        raise ConfigurationError("The crisis reader needs a local copy of MiniLM (ASSISTANT_EMBEDDING_MODEL_DIR).")
    examples = examples_for(settings)
    started = time.perf_counter()
    feats = featurize([e.question for e in examples], embeddings.encode)
    figures = seed_spread(examples, feats, lambda seed: dataclasses.replace(tuner, seeds=(seed,)), seeds)
    return format_spread(figures, len(examples)) + f"\n  ({time.perf_counter() - started:.0f} s)"
