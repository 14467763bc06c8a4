"""Personal data in free text: find and mask e-mail addresses, phone numbers, street addresses and ID numbers (pure)."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
PHONE = re.compile(r"(?<![\w/(])(?:\+|\(\+?)?\d[\d ().-]{7,}\d(?![\w/])")
_STREET_WORDS = (
    r"street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|court|ct|place|pl|terrace|close|crescent|"
    r"square|sq|highway|hwy|parkway|pkwy|strasse|straße|calle"
)
# The street's name must be capitalised ("12 Baker Street"), so "2 offers via LinkedIn" or "5 tips to find my way" stay;
# the street word and the flat may be written in any case.
STREET = re.compile(
    rf"\b\d{{1,5}}[A-Za-z]?,?\s+(?:[A-Z][\w'-]*\s+){{1,4}}(?i:{_STREET_WORDS})\b\.?"
    r"(?:,?\s*(?i:apt|flat|unit|suite)\.?\s*\w+)?"
)
ID_NUMBERS = [
    re.compile(r"\b\d{3}-\d{2}-\d{4}\b"),  # US social security number
    re.compile(r"\b[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b"),  # UK national insurance number
    re.compile(r"\b(?:\d{4}[ -]?){3}\d{1,7}\b"),  # payment card numbers
    re.compile(
        r"\b(?:passport|national id|id card|driver'?s licen[cs]e|licen[cs]e|student id|ssn|sin|tax id|iban)\b"
        r"(?:\s*(?:no\.?|number|#|is))?\s*[:#]?\s*(?=[A-Z -]*\d)[A-Z0-9][A-Z0-9 -]{4,30}[A-Z0-9]\b",
        re.I,
    ),
]


def only_years(text: str) -> bool:
    """True for runs of digits that are years and small numbers ("2015-2020 (5", "2018 2019 2020 2021"): a career
    history, not a phone or card number."""
    groups = re.findall(r"\d+", text)
    years = [g for g in groups if len(g) == 4 and g[:2] in ("19", "20")]
    return bool(years) and all(g in years or len(g) <= 2 for g in groups)


def _masked(placeholder: str, min_digits: int = 0) -> Callable[[re.Match[str]], str]:
    """A substitution that masks a match unless it is only years, or has fewer than `min_digits` digits."""

    def sub(m: re.Match[str]) -> str:
        found = m.group(0)
        if only_years(found) or sum(c.isdigit() for c in found) < min_digits:
            return found
        return placeholder

    return sub


def redact(text: str) -> str:
    """The text with e-mail addresses, ID numbers, phone numbers and street addresses replaced by placeholders."""
    text = EMAIL.sub("[email removed]", text)
    for pattern in ID_NUMBERS:
        text = pattern.sub(_masked("[id number removed]"), text)
    text = STREET.sub("[address removed]", text)
    return PHONE.sub(_masked("[phone removed]", min_digits=8), text)


def install_log_redaction() -> None:
    """Mask personal data in every log record created from now on, whichever handler writes it."""
    current = logging.getLogRecordFactory()
    if getattr(current, "redacting", False):
        return

    def factory(*args: object, **kwargs: object) -> logging.LogRecord:
        record = current(*args, **kwargs)
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # arguments that do not fit the message: never raise into the caller
            message = f"{record.msg} [log arguments dropped: they did not fit the message]"
        record.msg = redact(message)
        record.args = None
        return record

    factory.redacting = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)
