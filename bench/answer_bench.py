"""The embedded LLM: model load (first and cached), time to first token and whole-answer time, per question."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from langchain_core.language_models.chat_models import BaseChatModel

from assistant import Settings, build_assistant
from assistant.answering.answerer import Answer, stream_with_deadline
from assistant.answering.context import build_context
from assistant.backends.llm import (
    _LOADED,
    LocalChatModel,
    bundled_gguf,
    load_local_model,
)
from assistant.backends.offline import force_offline
from assistant.backends.precision import resolve_dtype
from assistant.pipeline import Assistant
from bench.common import peak_rss_mb, report

QUESTIONS = [
    "How do I word my counter-offer email?",
    "When should I send a thank-you note after an interview?",
    "What should I bring to a career fair?",
    "How do I answer the greatest weakness question?",
    "How do I ask a former manager to be my reference?",
]


def model_first_tokens(assistant: Assistant, llm: BaseChatModel) -> list[float]:
    """Seconds to the model's first text piece for each question (the model alone, after one warm-up)."""
    answerer = assistant.answerer
    for _ in stream_with_deadline(llm, answerer.render("warm up", ""), 60):
        pass
    seconds = []
    for q in QUESTIONS:  # read to the end so no generation runs on behind the next one
        context, _ = build_context(assistant.retrieve(q), answerer.context_tokens, answerer.count_tokens)
        t0 = time.perf_counter()
        first_piece = None
        for _piece in stream_with_deadline(llm, answerer.render(q, context), 60):
            first_piece = first_piece or time.perf_counter() - t0
        seconds.append(first_piece or time.perf_counter() - t0)
    return seconds


def main() -> None:
    """Time the local model against the extractive path on the same questions."""
    force_offline()
    dtype = resolve_dtype(Settings().llm.dtype)
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "smollm2"
        t0 = time.perf_counter()
        load_local_model(bundled_gguf(), cache, dtype)
        first_load = time.perf_counter() - t0
        _LOADED.clear()
        t0 = time.perf_counter()
        load_local_model(bundled_gguf(), cache, dtype)
        cached_load = time.perf_counter() - t0
    assistant = build_assistant(Settings())
    assistant.answerer.stream(QUESTIONS[0])  # builds the answerer
    for _ in assistant.answerer.stream("warm up the model"):
        pass
    ttft, total, modes, extractive = [], [], [], []
    for q in QUESTIONS:
        t0 = time.perf_counter()
        first = None
        for item in assistant.answerer.stream(q):
            if first is None and isinstance(item, str):
                first = time.perf_counter() - t0
            if isinstance(item, Answer):
                modes.append(item.mode)
        total.append(time.perf_counter() - t0)
        ttft.append(first if first is not None else total[-1])
        t0 = time.perf_counter()
        assistant.answerer.extractive(q, assistant.retrieve(q), None)
        extractive.append(time.perf_counter() - t0)
    chosen = assistant.llm()
    baseline = chosen.model_copy(update={"dtype": "float32"}) if isinstance(chosen, LocalChatModel) else chosen
    baseline_ttft = model_first_tokens(assistant, baseline)
    model_ttft = model_first_tokens(assistant, chosen)
    report(
        "answers (embedded SmolLM2-135M, local)",
        {
            "model load, first run (GGUF dequantized, cached)": f"{first_load:.1f} s",
            f"model load, cached safetensors, {dtype} (goal <= 3 s)": f"{cached_load:.2f} s",
            "model's time to first token, float32 (baseline), median / max": (
                f"{statistics.median(baseline_ttft):.2f} / {max(baseline_ttft):.2f} s"
            ),
            f"model's time to first token, {getattr(chosen, 'dtype', '?')} (chosen), median / max (goal <= 1.5 s)": (
                f"{statistics.median(model_ttft):.2f} / {max(model_ttft):.2f} s, "
                f"ratio {statistics.median(model_ttft) / statistics.median(baseline_ttft):.2f}"
            ),
            "first checked sentence shown (or the whole answer), median / max": (
                f"{statistics.median(ttft):.2f} / {max(ttft):.2f} s"
            ),
            "whole answer incl. guard, median / max (goal <= 10 s)": (
                f"{statistics.median(total):.1f} / {max(total):.1f} s"
            ),
            "extractive answer alone, median (baseline)": f"{statistics.median(extractive) * 1000:.0f} ms",
            "modes": ", ".join(str(m) for m in modes),
            "peak memory": f"{peak_rss_mb():.0f} MB",
        },
    )
