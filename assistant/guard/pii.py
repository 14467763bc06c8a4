"""Personal data in free text: find and mask e-mail addresses, phone numbers, street addresses and ID numbers (pure)."""

from __future__ import annotations

import logging
import re

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
PHONE = re.compile(r"(?<![\w/])\+?\d[\d ().-]{7,}\d(?![\w/])")
_STREET_WORDS = (
    r"street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|court|ct|place|pl|terrace|close|crescent|"
    r"square|sq|highway|hwy|parkway|pkwy|strasse|straße|rue|calle|via"
)
STREET = re.compile(
    rf"\b\d{{1,5}}[a-z]?,?\s+(?:[A-Z][\w'-]*\s+){{1,4}}(?:{_STREET_WORDS})\b\.?(?:,?\s*(?:apt|flat|unit|suite)\.?\s*\w+)?",
    re.I,
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


def redact(text: str) -> str:
    """The text with e-mail addresses, ID numbers, phone numbers and street addresses replaced by placeholders."""
    text = EMAIL.sub("[email removed]", text)
    for pattern in ID_NUMBERS:
        text = pattern.sub("[id number removed]", text)
    text = STREET.sub("[address removed]", text)
    return PHONE.sub(lambda m: "[phone removed]" if sum(c.isdigit() for c in m.group(0)) >= 8 else m.group(0), text)


def install_log_redaction() -> None:
    """Mask personal data in every log record created from now on, whichever handler writes it."""
    current = logging.getLogRecordFactory()
    if getattr(current, "redacting", False):
        return

    def factory(*args: object, **kwargs: object) -> logging.LogRecord:
        record = current(*args, **kwargs)
        record.msg = redact(record.getMessage())
        record.args = None
        return record

    factory.redacting = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)
