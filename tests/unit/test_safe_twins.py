"""Safe twins in `eval triage`: each routed once, by the fold model that saw neither it nor its original."""

import json

import numpy as np
import pytest

from assistant.errors import ConfigurationError
from assistant.triage.evaluate import Twins, cross_validate_with_twins, held_with
from assistant.triage.examples import Example, load_examples
from assistant.triage.model import featurize
from assistant.triage.report import load_twins
from tests.fakes import WordReader, WordTuner, bag_of_words, templated_examples


class SpyReader(WordReader):
    """A word reader that remembers the texts it was fitted on and logs every text it scores."""

    def __init__(self, words: set[str], trained: set[str], log: list[tuple[str, set[str]]]) -> None:
        super().__init__(words)
        self.trained, self.log = trained, log

    def score(self, texts: list[str]) -> np.ndarray:
        """Log which reader read which text, then score as the word reader does."""
        self.log.extend((t, self.trained) for t in texts)
        return super().score(texts)


class SpyTuner(WordTuner):
    """A word tuner whose readers are spies."""

    def __init__(self) -> None:
        super().__init__()
        self.log: list[tuple[str, set[str]]] = []

    def fit(self, texts: list[str], labels: np.ndarray) -> SpyReader:
        """Fit as the word tuner does, remembering the texts."""
        return SpyReader(super().fit(texts, labels).words, set(texts), self.log)

    def combine(self, readers: list[SpyReader]) -> SpyReader:  # type: ignore[override]
        """The fold readers combined, having seen every text any of them saw."""
        return SpyReader(super().combine(readers).words, set().union(*(r.trained for r in readers)), self.log)


def test_only_twins_of_held_out_rows_go_with_a_fold():
    of = np.array([4, 0, 7, 4])
    assert held_with(of, np.array([4, 5])).tolist() == [0, 3]
    assert held_with(of, np.array([1, 2])).tolist() == []


def test_each_twin_is_routed_once_by_a_fold_model_that_never_saw_its_original():
    examples = templated_examples(crisis="i have given away my {} things and wont need them after friday")
    crisis = [i for i, e in enumerate(examples) if e.route == "crisis"]
    twin_rows = [
        Example(
            examples[i].question.replace("wont need them after friday", "am moving abroad on friday"),
            "micro",
            "other",
            "none",
            "n",
            "hard_negatives_twins",
        )
        for i in crisis
    ]
    feats = featurize([e.question for e in examples], bag_of_words)
    twins = Twins(np.asarray(crisis), twin_rows, featurize([e.question for e in twin_rows], bag_of_words))
    tuner = SpyTuner()

    cv, twins_ev = cross_validate_with_twins(examples, feats, twins, tuner=tuner)

    assert cv.n == len(examples)
    assert twins_ev is not None and twins_ev.n == len(twin_rows) and twins_ev.counts["hard"] == len(twin_rows)
    for original, twin in zip(crisis, twin_rows, strict=True):
        readers = [trained for text, trained in tuner.log if text == twin.question]
        assert len(readers) == 1, "routed once, by one fold"
        assert examples[original].question not in readers[0] and twin.question not in readers[0]


def test_twins_are_paired_by_file_and_line_stale_ones_left_out_and_a_broken_line_named(tmp_path):
    folder = tmp_path / "triage"
    folder.mkdir()
    rows = [
        {"question": "how do i word a thank-you note", "route": "micro", "topic": "networking", "format": "nano"},
        {"question": "i wont need my tools after friday", "route": "crisis", "topic": "wellbeing", "format": "none"},
    ]
    (folder / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert [e.where for e in load_examples(folder)] == ["a.jsonl:1", "a.jsonl:2"]
    twin = {"route": "micro", "topic": "networking", "format": "nano"}
    path = tmp_path / "twins.jsonl"
    lines = [
        {**twin, "twin_of": "a.jsonl:2", "question": "i wont need my tools after friday, the shop closes"},
        {**twin, "twin_of": "a.jsonl:1", "question": "names a row that is not a crisis example"},
        {**twin, "twin_of": "gone.jsonl:9", "question": "names a row that no longer exists"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in lines) + "\n", encoding="utf-8")
    twins, note = load_twins(path, load_examples(folder), bag_of_words)

    assert twins is not None and twins.of.tolist() == [1]
    assert [e.group for e in twins.rows] == ["hard_negatives_twins"]
    assert "2 twins left out" in note
    assert load_twins(tmp_path / "missing.jsonl", load_examples(folder), bag_of_words) == (None, "")
    path.write_text('{"twin_of": "a.jsonl:2", "question": "cut off mid-\n', encoding="utf-8")
    with pytest.raises(ConfigurationError, match=r"twins.jsonl:1: not valid JSON"):
        load_twins(path, load_examples(folder), bag_of_words)
    path.write_text('["a.jsonl:2", "a list, not an object"]\n', encoding="utf-8")
    with pytest.raises(ConfigurationError, match=r"twins.jsonl:1: each line must be a JSON object"):
        load_twins(path, load_examples(folder), bag_of_words)
