"""Readers for the shared photo sets (Flickr8k captions, Instagram posts) and the fixed validation split."""

from __future__ import annotations

import json
import random
from collections import defaultdict
from pathlib import Path

import numpy as np
from PIL import Image

VALIDATION_PHOTOS = 500
SPLIT_SEED = 8


def load_rgb(path: Path) -> np.ndarray:
    with Image.open(path) as image:
        return np.asarray(image.convert("RGB"), dtype=np.uint8)


def flickr8k_dir(shared: Path) -> Path:
    return shared / "data" / "flickr8k"


def flickr8k_captions(shared: Path) -> dict[str, list[str]]:
    """Photo file name → its (five) reference captions, for the photos in the official train list."""
    root = flickr8k_dir(shared)
    train = set((root / "Flickr_8k.trainImages.txt").read_text().split())
    captions: dict[str, list[str]] = defaultdict(list)
    for line in (root / "Flickr8k.token.txt").read_text(encoding="utf-8").splitlines():
        if "\t" not in line:
            continue
        key, text = line.split("\t", 1)
        name = key.split("#")[0]
        if name in train:
            captions[name].append(text.strip())
    return dict(sorted(captions.items()))


def flickr8k_split(names: list[str]) -> tuple[list[str], list[str]]:
    """(train, validation): 500 validation photos drawn with a fixed seed; no model trains on them."""
    ordered = sorted(names)
    val = set(random.Random(SPLIT_SEED).sample(ordered, VALIDATION_PHOTOS))
    return [n for n in ordered if n not in val], [n for n in ordered if n in val]


def instagram_names(shared: Path) -> list[str]:
    lines = (shared / "data" / "instagram" / "posts.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["image"] for line in lines if line.strip()]


def instagram_dir(shared: Path) -> Path:
    return shared / "data" / "instagram" / "images"
