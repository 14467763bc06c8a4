"""A real app process (real Chroma, MiniLM, SQLite; a stand-in LLM server) and Debian's Chromium for browser tests."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.servers import free_port, stop, wait_for_http
from tests.standin_openai import StandIn

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "artifacts" / "e2e"
ADMIN = ("staff", "correct horse battery staple")
GROUNDED = (
    "A thank-you note after an interview goes out within one working day, by email [1]. "
    "Send one note per interviewer [1]. "
    "Name one detail from the conversation and restate your interest in the role [2]."
)
LAUNCH_ARGS = [
    "--no-sandbox",
    "--headless=new",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


@dataclass
class RunningApp:
    """The app under test: where it listens and where its data lives."""

    url: str
    data_dir: Path
    corpus_dir: Path
    database_url: str
    embed_origin: str


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (never a downloaded browser)."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (`make test` installs it as root with apt)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def app(tmp_path_factory, minilm, trained_triager):
    """Index a small corpus, then start `python app.py` against it and a stand-in LLM; stop both afterwards."""
    from assistant.settings import Settings
    from ingest.pipeline import run_ingest
    from ingest.store import IndexWriter

    root = tmp_path_factory.mktemp("e2e")
    corpus = root / "corpus"
    shutil.copytree(ROOT / "tests" / "fixtures" / "corpus", corpus)
    for name in ("resources.yaml", "mentors.yaml"):
        shutil.copy(ROOT / "corpus" / name, corpus / name)
    shutil.copytree(trained_triager.examples_dir, corpus / "triage")
    data = root / "data"
    settings = Settings(data_dir=data, corpus_dir=corpus)
    run_ingest(settings, progress=False, writer=IndexWriter(settings, minilm))
    (data / "triage").mkdir(parents=True, exist_ok=True)
    shutil.copy(trained_triager.cache_dir / "triage-model.pkl", data / "triage" / "triage-model.pkl")
    port, embed_port = free_port(), free_port()
    database_url = f"sqlite:///{data / 'referrals.sqlite'}"
    with StandIn(GROUNDED, token_delay_s=0.12) as llm:
        env = app_env(data, corpus, database_url, port, llm.url) | {
            "ASSISTANT_WEB__ALLOWED_ORIGINS": f'["http://127.0.0.1:{embed_port}"]',
            "ASSISTANT_WEB__BRAND_NAME": "Example University Careers",
        }
        proc, url = start_app(env, port, root / "app.log")
        try:
            yield RunningApp(url + "/", data, corpus, database_url, f"http://127.0.0.1:{embed_port}")
        finally:
            stop(proc)


def app_env(data: Path, corpus: Path, database_url: str, port: int, llm_url: str) -> dict[str, str]:
    """The environment of an app process under test: its data, corpus, database, port, LLM and admin login."""
    return dict(
        os.environ,
        ASSISTANT_DATA_DIR=str(data),
        ASSISTANT_CORPUS_DIR=str(corpus),
        ASSISTANT_DATABASE_URL=database_url,
        ASSISTANT_LLM__PROVIDER="openai",
        ASSISTANT_LLM__BASE_URL=llm_url,
        ASSISTANT_LLM__TIMEOUT_S="20",
        ASSISTANT_WEB__PORT=str(port),
        ASSISTANT_WEB__ADMIN_USERNAME=ADMIN[0],
        ASSISTANT_WEB__ADMIN_PASSWORD=ADMIN[1],
    )


def start_app(env: dict[str, str], port: int, log_path: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Start `python app.py` and wait until it answers; its output goes to log_path."""
    with log_path.open("ab") as log:
        proc = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    if not wait_for_http(url + "/healthz", proc):
        stop(proc)
        raise RuntimeError("the app did not start:\n" + log_path.read_text()[-3000:])
    return proc, url


@pytest.fixture
def page(browser, request):
    """A fresh browser context and page; a screenshot of it is saved as an artifact after the test."""
    context = browser.new_context(viewport={"width": 1100, "height": 1300})
    pg = context.new_page()
    pg.set_default_timeout(60_000)
    yield pg
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    try:
        pg.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    finally:
        context.close()
