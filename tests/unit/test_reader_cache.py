"""Crisis readers kept on disk for `eval triage`: reused for the same rows, refitted for others, pruned after a run."""

import numpy as np

from assistant.triage.evaluate import cross_validate
from assistant.triage.model import featurize
from assistant.triage.reader_cache import CachedTuner
from tests.fakes import WordTuner, bag_of_words, templated_examples

TEXTS = ["i want to end my life tonight", "how do i word my resume", "should i change careers", "i feel hopeless"]
LABELS = np.array([1, 0, 0, 1], dtype=np.float32)


def test_a_reader_fitted_on_the_same_rows_is_reused_by_a_later_run(tmp_path):
    first = CachedTuner(WordTuner(), tmp_path)
    reader = first.fit(TEXTS, LABELS)
    assert first.inner.fitted == [4] and first.reused == 0
    inner = WordTuner()
    later = CachedTuner(inner, tmp_path)
    again = later.fit(TEXTS, LABELS)
    assert inner.fitted == [], "nothing is fine-tuned again"
    assert inner.adopted == [again], "the kept reader is handed to this install's tuner"
    assert later.reused == 1
    assert np.array_equal(again.score(TEXTS), reader.score(TEXTS))


def test_other_rows_labels_tuner_or_base_model_fit_a_new_reader(tmp_path):
    CachedTuner(WordTuner(), tmp_path).fit(TEXTS, LABELS)
    for tuner, texts, labels in [
        (WordTuner(), TEXTS, 1 - LABELS),
        (WordTuner(), [*TEXTS, "one more"], np.append(LABELS, 0)),
        (WordTuner("another identity"), TEXTS, LABELS),
    ]:
        cached = CachedTuner(tuner, tmp_path)
        cached.fit(texts, labels)
        assert tuner.fitted == [len(texts)] and cached.reused == 0
    other_model = WordTuner()
    CachedTuner(other_model, tmp_path, base="another MiniLM").fit(TEXTS, LABELS)
    assert other_model.fitted == [4]
    assert len(list(tmp_path.glob("reader-*.pkl"))) == 5


def test_a_reader_kept_while_scoring_in_one_format_serves_another(tmp_path):
    CachedTuner(WordTuner(), tmp_path).fit(TEXTS, LABELS)
    inner = WordTuner(reads=":reads-bfloat16")
    cached = CachedTuner(inner, tmp_path)
    cached.fit(TEXTS, LABELS)
    assert inner.fitted == [] and cached.reused == 1, "the weights are the same; only how they score differs"
    assert cached.identity != CachedTuner(WordTuner(), tmp_path).identity, "the triage model is still refitted"


def test_a_damaged_file_is_refitted_and_replaced(tmp_path):
    cached = CachedTuner(WordTuner(), tmp_path)
    cached.fit(TEXTS, LABELS)
    (tmp_path / cached.key(TEXTS, LABELS)).write_bytes(b"half a pickle")
    inner = WordTuner()
    again = CachedTuner(inner, tmp_path)
    reader = again.fit(TEXTS, LABELS)
    assert inner.fitted == [4] and reader.score(["end my life"])[0] > 0
    assert CachedTuner(WordTuner(), tmp_path).fit(TEXTS, LABELS).words == reader.words


def test_prune_keeps_only_what_the_finished_run_used(tmp_path):
    CachedTuner(WordTuner(), tmp_path).fit(TEXTS, 1 - LABELS)  # an older run's reader
    (tmp_path / "leftover.tmp").write_bytes(b"partial")
    run = CachedTuner(WordTuner(), tmp_path)
    run.fit(TEXTS, LABELS)
    assert run.prune() == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == [run.key(TEXTS, LABELS)]
    assert CachedTuner(WordTuner(), tmp_path / "missing").prune() == 0


def test_a_rerun_of_cross_validation_fine_tunes_nothing_and_gives_the_same_figures(tmp_path):
    examples = templated_examples()
    feats = featurize([e.question for e in examples], bag_of_words)
    first = CachedTuner(WordTuner(), tmp_path)
    before = cross_validate(examples, feats, tuner=first)
    assert len(first.inner.fitted) == 15, "three readers in each of five folds"
    inner = WordTuner()
    rerun = CachedTuner(inner, tmp_path)
    after = cross_validate(examples, feats, tuner=rerun)
    assert inner.fitted == [] and rerun.reused == 15
    assert after == before


def test_a_saved_pickle_replaces_the_old_file_whole_and_leaves_no_partial_file(tmp_path):
    import pickle

    from assistant.triage.pickles import save_atomically

    target = tmp_path / "model.pkl"
    target.write_bytes(b"old")
    save_atomically({"weights": [1, 2, 3]}, target)
    assert pickle.loads(target.read_bytes()) == {"weights": [1, 2, 3]}
    assert [p.name for p in tmp_path.iterdir()] == ["model.pkl"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary_file(tmp_path):
    import pytest

    from assistant.triage.pickles import save_atomically

    target = tmp_path / "model.pkl"
    target.write_bytes(b"old")
    with pytest.raises(Exception, match="pickle"):
        save_atomically({"cannot be pickled": lambda: None}, target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["model.pkl"]


def test_a_damaged_kept_reader_is_tuned_again_and_not_counted_as_reused(tmp_path, caplog):
    cached = CachedTuner(WordTuner(), tmp_path)
    cached.fit(TEXTS, LABELS)
    (tmp_path / cached.key(TEXTS, LABELS)).write_bytes(b"not a pickle")
    inner = WordTuner()
    again = CachedTuner(inner, tmp_path)
    with caplog.at_level("WARNING"):
        again.fit(TEXTS, LABELS)
    assert again.reused == 0 and inner.fitted == [4]
    assert "could not be read" in caplog.text


def test_the_embedding_model_is_named_by_its_files(tmp_path):
    from assistant.backends.embeddings import MiniLMEmbeddings, model_digest

    def model(folder: str, weights: bytes, readme: str = "") -> MiniLMEmbeddings:
        root = tmp_path / folder / "model"
        (root / "1_Pooling").mkdir(parents=True)
        (root / "model.safetensors").write_bytes(weights)
        (root / "1_Pooling" / "config.json").write_text("{}")
        (root / "README.md").write_text(readme)
        return MiniLMEmbeddings(model_dir=root)

    same = model("a", b"weights-1"), model("b", b"weights-1", readme="other words")
    (tmp_path / "b" / "model" / ".gitattributes").write_text("*.safetensors filter=lfs")
    (tmp_path / "b" / "model" / "data_config.json").write_text("[]")  # notes on training data: no vector changes
    before = same[0].name
    assert before.split("@")[1] == same[1].name.split("@")[1], "the same files, the same digest"
    assert before.startswith("a/model@") and same[0].identity == f"{before}:float32"
    (tmp_path / "a" / "model" / "model.safetensors").write_bytes(b"weights-2")  # upgraded in place
    model_digest.cache_clear()  # as a restarted process sees it
    assert same[0].name != before, "other weights: kept readers and classifiers are not reused"
