"""Crash safety under kill -9, and ingestion into a real Chroma server over HTTP."""

from __future__ import annotations

import collections
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from ingest.pipeline import IngestReport, discover, load_all, run_ingest
from ingest.store import IndexWriter
from tests.servers import chroma_server as run_chroma

pytestmark = [pytest.mark.integration, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]


def expected_chunks(settings) -> dict[str, collections.Counter]:
    files, _, _ = discover([settings.corpus_dir], settings)
    loaded = load_all(files, settings, IngestReport())
    return {doc.source: collections.Counter(c.page_content for c in chunks) for doc, chunks in loaded}


def stored_chunks(writer: IndexWriter) -> dict[str, collections.Counter]:
    got = writer.store._collection.get(include=["metadatas", "documents"])
    out: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for meta, text in zip(got["metadatas"], got["documents"], strict=True):
        out[meta["source"]][text] += 1
    return dict(out)


def start_ingest(settings) -> tuple[subprocess.Popen, list[int]]:
    env = dict(
        os.environ,
        ASSISTANT_DATA_DIR=str(settings.data_dir),
        ASSISTANT_CORPUS_DIR=str(settings.corpus_dir),
        ASSISTANT_EMBEDDING_BATCH_SIZE="32",
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "ingest"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    progress: list[int] = [0]

    def watch() -> None:
        assert proc.stderr is not None
        buf = b""
        while chunk := proc.stderr.read1(4096):  # type: ignore[attr-defined]
            buf = (buf + chunk)[-2000:]
            found = re.findall(rb"indexing:\s+\d+%\|[^|]*\|\s*(\d+)/", buf)
            if found:
                progress[0] = int(found[-1])

    threading.Thread(target=watch, daemon=True).start()
    return proc, progress


@pytest.mark.parametrize("kill_after_chunks", [40, 140])
def test_kill_minus_nine_mid_ingestion_then_rerun_leaves_each_chunk_once(
    tmp_path, settings_for, minilm, kill_after_chunks
):
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus" / "guidance", corpus / "guidance")
    settings = settings_for(corpus)
    proc, progress = start_ingest(settings)
    deadline = time.time() + 240
    while progress[0] < kill_after_chunks and proc.poll() is None and time.time() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "ingestion finished before it could be killed; the corpus is too small"
    time.sleep(0.3)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    writer = IndexWriter(settings, minilm)
    report = run_ingest(settings, progress=False, writer=writer)
    assert report.exit_code == 0
    assert stored_chunks(writer) == expected_chunks(settings)
    again = run_ingest(settings, progress=False, writer=IndexWriter(settings, minilm))
    assert again.chunks_written == 0 and again.chunks_deleted == 0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path):
    """A real `chroma run` server on 127.0.0.1, stopped after the test."""
    with run_chroma(tmp_path / "server") as url:
        yield url


def test_ingest_through_chroma_server(chroma_server, settings_for, tmp_corpus, minilm):
    settings = settings_for(tmp_corpus, chroma_url=chroma_server)
    report = run_ingest(settings, progress=False, writer=IndexWriter(settings, minilm))
    assert len(report.added) == 3 and report.exit_code == 0
    import chromadb

    port = int(chroma_server.rsplit(":", 1)[1])
    client = chromadb.HttpClient(host="127.0.0.1", port=port)
    assert client.get_collection("guidance").count() == report.chunks_written
    assert not (settings.data_dir / "chroma").exists(), "nothing written to the embedded store"
    again = run_ingest(settings, progress=False, writer=IndexWriter(settings, minilm))
    assert again.chunks_written == 0 and len(again.unchanged) == 3
