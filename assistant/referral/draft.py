"""The referral packet: its fields and limits, the template draft and reading an LLM draft (pure)."""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assistant.errors import InputError
from assistant.guard.injection import fence, find_injection, strip_instructions
from assistant.guard.pii import EMAIL, redact
from assistant.text import content_words, split_sentences

FIELDS = ("goal", "situation", "timeline", "tried", "question_for_mentor", "excerpt")
LIMITS = {"goal": 300, "situation": 1500, "timeline": 300, "tried": 1000, "question_for_mentor": 500, "excerpt": 1200}
LABELS = {
    "goal": "Goal",
    "situation": "Situation",
    "timeline": "Timeline",
    "tried": "What I have tried",
    "question_for_mentor": "My question for a mentor",
    "excerpt": "From our conversation",
}


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return "".join(c for c in value if c >= " " or c in "\n\t").strip()
    return value


class ReferralDraft(BaseModel):
    """The packet a mentor reads; the person edits every field before consenting."""

    model_config = ConfigDict(extra="ignore")

    goal: str = Field(max_length=LIMITS["goal"])
    situation: str = Field("", max_length=LIMITS["situation"])
    timeline: str = Field("", max_length=LIMITS["timeline"])
    tried: str = Field("", max_length=LIMITS["tried"])
    question_for_mentor: str = Field(max_length=LIMITS["question_for_mentor"])
    excerpt: str = Field("", max_length=LIMITS["excerpt"])
    drafted_by: str = Field("template", pattern=r"^(template|llm|person)$")

    _strip = field_validator(*FIELDS, mode="before")(classmethod(lambda cls, v: _clean(v)))

    @field_validator("goal", "question_for_mentor")
    @classmethod
    def _required(cls, value: str) -> str:
        if not value:
            raise ValueError("must not be empty")
        return value


class Contact(BaseModel):
    """How the mentor or the centre may reach the person; every field optional, given only by choice."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field("", max_length=100)
    email: str = Field("", max_length=254)
    other: str = Field("", max_length=200)

    _strip = field_validator("name", "email", "other", mode="before")(classmethod(lambda cls, v: _clean(v)))

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        if value and not EMAIL.fullmatch(value):
            raise ValueError("is not an e-mail address like name@example.org")
        return value


def _explain(exc: ValidationError, what: str) -> InputError:
    parts = []
    for err in exc.errors():
        field = ".".join(str(p) for p in err["loc"]) or what
        limit = LIMITS.get(field)
        hint = f" (at most {limit} characters; shorten it)" if err["type"] == "string_too_long" and limit else ""
        msg = err["msg"].removeprefix("Value error, ")
        parts.append(f"'{LABELS.get(field, field)}' {msg[:1].lower() + msg[1:]}{hint}")
    return InputError(f"The {what} cannot be saved: " + "; ".join(parts) + ".")


def validate_draft(data: dict[str, Any]) -> ReferralDraft:
    """The edited draft, checked; an InputError names each field that is wrong and how."""
    try:
        return ReferralDraft.model_validate(data)
    except ValidationError as exc:
        raise _explain(exc, "referral") from None


def validate_contact(data: dict[str, Any] | None) -> Contact:
    """Contact details the person chose to give, checked."""
    try:
        return Contact.model_validate(data or {})
    except ValidationError as exc:
        raise _explain(exc, "contact details") from None


_TIME = re.compile(
    r"\b(?:\d+|a few|several|many|a couple of|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty)\s+(?:years?|months?|weeks?)\b|"
    r"\b(?:since|for the last|over the next|by next)\b[^.?!,;]*",
    re.IGNORECASE,
)
_TRIED = re.compile(
    r"\b(?:tried|applied|took an?|did an?|talked to|spoke to|completed|attempted|enrolled|signed up)\b", re.I
)
_GOAL = re.compile(
    r"\b(?:i want|i'd like|i would like|i hope|hoping|thinking about|considering|my goal|i aim|aiming|dream)\b", re.I
)
_MASKED = re.compile(r"\[(?:email|phone) removed\]")


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 3].rsplit(" ", 1)[0] + "..."


def template_draft(question: str, history: list[str]) -> ReferralDraft:
    """A draft filled from the person's own words, with e-mail addresses and phone numbers masked."""
    text = redact(" ".join([*history, question]))
    sentences = split_sentences(text)
    sentences = [s for s in sentences if not _MASKED.search(s) or len(_MASKED.sub("", s).split()) > 4]
    asks = [s for s in sentences if s.endswith("?")] or sentences[-1:] or [redact(question)]
    goals = [s for s in sentences if _GOAL.search(s)] or asks
    tried = [s for s in sentences if _TRIED.search(s) and s not in asks]
    situation = [s for s in sentences if s not in asks and s not in tried and s != goals[0]][:4]
    situation = situation or [s for s in sentences if s not in asks and s not in tried][:4]
    timeline = list(dict.fromkeys(m.group(0).strip() for m in _TIME.finditer(text)))[:3]
    excerpt = "\n".join(f"- {redact(h)}" for h in [*history, question])
    return ReferralDraft(
        goal=_cut(goals[0], LIMITS["goal"]),
        situation=_cut(" ".join(situation), LIMITS["situation"]),
        timeline=_cut("; ".join(timeline), LIMITS["timeline"]),
        tried=_cut(" ".join(tried), LIMITS["tried"]),
        question_for_mentor=_cut(asks[-1], LIMITS["question_for_mentor"]),
        excerpt=_cut(excerpt, LIMITS["excerpt"]),
        drafted_by="template",
    )


def _stems(text: str) -> set[str]:
    return {w[:5] for w in content_words(text)}


def from_conversation(value: str, conversation: str, share: float = 0.5) -> bool:
    """Whether a drafted field mostly uses the person's own words (crudely stemmed) and gives no instructions."""
    stems = _stems(value)
    if find_injection(value):
        return False
    return not stems or len(stems & _stems(conversation)) / len(stems) >= share


def parse_llm_draft(text: str, fallback: ReferralDraft, conversation: str | None = None) -> ReferralDraft:
    """Read the JSON object an LLM wrote; fields it left out, got wrong or made up come from the template draft.

    With the conversation given, a field is kept only when it mostly uses the person's own words: the prompt asks
    for nothing else, and it stops a model that follows smuggled instructions from writing them into the packet.
    """
    match = re.search(r"\{.*\}", text, re.S)
    if not match:
        return fallback
    try:
        data = json.loads(match.group(0))
    except json.JSONDecodeError:
        return fallback
    if not isinstance(data, dict):
        return fallback
    merged = fallback.model_dump()
    accepted = 0
    for field in FIELDS[:-1]:  # the excerpt is always the person's own words, never rewritten
        value = data.get(field)
        if isinstance(value, str) and value.strip():
            if conversation is not None and not from_conversation(value, conversation):
                continue
            merged[field] = _cut(redact(_clean(value)), LIMITS[field])
            accepted += 1
    if not accepted:
        return fallback
    merged["drafted_by"] = "llm"
    try:
        return ReferralDraft.model_validate(merged)
    except ValidationError:
        return fallback


def conversation_text(question: str, history: list[str]) -> str:
    """The person's messages, oldest first, masked and without instructions aimed at an AI, for the drafting prompt."""
    return "\n".join(f"- {fence(redact(strip_instructions(m)))}" for m in [*history, question])
