"""Search the guidance index: similarity with scores, turned into Passages."""

from __future__ import annotations

from langchain_core.documents import Document
from langchain_core.vectorstores import VectorStore

from assistant.types import Passage


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


def search(store: VectorStore, query: str, k: int = 5) -> list[Passage]:
    """The k most similar chunks, best first, with cosine similarity in [0, 1]-ish as the score."""
    hits = store.similarity_search_with_score(query, k=k)
    return [to_passage(doc, 1.0 - float(distance)) for doc, distance in hits]
