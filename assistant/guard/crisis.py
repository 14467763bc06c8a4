"""Deterministic crisis patterns (typos and a few other languages included); never an LLM."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Each pattern names a kind of danger. They are matched on lower-cased text with repeated letters squeezed,
# so "kil myself", "killl myself" and "suicidel" are caught; idioms like "this commute is killing me" are not.
_SELF = r"(?:my ?self|myslef|mysefl|mysef|my life)"
PATTERNS: dict[str, tuple[str, ...]] = {
    "suicide": (
        # suicide, suicidal, suicidel, sucide, suiside; not "career suicide", "suicide squad", "suicide prevention"
        r"(?<!career )(?<!social )\bsu+[ie]?[cs]+[iy]d(?:e|al|el|ing)?\b"
        r"(?! (?:squad|prevention|hotline|awareness|line)\b)",
        r"\bkill?(?:ing)? " + _SELF,
        r"\b(?:hang|hanging|shoot|shooting|drown|drowning|poison|poisoning|stab|stabbing|suffocate|starve|starving)"
        r" " + _SELF + r"\b",
        r"\bun-?aliv(?:e|ing)\b",
        r"\bslit (?:my )?wrists?\b",
        r"\boverdos(?:e|ed|ing)\b(?![- ](?:risk|prevention|awareness|training|kits?|reversal|counsel)\w*)",
        r"\b(?:i'?m|i am|i) (?:just )?(?:want|wanna|going|gonna|plan|planning|ready|trying) to die\b"
        r"(?! (?:of|from|laughing|if|when|before)\b)",
        r"\bdie (?:tonight|today|this week|soon)\b",
        r"\b(?:end|take) my own life\b",
        r"\btake (?:all )?(?:of )?(?:my|the|these) (?:pills|meds|tablets)\b(?! (?:to work|with food|in the morning)\b)",
        r"\bdon'?t (?:want|wanna) to be here anymore\b",
        r"\bkms\b",
        r"\bend(?:ing)? (?:it all|it tonight|it this weekend|my life|things for good|everything)\b",
        r"\b(?:night|day|weekend|week) (?:i|to) end it\b",
        r"\bthink(?:ing|in)? (?:about|bout|of) ending (?:it|things|my life)\b",
        r"\b(?:if i|i) (?:just )?(?:wasn'?t|weren'?t|was not|were not) (?:here|alive) anymore\b",
        r"\breason to keep going\b",
        r"\bcrashing my car\b",
        r"\btake my (?:own )?life\b",
        r"\b(?:want|wanna|going|plan|planning|ready) to (?:die|be dead|not wake up|not be here)\b"
        r"(?! (?:of|from|laughing|if|when|before|waiting)\b)",
        r"\bways to die\b",
        r"\bhow (?:i(?:'d| would) do it|to do it painlessly)\b",
        r"\b(?:wish|hope) (?:i was|i were|i could be|i'd be|i) (?:dead|just don'?t wake up|never wake up)\b",
        r"\b(?:rather|prefer to) be dead\b",
        r"\bbetter off (?:dead|without me|w/?o me|if i (?:stopped existing|was gone|were gone|wasn'?t here))\b",
        r"\bstopped existing\b",
        r"\b(?:no|not any|don'?t see (?:a|any|the)) (?:reason|point) (?:to|in|of) (?:live|living|go on|going on|"
        r"keep going|being alive|being here)\b",
        r"\bdon'?t (?:want|wanna) to (?:live|be alive|exist)(?: anymore)?\b",
        r"\bdon'?t (?:want|wanna) to wake up(?! (?:and|to|every|at|early|dreading)\b)\b",
        r"\bcan'?t (?:go on|keep living)(?! (?:like|on|paycheck|with)\b)\b",
        r"\b(?:overdose|od) on\b",
        r"\b(?:pills|bottle of (?:sleeping )?pills) (?:are )?(?:lined up|in front of me|next to me)\b",
        r"\bstaring at (?:the|a) bottle of\b",
        r"\bstockpiling (?:meds|pills|medication)\b",
        r"\bjump(?:ing)? (?:off|from) (?:a|the|my) (?:bridge|roof|rooftop|building|balcony|parking garage|car park|"
        r"multi-?stor(?:e)?y|overpass|cliff|tower|window)\b(?! than\b)",  # "rather jump off a cliff than": idiom
        r"\b(?:pills|tablets|meds) (?:saved|stashed|stored) up\b",
        r"\b(?:pistol|gun|rifle|shotgun) (?:in my lap|to my head|in my mouth)\b",
        r"\bhow high the bridge\b",
        r"\b(?:standing|sitting|stood) (?:on|at) (?:the|a) (?:edge of (?:the|a) )?(?:bridge|ledge|roof|rooftop|cliff|"
        r"platform edge|railing)\b",
        r"\bstep(?:ping)? in front of (?:a|the) (?:train|bus|truck)\b",
        r"\b(?:wrote|written|writing) (?:a|my) (?:suicide |goodbye )?note\b",
        r"\bgoodbye (?:letters?|notes?)\b",
        r"\bgiving (?:away )?my (?:things|stuff|belongings|tools) away\b",
        r"\bgiv(?:e|ing|en)? away my (?:things|stuff|belongings)\b",
        r"\bdisappear (?:forever|for good)\b",
        r"\b(?:won'?t|not) be (?:around|here) (?:much longer|anymore|next (?:month|week))\b",
        r"\bmade plans to (?:die|end)\b",
        r"\bwon'?t (?:be )?need(?:ing)? (?:it|them|this|these|my \w+)(?: much)? (?:longer|anymore|where i'?m going)\b",
        r"\b(?:better|do better) with the (?:life )?insurance\b",
        r"\bdecided (?:this|tonight|today|tomorrow)\w* (?:weekend |week |night )?is (?:it|the day|the night)\b",
        r"\b(?:sleep|go to sleep) (?:forever|and (?:never|not) wake up)\b",
        # passive wishes not to wake or to exist, and feeling a burden: recognised warning signs of suicide risk
        r"\bstay asleep (?:forever|for good)\b",
        r"\b(?:sleep|go to sleep) and (?:just )?(?:never|not) wake up\b",
        r"\btired of (?:existing|being alive)\b",
        r"\b(?:the world|everyone|everybody|my family) (?:would|will) (?:be|run|go on) (?:\w+ )?"
        r"(?:better|smoother|easier|happier|fine) (?:without|minus|w/?o) me\b",
        r"\bi'?m (?:just )?taking up space\b",
        r"\b(?:a|such a|just a) (?:burden|weight) (?:to|for|on) "
        r"(?:everyone|everybody|my family|them all|all of them)\b",
        r"\b(?:i'?m|i am|i'?ve become|feel like) (?:just )?a burden\b"
        r"(?! to (?:my|the|our) (?:mentor|manager|boss|team|colleagues|coworkers|recruiter|referees?)\b)",
        r"\bwant to disappear(?: forever| for good| and never| completely|\s*[.!]|\s*$)",
        r"\benough (?:\w+ ){0,4}to end it\b",
        r"\bknife (?:against|to) my (?:wrist|throat)\b",
        r"\b(?:my|the) service weapon\b.*\busing it\b",
    ),
    "self-harm": (
        r"\b(?:cut|cutting|hurt|hurting|harm|harming|burn|burning) (?:my ?self|yourself|myslef)\b"
        r"(?! (?:at work|on the job|lifting)\b)",
        r"\bself[- ]?harm",
    ),
    "danger": (
        r"\b(?:threaten(?:ed|ing|s)? to|going to|said (?:he|she|they)(?:'d| would| will)"
        r"|says (?:he|she|they)(?:'ll| will)"
        r"|(?:he|she|they)(?:'ll| will)(?: really)?|hed|he'd|she'd) (?:kill|hurt|beat|shoot|stab|rape) me\b",
        r"\b(?:hits|hit|beats|beat|chokes|choked|strangled|shoved) me\b",
        r"\b(?:afraid|scared|terrified) (?:for my life|of (?:him|her) hurting me)\b",
        r"\bnot safe (?:at home|to go home|in my (?:home|house))\b",
        r"\b(?:abusive|violent) (?:partner|husband|wife|boyfriend|girlfriend|ex)\b",
        r"\b(?:has|had|brought) a (?:gun|knife|weapon)\b.*\b(?:me|us|shoot)\b",
        r"\bhiding (?:in|from)\b.*\b(?:right now|he|she)\b",
        r"\bfollowed me home\b",
        r"\b(?:he|she|they) knows? where i live\b",
        r"\b(?:don'?t|do not|no longer) feel safe\b",
        r"\b(?:scared|afraid|terrified) to (?:leave the building|go home|go to work|leave work|go back to work)\b",
        r"\b(?:holds?|took|taken|keeps?) my passport\b",
        r"\b(?:he|she|they)(?:'ll| will) (?:find|get|hurt) me\b",
        r"\b(?:showed|shows|pulled) me a (?:knife|gun|weapon)\b",
        r"\b(?:threaten(?:s|ed|ing)?|came at|comes at) me with a (?:knife|gun|weapon|bat|hammer)\b",
        r"\bbring(?:ing)? a (?:gun|weapon|knife) (?:to|into) (?:work|school|the office|the site)\b",
        r"\b(?:i'?d|i had) better (?:stay|keep) quiet\b",
    ),
    "other-language": (
        r"\b(?:quiero|voy a) (?:morir|matarme|suicidarme)\b",
        r"\bme quiero (?:morir|matar)\b",
        r"\bje veux (?:mourir|me tuer)\b",
        r"\bich will (?:sterben|mich umbringen)\b",
        r"\bquero (?:morrer|me matar)\b",
    ),
}

_COMPILED = {kind: [re.compile(p) for p in pats] for kind, pats in PATTERNS.items()}


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


def find_crisis(text: str) -> CrisisMatch | None:
    """The first crisis pattern in the text, or None."""
    clean = normalise(text)
    for kind, patterns in _COMPILED.items():
        for pattern in patterns:
            match = pattern.search(clean)
            if match:
                return CrisisMatch(kind, match.group(0))
    return None
