"""A small admission gate: at most N answers at once, a bounded waiting line, and each waiter's place (pure)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class QueueFullError(Exception):
    """Too many people are waiting already."""


class Admission:
    """Lets `limit` callers in at once and keeps at most `max_waiting` waiting; the rest are turned away."""

    def __init__(self, limit: int, max_waiting: int) -> None:
        self.limit, self.max_waiting = limit, max_waiting
        self.running = 0
        self.waiting = 0
        self._cond = threading.Condition()

    def place(self) -> int:
        """How many are waiting right now (0 = a caller would start at once)."""
        with self._cond:
            return self.waiting if self.running >= self.limit else 0

    @contextmanager
    def slot(self, timeout_s: float = 300.0) -> Iterator[None]:
        """Hold one of the running places for the duration of the block; QueueFullError if the line is too long."""
        with self._cond:
            if self.running >= self.limit:
                if self.waiting >= self.max_waiting:
                    raise QueueFullError
                self.waiting += 1
                try:
                    if not self._cond.wait_for(lambda: self.running < self.limit, timeout=timeout_s):
                        raise QueueFullError
                finally:
                    self.waiting -= 1
            self.running += 1
        try:
            yield
        finally:
            with self._cond:
                self.running -= 1
                self._cond.notify()
