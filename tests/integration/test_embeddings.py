"""The real MiniLM in both number formats: float32 by default, and bfloat16 (on request) stays close to it."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.backends.embeddings import MiniLMEmbeddings

pytestmark = pytest.mark.integration
TEXTS = [
    "How do I word my counter-offer email?",
    "Send a thank-you note within one working day of the interview, one per interviewer.",
    "When you negotiate an offer, thank them, name the figure you want and give the reason in one sentence.",
]


def test_bfloat16_vectors_are_unit_length_and_close_to_float32():
    full = MiniLMEmbeddings(dtype="float32")
    half = MiniLMEmbeddings(dtype="bfloat16")
    assert (full.dtype, half.dtype) == ("float32", "bfloat16")
    assert full.identity != half.identity, "a classifier trained on one is not reused for the other"
    a, b = full.encode(TEXTS), half.encode(TEXTS)
    assert b.dtype == np.float32
    assert np.allclose(np.linalg.norm(b, axis=1), 1.0, atol=1e-5), "renormalised at full precision"
    assert (a * b).sum(axis=1).min() > 0.99
    # the question ranks the negotiation passage above the thank-you note in both formats
    assert (a[0] @ a[2] > a[0] @ a[1]) and (b[0] @ b[2] > b[0] @ b[1])


def test_float32_by_default_and_auto_picks_a_supported_format():
    from assistant.backends.precision import cpu_has_native_bf16
    from assistant.settings import Settings

    assert MiniLMEmbeddings().dtype == "float32", "faster than bfloat16 for MiniLM on the project's machine"
    assert Settings().embedding_dtype == "float32"
    assert MiniLMEmbeddings(dtype="auto").dtype == ("bfloat16" if cpu_has_native_bf16() else "float32")
