"""Plain data types passed between the stages and returned to callers."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk of guidance with where it came from and how relevant it is."""

    doc_id: str
    title: str
    section: str
    source: str
    text: str
    score: float
    topics: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form."""
        return asdict(self)


@dataclass(frozen=True)
class IndexStatus:
    """What the guidance index holds."""

    documents: int
    chunks: int
    target: str
    sources: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Triage:
    """Where a question goes, how sure we are, and why."""

    route: str
    confidence: float
    topic: str
    format: str
    reasons: list[str]
    probabilities: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    check_in: bool = False  # not crisis, but close: answer as routed, with the crisis lines shown first
    courtesy: str | None = None  # "greeting" or "thanks": the message asked nothing (out of scope, a friendly reply)

    def to_dict(self) -> dict[str, Any]:
        """The public JSON form (DESIGN.md): route, confidence, topic, format, reasons."""
        return {
            "route": self.route,
            "confidence": round(self.confidence, 4),
            "topic": self.topic,
            "format": self.format,
            "reasons": list(self.reasons),
        }


@dataclass(frozen=True)
class Citation:
    """What a [n] in an answer points at."""

    n: int
    doc_id: str
    title: str
    section: str
    source: str

    def to_dict(self) -> dict[str, Any]:
        """The public JSON form (DESIGN.md: n, doc_id, title, source) plus the section."""
        return {"n": self.n, "doc_id": self.doc_id, "title": self.title, "source": self.source, "section": self.section}


@dataclass
class Reply:
    """The assistant's whole reply to one question."""

    route: str
    answer: str | None
    citations: list[Citation] = field(default_factory=list)
    mode: str | None = None
    referral_draft: dict[str, Any] | None = None
    resources: list[dict[str, str]] = field(default_factory=list)
    triage: Triage | None = None
    notice: str | None = None
    standalone_question: str | None = None
    reply_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    override: str | None = None
    check_in: str = ""  # the wellbeing check-in that opens `answer`, when one is shown

    @property
    def courtesy(self) -> bool:
        """A reply to a greeting or a thank-you: no route was decided, so none is shown."""
        return self.triage is not None and self.triage.courtesy is not None

    def check_in_first(self) -> tuple[str, str]:
        """The answer split into its opening check-in (crisis lines) and the rest, so notices go after the lines."""
        text = self.answer or ""
        if self.check_in and text.startswith(self.check_in):
            return self.check_in, text[len(self.check_in) :]
        return "", text

    def to_dict(self) -> dict[str, Any]:
        """The public JSON form of `ask --json` (DESIGN.md)."""
        return {
            "route": self.route,
            "answer": self.answer,
            "citations": [c.to_dict() for c in self.citations],
            "mode": self.mode,
            "referral_draft": self.referral_draft,
            "resources": list(self.resources),
        }
