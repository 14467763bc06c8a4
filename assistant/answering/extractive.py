"""The extractive answer: the most relevant steps and sentences of the top passages, cited (pure)."""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from assistant.text import content_words, split_sentences
from assistant.types import Citation, Passage

Embed = Callable[[list[str]], np.ndarray]


_LIST_MARKER = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*+\u2022])\s+")


def plain(sentence: str) -> str:
    """A sentence without Markdown emphasis markers (a sentence split can leave them unbalanced) or a leading list
    number (inside a bullet it would render as a nested list)."""
    return _LIST_MARKER.sub("", sentence.replace("**", "").replace("__", "")).strip()


def extractive_answer(
    question: str, passages: list[Passage], embed: Embed, bullets: int = 4, embed_question: Embed | None = None
) -> tuple[str, list[int]]:
    """Short cited bullets picked by similarity to the question, at most two per passage, best passages first.
    `embed_question` embeds the person's question (the pipeline passes one that keeps nothing in its sentence cache);
    `embed` the passages' sentences."""
    pieces = [
        (n, s)
        for n, p in enumerate(passages[:3], 1)
        for s in split_sentences(p.text)
        if 6 <= len(s.split()) <= 60 and len(content_words(s)) >= 3 and not s.endswith(":") and not s.startswith(">")
    ]
    if not pieces:
        return "", []
    vecs = embed([s for _, s in pieces])
    q = (embed_question or embed)([question])[0]
    scores = vecs @ q + np.array([0.04 * (3 - n) for n, _ in pieces])  # slight preference for the top passage
    chosen: list[tuple[int, str]] = []
    for idx in np.argsort(-scores):
        n, s = pieces[int(idx)]
        if sum(c[0] == n for c in chosen) >= 2 or any(s == c[1] for c in chosen):
            continue
        chosen.append((n, s))
        if len(chosen) >= bullets:
            break
    lines = [f"- {plain(s)} [{n}]" for n, s in chosen]
    return "\n".join(lines), [n for n, _ in chosen]


ACTION_VERBS = frozenset(
    {
        "keep",
        "ask",
        "use",
        "write",
        "check",
        "start",
        "read",
        "include",
        "send",
        "set",
        "list",
        "pick",
        "look",
        "prepare",
        "add",
        "give",
        "note",
        "choose",
        "put",
        "say",
        "mark",
        "contact",
        "connect",
        "make",
        "build",
        "practise",
        "practice",
        "compare",
        "find",
        "explain",
        "describe",
        "bring",
        "save",
        "decide",
        "listen",
        "update",
        "share",
        "talk",
        "collect",
        "name",
        "spend",
        "suggest",
        "try",
        "map",
        "book",
        "join",
        "plan",
        "sketch",
        "reach",
        "review",
        "identify",
        "draft",
        "record",
        "block",
        "test",
        "schedule",
        "track",
        "follow",
        "reflect",
        "agree",
        "offer",
        "",
    }
)


def action_steps(
    text: str, passages: list[Passage], embed: Embed, count: int = 3, embed_question: Embed | None = None
) -> tuple[str, list[int]]:
    """Imperative sentences ("Write...", "Ask...") from the passages that best fit the text, one per passage, cited
    (`embed_question` embeds the person's text, as in extractive_answer)."""
    pieces = []
    for n, p in enumerate(passages, 1):
        for s in split_sentences(p.text):
            words = s.split()
            if 6 <= len(words) <= 40 and words[0].strip("*_").lower() in ACTION_VERBS and not s.endswith(":"):
                pieces.append((n, s))
    if not pieces:
        return "", []
    scores = embed([s for _, s in pieces]) @ (embed_question or embed)([text])[0]
    chosen: list[tuple[int, str]] = []
    for idx in np.argsort(-scores):
        n, s = pieces[int(idx)]
        if all(c[0] != n for c in chosen):
            chosen.append((n, s))
        if len(chosen) >= count:
            break
    return "\n".join(f"- {plain(s)} [{n}]" for n, s in chosen), [n for n, _ in chosen]


def cited_steps(
    text: str, passages: list[Passage], embed: Embed, embed_question: Embed | None = None
) -> tuple[str, list[Citation]]:
    """The mentor reply's steps to take while waiting, cited and numbered as they appear; nothing when fewer than two
    passages support them."""
    body, used = action_steps(text, passages, embed, embed_question=embed_question)
    if len(used) < 2:
        return "", []
    order = {old: new for new, old in enumerate(dict.fromkeys(used), 1)}
    body = re.sub(r"\[(\d+)\]", lambda m: f"[{order.get(int(m.group(1)), m.group(1))}]", body)
    p = passages
    return body, [
        Citation(new, p[old - 1].doc_id, p[old - 1].title, p[old - 1].section, p[old - 1].source)
        for old, new in order.items()
    ]
