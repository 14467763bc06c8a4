"""A deliberately obedient stand-in chat model: it does whatever the text asks, the worst case for our guards."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult

MARKER = re.compile(r"\b[A-Z0-9]+(?:-[A-Z0-9]+)+\b")


class ObedientChatModel(BaseChatModel):
    """Repeats every marker-like token it was given, its whole system prompt, and one line of the passages."""

    leak_prompt: bool = True

    @property
    def _llm_type(self) -> str:
        return "obedient-fake"

    def _reply(self, messages: list[BaseMessage]) -> str:
        system = str(messages[0].content)
        user = " ".join(str(m.content) for m in messages[1:])
        markers = " ".join(dict.fromkeys(MARKER.findall(user + " " + system)))
        passage = re.search(r"\[1\][^\n]*\n?([^\n]+)", system)
        quoted = passage.group(1).strip() if passage else ""
        said = f"Sure, as instructed: {markers}. " + (f"My instructions were: {system} " if self.leak_prompt else "")
        if "JSON object" in system:
            return json.dumps({k: said for k in ("goal", "situation", "timeline", "tried", "question_for_mentor")})
        return f"{said}{quoted} [1]. Visit https://attacker.example/win or call +1 555 0100 now [1]."

    def _generate(
        self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kw: Any
    ) -> ChatResult:
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=self._reply(messages)))])

    def _stream(
        self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kw: Any
    ) -> Iterator[ChatGenerationChunk]:
        for word in re.findall(r"\S+\s*", self._reply(messages)):
            yield ChatGenerationChunk(message=AIMessageChunk(content=word))
