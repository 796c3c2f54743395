"""Social hashtags as independent yes/no questions: one logistic regression per tag on the image features.

The textbook multi-label head; kept as the comparison model for `TopicTagHead` (see docs/hashtags.md).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from inference.hashtags.features import logit_features


@dataclass
class MultiLabelTagHead:
    vocab: list[str]
    mean: np.ndarray  # (D,)
    scale: np.ndarray  # (D,)
    weights: np.ndarray  # (D, V)
    bias: np.ndarray  # (V,)

    def tag_probs(self, class_probs: np.ndarray) -> np.ndarray:
        """(1000,) or (N, 1000) class probabilities → (V,) or (N, V) tag probabilities."""
        z = (logit_features(class_probs) - self.mean) / self.scale
        return 1.0 / (1.0 + np.exp(-(z @ self.weights + self.bias)))

    def select(self, class_probs: np.ndarray, k: int = 5) -> list[tuple[str, float]]:
        probs = self.tag_probs(class_probs)
        top = np.argsort(-probs)[:k]
        return [(self.vocab[j], float(probs[j])) for j in top]

    def arrays(self) -> dict[str, np.ndarray]:
        return {
            "vocab": np.array(self.vocab),
            "mean": self.mean.astype(np.float16),
            "scale": self.scale.astype(np.float16),
            "weights": self.weights.astype(np.float16),
            "bias": self.bias.astype(np.float32),
        }

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray]) -> MultiLabelTagHead:
        return cls(
            vocab=[str(t) for t in arrays["vocab"]],
            mean=arrays["mean"].astype(np.float32),
            scale=arrays["scale"].astype(np.float32),
            weights=arrays["weights"].astype(np.float32),
            bias=arrays["bias"].astype(np.float32),
        )
