"""TransformerStep: NumPy twin of TransformerCaptionDecoder that decodes one token per step with a KV cache.

The memory's keys/values are projected once per photo; each step appends one key/value per layer instead of
re-running the whole prefix, so a 20-word caption costs 20 single-token passes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.special import erf

from inference.captioning.show_tell_step import log_softmax


def _layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * gamma + beta


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))


@dataclass
class TransformerState:
    self_keys: list[np.ndarray]  # per layer (N, heads, t, head_dim)
    self_values: list[np.ndarray]
    memory_keys: list[np.ndarray]  # per layer (N, heads, regions + 1, head_dim)
    memory_values: list[np.ndarray]
    position: int

    def select(self, rows: np.ndarray) -> TransformerState:
        return TransformerState(
            [k[rows] for k in self.self_keys],
            [v[rows] for v in self.self_values],
            [k[rows] for k in self.memory_keys],
            [v[rows] for v in self.memory_values],
            self.position,
        )


class TransformerStep:
    def __init__(self, weights: dict[str, np.ndarray], heads: int, layers: int):
        self.w = {k: v.astype(np.float32) for k, v in weights.items()}
        self.heads = heads
        self.layers = layers
        self.dim = self.w["word_embedding/embeddings"].shape[1]

    def _dense(self, x: np.ndarray, name: str) -> np.ndarray:
        return x @ self.w[f"{name}/kernel"] + self.w[f"{name}/bias"]

    def _norm(self, x: np.ndarray, name: str) -> np.ndarray:
        return _layer_norm(x, self.w[f"{name}/gamma"], self.w[f"{name}/beta"])

    def _heads(self, x: np.ndarray) -> np.ndarray:  # (N, t, dim) → (N, heads, t, head_dim)
        n, t, _ = x.shape
        return x.reshape(n, t, self.heads, self.dim // self.heads).transpose(0, 2, 1, 3)

    def _attend(self, q: np.ndarray, k: np.ndarray, v: np.ndarray) -> np.ndarray:
        scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(self.dim // self.heads)
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        out = (scores / scores.sum(-1, keepdims=True)) @ v  # (N, heads, 1, head_dim)
        return out.transpose(0, 2, 1, 3).reshape(q.shape[0], 1, self.dim)

    def start(self, features: dict[str, np.ndarray]) -> TransformerState:
        spatial = features["spatial"].astype(np.float32)
        pooled = features["pooled"].astype(np.float32)
        tokens = np.concatenate([spatial.reshape(spatial.shape[0], -1, spatial.shape[-1]), pooled[:, None]], 1)
        memory = self._dense(tokens, "memory_projection") + self.w["region_embedding/embeddings"][None]
        memory = self._norm(memory, "memory_norm")
        n = memory.shape[0]
        empty = np.zeros((n, self.heads, 0, self.dim // self.heads), np.float32)
        return TransformerState(
            [empty] * self.layers,
            [empty] * self.layers,
            [self._heads(self._dense(memory, f"block_{i}/cross_attention/k")) for i in range(self.layers)],
            [self._heads(self._dense(memory, f"block_{i}/cross_attention/v")) for i in range(self.layers)],
            0,
        )

    def step(self, tokens: np.ndarray, state: TransformerState) -> tuple[np.ndarray, TransformerState]:
        x = (self.w["word_embedding/embeddings"][tokens] + self.w["position_embedding/embeddings"][state.position])
        x = x[:, None, :]
        keys, values = [], []
        for i in range(self.layers):
            p = f"block_{i}"
            h = self._norm(x, f"{p}/norm1")
            k = np.concatenate([state.self_keys[i], self._heads(self._dense(h, f"{p}/self_attention/k"))], 2)
            v = np.concatenate([state.self_values[i], self._heads(self._dense(h, f"{p}/self_attention/v"))], 2)
            keys.append(k)
            values.append(v)
            q = self._heads(self._dense(h, f"{p}/self_attention/q"))
            x = x + self._dense(self._attend(q, k, v), f"{p}/self_attention/o")
            q = self._heads(self._dense(self._norm(x, f"{p}/norm2"), f"{p}/cross_attention/q"))
            attended = self._attend(q, state.memory_keys[i], state.memory_values[i])
            x = x + self._dense(attended, f"{p}/cross_attention/o")
            x = x + self._dense(_gelu(self._dense(self._norm(x, f"{p}/norm3"), f"{p}/ff1")), f"{p}/ff2")
        logits = self._dense(self._norm(x, "final_norm"), "logits")[:, 0]
        new_state = TransformerState(keys, values, state.memory_keys, state.memory_values, state.position + 1)
        return log_softmax(logits), new_state
