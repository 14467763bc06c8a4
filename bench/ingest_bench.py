"""Ingestion throughput against plain SentenceTransformer.encode on the same chunks, and re-ingest time."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from assistant.backends.embeddings import MiniLMEmbeddings
from assistant.backends.offline import force_offline
from assistant.settings import PROJECT_ROOT, Settings
from bench.common import peak_rss_mb, report
from ingest.pipeline import IngestReport, discover, load_all, run_ingest
from ingest.store import IndexWriter


def main() -> None:
    """Ingest the shipped corpus into a fresh index and compare with encoding alone."""
    force_offline()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        shutil.copytree(PROJECT_ROOT / "corpus" / "guidance", corpus / "guidance")
        settings = Settings(data_dir=Path(tmp) / "data", corpus_dir=corpus)
        embeddings = MiniLMEmbeddings(batch_size=settings.embedding_batch_size)
        files, _, _ = discover([corpus], settings)
        texts = [c.page_content for _, chunks in load_all(files, settings, IngestReport()) for c in chunks]
        model = embeddings.model
        model.encode(texts[:16])  # warm-up, shared by both measurements

        started = time.perf_counter()
        model.encode(texts, batch_size=settings.embedding_batch_size, normalize_embeddings=True)
        baseline = len(texts) / (time.perf_counter() - started)

        first = run_ingest(settings, progress=False, writer=IndexWriter(settings, embeddings))
        throughput = first.chunks_written / first.seconds

        again = run_ingest(settings, progress=False, writer=IndexWriter(settings, embeddings))
        report(
            "ingestion",
            {
                "documents / chunks": f"{len(first.added)} / {first.chunks_written}",
                f"plain encode ({embeddings.dtype})": f"{baseline:.1f} chunks/s",
                "end-to-end ingest": f"{throughput:.1f} chunks/s (load, split, embed, Chroma, record manager)",
                "ratio (goal >= 0.85)": f"{throughput / baseline:.2f}",
                "re-ingest unchanged (goal <= 2 s)": f"{again.seconds:.2f} s, {again.chunks_written} chunks embedded",
                "peak memory": f"{peak_rss_mb():.0f} MB",
            },
        )
