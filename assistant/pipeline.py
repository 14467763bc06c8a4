"""build_assistant wires settings, embeddings, the index and the stages into one object."""

from __future__ import annotations

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
from assistant.answering.memory import SessionMemory, Turn, rewrite_follow_up
from assistant.backends.embeddings import MiniLMEmbeddings
from assistant.backends.offline import force_offline
from assistant.backends.vectorstore import open_vectorstore
from assistant.errors import BackendUnavailableError, InputError
from assistant.guard.inputs import check_question
from assistant.prompts import load_prompt
from assistant.retrieval import retrieve, search
from assistant.settings import Settings
from assistant.triage import Triager
from assistant.types import IndexStatus, Passage, Reply, Triage


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

    @cached_property
    def embeddings(self) -> Embeddings:
        """The sentence-embedding model (bundled MiniLM unless one was given)."""
        return self._embeddings or MiniLMEmbeddings(
            self.settings.embedding_model_dir, self.settings.embedding_batch_size
        )

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
            self.embed,
            max_chars=self.settings.max_question_chars,
        )

    @cached_property
    def answerer(self) -> Answerer:
        """The micro-answer stage."""
        from ingest.splitting import count_tokens

        prompt = load_prompt(self.settings.prompts_dir, "answer")

        def render(question: str, passages: str) -> list[BaseMessage]:
            return prompt.render(question=question, passages=passages)

        return Answerer(
            self.retrieve,
            self.embed,
            count_tokens,
            render,
            self.llm,
            self.settings.context_tokens,
            self.settings.llm.timeout_s,
        )

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit-length embeddings of texts as a matrix."""
        encode = getattr(self.embeddings, "encode", None)
        if callable(encode):
            return np.asarray(encode(texts), dtype=np.float32)
        return np.asarray(self.embeddings.embed_documents(texts), dtype=np.float32)

    def triage(self, text: str) -> Triage:
        """Decide the route of one question: micro, mentor, unsure, crisis or out_of_scope."""
        return self.triager.triage(text)

    def triage_many(self, texts: list[str]) -> list[Triage]:
        """Triage several questions in one batch."""
        return self.triager.triage_many(texts)

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

    def ask_stream(self, text: str, session: str | None = None, locale: str | None = None) -> Iterator[str | Reply]:
        """The whole pipeline for one question: yields draft text pieces, then the final Reply."""
        question = check_question(text, self.settings.max_question_chars)
        history = self.memory.history(session)
        standalone = rewrite_follow_up(question, history)
        triage = self.triage(standalone)
        reply: Reply
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
        reply.standalone_question = standalone if standalone != question else None
        if triage.route != "crisis":
            self.memory.add(session, Turn(standalone, triage.route))
        yield reply

    def _routed_reply(self, triage: Triage, question: str, history: list[Turn], locale: str | None) -> Reply:
        resources = routes.load_resources(self.settings.corpus_dir / "resources.yaml")
        if triage.route == "crisis":
            text, items = routes.crisis_reply(resources, locale)
            return Reply("crisis", text, resources=items, triage=triage)
        if triage.route == "out_of_scope":
            text, items = routes.out_of_scope_reply(resources, triage.topic)
            return Reply("out_of_scope", text, resources=items, triage=triage)
        if triage.route == "mentor":
            draft = routes.referral_draft(question, [t.question for t in history])
            return Reply("mentor", routes.mentor_reply(), referral_draft=draft, triage=triage)
        return Reply("unsure", routes.clarifying_question(triage), triage=triage)

    def ask(self, text: str, session: str | None = None, locale: str | None = None) -> Reply:
        """The whole pipeline for one question, returning only the final Reply."""
        final: Reply | None = None
        for item in self.ask_stream(text, session, locale):
            if isinstance(item, Reply):
                final = item
        assert final is not None
        return final

    def index_status(self) -> IndexStatus:
        """How many documents and chunks the index holds."""
        collection: Any = getattr(self.store, "_collection", None)
        if collection is None:
            return IndexStatus(0, 0, self.settings.chroma_url or str(self.settings.chroma_dir))
        got = collection.get(include=["metadatas"])
        sources = sorted({m.get("source", "") for m in got["metadatas"]})
        return IndexStatus(
            len(sources), len(got["ids"]), self.settings.chroma_url or str(self.settings.chroma_dir), sources
        )


def build_assistant(settings: Settings | None = None, **components: Any) -> Assistant:
    """Create the assistant from settings; components (embeddings, store, llm) may be injected for tests."""
    force_offline()
    return Assistant(settings or Settings(), **components)
