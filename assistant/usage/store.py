"""Record replies and ratings, and read them back for the analytics (thin SQLAlchemy adapter)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from assistant.database import make_engine
from assistant.errors import InputError, NotFoundError
from assistant.guard.pii import redact
from assistant.referral.models import utcnow
from assistant.usage.models import Rating, ReplyEvent, UsageBase
from assistant.usage.summary import ReplyRow, Summary, summarise


class UsageStore:
    """Reply events and ratings in the referral database (SQLite by default)."""

    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        UsageBase.metadata.create_all(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def record_reply(
        self,
        reply_id: str,
        route: str,
        topic: str,
        mode: str | None,
        found_guidance: bool,
        question: str = "",
        override: str | None = None,
        keep_question: bool = True,
    ) -> None:
        """Log a reply; the question is kept (masked, shortened) only when no guidance was found: a corpus gap."""
        gap = redact(question)[:500] if not found_guidance and keep_question else ""
        with self._sessions.begin() as s:
            s.add(
                ReplyEvent(
                    reply_id=reply_id,
                    route=route,
                    topic=topic,
                    mode=mode,
                    found_guidance=found_guidance,
                    override=override,
                    gap_question=gap,
                )
            )

    def rate(self, reply_id: str, helpful: bool, reason: str = "") -> None:
        """Store a thumbs up or down for a reply that was logged."""
        if len(reason) > 500:
            raise InputError("The reason is longer than 500 characters; please shorten it.")
        with self._sessions.begin() as s:
            if s.scalar(select(ReplyEvent.id).where(ReplyEvent.reply_id == reply_id)) is None:
                raise NotFoundError("That reply is not known any more; rate a newer one.")
            rating = s.scalar(select(Rating).where(Rating.reply_id == reply_id))
            if rating is None:
                s.add(Rating(reply_id=reply_id, helpful=helpful, reason=redact(reason.strip())))
            else:  # one rating per reply: a change of mind or an added reason replaces it
                rating.helpful, rating.at = helpful, utcnow()
                rating.reason = redact(reason.strip()) or rating.reason

    def summary(self, days: int = 30, now: datetime | None = None) -> Summary:
        """Analytics over the last `days` days."""
        since = (now or utcnow()) - timedelta(days=days)
        with self._sessions.begin() as s:
            rows = [
                ReplyRow(e.at, e.route, e.topic, e.found_guidance, e.gap_question)
                for e in s.scalars(select(ReplyEvent).where(ReplyEvent.at >= since))
            ]
            ratings = list(s.scalars(select(Rating.helpful).where(Rating.at >= since)))
        return summarise(rows, ratings)

    def purge_before(self, cutoff: datetime) -> int:
        """Delete reply events and ratings older than the cutoff; returns how many rows went."""
        from sqlalchemy import delete

        with self._sessions.begin() as s:
            gone = 0
            for table, column in ((ReplyEvent, ReplyEvent.at), (Rating, Rating.at)):
                result: Any = s.execute(delete(table).where(column < cutoff))
                gone += int(result.rowcount or 0)
        return gone

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()
