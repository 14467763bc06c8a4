"""kill -9 of the running app while people send referrals through its API: no acknowledged referral is lost."""

from __future__ import annotations

import os
import shutil
import signal
import threading
import time

import pytest
from sqlalchemy import func, select

from assistant.referral.models import Referral
from assistant.referral.store import ReferralStore
from tests.e2e.conftest import app_env, start_app
from tests.servers import free_port, stop

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
SENDERS = 8
KILL_AFTER = 30


def referral(sid: str) -> dict:
    """One reviewed, consented referral as a career centre's own form would send it."""
    return {
        "submission_id": sid,
        "consent": True,
        "draft": {"goal": f"Move into data analysis ({sid})", "question_for_mentor": "Where should I start?"},
        "contact": {"name": f"Person {sid}"},
    }


def test_kill_9_of_the_app_loses_no_acknowledged_referral(app, tmp_path):
    from gradio_client import Client

    data = tmp_path / "data"
    shutil.copytree(app.data_dir, data, ignore=shutil.ignore_patterns("referrals.sqlite*", "*.lock"))
    database_url = f"sqlite:///{tmp_path / 'referrals.sqlite'}"
    port = free_port()
    env = app_env(data, app.corpus_dir, database_url, port, "http://127.0.0.1:9/v1")
    proc, url = start_app(env, port, tmp_path / "app.log")

    acked: dict[str, str] = {}
    lock = threading.Lock()
    stop_sending = threading.Event()

    def sender(n: int) -> None:
        client = Client(url + "/", verbose=False)
        i = 0
        while not stop_sending.is_set():
            sid = f"kill-{n}-{i}"
            try:
                out = client.predict(referral(sid), api_name="/refer")
            except Exception:  # the app is gone: nothing was acknowledged for this one
                return
            if "code" in out:
                with lock:
                    acked[sid] = out["code"]
            i += 1

    threads = [threading.Thread(target=sender, args=(n,), daemon=True) for n in range(SENDERS)]
    try:
        for t in threads:
            t.start()
        deadline = time.monotonic() + 180
        while len(acked) < KILL_AFTER and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)  # mid-stream: the other senders have requests in flight
        proc.wait(timeout=30)
    finally:
        stop_sending.set()
        if proc.poll() is None:
            stop(proc)
    for t in threads:
        t.join(timeout=60)
    log = (tmp_path / "app.log").read_text()
    assert len(acked) >= KILL_AFTER, f"only {len(acked)} referrals acknowledged: {log[-2000:]}"

    proc, url = start_app(env, port, tmp_path / "app.log")  # the same data and database, as after a crash
    try:
        client = Client(url + "/", verbose=False)
        for code in list(acked.values())[:: max(1, len(acked) // 10)]:  # the person's own status check
            status = client.predict(code, api_name="/referral_status")
            assert status.get("reference") == code and status.get("status") == "new", status
        sid, code = next(iter(acked.items()))  # a retry after the crash is recognised, not stored twice
        again = client.predict(referral(sid), api_name="/refer")
        assert again["code"] == code and again["already_received"] is True
    finally:
        stop(proc)

    store = ReferralStore(database_url)
    try:
        assert store.integrity_check() == "ok"
        with store.session() as s:
            stored = dict(s.execute(select(Referral.submission_id, Referral.code)).all())
            per_id = s.scalars(select(func.count()).select_from(Referral).group_by(Referral.submission_id)).all()
    finally:
        store.close()
    assert all(n == 1 for n in per_id)
    lost = [sid for sid, code in acked.items() if stored.get(sid) != code]
    assert not lost, f"acknowledged but lost after kill -9: {lost[:5]}"
    print(f"\nkill -9 of the app after {len(acked)} acknowledged referrals: {len(stored)} stored, none lost")
