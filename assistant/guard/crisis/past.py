"""Telling a past crisis calmly: sentences that place a suicide attempt, self-harm or an overdose years back.

Job seekers often ask how to explain a gap, a disclosure form or a scar left by a crisis long over ("I attempted
suicide in college back in 2012. I'm doing well now. How do I explain the gap?"). Sent to the crisis route, such a
person gets crisis resources and no answer. With the opt-in `triage_spare_crisis_words` (off as shipped: blind writers
found explicit crisis messages told this way) the triage answers them instead, always with the wellbeing check-in and
the crisis lines shown first, and only if the crisis reader's score is also below the check-in threshold. A message is
read as told in the past only when every pattern match holds such an event (an attempt, self-harm, an overdose, a stay
in hospital) with a time two or more years back near it, in a sentence that speaks of no present intent, and nothing
in the whole message points to now or to the means ("again", "lately", "the thoughts are back", "pills"); anything
else stays a crisis.
"""

from __future__ import annotations

import datetime
import re

# numbers of years of two or more, in figures or words
_YEARS_N = (
    r"(?:[2-9]|[1-9]\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|a few|a couple(?: of)?|couple of|several|many|so many|some)"
)
# a time two or more years back, or a stage of life long over
DISTANT = re.compile(
    r"\b(?:" + _YEARS_N + r"\+? (?:years?|yrs?|decades?) ago|(?:years|decades|a decade|a long time|long) ago"
    r"|(?:it'?s|it has|its|that was) been (?:about |over |almost |nearly |more than |well over )?"
    + _YEARS_N
    + r"\+? (?:years|yrs)"
    r"|" + _YEARS_N + r"\+? (?:years|yrs) (?:clean|sober|well|free|recovered|in recovery|stable|healthy)"
    r"|as an? (?:teen|teenager|kid|child|young teen|young (?:man|woman|adult)|undergrad)"
    r"|in my (?:early |mid |late |mid-)?(?:teens|twenties|20s|teenage years|youth)"
    r"|when i was (?:1\d|a teen\w*|a kid|a child|younger|in (?:high school|college|school|uni|university))"
    r"|back in (?:college|school|high school|uni|university|the day)|(?:years|long) behind me"
    r")\b"
)
# a year named as the time of an event ("in 2012", "back in 2014", "(2011)"): distant when two or more years back
_YEAR = re.compile(r"\b(?:in|back in|around|circa|of|during|early|late|mid) ((?:19|20)\d\d)\b|\(((?:19|20)\d\d)\)")
# the past event itself, which a pattern's match must contain: the distant time must sit near it
_EVENT = re.compile(
    r"\b(?:suicide attempts?|attempted suicide|attempt(?:s|ed)?|overdos\w*|self[- ]?harm\w*|cut(?:ting)? (?:myself|my)|"
    r"tried to (?:kill|end|take)|suicidal|hospitali[sz]\w*|sectioned|od'?d)\b"
)
_NEAR = 60  # characters between the distant time and the event
# present intent or feeling inside the sentence itself, or a month with no year: such a sentence is not a calm past
_PRESENT_HERE = re.compile(
    r"\b(?:(?:i'?m|i am|am)(?! \d)|want|wanna|going to|gonna|will|i'll|plan|planning|thinking|think about|feel|"
    r"feeling|can'?t|cannot|january|february|march|april|june|july|august|september|october|november|december)\b"
)
# thoughts of dying or of finishing it, the means at hand, and a life that hangs on something: words of a crisis now
DYING = (
    r"keeps? thinking|thinking (?:about|of)|should(?:n'?t)? have|finish\w*|wish|tempt\w*|urges?|no point|"
    r"(?:what|whats|what'?s) the point|can'?t go on|give up|giving up|hopeless|worthless|burden|nothing left|"
    r"forever|disappear|better off|goodbye|blades?|razors?|rope|noose|pills|tablets|guns?|firearm|stash\w*|"
    r"stockpil\w*|kept (?:it|them)|keep (?:it|them|an?)|when it gets bad|just in case|no reason|reasons? to|"
    r"all i have|if i (?:lose|don'?t|can'?t)|collaps\w*|falling apart|drinking|scared of myself|want to die|"
    r"wanna die|end it|can'?t stop"
)
# a plan made, the means ready or a relapse: a crisis now, however calm or work-like the rest of the message
PLAN = (
    r"the means|(?:set|picked|chosen|chose) (?:a|the) date|with intent|intent and|(?:have|made|got) a plan|"
    r"(?:everything|it all) (?:is |'s )?(?:ready|sorted|planned|in place|lined up)|"
    r"i(?:'ve| have| had)? (?:just )?relaps\w*"
)
# words that a crisis told as past is with us now (R31-4, from a blind writer's messages): another attempt planned,
# going back to an act, a past denied, an end coming, a recent day, acts of self-harm on the body, a spiral
STILL = (
    r"another (?:attempt|try|go)|(?:the|a|my) (?:second|next) (?:attempt|one|try|time)|"
    r"plan(?:s|ning|ned)? (?:another|a second|the second|the next|one more|it)|one more (?:attempt|try)|"
    r"(?:gone|went|going|go|slipped|slipping|fallen|fell|falling|sliding|slid) back (?:to|into|in)|"
    r"not (?:(?:entirely|really|completely|fully|quite|totally|all that|as) )?(?:past|over|behind me|gone|done with)|"
    r"never (?:really |fully |completely |truly )?(?:ended|over|left|stopped)|"
    r"over soon|(?:won'?t|not|never) be (?:around|here|alive)|won'?t need|(?:won'?t|not|never) make it|"
    r"(?:on|last|since) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"this (?:morning|afternoon|evening)|the other (?:day|night)|"
    r"(?:burn|burned|burnt|burning|scratch|scratched|scratching|hit|hitting|punch|punched|punching|scald\w*|bit|"
    r"biting) (?:myself|my (?:wrists?|arms?|legs?|thighs?|skin|stomach|hands?))|wrists?|"
    r"spiral\w*|stopped eating|not eating|can'?t cope|cannot cope|can'?t take (?:it|this|much more)|"
    # R31-6: a crisis said to be back, fresh marks
    r"(?:it'?s|it is|it has been|its|they'?re|they are|the urges? (?:is|are)) back|back since|"
    r"(?:fresh|new|recent) (?:cuts?|scars?|marks?|burns?|wounds?|scratch\w*)|scratches"
)
# anything in the whole message that points to now or to a recent time: the past is then read as part of a crisis
_NOW = re.compile(
    r"\b(?:again|lately|these days|this (?:week|month|year|time)|tonight|today|yesterday|right now|right back|"
    r"at the moment|currently|recently|still|anymore|any more|(?:last|past) year|"
    r"(?:last|past) (?:few |couple (?:of )?|two |three )?(?:nights?|days?|weeks?|weekends?|fortnight|months?)|"
    r"(?:days|weeks|months|a (?:week|month|year)) ago|(?:coming|came|come|creeping|crept) back|back again|"
    r"back in that place|returned|returning|relaps\w*|same (?:thoughts|feelings|place|way|urges?)|"
    r"(?:the )?(?:thoughts|urges?) (?:are|have been|keep)|"
    r"(?:has|have|hasn'?t|haven'?t|never|not) (?:really )?changed|never (?:really )?(?:went|goes|gone) away|"
    r"on and off|every day|(?:all|whole) my life|my whole life|(?:never|haven'?t|hasn'?t) stopped|"
    + STILL
    + "|"
    + PLAN
    + "|"
    + DYING
    + r")\b"
    r"|(?<!\bfine )(?<!\bwell )(?<!\bsafe )(?<!\bokay )(?<!\bok )(?<!\bgood )(?<!\bgreat )(?<!\bbetter )"
    r"(?<!\bstable )(?<!\bhealthy )(?<!\bclean )(?<!\bsober )(?<!\bhappy )(?<!\bthriving )(?<!behind me )(?<!\d )"
    r"\bnow\b"
    r"(?! (?:an?|i'?m|i am|working|studying|in my|at an?|at the|\d+)\b)"
)
SENTENCE = re.compile(r"(?<=[.!?;])\s+")


def _times(sentence: str, this_year: int) -> list[int]:
    """Where the sentence names a time two or more years back (start offsets)."""
    found = [m.start() for m in DISTANT.finditer(sentence)]
    for m in _YEAR.finditer(sentence):
        if int(m.group(1) or m.group(2)) <= this_year - 2:
            found.append(m.start())
    return found


def _past_events(sentence: str, this_year: int) -> list[tuple[int, int]]:
    """The events the sentence tells two or more years back, each with the time near it (none if it speaks of the
    present)."""
    if _PRESENT_HERE.search(sentence):
        return []
    times = _times(sentence, this_year)
    return [e.span() for e in _EVENT.finditer(sentence) if any(abs(e.start() - t) <= _NEAR for t in times)]


def sentence_spans(clean: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of a normalised message."""
    spans, start = [], 0
    for gap in SENTENCE.finditer(clean):
        spans.append((start, gap.start()))
        start = gap.end()
    spans.append((start, len(clean)))
    return spans


def past_events(clean: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """Where a normalised message (split into `sentences`) tells events years over: (event start, event end, sentence
    start, sentence end) for each, or none when anything in the message points to now."""
    if _NOW.search(clean):
        return []
    this_year = datetime.date.today().year
    return [
        (start + a, start + b, start, end)
        for start, end in sentences
        for a, b in _past_events(clean[start:end], this_year)
    ]


def is_past(span: tuple[int, int], events: list[tuple[int, int, int, int]]) -> bool:
    """Whether a pattern's match (its span) contains part of an event told as past and stays inside its sentence."""
    a, b = span
    return any(a < e_end and e_start < b and s_start <= a and b <= s_end for e_start, e_end, s_start, s_end in events)


def past_tables() -> dict[str, object]:
    """What decides a calm past, for the patterns' fingerprint (a change retrains the cached triage model)."""
    return {
        "distant": DISTANT.pattern,
        "year": _YEAR.pattern,
        "event": _EVENT.pattern,
        "near": _NEAR,
        "present": _PRESENT_HERE.pattern,
        "now": _NOW.pattern,
        "sentence": SENTENCE.pattern,
    }
