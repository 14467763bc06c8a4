"""Turn usage rows into the admin analytics: routes per day, top topics, feedback rate, corpus gaps (pure)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class ReplyRow:
    """The fields of a reply event the summary needs."""

    at: datetime
    route: str
    topic: str
    found_guidance: bool
    gap_question: str = ""


@dataclass
class Summary:
    """Everything the analytics tab shows."""

    per_day: list[tuple[str, str, int]] = field(default_factory=list)
    top_topics: list[tuple[str, int]] = field(default_factory=list)
    replies: int = 0
    rated: int = 0
    helpful: int = 0
    gaps: list[tuple[str, str]] = field(default_factory=list)

    @property
    def feedback_rate(self) -> float:
        """Share of replies that were rated."""
        return self.rated / self.replies if self.replies else 0.0

    @property
    def helpful_rate(self) -> float:
        """Share of ratings that were thumbs up."""
        return self.helpful / self.rated if self.rated else 0.0


def summarise(rows: list[ReplyRow], ratings: list[bool], top: int = 10, gaps: int = 50) -> Summary:
    """Counts per day and route, the most asked topics, feedback figures and the newest questions without guidance."""
    per_day = Counter((r.at.date().isoformat(), r.route) for r in rows)
    topics = Counter(r.topic for r in rows if r.route in ("micro", "mentor") and r.topic != "other")
    gap_rows = sorted((r for r in rows if not r.found_guidance and r.gap_question), key=lambda r: r.at, reverse=True)
    return Summary(
        per_day=sorted((day, route, n) for (day, route), n in per_day.items()),
        top_topics=topics.most_common(top),
        replies=len(rows),
        rated=len(ratings),
        helpful=sum(ratings),
        gaps=[(r.at.isoformat(timespec="minutes"), r.gap_question) for r in gap_rows[:gaps]],
    )
