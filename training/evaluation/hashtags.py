"""`python -m training.evaluate hashtags [--weights DIR] [--no-student]`: the hashtag comparison table.

Rows on the fixed validation split of the Instagram posts (never trained on): the constant baseline, the
true-topic bound, each candidate model, and the shipped generator's full list — first with the teacher's
class probabilities (what the heads were trained on), then end to end with the shipped captioner's student
probabilities and real captions, when `inference/weights/caption` exists.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from dataclasses import replace
from pathlib import Path

import numpy as np

from inference.analysis import ImageAnalysis
from inference.hashtags.generator import HashtagConfig, HashtagGenerator
from inference.hashtags.multilabel_head import MultiLabelTagHead
from training.hashtag_data import InstagramPost, TeacherViews, load_posts, split_posts
from training.hashtag_metrics import ranking_metrics
from training.hashtags import WEIGHTS_DIR, evaluate_candidates, imagenet_labels, previous_config
from training.paths import REPO, cache_dir, shared_dir

CAPTION_WEIGHTS = REPO / "inference" / "weights" / "caption"


def student_analyses(
    posts: list[InstagramPost], ids: list[int], shared: Path, batch: int = 16, split: str = "val"
) -> list[ImageAnalysis]:
    """Run the shipped captioner on the given photos (cached per split and captioner manifest).

    `split` names the cache: "val" for the reported table, "tune" for the inner training split the serving
    thresholds are tuned on (training.hashtag_tuning), so tuning sees the served inputs without validation.
    """
    from PIL import Image

    from inference.captioning.captioner import Captioner

    digest = hashlib.sha256((CAPTION_WEIGHTS / "manifest.json").read_bytes()).hexdigest()[:12]
    cache = cache_dir() / "hashtags" / f"{split}_student_{digest}.json"
    if cache.exists():
        rows = json.loads(cache.read_text())
        return [
            ImageAnalysis(r["caption"], [tuple(x) for x in r["labels"]], np.asarray(r["probs"], np.float32))
            for r in rows
        ]
    captioner = Captioner.load(CAPTION_WEIGHTS)
    out: list[ImageAnalysis] = []
    images_dir = shared / "data" / "instagram" / "images"
    for start in range(0, len(ids), batch):
        rgbs = [np.asarray(Image.open(images_dir / posts[i].image).convert("RGB")) for i in ids[start : start + batch]]
        out.extend(captioner.analyse(rgbs))
    cache.write_text(
        json.dumps(
            [
                {
                    "caption": a.caption_en,
                    "labels": [[str(lbl), float(p)] for lbl, p in a.labels],
                    "probs": np.asarray(a.class_probs, np.float32).round(7).tolist(),
                }
                for a in out
            ]
        )
    )
    return out


def print_table(title: str, rows: dict[str, dict]) -> None:
    print(f"\n{title}")
    print(f"| {'model':70s} | P@5   | R@5   | A@5   |")
    print(f"|{'-' * 72}|-------|-------|-------|")
    for name, m in rows.items():
        print(f"| {name:70s} | {m['P@5']:.3f} | {m['R@5']:.3f} | {m['A@5']:.3f} |")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.evaluate hashtags")
    parser.add_argument("--weights", type=Path, default=WEIGHTS_DIR)
    parser.add_argument("--no-student", action="store_true", help="skip the end-to-end captioner rows")
    parser.add_argument("--record", action="store_true", help="store the tables' rows in the weights' manifest")
    args = parser.parse_args(argv)
    if not (args.weights / "manifest.json").exists():
        print(f"no hashtag weights at {args.weights}: run `python -m training.hashtags` first")
        return 1
    manifest = json.loads((args.weights / "manifest.json").read_text())
    shared, cache = shared_dir(), cache_dir()
    generator = HashtagGenerator.load(args.weights)
    views = TeacherViews.load(cache)
    posts = [p for p in load_posts(shared) if p.image in views.features]
    _, val_ids = split_posts(posts, manifest["data"]["split_seed"])
    labels = imagenet_labels(shared)
    multilabel = None
    candidate = cache / manifest.get("candidates", "hashtags/candidates/full") / "multilabel_head.npz"
    if candidate.exists():
        with np.load(candidate) as arrays:
            multilabel = MultiLabelTagHead.from_arrays(dict(arrays))
    coverage = generator.config.coverage
    probs = np.stack([views.probs[posts[i].image] for i in val_ids])
    rows = evaluate_candidates(posts, val_ids, probs, labels, generator.head, coverage, multilabel, generator)
    print_table(f"Instagram validation split ({len(val_ids)} posts), teacher class probabilities", rows)
    recorded: dict[str, dict] = {"metrics_val_teacher": rows}
    if all(posts[i].image in views.student_probs for i in val_ids):
        probs = np.stack([views.student_probs[posts[i].image] for i in val_ids])
        rows = evaluate_candidates(posts, val_ids, probs, labels, generator.head, coverage, multilabel, generator)
        print_table(f"Same posts, student class probabilities ({views.student_source}), no caption", rows)
        recorded["metrics_val_student"] = rows

    if not args.no_student and (CAPTION_WEIGHTS / "manifest.json").exists():
        analyses = student_analyses(posts, val_ids, shared)
        targets = [posts[i].targets for i in val_ids]
        end_to_end = {}
        for name, config in served_variants(generator.config).items():
            variant = HashtagGenerator(generator.head, generator.cooccurrence, config)
            end_to_end[name] = ranking_metrics([variant.hashtags(a, 12) for a in analyses], targets)
        end_to_end["shipped generator, caption only (no class probs)"] = ranking_metrics(
            [generator.hashtags(ImageAnalysis(a.caption_en), 12) for a in analyses], targets
        )
        recorded["metrics_val_end_to_end"] = end_to_end
        print_table("End to end with the shipped captioner (student encoder)", end_to_end)
        for a, i in list(zip(analyses, val_ids, strict=True))[:3]:
            print(f"  {posts[i].image}: {a.caption_en!r} → {' '.join(generator.hashtags(a, 12))}")
    elif not args.no_student:
        print("\n(no inference/weights/caption yet: end-to-end rows skipped)")
    if args.record:
        manifest.update(recorded)
        (args.weights / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
        print(f"recorded {', '.join(recorded)} in {args.weights / 'manifest.json'}")
    return 0


def served_variants(shipped: HashtagConfig) -> dict[str, HashtagConfig]:
    """The served-path rows of docs/hashtags.md: the shipped config, the previous default, and one switch each."""
    return {
        "shipped: content first, topic floor (end to end)": shipped,
        "previous default: social first, hedge over all topics": previous_config(shipped),
        "content first, no topic floor (hedge over all topics)": replace(shipped, topic_floor=0.0),
        "content first, topic floor 0.25 for the top topic too": replace(shipped, top_topic_floor=shipped.topic_floor),
        "social first, topic floor": replace(shipped, content_first=False),
        "content first, topic floor 0.10": replace(shipped, topic_floor=0.10),
        "content first, topic floor 0.15": replace(shipped, topic_floor=0.15),
        "content first, topic floor 0.20": replace(shipped, topic_floor=0.20),
        "content first, topic floor 0.30": replace(shipped, topic_floor=0.30),
        "content first, labels lead from 0.5": replace(shipped, lead_label_min_prob=0.5),
        "content first, caption words may lead": replace(shipped, lead_caption=True),
        "content first, no caption check": replace(shipped, check_caption=False),
    }
