"""The image features the learned hashtag heads read: the encoder's ImageNet class scores as logits.

The pipeline hands over softmax probabilities; their log is the logit vector up to a per-photo constant,
so centring it recovers the logits exactly. Logits are floored `LOGIT_RANGE` below the top one: the teacher
(training) and the distilled student (serving) agree on the confident classes, not on the far tail.
"""

from __future__ import annotations

import numpy as np

LOGIT_RANGE = 12.0


def logit_features(class_probs: np.ndarray) -> np.ndarray:
    """(1000,) or (N, 1000) probabilities → centred, floored log-probabilities, float32, same shape."""
    z = np.log(np.maximum(np.asarray(class_probs, dtype=np.float32), 1e-30))
    z = np.maximum(z, z.max(axis=-1, keepdims=True) - LOGIT_RANGE)
    return z - z.mean(axis=-1, keepdims=True)


def logits_to_features(logits: np.ndarray) -> np.ndarray:
    """Same features from raw logits (the cached teacher's), without a softmax round trip."""
    z = np.asarray(logits, dtype=np.float32)
    z = z - z.max(axis=-1, keepdims=True)
    z = np.maximum(z, -LOGIT_RANGE)
    return z - z.mean(axis=-1, keepdims=True)
