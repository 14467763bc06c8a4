"""Plain data types passed between the stages and returned to callers."""

from __future__ import annotations

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
