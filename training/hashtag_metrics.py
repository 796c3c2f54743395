"""P@k, R@k and A@k (share of posts with at least one hit in the top k) for ranked hashtag lists."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from inference.hashtags.tags import normalize_tag


def ranking_metrics(ranked: Sequence[Sequence[str]], targets: Sequence[frozenset[str]], k: int = 5) -> dict:
    """Tags are compared as normalised keys, so `#Dog` in a list hits `dog` in a post."""
    precision, recall, any_hit = [], [], []
    for tags, truth in zip(ranked, targets, strict=True):
        top = list(dict.fromkeys(normalize_tag(t) for t in tags))[:k]
        hits = len(set(top) & truth)
        precision.append(hits / k)
        recall.append(hits / max(1, len(truth)))
        any_hit.append(hits > 0)
    return {
        f"P@{k}": float(np.mean(precision)),
        f"R@{k}": float(np.mean(recall)),
        f"A@{k}": float(np.mean(any_hit)),
        "posts": len(targets),
    }
