"""Search the guidance index: similarity with scores, a relevance floor, de-duplication and a topic filter."""

from __future__ import annotations

import re
from typing import Any

from langchain_core.documents import Document
from langchain_core.vectorstores import VectorStore

from assistant.types import Passage

_WORD = re.compile(r"[a-z0-9']+")


def strip_context_line(text: str, title: str) -> str:
    """Remove the 'Title > Section' line ingestion puts at the top of each chunk for embedding."""
    head, sep, rest = text.partition("\n\n")
    return rest if sep and title and head.startswith(title) and "\n" not in head else text


def to_passage(doc: Document, score: float) -> Passage:
    """A LangChain Document from the index as a Passage."""
    meta = doc.metadata
    return Passage(
        doc_id=str(meta.get("doc_id", "")),
        title=str(meta.get("title", "")),
        section=str(meta.get("section", "")),
        source=str(meta.get("source", "")),
        text=strip_context_line(doc.page_content, str(meta.get("title", ""))),
        score=float(score),
        topics=tuple(t for t in str(meta.get("topics", "")).split(",") if t),
    )


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def select_passages(
    candidates: list[Passage], k: int, floor: float, per_doc: int = 2, chosen: list[Passage] | None = None
) -> list[Passage]:
    """Best-first passages above the floor, without near-duplicates, at most `per_doc` per document (pure); `chosen`
    are passages already picked, which count towards `k`, the per-document cap and the duplicate check."""
    chosen = list(chosen or [])
    for p in sorted(candidates, key=lambda c: c.score, reverse=True):
        if p.score < floor or len(chosen) >= k:
            break
        if sum(c.doc_id == p.doc_id for c in chosen) >= per_doc:
            continue
        words = _words(p.text)
        duplicate = any(
            ((c.doc_id, c.section) == (p.doc_id, p.section) and c.text == p.text)
            or len(words & _words(c.text)) / max(len(words | _words(c.text)), 1) > 0.8
            for c in chosen
        )
        if not duplicate:
            chosen.append(p)
    return chosen


def search(store: VectorStore, query: str, k: int = 5, where: dict[str, Any] | None = None) -> list[Passage]:
    """The k most similar chunks, best first, with cosine similarity as the score."""
    kwargs: dict[str, Any] = {"filter": where} if where else {}
    hits = store.similarity_search_with_score(query, k=k, **kwargs)
    return [to_passage(doc, 1.0 - float(distance)) for doc, distance in hits]


def retrieve(store: VectorStore, query: str, k: int, floor: float, topic: str | None = None) -> list[Passage]:
    """Passages for an answer; with a topic, that topic's passages come first and the rest of the corpus tops up."""
    candidates = search(store, query, max(4 * k, 20))
    if not topic:
        return select_passages(candidates, k, floor)
    focused = select_passages(search(store, query, 4 * k, where={f"topic_{topic}": True}), k, floor)
    seen = {(p.doc_id, p.text) for p in focused}
    # the top-up continues the same selection: one per-document cap and one duplicate check across both lists
    return select_passages([c for c in candidates if (c.doc_id, c.text) not in seen], k, floor, chosen=focused)
