"""Fitting the hashtag models in NumPy: small convex models on ~2k posts train in seconds, deterministically."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from inference.hashtags.cooccurrence import TagCooccurrence
from inference.hashtags.multilabel_head import MultiLabelTagHead
from inference.hashtags.topic_head import TopicTagHead


@dataclass
class LinearFitConfig:
    l2: float = 0.3
    epochs: int = 60
    learning_rate: float = 0.01


def _standardise(x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-3
    return (x - mean) / scale, mean, scale


def _adam(params: list[np.ndarray], grads_fn, cfg: LinearFitConfig) -> None:
    """Full-batch Adam, in place: the data fit in memory, and full batches make runs exactly repeatable."""
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    for step in range(1, cfg.epochs + 1):
        for i, g in enumerate(grads_fn()):
            m[i] = 0.9 * m[i] + 0.1 * g
            v[i] = 0.999 * v[i] + 0.001 * g * g
            params[i] -= cfg.learning_rate * (m[i] / (1 - 0.9**step)) / (np.sqrt(v[i] / (1 - 0.999**step)) + 1e-8)


def fit_topic_head(
    features: np.ndarray,
    topic_ids: np.ndarray,
    topics: list[str],
    tag_lists: Sequence[Sequence[str]],
    post_topic_ids: np.ndarray,
    vocab: list[str],
    cfg: LinearFitConfig,
) -> TopicTagHead:
    """Softmax regression features → topic, and each topic's tag frequencies from its posts' tag lists.

    `features`/`topic_ids` may hold several views per post (augmentation); the frequency table is counted
    once per post from `tag_lists`/`post_topic_ids`.
    """
    z, mean, scale = _standardise(features)
    n, dim = z.shape
    k = len(topics)
    onehot = np.eye(k, dtype=np.float32)[topic_ids]
    weights = np.zeros((dim, k), np.float32)
    bias = np.zeros(k, np.float32)

    def grads():
        logits = z @ weights + bias
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) / n
        return [z.T @ g + cfg.l2 * weights, g.sum(axis=0)]

    _adam([weights, bias], grads, cfg)
    index = {t: j for j, t in enumerate(vocab)}
    freq = np.zeros((k, len(vocab)), np.float32)
    counts = np.bincount(post_topic_ids, minlength=k).astype(np.float32)
    for tags, topic in zip(tag_lists, post_topic_ids, strict=True):
        for t in set(tags):
            if t in index:
                freq[topic, index[t]] += 1
    freq /= np.maximum(counts, 1)[:, None]
    return TopicTagHead(topics, vocab, mean, scale, weights, bias, freq)


def fit_multilabel_head(features: np.ndarray, targets: np.ndarray, vocab: list[str], cfg: LinearFitConfig) -> MultiLabelTagHead:
    """One logistic regression per tag (targets: rows × V of 0/1), biases started at the tag's prior."""
    z, mean, scale = _standardise(features)
    n, dim = z.shape
    prior = targets.mean(axis=0).clip(1e-3, 1 - 1e-3)
    weights = np.zeros((dim, targets.shape[1]), np.float32)
    bias = np.log(prior / (1 - prior)).astype(np.float32)

    def grads():
        p = 1.0 / (1.0 + np.exp(-(z @ weights + bias)))
        g = (p - targets) / n
        return [z.T @ g + cfg.l2 * weights, g.sum(axis=0)]

    _adam([weights, bias], grads, cfg)
    return MultiLabelTagHead(vocab, mean, scale, weights, bias)


def fit_cooccurrence(tag_lists: Sequence[Sequence[str]], min_count: int = 20, top_n: int = 15) -> TagCooccurrence:
    """P(tag | seed) for every seed seen in at least `min_count` posts, keeping its `top_n` companions."""
    seed_counts = Counter(t for tags in tag_lists for t in set(tags))
    seeds = {t for t, c in seed_counts.items() if c >= min_count}
    pair_counts: dict[str, Counter] = {s: Counter() for s in seeds}
    for tags in tag_lists:
        unique = set(tags)
        for s in unique & seeds:
            pair_counts[s].update(t for t in unique if t != s and t in seeds)
    related = {}
    for s, counter in pair_counts.items():
        pairs = [(t, c / seed_counts[s]) for t, c in counter.most_common(top_n)]
        related[s] = [(s, 1.0)] + pairs  # a seed is its own best hashtag
    return TagCooccurrence(related)


def tag_vocabulary(tag_lists: Sequence[Sequence[str]], min_count: int) -> list[str]:
    counts = Counter(t for tags in tag_lists for t in set(tags))
    return [t for t, c in sorted(counts.items(), key=lambda item: (-item[1], item[0])) if c >= min_count]
