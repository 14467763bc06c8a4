"""At most one clarifying question in a row: a second unsure reading in a conversation takes the likelier route
(pure)."""

from __future__ import annotations

import dataclasses

from assistant.guard.inputs import NOT_ENGLISH
from assistant.types import Triage

SETTLED = (
    "Still not clear after one clarifying question, so this takes the likelier reading; if it is wrong, ask for a "
    "quick pointer or a mentor instead"
)
NOT_ENGLISH_SETTLED = (
    "This still does not look like English, and this assistant answers in English only; a careers adviser may be "
    "able to help in your language"
)


def after_clarifying(triage: Triage, previous_route: str | None) -> Triage:
    """The triage itself, unless it is unsure right after an unsure turn (DESIGN.md: never more than one clarifying
    question in a row). Then an English question goes the likeliest of micro, mentor and out of scope, with a reason
    that says so; a question that does not look English goes out of scope (never a confident wrong route)."""
    if triage.route != "unsure" or previous_route != "unsure":
        return triage
    if NOT_ENGLISH in triage.notes:
        return dataclasses.replace(triage, route="out_of_scope", reasons=[NOT_ENGLISH_SETTLED, *triage.reasons][:3])
    choices = ("micro", "mentor", "out_of_scope")
    route = max(choices, key=lambda r: (triage.probabilities.get(r, 0.0), -choices.index(r)))
    return dataclasses.replace(triage, route=route, reasons=[SETTLED, *triage.reasons][:3])
