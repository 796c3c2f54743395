"""NumPy inference for the exported Transformer: batched encoder, cached decoder steps, batched beam search.

Why NumPy: one decoding step of a 3-layer, 256-wide decoder is a handful of small matrix products; driving it
from Python through TensorFlow costs more in per-op dispatch than the arithmetic itself, and the worker then
needs no TensorFlow to translate. Keys/values of past target positions are cached per layer so each step
costs O(1) positions, and the encoder output's keys/values are projected once per request.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from inference.translation.config import TranslationModelConfig
from inference.translation.vocabulary import BOS_ID, EOS_ID, PAD_ID


def sinusoidal_positions(length: int, d_model: int) -> np.ndarray:
    """Fixed sine/cosine position table; shared with the Keras model so training and serving agree."""
    position = np.arange(length, dtype=np.float32)[:, None]
    div = np.exp(np.arange(0, d_model, 2, dtype=np.float32) * (-np.log(10000.0) / d_model))
    table = np.zeros((length, d_model), dtype=np.float32)
    table[:, 0::2] = np.sin(position * div)
    table[:, 1::2] = np.cos(position * div)
    return table


def _layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) * (1.0 / np.sqrt(var + np.float32(1e-5))) * gamma + beta


def _softmax(x: np.ndarray) -> np.ndarray:
    x = x - x.max(-1, keepdims=True)
    e = np.exp(x)
    return e / e.sum(-1, keepdims=True)


# GNMT's length penalty: finished translations rank by log-probability / ((5 + length) / 6) ** penalty
DEFAULT_LENGTH_PENALTY = 0.6


def _log_softmax(x: np.ndarray) -> np.ndarray:
    x = x - x.max(-1, keepdims=True)
    return x - np.log(np.exp(x).sum(-1, keepdims=True))


@dataclass
class _DecoderCache:
    self_keys: list[np.ndarray]  # per layer (N, H, t, Dh)
    self_values: list[np.ndarray]
    cross_keys: list[np.ndarray]  # per layer (N, H, S, Dh)
    cross_values: list[np.ndarray]
    memory_bias: np.ndarray  # (N, 1, 1, S)

    def reorder(self, index: np.ndarray) -> None:
        for group in (self.self_keys, self.self_values, self.cross_keys, self.cross_values):
            for i, array in enumerate(group):
                group[i] = array[index]
        self.memory_bias = self.memory_bias[index]


class NumpyTranslatorModel:
    """The exported weights (`TranslationTransformer.export_arrays`) run with NumPy in float32."""

    def __init__(self, arrays: dict[str, np.ndarray], config: TranslationModelConfig):
        self.config = config
        self.w = {name: np.asarray(value, dtype=np.float32) for name, value in arrays.items()}
        self.heads = config.num_heads
        self.head_dim = config.d_model // config.num_heads
        self.positions = sinusoidal_positions(config.max_length, config.d_model)
        self.scale = np.float32(np.sqrt(config.d_model))
        self.attention_scale = np.float32(1.0 / np.sqrt(self.head_dim))  # float32: NumPy 2 would promote
        self.embedding_t = np.ascontiguousarray(self.w["embedding"].T)
        self._shortlist_cache: dict[bytes, tuple[np.ndarray, np.ndarray]] = {}

    # -- pieces -------------------------------------------------------------------------------------------
    def _dense(self, x: np.ndarray, name: str) -> np.ndarray:
        # one 2-D GEMM: a 3-D matmul would run one small product per row
        kernel = self.w[f"{name}.kernel"]
        out = x.reshape(-1, x.shape[-1]) @ kernel + self.w[f"{name}.bias"]
        return out.reshape(*x.shape[:-1], kernel.shape[1])

    def _norm(self, x: np.ndarray, name: str) -> np.ndarray:
        return _layer_norm(x, self.w[f"{name}.gamma"], self.w[f"{name}.beta"])

    def _split(self, x: np.ndarray) -> np.ndarray:
        n, t, _ = x.shape
        return x.reshape(n, t, self.heads, self.head_dim).transpose(0, 2, 1, 3)

    def _merge(self, x: np.ndarray) -> np.ndarray:
        n, _, t, _ = x.shape
        return x.transpose(0, 2, 1, 3).reshape(n, t, self.config.d_model)

    def _attend(self, q: np.ndarray, k: np.ndarray, v: np.ndarray, bias: np.ndarray | float) -> np.ndarray:
        scores = (q * self.attention_scale) @ k.transpose(0, 1, 3, 2) + bias
        return _softmax(scores) @ v

    def _embed(self, ids: np.ndarray, offset: int = 0) -> np.ndarray:
        length = ids.shape[1]
        return self.w["embedding"][ids] * self.scale + self.positions[offset : offset + length]

    def _ff(self, x: np.ndarray, prefix: str) -> np.ndarray:
        h = np.maximum(self._dense(self._norm(x, f"{prefix}.ff_norm"), f"{prefix}.ff.inner"), 0.0)
        return x + self._dense(h, f"{prefix}.ff.outer")

    # -- encoder / decoder ----------------------------------------------------------------------------------
    def encode(self, source_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        bias = (source_ids == PAD_ID).astype(np.float32)[:, None, None, :] * np.float32(-1e9)
        x = self._embed(source_ids)
        for i in range(self.config.encoder_layers):
            p = f"encoder.{i}"
            h = self._norm(x, f"{p}.self_norm")
            q, k, v = (self._split(self._dense(h, f"{p}.self.{n}")) for n in ("query", "key", "value"))
            x = x + self._dense(self._merge(self._attend(q, k, v, bias)), f"{p}.self.out")
            x = self._ff(x, p)
        return self._norm(x, "encoder_norm"), bias

    def _logits(self, x: np.ndarray, shortlist: np.ndarray | None = None) -> np.ndarray:
        h = self._norm(x, "decoder_norm")
        if shortlist is None:
            out = h.reshape(-1, h.shape[-1]) @ self.embedding_t + self.w["output_bias"]
        else:
            weights, bias = self._shortlisted(shortlist)
            out = h.reshape(-1, h.shape[-1]) @ weights + bias
        return out.reshape(*h.shape[:-1], -1)

    def _shortlisted(self, shortlist: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        key = shortlist.tobytes()
        if key not in self._shortlist_cache:
            self._shortlist_cache[key] = (
                np.ascontiguousarray(self.embedding_t[:, shortlist]), self.w["output_bias"][shortlist]
            )
        return self._shortlist_cache[key]

    def teacher_forced_logits(self, source_ids: np.ndarray, target_ids: np.ndarray) -> np.ndarray:
        """Full-sequence decoder (no cache): used to check the export against Keras."""
        memory, memory_bias = self.encode(source_ids)
        length = target_ids.shape[1]
        causal = np.triu(np.ones((length, length), np.float32), k=1) * np.float32(-1e9)
        x = self._embed(target_ids)
        for i in range(self.config.decoder_layers):
            p = f"decoder.{i}"
            h = self._norm(x, f"{p}.self_norm")
            q, k, v = (self._split(self._dense(h, f"{p}.self.{n}")) for n in ("query", "key", "value"))
            x = x + self._dense(self._merge(self._attend(q, k, v, causal)), f"{p}.self.out")
            h = self._norm(x, f"{p}.cross_norm")
            q = self._split(self._dense(h, f"{p}.cross.query"))
            k, v = (self._split(self._dense(memory, f"{p}.cross.{n}")) for n in ("key", "value"))
            x = x + self._dense(self._merge(self._attend(q, k, v, memory_bias)), f"{p}.cross.out")
            x = self._ff(x, p)
        return self._logits(x)

    def _start_cache(self, memory: np.ndarray, memory_bias: np.ndarray) -> _DecoderCache:
        n = memory.shape[0]
        empty = np.zeros((n, self.heads, 0, self.head_dim), np.float32)
        cache = _DecoderCache([], [], [], [], memory_bias)
        for i in range(self.config.decoder_layers):
            p = f"decoder.{i}"
            cache.self_keys.append(empty)
            cache.self_values.append(empty)
            cache.cross_keys.append(self._split(self._dense(memory, f"{p}.cross.key")))
            cache.cross_values.append(self._split(self._dense(memory, f"{p}.cross.value")))
        return cache

    def _step(
        self, tokens: np.ndarray, position: int, cache: _DecoderCache, shortlist: np.ndarray | None = None
    ) -> np.ndarray:
        """Log-probabilities of the next token for each row, given the last token; extends the cache."""
        x = self._embed(tokens[:, None], offset=position)
        for i in range(self.config.decoder_layers):
            p = f"decoder.{i}"
            h = self._norm(x, f"{p}.self_norm")
            q, k, v = (self._split(self._dense(h, f"{p}.self.{n}")) for n in ("query", "key", "value"))
            cache.self_keys[i] = k = np.concatenate([cache.self_keys[i], k], axis=2)
            cache.self_values[i] = v = np.concatenate([cache.self_values[i], v], axis=2)
            x = x + self._dense(self._merge(self._attend(q, k, v, 0.0)), f"{p}.self.out")
            h = self._norm(x, f"{p}.cross_norm")
            q = self._split(self._dense(h, f"{p}.cross.query"))
            attended = self._attend(q, cache.cross_keys[i], cache.cross_values[i], cache.memory_bias)
            x = x + self._dense(self._merge(attended), f"{p}.cross.out")
            x = self._ff(x, p)
        return _log_softmax(self._logits(x, shortlist)[:, 0])

    # -- search ------------------------------------------------------------------------------------------------
    @staticmethod
    def _block_repeats(logp: np.ndarray, history: np.ndarray, ids: np.ndarray, n: int, eos: int) -> None:
        """Set -inf where a piece would complete an n-gram already in that hypothesis (EOS is never blocked)."""
        length = history.shape[1]
        if length < n:
            return
        windows = np.lib.stride_tricks.sliding_window_view(history, n, axis=1)  # (N, length - n + 1, n)
        seen = (windows[:, :, :-1] == history[:, None, length - n + 1 :]).all(-1)  # earlier windows ending like now
        hyp, start = np.nonzero(seen)
        if hyp.size:
            banned = np.searchsorted(ids, windows[hyp, start, -1])
            valid = (banned < len(ids)) & (banned != eos)
            logp[hyp[valid], banned[valid]] = -np.inf

    def beam_search(
        self, source_ids: np.ndarray, beam_size: int = 4, max_length: int | None = None,
        length_penalty: float = DEFAULT_LENGTH_PENALTY,
        shortlist: np.ndarray | None = None, scores_out: list[float] | None = None, no_repeat_ngram: int = 0,
    ) -> list[list[int]]:
        """Best hypothesis (token ids, without BOS/EOS) for each row of a padded source batch.

        `scores_out`, if given, receives each best hypothesis's log-probability (no length penalty): how sure
        the model is, for callers that would rather have no answer than a guess.

        All rows × beams advance together as one (batch·beam) matrix. A hypothesis that ends leaves the beam
        for a per-row pool of finished ones, ranked by score / ((5 + length) / 6) ** length_penalty, and the
        beam keeps `beam_size` live hypotheses; a row stops once no live hypothesis can still beat its best
        finished one. So the answer is the best-ranked translation the beam reaches (checked against brute
        force in the tests). When ended hypotheses kept their beam slots, ranked by raw score, and the penalty
        only picked among the last four, it had to be pushed far to lengthen anything (Tamil dev sentences at
        2.0: 0.91 of the reference length, and bare quote marks among the answers).
        `no_repeat_ngram` n > 0 forbids a hypothesis to repeat any n-gram of pieces it already holds: a penalty
        that favours length also favours the loops a small model falls into ("கொடுப்பதைக் கொடுத்துக்
        கொடுத்தார்"), and the block stops them where collapsing adjacent repeats afterwards cannot.
        `shortlist` (sorted token ids, EOS included) restricts the output layer to the pieces the target
        language uses: a quarter of the vocabulary, so a quarter of the biggest matrix product, and no
        wrong-script output.
        """
        batch = source_ids.shape[0]
        source_lengths = (source_ids != PAD_ID).sum(1)
        limit = max_length or int(min(self.config.max_length - 1, source_lengths.max() * 2 + 10))
        memory, memory_bias = self.encode(source_ids)
        beam = max(1, beam_size)
        expand = np.repeat(np.arange(batch), beam)
        cache = self._start_cache(memory[expand], memory_bias[expand])
        scores = np.full((batch, beam), -np.inf, np.float32)
        scores[:, 0] = 0.0
        tokens = np.full((batch * beam,), BOS_ID, np.int64)
        history = np.zeros((batch * beam, 0), np.int64)
        ids = np.arange(self.config.vocab_size) if shortlist is None else np.asarray(shortlist)
        eos = int(np.searchsorted(ids, EOS_ID))
        if eos >= len(ids) or ids[eos] != EOS_ID:
            raise ValueError("the shortlist must contain EOS")
        vocab = len(ids)
        penalty = lambda length: ((5.0 + length) / 6.0) ** length_penalty  # noqa: E731
        best_ranked = np.full(batch, -np.inf)  # best finished hypothesis per row, by penalised score…
        best_raw = np.zeros(batch)  # …its log-probability…
        best_ids: list[list[int] | None] = [None] * batch  # …and its tokens
        active = np.arange(batch)  # rows still searching; the arrays below hold only theirs
        for position in range(limit):
            rows = np.arange(len(active))
            logp = self._step(tokens, position, cache, shortlist)
            if position == 0:
                logp[:, eos] = -np.inf  # never an empty translation
            if no_repeat_ngram > 0:
                self._block_repeats(logp, history, ids, no_repeat_ngram, eos)
            candidates = (scores.reshape(-1, 1) + logp).reshape(len(active), beam * vocab)
            ending = candidates[:, eos::vocab]  # (rows, beam): each live hypothesis ended here
            ranked = ending / penalty(position + 1)
            pick = ranked.argmax(1)
            for r in np.flatnonzero(ranked[rows, pick] > best_ranked[active]):
                row = active[r]
                best_ranked[row], best_raw[row] = ranked[r, pick[r]], ending[r, pick[r]]
                best_ids[row] = history[r * beam + pick[r]].tolist()
            candidates[:, eos::vocab] = -np.inf
            # top-k by k argmax passes: far cheaper than a partition of rows × beam × vocab scores
            top = np.empty((len(active), beam), np.int64)
            top_scores = np.empty((len(active), beam), np.float32)
            for k in range(beam):
                best = candidates.argmax(axis=1)
                top[:, k], top_scores[:, k] = best, candidates[rows, best]
                candidates[rows, best] = -np.inf
            # scores only fall as hypotheses grow: the best a live one can still reach is its score now,
            # divided by the largest penalty it may yet earn (lengths up to the limit, or the current one
            # when a negative length_penalty favours short ones); rows that cannot improve leave the batch
            reach = top_scores.max(1) / max(penalty(position + 2), penalty(limit + 1))
            live = best_ranked[active] < reach
            if not live.any():
                break
            top, scores, active = top[live], top_scores[live], active[live]
            origin = (top // vocab + np.flatnonzero(live)[:, None] * beam).reshape(-1)
            tokens = ids[(top % vocab).reshape(-1)]
            cache.reorder(origin)
            history = np.concatenate([history[origin], tokens[:, None]], axis=1)
        for r, row in enumerate(active):
            if best_ids[row] is None:  # nothing ended within the limit: the best live hypothesis, unfinished
                best_ids[row] = history[r * beam + int(scores[r].argmax())].tolist()
                best_raw[row] = float(scores[r].max())
        if scores_out is not None:
            scores_out.extend(float(v) for v in best_raw)
        return [ids_ if ids_ is not None else [] for ids_ in best_ids]
