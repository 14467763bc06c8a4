"""Text preparation for triage: find the question in a long post, and a few cheap cue features (pure)."""

from __future__ import annotations

import re

import numpy as np

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_ASK = re.compile(
    r"\?|^(?:how|what|should|can|could|would|is|are|do|does|any|where|when|which|who|why)\b|"
    r"\b(?:advice|help me|tips|wondering|not sure|how do|what should|should i)\b",
    re.IGNORECASE,
)
FOCUS_CHARS = 360  # the route pass reads at most this much of a long post (measured: shorter costs F1)

# Cue groups tied to the seed's dimensions (time horizon, scope); each becomes one feature.
CUES: dict[str, re.Pattern[str]] = {
    "now": re.compile(
        r"\b(?:tomorrow|tonight|today|this (?:week|morning|afternoon|friday|monday)|in an hour|"
        r"by (?:monday|tuesday|wednesday|thursday|friday|eod|tomorrow)|deadline|due|asap|"
        r"on (?:monday|tuesday|wednesday|thursday|friday))\b",
        re.I,
    ),
    "artifact": re.compile(
        r"\b(?:email|e-mail|resume|résumé|cv|cover letter|bullet|headline|linkedin|thank[- ]you|"
        r"reply|message|answer|question|template|wording|word|phrase|subject line|portfolio)\b",
        re.I,
    ),
    "horizon": re.compile(
        r"\b(?:years?|decade|long[- ]term|someday|future|eventually|rest of my (?:life|career)|"
        r"next chapter|retire(?:ment)?)\b",
        re.I,
    ),
    "direction": re.compile(
        r"\b(?:career change|switch(?:ing)? (?:careers?|fields?|industr)|change careers?|"
        r"direction|stuck|lost|purpose|meaning|passion|calling|pivot|reinvent|"
        r"what (?:should|do) i (?:do|want) with my)\b",
        re.I,
    ),
    "legal": re.compile(
        r"\b(?:legal|lawyer|sue|lawsuit|illegal|rights?|discriminat\w*|harass\w*|unpaid|overtime|"
        r"visa|permit|sponsor\w*|immigration|benefits? claim|unemployment|compensation claim|"
        r"non-?compete|wrongful\w*|tribunal|union)\b",
        re.I,
    ),
    "career": re.compile(
        r"\b(?:job|jobs|career|work|interview|resume|offer|salary|manager|boss|hire|hiring|"
        r"apply|application|role|position|employer|recruiter)\b",
        re.I,
    ),
}


def sentences(text: str) -> list[str]:
    """Split text into sentences and lines, dropping empty pieces."""
    return [s.strip() for s in _SENTENCE.split(text) if s and s.strip()]


def focus_text(text: str, limit: int = FOCUS_CHARS) -> tuple[str, bool]:
    """For a long post, the title and the sentences that ask something; returns (text, was_focused)."""
    if len(text) <= limit:
        return text, False
    parts = sentences(text)
    first_line = text.strip().splitlines()[0].strip()
    title = first_line if len(first_line) <= 150 and "\n" in text.strip() else ""
    asks = [s for s in parts if _ASK.search(s)]
    chosen = ([title] if title else []) + asks[-4:] + [s for s in parts[-2:] if s not in asks[-4:]]
    focused = " ".join(dict.fromkeys(c for c in chosen if c))
    return (focused[:limit] if focused else text[:limit]), True


def cue_vector(text: str) -> np.ndarray:
    """One value per cue group: 1 when the cue appears, plus a length feature."""
    values = [1.0 if pattern.search(text) else 0.0 for pattern in CUES.values()]
    values.append(min(len(text), 2000) / 2000.0)
    return np.asarray(values, dtype=np.float32)


def cue_names(text: str) -> set[str]:
    """The cue groups present in a text (used for readable reasons)."""
    return {name for name, pattern in CUES.items() if pattern.search(text)}
