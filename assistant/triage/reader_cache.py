"""Fine-tuned crisis readers kept on disk by what they were fitted on, so `eval triage` can be rerun or resumed."""

from __future__ import annotations

import hashlib
import json
import logging
import pickle
from pathlib import Path
from typing import Any

import numpy as np

from assistant.triage.model import Tuner
from assistant.triage.pickles import save_atomically

log = logging.getLogger(__name__)


class CachedTuner:
    """A tuner whose fitted readers are pickled under `folder`, named by a digest of the tuner's identity, the model it
    tunes from (`base`), the texts and the labels. The full evaluation fine-tunes 18 readers (three per
    cross-validation fold, three on all rows), which takes hours on two cores; a change that leaves the crisis examples
    alone (patterns, thresholds, routes) then reuses every reader, and a stopped run resumes from the finished ones."""

    def __init__(self, inner: Tuner, folder: Path, base: str = "") -> None:
        self.inner = inner
        self.folder = folder
        self.base = base  # which MiniLM the readers are tuned from: another model or version fits new ones
        self.used: set[str] = set()  # file names this run fitted or reused
        self.reused = 0

    @property
    def identity(self) -> str:
        """The wrapped tuner's identity (a cached reader never changes what was tuned)."""
        return self.inner.identity

    @property
    def tuning(self) -> str:
        """The wrapped tuner's tuning."""
        return self.inner.tuning

    def key(self, texts: list[str], labels: np.ndarray) -> str:
        """The file name a reader fitted on these texts and labels is kept under: by what its weights depend on, so
        readers kept while scoring in one number format serve another (`adopt` sets the format)."""
        digest = hashlib.sha256(f"{self.inner.tuning}|{self.base}".encode())
        digest.update(json.dumps(texts).encode())
        digest.update(np.asarray(labels, dtype=np.float32).tobytes())
        return f"reader-{digest.hexdigest()[:20]}.pkl"

    def fit(self, texts: list[str], labels: np.ndarray) -> Any:
        """The kept reader for these rows when there is a readable one, else a newly fitted one (then kept)."""
        name = self.key(texts, labels)
        self.used.add(name)
        path = self.folder / name
        if path.exists():
            try:
                with path.open("rb") as fh:
                    reader = self.inner.adopt(pickle.load(fh))
                self.reused += 1
                return reader
            except Exception as exc:  # a damaged file (a killed run leaves none: writes are atomic) is refitted
                log.warning("kept crisis reader %s could not be read (%s); tuning it again", name, type(exc).__name__)
        reader = self.inner.fit(texts, labels)
        self.folder.mkdir(parents=True, exist_ok=True)
        save_atomically(reader, path)
        return reader

    def combine(self, readers: list[Any]) -> Any:
        """The wrapped tuner's combination of fold readers."""
        return self.inner.combine(readers)

    def adopt(self, reader: Any) -> Any:
        """The wrapped tuner's adoption of a reader from a cache."""
        return self.inner.adopt(reader)

    def prune(self) -> int:
        """After a finished run: delete kept readers this run did not use (and stray partial files); how many."""
        if not self.folder.exists():
            return 0
        stale = [p for p in self.folder.iterdir() if p.is_file() and p.name not in self.used]
        for p in stale:
            p.unlink()
        return len(stale)
