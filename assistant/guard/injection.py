"""Prompt-injection defences: fence untrusted text, spot instructions aimed at an AI, catch prompt leaks (pure)."""

from __future__ import annotations

import re
import secrets
import unicodedata
from functools import lru_cache

ZERO_WIDTH = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u00ad]")
HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
FENCE_TAGS = ("question", "passages", "conversation", "system", "instructions")
_TAG = re.compile(r"<\s*/?\s*(?:" + "|".join(FENCE_TAGS) + r")\s*>|<\|im_(?:start|end)\|>|\[/?INST\]", re.I)
_AIMED = r"(?:ai|a\.i\.|language model|llm|chat ?bot|chatgpt|assistant|model|bot)"
INSTRUCTION_PATTERNS = [
    re.compile(p, re.I | re.M)
    for p in (
        r"\b(?:ignore|disregard|forget|override|bypass|stop following|stop obeying)\b[^.\n]{0,40}"
        r"\b(?:previous|prior|above|earlier|all|your|any)\b"
        r"[^.\n]{0,30}\b(?:instructions?|rules|prompts?|guidelines|directions)\b",
        rf"\b(?:note|message|instructions?|reminder)\s+(?:to|for)\s+(?:the\s+|any\s+)?{_AIMED}\b",
        rf"\b{_AIMED}\s*[,:]\s*(?:from now on|you must|ignore|disregard|always|never|answer only|reply only|"
        r"respond only|tell the (?:user|reader|student)|stop|do not|don't|instead)",
        r"^\s*(?:system|assistant|developer)\s*(?:prompt)?\s*:",
        r"\byou are now\b[^.\n]{0,60}\b(?:ai|assistant|model|bot|mode|unrestricted|free)\b",
        r"\b(?:reply|respond|answer|output)\s+(?:only|just)\s+with\b",
        r"<\|im_start\|>|\[/?INST\]|<\s*/?\s*system\s*>",
        r"\bnew\s+(?:system\s+)?(?:instructions?|policy|rules)\s*:",
        r"\bfrom now on,?\s+(?:you|the assistant)\s+(?:must|will|should)\b",
        r"\b(?:your|the)\s+(?:real|true|actual|new|updated|hidden|secret)\s+(?:instructions?|rules|orders|task)\b",
        r"\bignore\b[^.\n]{0,40}\b(?:instructions?|rules|prompts?|guidelines|polic(?:y|ies))\b",
    )
]
# In a person's message (not in guidance), a command to emit a code word is an instruction to the assistant.
COMMAND_PATTERNS = [
    re.compile(
        r"(?i:\b(?:reply|respond|answer|say|print|output|repeat|type|write|include|end|start|sign)\b)[^.\n]{0,60}"
        r"\b[A-Z][A-Z0-9]{2,}(?:[- ][A-Z0-9]{2,})+\b"
    ),
]


def new_canary() -> str:
    """A random marker put in the system prompt; seeing it in an output means the prompt leaked."""
    return "CNRY-" + secrets.token_hex(5).upper()


def visible_text(text: str) -> str:
    """Text as a reader sees it: NFKC-normalised, without zero-width characters."""
    return ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", text))


def strip_hidden(text: str) -> str:
    """Remove HTML comments and zero-width characters: content no reader sees has no place in guidance."""
    return ZERO_WIDTH.sub("", HTML_COMMENT.sub("", text))


def find_injection(text: str) -> list[str]:
    """Snippets of text that address an AI with instructions (hidden ones included), for flagging documents."""
    plain = visible_text(text)
    found: list[str] = []
    for pattern in INSTRUCTION_PATTERNS:
        for match in pattern.finditer(plain):
            start, end = max(0, match.start() - 30), min(len(plain), match.end() + 30)
            found.append(" ".join(plain[start:end].split()))
    return found


def fence(text: str) -> str:
    """Untrusted text with our delimiter tags and chat-template markers removed, so it cannot close its fence."""
    return _TAG.sub(" ", text)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", visible_text(text).lower())


def leaks(output: str, canary: str, secret_text: str, window: int = 8) -> bool:
    """True when the output contains the canary (spacing and case ignored) or 8 words in a row of the rules."""
    squeezed = re.sub(r"[^a-z0-9]", "", visible_text(output).lower())
    if re.sub(r"[^a-z0-9]", "", canary.lower()) in squeezed:
        return True
    out = " " + " ".join(_words(output)) + " "
    return any(run in out for run in _rule_runs(secret_text, window))


@lru_cache(maxsize=8)
def _rule_runs(secret_text: str, window: int) -> tuple[str, ...]:
    """Every run of `window` words of the rules, padded with spaces; computed once per prompt, not per token."""
    rules = _words(secret_text)
    return tuple(" " + " ".join(rules[i : i + window]) + " " for i in range(len(rules) - window + 1))


_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def strip_images(text: str) -> str:
    """Markdown images reduced to their alt text."""
    return _IMAGE.sub(lambda m: m.group(1), text)


def clean_output(text: str) -> str:
    """Generated text without HTML tags or Markdown images (alt text kept)."""
    return _HTML_TAG.sub("", strip_images(text))


def strip_instructions(text: str) -> str:
    """The text without the sentences that give an AI instructions; what is left is the person's actual content."""
    from assistant.text import split_sentences

    plain = visible_text(text)
    kept = [
        s for s in split_sentences(plain) if not find_injection(s) and not any(p.search(s) for p in COMMAND_PATTERNS)
    ]
    return " ".join(kept) if kept else ""
