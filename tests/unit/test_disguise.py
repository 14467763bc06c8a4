"""Disguised crisis words made plain for the crisis patterns, ordinary text left exactly as written, and the patterns
compiled letters first with the same matches."""

import json
import re
from pathlib import Path

import pytest

from assistant.guard.crisis import PATTERNS, fast_form, find_crisis, normalise
from assistant.guard.crisis.disguise import reveal


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("gonna k1ll mys3lf", "gonna kill myself"),
        ("thinking about s*icide again", "thinking about suicide again"),
        ("i c*t myself", "i cut myself"),
        ("s u i c i d a l all week", "suicidal all week"),
        ("c.u.t myself", "cut myself"),
        ("self-h@rm", "self-harm"),
        ("want to d!e.", "want to die."),
        ("the n0te is written", "the note is written"),
        ("ѕuісіdе", "suicide"),  # Cyrillic letters that look Latin
        ("𝕜𝕚𝕝𝕝 𝕞𝕪𝕤𝕖𝕝𝕗", "kill myself"),  # a fancy font
        ("take all the 💊 tonight", "take all the pills tonight"),
        ("the 🪢 is ready", "the rope is ready"),
        ("relapsed on s/h", "relapsed on self-harm"),
        ("been s/h-ing", "been self-harming"),
        ("sh'd again", "self-harmed again"),
        # words run together, as typed on a phone in a hurry (session 28)
        ("triedtotakemyownlifelastweek", "tried to take my own life last week"),
        ("mybosshitmeandlockedmeinthekitchen", "my boss hit me and locked me in the kitchen"),
    ],
)
def test_disguised_words_are_made_plain(written, plain):
    assert reveal(normalise(written)) == plain


@pytest.mark.parametrize(
    "text",
    [
        "finished 1st in my cohort with a 4.0 and a 401k match",
        "honestly f*ck this job market",
        "the s/h fees on my order",
        "price plus s/h is listed",
        "the s.u.n.y. fair and a b c",
        "i'm dead 💀 the recruiter replied",
        "our internationalization team",  # a long word is split only to look for crisis words: none here
        "a short runtogether word",
    ],
)
def test_ordinary_text_is_left_as_written(text):
    assert reveal(normalise(text)) == normalise(text)


@pytest.mark.parametrize(
    "text",
    [
        "got fired today. gonna k*ll mys3lf tonight",
        "s u i c i d a l again, should I still go to the fair?",
        "I want to 𝕖𝕟𝕕 𝕞𝕪 𝕝𝕚𝕗𝕖 if the visa is refused",
        "he said in the team chat he's bringing a 🔫 to work monday",
        "i c*t myself in the office bathroom",
        "ihavedecidedtoendmylifeaftermyfinalshift",
    ],
)
def test_disguised_crisis_messages_are_caught(text):
    assert find_crisis(text) is not None


def test_a_moderators_glossary_is_not_a_crisis():
    text = "I maintained our algospeak glossary (e.g., unalive, sewer slide, grape) and hid 'kys' replies."
    assert find_crisis(text) is None


@pytest.mark.parametrize(
    ("source", "fast"),
    [
        (r"\bthe noose(?:'s| is) tied\b", r"the noose(?<=\bthe noose)(?:'s| is) tied\b"),
        (r"\bkill?(?:ing)? me", r"kil(?<=\bkil)l?(?:ing)? me"),  # the "?" keeps its letter
        (r"\b(?:exit|departure) from", r"(?:exit(?<=\bexit)|departure(?<=\bdeparture)) from"),
        (r"\b(?:a|an)? note", r"\b(?:a|an)? note"),  # an optional group has no first letters to scan for
        (r"\bsu+icide", r"\bsu+icide"),  # one letter is not worth it
        (r"(?<!career )\bsuicide", r"(?<!career )\bsuicide"),
    ],
)
def test_patterns_are_compiled_letters_first_where_they_can_be(source, fast):
    assert fast_form(source) == fast


def test_every_pattern_matches_the_same_text_compiled_letters_first():
    fixtures = Path(__file__).parents[1] / "fixtures" / "crisis_patterns"
    lines = [
        line for name in ("explicit.jsonl", "lookalikes.jsonl") for line in (fixtures / name).open(encoding="utf-8")
    ]
    texts = [normalise(json.loads(line)["question"]) for line in lines[::7]]
    for pattern in (p for patterns in PATTERNS.values() for p in patterns):
        source, fast = re.compile(pattern), re.compile(fast_form(pattern))
        for text in texts:
            a, b = source.search(text), fast.search(text)
            assert (a and a.span()) == (b and b.span()), (pattern, text)
