"""Other people's suicide or self-harm as the subject of one's work: a nurse's patients, a crisis line's callers.

Nurses, paramedics, crisis-line volunteers, counsellors, moderators and researchers ask career questions in which
"suicide", "self-harm" or "overdose" name the people they serve or the content they handle ("I volunteer on a crisis
line talking with people who are suicidal: how do I list it?"). The single-word crisis pattern flags any such word, so
they would get crisis resources and no answer. A match is read as others' when it is that single word, tied in its
sentence to other people or their content ("callers who are suicidal", "suicide posts", "posts about self-harm", "I
respond to overdoses"), in a message that frames the writer's work, study or volunteering and
says nothing of the writer's own crisis ("myself", "I'm suicidal", "one of them", "tonight", the means, thoughts of
dying). With the opt-in `triage_spare_crisis_words` (off as shipped: blind writers found explicit crisis messages
worded this way) the triage then answers as routed, with the wellbeing check-in shown first, if the crisis reader's
score is also below the check-in threshold.
"""

from __future__ import annotations

import re

from assistant.guard.crisis.past import DYING, PLAN, STILL

# the single crisis words the broad family flags, as a match's whole text
BARE = re.compile(
    r"(?:suicides?|suicidal(?: ideation)?|suicide attempts?|self[- ]?harm(?:ing)?|selfharm|overdoses?|overdosed|"
    r"cutting)"
)
_WORD = r"(?:suicid[\w-]*|self[- ]?harm[\w-]*|selfharm\w*|overdos\w*|cutting)"
_WORDS = _WORD + r"(?:,? (?:and |or |& )?" + _WORD + r")*"
_PEOPLE = (
    r"(?:people|persons|callers|texters|patients|clients|students|pupils|users|kids|children|teens|teenagers|youth|"
    r"young people|adolescents|veterans|vets|customers|inmates|prisoners|residents|members|individuals|families|"
    r"survivors|victims|someone|others|those|men|women|boys|girls|cases)"
)
# a group used as an adjective: "student suicide attempts", "veteran suicide", "campus suicide"
_GROUP = (
    r"(?:student|patient|client|youth|teen|veteran|inmate|prisoner|caller|user|child|adolescent|military|workplace|"
    r"campus|school|community|county|state|national|male|female|rural|farmer)"
)
_CONTENT = (
    r"(?:posts|calls|texts|chats|content|videos|reports|referrals|incidents|queues?|risk|screenings?|assessments?|"
    r"prevention|awareness|postvention|training|hotline|helpline|line|research|thesis|dissertation|stud(?:y|ies)|"
    r"data|dataset|model|classifier|rates|statistics|deaths|clusters?|literature|module|course|workshop|"
    r"protocols?|guidelines|unit|ward|team|program|programme|project|articles?|stories|coverage|reporting|beat|"
    r"watch|intervention|ideation|behaviou?rs?|presentations|admissions|patients|callers|clients|cases|management|"
    r"counsel+ing|services|survivors|first aid|safety plans?|work|sections?|parts?|topics?|units?)"
)
_VERB = (
    r"(?:respond\w*|answer\w*|treat\w*|assess\w*|screen\w*|review\w*|moderat\w*|counsel\w*|train\w*|spot\w*|"
    r"handl\w*|manag\w*|teach\w*|taught|research\w*|stud(?:y|ied|ying|ies)|cover\w*|edit\w*|analy[sz]\w*|"
    r"prevent\w*|flag\w*|detect\w*|predict\w*|deal\w* with|work\w* (?:on|with|in)|specialis\w* in|"
    r"specializ\w* in)"
)
# the crisis word tied to other people or their content: "callers who are suicidal", "suicide posts", "posts about
# self-harm", "I respond to overdoses and suicide attempts"
_TIED = re.compile(
    r"\b(?:"
    + _PEOPLE
    + r" (?:who|that) (?:are |were |have been |had |'ve been |come in |came in |present |presented )?(?:[\w'-]+ ){0,4}"
    + _WORDS
    + r"|"
    + _WORDS
    + r" (?:[\w'-]+ )?"
    + _CONTENT
    + r"|(?:"
    + _CONTENT
    + r"|"
    + _PEOPLE
    + r") (?:about|on|of|with|after|for|involving|related to|around|at risk of|in) (?:[\w'-]+ ){0,2}"
    + _WORDS
    + r"|"
    + _VERB
    + r" (?:to )?(?:[\w'-]+,? ){0,5}"
    + _WORDS
    + r"|"
    + _GROUP
    + r" "
    + _WORDS
    + r"|"
    + _WORDS
    + r" (?:among|amongst|in|by) (?:the |our |my |these |those )?(?:[\w'-]+ )?"
    + _PEOPLE
    + r"|"
    + _PEOPLE
    + r" (?:[\w'-]+ ){0,2}(?:threatening|attempting|considering|contemplating|at risk of|admitted after|admitted for|"
    r"brought in after|referred for|presenting with|presenting after) (?:[\w'-]+ )?" + _WORDS + r")\b"
)
# the writer's work, study or volunteering
_WORK = re.compile(
    r"\b(?:(?:i|we)(?:'ve| have| had)? (?:\w+ )?(?:work\w*|volunteer\w*|respond\w*|answer\w*|treat\w*|assess\w*|"
    r"screen\w*|review\w*|moderat\w*|counsel\w*|support\w*|train\w*|spot\w*|handl\w*|run|ran|lead|led|manag\w*|"
    r"teach\w*|taught|research\w*|stud\w*|built|build\w*|wr[io]te|writ\w*|deal\w*|see|saw|seen|take|took|talk\w*|"
    r"cover\w*|edit\w*|analy[sz]\w*|specialis\w*|specializ\w*|design\w*|develop\w*|coordinat\w*|facilitat\w*)|"
    r"(?:nurse|paramedic|emt|medic|dispatcher|counsel+or|moderator|social worker|psychologist|therapist|clinician|"
    r"researcher|teacher|chaplain|officer|doctor|psychiatrist|pharmacist|coroner|volunteer|phd|student|engineer|"
    r"scientist|journalist|reporter|editor|analyst|epidemiologist|lifeguard|worker|specialist|coordinator|trainer|"
    r"instructor|lecturer|professor|practitioner|psychotherapist|tech|handler|operator)s?|staff|job|role|shift|"
    r"career|resume|cv|resignation|application|interview|promotion|cover letter|linkedin|salary|portfolio)\b"
)
# the writer's own crisis anywhere in the message: then the words are read as theirs
_OWN = re.compile(
    r"\b(?:my ?self|my own|i'?m (?:\w+ )?(?:suicidal|self-harming|self harming)|"
    r"i(?: am| feel| felt| was| have been|'ve been|ve been) (?:\w+ ){0,2}(?:suicidal|self-harming|self harming)|"
    r"i (?:want|wanna|wanted|plan|planned|tried|attempted|might|will|'ll|'m going|am going|'m gonna|am gonna) "
    r"(?:to )?(?:die|end|kill|overdose|od|cut|hurt|jump|hang)|(?:one|some) of them|me too|i'?m the one|my turn|"
    r"i (?:cut|overdosed|self[- ]?harm\w*)|for me\b|my (?:pills|plan|note|stash|blade|razor|rope|attempt|scars)|"
    r"again|tonight|maths|math for|dose for|my suicid\w*|my self[- ]?harm\w*|my overdos\w*|methods?|how to|"
    r"painless|lethal|ways to|like me|like myself|think about (?:it|dying|death|suicide|ending)|"
    # one's own state in the work's own words: "I have active suicidal ideation", "I've set a date", "the means"
    r"i(?: have| got|'ve got| am| feel| felt| was| had| been) (?:[\w'-]+ ){0,3}(?:suicidal|ideation|"
    r"self[- ]?harm\w*|overdos\w*)|" + PLAN + "|" + STILL + "|" + DYING + r")\b"
)


def frames_work(clean: str) -> bool:
    """Whether a normalised message frames the writer's work, study or volunteering and says nothing of their own
    crisis (checked once per message, before any match is looked at)."""
    return _WORK.search(clean) is not None and _OWN.search(clean) is None


def about_others(clean: str, span: tuple[int, int], sentences: list[tuple[int, int]]) -> bool:
    """Whether a match (its span) is a single crisis word tied to other people or their content in its sentence (one
    of `sentences`, the message's sentence spans)."""
    a, b = span
    if not BARE.fullmatch(clean[a:b]):
        return False
    s_begin, s_end = next(((s, e) for s, e in sentences if s <= a < e), (0, len(clean)))
    return any(t.start() <= a - s_begin and b - s_begin <= t.end() for t in _TIED.finditer(clean[s_begin:s_end]))


def others_tables() -> dict[str, object]:
    """What decides others' crisis in one's work, for the patterns' fingerprint."""
    return {
        "bare": BARE.pattern,
        "tied": _TIED.pattern,
        "work": _WORK.pattern,
        "own": _OWN.pattern,
    }
