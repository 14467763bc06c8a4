"""Referrals as one service: draft, suggest mentors, store the approved packet, staff operations, notify."""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import IO, Any

import numpy as np
from langchain_core.language_models.chat_models import BaseChatModel

from assistant.background import run_briefly
from assistant.errors import InputError, NotFoundError
from assistant.prompts import load_prompt
from assistant.referral.directory import Mentor, load_mentors
from assistant.referral.draft import (
    ReferralDraft,
    conversation_text,
    parse_llm_draft,
    template_draft,
    validate_contact,
    validate_draft,
)
from assistant.referral.matching import Suggestion, free_places, rank_mentors
from assistant.referral.outbox import OutboxWorker, deliver_due, senders_from
from assistant.referral.store import Receipt, ReferralStore, Submission
from assistant.settings import Settings
from assistant.taxonomy import TOPICS

log = logging.getLogger(__name__)
Embed = Callable[[list[str]], np.ndarray]
URGENT = ("oncall_webhook", "oncall_email")
EXPORT_COLUMNS = (
    "reference",
    "status",
    "created_at",
    "updated_at",
    "topic",
    "mentor_id",
    "goal",
    "question_for_mentor",
    "contact_given",
)


class Referrals:
    """Everything about referrals to long-term mentors, built from the settings."""

    def __init__(self, settings: Settings, embed: Embed, llm: Callable[[], BaseChatModel]) -> None:
        self.settings = settings
        self.embed = embed
        self.llm = llm

    @cached_property
    def mentors(self) -> list[Mentor]:
        """The validated mentor directory."""
        return load_mentors(self.settings.mentors_file)

    @cached_property
    def _profiles(self) -> np.ndarray:
        return self.embed([m.summary() for m in self.mentors])

    @cached_property
    def senders(self) -> dict[str, Any]:
        """The configured delivery channels."""
        return senders_from(self.settings.notify)

    @cached_property
    def store(self) -> ReferralStore:
        """The durable store (SQLite in the data directory unless ASSISTANT_DATABASE_URL is set)."""
        normal = tuple(c for c in self.senders if c not in URGENT)
        urgent = tuple(c for c in self.senders if c in URGENT)
        return ReferralStore(self.settings.referral_database_url, normal, urgent)

    @cached_property
    def worker(self) -> OutboxWorker:
        """The background delivery thread (started by the app)."""
        return OutboxWorker(self.store, self.senders, self.settings.notify)

    def mentor(self, mentor_id: str) -> Mentor:
        """A mentor by id."""
        for m in self.mentors:
            if m.id == mentor_id:
                return m
        raise NotFoundError(f"No mentor has the id '{mentor_id}'. See corpus/mentors.yaml for the ids.")

    # --- drafting and matching ----------------------------------------------------------------------------------

    def _use_llm(self) -> bool:
        mode = self.settings.referral_drafter
        return mode == "llm" or (mode == "auto" and self.settings.llm.provider != "local")

    def draft(self, question: str, history: list[str], topic: str = "other") -> ReferralDraft:
        """The packet drafted by a capable LLM when one is configured, else by the template."""
        fallback = template_draft(question, history)
        if not self._use_llm():
            return fallback
        prompt = load_prompt(self.settings.prompts_dir, "referral")
        conversation = conversation_text(question, history)
        messages = prompt.render(conversation=conversation, topic=topic)
        try:
            text = self.llm().invoke(messages).content
        except Exception as exc:  # any backend failure: the template draft is still good
            log.warning("referral drafting by the LLM failed (%s); using the template", type(exc).__name__)
            return fallback
        return parse_llm_draft(text if isinstance(text, str) else str(text), fallback, conversation)

    def suggest(self, text: str, topic: str | None, stage: str | None = None) -> list[Suggestion]:
        """Mentors with room, best fit first, each with a one-line reason."""
        topic = topic if topic in TOPICS else None
        vec = self.embed([text])[0]
        active = self.store.active_counts()
        return rank_mentors(vec, self.mentors, self._profiles, active, topic, stage, self.settings.referral_suggestions)

    def packet(self, question: str, history: list[str], topic: str, fallbacks: dict[str, Any]) -> dict[str, Any]:
        """The mentor reply's referral draft: fields, suggested mentors, and fallbacks when nobody has room."""
        draft = self.draft(question, history, topic)
        suggestions = self.suggest(" ".join([*history, question]), topic)
        return {
            **draft.model_dump(),
            "topic": topic,
            "suggested_mentors": [s.to_dict() for s in suggestions],
            "no_mentor_has_room": not suggestions,
            "fallbacks": [] if suggestions else list(fallbacks.get("items", [])),
            "fallback_intro": "" if suggestions else str(fallbacks.get("intro", "")),
        }

    # --- the person ---------------------------------------------------------------------------------------------

    def submit(self, data: Mapping[str, Any]) -> Receipt:
        """Store what the person approved. Needs consent=True and a submission_id (a retry with it is a no-op)."""
        if data.get("consent") is not True:
            raise InputError("Please tick the consent box first: nothing is stored or sent without it.")
        draft_fields, suggested, locale = data.get("draft") or {}, data.get("suggested") or (), data.get("locale")
        if not isinstance(draft_fields, Mapping):
            raise InputError("The field 'draft' must be an object with the referral's fields (goal, situation, ...).")
        if not isinstance(suggested, list | tuple) or not all(isinstance(s, str) for s in suggested):
            raise InputError("The field 'suggested' must be a list of mentor ids.")
        if locale is not None and (not isinstance(locale, str) or len(locale) > 16):
            raise InputError("The field 'locale' must be a language tag such as en-GB (at most 16 characters).")
        draft = validate_draft(dict(draft_fields))
        contact = validate_contact(data.get("contact"))
        mentor_id = data.get("mentor_id") or None
        if mentor_id:
            self.mentor(mentor_id)
        sub = Submission(
            submission_id=str(data.get("submission_id") or ""),
            draft=draft,
            consent=True,
            contact=contact,
            topic=str(data.get("topic") or "other") if data.get("topic") in TOPICS else "other",
            locale=locale,
            mentor_id=mentor_id,
            suggested=tuple(suggested)[:10],
        )
        receipt = self.store.submit(sub, self._has_room)
        self.worker.nudge()
        return receipt

    def _has_room(self, mentor_id: str, active: Mapping[str, int]) -> bool:
        return free_places(self.mentor(mentor_id), active) > 0

    def status(self, code: str) -> dict[str, Any]:
        """Where a referral stands, by reference code."""
        return self.store.status(code)

    def withdraw(self, code: str) -> dict[str, Any]:
        """The person withdraws their referral."""
        return self.store.change_status(code, "withdrawn", "person")

    # --- staff --------------------------------------------------------------------------------------------------

    def assign(self, code: str, mentor_id: str, actor: str, force: bool = False) -> dict[str, Any]:
        """Give a referral to a mentor; refused when the mentor has no free place unless forced."""
        mentor = self.mentor(mentor_id)

        def check_room(active: Mapping[str, int]) -> None:  # counted inside the store's transaction
            if not self._has_room(mentor_id, active):
                why = (
                    "is not accepting referrals" if not mentor.accepting else f"has all {mentor.capacity} places taken"
                )
                raise InputError(f"{mentor.name} {why}. Choose another mentor, or force the assignment.")

        row = self.store.assign(code, mentor_id, actor, None if force else check_room)
        self.worker.nudge()
        return row

    def change_status(self, code: str, new: str, actor: str, note: str = "") -> dict[str, Any]:
        """Move a referral along its lifecycle."""
        row = self.store.change_status(code, new, actor, note)
        self.worker.nudge()
        return row

    def erase(self, code: str, actor: str) -> None:
        """Delete a referral and all personal data in it."""
        self.store.erase(code, actor)

    def mentor_room(self) -> list[dict[str, Any]]:
        """Each mentor with active referrals and free places."""
        active = self.store.active_counts()
        return [
            {
                "id": m.id,
                "name": m.name,
                "accepting": m.accepting,
                "capacity": m.capacity,
                "active": active.get(m.id, 0),
                "free": free_places(m, active),
                "expertise": ", ".join(m.expertise),
            }
            for m in self.mentors
        ]

    def export_csv(self, out: IO[str], **filters: Any) -> int:
        """Write the queue as CSV, every referral the filters select; returns the number of rows."""
        rows = self.store.queue(**filters, limit=None)
        writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _csv_safe(v) for k, v in row.items()})
        return len(rows)

    def deliver(self) -> tuple[int, int]:
        """Deliver due events once (the CLI's `referrals deliver`)."""
        return deliver_due(self.store, self.senders, self.settings.notify)

    def urgent(self, locale: str | None, wait_s: float = 0.5) -> int:
        """Queue the on-call event for a crisis reply, when an on-call contact is configured; returns how many channels
        it goes to. The crisis reply waits for the write at most `wait_s` (run_briefly): a busy or broken store must
        never hold back the crisis lines."""
        channels = sum(c in URGENT for c in self.senders)
        if not channels:
            return 0

        def write() -> None:
            self.store.add_urgent("crisis.urgent", {"locale": locale})
            self.worker.nudge()

        run_briefly(write, "queuing the on-call event", "alerts", wait_s)
        return channels


def _csv_safe(value: Any) -> Any:
    """Stop spreadsheet formula injection: text starting with = + - @ is prefixed with a quote."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
