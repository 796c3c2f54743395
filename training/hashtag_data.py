"""The hashtag training data: Instagram posts (photos + tags), their fixed validation split, HARRISON tag lists.

Tags are compared as `normalize_tag` keys (`#Wedding` = `wedding`): the post lists mix both spellings.
The validation split is a fixed-seed 20% of posts.jsonl and is never trained on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from inference.hashtags.features import logits_to_features
from inference.hashtags.spam import is_spam
from inference.hashtags.tags import normalize_tag

SPLIT_SEED = 0
VAL_FRACTION = 0.2


@dataclass(frozen=True)
class InstagramPost:
    image: str
    topic: str  # the hashtag the post was found by: a training target, never an input
    targets: frozenset[str]  # every tag key of the post, as scored by the metrics
    tags: tuple[str, ...]  # the tags a model may learn to emit: targets without spam, in post order


def load_posts(shared: Path) -> list[InstagramPost]:
    posts = []
    for line in (shared / "data" / "instagram" / "posts.jsonl").read_text().splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        keys = [normalize_tag(t) for t in row["hashtags"]]
        keys = [k for k in keys if k]
        tags = tuple(dict.fromkeys(k for k in keys if not is_spam(k)))
        posts.append(InstagramPost(row["image"], row["search_hashtag"], frozenset(keys), tags))
    return posts


def split_posts(posts: list[InstagramPost], seed: int = SPLIT_SEED) -> tuple[list[int], list[int]]:
    """(train indices, validation indices): a fixed random fifth of the posts is validation."""
    order = np.random.default_rng(seed).permutation(len(posts))
    n_val = int(round(len(posts) * VAL_FRACTION))
    return sorted(order[n_val:].tolist()), sorted(order[:n_val].tolist())


def load_harrison(shared: Path) -> list[list[str]]:
    """HARRISON's 57k tag lists (no images), as spam-free tag keys."""
    lines = (shared / "data" / "harrison" / "tag_list.txt").read_text().splitlines()
    out = []
    for line in lines:
        keys = [normalize_tag(t) for t in line.split()]
        out.append(list(dict.fromkeys(k for k in keys if k and not is_spam(k))))
    return out


@dataclass
class TeacherViews:
    """Cached encoder outputs for the Instagram photos, as hashtag-head features.

    Teacher views come from `training.cache_teacher instagram` (view 0 plain, more augmented); the student's
    from `training.hashtag_student_features`, when present (serving reads the student, so training may too).
    """

    features: dict[str, list[np.ndarray]]  # image name → features of each cached teacher view (view 0 first)
    probs: dict[str, np.ndarray]  # image name → teacher view-0 class probabilities (1000,)
    student_features: dict[str, np.ndarray] = field(default_factory=dict)
    student_probs: dict[str, np.ndarray] = field(default_factory=dict)
    student_source: str = ""

    @classmethod
    def load(cls, cache: Path) -> TeacherViews:
        features: dict[str, list[np.ndarray]] = {}
        probs: dict[str, np.ndarray] = {}
        for name in ("instagram.npz", "instagram_aug.npz"):
            path = cache / "teacher" / name
            if not path.exists():
                if name == "instagram.npz":
                    raise FileNotFoundError(f"{path} missing: run the teacher cache job first (training.teacher)")
                continue
            with np.load(path) as data:
                feats = logits_to_features(data["logits"].astype(np.float32))
                for i, image in enumerate(data["names"]):
                    features.setdefault(str(image), []).append(feats[i])
                    if name == "instagram.npz":
                        probs[str(image)] = data["probs"][i].astype(np.float32)
        views = cls(features=features, probs=probs)
        student = cache / "hashtags" / "student_instagram.npz"
        if student.exists():
            with np.load(student) as data:
                logits = data["logits"].astype(np.float32)
                feats = logits_to_features(logits)
                e = np.exp(logits - logits.max(axis=1, keepdims=True))
                p = e / e.sum(axis=1, keepdims=True)
                for i, image in enumerate(data["names"]):
                    views.student_features[str(image)] = feats[i]
                    views.student_probs[str(image)] = p[i]
                views.student_source = str(data["source"])
        return views

    def matrix(
        self, images: list[str], all_views: bool = False, student: bool = False
    ) -> tuple[np.ndarray, np.ndarray]:
        """Stacked features and, for each row, the index into `images` it belongs to."""
        rows, owners = [], []
        for i, image in enumerate(images):
            views = self.features[image] if all_views else self.features[image][:1]
            if student and image in self.student_features:
                views = [*views, self.student_features[image]]
            rows.extend(views)
            owners.extend([i] * len(views))
        return np.stack(rows).astype(np.float32), np.asarray(owners)
