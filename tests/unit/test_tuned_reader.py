"""The pure parts of the fine-tuned crisis reader: reading windows, averaging fold readers, choosing the tuner."""

import torch

from assistant.triage.tuned import TunedCrisisModel, average, windows


def test_a_short_text_is_one_window():
    assert windows([1, 2, 3], 4, 2) == [[1, 2, 3]]


def test_long_text_windows_cover_every_token_and_overlap():
    ids = list(range(11))
    parts = windows(ids, 4, 2)
    assert all(len(p) == 4 for p in parts)
    assert parts[0][0] == 0 and parts[-1][-1] == 10
    assert sorted({i for p in parts for i in p}) == ids


def test_fold_readers_are_averaged_weight_by_weight_in_their_format():
    a = TunedCrisisModel("m", "bfloat16", {"w": torch.tensor([1.0, 3.0], dtype=torch.bfloat16), "n": torch.tensor([7])})
    b = TunedCrisisModel("m", "bfloat16", {"w": torch.tensor([3.0, 5.0], dtype=torch.bfloat16), "n": torch.tensor([7])})
    soup = average([a, b])
    assert soup.state["w"].dtype == torch.bfloat16 and soup.state["w"].tolist() == [2.0, 4.0]
    assert soup.state["n"].tolist() == [7] and soup.model_dir == "m" and soup.dtype == "bfloat16"


def test_the_product_tunes_in_float32_whatever_format_the_embeddings_use():
    from assistant.triage.tuned import tuner_for

    tuner = tuner_for("tuned", "/models/minilm")
    assert tuner is not None and tuner.dtype == "float32" and tuner.identity.endswith(":float32")
    assert tuner_for("off", "/models/minilm") is None
    assert tuner_for("tuned", None) is None  # an injected embedding model without a local copy of MiniLM


def test_a_cached_reader_reads_with_this_installs_model_folder():
    from assistant.triage.tuned import CrisisTuner

    state = {"w": torch.tensor([1.0, 2.0])}
    cached = TunedCrisisModel("/old/venv/site-packages/minilm", "float32", state)
    adopted = CrisisTuner("/new/venv/site-packages/minilm").adopt(cached)
    assert adopted.model_dir == "/new/venv/site-packages/minilm"
    assert adopted.dtype == "float32" and adopted.state is state, "the tuned weights are kept as they are"
