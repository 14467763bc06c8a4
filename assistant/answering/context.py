"""Numbered passages within a token budget, and the citations they become (pure)."""

from __future__ import annotations

from collections.abc import Callable

from assistant.types import Citation, Passage


def build_context(passages: list[Passage], budget: int, count: Callable[[str], int]) -> tuple[str, list[Passage]]:
    """'[n] Title - Section' blocks, best first, until the token budget is spent (the first is always kept)."""
    blocks: list[str] = []
    used: list[Passage] = []
    spent = 0
    for p in passages:
        block = f"[{len(used) + 1}] {p.title} - {p.section}\n{p.text.strip()}"
        cost = count(block)
        if used and spent + cost > budget:
            break
        blocks.append(block)
        used.append(p)
        spent += cost
    return "\n\n".join(blocks), used


def citations_for(numbers: list[int], passages: list[Passage]) -> list[Citation]:
    """One citation per distinct [n] that names a passage, in order."""
    out: list[Citation] = []
    for n in dict.fromkeys(numbers):
        if 1 <= n <= len(passages):
            p = passages[n - 1]
            out.append(Citation(n=n, doc_id=p.doc_id, title=p.title, section=p.section, source=p.source))
    return out
