"""The person's own choice of route ("just a quick pointer" or "a person please") applied to a triage (pure)."""

from __future__ import annotations

import dataclasses

from assistant.types import Triage


def apply_override(triage: Triage, override: str | None) -> Triage:
    """The person's choice of micro or mentor wins over micro, mentor and unsure; never over crisis or out of scope."""
    if override not in ("micro", "mentor") or triage.route not in ("micro", "mentor", "unsure"):
        return triage
    if triage.route == override:
        return triage
    why = "You asked for a mentor" if override == "mentor" else "You asked for a quick pointer"
    return dataclasses.replace(triage, route=override, reasons=[why, *triage.reasons])
