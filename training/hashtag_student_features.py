"""`python -m training.hashtag_student_features [--run DIR]`: the student encoder's logits on the Instagram photos.

At serving time the hashtag head reads the distilled *student's* class probabilities, not the teacher's.
Caching the student's logits lets training add them as extra views (so the head learns the feature space it
will be served) and lets the comparison report the teacher → student transfer. Source: the shipped captioner
(`inference/weights/caption`) when present, else a distillation run folder (`student.weights.h5` +
`student_config.json`). Writes `<cache>/hashtags/student_instagram.npz` (names, logits float16, source).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from training import paths
from training.datasets import instagram_dir, instagram_names, load_rgb

CAPTION_WEIGHTS = paths.REPO / "inference" / "weights" / "caption"


def student_encoder(run: Path | None):
    """A callable photos → {"logits": (N, 1000)}, and a short description of where it came from."""
    paths.limit_tf_threads()
    if run is None and (CAPTION_WEIGHTS / "manifest.json").exists():
        from inference.captioning.captioner import StudentFeatures

        manifest = json.loads((CAPTION_WEIGHTS / "manifest.json").read_text())
        student = manifest["student"]
        encoder = StudentFeatures(student["config"], dict(np.load(CAPTION_WEIGHTS / student["file"])))
        return encoder, f"inference/weights/caption/{student['file']}"
    from inference.captioning.preprocess import student_input
    from inference.captioning.student_encoder import StudentEncoder

    run = run or paths.cache_dir() / "runs" / "distill"
    config = json.loads((run / "student_config.json").read_text())
    model = StudentEncoder(**config)
    model(np.zeros((1, config["input_size"], config["input_size"], 3), np.float32))
    model.load_weights(str(run / "student.weights.h5"))

    def encode(images):
        return {"logits": model(student_input(images, config["input_size"]), training=False)["logits"].numpy()}

    weights = run / "student.weights.h5"
    return encode, str(weights.relative_to(paths.REPO) if weights.is_relative_to(paths.REPO) else weights)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", type=Path, default=None, help="distillation run folder (default: shipped captioner)")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--val-only", action="store_true", help="only the validation posts (measuring transfer)")
    parser.add_argument("--batch", type=int, default=32)
    args = parser.parse_args(argv)
    shared = paths.shared_dir()
    names = instagram_names(shared)
    if args.val_only:
        from training.hashtag_data import load_posts, split_posts

        posts = load_posts(shared)
        names = [posts[i].image for i in split_posts(posts)[1]]
    names = names[: args.limit or None]
    encode, source = student_encoder(args.run)
    logits = []
    for start in range(0, len(names), args.batch):
        images = [load_rgb(instagram_dir(shared) / n) for n in names[start : start + args.batch]]
        logits.append(np.asarray(encode(images)["logits"], np.float32))
    out = paths.cache_dir() / "hashtags" / "student_instagram.npz"
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez(out, names=np.array(names), logits=np.concatenate(logits).astype(np.float16), source=np.array(source))
    print(f"wrote {len(names)} student logits from {source} to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
