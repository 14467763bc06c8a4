"""An optional tie-break by a capable LLM when the classifier is unsure between quick and long-term (pure core)."""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable

from assistant.guard.inputs import NOT_ENGLISH
from assistant.types import Triage

log = logging.getLogger(__name__)

_CHOICE = re.compile(r"\b(MICRO|MENTOR|UNSURE)\b", re.I)


def parse_choice(text: str) -> str | None:
    """'micro', 'mentor' or None from the model's reply; anything else (or both words) counts as no answer."""
    found = {m.upper() for m in _CHOICE.findall(text or "")}
    if len(found) != 1:
        return None
    choice = found.pop().lower()
    return choice if choice in ("micro", "mentor") else None


def apply_tie_break(triage: Triage, ask: Callable[[], str]) -> Triage:
    """Ask the model only for an English `unsure` question; its answer can only pick micro or mentor."""
    if triage.route != "unsure" or NOT_ENGLISH in triage.notes:
        return triage
    try:
        choice = parse_choice(ask())
    except Exception as exc:  # a failing backend leaves the question unsure: the person gets the clarifying question
        log.warning("the LLM tie-break failed (%s); the question stays unsure", type(exc).__name__)
        return triage
    if choice is None:
        return triage
    label = "a quick, specific question" if choice == "micro" else "a long-term question for a mentor"
    return dataclasses.replace(
        triage,
        route=choice,
        confidence=max(triage.probabilities.get(choice, 0.0), 0.5),
        reasons=[f"the classifier was unsure; a language model read it as {label}", *triage.reasons[:2]],
        notes=[*triage.notes, "llm tie-break"],
    )
