"""Front-matter validation for guidance documents (pure)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from assistant.taxonomy import AUDIENCES, SIZES, TOPICS

REQUIRED_FIELDS = ("id", "title", "topics", "audience", "size", "reviewed")
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class DocMeta:
    """Validated document metadata, as stored on every chunk."""

    id: str
    title: str
    topics: tuple[str, ...]
    audience: tuple[str, ...]
    size: str
    reviewed: str


class FrontMatterError(ValueError):
    """A front-matter field is missing or invalid; the message names the field."""


def _as_list(value: Any, field: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise FrontMatterError(f"field '{field}' must be a non-empty list of strings")
    return [v.strip() for v in value]


def _check_members(values: list[str], allowed: tuple[str, ...], field: str) -> None:
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise FrontMatterError(f"field '{field}' has unknown value(s) {unknown}; allowed: {', '.join(allowed)}")


def validate_front_matter(meta: dict[str, Any]) -> DocMeta:
    """Check a guidance document's front matter and return it normalised."""
    missing = [f for f in REQUIRED_FIELDS if meta.get(f) in (None, "", [])]
    if missing:
        raise FrontMatterError(f"missing front-matter field(s): {', '.join(missing)}")
    doc_id = str(meta["id"]).strip()
    if not ID_PATTERN.match(doc_id):
        raise FrontMatterError(f"field 'id' must be lowercase words joined by hyphens, got {doc_id!r}")
    title = meta["title"]
    if not isinstance(title, str) or not title.strip():
        raise FrontMatterError("field 'title' must be a non-empty string")
    topics = _as_list(meta["topics"], "topics")
    _check_members(topics, TOPICS, "topics")
    audience = _as_list(meta["audience"], "audience")
    _check_members(audience, AUDIENCES, "audience")
    size = str(meta["size"]).strip()
    if size not in SIZES:
        raise FrontMatterError(f"field 'size' must be one of {', '.join(SIZES)}, got {size!r}")
    reviewed = meta["reviewed"]
    if isinstance(reviewed, dt.datetime):
        reviewed = reviewed.date()
    if isinstance(reviewed, str):
        try:
            reviewed = dt.date.fromisoformat(reviewed.strip())
        except ValueError as exc:
            raise FrontMatterError(f"field 'reviewed' must be a date like 2026-01-31, got {reviewed!r}") from exc
    if not isinstance(reviewed, dt.date):
        raise FrontMatterError(f"field 'reviewed' must be a date like 2026-01-31, got {reviewed!r}")
    return DocMeta(doc_id, title.strip(), tuple(topics), tuple(audience), size, reviewed.isoformat())


def slug(text: str) -> str:
    """A document id made from a file name: lowercase words joined by hyphens."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words) or "document"
