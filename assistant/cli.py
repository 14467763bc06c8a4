"""Command line: python -m assistant triage | ask | train | eval | referrals."""

from __future__ import annotations

import argparse
import io
import json
import logging
import sys
from collections.abc import Iterator
from typing import IO, Any

from assistant.errors import AssistantError
from assistant.guard.inputs import check_question
from assistant.guard.pii import install_log_redaction
from assistant.referral import cli as referral_cli
from assistant.settings import load_settings
from assistant.types import Triage

BATCH = 64
log = logging.getLogger(__name__)


def read_jsonl(stream: IO[str]) -> Iterator[tuple[int, Any, str | None, str | None]]:
    """(line number, id, question, error) per non-blank line; errors never stop the stream."""
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, None, None, f"line {number} is not valid JSON ({exc.msg})"
            continue
        if not isinstance(row, dict):
            yield number, None, None, f"line {number} must be a JSON object with 'id' and 'question'"
            continue
        question = row.get("question")
        yield (
            number,
            row.get("id"),
            question if isinstance(question, str) else None,
            (None if isinstance(question, str) else f"line {number}: field 'question' must be text"),
        )


def run_triage(args: argparse.Namespace, out: IO[str]) -> int:
    """Triage JSON lines (or one question) and write one JSON line per question."""
    from assistant.pipeline import build_assistant

    assistant = build_assistant(load_settings())
    if args.question:
        result = assistant.triage(" ".join(args.question))
        out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
        return 0
    # Bytes that are not UTF-8 become lone surrogates, which check_question refuses for that line alone.
    stream: IO[str] = (
        io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="surrogateescape")
        if args.jsonl in (None, "-")
        else open(args.jsonl, encoding="utf-8", errors="surrogateescape")  # noqa: SIM115
    )
    failed = 0
    pending: list[tuple[Any, str]] = []

    def write_error(qid: Any, error: str) -> None:
        nonlocal failed
        failed += 1
        out.write(json.dumps({"id": qid, "error": error}, ensure_ascii=False) + "\n")

    def triage_one(question: str) -> Triage | str:
        """The question's triage, or the error to report for its line."""
        try:
            return assistant.triage_many([question])[0]
        except AssistantError as exc:
            return str(exc)
        except Exception as exc:
            log.exception("triage failed on one JSON line")
            return f"this question could not be triaged ({type(exc).__name__}); the other lines were processed"

    def flush() -> None:
        if not pending:
            return
        results: list[tuple[Any, Triage | str]] = []
        try:
            batch = assistant.triage_many([q for _, q in pending])
            results = [(qid, r) for (qid, _), r in zip(pending, batch, strict=True)]
        except Exception:  # one question the batch could not take must not cost the others: one at a time
            results = [(qid, triage_one(question)) for qid, question in pending]
        for qid, result in results:
            if isinstance(result, str):
                write_error(qid, result)
            else:
                out.write(json.dumps({"id": qid, **result.to_dict()}, ensure_ascii=False) + "\n")
        out.flush()
        pending.clear()

    with stream:
        for _number, qid, question, error in read_jsonl(stream):
            if error is None and question is not None:
                try:
                    pending.append((qid, check_question(question, assistant.settings.max_question_chars)))
                except AssistantError as exc:
                    error = str(exc)
            if error is not None:
                flush()
                write_error(qid, error)
            elif len(pending) >= BATCH:
                flush()
        flush()
    return 1 if failed else 0


def run_ask(args: argparse.Namespace, out: IO[str]) -> int:
    """The whole pipeline for one question: streamed text, or the reply as JSON with --json."""
    from assistant.pipeline import build_assistant
    from assistant.types import Reply

    assistant = build_assistant(load_settings())
    question = " ".join(args.question)
    final: Reply | None = None
    streamed = False
    for item in assistant.ask_stream(question, locale=args.locale):
        if isinstance(item, Reply):
            final = item
        elif not args.json:
            out.write(item)
            out.flush()
            streamed = True
    assert final is not None
    if args.json:
        out.write(json.dumps(final.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return 0
    if streamed and final.mode == "generated":
        out.write("\n\n--- checked answer ---\n")
    elif streamed:
        out.write("\n\n--- the draft was replaced ---\n")
    check_in, answer = final.check_in_first()
    out.write(check_in)
    if final.notice:
        out.write(f"({final.notice})\n")
    out.write(answer + "\n")
    for c in final.citations:
        out.write(f"[{c.n}] {c.title} - {c.section} ({c.source})\n")
    if final.referral_draft:
        out.write("\nReferral draft (review before sending):\n" + json.dumps(final.referral_draft, indent=2) + "\n")
    return 0


def run_eval(args: argparse.Namespace, out: IO[str]) -> int:
    """Evaluate triage (and, later, retrieval); exit 1 when a goal is missed."""
    from assistant.triage.report import evaluate_reader_spread, evaluate_triage

    settings = load_settings()
    status = 0
    if args.what == "crisis-reader":
        out.write(evaluate_reader_spread(settings, args.seeds) + "\n")
        return 0
    if args.what in ("triage", "all"):
        text, ok = evaluate_triage(settings, held_out_only=args.held_out_only)
        out.write(text + "\n")
        status |= 0 if ok else 1
    if args.what in ("grounding", "all"):
        from assistant.answering.fit_grounding import corpus_chunks, evaluate_grounding
        from assistant.pipeline import build_assistant

        text, _ = evaluate_grounding(
            settings.corpus_dir / "eval" / "grounding.jsonl", corpus_chunks(settings), build_assistant(settings).embed
        )
        out.write(text)
    if args.what in ("retrieval", "all"):
        from assistant.answering.evaluate import evaluate_answers

        text = evaluate_answers(settings, args.answers)
        out.write(text)
        status |= 1 if text.endswith("FAIL\n") else 0
    return status


def run_train(args: argparse.Namespace, out: IO[str]) -> int:
    """Train the triage classifier now (only when its examples, patterns or settings changed since the cached model)."""
    from assistant.pipeline import build_assistant
    from assistant.triage.model import TUNED_FOLDS

    assistant = build_assistant(load_settings())
    triager = assistant.triager
    model = triager.model
    state = "trained" if triager.retrained else "up to date (cached)"
    reused = ""
    if triager.readers_reused is not None:
        reused = f"; fine-tuned crisis readers reused: {triager.readers_reused} of {TUNED_FOLDS}"
    out.write(
        f"triage model {state}: {model.n_examples} examples, unsure below {model.thresholds.unsure:.2f}, "
        f"crisis score from {model.thresholds.crisis:.2f}{reused}\n"
    )
    return 0


def run_referrals(args: argparse.Namespace, out: IO[str]) -> int:
    """Staff operations on the referral store."""
    from assistant.pipeline import build_assistant

    assistant = build_assistant(load_settings())
    usage = assistant.usage if args.action == "purge" else None
    return referral_cli.run(args, assistant.referrals, out, usage)


def main(argv: list[str] | None = None) -> int:
    """Parse the command and turn domain errors into friendly messages."""
    install_log_redaction()
    parser = argparse.ArgumentParser(prog="python -m assistant", description="Career-question triage assistant.")
    sub = parser.add_subparsers(dest="command", required=True)
    triage = sub.add_parser("triage", help="route questions: JSON lines in, JSON lines out")
    triage.add_argument("--jsonl", metavar="FILE", help="JSON lines with 'id' and 'question' ('-' = standard input)")
    triage.add_argument("question", nargs="*", help="a single question instead of --jsonl")
    ask = sub.add_parser("ask", help="the whole pipeline for one question")
    ask.add_argument("question", nargs="+", help="the question")
    ask.add_argument("--json", action="store_true", help="print the reply as JSON")
    ask.add_argument("--locale", default=None, help="e.g. en-GB: which crisis lines to list first")
    sub.add_parser("train", help="train the triage classifier if its examples changed")
    ev = sub.add_parser("eval", help="evaluate triage against its goals")
    ev.add_argument(
        "what", nargs="?", default="all", choices=["all", "triage", "retrieval", "grounding", "crisis-reader"]
    )
    ev.add_argument("--answers", type=int, default=50, help="questions answered end to end (0 = retrieval only)")
    ev.add_argument(
        "--held-out-only",
        action="store_true",
        help="triage: the held-out sets only, without cross-validation (about 30 minutes instead of about 2 hours on a "
        "machine without the kept readers); valid for a change that leaves the printed pattern mask alone",
    )
    ev.add_argument(
        "--seeds",
        type=int,
        nargs="+",
        default=[13, 14],
        help="crisis-reader: tuning seeds to compare, each alone (13 and 14 ship, averaged)",
    )
    referral_cli.add_parser(sub)
    args = parser.parse_args(argv)
    handlers = {
        "triage": run_triage,
        "eval": run_eval,
        "train": run_train,
        "ask": run_ask,
        "referrals": run_referrals,
    }
    try:
        return handlers[args.command](args, sys.stdout)
    except AssistantError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:
        print(f"error: cannot open {exc.filename}: no such file", file=sys.stderr)
        return 2
