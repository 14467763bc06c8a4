"""Input limits for a person's question: empty, binary, control characters, length, language (pure)."""

from __future__ import annotations

import re
import unicodedata

from assistant.errors import InputError

LONG_POST_CHARS = 4000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f']+")
ENGLISH_HINTS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "to",
        "of",
        "in",
        "on",
        "for",
        "with",
        "is",
        "are",
        "was",
        "be",
        "been",
        "am",
        "i",
        "my",
        "me",
        "you",
        "your",
        "it",
        "this",
        "that",
        "what",
        "how",
        "should",
        "can",
        "could",
        "would",
        "do",
        "does",
        "did",
        "not",
        "no",
        "have",
        "has",
        "had",
        "will",
        "job",
        "jobs",
        "work",
        "career",
        "resume",
        "interview",
        "offer",
        "any",
        "about",
        "from",
        "at",
        "as",
        "but",
        "if",
        "so",
        "get",
        "just",
        "im",
        "i'm",
        "dont",
        "don't",
        "want",
        "need",
        "help",
        "where",
        "when",
        "who",
        "why",
        "which",
        "do",
        "their",
        "them",
        "they",
        "he",
        "she",
        "we",
        "our",
        "us",
        "find",
        "after",
        "last",
        "night",
        "again",
        "by",
        "up",
        "out",
        "into",
        "than",
        "then",
        "there",
        "here",
        "its",
        "it's",
        "know",
        "think",
        "like",
    ]
)


def check_question(text: object, max_chars: int) -> str:
    """Return the question stripped, or raise InputError saying what is wrong and what to do."""
    if isinstance(text, bytes):
        raise InputError("The question arrived as binary data. Send it as plain text.")
    if not isinstance(text, str):
        raise InputError(f"The question must be text, not {type(text).__name__}.")
    stripped = text.strip()
    if not stripped:
        raise InputError("The question is empty. Type what you would like help with.")
    if "\x00" in stripped or _CONTROL.search(stripped):
        raise InputError("The question contains control characters or binary data. Paste it again as plain text.")
    letters = sum(ch.isalpha() for ch in stripped)
    if letters == 0:
        raise InputError("The question has no words in it. Type what you would like help with.")
    if len(stripped) > max_chars:
        raise InputError(
            f"The question is {len(stripped):,} characters long; the limit is {max_chars:,}. "
            "Shorten it to the part you need help with."
        )
    return unicodedata.normalize("NFC", stripped)


NOT_ENGLISH = "not English"  # the triage note for a question that does not look English; the tie-break skips it


def looks_english(text: str) -> bool:
    """True unless the text is clearly in another language or script (short texts get the benefit of the doubt)."""
    letters = [ch for ch in text if ch.isalpha()]
    if letters and sum(ch.isascii() for ch in letters) / len(letters) < 0.6:
        return False
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 5:
        return True
    return sum(w in ENGLISH_HINTS for w in words) / len(words) >= 0.12
