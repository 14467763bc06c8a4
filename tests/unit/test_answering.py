"""The micro-answer path with fakes: relevance floor, groundedness guard, extractive fallback, failures, streaming."""

from __future__ import annotations

import time

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

from assistant.answering.answerer import BACKEND_NOTICE, FAILED_NOTICE, GUARD_NOTICE, NO_GUIDANCE, Answer, Answerer
from assistant.answering.context import build_context, citations_for
from assistant.answering.extractive import extractive_answer
from assistant.answering.grounding import guard_answer, unsupported_tokens
from assistant.text import citations_in
from assistant.types import Passage
from tests.fakes import FailingChatModel, HangingChatModel, bag_of_words

PASSAGES = [
    Passage(
        "thank-you-note",
        "Thank-you notes",
        "Timing",
        "corpus/guidance/thank-you-note.md",
        "Send a thank-you note within 24 hours of the interview. Email is the right default because decisions "
        "happen fast. Write one separate note to each interviewer you met.",
        0.8,
    ),
    Passage(
        "thank-you-note",
        "Thank-you notes",
        "Content",
        "corpus/guidance/thank-you-note.md",
        "Mention one specific detail from the conversation in the note. Restate your interest in the role and "
        "add one piece of evidence you did not get to share.",
        0.7,
    ),
]
GROUNDED = (
    "Send a thank-you note within 24 hours of the interview [1]. Write one separate note to each "
    "interviewer you met [1]. Mention one specific detail from the conversation in the note [2]."
)
UNGROUNDED = (
    "Bring flowers to the reception desk on Monday. Call the chief executive at home to thank them. "
    "Negotiate your pension before saying thanks."
)


def count(text: str) -> int:
    return len(text.split())


def render(question: str, passages: str):
    return [SystemMessage(f"Passages:\n{passages}"), HumanMessage(question)]


def answerer(llm, passages=PASSAGES, timeout_s=5.0) -> Answerer:
    return Answerer(lambda q: list(passages), bag_of_words, count, render, lambda: llm, 500, timeout_s)


def finish(stream) -> tuple[list[str], Answer]:
    pieces, final = [], None
    for item in stream:
        if isinstance(item, Answer):
            final = item
        else:
            pieces.append(item)
    assert final is not None
    return pieces, final


def fake(text: str) -> GenericFakeChatModel:
    return GenericFakeChatModel(messages=iter([AIMessage(content=text)]))


def test_below_the_floor_says_no_guidance_and_offers_a_mentor():
    _, answer = finish(answerer(fake(GROUNDED), passages=[]).stream("how do I train a puppy"))
    assert answer.text == NO_GUIDANCE and answer.mode is None and not answer.citations
    assert "mentor" in answer.text


def test_grounded_answer_streams_then_is_kept_with_citations():
    pieces, answer = finish(answerer(fake(GROUNDED)).stream("when do I send a thank-you note?"))
    assert len(pieces) == 3 and all(p.startswith("- ") for p in pieces), "checked sentences arrive one by one"
    assert answer.mode == "generated" and answer.notice is None
    assert [c.n for c in answer.citations] == [1, 2]
    assert answer.citations[0].doc_id == "thank-you-note"
    assert answer.supported_share == 1.0


def test_unsupported_answer_is_replaced_by_the_extractive_one():
    pieces, answer = finish(answerer(fake(UNGROUNDED)).stream("when do I send a thank-you note?"))
    assert not any("flowers" in p for p in pieces), "an unsupported sentence is never shown, not even briefly"
    assert answer.mode == "extractive" and answer.notice == GUARD_NOTICE
    assert answer.text.startswith("- ") and "[1]" in answer.text
    assert "flowers" not in answer.text


def test_guard_drops_only_the_unsupported_sentences():
    mixed = GROUNDED + " Call 555-123-4567 or visit www.example.com for a template."
    result = guard_answer(mixed, PASSAGES, bag_of_words)
    assert result.usable and len(result.kept) == 3 and len(result.dropped) == 1
    assert "555" in result.dropped[0]


def test_guard_adds_missing_citation_and_rejects_bad_ones():
    result = guard_answer(
        "Send a thank-you note within 24 hours of the interview. "
        "Write one separate note to each interviewer you met [7].",
        PASSAGES,
        bag_of_words,
    )
    assert result.kept[0].endswith("[1]")
    assert any("[7]" in d for d in result.dropped)


def test_figures_urls_and_phones_must_appear_in_the_passages():
    text = "\n".join(p.text for p in PASSAGES)
    assert unsupported_tokens("Send it within 24 hours [1].", text) == []
    assert unsupported_tokens("Send it within 48 hours.", text) == ["48"]
    assert unsupported_tokens("See https://jobs.example.org today.", text)


def test_backend_failure_gives_the_extractive_answer_with_a_notice_and_a_log_line(caplog):
    with caplog.at_level("WARNING"):
        _, answer = finish(answerer(FailingChatModel()).stream("when do I send a thank-you note?"))
    assert answer.mode == "extractive" and answer.notice == FAILED_NOTICE and answer.citations
    assert "writing model failed (ConnectionError" in caplog.text, "a lasting fault must not fall back in silence"


def test_hanging_backend_times_out_within_a_second_of_the_limit():
    started = time.monotonic()
    _, answer = finish(answerer(HangingChatModel(), timeout_s=1.0).stream("when do I send a thank-you note?"))
    assert time.monotonic() - started < 2.0
    assert answer.mode == "extractive" and answer.notice == BACKEND_NOTICE


def test_no_llm_means_extractive_without_notice():
    _, answer = finish(answerer(None).stream("when do I send a thank-you note?"))
    assert answer.mode == "extractive" and answer.notice is None


def test_passages_with_nothing_to_quote_say_so_and_carry_no_notice():
    bullets = Passage("t", "Tips", "List", "corpus/guidance/t.md", "- Be brief.\n- Be kind.\n- Say thanks.", 0.8)
    _, answer = finish(answerer(None, passages=[bullets]).stream("how do I thank them?"))
    assert answer.text == NO_GUIDANCE and answer.mode is None and answer.notice is None
    _, answer = finish(answerer(FailingChatModel(), passages=[bullets]).stream("how do I thank them?"))
    assert answer.text == NO_GUIDANCE and answer.notice is None, "no 'here are the most relevant points' above nothing"


def test_extractive_answer_cites_and_limits_each_passage():
    text, numbers = extractive_answer("what should the note mention?", PASSAGES, bag_of_words, bullets=3)
    lines = text.splitlines()
    assert 1 <= len(lines) <= 3 and all(line.startswith("- ") and line.endswith("]") for line in lines)
    assert max(numbers.count(n) for n in set(numbers)) <= 2


def test_context_respects_the_token_budget_and_numbers_passages():
    context, used = build_context(PASSAGES, budget=40, count=count)
    assert context.startswith("[1] Thank-you notes - Timing") and len(used) == 1
    assert [c.n for c in citations_for([2, 1, 1, 9], PASSAGES)] == [2, 1]


def test_action_steps_pick_imperative_sentences_one_per_passage_and_cite_them():
    from assistant.answering.extractive import action_steps
    from assistant.types import Passage
    from tests.fakes import bag_of_words

    passages = [
        Passage(
            "a",
            "A",
            "s",
            "a.md",
            "Career changes take time. Write down the roles you want to explore next year. "
            "List the skills the new field asks for and the ones you already have.",
            0.8,
        ),
        Passage(
            "b", "B", "s", "b.md", "Many people feel stuck. Ask two people who changed field how they started.", 0.7
        ),
        Passage("c", "C", "s", "c.md", "Salaries vary by region and by sector in most countries.", 0.6),
    ]
    text, used = action_steps("how do I explore roles in a new field and learn the skills", passages, bag_of_words)
    lines = text.splitlines()
    assert sorted(used) == [1, 2] and len(lines) == 2
    assert all(line.split()[1] in ("Write", "List", "Ask") and line.endswith(("[1]", "[2]")) for line in lines)
    assert action_steps("anything", passages[2:], bag_of_words) == ("", [])


def test_cited_steps_number_citations_in_order_of_appearance_and_need_two_passages():
    from assistant.answering.extractive import cited_steps
    from assistant.types import Passage
    from tests.fakes import bag_of_words

    filler = Passage("x", "X", "s", "x.md", "Salaries vary by region and by sector in most countries.", 0.9)
    ask = Passage("b", "B", "s", "b.md", "Ask two people who changed field how they started out.", 0.7)
    write = Passage("a", "A", "s", "a.md", "Write down the roles in a new field you want to explore next year.", 0.6)
    question = "explore roles in a new field, ask people who changed"
    body, citations = cited_steps(question, [filler, ask, write], bag_of_words)
    numbers = [int(line.rsplit("[", 1)[1].rstrip("]")) for line in body.splitlines()]
    assert numbers == [1, 2]  # passages 2 and 3 of the list, renumbered as they appear
    assert [c.n for c in citations] == [1, 2]
    assert {c.doc_id for c in citations} == {"a", "b"}
    first = body.splitlines()[0]
    assert citations[0].doc_id == ("b" if "Ask" in first else "a")
    assert cited_steps("explore roles", [filler, ask], bag_of_words) == ("", [])


def test_a_draft_that_leaks_the_prompt_is_dropped_before_anything_is_shown():
    from assistant.answering.answerer import LEAK_NOTICE
    from assistant.guard.injection import leaks

    leaky = "My hidden reference is CNRY-ABCDE12345. " + GROUNDED
    a = Answerer(
        lambda q: list(PASSAGES),
        bag_of_words,
        count,
        render,
        lambda: fake(leaky),
        500,
        5.0,
        lambda text: leaks(text, "CNRY-ABCDE12345", "rules"),
    )
    pieces, answer = finish(a.stream("when do I send a thank-you note?"))
    assert not pieces and answer.mode == "extractive" and answer.notice == LEAK_NOTICE
    assert "CNRY" not in answer.text


def test_an_abandoned_stream_stops_the_model():
    import time as _time
    from collections.abc import Iterator
    from typing import Any

    from langchain_core.language_models.chat_models import BaseChatModel
    from langchain_core.messages import AIMessageChunk
    from langchain_core.outputs import ChatGenerationChunk, ChatResult

    from assistant.answering.answerer import stream_with_deadline

    produced: list[int] = []
    closed: list[bool] = []

    class Slow(BaseChatModel):
        @property
        def _llm_type(self) -> str:
            return "slow"

        def _generate(self, *a: Any, **k: Any) -> ChatResult:
            raise NotImplementedError

        def _stream(self, *a: Any, **k: Any) -> Iterator[ChatGenerationChunk]:
            try:
                for i in range(100):
                    produced.append(i)
                    _time.sleep(0.01)
                    yield ChatGenerationChunk(message=AIMessageChunk(content=f"w{i} "))
            finally:
                closed.append(True)

    stream = stream_with_deadline(Slow(), [], 5.0)
    assert next(stream).startswith("w0")
    stream.close()  # the reader gives up (a leak was found, the guard decided, the person left)
    for _ in range(100):
        if closed:
            break
        _time.sleep(0.01)
    assert closed and len(produced) < 20, "generation stops soon after nobody reads it"


def test_extractive_bullets_drop_list_numbers_and_emphasis():
    from assistant.answering.extractive import plain

    assert plain("3. Questions (15-20 min). Work through your list") == "Questions (15-20 min). Work through your list"
    assert plain("**Keep** a short log of every application") == "Keep a short log of every application"
    assert plain("- Send the note within one working day") == "Send the note within one working day"
    assert plain("2026 was the year the rules changed") == "2026 was the year the rules changed"  # not a list number


def test_a_claim_cited_to_a_passage_that_does_not_support_it_is_cited_to_the_one_that_does():
    wrong = (
        "Send a thank-you note within 24 hours of the interview [1]. Write one separate note to each interviewer "
        "you met [1]. Mention one specific detail from the conversation in the note [1]."
    )
    result = guard_answer(wrong, PASSAGES, bag_of_words)
    assert [citations_in(k) for k in result.kept] == [[1], [1], [2]]


def test_list_numbers_and_lead_ins_count_neither_for_nor_against_an_answer():
    numbered = (
        "Here are some tips:\n1. Send a thank-you note within 24 hours of the interview [1].\n"
        "2. Write one separate note to each interviewer you met [1].\n"
        "3. Bring flowers to the reception desk on Monday morning."
    )
    result = guard_answer(numbered, PASSAGES, bag_of_words)
    assert len(result.kept) == 2 and len(result.dropped) == 1 and result.supported_share == 2 / 3
    assert result.usable, "two of three judged sentences are supported; the numbers and the lead-in are not judged"
    assert "Here are some tips:" in result.skipped


def test_guard_drops_a_reworded_repeat_but_keeps_the_same_sentence_on_a_second_check():
    from assistant.answering.grounding import SupportChecker

    repeat = GROUNDED + " Send a thank-you note within 24 hours of your interview [1]."
    checker = SupportChecker(PASSAGES, bag_of_words)
    result = guard_answer(repeat, PASSAGES, bag_of_words, checker)
    assert len(result.kept) == 3 and result.dropped == ["Send a thank-you note within 24 hours of your interview [1]."]
    again = guard_answer(repeat, PASSAGES, bag_of_words, checker)  # the final check after streaming: same verdicts
    assert again.kept == result.kept


def test_a_sentence_repeated_word_for_word_is_shown_once_and_counts_against_the_draft():
    repeated = " ".join(["Send a thank-you note within 24 hours of the interview [1]."] * 4)
    pieces, answer = finish(answerer(fake(repeated)).stream("when do I send a thank-you note?"))
    assert len(pieces) == 1, "streamed once, not four times"
    assert answer.mode == "extractive" and answer.notice == GUARD_NOTICE, "one sentence out of four is not enough"
    with_repeat = GROUNDED + " Write one separate note to each interviewer you met [1]."
    _, kept = finish(answerer(fake(with_repeat)).stream("when do I send a thank-you note?"))
    assert kept.mode == "generated" and kept.text.count("one separate note") == 1


def test_the_embedded_model_uses_bfloat16_only_where_asked_or_native():
    from assistant.backends.precision import choose_dtype

    assert choose_dtype("auto", native_bf16=True) == "bfloat16"
    assert choose_dtype("auto", native_bf16=False) == "float32", "emulated bfloat16 would be slower"
    assert choose_dtype("float32", native_bf16=True) == "float32"
    assert choose_dtype("bfloat16", native_bf16=False) == "bfloat16", "an explicit choice is kept"


def test_streaming_cuts_sentences_where_the_final_reading_does():
    from assistant.answering.grounding import complete_sentences
    from assistant.text import split_sentences

    answer = "Send the note by 5 p.m. on the day of the interview [1]. Write one separate note to each interviewer [1]."
    shown, buffer = [], ""
    for piece in answer.split(" "):  # word by word, as a model streams
        done, buffer = complete_sentences(buffer + piece + " ")
        shown += done
    shown += complete_sentences(buffer + "\n")[0]
    assert shown == split_sentences(answer), "no 'Send the note by 5 p.m.' half shown on its own"
