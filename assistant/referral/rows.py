"""A referral as the plain dictionary the API, the admin area and the CLI show (the full form adds personal data)."""

from __future__ import annotations

from typing import Any

from assistant.referral.models import Referral, StatusChange


def current_mentor(ref: Referral) -> str | None:
    """The mentor the referral is assigned to now, or None."""
    active = [a for a in ref.assignments if a.active]
    return active[-1].mentor_id if active else None


def change_row(c: StatusChange) -> dict[str, Any]:
    """One step of a referral's status history."""
    return {
        "from": c.from_status,
        "to": c.to_status,
        "at": c.at.isoformat(timespec="seconds"),
        "actor": c.actor,
        "note": c.note,
    }


def person_change_row(c: StatusChange) -> dict[str, Any]:
    """One step of the history as the person sees it: who acted by role only ("person", "mentor", "staff"), never
    a staff member's or a mentor's login."""
    role = c.actor.split(":", 1)[0] if c.actor else "staff"
    return change_row(c) | {"actor": role if role in ("person", "mentor") else "staff"}


def referral_row(ref: Referral, full: bool = False) -> dict[str, Any]:
    """The referral's summary for lists; with `full`, everything staff see, personal data included."""
    row: dict[str, Any] = {
        "reference": ref.code,
        "status": ref.status,
        "created_at": ref.created_at.isoformat(timespec="seconds"),
        "updated_at": ref.updated_at.isoformat(timespec="seconds"),
        "topic": ref.topic,
        "mentor_id": current_mentor(ref),
        "goal": ref.goal,
        "question_for_mentor": ref.question_for_mentor,
        "contact_given": bool(ref.contact_name or ref.contact_email or ref.contact_other),
    }
    if full:
        row.update(
            situation=ref.situation,
            timeline=ref.timeline,
            tried=ref.tried,
            excerpt=ref.excerpt,
            drafted_by=ref.drafted_by,
            contact_name=ref.contact_name,
            contact_email=ref.contact_email,
            contact_other=ref.contact_other,
            suggested=list(ref.suggested),
            locale=ref.locale,
            history=[change_row(c) for c in ref.history],
        )
    return row
