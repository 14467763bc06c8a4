"""Deterministic crisis patterns (typos, disguised spellings and about forty other languages included); never an
LLM."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass

from assistant.guard.crisis.danger import DANGER
from assistant.guard.crisis.disguise import disguise_tables, reveal
from assistant.guard.crisis.other_languages import OTHER_LANGUAGE
from assistant.guard.crisis.others import about_others, frames_work, others_tables
from assistant.guard.crisis.past import is_past, past_events, past_tables, sentence_spans
from assistant.guard.crisis.self_directed import SUICIDE
from assistant.guard.crisis.self_harm import SELF_HARM

# Each pattern names a kind of danger. They are matched on lower-cased text with repeated letters squeezed,
# so "kil myself", "killl myself" and "suicidel" are caught; idioms like "this commute is killing me" are not.
# The order is the order of the search: the first kind that matches names the match.
PATTERNS: dict[str, tuple[str, ...]] = {
    "suicide": SUICIDE,
    "self-harm": SELF_HARM,
    "danger": DANGER,
    "other-language": OTHER_LANGUAGE,
}

# Python's regex engine scans fast for a pattern's first literal letters, but not when the pattern opens with `\b`: a
# pattern that opens with `\b` and plain letters ("\bthe noose ...") is compiled letters first, its word boundary
# checked by a look-behind ("the noose(?<=\bthe noose) ..."), which matches the same text up to ten times faster.
_PLAIN = r"[a-z0-9' -]"
_LEADING_WORD = re.compile(rf"\\b({_PLAIN}{{2,}})")
_QUANTIFIERS = ("?", "*", "+", "{")
_LEADING_CHOICE = re.compile(rf"\\b\(\?:({_PLAIN}+(?:\|{_PLAIN}+)+)\)(?![?*+{{])")


def fast_form(pattern: str) -> str:
    """The same pattern with its leading `\b` and plain letters (or plain alternatives) turned letters first."""
    choice = _LEADING_CHOICE.match(pattern)
    if choice:
        branches = "|".join(rf"{w}(?<=\b{w})" for w in choice.group(1).split("|"))
        return f"(?:{branches})" + pattern[choice.end() :]
    word = _LEADING_WORD.match(pattern)
    if not word:
        return pattern
    letters = word.group(1)
    if pattern.startswith(_QUANTIFIERS, word.end()):  # "\bkil?l": the quantifier owns the last letter
        letters = letters[:-1]
    if len(letters) < 2:
        return pattern
    return rf"{letters}(?<=\b{letters})" + pattern[2 + len(letters) :]


_COMPILED = {kind: [re.compile(fast_form(p)) for p in pats] for kind, pats in PATTERNS.items()}


def patterns_digest() -> str:
    """A short fingerprint of the patterns, the disguises they see through and what reads as a calm past or as others'
    crisis: training fits the crisis thresholds around what they catch."""
    both = {"patterns": PATTERNS, "disguise": disguise_tables(), "past": past_tables(), "others": others_tables()}
    return hashlib.sha256(json.dumps(both, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:12]


@dataclass(frozen=True)
class CrisisMatch:
    """Which kind of danger a pattern found, and the words that matched."""

    kind: str
    text: str


def normalise(text: str) -> str:
    """Lower-case, straighten quotes, squeeze letters repeated three or more times and collapse spaces."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"([a-z])\1{2,}", r"\1\1", text)
    return re.sub(r"\s+", " ", text)


def _search(clean: str) -> CrisisMatch | None:
    """The first crisis pattern in normalised text, or None."""
    for kind, patterns in _COMPILED.items():
        for pattern in patterns:
            match = pattern.search(clean)
            if match:
                return CrisisMatch(kind, match.group(0))
    return None


@dataclass(frozen=True)
class CrisisScan:
    """What the patterns found: a crisis now; or crisis words that tell of none now, each of which gets a check-in: a
    self-directed crisis told calmly as years over (`past`), or other people's suicide or self-harm as the subject of
    the writer's work (`others`)."""

    now: CrisisMatch | None
    past: CrisisMatch | None = None
    others: CrisisMatch | None = None

    @property
    def spared(self) -> CrisisMatch | None:
        """The match the patterns found but did not read as a crisis now, if any."""
        return self.past or self.others


# a calm past or others' crisis is read only in the self-directed kinds: a threat from another person can come back
SELF_DIRECTED = ("suicide", "self-harm")


def _spared(clean: str) -> str | None:
    """Which reading spares every pattern match in normalised text: "past" (a self-directed crisis told calmly as years
    over; it wins when any match is one), "others" (a single crisis word about other people in the writer's work), or
    None."""
    sentences = sentence_spans(clean)
    events = past_events(clean, sentences)
    work = frames_work(clean)
    if not events and not work:
        return None
    past = False
    for kind, patterns in _COMPILED.items():
        for pattern in patterns:
            for match in pattern.finditer(clean):
                if kind not in SELF_DIRECTED:
                    return None
                if events and is_past(match.span(), events):
                    past = True
                elif not (work and about_others(clean, match.span(), sentences)):
                    return None
    return "past" if past else "others"


def scan_crisis(text: str, spare: bool = False) -> CrisisScan:
    """The crisis patterns in the text. With `spare` (the opt-in `triage_spare_crisis_words`) a crisis now is told from
    crisis words that tell of none now (a match in disguised words is always a crisis now); without it, as shipped,
    every match is a crisis now and the readings are not run."""
    clean = normalise(text)
    found = _search(clean)
    if found is None:
        plain = reveal(clean)
        return CrisisScan(_search(plain) if plain != clean else None)
    spared = _spared(clean) if spare and found.kind in SELF_DIRECTED else None
    if spared == "past":
        return CrisisScan(None, past=found)
    if spared == "others":
        return CrisisScan(None, others=found)
    return CrisisScan(found)


def find_crisis(text: str) -> CrisisMatch | None:
    """The first crisis pattern in the text, or in the text with its disguised words made plain ("k1ll mys3lf"), or
    None, as shipped: crisis words told as a calm past or as others' crisis in one's work count too (`scan_crisis(...,
    spare=True)` tells them apart for the opt-in `triage_spare_crisis_words`)."""
    return scan_crisis(text).now
