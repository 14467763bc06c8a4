"""The career centre's mentor directory (corpus/mentors.yaml), validated on load."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assistant.errors import ConfigurationError
from assistant.taxonomy import AUDIENCES, TOPICS

CONTACT = re.compile(r"^(?:email:[^@\s]+@[^@\s]+\.[a-z]{2,}|calendar:https?://\S+|career-centre)$", re.I)


class Mentor(BaseModel):
    """One volunteer mentor: what they know, whom they help, and how much room they have."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{1,63}$")
    name: str = Field(min_length=1, max_length=100)
    expertise: tuple[str, ...] = Field(min_length=1)
    industries: tuple[str, ...] = Field(min_length=1)
    career_stages: tuple[str, ...] = Field(min_length=1)
    languages: tuple[str, ...] = Field(min_length=1)
    time_zone: str
    capacity: int = Field(ge=0, le=100)
    accepting: bool
    contact: str
    profile: str = Field(min_length=20, max_length=1500)

    @field_validator("expertise")
    @classmethod
    def _topics(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [t for t in value if t not in TOPICS]
        if unknown:
            raise ValueError(f"unknown topic(s) {unknown}; use values from assistant/taxonomy.py TOPICS")
        return value

    @field_validator("career_stages")
    @classmethod
    def _stages(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [s for s in value if s not in AUDIENCES]
        if unknown:
            raise ValueError(f"unknown career stage(s) {unknown}; use one of {list(AUDIENCES)}")
        return value

    @field_validator("languages")
    @classmethod
    def _languages(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        bad = [code for code in value if not re.fullmatch(r"[a-z]{2,3}", code)]
        if bad:
            raise ValueError(f"language codes must be ISO 639 like 'en' or 'es', not {bad}")
        return value

    @field_validator("time_zone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"'{value}' is not an IANA time zone such as Europe/Berlin") from exc
        return value

    @field_validator("contact")
    @classmethod
    def _contact(cls, value: str) -> str:
        if not CONTACT.match(value):
            raise ValueError("contact must be 'email:ADDRESS', 'calendar:URL' or 'career-centre'")
        return value

    def summary(self) -> str:
        """What the mentor is matched on: expertise, industries, stages and the profile text."""
        return (
            f"{self.profile} Expertise: {', '.join(t.replace('-', ' ') for t in self.expertise)}. "
            f"Industries: {', '.join(self.industries)}. Helps: {', '.join(self.career_stages)}."
        )


def _describe(errors: list[Any]) -> str:
    return "; ".join(f"field '{'.'.join(str(p) for p in e['loc'])}': {e['msg']}" for e in errors)


def parse_mentors(data: Any, source: str = "mentors.yaml") -> list[Mentor]:
    """Validate the parsed YAML; errors name the entry (by position and id) and the field."""
    if not isinstance(data, dict) or not isinstance(data.get("mentors"), list):
        raise ConfigurationError(f"{source}: expected a top-level 'mentors:' list")
    mentors: list[Mentor] = []
    seen: set[str] = set()
    for i, entry in enumerate(data["mentors"], 1):
        label = f"entry {i}" + (f" ('{entry.get('id')}')" if isinstance(entry, dict) and entry.get("id") else "")
        if not isinstance(entry, dict):
            raise ConfigurationError(f"{source}: {label} is not a mapping of fields")
        try:
            mentor = Mentor.model_validate(entry)
        except ValidationError as exc:
            raise ConfigurationError(f"{source}: {label}: {_describe(exc.errors())}") from None
        if mentor.id in seen:
            raise ConfigurationError(f"{source}: {label}: field 'id': '{mentor.id}' is used twice")
        seen.add(mentor.id)
        mentors.append(mentor)
    return mentors


def load_mentors(path: Path) -> list[Mentor]:
    """Read and validate the mentor directory."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigurationError(f"The mentor directory {path} does not exist. Copy corpus/mentors.yaml.") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigurationError(f"{path}: cannot be read as YAML ({exc})") from None
    return parse_mentors(data, str(path))
