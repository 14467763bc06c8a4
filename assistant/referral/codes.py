"""Referral reference codes: made up of characters that are easy to read aloud, and normalised when typed."""

from __future__ import annotations

import secrets

from assistant.errors import InputError

CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_code() -> str:
    """A reference code like MR-7K3F-Q9PD: easy to read aloud, no 0/O or 1/I/L."""
    chars = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
    return f"MR-{chars[:4]}-{chars[4:]}"


def normalise_code(code: str) -> str:
    """The canonical form of a typed reference code; an InputError if it cannot be one."""
    raw = "".join(c for c in str(code).upper() if c.isalnum())
    raw = raw[2:] if raw.startswith("MR") else raw
    if len(raw) != 8 or any(c not in CODE_ALPHABET for c in raw):
        raise InputError(f"'{code}' is not a reference code. It looks like MR-7K3F-Q9PD.")
    return f"MR-{raw[:4]}-{raw[4:]}"
