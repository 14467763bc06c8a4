"""Triage latency (p50, p95 per question, warm), batch throughput and training time, against plain encoding."""

from __future__ import annotations

import dataclasses
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from assistant.backends.embeddings import MiniLMEmbeddings
from assistant.backends.offline import force_offline
from assistant.settings import PROJECT_ROOT, Settings
from assistant.triage import Triager
from assistant.triage.examples import load_examples
from assistant.triage.reader_cache import CachedTuner
from assistant.triage.tuned import tuner_from_settings
from bench.common import peak_rss_mb, report


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile of a list of numbers."""
    return float(np.percentile(np.asarray(values), q))


def timed_in_blocks(runs: dict[str, Callable[[str], object]], questions: list[str]) -> dict[str, list[float]]:
    """Milliseconds per question for each way of running it, each timed over all questions in a block of its own.

    Interleaving the ways question by question (as this bench did up to session 22) leaves each call with caches
    full of the other models, which a product running one triager never sees (session 22: p95 74.2 ms interleaved
    against 63.3 in blocks as shipped, 51.6 against 36.0 in bfloat16). Blocks run in order, then in reverse order (so
    a slow drift of the machine falls on every way alike), and each way's two blocks are pooled."""
    times: dict[str, list[float]] = {name: [] for name in runs}
    for order in (list(runs), list(reversed(runs))):
        for name in order:
            run = runs[name]
            for q in questions[:10]:  # warm-up: this way's weights back in the caches
                run(q)
            for q in questions:
                t0 = time.perf_counter()
                run(q)
                times[name].append((time.perf_counter() - t0) * 1000)
    return times


def main() -> None:
    """Train once, then time single questions and a batch."""
    force_offline()
    embeddings = MiniLMEmbeddings()
    examples = load_examples(PROJECT_ROOT / "corpus" / "triage")
    questions = [e.question for e in examples][::3]
    with tempfile.TemporaryDirectory() as tmp:
        plain = Triager(PROJECT_ROOT / "corpus" / "triage", Path(tmp) / "plain", embeddings.encode)
        started = time.perf_counter()
        _ = plain.model
        plain_train_s = time.perf_counter() - started
        # As shipped, the triager keeps its fold readers in its cache folder (a few seconds of pickling in the training
        # time); the bfloat16 triager below reads them from there: only its route classifier and thresholds are fitted
        # again.
        settings = Settings(triage_crisis_reader="tuned", triage_crisis_reader_dtype="float32")
        tuner = tuner_from_settings(settings, embeddings.model_dir)
        assert tuner is not None
        triager = Triager(
            PROJECT_ROOT / "corpus" / "triage",
            Path(tmp) / "tuned",
            embeddings.encode,
            embed_id=embeddings.identity,
            tuner=tuner,
        )
        started = time.perf_counter()
        _ = triager.model
        train_s = time.perf_counter() - started
        other = MiniLMEmbeddings(dtype="bfloat16")  # the format `auto` picks on an AVX512-BF16 CPU
        halves = Triager(
            PROJECT_ROOT / "corpus" / "triage",
            Path(tmp) / "bfloat16",
            other.encode,
            embed_id=other.identity,
            tuner=CachedTuner(
                dataclasses.replace(tuner, read_dtype="bfloat16"), triager.readers_dir, base=triager.embed_id
            ),
        )
        started = time.perf_counter()
        _ = halves.model
        halves_s = time.perf_counter() - started
        runs = {
            "shipped": triager.triage,
            "bfloat16": halves.triage,
            "untuned": plain.triage,
            "encode": lambda q: embeddings.encode([q[:2000]]),
            "encode bfloat16": lambda q: other.encode([q[:2000]]),
        }
        times = timed_in_blocks(runs, questions)
        single, both_bf16, untuned = times["shipped"], times["bfloat16"], times["untuned"]
        encode_only, encode_other = times["encode"], times["encode bfloat16"]
        t0 = time.perf_counter()
        triager.triage_many(questions)
        batch_s = time.perf_counter() - t0
    report(
        "triage",
        {
            "questions timed": f"{len(questions)} (every third labelled example; long posts included), twice per row",
            "training, n-gram crisis reader only (baseline)": f"{plain_train_s:.1f} s",
            "training with the fine-tuned crisis reader (as shipped)": f"{train_s:.1f} s",
            "single question p50 / p95, as shipped (goal p95 <= 20 ms)": (
                f"{percentile(single, 50):.1f} / {percentile(single, 95):.1f} ms"
            ),
            "single question p50 / p95, route pass and crisis reader in bfloat16": (
                f"{percentile(both_bf16, 50):.1f} / {percentile(both_bf16, 95):.1f} ms, "
                f"p95 ratio bfloat16 / shipped {percentile(both_bf16, 95) / percentile(single, 95):.2f} "
                f"(its route classifier and thresholds refitted on the same readers in {halves_s:.0f} s)"
            ),
            "single question p50 / p95, n-gram crisis reader only (baseline)": (
                f"{percentile(untuned, 50):.1f} / {percentile(untuned, 95):.1f} ms, "
                f"p95 ratio shipped / baseline {percentile(single, 95) / percentile(untuned, 95):.2f}"
            ),
            f"plain MiniLM encode, {embeddings.dtype} as triage uses it, p50 / p95 (baseline)": (
                f"{percentile(encode_only, 50):.1f} / {percentile(encode_only, 95):.1f} ms"
            ),
            "plain MiniLM encode, bfloat16, p50 / p95": (
                f"{percentile(encode_other, 50):.1f} / {percentile(encode_other, 95):.1f} ms, "
                f"p95 ratio bfloat16 / {embeddings.dtype} "
                f"{percentile(encode_other, 95) / percentile(encode_only, 95):.2f}"
            ),
            "p50 ratio triage / encode": f"{statistics.median(single) / statistics.median(encode_only):.2f}",
            "batch throughput": f"{len(questions) / batch_s:.0f} questions/s",
            "peak memory": f"{peak_rss_mb():.0f} MB",
        },
    )
