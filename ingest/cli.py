"""Command line: python -m ingest [PATH ...]."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assistant.errors import AssistantError
from assistant.settings import load_settings


def main(argv: list[str] | None = None) -> int:
    """Index the corpus (or the given paths); exit 1 when any file failed."""
    parser = argparse.ArgumentParser(prog="python -m ingest", description="Index guidance documents into Chroma.")
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the corpus folder)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)
    try:
        from ingest.pipeline import run_ingest

        settings = load_settings()
        report = run_ingest(settings, args.paths or None, progress=not args.quiet)
    except AssistantError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for failure in report.failed:
        print(f"failed: {failure.path}: {failure.reason}", file=sys.stderr)
    print(report.summary_line(), flush=True)
    return report.exit_code
