"""The embedded model's streaming: a failure inside generation ends the stream at once with the error."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from langchain_core.messages import HumanMessage

from assistant.backends.llm import LocalChatModel


class _Tokenizer:
    def decode(self, ids, **kwargs):  # never reached: generation fails before its first token
        return ""


class _BrokenModel:
    def generate(self, **kwargs):
        raise ValueError("out of memory while writing")


def test_a_generation_error_ends_the_stream_at_once_and_is_raised(monkeypatch, tmp_path):
    model = LocalChatModel(gguf=Path("unused.gguf"), cache_dir=tmp_path)
    monkeypatch.setattr(LocalChatModel, "_inputs", lambda self, messages: (_Tokenizer(), _BrokenModel(), {}))
    started = time.monotonic()
    with pytest.raises(RuntimeError, match=r"embedded model failed while writing \(ValueError\)"):
        list(model.stream([HumanMessage("How do I follow up?")]))
    assert time.monotonic() - started < 10, "not the streamer's 120 s time-out"
