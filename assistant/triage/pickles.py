"""Pickled models written so that a process killed mid-write never leaves a half-written file in their place."""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path
from typing import Any


def save_atomically(obj: Any, path: Path) -> None:
    """Pickle `obj` to a temporary file beside `path`, flush it to disk, then rename it over `path`."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(obj, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:  # a failed write (a full disk, an object that cannot be pickled) leaves no stray file
        Path(tmp).unlink(missing_ok=True)
        raise
