"""A 20-second locust smoke run against the running app (the 3-minute, 50-session run is in `make bench`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]


def test_load_smoke_has_no_errors(app):
    proc = subprocess.run(
        [sys.executable, "-m", "bench.load_bench", "--url", app.url, "--users", "10", "--seconds", "10", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    figures = json.loads(proc.stdout.strip().splitlines()[-1])
    print(f"\nload smoke: {figures}")
    for path in ("ask", "route"):
        assert figures[path]["requests"] > 0 and figures[path]["failures"] == 0, figures[path]
