"""Outgoing events of the referral store: queued in the same transaction as the change, claimed, marked done."""

from __future__ import annotations

import uuid
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from assistant.referral.models import OutboxEvent, Referral, utcnow


@dataclass(frozen=True)
class Claim:
    """An outbox event taken for one delivery attempt, and when the claim lapses."""

    event_id: int
    channel: str
    payload: dict[str, Any]
    attempts: int
    until: datetime


class OutboxEvents:
    """The outbox half of ReferralStore: the store supplies its channels and its transactions."""

    channels: tuple[str, ...]
    urgent_channels: tuple[str, ...]

    def session(self) -> AbstractContextManager[Session]:
        """A transaction (the store's)."""
        raise NotImplementedError

    def _events(self, session: Session, referral: Referral | None, kind: str, extra: dict[str, Any]) -> None:
        """Queue one event per channel in the caller's transaction: on-call channels without a referral."""
        channels = self.urgent_channels if referral is None else self.channels
        for channel in channels:
            payload = {"type": kind, "at": utcnow().isoformat(timespec="seconds"), **extra}
            if referral is not None:
                payload.update(reference=referral.code, status=referral.status, topic=referral.topic)
            event_id = uuid.uuid4().hex
            payload["event_id"] = event_id
            session.add(OutboxEvent(event_id=event_id, referral=referral, channel=channel, kind=kind, payload=payload))

    def add_urgent(self, kind: str, extra: dict[str, Any]) -> None:
        """Queue an urgent event for each on-call channel (Referrals.urgent counts them)."""
        with self.session() as s:
            self._events(s, None, kind, extra)

    def _due_query(self, now: datetime) -> Any:
        """Undelivered events due by `now`, on-call channels first, then oldest first."""
        urgent_first = case((OutboxEvent.channel.in_(self.urgent_channels), 0), else_=1)
        return (
            select(OutboxEvent)
            .where(OutboxEvent.delivered_at.is_(None), OutboxEvent.next_attempt_at <= now)
            .order_by(urgent_first, OutboxEvent.id)
        )

    def due_events(self, now: datetime | None = None, limit: int = 50) -> list[tuple[int, str, dict[str, Any], int]]:
        """Undelivered events whose next attempt is due: (id, channel, payload, attempts); on-call events first, so a
        crisis alert never waits behind a backlog of referral notices to a receiver that is down."""
        with self.session() as s:
            query = self._due_query(now or utcnow()).limit(limit)
            return [(e.id, e.channel, dict(e.payload), e.attempts) for e in s.scalars(query)]

    def claim_due_event(
        self, lease: timedelta, due_by: datetime | None = None, now: datetime | None = None
    ) -> Claim | None:
        """Take the first event due by `due_by` (default now; on-call first) for one delivery attempt: its next attempt
        moves `lease` ahead in the same transaction, so another replica or a cron `referrals deliver` skips it. Should
        the claimer die, or its send outlast the lease, the event is due again: delivery stays at least once, and the
        event id in each notice lets a receiver drop a repeat. None when nothing is due. `now` is for tests."""
        with self.session() as s:
            # PostgreSQL: a row another transaction is claiming is skipped, not waited for; SQLite's BEGIN IMMEDIATE
            # already makes claims take turns, and SQLAlchemy leaves FOR UPDATE out there.
            cutoff = now or utcnow()
            query = self._due_query(min(cutoff, due_by or cutoff)).limit(1).with_for_update(skip_locked=True)
            event = s.scalars(query).first()
            if event is None:
                return None
            until = (now or utcnow()) + lease  # read after the lock was taken: waiting for it costs no lease
            event.next_attempt_at = until
            return Claim(event.id, event.channel, dict(event.payload), event.attempts, until)

    def mark_delivered(self, event_id: int) -> None:
        """Record a delivery."""
        with self.session() as s:
            ev = s.get(OutboxEvent, event_id, with_for_update=True)
            if ev is not None and ev.delivered_at is None:
                ev.delivered_at = utcnow()
                ev.attempts += 1

    def mark_failed(
        self, event_id: int, error: str, retry_in: timedelta, claimed_until: datetime | None = None
    ) -> bool:
        """Record a failed attempt and when to try again; False (nothing written) when the attempt's claim had lapsed
        and another worker took the event over or delivered it, so a late failure never overwrites their outcome."""
        with self.session() as s:
            ev = s.get(OutboxEvent, event_id, with_for_update=True)
            if ev is None or ev.delivered_at is not None:
                return False
            if claimed_until is not None and ev.next_attempt_at != claimed_until:
                return False
            ev.attempts += 1
            ev.last_error = error[:500]
            ev.next_attempt_at = utcnow() + retry_in
            return True

    def outbox_summary(self) -> dict[str, int]:
        """Delivered and pending event counts."""
        with self.session() as s:
            delivered = s.scalar(select(func.count()).where(OutboxEvent.delivered_at.is_not(None))) or 0
            pending = s.scalar(select(func.count()).where(OutboxEvent.delivered_at.is_(None))) or 0
        return {"delivered": int(delivered), "pending": int(pending)}
