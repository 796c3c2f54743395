"""`python -m training.cache_teacher {instagram|flickr8k} [--views N]`: run the teacher once, keep its outputs.

Writes `<cache>/teacher/<set>.npz` (view 0, the plain photo: names, probs, logits, pooled as float16) and,
with --views N > 1, `<set>_aug.npz` holding augmented views 1..N-1 for distillation (plus a `view` array).
Flickr8k's validation photos get only view 0: they are held back for measuring agreement.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from tqdm import tqdm

from training import paths
from training.augment import photo_view
from training.datasets import (
    flickr8k_captions,
    flickr8k_dir,
    flickr8k_split,
    instagram_dir,
    instagram_names,
    load_rgb,
)
from training.teacher import Teacher


def photo_list(dataset: str, shared: Path) -> tuple[Path, list[str], set[str]]:
    """(image folder, names, names held out from augmentation)."""
    if dataset == "instagram":
        return instagram_dir(shared), instagram_names(shared), set()
    names = list(flickr8k_captions(shared))
    _, val = flickr8k_split(names)
    return flickr8k_dir(shared) / "images", names, set(val)


def save(path: Path, names: list[str], views: list[int], outs: list) -> None:
    tmp = path.with_suffix(".tmp.npz")
    np.savez(
        tmp,
        names=np.array(names),
        view=np.array(views, dtype=np.int16),
        probs=np.stack([o.probs for o in outs]).astype(np.float16),
        logits=np.stack([o.logits for o in outs]).astype(np.float16),
        pooled=np.stack([o.pooled for o in outs]).astype(np.float16),
    )
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dataset", choices=["instagram", "flickr8k"])
    parser.add_argument("--views", type=int, default=1, help="1 = plain photo only; N adds N-1 augmented views")
    parser.add_argument("--limit", type=int, default=0, help="first N photos only (smoke runs)")
    parser.add_argument("--out-dir", type=Path, default=None)
    args = parser.parse_args(argv)

    shared = paths.shared_dir()
    folder, names, held_out = photo_list(args.dataset, shared)
    if args.limit:  # smoke runs: a few training photos plus a few held-out ones to measure agreement on
        names = sorted([n for n in names if n not in held_out][: args.limit] + sorted(held_out)[: max(2, args.limit // 4)])
    out_dir = args.out_dir or paths.cache_dir() / "teacher"
    out_dir.mkdir(parents=True, exist_ok=True)
    teacher = Teacher(paths.teacher_model_path())

    plain, aug, aug_names, aug_views = [], [], [], []
    for name in tqdm(names, desc=f"teacher {args.dataset}", mininterval=10):
        rgb = load_rgb(folder / name)
        plain.append(teacher.run(rgb))
        if name in held_out:
            continue
        for view in range(1, args.views):
            aug.append(teacher.run(photo_view(rgb, name, view)))
            aug_names.append(name)
            aug_views.append(view)
    save(out_dir / f"{args.dataset}.npz", names, [0] * len(names), plain)
    if aug:
        save(out_dir / f"{args.dataset}_aug.npz", aug_names, aug_views, aug)
    print(f"wrote {len(plain)} plain and {len(aug)} augmented teacher outputs to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
