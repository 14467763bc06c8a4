"""Usage analytics on real SQLite and PostgreSQL: replies, one rating per reply (also when concurrent), masked gaps."""

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


@pytest.fixture
def usage(database):
    store = UsageStore(database)
    yield store
    with store.engine.begin() as conn:  # one database per module: leave it empty for the next test
        conn.exec_driver_sql("DELETE FROM rating")
        conn.exec_driver_sql("DELETE FROM reply_event")
    store.close()


def all_at_once(calls: list) -> list[str]:
    """Run the calls on threads released together; the names of the errors they raised."""
    import threading

    start, errors = threading.Barrier(len(calls)), []

    def run(call):
        start.wait()
        try:
            call()
        except Exception as exc:  # the caller's assertion reports it
            errors.append(type(exc).__name__)

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


def test_concurrent_ratings_of_one_reply_leave_one_rating(usage, database):
    usage.record_reply("busy", "micro", "interviews", "generated", True)
    stores = [UsageStore(database) for _ in range(6)]  # six app workers, each with its own connections
    errors = all_at_once([lambda st=st, i=i: st.rate("busy", i % 2 == 0, f"reason {i}") for i, st in enumerate(stores)])
    for st in stores:
        st.close()
    assert errors == []
    with usage.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM rating WHERE reply_id = 'busy'").scalar() == 1
    assert usage.summary(days=1).rated == 1


def test_a_database_from_before_unique_ratings_is_brought_up_to_date(usage, database):
    from datetime import UTC, datetime

    usage.record_reply("old", "micro", "other", None, True)
    with usage.engine.begin() as conn:  # the schema and rows of an earlier version: a plain index, two ratings
        conn.exec_driver_sql("DROP INDEX ix_rating_reply_id")
        conn.exec_driver_sql("CREATE INDEX ix_rating_reply_id ON rating (reply_id)")
        for helpful in (False, True):
            conn.exec_driver_sql(
                "INSERT INTO rating (reply_id, at, helpful, reason) VALUES ('old', %s, %s, '')"
                if database.startswith("postgresql")
                else "INSERT INTO rating (reply_id, at, helpful, reason) VALUES ('old', ?, ?, '')",
                (datetime.now(UTC).replace(tzinfo=None), helpful),
            )
    upgraded = UsageStore(database)
    from sqlalchemy import inspect

    index = next(ix for ix in inspect(upgraded.engine).get_indexes("rating") if ix["name"] == "ix_rating_reply_id")
    assert index["unique"]
    summary = upgraded.summary(days=1)
    assert (summary.rated, summary.helpful) == (1, 1), "the newest of the two ratings is kept"
    UsageStore(database).close()  # opening it again changes nothing
    upgraded.close()


def test_replicas_upgrading_one_database_together_take_turns(usage, database):
    from assistant.database import make_engine
    from assistant.usage.store import one_rating_per_reply

    for _ in range(5):  # on PostgreSQL two unlocked upgrades deadlocked in about one round in five
        with usage.engine.begin() as conn:
            conn.exec_driver_sql("DROP INDEX ix_rating_reply_id")
            conn.exec_driver_sql("CREATE INDEX ix_rating_reply_id ON rating (reply_id)")
        engines = [make_engine(database) for _ in range(2)]
        errors = all_at_once([lambda e=e: one_rating_per_reply(e) for e in engines])
        for e in engines:
            e.dispose()
        assert errors == []


def test_a_rating_that_loses_the_race_replaces_the_one_that_won(usage, database, monkeypatch):
    from sqlalchemy.exc import IntegrityError

    from assistant.usage.models import Rating

    usage.record_reply("race", "micro", "other", None, True)
    usage.rate("race", False, "first")
    with pytest.raises(IntegrityError), usage._sessions.begin() as s:  # the index refuses a second row
        s.add(Rating(reply_id="race", helpful=True, reason=""))
    real, calls = usage._rate_once, []

    def loses_once(reply_id, helpful, reason):
        calls.append(reason)
        if len(calls) == 1:  # the other request's insert committed between this one's look-up and its insert
            raise IntegrityError("INSERT INTO rating", {}, Exception("duplicate key value"))
        real(reply_id, helpful, reason)

    monkeypatch.setattr(usage, "_rate_once", loses_once)
    usage.rate("race", True, "second")
    assert calls == ["second", "second"]
    with usage._sessions.begin() as s:
        rows = s.query(Rating).filter_by(reply_id="race").all()
        assert [(r.helpful, r.reason) for r in rows] == [(True, "second")]


def test_a_rating_waits_briefly_for_its_reply_row(usage):
    import threading

    late = threading.Timer(0.3, usage.record_reply, args=("late", "micro", "other", None, True))
    late.start()  # the reply's row is still being written when the thumbs-up arrives
    usage.rate("late", True, settle_s=10)
    late.join()
    assert usage.summary(days=1).rated == 1
    with pytest.raises(NotFoundError):
        usage.rate("never-logged", True, settle_s=0.2)
