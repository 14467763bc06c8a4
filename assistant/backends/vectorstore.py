"""Chroma, embedded in the data directory or reached over HTTP, behind LangChain's VectorStore."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from langchain_chroma import Chroma
from langchain_core.embeddings import Embeddings

from assistant.backends.offline import force_offline
from assistant.errors import BackendUnavailableError, ConfigurationError
from assistant.settings import Settings
from assistant.types import IndexStatus


def chroma_client(settings: Settings) -> Any:
    """A Chroma client: HttpClient when ASSISTANT_CHROMA_URL is set, else PersistentClient in the data dir."""
    force_offline()
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        if url.scheme not in ("http", "https") or not url.hostname:
            raise ConfigurationError(
                f"ASSISTANT_CHROMA_URL={settings.chroma_url!r} is not an http(s) URL such as http://127.0.0.1:8000"
            )
        try:
            return chromadb.HttpClient(
                host=url.hostname,
                port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
        except Exception as exc:  # chromadb raises several types for a server that is down
            raise BackendUnavailableError(
                f"The Chroma server at {settings.chroma_url} did not answer ({exc}). "
                "Start it or unset ASSISTANT_CHROMA_URL."
            ) from exc
    settings.chroma_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)


def open_vectorstore(settings: Settings, embeddings: Embeddings, client: Any | None = None) -> Chroma:
    """The guidance collection as a LangChain Chroma store, always with our own embeddings."""
    return Chroma(
        collection_name=settings.collection,
        embedding_function=embeddings,
        client=client if client is not None else chroma_client(settings),
        collection_metadata={"hnsw:space": "cosine"},
    )


def index_status(store: Any, where: str) -> IndexStatus:
    """How many documents and chunks a Chroma-backed store holds (none for a store that is not Chroma)."""
    collection: Any = getattr(store, "_collection", None)
    if collection is None:
        return IndexStatus(0, 0, where)
    got = collection.get(include=["metadatas"])
    sources = sorted({m.get("source", "") for m in got["metadatas"]})
    return IndexStatus(len(sources), len(got["ids"]), where, sources)
