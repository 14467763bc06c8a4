"""Writes that must not hold back a reply (the on-call alert, the analytics row): run on their own thread, waited for
briefly."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)


def run_briefly(work: Callable[[], None], what: str, wait_s: float = 0.5) -> bool:
    """Run `work` on its own thread and wait for it at most `wait_s`; True when it finished in time. A store that is
    busy (SQLite waits up to 30 s for a lock) or slow then costs the reply half a second at most: the work carries on
    and finishes afterwards. Its error is logged by type only (a database error can quote the row, which may hold the
    person's words) and never raised. The thread is not a daemon, so a clean exit waits for the write."""
    done = threading.Event()

    def run() -> None:
        try:
            work()
        except Exception as exc:
            log.error("%s failed (%s)", what, type(exc).__name__)
        finally:
            done.set()

    threading.Thread(target=run, name=what).start()
    if done.wait(wait_s):
        return True
    log.warning("%s is taking long (a busy store?); the reply goes out now and it finishes afterwards", what)
    return False
