"""The number format (float32 or bfloat16) models run in on this CPU."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def cpu_has_native_bf16() -> bool:
    """True when this CPU computes bfloat16 matrix products natively (AVX512-BF16 or AMX), as PyTorch reports it."""
    try:
        import torch

        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):  # an older or trimmed PyTorch build: stay with float32
        return False


def choose_dtype(requested: str, native_bf16: bool) -> str:
    """bfloat16 only where asked, or under `auto` where the CPU has it natively; float32 otherwise.

    Measured on this project's 2-core AVX512-BF16 machine: SmolLM2 reads its prompt about 45% faster than in float32;
    on a CPU without native bfloat16 it would be emulated and slower, so `auto` keeps float32 there. MiniLM, whose
    matrices are much smaller, was faster in float32 on three days out of four, so the embeddings default to float32
    rather than `auto` (docs/triage-history.md, Triage speed).
    """
    if requested == "auto":
        return "bfloat16" if native_bf16 else "float32"
    return requested


def resolve_dtype(requested: str) -> str:
    """`choose_dtype` for this machine."""
    return choose_dtype(requested, cpu_has_native_bf16())


def cast(module: Any, dtype: str) -> Any:
    """A PyTorch module in the given number format; float32 modules are returned as they are (loaded that way)."""
    if dtype == "float32":
        return module
    import torch

    return module.to(getattr(torch, dtype))
