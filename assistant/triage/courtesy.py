"""Greetings and thank-yous, told apart from questions by a closed word list (pure)."""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    """A word list written as one string."""
    return frozenset(text.split())


# A message is a courtesy only when every word is on these lists, so anything with a story, a question or a dark word
# in it ("thanks for everything", "goodbye", "I can't do this") is triaged as usual. Farewells are left out on purpose:
# a goodbye can be a warning sign, and the crisis score must read it.
GREETING_WORDS = _words("hi hello hey hiya heya howdy greetings morning afternoon evening")
THANKS_WORDS = _words(
    "thanks thank thx ty tysm cheers appreciate appreciated ok okay great perfect cool nice awesome "
    "brilliant lovely super amazing excellent wonderful fantastic understood noted"
)
FILLER_WORDS = _words(
    "you so much very a lot lots that this it was is has been really got good day there all your the for "
    "help helped helps helpful advice tips answer answers info information again oh ah wow many kind of "
    "thats its"
)
MAX_WORDS = 12


def courtesy_kind(text: str) -> str | None:
    """`greeting` or `thanks` when the message is only a greeting, a thank-you or an acknowledgement, else None."""
    words = re.findall(r"[a-z]+", re.sub("['\u2019]", "", text.lower()))
    if not words or len(words) > MAX_WORDS:
        return None
    if re.search(r"[?0-9]", text) or any(w not in GREETING_WORDS | THANKS_WORDS | FILLER_WORDS for w in words):
        return None
    if any(w in THANKS_WORDS for w in words):
        return "thanks"
    return "greeting" if any(w in GREETING_WORDS for w in words) else None
