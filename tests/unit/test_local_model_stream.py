"""The embedded model's streaming: a failure ends the stream at once; a request given up costs no model time."""

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


class _OneWordTokenizer:
    def decode(self, ids, **kwargs):
        return "ok" if len(ids) else ""


class _CountingModel:
    """Writes one word per run and counts its runs."""

    def __init__(self):
        self.calls = 0

    def generate(self, streamer=None, stopping_criteria=None, **kwargs):
        import torch

        self.calls += 1
        streamer.put(torch.tensor([[1, 2]]))  # the prompt (skipped)
        streamer.put(torch.tensor([7]))
        streamer.end()


def test_a_request_given_up_while_it_waited_for_its_turn_is_not_run(monkeypatch, tmp_path):
    """The answerer's deadline passes while another request holds the model: that request must cost no prefill."""
    import threading

    from assistant.answering.answerer import stream_with_deadline
    from assistant.backends.llm import REQUEST_ABANDONED

    model = LocalChatModel(gguf=Path("unused.gguf"), cache_dir=tmp_path)
    counting = _CountingModel()
    monkeypatch.setattr(LocalChatModel, "_inputs", lambda self, messages: (_OneWordTokenizer(), counting, {}))
    model._lock.acquire()  # another person's answer is being written
    before = set(threading.enumerate())
    with pytest.raises(TimeoutError):
        list(stream_with_deadline(model, [HumanMessage("How do I follow up?")], timeout_s=0.05))
    [waiting] = [t for t in threading.enumerate() if t not in before and t.name == "llm-stream"]
    model._lock.release()
    waiting.join(timeout=30)  # it gets its turn, sees it was given up, and returns
    assert not waiting.is_alive()
    assert counting.calls == 0, "the model never ran for a request nobody waits for"
    assert REQUEST_ABANDONED.get() is None, "the signal stays in the worker thread's context"
    given_up = threading.Event()
    given_up.set()
    token = REQUEST_ABANDONED.set(given_up)
    try:  # a skipped request ends as an empty answer, not as LangChain's "no generation chunks" error
        assert "".join(str(c.content) for c in model.stream([HumanMessage("Still there?")])) == ""
        assert counting.calls == 0
    finally:
        REQUEST_ABANDONED.reset(token)
    answer = "".join(str(c.content) for c in model.stream([HumanMessage("And now?")]))
    assert answer == "ok" and counting.calls == 1, "a request someone waits for runs"


def test_a_given_up_request_stops_the_model_at_the_next_token():
    import threading

    import torch

    from assistant.backends.llm import _Cancelled

    reader_stopped, caller_gone = threading.Event(), threading.Event()
    stop = _Cancelled(reader_stopped, caller_gone)
    ids = torch.zeros((1, 3), dtype=torch.long)
    assert not bool(stop(ids, None)[0])
    caller_gone.set()
    assert bool(stop(ids, None)[0])
