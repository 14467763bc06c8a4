"""Passage selection: best first above the floor, no near-duplicates, at most two per document, across a top-up too."""

from __future__ import annotations

from assistant.retrieval import select_passages
from assistant.types import Passage


def passage(doc: str, text: str, score: float) -> Passage:
    return Passage(doc, doc.title(), "Section", f"corpus/guidance/{doc}.md", text, score)


def test_a_top_up_keeps_the_per_document_cap_of_what_was_already_chosen():
    focused = [passage("offers", "Ask for the offer in writing first.", 0.9), passage("offers", "Name a range.", 0.8)]
    rest = [
        passage("offers", "Counter once, politely, with one reason.", 0.85),
        passage("interviews", "Prepare three stories from your work.", 0.7),
        passage("networking", "Send a short note after meeting someone.", 0.6),
    ]
    chosen = select_passages(rest, 4, 0.5, chosen=focused)
    assert [p.doc_id for p in chosen] == ["offers", "offers", "interviews", "networking"]
    assert select_passages(rest, 2, 0.5, chosen=focused) == focused, "k counts the passages already chosen"


def test_near_duplicates_and_passages_under_the_floor_are_left_out():
    a = passage("offers", "Ask for the offer in writing before you accept it.", 0.9)
    twin = passage("other", "Ask for the offer in writing before you accept it!", 0.85)
    low = passage("cv", "Keep your CV to two pages.", 0.3)
    assert select_passages([a, twin, low], 5, 0.5) == [a]
