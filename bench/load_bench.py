"""Load: many chat sessions at once through the app's public API, the LLM replaced by a fixed-rate stand-in.

Run as its own process (locust patches the standard library with gevent):
    python -m bench.load_bench                       # start the app and a stand-in, 50 users for 180 s
    python -m bench.load_bench --url URL --seconds 20  # against an app that is already running
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TypedDict

import gevent
import httpx
from locust import HttpUser, between, task
from locust.env import Environment

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = [
    "How do I word my counter-offer email?",
    "When should I send a thank-you note after an interview?",
    "What should I bring to a career fair tomorrow?",
    "How do I answer the greatest weakness question?",
    "How do I ask a former manager to be my reference?",
    "How long should my cover letter be?",
    "What do I put in the summary line of my resume?",
    "How do I follow up after an interview with no reply?",
]
REPLY = (
    "Keep the message short and specific [1]. Thank them for the offer and restate your interest [1]. "
    "Name the figure you are asking for and the reason behind it [2]. Close by saying you look forward to "
    "their answer [2]."
)


def call(client: HttpUser, api: str, question: str) -> None:
    """One Gradio API call (join the queue, then read the result stream), recorded as one locust request."""
    started = time.perf_counter()
    error: Exception | None = None
    try:
        joined = client.client.post(f"gradio_api/call/{api}", json={"data": [question]}, name=f"{api} join")
        joined.raise_for_status()
        event_id = joined.json()["event_id"]
        result = client.client.get(f"gradio_api/call/{api}/{event_id}", name=f"{api} result", stream=False)
        result.raise_for_status()
        lines = [ln for ln in result.text.splitlines() if ln.startswith("data:")]
        if "event: complete" not in result.text or not lines:
            raise RuntimeError(f"no complete event: {result.text[-200:]}")
        payload = json.loads(lines[-1][5:])[0]
        if isinstance(payload, dict) and payload.get("error"):
            raise RuntimeError(payload["error"])
    except Exception as exc:
        error = exc
    client.environment.events.request.fire(
        request_type="API",
        name=api,
        response_time=(time.perf_counter() - started) * 1000,
        response_length=0,
        exception=error,
        context={},
    )


class ChatSession(HttpUser):
    """A person asking a question, reading the answer, asking again."""

    wait_time = between(5, 15)
    api = "ask"

    @task
    def ask(self) -> None:
        call(self, self.api, random.choice(QUESTIONS))


class RouteSession(ChatSession):
    """The same, on the triage-and-retrieval path alone (no model)."""

    api = "route"


class PathResult(TypedDict):
    """One path's figures from a locust run."""

    requests: int
    failures: int
    p50_ms: float
    p95_ms: float
    errors: list[str]


def run(url: str, user: type[ChatSession], users: int, seconds: float) -> PathResult:
    """Run locust headless in this process; return request count, failures and latency percentiles (ms)."""
    env = Environment(user_classes=[user], host=url)
    runner = env.create_local_runner()
    runner.start(users, spawn_rate=max(1, users / 5))
    gevent.spawn_later(seconds, runner.quit)
    runner.greenlet.join()
    stats = env.stats.get(user.api, "API")
    return {
        "requests": stats.num_requests,
        "failures": stats.num_failures,
        "p50_ms": stats.get_response_time_percentile(0.5) or 0.0,
        "p95_ms": stats.get_response_time_percentile(0.95) or 0.0,
        "errors": [str(e.error)[:200] for e in env.stats.errors.values()][:5],
    }


def standin_latency(url: str, n: int = 10) -> tuple[float, float]:
    """Median and p95 of the stand-in's own time for a whole streamed reply, in ms."""
    times = []
    body = {"model": "m", "stream": True, "messages": [{"role": "user", "content": "hi"}]}
    for _ in range(n):
        t0 = time.perf_counter()
        with httpx.stream("POST", f"{url}/chat/completions", json=body, timeout=60) as r:
            for _ in r.iter_bytes():
                pass
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def warm_up(url: str) -> None:
    """One routed question before timing: a triage model that is stale for this checkout is retrained here, not
    inside the measured run (it once showed as a 31 s p95 on /route)."""
    joined = httpx.post(url + "gradio_api/call/route", json={"data": ["How do I word my CV summary?"]}, timeout=30)
    joined.raise_for_status()
    httpx.get(url + f"gradio_api/call/route/{joined.json()['event_id']}", timeout=600).raise_for_status()


def start_app(root: Path, llm_url: str) -> tuple[subprocess.Popen[bytes], str]:
    """Index the shipped corpus in a temporary folder and start the app against it and the stand-in."""
    sys.path.insert(0, str(ROOT))
    from assistant.settings import Settings
    from ingest.pipeline import run_ingest

    corpus = root / "corpus"
    shutil.copytree(ROOT / "corpus", corpus, ignore=shutil.ignore_patterns("eval"))
    data = root / "data"
    run_ingest(Settings(data_dir=data, corpus_dir=corpus), progress=False)
    cached = ROOT / "data" / "triage" / "triage-model.pkl"
    if cached.exists():
        (data / "triage").mkdir(parents=True, exist_ok=True)
        shutil.copy(cached, data / "triage" / "triage-model.pkl")
    port = 7000 + random.randint(100, 900)
    env = dict(
        os.environ,
        ASSISTANT_DATA_DIR=str(data),
        ASSISTANT_CORPUS_DIR=str(corpus),
        ASSISTANT_LLM__PROVIDER="openai",
        ASSISTANT_LLM__BASE_URL=llm_url,
        ASSISTANT_WEB__PORT=str(port),
        ASSISTANT_WEB__CONCURRENCY_LIMIT="4",
        ASSISTANT_WEB__MAX_QUEUE="200",
    )
    proc = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    for _ in range(600):
        try:
            if httpx.get(url + "healthz", timeout=2).status_code == 200:
                warm_up(url)
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.5)
    proc.kill()
    raise RuntimeError("the app did not start")


def main() -> None:
    """Parse options, run both paths, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", help="an app that is already running (no stand-in latency is measured)")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=180)
    parser.add_argument("--json", action="store_true", help="print one JSON line instead of a report")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from bench.common import machine
    from tests.standin_openai import StandIn

    out: dict[str, object] = {"machine": machine(), "users": args.users, "seconds": args.seconds}
    standin: tuple[float, float] | None = None
    results: dict[str, PathResult] = {}
    proc = None
    with tempfile.TemporaryDirectory() as tmp, StandIn(REPLY, token_delay_s=0.02) as llm:
        url = args.url
        if url is None:
            proc, url = start_app(Path(tmp), llm.url)
            standin = standin_latency(llm.url)
        try:
            results["route"] = run(url, RouteSession, args.users, args.seconds)
            time.sleep(5)  # let the app finish what the first run left in its queue
            results["ask"] = run(url, ChatSession, args.users, args.seconds)
        finally:
            if proc is not None:
                proc.terminate()
                proc.wait(timeout=30)
    out.update(results)
    if standin is not None:
        out["standin_ms"] = standin
        out["ask_p95_overhead_ms"] = round(results["ask"]["p95_ms"] - standin[0], 1)
    if args.json:
        print(json.dumps(out))
        return
    print(f"\n== load ({out['machine']}): {args.users} sessions for {args.seconds:.0f} s per path")
    for path in ("ask", "route"):
        r = results[path]
        print(
            f"  {path:<6} requests {r['requests']}, failures {r['failures']}, p50 {r['p50_ms']:.0f} ms, "
            f"p95 {r['p95_ms']:.0f} ms"
        )
        for error in r["errors"]:
            print(f"         error: {error}")
    if standin is not None:
        median, p95 = standin
        print(
            f"  stand-in alone: median {median:.0f} ms, p95 {p95:.0f} ms; "
            f"ask p95 overhead over the stand-in's median: {out['ask_p95_overhead_ms']} ms"
        )


if __name__ == "__main__":
    main()
