"""Faults: a model ten times slower than its time-out allows, and a Chroma server that goes away and comes back."""

from __future__ import annotations

import pytest

from assistant import build_assistant
from assistant.answering.answerer import BACKEND_NOTICE
from assistant.errors import BackendUnavailableError
from ingest.pipeline import run_ingest
from ingest.store import IndexWriter
from tests.fakes import FailingChatModel
from tests.servers import chroma_server, free_port
from tests.standin_openai import StandIn

pytestmark = [pytest.mark.integration, pytest.mark.slow]
QUESTION = "When should I send a thank-you note after my interview yesterday?"
REPLY = "Send a thank-you note within one working day [1]. Send one note per interviewer [1]."


def test_a_model_ten_times_too_slow_gives_the_extractive_answer(settings_for, tmp_corpus, minilm, trained_triager):
    settings = settings_for(tmp_corpus)
    run_ingest(settings, progress=False, writer=IndexWriter(settings, minilm))
    llm = settings.llm.model_copy(update={"provider": "openai", "timeout_s": 1.0, "max_retries": 0})
    with StandIn(REPLY, token_delay_s=0.7) as server:  # ~10 s for the whole reply against a 1 s time-out
        llm = llm.model_copy(update={"base_url": server.url})
        assistant = build_assistant(settings.model_copy(update={"llm": llm}), embeddings=minilm)
        assistant.triager = trained_triager
        reply = assistant.ask(QUESTION)
    assert reply.route == "micro" and reply.mode == "extractive" and reply.notice == BACKEND_NOTICE
    assert reply.citations


def test_chroma_server_down_then_back(tmp_path, settings_for, tmp_corpus, minilm, trained_triager):
    port = free_port()
    with chroma_server(tmp_path / "chroma", port) as url:
        settings = settings_for(tmp_corpus, chroma_url=url)
        run_ingest(settings, progress=False, writer=IndexWriter(settings, minilm))
        assistant = build_assistant(settings, embeddings=minilm, llm=FailingChatModel())
        assistant.triager = trained_triager
        assert assistant.search("thank-you note timing")
    with pytest.raises(BackendUnavailableError, match="could not be searched"):
        assistant.ask(QUESTION)  # the server is gone: a clear message, no crash
    assert assistant.triage(QUESTION).route == "micro", "triage does not need the index and keeps working"
    with chroma_server(tmp_path / "chroma", port):
        assert assistant.search("thank-you note timing"), "the same assistant recovers once the server is back"
        assert assistant.ask(QUESTION).citations
