"""The crisis reader's seed spread: figures from a crisis score, one row per seed, the CLI's refusal when it is off."""

import numpy as np
import pytest

from assistant.cli import main
from assistant.triage.examples import Example
from assistant.triage.model import crisis_masks, featurize
from assistant.triage.spread import crisis_figures, format_spread, seed_spread
from tests.fakes import bag_of_words


def ex(question, route, group, explicit=None):
    return Example(question, route, "wellbeing" if route == "crisis" else "resume", "none", "", group, explicit)


def test_figures_from_a_crisis_score():
    implied = [ex(f"quiet plan number {i}", "crisis", "crisis_signs", explicit=False) for i in range(4)]
    hard = [ex(f"this commute is dull {i}", "micro", "hard_negatives", None) for i in range(20)]
    other = [ex(f"resume bullet {i}", "micro", "micro", None) for i in range(20)]
    examples = implied + hard + other
    # implied: 0.9, 0.8, 0.7, 0.2; one hard negative at 0.75, the other hard ones at 0.3, the rest low
    score = np.array([0.9, 0.8, 0.7, 0.2] + [0.75] + [0.3] * 19 + [0.05] * 20)
    f = crisis_figures(13, score, crisis_masks(examples))
    assert f.seed == 13
    # one hard negative of 20 (5%) may be flagged: the 0.7 message is caught at a threshold of 0.7, the 0.2 one is not
    assert f.implicit_at_cap == pytest.approx(0.75)
    # two implied messages rank above all 20 hard negatives, one above 19, the last above none
    assert f.auc == pytest.approx((20 + 20 + 19 + 0) / 80)
    # training's threshold allows at most 4% of hard negatives (none of 20 here): 0.8, so 2 of 4
    assert f.implicit_recall == 0.5 and f.hard_fp == 0.0


def test_a_worse_score_gives_worse_figures():
    implied = [ex(f"quiet plan {i}", "crisis", "crisis_signs", explicit=False) for i in range(10)]
    hard = [ex(f"commute {i}", "micro", "hard_negatives") for i in range(40)]
    examples = implied + hard
    rng = np.random.default_rng(0)
    good = np.r_[rng.uniform(0.6, 1.0, 10), rng.uniform(0.0, 0.5, 40)]
    bad = np.r_[rng.uniform(0.3, 0.8, 10), rng.uniform(0.2, 0.7, 40)]
    masks = crisis_masks(examples)
    g, b = crisis_figures(1, good, masks), crisis_figures(2, bad, masks)
    assert g.auc == 1.0 and b.auc < g.auc
    assert g.implicit_at_cap == 1.0 and b.implicit_at_cap < 1.0


class NoiseReader:
    """Scores that depend only on the seed and the text: a stand-in for how much a seed moves a tuned reader."""

    def __init__(self, seed):
        self.seed = seed

    def score(self, texts):
        return np.array([np.random.default_rng([self.seed, *t.encode()]).random() for t in texts])


class SeededTuner:
    """A fake tuner whose reader's scores depend on its seed, as fine-tuning's do."""

    def __init__(self, seed):
        self.seed = seed
        self.identity = self.tuning = f"seeded:{seed}"

    def fit(self, texts, labels):
        return NoiseReader(self.seed)

    def combine(self, readers):
        return readers[0]

    def adopt(self, reader):
        return reader


def test_one_row_per_seed_and_the_spread_between_them():
    examples = [
        *[ex(f"i plan to give away my {w} before the end", "crisis", "crisis_signs", False) for w in "abcdefghijkl"],
        *[ex(f"i plan to give my notice about {w} job", "micro", "hard_negatives") for w in "abcdefghijkl"],
        *[ex(f"how do i word my resume line {w}", "micro", "micro") for w in "abcdefghijkl"],
        *[ex(f"should i change careers to {w} over years", "mentor", "mentor") for w in "abcdefghijkl"],
    ]
    feats = featurize([e.question for e in examples], bag_of_words)
    same = seed_spread(examples, feats, SeededTuner, [3, 3])
    assert [f.seed for f in same] == [3, 3] and same[0] == same[1], "a seed is repeatable"
    figures = seed_spread(examples, feats, SeededTuner, [3, 4, 5])
    assert [f.seed for f in figures] == [3, 4, 5]
    text = format_spread(figures, len(examples))
    spread = [float(v) for v in text.splitlines()[-2].split()[1:]]
    values = np.array([[f.implicit_recall, f.hard_fp, f.implicit_at_cap, f.auc] for f in figures])
    assert spread == pytest.approx(list(values.max(0) - values.min(0)), abs=1e-3)
    assert max(spread) > 0, "readers tuned with other seeds score differently"
    assert f"over {len(examples)} labelled examples" in text
    assert [float(v) for v in format_spread(same, len(examples)).splitlines()[-2].split()[1:]] == [0, 0, 0, 0]


def test_the_cli_refuses_when_the_reader_is_off(monkeypatch, capsys):
    monkeypatch.setenv("ASSISTANT_TRIAGE_CRISIS_READER", "off")
    assert main(["eval", "crisis-reader", "--seeds", "13"]) == 2
    err = capsys.readouterr().err
    assert "crisis reader is off" in err and "ASSISTANT_TRIAGE_CRISIS_READER" in err


def test_the_cli_refuses_a_negative_seed_before_any_work(capsys):
    assert main(["eval", "crisis-reader", "--seeds", "13", "-1"]) == 2
    assert "Seeds must be whole numbers of 0 or more" in capsys.readouterr().err
