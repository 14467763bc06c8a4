"""Replies for the routes that get no generated answer: crisis, out of scope, mentor and unsure (pure)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from assistant.errors import ConfigurationError
from assistant.types import Triage

MENTOR_WHY = (
    "This is a mentor-sized question: it is about direction and growth over months or years, and the best help "
    "is a person who can get to know your situation and stay with you over time, not a quick tip."
)
WHILE_YOU_WAIT = [
    "Write down what you want your working life to look like in two or three years, in a few lines.",
    "List what you have tried so far and what you learned from each attempt.",
    "Pick one or two people doing work you are curious about and ask for a 20-minute informational interview.",
]
CLARIFY = {
    "micro": "Is this something you need to do soon (an email, an interview, an application this week), or "
    "are you thinking about your career direction over the coming months or years?",
    "mentor": "Are you looking for a quick, practical answer for something happening now, or for someone to talk "
    "through your longer-term direction with?",
    "out_of_scope": "Is this about your career (a job search, an application, an interview, your direction), or "
    "about something else such as a legal or workplace-rights matter?",
}

# Replies to a message that asks nothing (assistant/triage/courtesy.py); corpus/resources.yaml may word them its way.
COURTESY = {
    "greeting": "Hello! Ask me a career question: a resume line, an interview answer, an offer email, or where your "
    "career is heading. Quick questions get an answer with sources; bigger ones get a mentor referral you review "
    "first.",
    "thanks": "You're welcome. Ask another question any time, or choose \"I'd rather talk to a person\" if you "
    "would like a mentor to take it further.",
}

# What the replies fall back on when corpus/resources.yaml cannot be read or lacks a part: a person in crisis must
# get crisis lines whatever state the centre's file is in (the pipeline logs the file's fault).
BUILT_IN_RESOURCES: dict[str, Any] = {
    "crisis": {
        "intro": "It sounds like you are going through something very hard. You deserve support right now, from a "
        "person. If you are in immediate danger, call your local emergency number. You can also reach a crisis line:",
        "lines": [
            {
                "id": "emergency",
                "title": "Emergency services",
                "detail": "Call 911 (US, Canada), 999 (UK), 112 (EU) or 000 (Australia) if you or someone else is in "
                "danger now.",
                "locales": ["all"],
            },
            {
                "id": "us-988",
                "title": "988 Suicide & Crisis Lifeline (US)",
                "detail": "Call or text 988.",
                "locales": ["en-US"],
            },
            {
                "id": "samaritans",
                "title": "Samaritans (UK and Ireland)",
                "detail": "Call 116 123.",
                "locales": ["en-GB"],
            },
            {"id": "lifeline-au", "title": "Lifeline (Australia)", "detail": "Call 13 11 14.", "locales": ["en-AU"]},
        ],
        "outro": "Your career questions can wait; we will still be here when you want to talk about them.",
        "check_in": "Before the answer: some of what you wrote sounds heavy. If you are thinking about harming "
        "yourself, or someone is putting you in danger, please talk to a person now:",
    },
    "out_of_scope": {
        "workplace-rights": {
            "intro": "This sounds like a workplace-rights, legal, benefits or immigration matter. Career guidance is "
            "not the right help for it: your HR department, a trade union, your labour office or a legal aid clinic "
            "can advise.",
            "items": [],
        },
        "other": {
            "intro": "That is outside what this assistant covers: it helps with career questions such as resumes, "
            "interviews, offers and finding a mentor.",
            "items": [],
        },
    },
    "mentor_fallbacks": {},
}


@lru_cache(maxsize=4)
def load_resources(path: Path) -> dict[str, Any]:
    """corpus/resources.yaml, checked for every part the replies read (read once per process: restart after an
    edit). A fault raises ConfigurationError naming it; the pipeline then replies with BUILT_IN_RESOURCES."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigurationError(f"cannot read the resource list {path}: {exc}") from exc
    if not isinstance(data, dict) or "crisis" not in data or "out_of_scope" not in data:
        raise ConfigurationError(f"{path} needs the sections 'crisis' and 'out_of_scope'")
    crisis, scoped = data["crisis"], data["out_of_scope"]
    lines = crisis.get("lines") if isinstance(crisis, dict) else None
    if (
        not isinstance(crisis, dict)
        or not isinstance(crisis.get("intro"), str)
        or not isinstance(lines, list)
        or not lines
    ):
        raise ConfigurationError(f"{path}: 'crisis' needs an 'intro' and a list of 'lines'")
    for n, line in enumerate(lines, 1):
        if not (isinstance(line, dict) and all(isinstance(line.get(k), str) for k in ("id", "title", "detail"))):
            raise ConfigurationError(f"{path}: crisis line {n} needs text 'id', 'title' and 'detail'")
        if not isinstance(line.get("locales"), list):
            raise ConfigurationError(f"{path}: crisis line {n} ('{line['id']}') needs a list of 'locales'")
    for section in ("workplace-rights", "other"):
        if not (isinstance(scoped, dict) and isinstance(scoped.get(section), dict) and "intro" in scoped[section]):
            raise ConfigurationError(f"{path}: 'out_of_scope' needs a '{section}' part with an 'intro'")
    return data


def crisis_lines(resources: dict[str, Any], locale: str | None = None) -> list[dict[str, str]]:
    """The crisis lines: the person's locale first, emergency services always."""
    crisis = resources["crisis"]
    lines = [ln for ln in crisis["lines"] if "all" in ln["locales"] or locale in ln["locales"]]
    lines += [ln for ln in crisis["lines"] if ln not in lines]
    return [{"id": ln["id"], "title": ln["title"], "detail": ln["detail"]} for ln in lines]


def _listed(items: list[dict[str, str]]) -> str:
    return "\n".join(f"- **{i['title']}**: {i['detail']}" for i in items)


def crisis_reply(resources: dict[str, Any], locale: str | None = None) -> tuple[str, list[dict[str, str]]]:
    """Fixed crisis text and lines, never generated."""
    items = crisis_lines(resources, locale)
    crisis = resources["crisis"]
    return crisis["intro"] + "\n\n" + _listed(items) + "\n\n" + crisis["outro"], items


def check_in_note(resources: dict[str, Any], locale: str | None = None) -> tuple[str, list[dict[str, str]]]:
    """The short fixed check-in shown above an ordinary answer when the wording is close to a crisis message."""
    items = crisis_lines(resources, locale)
    intro = resources["crisis"].get("check_in") or resources["crisis"]["intro"]
    return intro + "\n\n" + _listed(items) + "\n\n---\n\n", items


def out_of_scope_reply(resources: dict[str, Any], topic: str) -> tuple[str, list[dict[str, str]]]:
    """A short scoped reply and the right kind of help."""
    section = resources["out_of_scope"]["workplace-rights" if topic == "workplace-rights" else "other"]
    items = [{"id": i["id"], "title": i["title"], "detail": i["detail"]} for i in section.get("items", [])]
    text = section["intro"] + ("\n\n" + _listed(items) if items else "")
    return text, items


def courtesy_reply(resources: dict[str, Any], kind: str) -> str:
    """The friendly reply to a greeting or a thank-you: the centre's wording from resources.yaml, else the built-in."""
    own = resources.get("courtesy")
    text = own.get(kind) if isinstance(own, dict) else None
    return text if isinstance(text, str) and text.strip() else COURTESY[kind if kind in COURTESY else "greeting"]


def clarifying_question(triage: Triage) -> str:
    """One clarifying question for the unsure route."""
    closest = max((r for r in CLARIFY), key=lambda r: triage.probabilities.get(r, 0.0))
    return CLARIFY[closest]


def mentor_reply(steps: str = "") -> str:
    """Why a person is better for this, a few cited steps for while they wait, and what happens next."""
    steps = steps or "\n".join(f"{i}. {s}" for i, s in enumerate(WHILE_YOU_WAIT, 1))
    return (
        f"{MENTOR_WHY}\n\nWhile you wait for a mentor:\n{steps}\n\nBelow is a draft referral you can edit; "
        "nothing is stored or sent until you review it, tick the consent box and press send."
    )
