"""Referral statuses and which changes are allowed (pure)."""

from __future__ import annotations

from assistant.errors import InputError

STATUSES = ("new", "accepted", "scheduled", "closed", "declined", "withdrawn")
OPEN = frozenset({"new", "accepted", "scheduled"})
TRANSITIONS: dict[str, frozenset[str]] = {
    "new": frozenset({"accepted", "declined", "withdrawn"}),
    "accepted": frozenset({"scheduled", "closed", "declined", "withdrawn"}),
    "scheduled": frozenset({"closed", "withdrawn"}),
    "closed": frozenset(),
    "declined": frozenset(),
    "withdrawn": frozenset(),
}


def check_transition(current: str, new: str) -> None:
    """Raise an InputError that names both statuses when the lifecycle forbids the change."""
    if new not in STATUSES:
        raise InputError(f"'{new}' is not a referral status; use one of: {', '.join(STATUSES)}.")
    if new not in TRANSITIONS[current]:
        allowed = ", ".join(sorted(TRANSITIONS[current])) or "none (it is final)"
        raise InputError(f"A referral that is '{current}' cannot become '{new}'. Allowed next: {allowed}.")
