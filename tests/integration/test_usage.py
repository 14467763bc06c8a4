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


def test_retention_purge_erases_finished_referrals_and_old_analytics(tmp_path, monkeypatch, capsys):
    from datetime import UTC, datetime, timedelta

    from assistant.cli import main
    from assistant.referral.draft import Contact, ReferralDraft
    from assistant.referral.store import ReferralStore, Submission

    url = f"sqlite:///{tmp_path / 'r.sqlite'}"
    monkeypatch.setenv("ASSISTANT_DATABASE_URL", url)
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    store = ReferralStore(url)
    draft = ReferralDraft(goal="g", question_for_mentor="q")
    old = store.submit(Submission("old", draft, True, Contact(name="Old Person"))).code
    store.change_status(old, "withdrawn", "person")
    still_open = store.submit(Submission("open", draft, True, Contact())).code
    usage = UsageStore(url)
    usage.record_reply("r-old", "micro", "other", None, True)
    with store.session() as s:  # age the withdrawn referral and the analytics row by two years
        from assistant.referral.models import Referral
        from assistant.usage.models import ReplyEvent

        s.query(Referral).filter_by(code=old).update({"updated_at": datetime.now(UTC) - timedelta(days=730)})
        s.query(ReplyEvent).update({"at": datetime.now(UTC) - timedelta(days=730)})
    assert main(["referrals", "purge", "--older-than-days", "365"]) == 2  # refused without --yes
    assert main(["referrals", "purge", "--older-than-days", "365", "--yes"]) == 0
    assert "erased 1 finished referral(s) and 1 analytics row(s)" in capsys.readouterr().out
    assert store.status(old)["status"] == "erased" and store.status(still_open)["status"] == "new"
    assert usage.summary(days=3650).replies == 0
    store.close()
    usage.close()
