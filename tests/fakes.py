"""Deterministic fakes shared by unit tests: a bag-of-words embedding, chat models that fail or hang, a word-list
crisis tuner and templated triage examples."""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterator
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult

from assistant.triage.examples import Example

DIM = 256

ROUTE_TEMPLATES = {
    "micro": "how do i word this resume line about {} for tomorrow",
    "mentor": "should i move into {} over the next few years",
    "out_of_scope": "my employer will not pay my {} wages is that legal",
    "crisis": "i feel hopeless and want to end my life {}",
}
FILLERS = ["sales", "nursing", "design", "finance", "retail", "law", "data", "media", "policy", "trades"]


def templated_examples(**templates: str) -> list[Example]:
    """Ten labelled examples per route, one template each (ROUTE_TEMPLATES, any replaced by keyword); crisis implied."""
    return [
        Example(t.format(f), route, "other", "none", "n", "t", False if route == "crisis" else None)
        for route, t in {**ROUTE_TEMPLATES, **templates}.items()
        for f in FILLERS
    ]


def bag_of_words(texts: list[str]) -> np.ndarray:
    """Hashed word counts, unit length: similar wording gives similar vectors."""
    # LangChain's DeterministicFakeEmbedding (used where a test only needs the Embeddings seam) gives unrelated random
    # vectors to texts that differ by one word; the triage and matching tests need a learner to find shared words.
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    for row, text in enumerate(texts):
        for word in re.findall(r"[a-z]+", text.lower()):
            out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % DIM] += 1
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.clip(norms, 1e-9, None)


class BagOfWordsEmbeddings(Embeddings):
    """LangChain's Embeddings seam over `bag_of_words`, for tests that build the whole assistant and train triage."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """One hashed word-count vector per text."""
        return bag_of_words(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        """The vector of one text."""
        return bag_of_words([text])[0].tolist()


class FailingChatModel(BaseChatModel):
    """Raises like a backend that is down."""

    @property
    def _llm_type(self) -> str:
        return "failing"

    def _generate(
        self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kwargs: Any
    ) -> ChatResult:
        raise ConnectionError("backend down")


class HangingChatModel(BaseChatModel):
    """Writes one token, then never answers again (within the test's patience)."""

    hang_s: float = 30.0

    @property
    def _llm_type(self) -> str:
        return "hanging"

    def _stream(
        self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kwargs: Any
    ) -> Iterator[ChatGenerationChunk]:
        yield ChatGenerationChunk(message=AIMessageChunk(content="Well"))
        time.sleep(self.hang_s)

    def _generate(
        self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kwargs: Any
    ) -> ChatResult:
        time.sleep(self.hang_s)
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=""))])


class WordReader:
    """A fitted stand-in crisis reader: the share of a text's words seen only in crisis examples."""

    def __init__(self, words: set[str]) -> None:
        self.words = words

    def score(self, texts: list[str]) -> np.ndarray:
        """Share of known crisis-only words per text."""
        out = []
        for text in texts:
            words = re.findall(r"[a-z]+", text.lower())
            out.append(sum(w in self.words for w in words) / max(len(words), 1))
        return np.asarray(out)


class WordTuner:
    """A deterministic stand-in for fine-tuning MiniLM: learns the words that occur only in crisis examples."""

    def __init__(self, identity: str = "words", reads: str = "") -> None:
        self.tuning = identity  # what its word lists depend on
        self.identity = identity + reads  # plus how it scores, as a real tuner's read format
        self.fitted: list[int] = []
        self.adopted: list[WordReader] = []

    def fit(self, texts: list[str], labels: np.ndarray) -> WordReader:
        """Remember how many rows it saw and which words only crisis rows use."""
        self.fitted.append(len(texts))
        seen: dict[bool, set[str]] = {True: set(), False: set()}
        for text, label in zip(texts, labels, strict=True):
            seen[bool(label)].update(re.findall(r"[a-z]+", text.lower()))
        return WordReader(seen[True] - seen[False])

    def combine(self, readers: list[WordReader]) -> WordReader:
        """The words every fold reader learned."""
        return WordReader(set.intersection(*(r.words for r in readers)))

    def adopt(self, reader: WordReader) -> WordReader:
        """Note the reader taken from the cache; a word list needs no files of its own."""
        self.adopted.append(reader)
        return reader
