"""Social hashtags from the photo's topic: P(tag | photo) = Σ_topic P(topic | photo) · P(tag | topic).

Real posts are tagged by topic far more than by object: 41% of the Instagram posts carry only their topic
word and the rest mostly its popular companions (`#food` → `#foodporn #instafood #yummy`). A 10-way topic
classifier has ~200 examples per class where a per-tag classifier has a handful, so it generalises better;
the per-topic tag frequencies supply the companions.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from inference.hashtags.features import logit_features


@dataclass
class TopicTagHead:
    """Softmax regression over topics on `logit_features`, plus a topic × tag frequency table."""

    topics: list[str]
    vocab: list[str]  # tag keys (no '#'), the columns of `tag_freq`
    mean: np.ndarray  # (D,) feature standardisation
    scale: np.ndarray  # (D,)
    weights: np.ndarray  # (D, K)
    bias: np.ndarray  # (K,)
    tag_freq: np.ndarray  # (K, V): share of a topic's posts that carry each tag

    def topic_probs(self, class_probs: np.ndarray) -> np.ndarray:
        """(1000,) or (N, 1000) class probabilities → (K,) or (N, K) topic probabilities."""
        z = (logit_features(class_probs) - self.mean) / self.scale
        logits = z @ self.weights.astype(np.float32) + self.bias
        logits = logits - logits.max(axis=-1, keepdims=True)
        e = np.exp(logits)
        return e / e.sum(axis=-1, keepdims=True)

    @cached_property
    def _index(self) -> dict[str, int]:
        return {tag: j for j, tag in enumerate(self.vocab)}

    @cached_property
    def generic(self) -> np.ndarray:
        """(V,) bool: tags at least 5% of the posts of half the topics carry (`#love #instagood
        #photooftheday`), topic names apart; they go with any photo, so they may be posted without a topic."""
        freq = self.tag_freq.astype(np.float32)
        common = (freq >= 0.05).sum(axis=0) * 2 >= len(self.topics)
        return common & ~np.isin(np.array(self.vocab), self.topics)

    def on_topic(
        self, class_probs: np.ndarray, floor: float = 0.0, top_floor: float | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """(expected share of each tag, whether the tag is on topic) for one photo, both (V,).

        A topic below `floor` is one the model does not believe; the most likely topic needs only `top_floor`
        (default `floor`): a top topic at 0.2 is as often right as a runner-up at 0.25. A tag is on topic when its frequency among
        the believed topics (their probability-weighted mean) is at least half its expected share over all
        topics: `#cat #catsofinstagram` and `#love` under a confident animals photo stay; `#wedding` under a
        coffee cup, owed to a 6% wedding guess, goes, and so does a topic's own name (`#travel`) unless that
        topic is believed. When no topic reaches the floor, only the
        `generic` tags are on topic. `floor` 0 makes every tag on topic (the plain mixture).
        """
        topic = self.topic_probs(class_probs)
        freq = self.tag_freq.astype(np.float32)
        expected = topic @ freq
        if floor <= 0.0:
            return expected, np.ones_like(expected, dtype=bool)
        believed = self._believed(topic, floor, top_floor)
        if believed.sum() <= 0.0:
            return expected, self.generic & (expected > 0.0)
        in_believed = (believed @ freq) / believed.sum()
        ok = (expected > 0.0) & (in_believed >= 0.5 * expected)
        # A topic's own name (`#travel`) is that topic's tag, whatever other topics' posts carry it.
        for k, name in enumerate(self.topics):
            if name in self._index and believed[k] <= 0.0:
                ok[self._index[name]] = False
        return expected, ok

    def unbelieved_topic_names(
        self, class_probs: np.ndarray, floor: float, top_floor: float | None = None
    ) -> set[str]:
        """Names of topics the model does not believe for this photo (empty when `floor` is 0).

        Such a name is never posted, whichever path proposes it: a caption word's related tags
        (`water` → `#sea` → `#nature`) must not bring back a topic the image says is absent.
        """
        if floor <= 0.0:
            return set()
        believed = self._believed(self.topic_probs(class_probs), floor, top_floor)
        return {name for name, b in zip(self.topics, believed, strict=True) if b <= 0.0}

    @staticmethod
    def _believed(topic: np.ndarray, floor: float, top_floor: float | None) -> np.ndarray:
        top_floor = floor if top_floor is None else min(top_floor, floor)
        is_top = topic == topic.max()
        return np.where((topic >= floor) | (is_top & (topic >= top_floor)), topic, 0.0)

    def tag_probs(self, class_probs: np.ndarray, floor: float = 0.0, top_floor: float | None = None) -> np.ndarray:
        """Expected share of posts like this one that carry each vocabulary tag: (V,) or (N, V).

        With a `floor` (one photo only), off-topic tags (`on_topic`) get share 0.
        """
        if floor <= 0.0:
            return self.topic_probs(class_probs) @ self.tag_freq.astype(np.float32)
        expected, ok = self.on_topic(class_probs, floor, top_floor)
        return np.where(ok, expected, 0.0)

    def select(
        self, class_probs: np.ndarray, k: int = 5, coverage: float = 0.5, floor: float = 0.0,
        top_floor: float | None = None,
    ) -> list[tuple[str, float]]:
        """The k tags to post first, greedily trading expected hits against the chance of any hit.

        With `coverage` 0 this is the top-k by expected share; towards 1 it prefers a set that still hits
        when the topic guess is wrong (`#wedding #babies #selfie` for an ambiguous portrait), treating tags
        as independent within a topic. With a `floor`, only on-topic tags (`on_topic`) may be chosen, so the
        hedge falls back on tags the believed topics share with the others, never on an unlikely topic's own.
        """
        topic = self.topic_probs(class_probs)
        freq = self.tag_freq.astype(np.float32)
        expected, ok = self.on_topic(class_probs, floor, top_floor)
        missed = np.ones_like(topic)  # P(no chosen tag hits | topic)
        chosen: list[tuple[str, float]] = []
        taken = ~ok
        for _ in range(min(k, len(self.vocab))):
            gain = (1.0 - coverage) * expected + coverage * ((topic * missed) @ freq)
            gain[taken] = -np.inf
            j = int(np.argmax(gain))
            if not np.isfinite(gain[j]):
                break
            taken[j] = True
            missed = missed * (1.0 - freq[:, j])
            chosen.append((self.vocab[j], float(expected[j])))
        return chosen

    def arrays(self) -> dict[str, np.ndarray]:
        """Everything needed to rebuild the head, as arrays for an .npz (weights in float16)."""
        return {
            "topics": np.array(self.topics),
            "vocab": np.array(self.vocab),
            "mean": self.mean.astype(np.float16),
            "scale": self.scale.astype(np.float16),
            "weights": self.weights.astype(np.float16),
            "bias": self.bias.astype(np.float32),
            "tag_freq": self.tag_freq.astype(np.float16),
        }

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray]) -> TopicTagHead:
        return cls(
            topics=[str(t) for t in arrays["topics"]],
            vocab=[str(t) for t in arrays["vocab"]],
            mean=arrays["mean"].astype(np.float32),
            scale=arrays["scale"].astype(np.float32),
            weights=arrays["weights"].astype(np.float32),
            bias=arrays["bias"].astype(np.float32),
            tag_freq=arrays["tag_freq"].astype(np.float32),
        )
