"""`python -m assistant ask`: the printed reply keeps the crisis lines of a check-in above any notice."""

from __future__ import annotations

import argparse
import io

import assistant.pipeline
from assistant.cli import run_ask
from assistant.types import Reply

CHECK_IN = "Before the answer: if you are thinking of ending your life, call 988.\n\n---\n\n"


class _Assistant:
    def ask_stream(self, question, locale=None):
        yield CHECK_IN
        reply = Reply("micro", CHECK_IN + "Name the gap plainly.", mode="extractive", notice="The model was slow.")
        reply.check_in = CHECK_IN
        yield reply


def test_the_notice_is_printed_after_the_check_in(monkeypatch):
    monkeypatch.setattr(assistant.pipeline, "build_assistant", lambda settings: _Assistant())
    out = io.StringIO()
    args = argparse.Namespace(question=["how", "do", "I", "explain", "a", "gap"], locale=None, json=False)
    assert run_ask(args, out) == 0
    final = out.getvalue().split("--- the draft was replaced ---", 1)[1]
    assert final.index("call 988") < final.index("(The model was slow.)") < final.index("Name the gap plainly")
