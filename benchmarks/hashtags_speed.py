"""Hashtag stage latency on this CPU: the shipped generator on real inputs, per photo (budget ≤ 10 ms).

Inputs are real: Flickr8k captions and the teacher's cached class probabilities for Instagram photos
(`.cache/teacher/instagram.npz`), combined the way the pipeline hands them over (`ImageAnalysis`).
Run: .venv/bin/python benchmarks/hashtags_speed.py [--photos 300] [--weights DIR]
Prints one JSON object; docs/hashtags.md records the numbers.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from inference.analysis import ImageAnalysis  # noqa: E402
from inference.hashtags.generator import HashtagGenerator  # noqa: E402
from training.hashtags import WEIGHTS_DIR, imagenet_labels, top_labels  # noqa: E402
from training.paths import cache_dir, shared_dir  # noqa: E402


def real_analyses(n: int) -> list[ImageAnalysis]:
    shared = shared_dir()
    captions = [
        line.split("\t", 1)[1]
        for line in (shared / "data" / "flickr8k" / "Flickr8k.token.txt").read_text().splitlines()[:: 5][:n]
    ]
    with np.load(cache_dir() / "teacher" / "instagram.npz") as data:
        probs = data["probs"][:n].astype(np.float32)
    labels = imagenet_labels(shared)
    return [
        ImageAnalysis(caption, top_labels(p, labels), p)
        for caption, p in zip(captions, probs, strict=False)
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=300)
    parser.add_argument("--weights", type=Path, default=WEIGHTS_DIR)
    args = parser.parse_args()
    t0 = time.perf_counter()
    generator = HashtagGenerator.load(args.weights)
    load_ms = (time.perf_counter() - t0) * 1000
    analyses = real_analyses(args.photos)
    results = {}
    for name, variant in {
        "caption+probs": analyses,
        "caption only": [ImageAnalysis(a.caption_en) for a in analyses],
        "probs only": [ImageAnalysis("", a.labels, a.class_probs) for a in analyses],
    }.items():
        # No warm-up: `HashtagGenerator.load` already loads lemminflect's lexicon, so the first photo counts.
        times = []
        for a in variant:
            t = time.perf_counter()
            generator.hashtags(a)
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        results[name] = {
            "mean_ms": round(statistics.mean(times), 3),
            "p50_ms": round(times[len(times) // 2], 3),
            "p95_ms": round(times[int(len(times) * 0.95)], 3),
            "max_ms": round(times[-1], 3),
        }
    print(json.dumps({"photos": len(analyses), "load_ms": round(load_ms, 1), "per_photo": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
