"""The embedded SmolLM2 itself: loaded from the bundled GGUF, cached, run in both formats, asked end to end."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant import build_assistant
from assistant.backends.llm import bundled_gguf, load_local_model
from assistant.backends.precision import cpu_has_native_bf16
from assistant.types import Reply
from ingest.pipeline import run_ingest
from ingest.store import IndexWriter

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
CACHE_NAME = "smollm2-135m-instruct"


@pytest.fixture(scope="module")
def model_cache(tmp_path_factory) -> Path:
    """The GGUF dequantized once for this module and cached as safetensors (about 20 s on two cores)."""
    cache = tmp_path_factory.mktemp("llm") / CACHE_NAME
    load_local_model(bundled_gguf(), cache)
    return cache


def greedy(tokenizer, model, text: str, tokens: int = 8) -> str:
    import torch

    encoded = tokenizer.apply_chat_template(
        [{"role": "user", "content": text}], add_generation_prompt=True, return_tensors="pt", return_dict=True
    )
    with torch.inference_mode():
        out = model.generate(**encoded, max_new_tokens=tokens, do_sample=False, pad_token_id=tokenizer.eos_token_id)
    return str(tokenizer.decode(out[0, encoded["input_ids"].shape[1] :], skip_special_tokens=True))


def test_the_cache_stays_float32_and_each_format_loads_and_writes(model_cache):
    from safetensors import safe_open

    with safe_open(str(model_cache / "model.safetensors"), framework="pt") as f:
        first = next(iter(f.keys()))
        assert str(f.get_slice(first).get_dtype()) == "F32", "the cache keeps full precision; the cast is at load"
    import torch

    for dtype, expected in (("float32", torch.float32), ("bfloat16", torch.bfloat16)):
        tokenizer, model = load_local_model(bundled_gguf(), model_cache, dtype)
        assert next(model.parameters()).dtype == expected
        assert greedy(tokenizer, model, "Name one thing to bring to a career fair.").strip(), f"{dtype} writes text"
    assert (
        load_local_model(bundled_gguf(), model_cache, "float32")[1]
        is not load_local_model(bundled_gguf(), model_cache, "bfloat16")[1]
    ), "each format is its own loaded model"


def test_ask_end_to_end_with_the_embedded_defaults(model_cache, settings_for, tmp_corpus, minilm, trained_triager):
    shutil.copy(ROOT / "corpus" / "resources.yaml", tmp_corpus / "resources.yaml")
    shutil.copy(ROOT / "corpus" / "mentors.yaml", tmp_corpus / "mentors.yaml")
    settings = settings_for(tmp_corpus)
    assert settings.llm.provider == "local" and settings.llm.dtype == "auto"
    (settings.data_dir / "models").mkdir(parents=True)
    (settings.data_dir / "models" / CACHE_NAME).symlink_to(model_cache, target_is_directory=True)
    run_ingest(settings, progress=False, writer=IndexWriter(settings, minilm))
    assistant = build_assistant(settings, embeddings=minilm)
    assistant.triager = trained_triager
    expected = "bfloat16" if cpu_has_native_bf16() else "float32"
    assert assistant.llm().dtype == expected, "auto picks bfloat16 only where the CPU has it natively"

    items = list(assistant.ask_stream("When should I send a thank-you note after my interview yesterday?"))
    reply = items[-1]
    assert isinstance(reply, Reply) and reply.route == "micro"
    assert reply.mode in {"generated", "extractive"} and reply.answer
    assert reply.citations and any(c.doc_id == "thank-you-note" for c in reply.citations)
    pieces = items[:-1]
    assert all(isinstance(i, str) for i in pieces)
    if reply.mode == "generated":
        assert pieces, "checked sentences are streamed before the reply"
