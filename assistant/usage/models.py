"""SQLAlchemy tables of usage analytics: one row per reply, one per rating."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from assistant.referral.models import UTCDateTime, utcnow


class UsageBase(DeclarativeBase):
    """Declarative base of the usage tables (same database as the referral store)."""


class ReplyEvent(UsageBase):
    """A reply that was given: its route and topic, whether guidance was found; question text only for gaps."""

    __tablename__ = "reply_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reply_id: Mapped[str] = mapped_column(String(40), unique=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    route: Mapped[str] = mapped_column(String(16))
    topic: Mapped[str] = mapped_column(String(32))
    mode: Mapped[str | None] = mapped_column(String(16), nullable=True)
    found_guidance: Mapped[bool] = mapped_column(Boolean, default=True)
    override: Mapped[str | None] = mapped_column(String(16), nullable=True)
    gap_question: Mapped[str] = mapped_column(Text, default="")


class Rating(UsageBase):
    """A thumbs up or down on a reply, with an optional reason."""

    __tablename__ = "rating"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reply_id: Mapped[str] = mapped_column(String(40), index=True, unique=True)  # one rating per reply
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    helpful: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(String(500), default="")
