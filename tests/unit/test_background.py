"""Writes kept off a reply's path: waited for briefly, finished afterwards, errors logged without their text."""

from __future__ import annotations

import logging
import threading

from assistant.background import run_briefly
from assistant.pipeline import Assistant
from assistant.settings import Settings
from assistant.types import Reply


def test_a_quick_write_is_waited_for_and_a_failure_is_logged_by_type_only(caplog):
    done: list[str] = []
    assert run_briefly(lambda: done.append("row"), "recording a test row", "analytics") is True and done == ["row"]

    def broken() -> None:
        raise RuntimeError("INSERT failed for 'my manager keeps shouting at me'")

    with caplog.at_level(logging.ERROR):
        assert run_briefly(broken, "recording a test row", "analytics") is True
    assert "recording a test row failed (RuntimeError)" in caplog.text
    assert "shouting" not in caplog.text, "a database error can quote the person's words: never logged"


def test_a_blocked_write_costs_the_reply_its_wait_and_finishes_afterwards(caplog):
    release, landed = threading.Event(), threading.Event()

    def blocked() -> None:
        release.wait(30)
        landed.set()

    assert run_briefly(blocked, "recording a test row", "analytics", wait_s=0.02) is False  # returned, write waits
    assert "is taking long" in caplog.text and not landed.is_set()
    release.set()
    assert landed.wait(30), "the write carries on after the reply went out"


def test_a_hung_store_ties_up_two_threads_and_never_delays_an_alert():
    release = threading.Event()
    for _ in range(10):  # ten replies while the analytics store hangs
        assert run_briefly(lambda: release.wait(30), "recording a test row", "analytics", wait_s=0.01) is False
    assert len([t for t in threading.enumerate() if t.name.startswith("analytics-row")]) <= 2
    sent: list[str] = []
    assert run_briefly(lambda: sent.append("alert"), "queuing a test alert", "alerts", wait_s=5) is True
    assert sent == ["alert"], "the on-call alert does not queue behind the analytics backlog"
    release.set()


class _LockedUsage:
    """A usage store whose database is locked until the test lets go."""

    def __init__(self) -> None:
        self.release, self.landed, self.rows = threading.Event(), threading.Event(), []

    def record_reply(self, reply_id, route, *args, **kwargs):
        self.release.wait(30)
        self.rows.append((reply_id, route))
        self.landed.set()


def test_recording_a_reply_never_holds_the_reply_back(tmp_path):
    assistant = Assistant(Settings(data_dir=tmp_path))
    usage = _LockedUsage()
    assistant.__dict__["usage"] = usage  # the cached store, replaced before first use
    reply = Reply("crisis", "Please call or text 988 now.")
    assistant.record(reply, "I can't go on", wait_s=0.02)
    assert usage.rows == []  # the reply is already on its way; the row is still waiting for the lock
    usage.release.set()
    assert usage.landed.wait(30), "the row lands once the lock is let go"
    assert usage.rows == [(reply.reply_id, "crisis")]
