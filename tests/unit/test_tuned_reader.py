"""The pure parts of the fine-tuned crisis reader: reading windows, averaging fold readers, choosing the tuner."""

import torch

from assistant.triage.tuned import CrisisTuner, TunedCrisisModel, average, windows


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

    tuner = tuner_for("tuned", "/models/minilm", (13,))
    assert tuner is not None and tuner.dtype == "float32" and tuner.identity.endswith(":float32")
    assert tuner_for("off", "/models/minilm", (13,)) is None
    assert tuner_for("tuned", None, (13,)) is None  # an injected embedding model without a local copy of MiniLM


def test_a_cached_reader_reads_with_this_installs_model_folder():
    from assistant.triage.tuned import CrisisTuner

    state = {"w": torch.tensor([1.0, 2.0])}
    cached = TunedCrisisModel("/old/venv/site-packages/minilm", "float32", state)
    adopted = CrisisTuner("/new/venv/site-packages/minilm").adopt(cached)
    assert adopted.model_dir == "/new/venv/site-packages/minilm"
    assert adopted.dtype == "float32" and adopted.state is state, "the tuned weights are kept as they are"


def test_the_read_format_follows_the_tuner_and_leaves_the_weights_alone():
    from assistant.triage.tuned import tuner_for

    state = {"w": torch.tensor([1.0, 2.0])}
    tuner = tuner_for("tuned", "/models/minilm", (13, 14), read_dtype="bfloat16")
    assert tuner is not None and tuner.read_dtype == "bfloat16"
    assert tuner.identity == "tuned:3:5e-05:13+14:float32:reads-bfloat16", "a format change refits the thresholds"
    assert tuner.tuning == "tuned:3:5e-05:13+14:float32", "but the kept readers' weights still serve"
    adopted = tuner.adopt(TunedCrisisModel("/old/minilm", "float32", state))
    assert adopted.read_dtype == "bfloat16" and adopted.dtype == "float32" and adopted.state is state
    combined = tuner.combine([adopted, TunedCrisisModel("m", "float32", {"w": torch.tensor([3.0, 4.0])})])
    assert combined.read_dtype == "bfloat16" and combined.state["w"].tolist() == [2.0, 3.0]


def test_auto_reads_in_bfloat16_only_where_the_cpu_has_it(monkeypatch):
    from assistant.backends import precision
    from assistant.triage.tuned import tuner_for

    for native, expected in [(True, "bfloat16"), (False, "float32")]:
        monkeypatch.setattr(precision, "cpu_has_native_bf16", lambda native=native: native)
        tuner = tuner_for("tuned", "/models/minilm", (13,), read_dtype="auto")
        assert tuner is not None and tuner.read_dtype == expected


def test_a_reader_pickled_before_the_read_format_existed_reads_in_float32():
    import pickle

    reader = TunedCrisisModel("m", "float32", {"w": torch.tensor([1.0])})
    old = reader.__getstate__()
    del old["read_dtype"]
    revived = TunedCrisisModel.__new__(TunedCrisisModel)
    revived.__setstate__(old)
    assert revived.read_dtype == "float32" and revived.state["w"].tolist() == [1.0]
    again = pickle.loads(pickle.dumps(TunedCrisisModel("m", "float32", {}, "bfloat16")))
    assert again.read_dtype == "bfloat16"


class PerSeedTuner(CrisisTuner):
    """A tuner whose per-seed reader is a weight equal to the seed, so the combined reader shows what was averaged."""

    def fit_seed(self, texts, labels, seed):
        return TunedCrisisModel(self.model_dir, "float32", {"w": torch.tensor([float(seed), 2.0 * seed])})


def test_several_seeds_give_one_reader_whose_weights_are_their_mean():
    two = PerSeedTuner("m", seeds=(13, 15)).fit(["a", "b"], [0, 1])
    assert two.state["w"].tolist() == [14.0, 28.0]
    one = PerSeedTuner("m", seeds=(13,)).fit(["a", "b"], [0, 1])
    assert one.state["w"].tolist() == [13.0, 26.0], "one seed: its reader as tuned"


def test_the_seeds_are_part_of_what_a_cached_reader_was_tuned_with():
    from assistant.triage.tuned import tuner_for

    one = tuner_for("tuned", "/models/minilm", (13,))
    assert one is not None and one.identity == "tuned:3:5e-05:13:float32", "one seed: the identity caches had before"
    two = tuner_for("tuned", "/models/minilm", (13, 14))
    assert two is not None and two.seeds == (13, 14) and two.identity == "tuned:3:5e-05:13+14:float32"


def test_the_seeds_setting_is_a_json_list_and_refuses_an_empty_or_negative_one(monkeypatch):
    import pytest
    from pydantic import ValidationError

    from assistant.settings import Settings

    monkeypatch.delenv("ASSISTANT_TRIAGE_CRISIS_READER_SEEDS", raising=False)
    assert Settings().triage_crisis_reader_seeds == (13, 14), "the product averages two seeds' readers"
    monkeypatch.setenv("ASSISTANT_TRIAGE_CRISIS_READER_SEEDS", "[13]")
    assert Settings().triage_crisis_reader_seeds == (13,)
    for bad in ("[]", "[-1]"):
        monkeypatch.setenv("ASSISTANT_TRIAGE_CRISIS_READER_SEEDS", bad)
        with pytest.raises(ValidationError, match="triage_crisis_reader_seeds"):
            Settings()


def test_the_epochs_setting_reaches_the_tuner_and_what_a_cached_reader_was_tuned_with(monkeypatch):
    import pytest
    from pydantic import ValidationError

    from assistant.settings import Settings
    from assistant.triage.tuned import tuner_from_settings

    monkeypatch.delenv("ASSISTANT_TRIAGE_CRISIS_READER_EPOCHS", raising=False)
    monkeypatch.delenv("ASSISTANT_TRIAGE_CRISIS_READER", raising=False)
    monkeypatch.delenv("ASSISTANT_TRIAGE_CRISIS_READER_SEEDS", raising=False)
    shipped = tuner_from_settings(Settings(), "/models/minilm")
    assert shipped is not None and shipped.identity == "tuned:3:5e-05:13+14:float32", "the shipped cache stays valid"
    monkeypatch.setenv("ASSISTANT_TRIAGE_CRISIS_READER_EPOCHS", "5")
    five = tuner_from_settings(Settings(), "/models/minilm")
    assert five is not None and five.epochs == 5 and five.identity == "tuned:5:5e-05:13+14:float32"
    assert tuner_from_settings(Settings(triage_crisis_reader="off"), "/models/minilm") is None
    for bad in ("0", "11", "three"):
        monkeypatch.setenv("ASSISTANT_TRIAGE_CRISIS_READER_EPOCHS", bad)
        with pytest.raises(ValidationError, match="triage_crisis_reader_epochs"):
            Settings()


def test_the_read_format_comes_from_the_settings(monkeypatch):
    from assistant.settings import Settings
    from assistant.triage.tuned import tuner_from_settings

    monkeypatch.delenv("ASSISTANT_TRIAGE_CRISIS_READER_DTYPE", raising=False)
    shipped = tuner_from_settings(Settings(triage_crisis_reader="tuned"), "/models/minilm")
    assert shipped is not None and shipped.read_dtype == "float32", "float32 unless asked"
    monkeypatch.setenv("ASSISTANT_TRIAGE_CRISIS_READER_DTYPE", "bfloat16")
    asked = tuner_from_settings(Settings(triage_crisis_reader="tuned"), "/models/minilm")
    assert asked is not None and asked.read_dtype == "bfloat16" and asked.identity.endswith(":reads-bfloat16")


def test_ranked_pair_steps_are_spread_over_the_epoch_once_each():
    from assistant.triage.tuned import pair_schedule

    assert pair_schedule(96, 30) == {3 * i: i for i in range(30)}, "every third step, each pair batch once"
    assert pair_schedule(4, 9) == {0: 0, 1: 1, 2: 2, 3: 3}, "more pair batches than steps: one per step"
    assert pair_schedule(10, 0) == {}, "no pairs: the shipped training"


def test_only_pairs_whose_crisis_row_is_tuned_on_are_used():
    from assistant.triage.tuned import pairs_within

    pairs = (("row a", "twin a"), ("row b", "twin b"), ("row a", "second twin of a"))
    assert pairs_within(pairs, ["row a", "something else"]) == [("row a", "twin a"), ("row a", "second twin of a")]
    assert pairs_within(pairs, ["twin b"]) == [], "a twin alone never brings its pair in"


def test_ranked_pairs_change_what_a_cached_reader_was_tuned_with_and_nothing_without_them():
    from assistant.triage.tuned import tuner_for

    pairs = (("row a", "twin a"),)
    shipped = tuner_for("tuned", "/models/minilm", (13, 14))
    assert shipped is not None and shipped.identity == "tuned:3:5e-05:13+14:float32"
    off = tuner_for("tuned", "/models/minilm", (13, 14), pairs=pairs, pair_weight=0.0)
    assert off is not None and off.identity == shipped.identity and off.pairs == (), "weight 0: the shipped reader"
    none = tuner_for("tuned", "/models/minilm", (13, 14), pair_weight=0.3)
    assert none is not None and none.identity == shipped.identity and none.pair_weight == 0.0, "no twins, no pairs"
    light = tuner_for("tuned", "/models/minilm", (13, 14), pairs=pairs, pair_weight=0.3)
    assert light is not None and light.identity.startswith("tuned:3:5e-05:13+14:float32:pairs-0.3-")
    other = tuner_for("tuned", "/models/minilm", (13, 14), pairs=(("row a", "another twin"),), pair_weight=0.3)
    assert other is not None and other.identity != light.identity, "other twins: other readers"


def test_the_pair_weight_setting_reads_the_twins_of_the_corpus(monkeypatch, tmp_path):
    import json

    import pytest
    from pydantic import ValidationError

    from assistant.settings import Settings
    from assistant.triage.tuned import tuner_from_settings

    (tmp_path / "triage" / "candidates").mkdir(parents=True)
    rows = [
        {"question": "how do i word a thank-you note", "route": "micro", "topic": "networking", "format": "nano"},
        {"question": "i wont need my tools after friday", "route": "crisis", "topic": "wellbeing", "format": "none"},
    ]
    (tmp_path / "triage" / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    twin = {"route": "micro", "topic": "networking", "format": "nano"}
    twins = [
        {**twin, "twin_of": "a.jsonl:2", "question": "i wont need my tools after friday, the shop is closing"},
        {**twin, "twin_of": "a.jsonl:1", "question": "names a row that is not a crisis example"},
    ]
    path = tmp_path / "triage" / "candidates" / "hard_negatives_twins.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in twins) + "\n", encoding="utf-8")
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(tmp_path))
    for name in ("ASSISTANT_TRIAGE_CRISIS_READER", "ASSISTANT_TRIAGE_CRISIS_READER_PAIR_WEIGHT"):
        monkeypatch.delenv(name, raising=False)
    shipped = tuner_from_settings(Settings(), "/models/minilm")
    assert shipped is not None and shipped.pairs == () and shipped.pair_weight == 0.0, "off as shipped"
    monkeypatch.setenv("ASSISTANT_TRIAGE_CRISIS_READER_PAIR_WEIGHT", "0.3")
    asked = tuner_from_settings(Settings(), "/models/minilm")
    assert asked is not None and asked.pair_weight == 0.3
    assert asked.pairs == (("i wont need my tools after friday", twins[0]["question"]),)
    for bad in ("-0.1", "11", "much"):
        monkeypatch.setenv("ASSISTANT_TRIAGE_CRISIS_READER_PAIR_WEIGHT", bad)
        with pytest.raises(ValidationError, match="triage_crisis_reader_pair_weight"):
            Settings()
