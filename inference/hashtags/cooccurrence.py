"""Related hashtags by co-occurrence: posts tagged `#dog` are also tagged `#puppy #dogsofinstagram #pet`.

Learned from tag lists alone (HARRISON's 57k posts + the Instagram training posts), so it needs no image
features: it expands whatever content words the caption and labels give, and is the fallback when the
pipeline has a caption but no class probabilities.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass
class TagCooccurrence:
    # seed tag → [(related tag, P(related | seed))], most related first; seeds are tag keys (no '#').
    related: dict[str, list[tuple[str, float]]]

    def scores(self, seeds: Iterable[tuple[str, float]]) -> dict[str, float]:
        """Confidence-weighted average of P(tag | seed) over the seeds the model knows."""
        total: dict[str, float] = {}
        weight = 0.0
        for seed, confidence in seeds:
            companions = self.related.get(seed)
            if not companions or confidence <= 0:
                continue
            weight += confidence
            for tag, prob in companions:
                total[tag] = total.get(tag, 0.0) + confidence * prob
        return {tag: score / weight for tag, score in total.items()} if weight else {}

    def to_json(self) -> dict:
        return {seed: [[tag, round(prob, 4)] for tag, prob in pairs] for seed, pairs in self.related.items()}

    @classmethod
    def from_json(cls, data: dict) -> TagCooccurrence:
        return cls(related={seed: [(str(t), float(p)) for t, p in pairs] for seed, pairs in data.items()})
