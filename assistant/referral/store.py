"""The durable referral store: a thin SQLAlchemy adapter over SQLite (default) or PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select, text
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from assistant.database import integrity_check, make_engine, reclaim_space
from assistant.errors import BackendUnavailableError, InputError, NotFoundError
from assistant.referral.codes import new_code, normalise_code
from assistant.referral.draft import Contact, ReferralDraft
from assistant.referral.events import OutboxEvents
from assistant.referral.lifecycle import OPEN, check_transition
from assistant.referral.models import Assignment, Base, Erasure, Referral, StatusChange, utcnow
from assistant.referral.rows import current_mentor, person_change_row, referral_row


@dataclass(frozen=True)
class Submission:
    """What the person approved: the edited draft, consent, optional contact and mentor choice."""

    submission_id: str
    draft: ReferralDraft
    consent: bool
    contact: Contact
    topic: str = "other"
    locale: str | None = None
    mentor_id: str | None = None
    suggested: tuple[str, ...] = ()


@dataclass(frozen=True)
class Receipt:
    """What the person is told after submitting: the code, the status, the mentor or the waitlist place."""

    code: str
    status: str
    created: bool
    mentor_id: str | None
    waitlist_position: int | None


QUEUE_LIMIT = 500  # rows a queue page or `referrals list` shows; exports take every row


class ReferralStore(OutboxEvents):
    """Referrals, their history, assignments and outgoing events; every change is one transaction."""

    def __init__(self, url: str, channels: tuple[str, ...] = (), urgent_channels: tuple[str, ...] = ()) -> None:
        self.url = url
        self.channels = channels
        self.urgent_channels = urgent_channels
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        try:
            Base.metadata.create_all(self.engine)
        except OperationalError as exc:
            raise BackendUnavailableError(
                f"The referral store at {self._where()} cannot be opened: {exc.orig}"
            ) from exc

    def _where(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back on any error."""
        try:
            with self._sessions.begin() as session:
                yield session
        except OperationalError as exc:
            raise BackendUnavailableError(
                f"The referral store did not answer ({type(exc.orig).__name__}). Nothing was saved; try again."
            ) from exc

    def _lock_mentor(self, s: Session, mentor_id: str) -> None:
        """Make transactions that count one mentor's free places take turns. SQLite's write transactions already do
        (BEGIN IMMEDIATE); on PostgreSQL a transaction-scoped advisory lock per mentor does it."""
        if self.engine.dialect.name == "postgresql":
            s.execute(text("SELECT pg_advisory_xact_lock(hashtext(:key))"), {"key": f"mentor:{mentor_id}"})

    # --- the person ---------------------------------------------------------------------------------------------

    def submit(self, sub: Submission, mentor_has_room: Any = None) -> Receipt:
        """Store an approved referral once per submission id; a repeat returns the first receipt."""
        if not sub.consent:
            raise InputError("Please tick the consent box first: nothing is stored or sent without it.")
        if not sub.submission_id or len(sub.submission_id) > 64:
            raise InputError(
                "The submission id must be 1 to 64 characters: give each referral its own id, so a retry is not "
                "stored twice."
            )
        for _ in range(3):
            try:
                return self._submit_once(sub, mentor_has_room)
            except IntegrityError:
                continue  # a concurrent duplicate or a code collision: look again
        raise BackendUnavailableError("The referral could not be stored after three tries. Please try again.")

    def _submit_once(self, sub: Submission, mentor_has_room: Any) -> Receipt:
        with self.session() as s:
            old = s.scalar(select(Referral).where(Referral.submission_id == sub.submission_id))
            if old is not None:
                return self._receipt(s, old, created=False)
            now = utcnow()
            ref = Referral(
                code=new_code(),
                submission_id=sub.submission_id,
                created_at=now,
                updated_at=now,
                consent_at=now,
                status="new",
                topic=sub.topic,
                locale=sub.locale,
                **sub.draft.model_dump(),
                contact_name=sub.contact.name,
                contact_email=sub.contact.email,
                contact_other=sub.contact.other,
                suggested=list(sub.suggested),
            )
            ref.history.append(StatusChange(from_status=None, to_status="new", at=now, actor="person"))
            s.add(ref)
            s.flush()
            if sub.mentor_id:
                self._lock_mentor(s, sub.mentor_id)
            if sub.mentor_id and (mentor_has_room is None or mentor_has_room(sub.mentor_id, self._active(s))):
                ref.assignments.append(Assignment(mentor_id=sub.mentor_id, at=now, actor="person"))
            self._events(s, ref, "referral.created", {"mentor_id": sub.mentor_id if ref.assignments else None})
            s.flush()
            return self._receipt(s, ref, created=True)

    def _receipt(self, s: Session, ref: Referral, created: bool) -> Receipt:
        mentor = current_mentor(ref)
        position = None
        if mentor is None and ref.status == "new":
            position = 1 + self._waiting_before(s, ref)
        return Receipt(ref.code, ref.status, created, mentor, position)

    def _waiting_before(self, s: Session, ref: Referral) -> int:
        assigned = select(Assignment.referral_id).where(Assignment.active.is_(True))
        query = select(func.count(Referral.id)).where(
            Referral.status == "new", Referral.id < ref.id, Referral.id.not_in(assigned)
        )
        return int(s.scalar(query) or 0)

    def status(self, code: str) -> dict[str, Any]:
        """What the person may see by reference code: status, mentor, waitlist place and the history."""
        code = normalise_code(code)
        with self.session() as s:
            ref = s.scalar(select(Referral).where(Referral.code == code))
            if ref is None:
                erased = s.get(Erasure, code)
                if erased is not None:
                    return {"reference": code, "status": "erased", "at": erased.at.isoformat(timespec="seconds")}
                raise NotFoundError(f"No referral has the code {code}. Check the code in your confirmation.")
            receipt = self._receipt(s, ref, created=False)
            return {
                "reference": code,
                "status": ref.status,
                "mentor_id": receipt.mentor_id,
                "waitlist_position": receipt.waitlist_position,
                "history": [person_change_row(c) for c in ref.history],
            }

    # --- staff --------------------------------------------------------------------------------------------------

    def get(self, code: str) -> dict[str, Any]:
        """The whole referral for staff."""
        code = normalise_code(code)
        with self.session() as s:
            return referral_row(self._load(s, code), full=True)

    def _load(self, s: Session, code: str, for_update: bool = False) -> Referral:
        """The referral by code; `for_update` locks its row until the transaction ends (PostgreSQL: two staff changing
        one referral take turns, so neither acts on a status the other has just changed; SQLite locks anyway)."""
        query = select(Referral).where(Referral.code == code)
        ref = s.scalar(query.with_for_update() if for_update else query)
        if ref is None:
            raise NotFoundError(f"No referral has the code {code}.")
        return ref

    def queue(
        self,
        status: str | None = None,
        mentor_id: str | None = None,
        topic: str | None = None,
        since: datetime | None = None,
        limit: int | None = QUEUE_LIMIT,
    ) -> list[dict[str, Any]]:
        """Referrals for the staff queue, filtered: open ones first, each group oldest first, at most `limit` (None:
        all). Open first, so finished referrals piling up never push a new one out of the queue a page shows."""
        with self.session() as s:
            finished_last = case((Referral.status.in_(OPEN), 0), else_=1)
            query = select(Referral).order_by(finished_last, Referral.id).limit(limit)
            if status:
                query = query.where(Referral.status == status)
            if topic:
                query = query.where(Referral.topic == topic)
            if since:
                query = query.where(Referral.created_at >= since)
            if mentor_id:  # in SQL, so the limit counts only this mentor's referrals
                assigned = select(Assignment.referral_id).where(
                    Assignment.mentor_id == mentor_id, Assignment.active.is_(True)
                )
                query = query.where(Referral.id.in_(assigned))
            return [referral_row(r) for r in s.scalars(query)]

    def active_counts(self) -> dict[str, int]:
        """Open referrals per assigned mentor."""
        with self.session() as s:
            return self._active(s)

    def _active(self, s: Session) -> dict[str, int]:
        query = (
            select(Assignment.mentor_id, func.count())
            .join(Referral)
            .where(Assignment.active.is_(True), Referral.status.in_(OPEN))
            .group_by(Assignment.mentor_id)
        )
        return {m: int(n) for m, n in s.execute(query)}

    def assign(
        self, code: str, mentor_id: str, actor: str, check_room: Callable[[dict[str, int]], None] | None = None
    ) -> dict[str, Any]:
        """Give the referral to a mentor (replacing any earlier one). `check_room` gets the open referrals per mentor
        inside the same transaction and raises to refuse, so no submission can take the last place in between."""
        code = normalise_code(code)
        with self.session() as s:
            self._lock_mentor(s, mentor_id)
            ref = self._load(s, code, for_update=True)
            if ref.status not in OPEN:
                raise InputError(f"{code} is '{ref.status}'; only open referrals can be assigned.")
            if check_room is not None:
                check_room(self._active(s))
            for old in ref.assignments:
                old.active = False
            ref.assignments.append(Assignment(mentor_id=mentor_id, actor=actor))
            ref.updated_at = utcnow()
            self._events(s, ref, "referral.assigned", {"mentor_id": mentor_id})
            s.flush()
            return referral_row(ref)

    def change_status(self, code: str, new: str, actor: str, note: str = "") -> dict[str, Any]:
        """Move the referral along its lifecycle, recording who did it and when."""
        code = normalise_code(code)
        if len(note) > 500:
            raise InputError("The note is longer than 500 characters; shorten it.")
        with self.session() as s:
            ref = self._load(s, code, for_update=True)
            check_transition(ref.status, new)
            ref.history.append(StatusChange(from_status=ref.status, to_status=new, actor=actor, note=note))
            ref.status = new
            ref.updated_at = utcnow()
            self._events(s, ref, "referral.status_changed", {"mentor_id": current_mentor(ref)})
            s.flush()
            return referral_row(ref)

    def erase(self, code: str, actor: str) -> None:
        """Delete the referral and every piece of personal data in it, then purge old page copies from disk."""
        code = normalise_code(code)
        with self.session() as s:
            ref = self._load(s, code)
            s.delete(ref)
            s.add(Erasure(code=code, actor=actor))
        reclaim_space(self.engine, ("referral", "status_change", "assignment", "outbox_event"))

    def finished_before(self, cutoff: datetime) -> list[str]:
        """Codes of closed, declined or withdrawn referrals last changed before the cutoff."""
        with self.session() as s:
            query = select(Referral.code).where(Referral.status.not_in(OPEN), Referral.updated_at < cutoff)
            return list(s.scalars(query))

    def integrity_check(self) -> str:
        """'ok' when the database reports no corruption (SQLite's integrity_check; a query elsewhere)."""
        return integrity_check(self.engine)

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()
