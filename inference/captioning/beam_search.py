"""Batched beam search (and greedy decoding) over any step decoder with a cached state.

A step decoder has `start(features) -> state`, `step(tokens, state) -> (log_probs, state)` and the state has
`select(rows)`. Many photos decode together: rows are photo-major, `width` beams per photo.
Finished hypotheses are ranked with GNMT length normalisation ((5 + len) / 6) ** alpha; repeated n-grams,
<unk>, <pad> and <start> are never produced, and <end> is not allowed as the first word.
"""

from __future__ import annotations

from typing import Any, Protocol

import numpy as np

NEG = -1e9


class StepDecoder(Protocol):
    def start(self, features: dict[str, np.ndarray]) -> Any: ...

    def step(self, tokens: np.ndarray, state: Any) -> tuple[np.ndarray, Any]: ...


def _ban(
    log_probs: np.ndarray, history: np.ndarray, banned: list[int], end: int, no_repeat_ngram: int
) -> np.ndarray:
    log_probs = log_probs.copy()
    log_probs[:, banned] = NEG
    if history.shape[1] <= 1:  # only <start> so far: a caption needs at least one word
        log_probs[:, end] = NEG
    n, length = no_repeat_ngram, history.shape[1]
    if n and length >= n:
        # match[r, j]: the n-1 tokens at j… equal row r's last n-1 tokens, so token j+n-1 would repeat an n-gram.
        match = np.ones((history.shape[0], length - n + 1), bool)
        for k in range(n - 1):
            match &= history[:, k : length - n + 1 + k] == history[:, [length - n + 1 + k]]
        rows, cols = np.nonzero(match)
        log_probs[rows, history[rows, cols + n - 1]] = NEG
    return log_probs


def length_penalty(length: int, alpha: float) -> float:
    return ((5.0 + length) / 6.0) ** alpha


def greedy_search(
    decoder: StepDecoder,
    features: dict[str, np.ndarray],
    start: int,
    end: int,
    banned: list[int],
    max_len: int = 20,
    no_repeat_ngram: int = 3,
) -> list[list[int]]:
    batch = next(iter(features.values())).shape[0]
    state = decoder.start(features)
    history = np.full((batch, 1), start, dtype=np.int64)
    done = np.zeros(batch, bool)
    for step in range(max_len + 1):
        log_probs, state = decoder.step(history[:, -1], state)
        token = _ban(log_probs, history, banned, end, no_repeat_ngram).argmax(-1)
        if step == max_len:
            token[:] = end
        token[done] = end
        history = np.concatenate([history, token[:, None]], 1)
        done |= token == end
        if done.all():
            break
    return [[int(t) for t in row[1:] if t != end] for row in history]


def beam_search(
    decoder: StepDecoder,
    features: dict[str, np.ndarray],
    start: int,
    end: int,
    banned: list[int],
    width: int = 3,
    max_len: int = 20,
    alpha: float = 0.7,
    no_repeat_ngram: int = 3,
) -> list[list[int]]:
    """Best caption (token ids, without <start>/<end>) per photo."""
    batch = next(iter(features.values())).shape[0]
    rows = np.repeat(np.arange(batch), width)
    state = decoder.start({k: v[rows] for k, v in features.items()})
    history = np.full((batch * width, 1), start, dtype=np.int64)
    scores = np.tile(np.r_[0.0, np.full(width - 1, NEG)], batch)  # identical beams: keep one alive at first
    finished: list[list[tuple[float, list[int]]]] = [[] for _ in range(batch)]
    for step in range(max_len + 1):
        log_probs, state = decoder.step(history[:, -1], state)
        log_probs = _ban(log_probs, history, banned, end, no_repeat_ngram)
        if step == max_len:  # out of room: every beam must end here
            log_probs[:] = NEG
            log_probs[:, end] = 0.0
        vocab = log_probs.shape[1]
        total = (scores[:, None] + log_probs).reshape(batch, width * vocab)
        best = np.argsort(-total, axis=1)[:, : 2 * width]
        next_rows, next_tokens, next_scores = [], [], []
        for b in range(batch):
            live = 0
            for rank, flat in enumerate(best[b]):
                score = total[b, flat]
                beam, token = divmod(int(flat), vocab)
                row = b * width + beam
                if score <= NEG / 2:
                    break
                if token == end:
                    if rank < width:
                        words = [int(t) for t in history[row, 1:]]
                        finished[b].append((score / length_penalty(len(words), alpha), words))
                    continue
                if live < width:
                    next_rows.append(row)
                    next_tokens.append(token)
                    next_scores.append(score)
                    live += 1
            while live < width:  # keep the batch rectangular with dead beams
                next_rows.append(b * width)
                next_tokens.append(end)
                next_scores.append(NEG)
                live += 1
        if all(len(f) >= width for f in finished):
            break
        rows_sel = np.array(next_rows)
        state = state.select(rows_sel)
        history = np.concatenate([history[rows_sel], np.array(next_tokens)[:, None]], 1)
        scores = np.array(next_scores)
    return [max(f, key=lambda item: item[0])[1] if f else [] for f in finished]
