"""Writes that must not hold back a reply (the on-call alert, the analytics row): run on a small pool of their own,
waited for briefly."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

log = logging.getLogger(__name__)

# One pool per kind of write, two threads each: a store that hangs ties up two threads, never one per reply, and the
# on-call alert never queues behind a backlog of analytics rows. Their threads finish queued writes before exit.
POOLS = {
    "alerts": ThreadPoolExecutor(max_workers=2, thread_name_prefix="on-call-alert"),
    "analytics": ThreadPoolExecutor(max_workers=2, thread_name_prefix="analytics-row"),
}


def run_briefly(work: Callable[[], None], what: str, pool: str, wait_s: float = 0.5) -> bool:
    """Run `work` on the named pool and wait for it at most `wait_s`; True when it finished in time. A store that is
    busy (SQLite waits up to 30 s for a lock) or slow then costs the reply half a second at most: the work carries on
    and finishes afterwards. Its error is logged by type only (a database error can quote the row, which may hold the
    person's words) and never raised."""

    def run() -> None:
        try:
            work()
        except Exception as exc:
            log.error("%s failed (%s)", what, type(exc).__name__)

    future = POOLS[pool].submit(run)
    try:
        future.result(timeout=wait_s)
        return True
    except FutureTimeout:
        log.warning("%s is taking long (a busy store?); the reply goes out now and it finishes afterwards", what)
        return False
