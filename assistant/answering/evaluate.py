"""Retrieval and answer evaluation on corpus/eval/retrieval.jsonl (pure metrics plus one driver)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from assistant.answering.answerer import Answer
from assistant.errors import ConfigurationError
from assistant.settings import Settings
from assistant.text import split_sentences
from assistant.types import Passage

RECALL_GOAL = 0.90


@dataclass(frozen=True)
class RetrievalCase:
    """A question and the documents that answer it."""

    id: str
    question: str
    doc_ids: tuple[str, ...]


def load_cases(path: Path) -> list[RetrievalCase]:
    """The evaluation questions, validated line by line."""
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            cases.append(RetrievalCase(str(row["id"]), row["question"], tuple(row["doc_ids"])))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ConfigurationError(f"{path.name}:{number}: needs id, question and doc_ids ({exc})") from exc
    return cases


def first_hit(ranked_doc_ids: list[str], gold: tuple[str, ...]) -> int | None:
    """Rank (0-based) of the first distinct document that answers the question."""
    distinct = list(dict.fromkeys(ranked_doc_ids))
    return next((i for i, d in enumerate(distinct) if d in gold), None)


def retrieval_metrics(ranks: list[int | None]) -> dict[str, float]:
    """recall@3, recall@5 and MRR over the first-hit ranks."""
    n = max(len(ranks), 1)
    return {
        "recall@3": sum(r is not None and r < 3 for r in ranks) / n,
        "recall@5": sum(r is not None and r < 5 for r in ranks) / n,
        "mrr": sum(1 / (r + 1) for r in ranks if r is not None) / n,
    }


def evaluate_retrieval(cases: list[RetrievalCase], retrieve: Callable[[str], list[Passage]]) -> dict[str, float]:
    """Metrics for a retrieval function on the cases."""
    return retrieval_metrics([first_hit([p.doc_id for p in retrieve(c.question)], c.doc_ids) for c in cases])


def answer_metrics(micro: list[Answer]) -> dict[str, float]:
    """Over micro answers: share with a citation, share of generated sentences supported, share extractive."""
    n = max(len(micro), 1)
    cited = sum(bool(r.citations) for r in micro)
    supported = [getattr(r, "supported_share", None) for r in micro]
    known = [s for s in supported if s is not None]
    return {
        "answers": float(len(micro)),
        "with_citation": cited / n,
        "sentences_supported": sum(known) / len(known) if known else 0.0,
        "extractive": sum(r.mode == "extractive" for r in micro) / n,
        "no_guidance": sum(r.mode is None for r in micro) / n,
    }


def evaluate_answers(settings: Settings, answers: int) -> str:
    """The evaluation as printable lines, with the configured LLM; says whether recall meets its goal."""
    from assistant.pipeline import build_assistant

    assistant = build_assistant(settings)
    if assistant.index_status().chunks == 0:
        return (
            f"retrieval evaluation: the guidance index in {settings.data_dir} is empty, so every figure would be 0.\n"
            "Index the corpus first: `make index`, or `python -m ingest` (make eval does it for you).\nFAIL\n"
        )
    cases = load_cases(settings.corpus_dir / "eval" / "retrieval.jsonl")
    started = time.perf_counter()
    metrics = evaluate_retrieval(cases, assistant.retrieve)
    lines = [
        f"retrieval evaluation: {len(cases)} questions ({time.perf_counter() - started:.0f} s)",
        f"  recall@3 {metrics['recall@3']:.3f}   recall@5 {metrics['recall@5']:.3f} (goal >= {RECALL_GOAL})"
        f"   MRR {metrics['mrr']:.3f}",
    ]
    if answers:
        replies: list[Answer] = []
        started = time.perf_counter()
        for case in cases[:: max(len(cases) // answers, 1)][:answers]:
            replies.extend(item for item in assistant.answerer.stream(case.question) if isinstance(item, Answer))
        m = answer_metrics(replies)
        lines.append(
            f"answers ({settings.llm.provider} LLM, {int(m['answers'])} questions, "
            f"{time.perf_counter() - started:.0f} s): with a citation {m['with_citation']:.2f}, "
            f"generated sentences supported {m['sentences_supported']:.2f}, "
            f"answered extractively {m['extractive']:.2f}, no guidance {m['no_guidance']:.2f}"
        )
        sentences = [len(split_sentences(r.text)) for r in replies if r.text]
        lines.append(f"  mean answer length {sum(sentences) / max(len(sentences), 1):.1f} sentences")
    ok = metrics["recall@5"] >= RECALL_GOAL
    lines.append("retrieval goal: met" if ok else "retrieval goal missed: recall@5 below 0.90")
    return "\n".join(lines) + ("\n" if ok else "\nFAIL\n")
