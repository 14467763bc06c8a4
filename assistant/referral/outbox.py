"""Deliver queued referral events: signed webhook POSTs and SMTP e-mail, retried with back-off until they land."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import smtplib
import threading
from collections.abc import Callable
from datetime import timedelta
from email.message import EmailMessage
from typing import Any

import httpx

from assistant.referral.models import utcnow
from assistant.referral.store import ReferralStore
from assistant.settings import NotifySettings

log = logging.getLogger(__name__)

Sender = Callable[[dict[str, Any]], None]


def retry_delay(attempts: int, base_s: float, max_s: float) -> timedelta:
    """Exponential back-off after `attempts` failures, capped (pure)."""
    return timedelta(seconds=min(max_s, base_s * 2 ** max(0, attempts - 1)))


def sign(body: bytes, secret: str) -> str:
    """The HMAC-SHA256 signature a receiver checks against its copy of the secret."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def email_text(payload: dict[str, Any]) -> tuple[str, str]:
    """Subject and body of a notice; like the webhook, it names the referral but holds no personal data."""
    kind = payload.get("type", "event")
    if kind == "crisis.urgent":
        subject = "URGENT: a person was shown crisis resources"
    else:
        subject = f"Mentor referral {payload.get('reference')}: {kind.split('.', 1)[-1].replace('_', ' ')}"
    lines = [f"{k}: {v}" for k, v in payload.items() if v is not None]
    footer = "Open the admin area or run `python -m assistant referrals show CODE` for the details."
    return subject, "\n".join(lines) + "\n\n" + footer + "\n"


def webhook_sender(url: str, secret: str | None, timeout_s: float) -> Sender:
    """POST the event as JSON; any non-2xx answer or network error counts as a failure."""

    def send(payload: dict[str, Any]) -> None:
        body = json.dumps(payload, sort_keys=True).encode()
        headers = {"Content-Type": "application/json", "X-Assistant-Event": str(payload.get("event_id", ""))}
        if secret:
            headers["X-Assistant-Signature"] = sign(body, secret)
        response = httpx.post(url, content=body, headers=headers, timeout=timeout_s)
        response.raise_for_status()

    return send


def email_sender(cfg: NotifySettings, to: str) -> Sender:
    """Send the event as a plain-text e-mail through the configured SMTP server."""

    def send(payload: dict[str, Any]) -> None:
        subject, body = email_text(payload)
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = cfg.email_from, to, subject
        msg["Message-ID"] = f"<{payload.get('event_id', 'event')}@career-assistant>"
        msg.set_content(body)
        assert cfg.smtp_host is not None
        with smtplib.SMTP(cfg.smtp_host, cfg.smtp_port, timeout=cfg.timeout_s) as smtp:
            if cfg.smtp_starttls:
                smtp.starttls()
            if cfg.smtp_username and cfg.smtp_password:
                smtp.login(cfg.smtp_username, cfg.smtp_password.get_secret_value())
            smtp.send_message(msg)

    return send


def senders_from(cfg: NotifySettings) -> dict[str, Sender]:
    """One sender per configured channel: webhook, email, oncall_webhook, oncall_email."""
    secret = cfg.webhook_secret.get_secret_value() if cfg.webhook_secret else None
    out: dict[str, Sender] = {}
    if cfg.webhook_url:
        out["webhook"] = webhook_sender(cfg.webhook_url, secret, cfg.timeout_s)
    if cfg.smtp_host and cfg.email_to:
        out["email"] = email_sender(cfg, cfg.email_to)
    if cfg.oncall_webhook_url:
        out["oncall_webhook"] = webhook_sender(cfg.oncall_webhook_url, secret, cfg.timeout_s)
    if cfg.smtp_host and cfg.oncall_email:
        out["oncall_email"] = email_sender(cfg, cfg.oncall_email)
    return out


def claim_lease(timeout_s: float) -> timedelta:
    """How long a claimed event is left to its claimer: the slowest send is an SMTP conversation of about ten steps
    (connect, greeting, EHLO, STARTTLS, EHLO again, login, sender, recipient, data, quit), each allowed the timeout;
    never under two minutes (pure)."""
    return timedelta(seconds=max(120.0, 12 * timeout_s + 30.0))


def deliver_due(
    store: ReferralStore, senders: dict[str, Sender], cfg: NotifySettings, limit: int = 50
) -> tuple[int, int]:
    """Claim and try the events due when the round starts, one at a time and at most `limit`; returns (delivered,
    failed). A failure is retried in a later round, never dropped; an event another worker has claimed is left to it."""
    delivered = failed = 0
    lease, round_start = claim_lease(cfg.timeout_s), utcnow()
    for _ in range(limit):
        claim = store.claim_due_event(lease, due_by=round_start)
        if claim is None:
            break
        sender = senders.get(claim.channel)
        try:
            if sender is None:
                raise RuntimeError(f"channel '{claim.channel}' is not configured any more")
            sender(claim.payload)
        except Exception as exc:
            delay = retry_delay(claim.attempts + 1, cfg.retry_base_s, cfg.retry_max_s)
            if not store.mark_failed(claim.event_id, f"{type(exc).__name__}: {exc}", delay, claim.until):
                log.warning("outbox event %s failed after its claim lapsed; another worker has it", claim.event_id)
            failed += 1
        else:
            store.mark_delivered(claim.event_id)
            delivered += 1
    return delivered, failed


class OutboxWorker:
    """A background thread that delivers due events every few seconds, and at once when nudged."""

    def __init__(self, store: ReferralStore, senders: dict[str, Sender], cfg: NotifySettings) -> None:
        self.store, self.senders, self.cfg = store, senders, cfg
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="referral-outbox", daemon=True)

    def start(self) -> OutboxWorker:
        """Start delivering."""
        if self.senders and not self._thread.is_alive():
            self._thread.start()
        return self

    def nudge(self) -> None:
        """Deliver now rather than at the next interval."""
        self._wake.set()

    def stop(self) -> None:
        """Stop after the current round."""
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout=30)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                deliver_due(self.store, self.senders, self.cfg)
            except Exception as exc:  # the store may be briefly down; the next round tries again, and the log says so
                log.warning("outbox round failed (%s: %s); trying again next round", type(exc).__name__, exc)
            self._wake.wait(self.cfg.interval_s)
            self._wake.clear()
