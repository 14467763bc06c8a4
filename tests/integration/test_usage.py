"""Usage analytics on real SQLite: replies, one rating per reply, masked gap questions."""

from __future__ import annotations

import pytest

from assistant.errors import InputError, NotFoundError
from assistant.usage.store import UsageStore

pytestmark = pytest.mark.integration


def test_record_rate_and_summarise(tmp_path):
    store = UsageStore(f"sqlite:///{tmp_path / 'u.sqlite'}")
    store.record_reply("r1", "micro", "interviews", "generated", True, "How do I answer X?")
    store.record_reply("r2", "micro", "other", None, False, "Can I email jo@example.org about lighthouses?")
    store.record_reply("r3", "micro", "other", None, False, "secret question", keep_question=False)
    store.rate("r1", False)
    store.rate("r1", True, "clear, thanks")  # a change of mind replaces the rating
    with pytest.raises(NotFoundError):
        store.rate("nope", True)
    with pytest.raises(InputError):
        store.rate("r1", True, "x" * 501)
    s = store.summary(days=7)
    assert s.replies == 3 and s.rated == 1 and s.helpful == 1
    assert [q for _, q in s.gaps] == ["Can I email [email removed] about lighthouses?"]
    store.close()
