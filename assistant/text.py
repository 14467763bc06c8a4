"""Small text helpers shared by the stages (pure)."""

from __future__ import annotations

import re

SENTENCE_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(\[])|\n+")
_CITE = re.compile(r"\s*\[(\d+)\]")
_WORD = re.compile(r"[a-z][a-z'-]+")
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "then",
        "so",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "at",
        "by",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "you",
        "your",
        "yours",
        "i",
        "me",
        "my",
        "we",
        "our",
        "they",
        "them",
        "their",
        "he",
        "she",
        "his",
        "her",
        "not",
        "no",
        "do",
        "does",
        "did",
        "can",
        "could",
        "should",
        "would",
        "will",
        "may",
        "might",
        "must",
        "have",
        "has",
        "had",
        "just",
        "also",
        "more",
        "most",
        "very",
        "than",
        "too",
        "into",
        "about",
        "over",
        "such",
        "what",
        "when",
        "where",
        "who",
        "why",
        "how",
        "which",
        "there",
        "here",
        "up",
        "out",
        "one",
        "two",
        "all",
        "any",
        "each",
        "few",
        "some",
        "own",
        "same",
        "only",
    ]
)
URL = re.compile(r"(?:https?://|www\.)\S+|\b[a-z0-9-]+\.(?:com|org|net|io|co|gov|edu)\b", re.I)
PHONE = re.compile(r"(?<!\w)(?:\+?\d[\d ().-]{6,}\d)(?!\w)")
FIGURE = re.compile(r"\d+(?:[.,]\d+)*%?")


def split_sentences(text: str) -> list[str]:
    """Sentences and list items of a text, stripped, without empty pieces."""
    return [s.strip(" -*\t") for s in SENTENCE_BOUNDARY.split(text) if s and s.strip(" -*\t")]


def citations_in(text: str) -> list[int]:
    """Citation numbers like [2] in order of appearance."""
    return [int(n) for n in _CITE.findall(text)]


def recite(sentence: str, n: int) -> str:
    """The sentence with its citation markers replaced by one marker [n], where the first one stood."""
    first = True

    def swap(m: re.Match[str]) -> str:
        nonlocal first
        keep, first = first, False
        return f" [{n}]" if keep else ""

    return _CITE.sub(swap, sentence)


def strip_citations(text: str) -> str:
    """The text without [n] markers."""
    return _CITE.sub("", text).strip()


def content_words(text: str) -> set[str]:
    """Lower-case words that carry meaning (no stop words)."""
    return {w for w in _WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 2}
