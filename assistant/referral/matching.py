"""Rank mentors for a referral by fit and by room, and say why in one line (pure)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from assistant.referral.directory import Mentor

FIT_WEIGHT, TOPIC_WEIGHT, STAGE_WEIGHT, ROOM_WEIGHT = 0.6, 0.25, 0.05, 0.1


@dataclass(frozen=True)
class Suggestion:
    """A mentor suggested for a referral, the score behind it and a one-line reason."""

    mentor_id: str
    name: str
    score: float
    free_places: int
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form."""
        return asdict(self)


def free_places(mentor: Mentor, active: Mapping[str, int]) -> int:
    """Places left: capacity minus active referrals; zero when the mentor is not accepting."""
    if not mentor.accepting:
        return 0
    return max(0, mentor.capacity - active.get(mentor.id, 0))


def _reason(mentor: Mentor, topic: str | None, stage: str | None, places: int) -> str:
    shared = [t for t in mentor.expertise if t == topic]
    focus = shared or list(mentor.expertise[:2])
    what = " and ".join(t.replace("-", " ") for t in focus)
    lead = "Works on" if shared else "Closest profile:"
    where = ", ".join(mentor.industries[:2])
    who = f"; helps {stage.replace('-', ' ')}" if stage and stage in mentor.career_stages else ""
    room = f"{places} of {mentor.capacity} place{'s' if mentor.capacity != 1 else ''} free"
    return f"{lead} {what} ({where}){who}; {room}."


def rank_mentors(
    question_vec: np.ndarray,
    mentors: Sequence[Mentor],
    profile_vecs: np.ndarray,
    active: Mapping[str, int],
    topic: str | None = None,
    stage: str | None = None,
    limit: int = 3,
) -> list[Suggestion]:
    """Mentors with room, best fit first: profile similarity, topic and stage overlap, and spare capacity."""
    scored: list[Suggestion] = []
    for mentor, vec in zip(mentors, profile_vecs, strict=True):
        places = free_places(mentor, active)
        if places <= 0:
            continue
        fit = float(np.dot(question_vec, vec))
        score = (
            FIT_WEIGHT * fit
            + TOPIC_WEIGHT * (topic in mentor.expertise)
            + STAGE_WEIGHT * (stage in mentor.career_stages)
            + ROOM_WEIGHT * places / max(mentor.capacity, 1)
        )
        scored.append(
            Suggestion(mentor.id, mentor.name, round(score, 4), places, _reason(mentor, topic, stage, places))
        )
    scored.sort(key=lambda s: (-s.score, s.mentor_id))
    return scored[:limit]


def waitlist_position(waiting_before: int) -> int:
    """1-based place in the waitlist for a referral with `waiting_before` unassigned referrals ahead of it."""
    return waiting_before + 1
