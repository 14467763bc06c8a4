"""Run every benchmark: python -m bench [name ...]."""

from __future__ import annotations

import subprocess
import sys

from bench import answer_bench, ingest_bench, triage_bench


def load() -> None:
    """The load test runs in its own process: locust patches the standard library with gevent."""
    subprocess.run([sys.executable, "-m", "bench.load_bench"], check=True)


BENCHES = {"ingest": ingest_bench.main, "triage": triage_bench.main, "answer": answer_bench.main, "load": load}


def main(argv: list[str]) -> int:
    """Run the named benchmarks (default: all)."""
    names = argv or list(BENCHES)
    for name in names:
        if name not in BENCHES:
            print(f"unknown benchmark {name!r}; choose from {', '.join(BENCHES)}", file=sys.stderr)
            return 2
        BENCHES[name]()
    return 0


raise SystemExit(main(sys.argv[1:]))
