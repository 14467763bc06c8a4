"""`python -m assistant referrals ...`: the staff queue, mentors, status changes, export, erasure, delivery."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime, timedelta
from typing import IO, Any

from assistant.errors import InputError
from assistant.referral.lifecycle import STATUSES
from assistant.referral.service import Referrals
from assistant.referral.store import QUEUE_LIMIT
from assistant.usage.store import UsageStore


def add_parser(sub: Any) -> None:
    """Register the `referrals` command and its sub-commands."""
    ref = sub.add_parser("referrals", help="work the referral queue (staff)")
    cmd = ref.add_subparsers(dest="action", required=True)
    lst = cmd.add_parser("list", help="the queue, oldest first")
    _filters(lst)
    lst.add_argument("--json", action="store_true", help="JSON lines instead of a table")
    show = cmd.add_parser("show", help="one referral, whole")
    show.add_argument("code")
    track = cmd.add_parser("track", help="what the person sees for their reference code")
    track.add_argument("code")
    assign = cmd.add_parser("assign", help="give a referral to a mentor")
    assign.add_argument("code")
    assign.add_argument("mentor_id")
    assign.add_argument("--force", action="store_true", help="even when the mentor has no free place")
    _actor(assign)
    status = cmd.add_parser("set-status", help="move a referral along its lifecycle")
    status.add_argument("code")
    status.add_argument("status", choices=STATUSES)
    status.add_argument("--note", default="", help="why (kept in the history; no personal data please)")
    _actor(status)
    export = cmd.add_parser("export", help="the queue as CSV")
    _filters(export)
    export.add_argument("--out", default="-", help="file to write ('-' = standard output)")
    erase = cmd.add_parser("erase", help="delete a referral and every piece of personal data in it")
    erase.add_argument("code")
    erase.add_argument("--yes", action="store_true", help="confirm: erasure cannot be undone")
    _actor(erase)
    submit = cmd.add_parser("submit", help="store an approved referral from JSON (integrations)")
    submit.add_argument("--json", dest="file", default="-", help="JSON file ('-' = standard input)")
    cmd.add_parser("mentors", help="the mentor directory with free places")
    cmd.add_parser("check", help="validate corpus/mentors.yaml")
    cmd.add_parser("deliver", help="deliver due webhook and e-mail events once")
    purge = cmd.add_parser("purge", help="erase finished referrals and analytics older than N days (retention)")
    purge.add_argument("--older-than-days", type=int, required=True, help="e.g. 365")
    purge.add_argument("--yes", action="store_true", help="confirm: erasure cannot be undone")


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--mentor", help="mentor id")
    p.add_argument("--topic")
    p.add_argument("--since", help="created on or after this date, YYYY-MM-DD")


def _actor(p: argparse.ArgumentParser) -> None:
    p.add_argument("--actor", default="staff", help="who is acting (kept in the history)")


def _since(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        raise InputError(f"--since '{value}' is not a date like 2026-11-26.") from None


def run(args: argparse.Namespace, referrals: Referrals, out: IO[str], usage: UsageStore | None = None) -> int:
    """Carry out one referrals action."""
    filters = {}
    if args.action in ("list", "export"):
        filters = {"status": args.status, "mentor_id": args.mentor, "topic": args.topic, "since": _since(args.since)}
    if args.action == "list":
        rows = referrals.store.queue(**filters)
        for row in rows:
            if args.json:
                out.write(json.dumps(row) + "\n")
            else:
                out.write(
                    f"{row['reference']}  {row['status']:<9}  {row['created_at'][:16]}  "
                    f"{row['topic']:<18}  {row['mentor_id'] or '-':<28}  {row['goal'][:60]}\n"
                )
        if not args.json:
            cut = " (the first ones only: open referrals first; narrow with --status or --since)"
            out.write(f"{len(rows)} referral(s){cut if len(rows) >= QUEUE_LIMIT else ''}\n")
    elif args.action in ("show", "track"):
        data = referrals.store.get(args.code) if args.action == "show" else referrals.status(args.code)
        out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    elif args.action == "assign":
        row = referrals.assign(args.code, args.mentor_id, args.actor, force=args.force)
        out.write(f"{row['reference']} assigned to {row['mentor_id']}\n")
    elif args.action == "set-status":
        row = referrals.change_status(args.code, args.status, args.actor, args.note)
        out.write(f"{row['reference']} is now {row['status']}\n")
    elif args.action == "export":
        stream = sys.stdout if args.out == "-" else open(args.out, "w", newline="", encoding="utf-8")  # noqa: SIM115
        try:
            count = referrals.export_csv(stream, **filters)
        finally:
            if stream is not sys.stdout:
                stream.close()
        print(f"exported {count} referral(s)", file=sys.stderr)
    elif args.action == "erase":
        if not args.yes:
            raise InputError("Erasure cannot be undone. Run it again with --yes to confirm.")
        referrals.erase(args.code, args.actor)
        out.write(f"erased {args.code.upper()} and every piece of personal data in it\n")
    elif args.action == "submit":
        raw = sys.stdin.read() if args.file == "-" else open(args.file, encoding="utf-8").read()  # noqa: SIM115
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(f"The submission is not valid JSON ({exc.msg}, line {exc.lineno}).") from None
        receipt = referrals.submit(data)
        out.write(json.dumps(receipt.__dict__) + "\n")
    elif args.action == "mentors":
        for m in referrals.mentor_room():
            state = "paused" if not m["accepting"] else f"{m['free']} of {m['capacity']} free"
            out.write(f"{m['id']:<30} {m['name']:<28} {state:<14} {m['expertise']}\n")
    elif args.action == "check":
        out.write(f"{len(referrals.mentors)} mentors, all valid ({referrals.settings.mentors_file})\n")
    elif args.action == "purge":
        if not args.yes:
            raise InputError("Purging cannot be undone. Run it again with --yes to confirm.")
        if args.older_than_days < 1:
            raise InputError("--older-than-days must be 1 or more.")
        cutoff = datetime.now(UTC) - timedelta(days=args.older_than_days)
        codes = referrals.store.finished_before(cutoff)
        for code in codes:
            referrals.erase(code, "retention")
        purged = usage.purge_before(cutoff) if usage is not None else 0
        out.write(
            f"erased {len(codes)} finished referral(s) and {purged} analytics row(s) older than "
            f"{args.older_than_days} days\n"
        )
    elif args.action == "deliver":
        delivered, failed = referrals.deliver()
        summary = referrals.store.outbox_summary()
        out.write(f"delivered {delivered}, failed {failed} (will retry), pending {summary['pending']}\n")
        return 1 if failed else 0
    return 0
