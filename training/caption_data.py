"""Caption training data: student features of Flickr8k photos (cached), tokenised captions, the split.

Features are computed once per student weights file and cached under `<cache>/student/<sha12>/`, so both
decoders (and reruns) read the same arrays and a retrained student never meets stale features.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from tqdm import tqdm

from inference.captioning.preprocess import resize_square
from inference.captioning.vocabulary import Vocabulary
from training.datasets import flickr8k_captions, flickr8k_dir, flickr8k_split, load_rgb


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def load_student(run_dir: Path):
    """The distilled student saved by training.distill (weights + constructor config)."""
    import numpy as np

    from inference.captioning.student_encoder import StudentEncoder

    config = json.loads((run_dir / "student_config.json").read_text())
    student = StudentEncoder(**config)
    student(np.zeros((1, student.input_size, student.input_size, 3), np.float32))
    student.load_weights(run_dir / "student.weights.h5")
    return student


def encode_photos(student, images: list[np.ndarray], batch_size: int = 32) -> dict[str, np.ndarray]:
    import tensorflow as tf

    size = student.input_size

    @tf.function(reduce_retracing=True)
    def run(x):
        out = student(x)
        return out["spatial"], out["pooled"]

    spatial, pooled = [], []
    for start in range(0, len(images), batch_size):
        x = np.stack([resize_square(im, size) for im in images[start : start + batch_size]])
        s, p = run(tf.constant(x.astype(np.float32) / 127.5 - 1.0))
        spatial.append(s.numpy().reshape(len(x), -1, s.shape[-1]).astype(np.float16))
        pooled.append(p.numpy().astype(np.float16))
    return {"spatial": np.concatenate(spatial), "pooled": np.concatenate(pooled)}


def student_features(student_dir: Path, shared: Path, cache: Path, names: list[str]) -> dict[str, np.ndarray]:
    """{'names', 'spatial' (N, regions, 1280) float16, 'pooled' (N, 1280) float16} for `names`, cached."""
    key = file_sha256(student_dir / "student.weights.h5")[:12]
    path = cache / "student" / key / f"flickr8k-{len(names)}.npz"
    if path.exists():
        data = dict(np.load(path))
        if list(data["names"]) == names:
            return data
    student = load_student(student_dir)
    folder = flickr8k_dir(shared) / "images"
    spatial, pooled = [], []
    for start in tqdm(range(0, len(names), 256), desc="student features", mininterval=10):
        out = encode_photos(student, [load_rgb(folder / n) for n in names[start : start + 256]])
        spatial.append(out["spatial"])
        pooled.append(out["pooled"])
    data = {"names": np.array(names), "spatial": np.concatenate(spatial), "pooled": np.concatenate(pooled)}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp.npz")  # two decoder runs may cache at once
    np.savez(tmp, **data)
    tmp.replace(path)
    return data


@dataclass
class CaptionSplit:
    train: list[str]
    val: list[str]
    captions: dict[str, list[str]]


def caption_split(shared: Path, limit: int = 0) -> CaptionSplit:
    captions = flickr8k_captions(shared)
    train, val = flickr8k_split(list(captions))
    if limit:
        train, val = train[:limit], val[: max(4, limit // 4)]
    return CaptionSplit(train, val, captions)


def token_table(split: CaptionSplit, vocab: Vocabulary, max_len: int) -> tuple[np.ndarray, np.ndarray]:
    """(photo row in split.train, token ids) for every training caption."""
    rows, tokens = [], []
    for i, name in enumerate(split.train):
        for caption in split.captions[name]:
            rows.append(i)
            tokens.append(vocab.encode(caption, max_len))
    return np.array(rows, np.int64), np.array(tokens, np.int32)
