"""Per-session conversation memory and follow-up rewriting (pure rules; an LLM rewrite when one is capable)."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict, deque
from dataclasses import dataclass

from assistant.triage.courtesy import courtesy_kind

_FOLLOW_UP = re.compile(
    r"^(?:and|also|but|what about|how about|what if|same|for|in|with|without|or|then|ok(?:ay)?,? and|"
    r"and if|and for|and what|and how)\b",
    re.IGNORECASE,
)
_PRONOUN_ONLY = re.compile(r"\b(?:it|that|this|those|them|one)\b", re.IGNORECASE)
# A message opening with a preposition ("In an interview, how do I explain a gap?") is a question of its own when it
# asks one with its own subject; "for a remote role?" still leans on the last turn.
_PREPOSITION_START = re.compile(r"^(?:same|for|in|with|without)\b", re.IGNORECASE)
_OWN_QUESTION = re.compile(
    r"\b(?:how|what|when|where|why|which|who|should|can|could|do|does|did|would|will|is|am|are)\s+(?:i|we|you|my|one)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Turn:
    """One earlier question (as understood) and the route it took."""

    question: str
    route: str


def is_follow_up(text: str, history: list[Turn]) -> bool:
    """A short message that leans on the previous turn ("and for a remote role?")."""
    if not history or courtesy_kind(text):
        return False
    words = text.split()
    if _PREPOSITION_START.match(text.strip()) and _OWN_QUESTION.search(text):
        return False
    return len(words) <= 10 and (
        bool(_FOLLOW_UP.match(text.strip())) or (len(words) <= 6 and bool(_PRONOUN_ONLY.search(text)))
    )


def rewrite_follow_up(text: str, history: list[Turn], max_chars: int | None = None) -> str:
    """Merge a follow-up into the last question so retrieval sees a standalone question; a follow-up to a question so
    long that the two together would pass `max_chars` (the question limit) stands alone instead."""
    if not is_follow_up(text, history):
        return text
    base = history[-1].question.rstrip(" ?.!")
    tail = re.sub(r"^(?:ok(?:ay)?,?\s*)?(?:and|also|but|or|then)\s+", "", text.strip(), flags=re.IGNORECASE)
    tail = re.sub(r"^(?:what|how) about\s+", "", tail, flags=re.IGNORECASE).rstrip(" ?.!")
    merged = f"{base}, {tail}?"
    return text if max_chars is not None and len(merged) > max_chars else merged


class SessionMemory:
    """A short window of turns per session id, for a bounded number of sessions (oldest forgotten first)."""

    def __init__(self, turns: int = 4, sessions: int = 10000) -> None:
        self.turns = turns
        self.sessions = sessions
        self._data: OrderedDict[str, deque[Turn]] = OrderedDict()
        self._lock = threading.Lock()

    def history(self, session: str | None) -> list[Turn]:
        """Earlier turns of a session, oldest first."""
        if session is None:
            return []
        with self._lock:
            return list(self._data.get(session, ()))

    def add(self, session: str | None, turn: Turn) -> None:
        """Remember a turn."""
        if session is None or self.turns == 0:
            return
        with self._lock:
            window = self._data.setdefault(session, deque(maxlen=self.turns))
            window.append(turn)
            self._data.move_to_end(session)
            while len(self._data) > self.sessions:
                self._data.popitem(last=False)

    def clear(self, session: str) -> None:
        """Forget a session."""
        with self._lock:
            self._data.pop(session, None)
