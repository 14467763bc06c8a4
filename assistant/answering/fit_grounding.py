"""Fit the groundedness guard's similarity threshold on labelled sentences (corpus/eval/grounding.jsonl)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.answering.grounding import SUPPORT_OVERLAP, SUPPORT_SIMILARITY, Embed, support_signals
from assistant.settings import Settings
from assistant.text import content_words, split_sentences, strip_citations


@dataclass(frozen=True)
class Scored:
    """A labelled sentence with the two signals the guard uses."""

    supported: bool
    similarity: float
    overlap: float


def score(sentence: str, passages: list[str], embed: Embed) -> tuple[float, float]:
    """Best similarity to a passage sentence, and the best share of content words found in one passage."""
    pieces = [s for p in passages for s in split_sentences(p)]
    vec = embed([strip_citations(sentence)])[0]
    words = content_words(strip_citations(sentence))
    sims, overlap, _ = support_signals(embed(pieces), [content_words(p) for p in passages], vec, words)
    return float(sims.max()), overlap


def rates(rows: list[Scored], threshold: float, overlap: float = SUPPORT_OVERLAP) -> tuple[float, float, float]:
    """Precision, recall and accuracy of 'supported' with these similarity and overlap thresholds."""
    said = [r.similarity >= threshold or r.overlap >= overlap for r in rows]
    tp = sum(s and r.supported for s, r in zip(said, rows, strict=True))
    fp = sum(s and not r.supported for s, r in zip(said, rows, strict=True))
    fn = sum((not s) and r.supported for s, r in zip(said, rows, strict=True))
    correct = sum(s == r.supported for s, r in zip(said, rows, strict=True))
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), correct / max(len(rows), 1)


def fit(rows: list[Scored], beta: float = 0.5) -> tuple[float, float]:
    """Similarity and overlap thresholds with the best F-beta (beta 0.5: showing an unsupported sentence costs
    more than dropping a supported one); ties go to the stricter pair."""

    def fbeta(t: float, o: float) -> float:
        p, r, _ = rates(rows, t, o)
        return (1 + beta**2) * p * r / max(beta**2 * p + r, 1e-9)

    grid = [(float(t), float(o)) for t in np.arange(0.50, 0.90, 0.01) for o in np.arange(0.5, 1.01, 0.05)]
    best = max(grid, key=lambda g: (round(fbeta(*g), 6), g[0], g[1]))
    return round(best[0], 2), round(best[1], 2)


def evaluate_grounding(path: Path, passages_of: dict[str, list[str]], embed: Embed) -> tuple[str, list[Scored]]:
    """Score every labelled sentence against its document's chunks; report the shipped and the fitted threshold."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            sim, overlap = score(item["sentence"], passages_of[item["doc_id"]], embed)
            rows.append(Scored(bool(item["supported"]), sim, overlap))
    best = fit(rows)
    lines = [f"groundedness guard on {len(rows)} labelled sentences ({sum(r.supported for r in rows)} supported)"]
    for label, (t, o) in (("shipped", (SUPPORT_SIMILARITY, SUPPORT_OVERLAP)), ("fitted", best)):
        p, r, a = rates(rows, t, o)
        lines.append(
            f"  {label}: similarity >= {t:.2f} or overlap >= {o:.2f}: precision {p:.3f}, recall {r:.3f}, "
            f"accuracy {a:.3f}"
        )
    return "\n".join(lines) + "\n", rows


def corpus_chunks(settings: Settings) -> dict[str, list[str]]:
    """Each guidance document's chunks, split exactly as ingestion splits them (no index needed)."""
    from ingest.pipeline import IngestReport, discover, load_all

    files, _, _ = discover([settings.corpus_dir], settings)
    out: dict[str, list[str]] = {}
    for doc, chunks in load_all(files, settings, IngestReport()):
        out[doc.meta.id] = [c.page_content for c in chunks]
    return out
