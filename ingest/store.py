"""Adapter over Chroma, LangChain's SQLRecordManager and the ingestion file lock."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from filelock import FileLock, Timeout
from langchain_classic.indexes import SQLRecordManager, index
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from sqlalchemy import select
from tqdm import tqdm

from assistant.backends.embeddings import MiniLMEmbeddings
from assistant.backends.vectorstore import chroma_client, open_vectorstore
from assistant.errors import IndexBusyError
from assistant.settings import Settings


def pack_documents(documents: list[list[Document]], target: int) -> list[list[Document]]:
    """Group whole documents into batches of about `target` chunks, never splitting a document."""
    groups: list[list[Document]] = []
    current: list[Document] = []
    for chunks in documents:
        if current and len(current) + len(chunks) > target:
            groups.append(current)
            current = []
        current.extend(chunks)
    if current:
        groups.append(current)
    return groups


class IndexWriter:
    """Writes chunks to Chroma through index(), keyed by source, under an exclusive lock."""

    def __init__(self, settings: Settings, embeddings: Embeddings | None = None) -> None:
        self.settings = settings
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        self.embeddings = embeddings or MiniLMEmbeddings.from_settings(settings)
        self.client = chroma_client(settings)
        self.store = open_vectorstore(settings, self.embeddings, self.client)
        target = settings.chroma_url or "local"
        self.records = SQLRecordManager(f"chroma/{target}/{settings.collection}", db_url=settings.record_manager_url)
        self.records.create_schema()

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the ingestion lock; a second ingestion waits, then gives up with a clear message."""
        lock = FileLock(str(self.settings.data_dir / "ingest.lock"))
        try:
            lock.acquire(timeout=0)
        except Timeout:
            wait = self.settings.ingest_lock_timeout_s
            print(
                f"Another ingestion is writing the index; waiting up to {wait:.0f} s for it to finish...",
                file=sys.stderr,
                flush=True,
            )
            try:
                lock.acquire(timeout=wait)
            except Timeout as exc:
                raise IndexBusyError(
                    f"Another ingestion still holds {lock.lock_file} after {wait:.0f} s. Wait for it to finish "
                    "and run again (or raise ASSISTANT_INGEST_LOCK_TIMEOUT_S)."
                ) from exc
        try:
            yield
        finally:
            lock.release()

    def index(self, documents: list[list[Document]], progress: bool) -> dict[str, int]:
        """Write chunks incrementally: unchanged chunks are skipped, stale chunks of the same source removed.

        Whole documents are packed into each index() call: LangChain's incremental clean-up runs per call, so a
        document split across two calls would have its second half deleted and re-embedded every time.
        """
        totals = {"num_added": 0, "num_updated": 0, "num_skipped": 0, "num_deleted": 0}
        total = sum(len(d) for d in documents)
        with tqdm(total=total, unit="chunk", desc="indexing", disable=not progress, file=sys.stderr) as bar:
            for group in pack_documents(documents, max(self.settings.embedding_batch_size * 4, 128)):
                result = index(
                    group,
                    self.records,
                    self.store,
                    cleanup="incremental",
                    source_id_key="source",
                    batch_size=len(group),
                    key_encoder="sha256",
                )
                for key in totals:
                    totals[key] += int(result[key])  # type: ignore[literal-required]
                bar.update(len(group))
        return totals

    def keys_by_source(self, sources: list[str]) -> dict[str, set[str]]:
        """The chunk keys the record manager holds for each source."""
        return {s: set(self.records.list_keys(group_ids=[s])) for s in sources}

    def indexed_sources(self) -> list[str]:
        """Every source with chunks in the index."""
        from langchain_classic.indexes._sql_record_manager import UpsertionRecord

        with self.records._make_session() as session:
            rows: Any = session.execute(
                select(UpsertionRecord.group_id).where(UpsertionRecord.namespace == self.records.namespace).distinct()
            )
            return sorted(r[0] for r in rows if r[0])

    def remove_source(self, source: str) -> int:
        """Delete every chunk of a source: vector store first, then the record manager (safe to repeat)."""
        keys = self.records.list_keys(group_ids=[source])
        if keys:
            self.store.delete(ids=keys)
            self.records.delete_keys(keys)
        return len(keys)

    def reconcile(self, sources: set[str], prefixes: list[str]) -> int:
        """Delete vectors of this run's documents that the record manager does not know (left by a crash between the
        two writes). Only this run's: with a lost or renamed record database every vector is unknown, and a run over
        one file must not wipe the rest of the index."""
        known = set(self.records.list_keys())
        collection = self.store._collection
        stored = collection.get(include=["metadatas"])

        def in_run(meta: Any) -> bool:
            source = str((meta or {}).get("source", ""))
            return source in sources or any(source.startswith(p) for p in prefixes)

        metas = stored["metadatas"] or [{}] * len(stored["ids"])
        orphans = sorted(i for i, meta in zip(stored["ids"], metas, strict=True) if i not in known and in_run(meta))
        if orphans:
            collection.delete(ids=orphans)
        return len(orphans)
