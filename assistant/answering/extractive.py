"""The extractive answer: the most relevant steps and sentences of the top passages, cited (pure)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from assistant.text import content_words, split_sentences
from assistant.types import Passage

Embed = Callable[[list[str]], np.ndarray]


def extractive_answer(question: str, passages: list[Passage], embed: Embed, bullets: int = 4) -> tuple[str, list[int]]:
    """Short cited bullets picked by similarity to the question, at most two per passage, best passages first."""
    pieces = [
        (n, s)
        for n, p in enumerate(passages[:3], 1)
        for s in split_sentences(p.text)
        if 6 <= len(s.split()) <= 60 and len(content_words(s)) >= 3 and not s.endswith(":") and not s.startswith(">")
    ]
    if not pieces:
        return "", []
    vecs = embed([s for _, s in pieces])
    q = embed([question])[0]
    scores = vecs @ q + np.array([0.04 * (3 - n) for n, _ in pieces])  # slight preference for the top passage
    chosen: list[tuple[int, str]] = []
    for idx in np.argsort(-scores):
        n, s = pieces[int(idx)]
        if sum(c[0] == n for c in chosen) >= 2 or any(s == c[1] for c in chosen):
            continue
        chosen.append((n, s))
        if len(chosen) >= bullets:
            break
    lines = [f"- {s.rstrip()} [{n}]" for n, s in chosen]
    return "\n".join(lines), [n for n, _ in chosen]
