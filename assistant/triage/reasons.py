"""Readable reasons for a route, tied to the seed's dimensions (pure)."""

from __future__ import annotations

from assistant.triage.features import cue_names

ROUTE_LABEL = {
    "micro": "a quick, specific question",
    "mentor": "a long-term question for a person",
    "out_of_scope": "outside what this assistant covers",
}

# A wellbeing check-in answers as routed with the crisis lines first; saying so in the reasons carries it to every
# consumer of the triage (`/route`, the JSON-lines CLI), whose keys DESIGN.md fixes.
CLOSE_TO_CRISIS = "some of the wording is close to messages from people in crisis"
CHECK_IN_REASON = f"{CLOSE_TO_CRISIS}, so the crisis lines come first"
COURTESY_REASON = "a greeting or a thank-you, not a question: nothing to route"

# Per decided route: the reason each cue group gives (in order), and the reason when no cue is present.
CUE_REASONS: dict[str, tuple[tuple[tuple[str, str], ...], str]] = {
    "micro": (
        (
            ("now", "needs something done soon: the time horizon is now or this week"),
            ("artifact", "asks about one concrete piece of work, such as a message, answer or document"),
        ),
        "a specific, focused question that practical guidance can answer now",
    ),
    "mentor": (
        (
            ("direction", "weighs a change of direction, which is personal and plays out over time"),
            ("horizon", "looks months or years ahead: that is long-term development, not a quick fix"),
        ),
        "about overall career development, which a long-term mentor helps with over time",
    ),
}


def reasons_for(
    route: str,
    because: str,
    text: str,
    confidence: float,
    topic: str,
    runner_up: str | None,
    focused: bool,
    check_in: bool = False,
) -> list[str]:
    """One to three short reasons a person can read; a wellbeing check-in's comes first."""
    if route == "crisis":
        return ["mentions thoughts of self-harm, suicide or being in danger: your safety comes first"]
    reasons = _route_reasons(route, because, text, confidence, topic, runner_up, focused)
    return ([CHECK_IN_REASON, *reasons] if check_in else reasons)[:3]


def _route_reasons(
    route: str, because: str, text: str, confidence: float, topic: str, runner_up: str | None, focused: bool
) -> list[str]:
    """The reasons for a route other than crisis, most telling first."""
    cues = cue_names(text)
    out: list[str] = []
    if because == "courtesy":
        return [COURTESY_REASON]
    if because == "not-english":
        return [
            "the question seems not to be in English, which this assistant reads best",
            "one short question in English will let us route it properly",
        ]
    if route == "unsure":
        pair = f"{ROUTE_LABEL.get(runner_up or '', 'another kind')}"
        out.append(f"could be a quick question or something deeper (closest: {pair})")
        out.append("one clarifying question will get you to the right help")
    elif route in CUE_REASONS:
        cue_reasons, fallback = CUE_REASONS[route]
        out.extend(reason for cue, reason in cue_reasons if cue in cues)
        if not out:
            out.append(fallback)
    elif route == "out_of_scope":
        if "legal" in cues or topic == "workplace-rights":
            out.append(
                "a workplace-rights, legal, benefits or immigration matter: the right help is HR, a union, "
                "a labour office or legal aid"
            )
        elif "career" not in cues:
            out.append("not a career question")
        else:
            out.append("outside what career guidance can responsibly answer")
    out.append(
        f"matches {ROUTE_LABEL.get(route, route)} with confidence {confidence:.0%}"
        if route != "unsure"
        else f"confidence only {confidence:.0%}"
    )
    if focused:
        out.append("long message: read with most weight on the title and the sentences that ask something")
    return out
