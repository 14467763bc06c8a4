"""SQLAlchemy tables of the referral store: referrals, status history, mentor assignments, outgoing events."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Dialect, ForeignKey, Integer, String, Text, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A UTC timestamp that comes back time-zone aware from SQLite and PostgreSQL alike."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        """Store in UTC."""
        return value.astimezone(UTC) if isinstance(value, datetime) and value.tzinfo else value

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        """Read back as an aware UTC datetime."""
        if isinstance(value, datetime):
            return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return value


class Base(DeclarativeBase):
    """Declarative base of the referral store."""


class Referral(Base):
    """One referral the person approved: the packet, their contact choice and where it stands."""

    __tablename__ = "referral"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True, index=True)
    submission_id: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    consent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(16), default="new", index=True)
    topic: Mapped[str] = mapped_column(String(32), default="other")
    locale: Mapped[str | None] = mapped_column(String(16), nullable=True)
    goal: Mapped[str] = mapped_column(Text)
    situation: Mapped[str] = mapped_column(Text, default="")
    timeline: Mapped[str] = mapped_column(Text, default="")
    tried: Mapped[str] = mapped_column(Text, default="")
    question_for_mentor: Mapped[str] = mapped_column(Text)
    excerpt: Mapped[str] = mapped_column(Text, default="")
    drafted_by: Mapped[str] = mapped_column(String(16), default="template")
    contact_name: Mapped[str] = mapped_column(String(100), default="")
    contact_email: Mapped[str] = mapped_column(String(254), default="")
    contact_other: Mapped[str] = mapped_column(String(200), default="")
    suggested: Mapped[list[str]] = mapped_column(JSON, default=list)

    history: Mapped[list[StatusChange]] = relationship(
        back_populates="referral", cascade="all, delete-orphan", order_by="StatusChange.id"
    )
    assignments: Mapped[list[Assignment]] = relationship(
        back_populates="referral", cascade="all, delete-orphan", order_by="Assignment.id"
    )
    events: Mapped[list[OutboxEvent]] = relationship(back_populates="referral", cascade="all, delete-orphan")


class StatusChange(Base):
    """A status change with its time and actor (the person, staff, a mentor, the system)."""

    __tablename__ = "status_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referral.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(16), nullable=True)
    to_status: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(String(500), default="")
    referral: Mapped[Referral] = relationship(back_populates="history")


class Assignment(Base):
    """A mentor assigned to a referral; only the newest active row counts."""

    __tablename__ = "assignment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referral.id", ondelete="CASCADE"), index=True)
    mentor_id: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(64))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    referral: Mapped[Referral] = relationship(back_populates="assignments")


class OutboxEvent(Base):
    """An event waiting to be delivered (webhook, e-mail, on-call); written in the same transaction as its cause."""

    __tablename__ = "outbox_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[str] = mapped_column(String(40), unique=True)
    referral_id: Mapped[int | None] = mapped_column(
        ForeignKey("referral.id", ondelete="CASCADE"), nullable=True, index=True
    )
    channel: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(32))
    payload: Mapped[dict[str, object]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_error: Mapped[str] = mapped_column(String(500), default="")
    referral: Mapped[Referral | None] = relationship(back_populates="events")


class Erasure(Base):
    """That a referral was erased, when and by whom; holds no personal data, so a status check can say so."""

    __tablename__ = "erasure"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(64))
