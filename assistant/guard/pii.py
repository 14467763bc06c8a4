"""Personal data in free text: find and mask e-mail addresses and phone numbers (pure)."""

from __future__ import annotations

import re

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
PHONE = re.compile(r"(?<![\w/])\+?\d[\d ().-]{7,}\d(?![\w/])")


def redact(text: str) -> str:
    """The text with e-mail addresses and phone numbers replaced by placeholders."""
    text = EMAIL.sub("[email removed]", text)
    return PHONE.sub(lambda m: "[phone removed]" if sum(c.isdigit() for c in m.group(0)) >= 8 else m.group(0), text)
