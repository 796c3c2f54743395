"""`python -m training.hashtags [--smoke]`: train the social-hashtag models, compare them, ship the better.

Candidates (docs/hashtags.md): the topic head (`TopicTagHead`), a per-tag multi-label head
(`MultiLabelTagHead`), and the tag co-occurrence model (`TagCooccurrence`, seeded by the photo's content
words). Hyperparameters are chosen on an inner split of the training posts; the fixed 20% validation split
is only used for the reported comparison and for choosing which learned head ships.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import numpy as np

from inference.analysis import ImageAnalysis
from inference.hashtags.generator import HashtagConfig, HashtagGenerator
from inference.hashtags.multilabel_head import MultiLabelTagHead
from inference.hashtags.topic_head import TopicTagHead
from training.hashtag_data import InstagramPost, TeacherViews, load_harrison, load_posts, split_posts
from training.hashtag_fitting import (
    LinearFitConfig,
    fit_cooccurrence,
    fit_multilabel_head,
    fit_topic_head,
    tag_vocabulary,
)
from training.hashtag_metrics import ranking_metrics
from training.paths import REPO, cache_dir, shared_dir

WEIGHTS_DIR = REPO / "inference" / "weights" / "hashtags"
BASELINE = ["love", "instagood", "nature", "travel", "food"]


@dataclass
class HashtagTrainConfig:
    seed: int = 0
    vocab_min_count: int = 3  # a tag must appear in this many training posts to be learned
    multilabel_min_count: int = 5
    topic_l2_grid: tuple[float, ...] = (0.1, 0.3, 1.0)
    coverage_grid: tuple[float, ...] = (0.0, 0.3, 0.5, 0.7, 0.85)
    multilabel_l2_grid: tuple[float, ...] = (0.01, 0.1)
    topic_fit: LinearFitConfig = field(default_factory=lambda: LinearFitConfig(epochs=60))
    multilabel_fit: LinearFitConfig = field(default_factory=lambda: LinearFitConfig(epochs=100))
    cooccurrence_min_count: int = 20
    augmented_views: bool = True  # train the topic head on the teacher's augmented views too
    student_views: bool = True  # ... and on the student's features, when cached (what serving reads)
    max_posts: int | None = None
    max_harrison: int | None = None


def smoke_config() -> HashtagTrainConfig:
    """Seconds, not minutes: a slice of the posts, one grid point each, few epochs."""
    return HashtagTrainConfig(
        vocab_min_count=2,
        multilabel_min_count=3,
        topic_l2_grid=(0.3,),
        coverage_grid=(0.5,),
        multilabel_l2_grid=(0.1,),
        topic_fit=LinearFitConfig(epochs=10),
        multilabel_fit=LinearFitConfig(epochs=10),
        cooccurrence_min_count=5,
        augmented_views=False,
        student_views=False,
        max_posts=300,
        max_harrison=3000,
    )


def imagenet_labels(shared: Path) -> list[str]:
    path = shared / "models" / "imagenet-mobilenet-v2" / "imagenet_labels.txt"
    return [line.strip() for line in path.read_text().splitlines()[1:]]


def top_labels(probs: np.ndarray, labels: list[str], k: int = 5) -> list[tuple[str, float]]:
    order = np.argsort(-probs)[:k]
    return [(labels[j], float(probs[j])) for j in order]


def topic_head_for(
    posts: list[InstagramPost], ids: list[int], views: TeacherViews, topics: list[str], vocab: list[str],
    l2: float, cfg: HashtagTrainConfig, student: bool = False,
) -> TopicTagHead:
    topic_index = {t: i for i, t in enumerate(topics)}
    images = [posts[i].image for i in ids]
    features, owners = views.matrix(images, all_views=cfg.augmented_views, student=student)
    post_topics = np.array([topic_index[posts[i].topic] for i in ids])
    return fit_topic_head(
        features, post_topics[owners], topics, [posts[i].tags for i in ids], post_topics, vocab,
        replace(cfg.topic_fit, l2=l2),
    )


def multilabel_head_for(
    posts: list[InstagramPost], ids: list[int], views: TeacherViews, vocab: list[str], l2: float,
    cfg: HashtagTrainConfig,
) -> MultiLabelTagHead:
    index = {t: j for j, t in enumerate(vocab)}
    features, _ = views.matrix([posts[i].image for i in ids])
    targets = np.zeros((len(ids), len(vocab)), np.float32)
    for r, i in enumerate(ids):
        for t in posts[i].tags:
            if t in index:
                targets[r, index[t]] = 1.0
    return fit_multilabel_head(features, targets, vocab, replace(cfg.multilabel_fit, l2=l2))


def score(metrics: dict) -> float:
    """One number to choose hyperparameters by: progress towards both bars (P@5 0.35, A@5 0.85)."""
    return metrics["P@5"] / 0.35 + metrics["A@5"] / 0.85


def probs_matrix(posts: list[InstagramPost], ids: list[int], views: TeacherViews) -> np.ndarray:
    return np.stack([views.probs[posts[i].image] for i in ids])


def evaluate_candidates(
    posts: list[InstagramPost], val: list[int], probs: np.ndarray, labels: list[str],
    topic_head: TopicTagHead, coverage: float, multilabel: MultiLabelTagHead | None,
    generator: HashtagGenerator,
) -> dict[str, dict]:
    """Every row of the comparison table on the validation posts, given their class probabilities."""
    targets = [posts[i].targets for i in val]
    rows: dict[str, dict] = {}
    rows["baseline: always #love #instagood #nature #travel #food"] = ranking_metrics([BASELINE] * len(val), targets)
    # Upper bound of topic-driven tagging: the true topic's most frequent tags.
    freq = topic_head.tag_freq
    true_topic = [topic_head.topics.index(posts[i].topic) for i in val]
    rows["bound: true topic's 5 most frequent tags (not a model)"] = ranking_metrics(
        [[topic_head.vocab[j] for j in np.argsort(-freq[k])[:5]] for k in true_topic], targets
    )
    if multilabel is not None:
        rows["multi-label head (per-tag logistic)"] = ranking_metrics(
            [[t for t, _ in multilabel.select(p, 5)] for p in probs], targets
        )
    rows["topic head, top-5 by expected share"] = ranking_metrics(
        [[t for t, _ in topic_head.select(p, 5, coverage=0.0)] for p in probs], targets
    )
    rows[f"topic head, coverage-aware set (coverage={coverage})"] = ranking_metrics(
        [[t for t, _ in topic_head.select(p, 5, coverage=coverage)] for p in probs], targets
    )
    cooccurrence = generator.cooccurrence
    if cooccurrence is not None:
        content_only = HashtagGenerator(None, cooccurrence, generator.config)
        rows["co-occurrence from label words (no learned image head)"] = ranking_metrics(
            [content_only.hashtags(ImageAnalysis("", labels=top_labels(p, labels)), 5) for p in probs], targets
        )
    rows["shipped generator (content first, topic floor), full 12-tag list (no caption)"] = ranking_metrics(
        [generator.hashtags(ImageAnalysis("", labels=top_labels(p, labels), class_probs=p), 12) for p in probs],
        targets,
    )
    previous = HashtagGenerator(generator.head, cooccurrence, previous_config(generator.config))
    rows["previous default: social first, hedge over all topics (no caption)"] = ranking_metrics(
        [previous.hashtags(ImageAnalysis("", labels=top_labels(p, labels), class_probs=p), 12) for p in probs],
        targets,
    )
    return rows


def previous_config(config: HashtagConfig) -> HashtagConfig:
    """The list shipped before content-first: social lead hedged over every topic, then content tags."""
    return replace(config, content_first=False, topic_floor=0.0, coverage=0.7, check_caption=False)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def train(cfg: HashtagTrainConfig, out_dir: Path, smoke: bool = False) -> dict:
    started = time.time()
    shared, cache = shared_dir(), cache_dir()
    posts = load_posts(shared)
    views = TeacherViews.load(cache)
    posts = [p for p in posts if p.image in views.features]
    if cfg.max_posts:  # a random slice, so every topic is in it (posts.jsonl is sorted by topic)
        keep = np.random.default_rng(cfg.seed).permutation(len(posts))[: cfg.max_posts]
        posts = [posts[i] for i in sorted(keep)]
    train_ids, val_ids = split_posts(posts, cfg.seed)
    topics = sorted({p.topic for p in posts})
    labels = imagenet_labels(shared)
    vocab = tag_vocabulary([posts[i].tags for i in train_ids], cfg.vocab_min_count)
    ml_vocab = tag_vocabulary([posts[i].tags for i in train_ids], cfg.multilabel_min_count)
    print(f"posts {len(posts)} (train {len(train_ids)}, val {len(val_ids)}), vocab {len(vocab)}, topics {len(topics)}")

    # Hyperparameters on an inner split of the training posts only.
    inner = np.random.default_rng(cfg.seed + 1).permutation(train_ids)
    n_inner_val = max(1, len(inner) // 5)
    fit_ids, tune_ids = sorted(inner[n_inner_val:].tolist()), sorted(inner[:n_inner_val].tolist())
    tune_targets = [posts[i].targets for i in tune_ids]
    tune_probs = probs_matrix(posts, tune_ids, views)
    best = None
    for l2 in cfg.topic_l2_grid:
        head = topic_head_for(posts, fit_ids, views, topics, vocab, l2, cfg)
        for coverage in cfg.coverage_grid:
            m = ranking_metrics([[t for t, _ in head.select(p, 5, coverage)] for p in tune_probs], tune_targets)
            print(f"  topic head l2={l2} coverage={coverage}: {m}")
            if best is None or score(m) > best[0]:
                best = (score(m), l2, coverage)
    _, topic_l2, coverage = best
    best_ml = None
    for l2 in cfg.multilabel_l2_grid:
        head = multilabel_head_for(posts, fit_ids, views, ml_vocab, l2, cfg)
        m = ranking_metrics([[t for t, _ in head.select(p, 5)] for p in tune_probs], tune_targets)
        print(f"  multi-label head l2={l2}: {m}")
        if best_ml is None or score(m) > best_ml[0]:
            best_ml = (score(m), l2)

    # Final models on all training posts: with the student's features as extra views when cached.
    topic_head = topic_head_for(posts, train_ids, views, topics, vocab, topic_l2, cfg)
    student_head = None
    if cfg.student_views and all(p.image in views.student_features for p in posts):
        student_head = topic_head_for(posts, train_ids, views, topics, vocab, topic_l2, cfg, student=True)
    multilabel = multilabel_head_for(posts, train_ids, views, ml_vocab, best_ml[1], cfg)
    harrison = load_harrison(shared)[: cfg.max_harrison]
    cooccurrence = fit_cooccurrence(harrison + [list(posts[i].tags) for i in train_ids], cfg.cooccurrence_min_count)
    config = HashtagConfig(coverage=coverage)
    val_targets = [posts[i].targets for i in val_ids]
    student_rows: dict[str, dict] = {}
    shipped_head, head_views = topic_head, "teacher"
    if all(posts[i].image in views.student_probs for i in val_ids):
        # Serving reads the student: report on its probabilities too, and when a head was also trained on
        # the student's views, ship whichever of the two does better on them.
        student_probs = np.stack([views.student_probs[posts[i].image] for i in val_ids])
        heads = {"teacher": topic_head} | ({"teacher+student": student_head} if student_head else {})
        for name, head in heads.items():
            student_rows[f"topic head trained on {name} views, coverage set"] = ranking_metrics(
                [[t for t, _ in head.select(p, 5, coverage)] for p in student_probs], val_targets
            )
        if student_head is not None and score(
            student_rows["topic head trained on teacher+student views, coverage set"]
        ) >= score(student_rows["topic head trained on teacher views, coverage set"]):
            shipped_head, head_views = student_head, "teacher+student"
        generator = HashtagGenerator(shipped_head, cooccurrence, config)
        student_rows.update(
            evaluate_candidates(posts, val_ids, student_probs, labels, shipped_head, coverage, multilabel, generator)
        )
    generator = HashtagGenerator(shipped_head, cooccurrence, config)
    rows = evaluate_candidates(
        posts, val_ids, probs_matrix(posts, val_ids, views), labels, shipped_head, coverage, multilabel, generator
    )
    for title, table in (("teacher probabilities", rows), (f"student probabilities ({views.student_source})", student_rows)):
        if table:
            print(f"validation, {title}:")
        for name, m in table.items():
            print(f"  {name:70s} P@5 {m['P@5']:.3f}  R@5 {m['R@5']:.3f}  A@5 {m['A@5']:.3f}")
    print(f"shipping the topic head trained on {head_views} views")

    out_dir.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out_dir / "topic_head.npz", **shipped_head.arrays())
    (out_dir / "cooccurrence.json").write_text(json.dumps(cooccurrence.to_json(), separators=(",", ":")))
    # The comparison model is not shipped; keep it for `training.evaluate hashtags` (smoke runs apart).
    candidates = cache / "hashtags" / "candidates" / ("smoke" if smoke else "full")
    candidates.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(candidates / "multilabel_head.npz", **multilabel.arrays())
    files = {name: {"sha256": sha256(out_dir / name), "bytes": (out_dir / name).stat().st_size}
             for name in ("topic_head.npz", "cooccurrence.json")}
    manifest = {
        "model": "hashtags",
        "smoke": smoke,
        "data": {
            "instagram": "shared/data/instagram/posts.jsonl + teacher class probabilities "
            "(.cache/teacher/instagram*.npz), fixed-seed 20% validation split never trained on",
            "harrison": "shared/data/harrison/tag_list.txt (co-occurrence only)",
            "posts": {"train": len(train_ids), "val": len(val_ids)},
            "split_seed": cfg.seed,
            "licence": "research use only (Instagram users' posts, HARRISON)",
        },
        "train_config": asdict(cfg),
        "chosen": {
            "topic_l2": topic_l2, "coverage": coverage, "multilabel_l2": best_ml[1], "head_views": head_views,
        },
        "config": asdict(config),
        "vocab_size": len(vocab),
        "topics": topics,
        "metrics_val_teacher": rows,
        "metrics_val_student": student_rows,
        "student_source": views.student_source,
        "files": files,
        "candidates": str(candidates.relative_to(cache)),
        "train_seconds": round(time.time() - started, 1),
    }
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    print(f"wrote {out_dir} ({sum(f['bytes'] for f in files.values()) / 1e6:.2f} MB) in {manifest['train_seconds']} s")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny config that runs in seconds (tests)")
    parser.add_argument("--out", type=Path, default=None, help=f"weights folder (default {WEIGHTS_DIR})")
    args = parser.parse_args(argv)
    cfg = smoke_config() if args.smoke else HashtagTrainConfig()
    out = args.out or (cache_dir() / "hashtags" / "smoke" if args.smoke else WEIGHTS_DIR)
    train(cfg, out, smoke=args.smoke)
    return 0


if __name__ == "__main__":
    sys.exit(main())
