"""A copy of MiniLM fine-tuned to tell crisis messages from everything else: the crisis guard's strongest reader.

The frozen MiniLM plus a linear model blurs implied risk ("I've worked out which bridge") with ordinary distress;
fine-tuning every layer on our labelled examples separates them much better (measured in the README). Only triage
uses this copy; retrieval keeps the original model.
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from assistant.backends.offline import force_offline
from assistant.backends.precision import cast, resolve_dtype

if TYPE_CHECKING:
    from assistant.settings import Settings

MAX_TOKENS = 256  # MiniLM's window; longer posts are read in windows and the highest score counts
BATCH = 16
PAIR_BATCH = 16  # (crisis row, safe twin) pairs per ranked step, when the reader is tuned with pairs


def windows(ids: list[int], size: int, step: int) -> list[list[int]]:
    """Token-id windows of at most `size` covering the sequence, `step` apart (one window when it fits)."""
    if len(ids) <= size:
        return [ids]
    starts = [*range(0, len(ids) - size, step), len(ids) - size]
    return [ids[s : s + size] for s in starts]


def length_batches(lengths: list[int], size: int) -> list[np.ndarray]:
    """Row indices in batches of `size`, rows of similar length together (less padding per batch)."""
    order = np.argsort(lengths, kind="stable")
    return [order[i : i + size] for i in range(0, len(order), size)]


def tuner_for(
    reader: str,
    model_dir: str | None,
    seeds: tuple[int, ...],
    epochs: int = 3,
    read_dtype: str = "float32",
    pairs: tuple[tuple[str, str], ...] = (),
    pair_weight: float = 0.0,
) -> CrisisTuner | None:
    """The crisis reader's tuner for the `triage_crisis_reader` settings and a local sentence model (None: no reader).

    It tunes in float32 whatever format the embedding model runs in: on this project's AVX512-BF16 machine, three
    folds over 2,300 examples took 583 s in float32 against 847 s with bfloat16 autocast, with the same
    out-of-fold crisis figures (docs/triage-history.md, session 9). `read_dtype` is the format its readers score in
    (`auto` resolved for this CPU); `pairs` and `pair_weight` tune it to rank crisis rows above their safe twins."""
    if reader == "off" or model_dir is None:
        return None
    if pair_weight <= 0:
        pairs = ()
    return CrisisTuner(
        str(model_dir),
        epochs=epochs,
        seeds=tuple(seeds),
        read_dtype=resolve_dtype(read_dtype),
        pairs=pairs,
        pair_weight=pair_weight if pairs else 0.0,
    )


def tuner_from_settings(settings: Settings, model_dir: str | None) -> CrisisTuner | None:
    """The crisis reader's tuner as the settings ask (reader on or off, seeds, epochs, read format, ranked pairs) for
    a local sentence model; the pairs are read from the corpus's safe twins only when their weight is above 0."""
    pairs: tuple[tuple[str, str], ...] = ()
    weight = settings.triage_crisis_reader_pair_weight
    if weight > 0 and settings.triage_crisis_reader != "off":
        from assistant.triage.examples import examples_for
        from assistant.triage.twins import TWINS, twin_pairs

        pairs = twin_pairs(settings.corpus_dir / TWINS, examples_for(settings))
    return tuner_for(
        settings.triage_crisis_reader,
        model_dir,
        settings.triage_crisis_reader_seeds,
        settings.triage_crisis_reader_epochs,
        settings.triage_crisis_reader_dtype,
        pairs,
        weight,
    )


def pair_schedule(steps: int, pair_batches: int) -> dict[int, int]:
    """Which of an epoch's training steps also take a batch of ranked pairs, and which one: spread evenly, one pass
    over the pairs (fewer when there are more pair batches than steps)."""
    if pair_batches <= 0:
        return {}
    every = max(1, steps // pair_batches)
    chosen = [k for k in range(steps) if k % every == 0][:pair_batches]
    return {k: i for i, k in enumerate(chosen)}


def pairs_within(pairs: tuple[tuple[str, str], ...], texts: list[str]) -> list[tuple[str, str]]:
    """The pairs whose crisis row is among the texts a reader is tuned on (a twin of a held-out row stays unseen)."""
    seen = set(texts)
    return [p for p in pairs if p[0] in seen]


def _net(model_dir: str) -> Any:
    """MiniLM with a one-logit head over its mean-pooled, unit-length sentence vector."""
    import torch
    from transformers import AutoModel

    class CrisisNet(torch.nn.Module):
        """Encoder plus head; the scale lets unit vectors reach confident logits."""

        def __init__(self) -> None:
            super().__init__()
            self.encoder = AutoModel.from_pretrained(model_dir, local_files_only=True)
            self.head = torch.nn.Linear(self.encoder.config.hidden_size, 1)

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
            return self.head(torch.nn.functional.normalize(pooled, dim=-1) * 10.0).squeeze(-1)

    return CrisisNet()


class TunedCrisisModel:
    """The fine-tuned network and its tokenizer; `score` gives a crisis probability per text.

    The weights are kept in the format they were tuned in (`dtype`, float32 unless a tuner asked for bfloat16); the
    network reads in `read_dtype`, float32 unless the settings ask otherwise. One question at a time, float32 was
    faster than bfloat16 on the AVX512-BF16 machine of sessions 8 to 10 (reader p95 31 ms against 41 ms); on the AMD
    EPYC of sessions 21 and 22 bfloat16 was (p95 20.5 against 43.2 ms) (docs/triage-history.md, Triage speed)."""

    def __init__(self, model_dir: str, dtype: str, state: dict[str, Any], read_dtype: str = "float32") -> None:
        self.model_dir = model_dir
        self.dtype = dtype
        self.read_dtype = read_dtype
        self.state = state  # weights as tuned; loading them into the float32 network widens them exactly
        self._net: Any = None
        self._tok: Any = None
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        return {"model_dir": self.model_dir, "dtype": self.dtype, "state": self.state, "read_dtype": self.read_dtype}

    def __setstate__(self, state: dict[str, Any]) -> None:
        # readers pickled before the read format existed read in float32, as they did then
        self.__init__(state["model_dir"], state["dtype"], state["state"], state.get("read_dtype", "float32"))  # type: ignore[misc]

    def _load(self) -> tuple[Any, Any]:
        with self._lock:
            if self._net is None:
                force_offline()
                from transformers import AutoTokenizer

                net = _net(self.model_dir)
                net.load_state_dict(self.state)  # copied into float32 parameters whatever format it was kept in
                tok = AutoTokenizer.from_pretrained(self.model_dir, local_files_only=True)
                tok.model_max_length = 1 << 30  # long texts are cut into windows here, not by the tokenizer
                self._net, self._tok = cast(net.eval(), self.read_dtype), tok
            return self._net, self._tok

    def score(self, texts: list[str]) -> np.ndarray:
        """Crisis probability per text; a long text scores as its most worrying window."""
        import torch

        if not texts:
            return np.zeros(0)
        net, tok = self._load()
        body = MAX_TOKENS - 2
        pieces, owner = [], []
        for i, ids in enumerate(tok(texts, add_special_tokens=False, truncation=False)["input_ids"]):
            for w in windows(ids, body, body // 2):
                pieces.append([tok.cls_token_id, *w, tok.sep_token_id])
                owner.append(i)
        logits = np.empty(len(pieces))
        with torch.inference_mode():
            for rows in length_batches([len(p) for p in pieces], 32):
                batch = tok.pad({"input_ids": [pieces[i] for i in rows]}, return_tensors="pt")
                logits[rows] = net(batch["input_ids"], batch["attention_mask"]).float().numpy()
        best = np.full(len(texts), -np.inf)
        np.maximum.at(best, np.asarray(owner), logits)
        return 1.0 / (1.0 + np.exp(-best))


def average(models: list[TunedCrisisModel]) -> TunedCrisisModel:
    """One reader whose weights are the mean of readers fine-tuned from the same MiniLM on different folds."""
    first = models[0]
    state = {}
    for key, value in first.state.items():
        if value.is_floating_point():
            state[key] = sum(m.state[key].float() for m in models).div(len(models)).to(value.dtype)
        else:
            state[key] = value
    return TunedCrisisModel(first.model_dir, first.dtype, state, first.read_dtype)


@dataclass(frozen=True)
class CrisisTuner:
    """How to fine-tune: three epochs, every layer, in float32 (bfloat16 autocast when `dtype` asks for it).

    With several `seeds` each fold's reader is tuned once per seed and the copies are averaged weight for weight, so a
    question still takes one pass: a steadier reader for proportionally longer training (docs/triage-history.md,
    session 13). Its readers score in `read_dtype`, training's out-of-fold scores included, so the thresholds are
    fitted on the scores the product will see."""

    model_dir: str
    dtype: str = "float32"
    epochs: int = 3
    learning_rate: float = 5e-5
    seeds: tuple[int, ...] = (13,)  # one reader; the product's seeds come from the settings (tuner_for)
    read_dtype: str = "float32"
    pairs: tuple[tuple[str, str], ...] = ()  # (crisis row, its safe twin) texts, used when pair_weight > 0
    pair_weight: float = 0.0

    @property
    def tuning(self) -> str:
        """What the readers' weights depend on: a change fine-tunes them again."""
        seeds = "+".join(str(s) for s in self.seeds)
        base = f"tuned:{self.epochs}:{self.learning_rate}:{seeds}:{self.dtype}"
        if self.pair_weight <= 0 or not self.pairs:
            return base
        digest = hashlib.sha256(json.dumps(self.pairs).encode()).hexdigest()[:12]
        return f"{base}:pairs-{self.pair_weight}-{digest}"

    @property
    def identity(self) -> str:
        """What a cached model was tuned and fitted with (the weights, and the format its thresholds were fitted in)."""
        return self.tuning if self.read_dtype == "float32" else f"{self.tuning}:reads-{self.read_dtype}"

    def adopt(self, model: TunedCrisisModel) -> TunedCrisisModel:
        """A reader from the cache, reading with this install's copy of MiniLM (its tokenizer and layout) in this
        tuner's read format.

        A cached reader names the folder it was tuned from; after a move or a rebuilt virtual environment that folder
        may be gone while the cache is still current (same examples, same model), and its first question would fail."""
        return TunedCrisisModel(self.model_dir, model.dtype, model.state, self.read_dtype)

    def combine(self, models: list[TunedCrisisModel]) -> TunedCrisisModel:
        """The reader used after training: the fold readers' weights averaged, so a question takes one pass
        (measured: the same held-out figures as averaging the three readers' scores)."""
        return self.adopt(average(models))

    def fit(self, texts: list[str], labels: np.ndarray) -> TunedCrisisModel:
        """Fine-tune a reader per seed on crisis (1) versus not (0); several seeds' readers are averaged."""
        readers = [self.fit_seed(texts, labels, seed) for seed in self.seeds]
        return self.adopt(readers[0] if len(readers) == 1 else average(readers))

    def fit_seed(self, texts: list[str], labels: np.ndarray, seed: int) -> TunedCrisisModel:
        """Fine-tune every layer from `seed` (batch order and head), weighting the rarer class up; with pairs, some
        steps also push each crisis row's logit above its safe twin's (docs/triage-history.md, session 35)."""
        import torch
        from transformers import AutoTokenizer

        force_offline()
        torch.manual_seed(seed)
        rng = np.random.default_rng(seed)
        tok = AutoTokenizer.from_pretrained(self.model_dir, local_files_only=True)
        net = _net(self.model_dir).train()
        y = np.asarray(labels, dtype=np.float32)
        positive = float(y.mean()) if len(y) else 0.5
        pos_weight = torch.tensor((1 - positive) / max(positive, 1e-6))
        optimiser = torch.optim.AdamW(net.parameters(), lr=self.learning_rate, weight_decay=0.01)
        batches = length_batches([len(t) for t in texts], BATCH)
        pairs = pairs_within(self.pairs, texts) if self.pair_weight > 0 else []
        autocast = self.dtype != "float32"

        def logits(batch: list[str]) -> Any:
            enc = tok(batch, padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt")
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=autocast):
                return net(enc["input_ids"], enc["attention_mask"]).float()

        for _ in range(self.epochs):
            order = rng.permutation(len(pairs)) if pairs else np.zeros(0, dtype=int)
            pair_batches = [order[i : i + PAIR_BATCH] for i in range(0, len(order), PAIR_BATCH)]
            steps = rng.permutation(len(batches))
            ranked = pair_schedule(len(steps), len(pair_batches))
            for k, b in enumerate(steps):
                rows = batches[b]
                loss = torch.nn.functional.binary_cross_entropy_with_logits(
                    logits([texts[i] for i in rows]), torch.from_numpy(y[rows]), pos_weight=pos_weight
                )
                if k in ranked:
                    chosen = [pairs[j] for j in pair_batches[ranked[k]]]
                    both = logits([c[0] for c in chosen] + [c[1] for c in chosen])
                    n = len(chosen)  # a twin scored above its crisis row costs most
                    loss = loss + self.pair_weight * torch.nn.functional.softplus(both[n:] - both[:n]).mean()
                optimiser.zero_grad()
                loss.backward()
                optimiser.step()
        net = cast(net.eval(), self.dtype)
        state = {k: v.detach().clone() for k, v in net.state_dict().items()}
        return TunedCrisisModel(self.model_dir, self.dtype, state)
