"""Search and retrieve through the Chroma adapter, with LangChain's deterministic fake embeddings in place of MiniLM.

The fake gives each text its own fixed random vector, so only a query with a chunk's exact wording scores near 1;
that is enough to check the plumbing: scores, metadata carried into passages, the topic filter and its top-up."""

from __future__ import annotations

import pytest
from langchain_core.documents import Document
from langchain_core.embeddings import DeterministicFakeEmbedding

from assistant.backends.vectorstore import index_status, open_vectorstore
from assistant.retrieval import retrieve, search

CHUNKS = [
    ("offers", "Offers > Counter", "Counter once, with one reason tied to the role.", ("offers",)),
    ("offers", "Offers > Timing", "Ask for a day to think before you answer an offer.", ("offers",)),
    ("offers", "Offers > Writing", "Ask for the whole offer in writing before you accept.", ("offers",)),
    ("interviews", "Interviews > Stories", "Prepare three short stories about work you led.", ("interviews",)),
    ("resume", "Resumes > Lines", "Start each resume line with what changed because of you.", ("resume", "offers")),
]


def document(doc_id: str, context: str, text: str, topics: tuple[str, ...]) -> Document:
    title = context.split(" > ")[0]
    meta: dict[str, str | int | bool] = {
        "doc_id": doc_id,
        "title": title,
        "section": context.split(" > ")[-1],
        "source": f"corpus/guidance/{doc_id}.md",
        "topics": ",".join(topics),
    }
    meta.update({f"topic_{t}": True for t in topics})
    return Document(page_content=f"{context}\n\n{text}", metadata=meta)


@pytest.fixture
def store(settings_for):
    chroma = open_vectorstore(settings_for(), DeterministicFakeEmbedding(size=64))
    chroma.add_documents([document(*c) for c in CHUNKS], ids=[f"c{i}" for i in range(len(CHUNKS))])
    return chroma


def test_a_query_worded_like_a_chunk_finds_it_first_with_its_metadata_and_without_the_context_line(store):
    query = "Interviews > Stories\n\nPrepare three short stories about work you led."
    best = search(store, query, k=3)[0]
    assert best.score == pytest.approx(1.0, abs=1e-4), "cosine similarity 1 for the same vector"
    assert (best.doc_id, best.title, best.section) == ("interviews", "Interviews", "Stories")
    assert best.source == "corpus/guidance/interviews.md"
    assert best.text == "Prepare three short stories about work you led.", "the embedding-only context line is removed"
    assert best.topics == ("interviews",)


def test_the_topic_filter_keeps_only_chunks_tagged_with_that_topic(store):
    hits = search(store, "anything at all", k=10, where={"topic_offers": True})
    assert sorted(p.doc_id for p in hits) == ["offers", "offers", "offers", "resume"]
    assert len(search(store, "anything at all", k=10)) == len(CHUNKS)


def test_retrieve_with_a_topic_puts_that_topic_first_caps_each_document_and_tops_up_from_the_rest(store):
    # a floor under any cosine similarity lets every chunk through, so only the order and the caps decide
    chosen = retrieve(store, "Offers > Counter\n\nCounter once, with one reason tied to the role.", 4, -1.0, "offers")
    assert chosen[0].text == "Counter once, with one reason tied to the role.", "the exact match leads"
    assert [p.doc_id for p in chosen[:3]].count("offers") == 2, "at most two passages from one document"
    assert all("offers" in p.topics for p in chosen[:3]), "every passage tagged with the topic comes first"
    assert [p.doc_id for p in chosen[3:]] == ["interviews"], "the rest of the corpus tops up to k"


def test_the_floor_leaves_out_chunks_that_are_not_alike(store):
    assert [p.doc_id for p in retrieve(store, "Resumes > Lines\n\n" + CHUNKS[4][2], 5, 0.5)] == ["resume"]
    assert retrieve(store, "a question worded like no chunk", 5, 0.5) == []


def test_index_status_counts_documents_by_source_and_chunks(store):
    status = index_status(store, "embedded")
    assert (status.documents, status.chunks) == (3, 5)
    assert index_status(object(), "elsewhere").chunks == 0, "a store that is not Chroma reports nothing"
