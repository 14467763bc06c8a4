"""build_assistant wires settings, embeddings, the index and the stages into one object."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from functools import cached_property
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import BaseMessage
from langchain_core.vectorstores import VectorStore

from assistant.answering import routes
from assistant.answering.answerer import Answer, Answerer
from assistant.answering.extractive import cited_steps
from assistant.answering.memory import SessionMemory, Turn, rewrite_follow_up
from assistant.backends.embeddings import MiniLMEmbeddings
from assistant.backends.offline import force_offline
from assistant.backends.vectorstore import index_status, open_vectorstore
from assistant.background import run_briefly
from assistant.embed_cache import EmbeddingCache
from assistant.errors import BackendUnavailableError, ConfigurationError, InputError
from assistant.guard.injection import fence, leaks, new_canary, strip_instructions
from assistant.guard.inputs import check_question
from assistant.guard.pii import redact
from assistant.prompts import load_prompt
from assistant.referral.service import Referrals
from assistant.referral.store import Receipt
from assistant.retrieval import retrieve, search
from assistant.settings import Settings, load_settings
from assistant.triage import Triager
from assistant.triage.clarify import after_clarifying
from assistant.triage.examples import crisis_score_rounds
from assistant.triage.override import apply_override
from assistant.triage.tiebreak import apply_tie_break
from assistant.triage.tuned import tuner_from_settings
from assistant.types import Citation, IndexStatus, Passage, Reply, Triage
from assistant.usage.store import UsageStore

log = logging.getLogger(__name__)


class Assistant:
    """The career-question assistant; every component is built lazily from one Settings object."""

    def __init__(
        self,
        settings: Settings,
        embeddings: Embeddings | None = None,
        store: VectorStore | None = None,
        llm: BaseChatModel | None = None,
    ) -> None:
        self.settings = settings
        self._embeddings = embeddings
        self._store = store
        self._llm = llm
        self.memory = SessionMemory(settings.memory_turns)
        self.canary = new_canary()

    @cached_property
    def embeddings(self) -> Embeddings:
        """The sentence-embedding model (bundled MiniLM unless one was given)."""
        return self._embeddings or MiniLMEmbeddings.from_settings(self.settings)

    @property
    def store(self) -> VectorStore:
        """The guidance vector store."""
        if self._store is None:
            self._store = open_vectorstore(self.settings, self.embeddings)
        return self._store

    def llm(self) -> BaseChatModel:
        """The chat model chosen in the settings (built on first use)."""
        if self._llm is None:
            from assistant.backends.llm import make_chat_model

            self._llm = make_chat_model(self.settings)
        return self._llm

    @cached_property
    def triager(self) -> Triager:
        """The triage classifier, trained from corpus/triage/ and cached in the data directory."""
        return Triager(
            self.settings.corpus_dir / "triage",
            self.settings.data_dir / "triage",
            self._embed_now,  # questions are never kept in the sentence cache (nor by the answer or referral stages)
            max_chars=self.settings.max_question_chars,
            embed_id=getattr(self.embeddings, "identity", type(self.embeddings).__name__),
            # a local MiniLM only; injected fakes have none
            tuner=tuner_from_settings(self.settings, getattr(self.embeddings, "model_dir", None)),
            spare=self.settings.triage_spare_crisis_words,
            score_only_rounds=crisis_score_rounds(self.settings.triage_crisis_sensitivity),
        )

    @cached_property
    def answerer(self) -> Answerer:
        """The micro-answer stage."""
        from ingest.splitting import count_tokens

        prompt = load_prompt(self.settings.prompts_dir, "answer")
        rules = prompt.system.split("<passages>", 1)[0].replace("{canary}", "")

        def render(question: str, passages: str) -> list[BaseMessage]:
            # untrusted text is fenced and masked before it reaches any model, local or remote
            person = fence(redact(strip_instructions(question))) or "(no question left after removing instructions)"
            return prompt.render(question=person, passages=fence(passages), canary=self.canary)

        def leaked(output: str) -> bool:
            return leaks(output, self.canary, rules)

        return Answerer(
            self.retrieve,
            self.embed,
            count_tokens,
            render,
            self.llm,
            self.settings.context_tokens,
            self.settings.llm.timeout_s,
            leaked,
            embed_question=self._embed_now,  # the person's question is never kept in the sentence cache
        )

    @cached_property
    def referrals(self) -> Referrals:
        """Mentor directory, matching, referral drafts, the referral store and its notifications."""
        return Referrals(self.settings, self._embed_now, self.llm)  # it embeds the person's text: no cache

    def submit_referral(self, data: dict[str, Any]) -> Receipt:
        """Store a referral the person reviewed and consented to (see Referrals.submit for the fields)."""
        return self.referrals.submit(data)

    def referral_status(self, code: str) -> dict[str, Any]:
        """Where a referral stands, by its reference code."""
        return self.referrals.status(code)

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit-length embeddings of texts as a matrix (sentences seen before come from a bounded cache)."""
        return self._embed_cache(texts)

    @cached_property
    def _embed_cache(self) -> EmbeddingCache:
        return EmbeddingCache(self._embed_now)

    def _embed_now(self, texts: list[str]) -> np.ndarray:
        encode = getattr(self.embeddings, "encode", None)
        if callable(encode):
            return np.asarray(encode(texts), dtype=np.float32)
        return np.asarray(self.embeddings.embed_documents(texts), dtype=np.float32)

    def triage(self, text: str) -> Triage:
        """Decide the route of one question: micro, mentor, unsure, crisis or out_of_scope."""
        return self._tie_break(self.triager.triage(text), text)

    def triage_many(self, texts: list[str]) -> list[Triage]:
        """Triage several questions in one batch."""
        return [self._tie_break(t, q) for t, q in zip(self.triager.triage_many(texts), texts, strict=True)]

    def _tie_break(self, triage: Triage, text: str) -> Triage:
        """In the unsure band, a capable LLM may pick micro or mentor; never with the embedded model, never crisis."""
        if self.settings.triage_tie_break == "off" or self.settings.llm.provider == "local":
            return triage
        prompt = load_prompt(self.settings.prompts_dir, "tiebreak")

        def ask() -> str:
            question = fence(redact(strip_instructions(text)))[:2000] or "(empty)"
            return str(self.llm().invoke(prompt.render(question=question)).content)

        return apply_tie_break(triage, ask)

    def search(self, query: str, k: int = 5) -> list[Passage]:
        """Guidance passages most similar to a query."""
        if not query or not query.strip():
            raise InputError("The search text is empty. Type a few words about what you need.")
        return self._guarded(lambda: search(self.store, query.strip(), k=k))

    def retrieve(self, question: str, topic: str | None = None) -> list[Passage]:
        """Passages for an answer: above the relevance floor, de-duplicated; topic first if the filter is on."""
        topic = topic if self.settings.topic_filter else None
        k, floor = self.settings.retrieval_k, self.settings.relevance_floor
        return self._guarded(lambda: retrieve(self.store, question, k, floor, topic))

    def _guarded(self, call: Any) -> Any:
        try:
            return call()
        except BackendUnavailableError:
            raise
        except Exception as exc:
            self._store = None
            raise BackendUnavailableError(
                f"The guidance index could not be searched ({type(exc).__name__}). Please try again shortly."
            ) from exc

    def ask_stream(
        self, text: str, session: str | None = None, locale: str | None = None, override: str | None = None
    ) -> Iterator[str | Reply]:
        """The whole pipeline for one question: yields draft text pieces, then the final Reply.

        `override` is the person's own choice ("micro": just a quick pointer, "mentor": a person please); it never
        overrides the crisis or out-of-scope routes.
        """
        question = check_question(text, self.settings.max_question_chars)
        history = self.memory.history(session)
        standalone = rewrite_follow_up(question, history, self.settings.max_question_chars)
        previous = history[-1].route if history else None
        triage = apply_override(after_clarifying(self.triage(standalone), previous), override)
        reply: Reply
        check_in, check_in_items = "", list[dict[str, str]]()
        if triage.check_in:  # shown first, rendered by code, before any answer text
            check_in, check_in_items = routes.check_in_note(self._resources(), locale)
            yield check_in
        if triage.route == "micro":
            answer: Answer | None = None
            topic = triage.topic if triage.confidence >= 0.8 and triage.topic != "other" else None
            for piece in self.answerer.stream(standalone, topic):
                if isinstance(piece, Answer):
                    answer = piece
                else:
                    yield piece
            assert answer is not None
            reply = Reply("micro", answer.text, answer.citations, answer.mode, triage=triage, notice=answer.notice)
        else:
            reply = self._routed_reply(triage, question, history, locale)
        if check_in:
            reply.answer = check_in + (reply.answer or "")
            reply.check_in = check_in
            reply.resources = check_in_items + [r for r in reply.resources if r not in check_in_items]
        reply.standalone_question = standalone if standalone != question else None
        reply.override = override if triage.route == override else None
        if triage.route != "crisis" and not triage.courtesy:  # a "thanks" must not become the question to follow up
            self.memory.add(session, Turn(standalone, triage.route))
        yield reply

    def _routed_reply(self, triage: Triage, question: str, history: list[Turn], locale: str | None) -> Reply:
        resources = self._resources()
        if triage.route == "crisis":
            text, items = routes.crisis_reply(resources, locale)
            self._alert_on_call(locale)
            return Reply("crisis", text, resources=items, triage=triage)
        if triage.courtesy:
            return Reply("out_of_scope", routes.courtesy_reply(resources, triage.courtesy), triage=triage)
        if triage.route == "out_of_scope":
            text, items = routes.out_of_scope_reply(resources, triage.topic)
            return Reply("out_of_scope", text, resources=items, triage=triage)
        if triage.route == "mentor":
            return self._mentor_reply(triage, question, [t.question for t in history], resources)
        return Reply("unsure", routes.clarifying_question(triage), triage=triage)

    def _resources(self) -> dict[str, Any]:
        try:
            return routes.load_resources(self.settings.corpus_dir / "resources.yaml")
        except ConfigurationError as exc:  # a broken file must never cost a person in crisis the crisis lines
            log.error("%s; replying with the built-in crisis lines and help until it is fixed", exc)
            return routes.BUILT_IN_RESOURCES

    def _mentor_reply(self, triage: Triage, question: str, history: list[str], resources: dict[str, Any]) -> Reply:
        steps, citations = self._while_you_wait(" ".join([*history, question]))
        packet = self.referrals.packet(question, history, triage.topic, resources.get("mentor_fallbacks", {}))
        return Reply("mentor", routes.mentor_reply(steps), citations, referral_draft=packet, triage=triage)

    def _while_you_wait(self, text: str) -> tuple[str, list[Citation]]:
        """A few cited steps from the guidance; the fixed steps when the index has nothing or is down."""
        try:
            passages = self.retrieve(text)
        except BackendUnavailableError:
            return "", []
        return cited_steps(text, passages, self.embed, embed_question=self._embed_now)

    def _alert_on_call(self, locale: str | None) -> None:
        """Tell the on-call contact, if the centre set one; a failure here never delays the crisis reply."""
        try:
            self.referrals.urgent(locale)
        except Exception as exc:  # whatever the store raises, the person still gets the crisis reply
            log.error("could not queue the on-call event: %s: %s", type(exc).__name__, exc)

    def ask(
        self, text: str, session: str | None = None, locale: str | None = None, override: str | None = None
    ) -> Reply:
        """The whole pipeline for one question, returning only the final Reply."""
        final: Reply | None = None
        for item in self.ask_stream(text, session, locale, override):
            if isinstance(item, Reply):
                final = item
        assert final is not None
        return final

    def forget(self, session: str) -> None:
        """Drop a conversation's memory (the chat's clear button)."""
        self.memory.clear(session)

    @cached_property
    def usage(self) -> UsageStore:
        """Reply events and ratings for the analytics (same database as the referral store)."""
        return UsageStore(self.settings.referral_database_url)

    def record(self, reply: Reply, question: str, wait_s: float = 0.5) -> None:
        """Log a reply for the analytics; it holds the reply back at most `wait_s`, and a failure is logged and never
        reaches the person (run_briefly)."""
        found = reply.route != "micro" or bool(reply.citations)
        topic = reply.triage.topic if reply.triage else "other"
        keep = self.settings.web.keep_gap_questions

        def write() -> None:
            self.usage.record_reply(
                reply.reply_id, reply.route, topic, reply.mode, found, question, reply.override, keep_question=keep
            )

        run_briefly(write, "recording the reply for the analytics", "analytics", wait_s)

    def rate(self, reply_id: str, helpful: bool, reason: str = "") -> None:
        """Store a thumbs up or down on a reply."""
        self.usage.rate(reply_id, helpful, reason)

    def index_status(self) -> IndexStatus:
        """How many documents and chunks the index holds."""
        return index_status(self.store, self.settings.chroma_url or str(self.settings.chroma_dir))


def build_assistant(settings: Settings | None = None, **components: Any) -> Assistant:
    """Create the assistant from settings; components (embeddings, store, llm) may be injected for tests."""
    force_offline()
    return Assistant(settings or load_settings(), **components)
