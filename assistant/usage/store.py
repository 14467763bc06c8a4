"""Record replies and ratings, and read them back for the analytics (thin SQLAlchemy adapter)."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, delete, func, inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from assistant.database import make_engine
from assistant.errors import InputError, NotFoundError
from assistant.guard.pii import redact
from assistant.referral.models import utcnow
from assistant.usage.models import Rating, ReplyEvent, UsageBase
from assistant.usage.summary import ReplyRow, Summary, summarise


def _unique_reply_index(conn: Any) -> bool:
    """Whether the rating table's reply index is already unique."""
    index = next((ix for ix in inspect(conn).get_indexes("rating") if ix["name"] == "ix_rating_reply_id"), None)
    return index is not None and bool(index["unique"])


def one_rating_per_reply(engine: Engine) -> None:
    """Bring a database made before ratings were unique per reply up to date: keep each reply's newest rating and make
    the reply index unique, so concurrent ratings can no longer count twice. Does nothing once done. Replicas that
    start together take turns: the table is locked first (SQLite's BEGIN IMMEDIATE; LOCK TABLE on PostgreSQL, where
    two upgrades would otherwise deadlock), then the index is checked again."""
    if _unique_reply_index(engine):
        return
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.exec_driver_sql("LOCK TABLE rating IN ACCESS EXCLUSIVE MODE")
        if _unique_reply_index(conn):
            return  # another replica finished it while this one waited
        newest = select(func.max(Rating.id)).group_by(Rating.reply_id)
        conn.execute(delete(Rating).where(Rating.id.not_in(newest)))
        conn.exec_driver_sql("DROP INDEX IF EXISTS ix_rating_reply_id")
        conn.exec_driver_sql("CREATE UNIQUE INDEX ix_rating_reply_id ON rating (reply_id)")


class UsageStore:
    """Reply events and ratings in the referral database (SQLite by default)."""

    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        UsageBase.metadata.create_all(self.engine)
        one_rating_per_reply(self.engine)
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

    def rate(self, reply_id: str, helpful: bool, reason: str = "", settle_s: float = 1.0) -> None:
        """Store a thumbs up or down for a reply that was logged; a later rating of the same reply replaces it. A reply
        logged a moment ago may still be on its way (a reply waits for its analytics row at most half a second), so an
        unknown reply is looked for again for `settle_s` before it is refused."""
        if len(reason) > 500:
            raise InputError("The reason is longer than 500 characters; please shorten it.")
        reason = redact(reason.strip())
        deadline = time.monotonic() + settle_s
        while True:
            try:
                try:
                    self._rate_once(reply_id, helpful, reason)
                except IntegrityError:  # another request added this reply's rating first: replace it instead
                    self._rate_once(reply_id, helpful, reason)
                return
            except NotFoundError:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(0.1)

    def _rate_once(self, reply_id: str, helpful: bool, reason: str) -> None:
        """Add the reply's rating, or replace the one it has (one transaction)."""
        with self._sessions.begin() as s:
            if s.scalar(select(ReplyEvent.id).where(ReplyEvent.reply_id == reply_id)) is None:
                raise NotFoundError("That reply is not known any more; rate a newer one.")
            rating = s.scalar(select(Rating).where(Rating.reply_id == reply_id))
            if rating is None:
                s.add(Rating(reply_id=reply_id, helpful=helpful, reason=reason))
            else:  # a change of mind or an added reason replaces it
                rating.helpful, rating.at = helpful, utcnow()
                rating.reason = reason or rating.reason

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
        with self._sessions.begin() as s:
            gone = 0
            for table, column in ((ReplyEvent, ReplyEvent.at), (Rating, Rating.at)):
                result: Any = s.execute(delete(table).where(column < cutoff))
                gone += int(result.rowcount or 0)
        return gone

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()
