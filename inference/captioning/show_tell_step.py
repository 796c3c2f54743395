"""ShowTellStep: one-token-at-a-time NumPy twin of ShowTellDecoder, carrying the LSTM state between steps.

A per-step tf call costs more than the arithmetic of a 512-unit LSTM on a few beams; NumPy on the
same float weights does the step in well under a millisecond and never recomputes the prefix.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


def log_softmax(x: np.ndarray) -> np.ndarray:
    z = x - x.max(axis=-1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=-1, keepdims=True))


@dataclass
class ShowTellState:
    h: np.ndarray
    c: np.ndarray
    image: np.ndarray

    def select(self, rows: np.ndarray) -> ShowTellState:
        return ShowTellState(self.h[rows], self.c[rows], self.image[rows])


class ShowTellStep:
    def __init__(self, weights: dict[str, np.ndarray]):
        w = {k: v.astype(np.float32) for k, v in weights.items()}
        self.image_kernel, self.image_bias = w["image_embedding/kernel"], w["image_embedding/bias"]
        self.init_h_kernel, self.init_h_bias = w["init_h/kernel"], w["init_h/bias"]
        self.init_c_kernel, self.init_c_bias = w["init_c/kernel"], w["init_c/bias"]
        self.embedding = w["word_embedding/embeddings"]
        # One fused matrix for [word, image, h] @ kernel: a single GEMM per step.
        self.kernel = np.concatenate([w["lstm/kernel"], w["lstm/recurrent_kernel"]], axis=0)
        self.bias = w["lstm/bias"]
        self.out_kernel, self.out_bias = w["logits/kernel"], w["logits/bias"]
        self.units = self.init_h_bias.shape[0]

    def start(self, features: dict[str, np.ndarray]) -> ShowTellState:
        pooled = features["pooled"].astype(np.float32)
        return ShowTellState(
            h=np.tanh(pooled @ self.init_h_kernel + self.init_h_bias),
            c=np.tanh(pooled @ self.init_c_kernel + self.init_c_bias),
            image=np.maximum(pooled @ self.image_kernel + self.image_bias, 0.0),
        )

    def step(self, tokens: np.ndarray, state: ShowTellState) -> tuple[np.ndarray, ShowTellState]:
        x = np.concatenate([self.embedding[tokens], state.image, state.h], axis=-1)
        z = x @ self.kernel + self.bias
        u = self.units
        i, f, g, o = _sigmoid(z[:, :u]), _sigmoid(z[:, u : 2 * u]), np.tanh(z[:, 2 * u : 3 * u]), _sigmoid(z[:, 3 * u :])
        c = f * state.c + i * g
        h = o * np.tanh(c)
        return log_softmax(h @ self.out_kernel + self.out_bias), ShowTellState(h, c, state.image)
