"""The referral store and service end to end on real SQLite and a throw-away PostgreSQL, with local receivers."""

from __future__ import annotations

import io
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from assistant.errors import InputError, NotFoundError
from assistant.referral.models import OutboxEvent, Referral, StatusChange
from assistant.referral.service import Referrals
from assistant.settings import NotifySettings, Settings
from tests.fakes import bag_of_words
from tests.servers import WebhookReceiver, smtp_server

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
CANARY = "canary.7f3k9@example.org"


def referrals_for(tmp_path, url=None, notify=None, **over) -> Referrals:
    settings = Settings(
        data_dir=tmp_path / "data",
        corpus_dir=ROOT / "corpus",
        database_url=url,
        notify=notify or NotifySettings(),
        **over,
    )
    return Referrals(settings, bag_of_words, lambda: None)  # type: ignore[arg-type,return-value]


def submission(sid: str, **over):
    data = {
        "submission_id": sid,
        "consent": True,
        "topic": "career-change",
        "draft": {
            "goal": "Move from teaching into UX research within two years",
            "situation": "Secondary-school teacher for eight years.",
            "question_for_mentor": "Which first step would you take in my place?",
        },
        "contact": {"name": "Sam", "email": CANARY},
    }
    return data | over


@pytest.fixture
def refs(tmp_path, database):
    service = referrals_for(tmp_path, database)
    yield service
    with service.store.session() as s:  # one database per module: leave it empty for the next test
        for ref in s.scalars(select(Referral)):
            s.delete(ref)
        s.query(OutboxEvent).delete()
    service.store.close()


def test_submit_is_idempotent_and_gives_a_code_to_track(refs):
    first = refs.submit(submission("sub-1", mentor_id="m-ada-okonkwo"))
    again = refs.submit(submission("sub-1", mentor_id="m-ada-okonkwo"))
    assert first.created and not again.created and again.code == first.code
    assert first.mentor_id == "m-ada-okonkwo" and first.waitlist_position is None
    status = refs.status(first.code.lower())
    assert status["status"] == "new" and status["history"][0]["actor"] == "person"
    with refs.store.session() as s:
        assert s.scalar(select(func.count(Referral.id))) == 1


def test_double_click_from_many_threads_makes_one_referral(refs):
    codes: list[str] = []
    threads = [threading.Thread(target=lambda: codes.append(refs.submit(submission("dbl")).code)) for _ in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(codes)) == 1 and len(codes) == 12
    with refs.store.session() as s:
        assert s.scalar(select(func.count(Referral.id))) == 1


def test_no_consent_or_bad_fields_store_nothing(refs):
    with pytest.raises(InputError, match="consent"):
        refs.submit(submission("n1", consent=False))
    with pytest.raises(InputError, match="consent"):
        refs.submit(submission("n1", consent="yes"))
    too_long = submission("n2")
    too_long["draft"] = too_long["draft"] | {"situation": "x" * 1501}
    with pytest.raises(InputError, match=r"'Situation' .*at most 1500"):
        refs.submit(too_long)
    with pytest.raises(InputError, match="e-mail address"):
        refs.submit(submission("n3", contact={"email": "nope"}))
    with pytest.raises(NotFoundError, match="No mentor has the id 'm-ghost'"):
        refs.submit(submission("n4", mentor_id="m-ghost"))
    with pytest.raises(InputError, match="submission id"):
        refs.submit(submission(""))
    for field, value, message in (
        ("draft", "abc", "'draft' must be an object"),
        ("suggested", "abc", "'suggested' must be a list"),
        ("suggested", [1, 2], "'suggested' must be a list"),
        ("locale", {"a": 1}, "'locale' must be a language tag"),
        ("locale", "x" * 17, "'locale' must be a language tag"),
    ):
        with pytest.raises(InputError, match=message):
            refs.submit(submission("n5", **{field: value}))
    with refs.store.session() as s:
        assert s.scalar(select(func.count(Referral.id))) == 0


def test_lifecycle_is_recorded_and_enforced(refs):
    code = refs.submit(submission("life")).code
    refs.assign(code, "m-tomas-ferreira-lind", "staff:ana")
    refs.change_status(code, "accepted", "mentor:m-tomas-ferreira-lind")
    refs.change_status(code, "scheduled", "staff:ana", note="first call on Monday")
    with pytest.raises(InputError, match="'scheduled' cannot become 'accepted'"):
        refs.change_status(code, "accepted", "staff:ana")
    refs.change_status(code, "closed", "staff:ana")
    history = refs.status(code)["history"]
    assert [h["to"] for h in history] == ["new", "accepted", "scheduled", "closed"]
    assert history[2]["note"] == "first call on Monday" and [h["actor"] for h in history] == [
        "person",
        "mentor",
        "staff",
        "staff",
    ], "the person sees roles, never a login such as staff:ana"
    assert refs.store.get(code)["history"][2]["actor"] == "staff:ana", "staff still see who acted"
    with pytest.raises(InputError, match="only open referrals"):
        refs.assign(code, "m-ada-okonkwo", "staff:ana")
    with pytest.raises(NotFoundError, match="No referral has the code"):
        refs.status("MR-2222-2222")
    with pytest.raises(InputError, match="not a reference code"):
        refs.status("hello")


def test_capacity_is_respected_and_the_waitlist_counts_positions(refs):
    mentor = refs.mentor("m-marguerite-vanterpool")  # capacity 2 in the sample directory
    codes = [refs.submit(submission(f"cap{i}", mentor_id=mentor.id)) for i in range(mentor.capacity + 1)]
    assert [c.mentor_id for c in codes] == [mentor.id] * mentor.capacity + [None]
    assert codes[-1].waitlist_position == 1
    assert refs.submit(submission("cap-next")).waitlist_position == 2
    with pytest.raises(InputError, match="places taken"):
        refs.assign(codes[-1].code, mentor.id, "staff")
    refs.assign(codes[-1].code, mentor.id, "staff", force=True)
    room = {m["id"]: m for m in refs.mentor_room()}
    assert room[mentor.id]["free"] == 0 and room[mentor.id]["active"] == 3
    refs.withdraw(codes[0].code)
    assert {m["id"]: m for m in refs.mentor_room()}[mentor.id]["active"] == 2


def test_a_submission_cannot_take_the_last_place_while_staff_assign_it(refs):
    mentor = refs.mentor("m-marguerite-vanterpool")  # capacity 2
    refs.submit(submission("race1", mentor_id=mentor.id))
    waiting = refs.submit(submission("race2")).code
    count = refs.store._active
    late: dict[str, object] = {}

    def submit_meanwhile() -> None:
        late["receipt"] = refs.submit(submission("race3", mentor_id=mentor.id))

    def counted_then_paused(s):  # the staff side has counted one free place; a person submits before it writes
        active = count(s)
        if "thread" not in late:
            late["thread"] = threading.Thread(target=submit_meanwhile)
            late["thread"].start()
            time.sleep(1.0)  # long enough for the submission to commit, had nothing held it back
        return active

    refs.store._active = counted_then_paused
    try:
        refs.assign(waiting, mentor.id, "staff")
    finally:
        late["thread"].join(timeout=60)
        refs.store._active = count
    assert late["receipt"].mentor_id is None and late["receipt"].waitlist_position == 1
    assert {m["id"]: m for m in refs.mentor_room()}[mentor.id]["active"] == mentor.capacity


def test_queue_filters_and_csv_export(refs):
    a = refs.submit(submission("q1", topic="networking", mentor_id="m-ada-okonkwo")).code
    refs.submit(submission("q2", draft=submission("q2")["draft"] | {"goal": "=cmd|' /C calc'!A0"}))
    refs.change_status(a, "accepted", "staff")
    assert [r["reference"] for r in refs.store.queue(status="accepted")] == [a]
    assert [r["reference"] for r in refs.store.queue(mentor_id="m-ada-okonkwo")] == [a]
    assert len(refs.store.queue(topic="networking")) == 1
    b = refs.submit(submission("q3")).code
    refs.assign(b, "m-ada-okonkwo", "staff", force=True)
    other = next(m.id for m in refs.mentors if m.id != "m-ada-okonkwo")
    refs.assign(b, other, "staff", force=True)  # reassigned: only the newest mentor sees it
    assert [r["reference"] for r in refs.store.queue(mentor_id="m-ada-okonkwo")] == [a]
    assert [r["reference"] for r in refs.store.queue(mentor_id=other, limit=1)] == [b]  # the limit counts theirs only
    refs.withdraw(a)  # finished: it goes after every open referral, so a full page never hides a new one
    assert [r["reference"] for r in refs.store.queue()][-1] == a
    assert a not in [r["reference"] for r in refs.store.queue(limit=2)]
    out = io.StringIO()
    asked: list[object] = []
    queue = refs.store.queue
    refs.store.queue = lambda **kw: asked.append(kw.get("limit", "default")) or queue(**kw)
    try:
        assert refs.export_csv(out) == 3
    finally:
        refs.store.queue = queue
    assert asked == [None], "an export takes every referral, not the first page"
    text = out.getvalue()
    assert text.splitlines()[0].startswith("reference,status,created_at")
    assert "'=cmd" in text and CANARY not in text  # formulas defused; contact details stay out of exports


def test_erasure_leaves_no_trace(refs):
    code = refs.submit(submission("erase-me", mentor_id="m-ada-okonkwo")).code
    refs.change_status(code, "accepted", "staff")
    refs.erase(code, "staff:dpo")
    assert refs.status(code)["status"] == "erased"
    with pytest.raises(NotFoundError):
        refs.store.get(code)
    with refs.store.session() as s:
        assert s.scalar(select(func.count(StatusChange.id))) == 0
        assert s.scalar(select(func.count(OutboxEvent.id))) == 0
    if refs.store.engine.dialect.name == "sqlite":
        path = Path(refs.store.engine.url.database)
        files = [p for p in path.parent.iterdir() if p.name.startswith(path.name)]
        assert files and all(CANARY.encode() not in p.read_bytes() for p in files), files
    assert refs.store.integrity_check() == "ok"


def test_events_are_delivered_after_the_webhook_comes_back(tmp_path, database):
    hook = WebhookReceiver()  # not started: the centre's server is down
    notify = NotifySettings(webhook_url=hook.url, webhook_secret="s3cret", retry_base_s=0.01, retry_max_s=0.05)
    refs = referrals_for(tmp_path, database, notify)
    codes = [refs.submit(submission(f"hook{i}")).code for i in range(3)]
    refs.change_status(codes[0], "accepted", "staff")
    delivered, failed = refs.deliver()
    assert (delivered, failed) == (0, 4)
    time.sleep(0.1)
    assert refs.deliver() == (0, 4)  # still down: retried, nothing dropped
    hook.start()
    try:
        time.sleep(0.1)
        assert refs.deliver() == (4, 0)
        assert refs.deliver() == (0, 0)
    finally:
        hook.stop()
    kinds = sorted(body["type"] for _, body in hook.received)
    assert kinds == ["referral.created"] * 3 + ["referral.status_changed"]
    headers, body = hook.received[0]
    assert headers["X-Assistant-Signature"].startswith("sha256=") and body["reference"] in codes
    assert all(CANARY not in str(b) for _, b in hook.received)  # events carry no personal data
    for code in codes:
        refs.erase(code, "test")
    refs.store.close()


def test_two_workers_on_one_database_send_each_event_once(tmp_path, database):
    from datetime import timedelta

    from assistant.referral.outbox import deliver_due
    from assistant.referral.store import ReferralStore

    notify = NotifySettings(webhook_url="http://127.0.0.1:9/unused")
    refs = referrals_for(tmp_path, database, notify)
    codes = [refs.submit(submission(f"pair{i}")).code for i in range(8)]
    other = ReferralStore(database, refs.store.channels, refs.store.urgent_channels)  # a second replica
    sent: list[str] = []

    def slow_send(payload):  # long enough that both workers are in a round at once
        time.sleep(0.05)
        sent.append(payload["event_id"])

    results: list[tuple[int, int]] = []
    workers = [
        threading.Thread(target=lambda st=st: results.append(deliver_due(st, {"webhook": slow_send}, notify)))
        for st in (refs.store, other)
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert sorted(sent) == sorted(set(sent)) and len(sent) == 8, "every event once, none twice"
    assert sum(d for d, _ in results) == 8 and all(f == 0 for _, f in results)
    assert refs.store.outbox_summary() == {"delivered": 8, "pending": 0}

    # a claimer that dies, or whose send outlasts its claim, keeps the event only until the lease runs out
    from assistant.referral.models import utcnow

    codes.append(refs.submit(submission("pair-crash")).code)
    t0 = utcnow()
    first = refs.store.claim_due_event(timedelta(seconds=60), now=t0)
    assert first is not None and other.claim_due_event(timedelta(seconds=60), now=t0 + timedelta(seconds=30)) is None
    second = other.claim_due_event(timedelta(seconds=60), now=t0 + timedelta(seconds=61))
    assert second is not None and second.event_id == first.event_id
    # the first claimer's late failure must not overwrite the second claimer's attempt
    assert refs.store.mark_failed(first.event_id, "TimeoutError", timedelta(seconds=5), first.until) is False
    assert other.mark_failed(second.event_id, "TimeoutError", timedelta(seconds=5), second.until) is True
    [(_, _, _, attempts)] = [e for e in other.due_events(now=t0 + timedelta(days=1)) if e[0] == first.event_id]
    assert attempts == 1, "one failure recorded, not two"
    for code in codes:
        refs.erase(code, "test")
    other.close()
    refs.store.close()


def test_email_notices_and_on_call_events_for_crisis(tmp_path, database):
    with smtp_server() as (port, messages):
        notify = NotifySettings(
            smtp_host="127.0.0.1",
            smtp_port=port,
            email_to="queue@careers.example.edu",
            oncall_email="oncall@careers.example.edu",
        )
        refs = referrals_for(tmp_path, database, notify)
        code = refs.submit(submission("mail1")).code
        assert refs.urgent("en-GB") == 1
        due = refs.store.due_events()
        assert [channel for _, channel, _, _ in due] == ["oncall_email", "email"], "the crisis alert goes first"
        assert refs.deliver() == (2, 0)
        with refs.store.session() as s:
            assert s.scalar(select(func.count(Referral.id))) == 1  # the crisis created no referral
        for _ in range(50):
            if len(messages) >= 2:
                break
            time.sleep(0.05)
        rcpts = sorted(m.rcpt_tos[0] for m in messages)
        assert rcpts == ["oncall@careers.example.edu", "queue@careers.example.edu"]
        bodies = "\n".join(m.content.decode() for m in messages)
        assert code in bodies and "URGENT" in bodies and CANARY not in bodies
        refs.erase(code, "test")
        refs.store.close()


def test_a_locked_store_does_not_hold_back_the_crisis_reply(tmp_path, caplog):
    import sqlite3

    path = tmp_path / "busy.sqlite"
    notify = NotifySettings(oncall_webhook_url="http://127.0.0.1:9/oncall")
    refs = referrals_for(tmp_path, f"sqlite:///{path}", notify)
    assert refs.worker.store is refs.store  # the app opens the store when it starts the delivery worker
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process holds the write lock (a long export, a stuck writer)
    try:
        assert refs.urgent("en-GB", wait_s=0.05) == 1  # returns while the write still waits for the lock
        assert "queuing the on-call event is taking long" in caplog.text
        assert holder.execute("SELECT count(*) FROM outbox_event").fetchone() == (0,)
    finally:
        holder.execute("COMMIT")
        holder.close()
    for _ in range(200):  # the write carries on and lands once the lock is free
        if refs.store.outbox_summary()["pending"] == 1:
            break
        time.sleep(0.02)
    assert refs.store.outbox_summary()["pending"] == 1
    [(_, channel, payload, _)] = refs.store.due_events()
    assert channel == "oncall_webhook" and payload["type"] == "crisis.urgent"
    refs.store.close()


def test_a_checkpoint_blocked_by_a_reader_is_reported_not_claimed(tmp_path, caplog):
    import sqlite3

    from assistant.database import make_engine, reclaim_space

    path = tmp_path / "wal.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x TEXT)")
        conn.exec_driver_sql("INSERT INTO t VALUES ('old copy')")
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT * FROM t").fetchall()  # holds a snapshot: the log cannot be truncated under it
    with engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM t")
    with caplog.at_level("WARNING"):
        assert reclaim_space(engine, ("t",), tries=2) is False
    assert "held by a reader" in caplog.text
    reader.execute("COMMIT")
    reader.close()
    assert reclaim_space(engine, ("t",)) is True
    engine.dispose()
