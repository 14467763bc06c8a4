"""The Triager: loads or retrains the cached model and turns a question into a Triage."""

from __future__ import annotations

import logging
import pickle
import threading
from pathlib import Path

import numpy as np
import sklearn
from filelock import FileLock

from assistant.guard.crisis import patterns_digest, scan_crisis
from assistant.guard.inputs import LONG_POST_CHARS, NOT_ENGLISH, check_question, looks_english
from assistant.triage.courtesy import courtesy_kind
from assistant.triage.decide import DECIDED, decide
from assistant.triage.examples import examples_digest, load_examples, require_trainable
from assistant.triage.features import focus_text
from assistant.triage.model import Embed, TriageModel, Tuner, featurize, train
from assistant.triage.pickles import save_atomically
from assistant.triage.reader_cache import CachedTuner
from assistant.triage.reasons import CLOSE_TO_CRISIS, reasons_for
from assistant.types import Triage

MODEL_VERSION = "15"  # 15: the crisis reader is tuned and read in float32
log = logging.getLogger(__name__)


class Triager:
    """Triage with a classifier trained from corpus/triage/, cached in the data dir, retrained on change."""

    def __init__(
        self,
        examples_dir: Path,
        cache_dir: Path,
        embed: Embed,
        max_chars: int = 20000,
        embed_id: str = "",
        tuner: Tuner | None = None,
        spare: bool = False,
        score_only_rounds: tuple[str, ...] = (),
    ) -> None:
        self.examples_dir = examples_dir
        self.score_only_rounds = score_only_rounds  # candidate files that train the crisis score only (sensitivity)
        self.embed_id = embed_id  # the embedding model and format: a model trained on other vectors is retrained
        self.cache_dir = cache_dir
        self.embed = embed
        self.tuner = tuner  # fine-tunes the crisis reader; None: the n-gram crisis classifier alone
        self.max_chars = max_chars
        self.spare = spare  # answer crisis words told as a calm past or others' crisis at work (opt-in)
        self._model: TriageModel | None = None
        self._lock = threading.Lock()
        self.retrained = False
        self.readers_reused: int | None = None  # after training with a tuner: fold readers taken from the cache

    @property
    def model(self) -> TriageModel:
        """The fitted model: from the cache when the examples and crisis patterns are unchanged, else trained now."""
        with self._lock:
            if self._model is None:
                self._model = self._load_or_train()
            return self._model

    def _load_or_train(self) -> TriageModel:
        examples = load_examples(self.examples_dir, self.score_only_rounds)
        require_trainable(examples, self.examples_dir)
        tuned = self.tuner.identity if self.tuner is not None else "untuned"
        # scikit-learn's version too: its pickles are not promised to load, or to behave alike, in another version
        digest = (
            f"{MODEL_VERSION}-{self.embed_id}-{tuned}-{patterns_digest()}-{examples_digest(examples)}"
            f"-sklearn{sklearn.__version__}"
        )
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        path = self.cache_dir / "triage-model.pkl"
        with FileLock(str(self.cache_dir / "triage-model.lock")):
            if path.exists():
                try:
                    with path.open("rb") as fh:
                        cached = pickle.load(fh)
                    if isinstance(cached, TriageModel) and cached.digest == digest:
                        if cached.tuned_crisis is not None and self.tuner is not None:
                            cached.tuned_crisis = self.tuner.adopt(cached.tuned_crisis)
                        return cached
                except Exception as exc:  # a damaged cache is rebuilt, and the log says why training starts
                    log.warning("the cached triage model could not be read (%s); training it again", type(exc).__name__)
            feats = featurize([e.question for e in examples], self.embed)
            readers = self._reader_cache()
            model = train(examples, feats, digest, readers)
            save_atomically(model, path)
            if readers is not None:
                readers.prune()  # keep only the fold readers of this model: about 90 MB each with MiniLM
                self.readers_reused = readers.reused
            self.retrained = True
            return model

    def _reader_cache(self) -> CachedTuner | None:
        """The tuner with its fold readers kept in the cache folder, so a retrain that leaves the crisis examples alone
        (new patterns, a new reading format) reuses them instead of fine-tuning again for about 20 minutes, and a
        training stopped part-way resumes from the folds it finished."""
        if self.tuner is None:
            return None
        return CachedTuner(self.tuner, self.readers_dir, base=self.embed_id)

    @property
    def readers_dir(self) -> Path:
        """Where the fine-tuned fold readers of the cached model are kept (one pickle per fold)."""
        return self.cache_dir / "crisis-readers"

    def triage(self, text: str) -> Triage:
        """Route one question (raises InputError for unusable input)."""
        return self.triage_many([text])[0]

    def triage_many(self, texts: list[str]) -> list[Triage]:
        """Route several questions in one batch (input is checked first; any bad one raises InputError)."""
        clean = [check_question(t, self.max_chars) for t in texts]
        if not clean:
            return []
        model = self.model
        feats = featurize(clean, self.embed)
        probs = model.route_probs(feats)
        crisis = model.crisis(feats)
        topics = model.topics(feats)
        formats = model.formats(feats)
        return [
            self._one(text, p, float(c), topic, fmt, model)
            for text, p, c, topic, fmt in zip(clean, probs, crisis, topics, formats, strict=True)
        ]

    def _one(
        self, text: str, probs: dict[str, float], crisis: float, topic: str, fmt: str, model: TriageModel
    ) -> Triage:
        scan = scan_crisis(text, self.spare)
        match, spared = scan.now, scan.spared
        english = looks_english(text)
        courtesy = courtesy_kind(text)
        decision = decide(
            probs, crisis, match is not None, english, model.thresholds, spared is not None, courtesy is not None
        )
        route = decision.route
        _, focused = focus_text(text)
        notes = []
        if len(text) > LONG_POST_CHARS:
            notes.append(f"long message ({len(text):,} characters): triaged on its title and question sentences")
        if match:
            notes.append(f"crisis pattern: {match.kind}")
        elif spared is not None and decision.because == "pattern":
            told = "a past crisis" if scan.past is not None else "other people's crisis at work"
            notes.append(f"crisis pattern: {spared.kind} (worded as {told}, but the crisis reader's score is high)")
        if not english:
            notes.append(NOT_ENGLISH)
        ranked = sorted(((probs.get(r, 0.0), r) for r in DECIDED), reverse=True)
        runner_up = ranked[0][1] if route == "unsure" else None
        if route == "crisis":
            topic, fmt = "wellbeing", "none"
        elif route == "out_of_scope":
            topic = topic if topic in ("workplace-rights", "other") else "other"
            fmt = "none"
        elif route == "mentor":
            fmt = "long-term"
        elif route == "unsure":
            fmt = "none" if not english else fmt
        if scan.past is not None and decision.check_in:
            notes.append(f"wellbeing check-in: the message tells of a past crisis ({scan.past.kind}), years over")
        elif scan.others is not None and decision.check_in:
            kind = scan.others.kind
            notes.append(f"wellbeing check-in: the message speaks of other people's crisis ({kind}) at work")
        elif decision.check_in:
            notes.append(f"wellbeing check-in: {CLOSE_TO_CRISIS}")
        reasons = reasons_for(
            route, decision.because, text, decision.confidence, topic, runner_up, focused, decision.check_in
        )
        rounded = {k: round(v, 4) for k, v in probs.items()} | {"crisis_score": round(crisis, 4)}
        confidence = float(np.clip(decision.confidence, 0, 1))
        said = courtesy if decision.because == "courtesy" else None
        return Triage(route, confidence, topic, fmt, reasons, rounded, notes, check_in=decision.check_in, courtesy=said)
