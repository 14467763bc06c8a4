"""The micro-answer path: retrieve, generate with a deadline, guard, or answer extractively."""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Any

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import BaseMessage

from assistant.answering.context import build_context, citations_for
from assistant.answering.extractive import extractive_answer
from assistant.answering.grounding import Embed, SupportChecker, complete_sentences, guard_answer
from assistant.backends.llm import REQUEST_ABANDONED
from assistant.guard.injection import clean_output
from assistant.text import citations_in
from assistant.types import Citation, Passage

NO_GUIDANCE = (
    "I could not find guidance on this in our library, so I would rather not improvise an answer. "
    "A mentor can help with it: you can ask for a referral below, or rephrase the question with a little more detail."
)
BACKEND_NOTICE = "The writing model did not answer in time, so here are the most relevant points from our guidance."
FAILED_NOTICE = "The writing model could not be reached, so here are the most relevant points from our guidance."
GUARD_NOTICE = "The drafted answer strayed from our guidance, so here are the most relevant points from it instead."
LEAK_NOTICE = "The drafted answer did not follow our rules, so here are the most relevant points from our guidance."
log = logging.getLogger(__name__)


@dataclass
class Answer:
    """The finished micro answer."""

    text: str
    citations: list[Citation]
    mode: str | None
    passages: list[Passage]
    notice: str | None = None
    supported_share: float | None = None


def noticed(fallback: Answer, **changes: Any) -> Answer:
    """The extractive fallback with the notice saying why it replaced the model's answer; a fallback that found nothing
    to quote says so alone (a notice promising "the most relevant points" above it would be wrong)."""
    return replace(fallback, **changes) if fallback.mode == "extractive" else fallback


_DONE = object()
_FALLBACK_POOL = ThreadPoolExecutor(max_workers=4, thread_name_prefix="extractive")


def stream_with_deadline(llm: BaseChatModel, messages: list[BaseMessage], timeout_s: float) -> Iterator[str]:
    """Text pieces from the model; raises TimeoutError past the deadline and re-raises the model's errors."""
    pieces: queue.Queue[object] = queue.Queue()
    abandoned = threading.Event()

    def work() -> None:
        REQUEST_ABANDONED.set(abandoned)  # this thread's context: the embedded model skips or stops a given-up request
        stream: Any = llm.stream(messages)  # a generator: close() ends it
        try:
            for chunk in stream:
                if abandoned.is_set():
                    break  # nobody reads on: closing the stream stops the model (or the HTTP response)
                text = chunk.content if isinstance(chunk.content, str) else str(chunk.content)
                if text:
                    pieces.put(text)
        except Exception as exc:  # handed to the consumer, which turns it into the extractive answer
            pieces.put(exc)
        finally:
            stream.close()
            pieces.put(_DONE)

    threading.Thread(target=work, daemon=True, name="llm-stream").start()
    try:
        yield from _read(pieces, timeout_s)
    finally:
        abandoned.set()


def _read(pieces: queue.Queue[object], timeout_s: float) -> Iterator[str]:
    deadline = time.monotonic() + timeout_s
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError(f"no answer within {timeout_s:.0f} s")
        try:
            item = pieces.get(timeout=remaining)
        except queue.Empty as exc:
            raise TimeoutError(f"no answer within {timeout_s:.0f} s") from exc
        if item is _DONE:
            return
        if isinstance(item, Exception):
            raise item
        yield str(item)


class Answerer:
    """Writes micro answers from retrieved passages; the LLM is optional and never trusted unchecked."""

    def __init__(
        self,
        retrieve: Callable[..., list[Passage]],
        embed: Embed,
        count_tokens: Callable[[str], int],
        render: Callable[[str, str], list[BaseMessage]],
        llm: Callable[[], BaseChatModel | None],
        context_tokens: int,
        timeout_s: float,
        leaked: Callable[[str], bool] = lambda _: False,
        embed_question: Embed | None = None,
    ) -> None:
        self.retrieve = retrieve
        self.embed = embed
        self.embed_question = embed_question or embed  # the person's question: the pipeline keeps it out of the cache
        self.count_tokens = count_tokens
        self.render = render
        self.llm = llm
        self.context_tokens = context_tokens
        self.timeout_s = timeout_s
        self.leaked = leaked

    def extractive(self, question: str, passages: list[Passage], notice: str | None) -> Answer:
        """The answer made of the passages' own sentences."""
        text, numbers = extractive_answer(question, passages, self.embed, embed_question=self.embed_question)
        if not text:  # the passages hold no sentence worth quoting: say so rather than show an empty answer
            return Answer(NO_GUIDANCE, [], None, [])
        return Answer(text, citations_for(numbers, passages), "extractive", passages, notice)

    @staticmethod
    def _shown(sentences: list[str], checker: SupportChecker) -> Iterator[str]:
        informative = [s for s in sentences if SupportChecker.informative(s)]
        for sentence in checker.check_many(informative):
            if sentence is not None:
                yield f"- {clean_output(sentence).removeprefix('- ')}\n"

    def stream(self, question: str, topic: str | None = None) -> Iterator[str | Answer]:
        """Yield checked sentences as the model finishes them, then the final Answer.

        Only sentences the passages support are ever shown, so an instruction smuggled into the question or a
        passage cannot put its words on the page; a draft that leaks the system prompt is dropped whole.
        """
        passages = self.retrieve(question, topic) if topic else self.retrieve(question)
        if not passages:
            yield Answer(NO_GUIDANCE, [], None, [])
            return
        context, used = build_context(passages, self.context_tokens, self.count_tokens)
        model = self.llm()
        if model is None:
            yield self.extractive(question, used, None)
            return
        # The fallback is prepared while the model writes, so a time-out is answered at once.
        fallback: Future[Answer] = _FALLBACK_POOL.submit(self.extractive, question, used, None)
        draft: list[str] = []
        checker = SupportChecker(used, self.embed)
        buffer = ""
        try:
            for piece in stream_with_deadline(model, self.render(question, context), self.timeout_s):
                draft.append(piece)
                if self.leaked("".join(draft)):
                    yield noticed(fallback.result(), notice=LEAK_NOTICE, supported_share=0.0)
                    return
                finished, buffer = complete_sentences(buffer + piece)
                yield from self._shown(finished, checker)
            yield from self._shown(complete_sentences(buffer + "\n")[0], checker)
        except Exception as exc:  # timeout, HTTP error, refused connection: never shown as an exception
            timed_out = isinstance(exc, TimeoutError) or "Timeout" in type(exc).__name__  # openai's APITimeoutError
            if not timed_out:  # a wrong key or a missing model file would otherwise fall back in silence, every time
                log.warning("the writing model failed (%s: %s); answering extractively", type(exc).__name__, exc)
            yield noticed(fallback.result(), notice=BACKEND_NOTICE if timed_out else FAILED_NOTICE)
            return
        checked = guard_answer("".join(draft), used, self.embed, checker)
        if not checked.usable:
            yield noticed(fallback.result(), notice=GUARD_NOTICE, supported_share=checked.supported_share)
            return
        text = "\n".join(f"- {clean_output(s).removeprefix('- ')}" for s in checked.kept)
        yield Answer(
            text, citations_for(citations_in(text), used), "generated", used, supported_share=checked.supported_share
        )
