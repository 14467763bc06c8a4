"""The whole ask pipeline against a stand-in OpenAI-compatible server, with real Chroma and real MiniLM."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

from assistant import build_assistant
from assistant.answering.answerer import FAILED_NOTICE
from assistant.text import citations_in
from assistant.types import Reply
from ingest.pipeline import run_ingest
from ingest.store import IndexWriter
from tests.standin_openai import StandIn

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
TRIAGER = None
QUESTION = "When should I send a thank-you note after my interview yesterday?"
GROUNDED = (
    "A thank-you note after an interview goes out within one working day, by email [1]. "
    "Send one note per interviewer [1]. "
    "Name one detail from the conversation and restate your interest in the role [2]."
)


@pytest.fixture
def indexed(settings_for, tmp_corpus, minilm):
    shutil.copy(ROOT / "corpus" / "resources.yaml", tmp_corpus / "resources.yaml")
    shutil.copy(ROOT / "corpus" / "mentors.yaml", tmp_corpus / "mentors.yaml")
    settings = settings_for(tmp_corpus)
    run_ingest(settings, progress=False, writer=IndexWriter(settings, minilm))
    return settings


@pytest.fixture(autouse=True)
def _triager(trained_triager):
    global TRIAGER
    TRIAGER = trained_triager


def make(settings, minilm, url, timeout_s=3.0):
    s = settings.model_copy(
        update={
            "llm": settings.llm.model_copy(
                update={"provider": "openai", "base_url": url, "timeout_s": timeout_s, "max_retries": 0}
            )
        }
    )
    assistant = build_assistant(s, embeddings=minilm)
    assistant.triager = TRIAGER
    return assistant


def run(assistant, question=QUESTION):
    pieces, final = [], None
    for item in assistant.ask_stream(question):
        if isinstance(item, Reply):
            final = item
        else:
            pieces.append(item)
    return pieces, final


def test_streamed_grounded_answer_through_langchain_openai(indexed, minilm):
    with StandIn(GROUNDED) as server:
        pieces, reply = run(make(indexed, minilm, server.url))
    assert reply.route == "micro" and reply.mode == "generated"
    assert len(pieces) == 3 and "".join(pieces).startswith("- A thank-you note"), "checked sentences, one by one"
    assert reply.citations and reply.citations[0].doc_id == "thank-you-note"
    request = server.requests[0]
    assert request["stream"] is True
    system = request["messages"][0]["content"]
    assert "[1] Thank-you notes after an interview" in system, "passages are numbered in the prompt"


def test_unsupported_reply_is_replaced(indexed, minilm):
    with StandIn("Buy the recruiter a gift card. Phone them at 555-867-5309 every morning.") as server:
        pieces, reply = run(make(indexed, minilm, server.url))
    assert not pieces, "nothing unsupported is shown, not even while streaming"
    assert reply.mode == "extractive" and reply.citations
    assert "555" not in (reply.answer or "")


def test_http_500_gives_the_extractive_answer(indexed, minilm):
    with StandIn(mode="error") as server:
        _, reply = run(make(indexed, minilm, server.url))
    assert reply.mode == "extractive" and reply.notice == FAILED_NOTICE and reply.citations


def test_hanging_server_times_out_within_a_second(indexed, minilm):
    with StandIn(mode="hang") as server:
        assistant = make(indexed, minilm, server.url, timeout_s=2.0)
        assistant.triage("warm up the classifier")
        started = time.monotonic()
        _, reply = run(assistant)
        elapsed = time.monotonic() - started
    assert reply.mode == "extractive" and elapsed < 3.0


def test_server_down_gives_the_extractive_answer(indexed, minilm):
    with StandIn() as server:
        url = server.url
    assistant = make(indexed, minilm, url)
    _, reply = run(assistant)
    assert reply.mode == "extractive" and reply.notice == FAILED_NOTICE
    cached = list(assistant._embed_cache._items)
    assert cached and QUESTION not in cached, "passage sentences are cached; the person's question never is"


def test_nothing_relevant_offers_a_mentor(indexed, minilm):
    with StandIn(GROUNDED) as server:
        _, reply = run(make(indexed, minilm, server.url), "How do I write a cover letter for a museum curator job?")
    assert reply.route == "micro" and reply.mode is None and "mentor" in (reply.answer or "")
    assert not server.requests, "no LLM call without passages"


def test_follow_up_is_rewritten_before_retrieval(indexed, minilm):
    with StandIn(GROUNDED) as server:
        assistant = make(indexed, minilm, server.url)
        first = assistant.ask("How do I word my counter-offer email?", session="s1")
        follow = assistant.ask("and what are the common mistakes?", session="s1")
        other = assistant.ask("and what are the common mistakes?", session="s2")
    assert first.route == "micro"
    assert follow.standalone_question == "How do I word my counter-offer email, what are the common mistakes?"
    assert any(c.doc_id == "counter-offer" for c in follow.citations)
    assert other.standalone_question is None


def test_crisis_and_out_of_scope_never_reach_the_llm(indexed, minilm):
    with StandIn(GROUNDED) as server:
        assistant = make(indexed, minilm, server.url)
        crisis = assistant.ask("I lost my job and I want to end my life")
        legal = assistant.ask("My employer hasn't paid my overtime for three months, is that legal?")
    assert not server.requests
    assert crisis.route == "crisis" and crisis.resources and crisis.mode is None
    assert crisis.answer and crisis.answer.startswith("It sounds like")
    assert legal.route == "out_of_scope" and any(r["id"] == "legal-aid" for r in legal.resources)


MENTOR_QUESTION = (
    "I've been an accountant for eight years and I keep thinking about UX design. I tried an online "
    "course last year. Should I make the switch over the next two years? You can reach me at acc.ux@example.com."
)
LLM_DRAFT = (
    '{"goal": "Move from accounting into UX design", "situation": "Accountant for eight years.", '
    '"timeline": "the next two years", "tried": "An online UX course last year.", '
    '"question_for_mentor": "How would you plan a two-year switch from accounting to UX?"}'
)


def test_mentor_route_with_a_capable_llm_drafts_the_referral(indexed, minilm):
    with StandIn(LLM_DRAFT) as server:
        reply = make(indexed, minilm, server.url).ask(MENTOR_QUESTION)
    assert reply.route == "mentor" and reply.referral_draft
    draft = reply.referral_draft
    assert draft["drafted_by"] == "llm" and draft["goal"] == "Move from accounting into UX design"
    assert "acc.ux@example.com" not in json.dumps(draft) and "[email removed]" in draft["excerpt"]
    assert len(server.requests) == 1 and "JSON object" in server.requests[0]["messages"][0]["content"]
    mentors = draft["suggested_mentors"]
    assert 1 <= len(mentors) <= 3 and all(m["reason"] and m["free_places"] > 0 for m in mentors)
    assert not draft["no_mentor_has_room"] and draft["fallbacks"] == []
    assert "While you wait for a mentor" in reply.answer
    assert set(citations_in(reply.answer)) == {c.n for c in reply.citations}  # cited steps, or the fixed ones


def test_mentor_route_falls_back_to_the_template_when_the_llm_fails(indexed, minilm):
    with StandIn(mode="error") as server:
        reply = make(indexed, minilm, server.url).ask(MENTOR_QUESTION)
    draft = reply.referral_draft
    assert reply.route == "mentor" and draft and draft["drafted_by"] == "template"
    assert "two years" in draft["timeline"] and "eight years" in draft["timeline"]
    assert "online course" in draft["tried"]


def test_crisis_alerts_on_call_and_creates_no_referral(indexed, minilm):
    from assistant.settings import NotifySettings
    from tests.servers import WebhookReceiver

    hook = WebhookReceiver().start()
    try:
        settings = indexed.model_copy(update={"notify": NotifySettings(oncall_webhook_url=hook.url)})
        with StandIn(GROUNDED) as server:
            assistant = make(settings, minilm, server.url)
            reply = assistant.ask("I lost my job and I want to end my life", locale="en-GB")
        assert reply.route == "crisis" and reply.referral_draft is None and not server.requests
        assert assistant.referrals.deliver() == (1, 0)
        assert assistant.referrals.store.queue() == []
    finally:
        hook.stop()
    assert hook.received[0][1]["type"] == "crisis.urgent" and hook.received[0][1]["locale"] == "en-GB"
    assert "end my life" not in json.dumps(hook.received[0][1])


def test_ask_cli_json_contract(indexed, minilm, trained_triager):
    import os
    import subprocess
    import sys

    shutil.copytree(trained_triager.examples_dir, indexed.corpus_dir / "triage")
    cache = indexed.data_dir / "triage"
    cache.mkdir(parents=True, exist_ok=True)
    shutil.copy(trained_triager.cache_dir / "triage-model.pkl", cache / "triage-model.pkl")
    with StandIn(GROUNDED) as server:
        env = dict(
            os.environ,
            ASSISTANT_DATA_DIR=str(indexed.data_dir),
            ASSISTANT_CORPUS_DIR=str(indexed.corpus_dir),
            ASSISTANT_LLM__PROVIDER="openai",
            ASSISTANT_LLM__BASE_URL=server.url,
        )
        proc = subprocess.run(
            [sys.executable, "-m", "assistant", "ask", QUESTION, "--json"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert proc.returncode == 0, proc.stderr
    reply = json.loads(proc.stdout)
    assert set(reply) == {"route", "answer", "citations", "mode", "referral_draft", "resources"}
    assert reply["route"] == "micro" and reply["mode"] == "generated" and reply["answer"]
    assert {"n", "doc_id", "title", "source"} <= set(reply["citations"][0])


class _UnsureOnShortQuestions:
    """The real triager, except that very short and Spanish questions come back unsure (real ones rarely do)."""

    def __init__(self, real):
        self.real = real

    def triage(self, text):
        import dataclasses

        got = self.real.triage(text)
        return dataclasses.replace(got, route="unsure") if len(text.split()) <= 3 or "¿" in text else got

    def triage_many(self, texts):
        return [self.triage(t) for t in texts]


def test_llm_breaks_ties_in_the_unsure_band_only_with_a_remote_backend(indexed, minilm, trained_triager):
    question = "Should I switch?"
    with StandIn("MENTOR") as server:
        remote = make(indexed, minilm, server.url)
        remote.triager = _UnsureOnShortQuestions(trained_triager)
        routed = remote.triage(question)
        sure = remote.triage("How do I format the dates on my resume?")
        foreign = remote.triage("¿Cómo escribo una carta de presentación para una beca?")
    assert routed.route == "mentor" and "llm tie-break" in routed.notes
    assert sure.route == "micro" and foreign.route == "unsure"
    assert len(server.requests) == 1, "the model is asked only about the unsure English question"
    assert "<question>" in server.requests[0]["messages"][1]["content"]
    local = build_assistant(indexed, embeddings=minilm)
    local.triager = _UnsureOnShortQuestions(trained_triager)
    assert local.triage(question).route == "unsure", "never with the embedded model"


class _AlwaysUnsure:
    """The real triager's reading, always in the unsure band, leaning mentor."""

    def __init__(self, real):
        self.real = real

    def triage(self, text):
        import dataclasses

        got = self.real.triage(text)
        probabilities = {"micro": 0.35, "mentor": 0.45, "out_of_scope": 0.2}
        return dataclasses.replace(got, route="unsure", confidence=0.45, probabilities=probabilities)


def test_never_more_than_one_clarifying_question_in_a_row(indexed, minilm):
    assistant = build_assistant(indexed, embeddings=minilm)
    assistant.triager = _AlwaysUnsure(TRIAGER)
    first = assistant.ask("Should I stay or go?", session="s1")
    second = assistant.ask("It is about my whole direction, really, over the next few years.", session="s1")
    third = assistant.ask("And what about my manager?", session="s1")
    assert first.route == "unsure" and first.answer.endswith("?")
    assert second.route == "mentor", "after one clarifying question, the likelier reading"
    assert second.triage.reasons[0].startswith("Still not clear after one clarifying question")
    assert second.referral_draft, "the mentor route's packet, for the person to review"
    assert third.route == "unsure", "a new unsure reading may ask again once the last turn was answered"
    assert assistant.ask("Should I stay or go?", session="s2").route == "unsure", "conversations are kept apart"


class CheckIn:
    """The real triager, with the wellbeing check-in switched on for every question."""

    def __init__(self, real):
        self.real = real

    def triage(self, text):
        import dataclasses

        return dataclasses.replace(self.real.triage(text), check_in=True)


def test_a_check_in_shows_the_crisis_lines_first_and_still_answers(indexed, minilm):
    with StandIn(GROUNDED) as server:
        assistant = make(indexed, minilm, server.url)
        assistant.triager = CheckIn(TRIAGER)
        pieces, reply = run(assistant)
    assert reply.route == "micro" and reply.citations  # the question is still answered, with citations
    assert pieces[0].startswith("Before the answer") and reply.answer.startswith(pieces[0])
    assert reply.check_in_first() == (pieces[0], reply.answer[len(pieces[0]) :])  # so a notice can go after the lines
    assert [r["id"] for r in reply.resources][:1] == ["emergency"]
    assert "[1]" in reply.answer.split("---", 1)[1]
    assert assistant.referrals.store.queue() == []  # nothing is sent anywhere for a check-in
