"""The `eval triage` driver: cross-validation on corpus/triage/ plus the fresh set in corpus/eval/."""

from __future__ import annotations

import time
from pathlib import Path

from assistant.backends.embeddings import MiniLMEmbeddings
from assistant.settings import Settings
from assistant.triage.evaluate import cross_validate, format_report, route_all, summarise
from assistant.triage.examples import load_examples, parse_line
from assistant.triage.model import featurize, train


def load_fresh(path: Path) -> list:
    """The fresh evaluation set (never trained on); hard negatives are marked by their `group` key."""
    import json

    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            group = "hard_negatives" if json.loads(line).get("group") == "hard_negative" else "fresh"
            rows.append(parse_line(line, f"{path.name}:{number}", group))
    return rows


def evaluate_triage(settings: Settings) -> tuple[str, bool]:
    """Run the evaluation and say whether every goal was met."""
    embeddings = MiniLMEmbeddings(settings.embedding_model_dir, settings.embedding_batch_size)
    examples = load_examples(settings.corpus_dir / "triage")
    started = time.perf_counter()
    feats = featurize([e.question for e in examples], embeddings.encode)
    cv = cross_validate(examples, feats)
    lines = [format_report(cv), f"  ({time.perf_counter() - started:.0f} s)"]
    failures = cv.failures()
    fresh_path = settings.corpus_dir / "eval" / "triage_fresh.jsonl"
    if fresh_path.exists():
        fresh = load_fresh(fresh_path)
        model = train(examples, feats, "eval")
        fresh_feats = featurize([e.question for e in fresh], embeddings.encode)
        routes, confs = route_all(model, fresh, fresh_feats)
        ev = summarise(fresh, routes, confs, [r == "crisis" for r in routes])
        report = format_report(ev).replace("5-fold cross-validation over", "fresh set never trained on,")
        lines.append(report)
        failures += [f"fresh set: {f}" for f in ev.failures()]
    lines.append("goals: all met" if not failures else "goals missed:\n  " + "\n  ".join(failures))
    return "\n".join(lines), not failures
