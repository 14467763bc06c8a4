"""build_assistant wires settings, embeddings, the index and the stages into one object."""

from __future__ import annotations

from functools import cached_property
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings
from langchain_core.vectorstores import VectorStore

from assistant.backends.embeddings import MiniLMEmbeddings
from assistant.backends.offline import force_offline
from assistant.backends.vectorstore import open_vectorstore
from assistant.errors import BackendUnavailableError, InputError
from assistant.retrieval import search
from assistant.settings import Settings
from assistant.triage import Triager
from assistant.types import IndexStatus, Passage, Triage


class Assistant:
    """The career-question assistant; every component is built lazily from one Settings object."""

    def __init__(
        self, settings: Settings, embeddings: Embeddings | None = None, store: VectorStore | None = None
    ) -> None:
        self.settings = settings
        self._embeddings = embeddings
        self._store = store

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

    @cached_property
    def triager(self) -> Triager:
        """The triage classifier, trained from corpus/triage/ and cached in the data directory."""
        return Triager(
            self.settings.corpus_dir / "triage",
            self.settings.data_dir / "triage",
            self._embed,
            max_chars=self.settings.max_question_chars,
        )

    def _embed(self, texts: list[str]) -> np.ndarray:
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
        try:
            return search(self.store, query.strip(), k=k)
        except BackendUnavailableError:
            raise
        except Exception as exc:
            self._store = None
            raise BackendUnavailableError(f"The guidance index could not be searched ({exc}).") from exc

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
    """Create the assistant from settings; components (embeddings, store, llm, ...) may be injected for tests."""
    force_offline()
    return Assistant(settings or Settings(), **components)
