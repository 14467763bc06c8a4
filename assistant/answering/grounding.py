"""The groundedness guard: keep only answer sentences a passage supports (pure, given an embedding function)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np

from assistant.text import (
    FIGURE,
    PHONE,
    SENTENCE_BOUNDARY,
    URL,
    citations_in,
    content_words,
    recite,
    split_sentences,
    strip_citations,
)
from assistant.types import Passage

Embed = Callable[[list[str]], np.ndarray]
# Fitted on corpus/eval/grounding.jsonl (python -m assistant eval grounding): 128 labelled sentences, F0.5.
SUPPORT_SIMILARITY = 0.83
SUPPORT_OVERLAP = 0.5
# A supported sentence this close in meaning to one already kept says nothing new (MiniLM cosine; reworded repeats
# of the embedded model measured 0.84-0.88, distinct steps of one guidance section at most 0.61).
REPEAT_SIMILARITY = 0.85
MIN_KEPT_SHARE = 0.5
MIN_KEPT = 2


@dataclass(frozen=True)
class GuardResult:
    """Sentences kept and dropped as unsupported, whether enough survived to use the generated answer, and the pieces
    left out unjudged (list numbers, lead-ins such as "Here are some tips:")."""

    kept: list[str]
    dropped: list[str]
    usable: bool
    skipped: list[str] = field(default_factory=list)

    @property
    def supported_share(self) -> float:
        """Share of the judged sentences that survived."""
        total = len(self.kept) + len(self.dropped)
        return len(self.kept) / total if total else 0.0


def unsupported_tokens(sentence: str, passages_text: str) -> list[str]:
    """URLs, phone numbers and figures in a sentence that the passages do not contain."""
    found = URL.findall(sentence) + PHONE.findall(sentence)
    figures = [f for f in FIGURE.findall(strip_citations(sentence)) if len(f.strip("%")) > 0]
    missing = [t for t in found if t not in passages_text]
    missing += [f for f in figures if not re.search(rf"(?<![\d.,]){re.escape(f)}(?![\d])", passages_text)]
    return missing


def support_signals(
    piece_vecs: np.ndarray, passage_words: list[set[str]], vec: np.ndarray, words: set[str]
) -> tuple[np.ndarray, float, int]:
    """The two signals of support (pure): the sentence's similarity to each passage sentence, and the largest share of
    its content words found in one passage, with that passage's index. The guard and `eval grounding` both use it."""
    sims = piece_vecs @ vec
    overlap, index = max((len(words & pw) / max(len(words), 1), i) for i, pw in enumerate(passage_words))
    return sims, overlap, index


class SupportChecker:
    """Decides, one sentence at a time, whether the passages support it (their vectors are computed once)."""

    def __init__(self, passages: list[Passage], embed: Embed) -> None:
        self.passages = passages
        self.embed = embed
        self.passages_text = "\n".join(p.text for p in passages)
        self.passage_words = [content_words(p.text) for p in passages]
        self.pieces = [(i, s) for i, p in enumerate(passages) for s in split_sentences(p.text)]
        self.piece_vecs = embed([s for _, s in self.pieces]) if self.pieces else np.zeros((0, 1), dtype=np.float32)
        self.accepted: dict[str, np.ndarray] = {}  # sentences passed so far, so a reworded repeat is dropped
        # sentences passed in this reading of the answer, so a verbatim repeat is dropped
        self._this_pass: set[str] = set()

    def start_pass(self) -> None:
        """Begin another reading of the same answer (the final check after streaming gives the same verdicts)."""
        self._this_pass.clear()

    @staticmethod
    def informative(sentence: str) -> bool:
        """A sentence with enough content to judge (not a heading or a fragment)."""
        return len(content_words(sentence)) >= 3 and not strip_citations(sentence).endswith(":")

    def check_many(self, sentences: list[str]) -> list[str | None]:
        """Each sentence, with a citation added when the model forgot one, or None when unsupported."""
        if not sentences or not self.pieces:
            return [None] * len(sentences)
        vecs = self.embed([strip_citations(s) for s in sentences])
        return [self._check(s, v) for s, v in zip(sentences, vecs, strict=True)]

    def _check(self, sentence: str, vec: np.ndarray) -> str | None:
        words = content_words(strip_citations(sentence))
        sims, overlap, overlap_at = support_signals(self.piece_vecs, self.passage_words, vec, words)
        best = int(np.argmax(sims))
        supported = float(sims[best]) >= SUPPORT_SIMILARITY or overlap >= SUPPORT_OVERLAP
        cited = citations_in(sentence)
        bad_citation = any(n < 1 or n > len(self.passages) for n in cited)
        if not supported or bad_citation or unsupported_tokens(sentence, self.passages_text):
            return None
        key = " ".join(strip_citations(sentence).lower().split())
        if key in self._this_pass:
            return None  # the same sentence again, word for word
        if any(text != sentence and float(v @ vec) >= REPEAT_SIMILARITY for text, v in self.accepted.items()):
            return None  # the small model often says the same thing again in other words
        self.accepted.setdefault(sentence, vec)
        self._this_pass.add(key)
        n = (self.pieces[best][0] if float(sims[best]) >= SUPPORT_SIMILARITY else overlap_at) + 1
        if not cited:
            return f"{sentence.rstrip()} [{n}]"
        if not any(self._supports(c - 1, sims, words) for c in set(cited)):
            # supported, but not by the passage it names: cite the one that supports it
            return recite(sentence, n)
        return sentence

    def _supports(self, index: int, sims: np.ndarray, words: set[str]) -> bool:
        """Whether the passage at `index` alone supports a sentence (by a close sentence or shared content words)."""
        close = max((float(sims[k]) for k, (i, _) in enumerate(self.pieces) if i == index), default=0.0)
        shared = len(words & self.passage_words[index]) / max(len(words), 1)
        return close >= SUPPORT_SIMILARITY or shared >= SUPPORT_OVERLAP


def guard_answer(
    answer: str, passages: list[Passage], embed: Embed, checker: SupportChecker | None = None
) -> GuardResult:
    """Keep a sentence when a passage sentence is close in meaning or shares most of its content words, it names
    nothing (URL, phone, figure) absent from the passages, and its citations point at real passages; add a
    citation to the best-supporting passage when the model forgot one."""
    sentences = [s for s in split_sentences(answer) if strip_citations(s)]
    if not sentences or not passages:
        return GuardResult([], sentences, False)
    informative = [s for s in sentences if SupportChecker.informative(s)]
    skipped = [s for s in sentences if s not in informative]
    if not informative:
        return GuardResult([], [], False, skipped)
    checker = checker or SupportChecker(passages, embed)
    checker.start_pass()
    kept: list[str] = []
    dropped: list[str] = []
    for sentence, verdict in zip(informative, checker.check_many(informative), strict=True):
        if verdict is None:
            dropped.append(sentence)
        else:
            kept.append(verdict)
    # The share is over the sentences judged: list numbers ("1.") and lead-ins are left out of the answer but count
    # neither way, or a well-supported numbered list would be replaced for its numbers.
    result = GuardResult(kept, dropped, False, skipped)
    return replace(result, usable=len(kept) >= MIN_KEPT and result.supported_share >= MIN_KEPT_SHARE)


def complete_sentences(buffer: str) -> tuple[list[str], str]:
    """Split streamed text into the sentences already finished and the unfinished rest, cutting only where
    split_sentences would (so "by 5 p.m. on the day" is never shown as two pieces that the final reading judges as
    one sentence, and drops as a reworded repeat of its own first half)."""
    ends = [m.end() for m in SENTENCE_BOUNDARY.finditer(buffer)]
    if not ends:
        return [], buffer
    done, rest = buffer[: ends[-1]], buffer[ends[-1] :]
    return [s for s in split_sentences(done) if strip_citations(s)], rest
