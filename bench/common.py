"""Helpers shared by the benchmarks: machine description and peak memory."""

from __future__ import annotations

import os
import platform
import resource


def machine() -> str:
    """One line describing the machine the figures come from."""
    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report(name: str, figures: dict[str, str]) -> None:
    """Print a benchmark's figures as aligned lines."""
    print(f"\n== {name} ({machine()})")
    width = max(len(k) for k in figures)
    for key, value in figures.items():
        print(f"  {key:<{width}}  {value}")
