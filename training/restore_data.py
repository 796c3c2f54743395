"""Photos for the restoration models and the damaged/clean training pairs made from them on the fly.

Damage is synthesised fresh for every example (seeded by step), so one cached array of downscaled photos gives
an endless, reproducible stream; the held-back photos are never trained on and are what evaluation reports.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image
from tqdm import tqdm

from inference.restoration.restorer import pad_bottom_right
from training.damage import MIXED, DamageRecipe, add_benign_overlay, synthesize_damage
from training.paths import cache_dir, shared_dir

SPLIT_SEED = 5
HELD_BACK = 500  # photos never trained on: the first 200 tune the thresholds, the rest are the test set
TUNE = 200
CACHE_SIDE = 176  # short side of cached training photos; crops are taken from these


def photo_paths(root: Path | None = None) -> list[Path]:
    """Every Flickr8k-train and Instagram photo, in a fixed shuffled order (the split depends on it)."""
    root = shared_dir() if root is None else root
    paths = sorted((root / "data" / "flickr8k" / "images").glob("*.jpg"))
    paths += sorted((root / "data" / "instagram" / "images").glob("*.jpg"))
    order = np.random.default_rng(SPLIT_SEED).permutation(len(paths))
    return [paths[i] for i in order]


def split(paths: list[Path]) -> dict[str, list[Path]]:
    held = paths[:HELD_BACK] if len(paths) > 2 * HELD_BACK else paths[: len(paths) // 4]
    tune = held[: min(TUNE, len(held) // 2)]
    return {"tune": tune, "test": held[len(tune):], "train": paths[len(held):]}


def load_rgb(path: Path) -> np.ndarray:
    with Image.open(path) as image:
        return np.asarray(image.convert("RGB"), dtype=np.uint8)


def square_crop(rgb: np.ndarray, side: int) -> np.ndarray:
    """Resize so the short side is `side`, then take the centre square (photos are ~256 px already)."""
    h, w = rgb.shape[:2]
    f = side / min(h, w)
    resized = cv2.resize(rgb, (max(side, round(w * f)), max(side, round(h * f))), interpolation=cv2.INTER_AREA)
    y, x = (resized.shape[0] - side) // 2, (resized.shape[1] - side) // 2
    return resized[y : y + side, x : x + side]


def cached_photos(paths: list[Path], name: str, side: int = CACHE_SIDE) -> np.ndarray:
    """(N, side, side, 3) uint8, built once and kept under the cache dir (keyed by name, count and side)."""
    target = cache_dir() / "restore" / f"photos_{name}_{len(paths)}_{side}.npy"
    if target.exists():
        return np.load(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    array = np.stack([square_crop(load_rgb(p), side) for p in tqdm(paths, desc=f"caching {name} photos")])
    np.save(target, array)
    return array


def write_photo_pack(photos: np.ndarray, path: Path, quality: int = 92) -> None:
    """The cached training photos as JPEG bytes in one file, small enough to carry to a machine without
    ../shared (an accelerator): 3,000 photos at 176 px take 44 MB instead of 279 MB. Training re-encodes half
    its samples as JPEG anyway, so one more high-quality encoding changes little."""
    encoded = []
    for rgb in photos:
        buf = io.BytesIO()
        Image.fromarray(rgb).save(buf, format="JPEG", quality=quality, subsampling=0)  # full-resolution colour
        encoded.append(np.frombuffer(buf.getvalue(), np.uint8))
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez(path, lengths=np.array([len(e) for e in encoded]), data=np.concatenate(encoded),
             shape=np.array(photos.shape))


def read_photo_pack(path: Path) -> np.ndarray:
    with np.load(path) as pack:
        data, ends, shape = pack["data"], np.cumsum(pack["lengths"]), tuple(pack["shape"])
    photos = np.empty(shape, np.uint8)
    for i, (start, end) in enumerate(zip(np.concatenate([[0], ends[:-1]]), ends, strict=True)):
        photos[i] = np.asarray(Image.open(io.BytesIO(data[start:end].tobytes())).convert("RGB"))
    return photos


@dataclass(frozen=True)
class SampleConfig:
    crop: int = 128
    # Whole-photo samples, shaped like what the served mask model sees: damage painted on the whole (possibly
    # non-square) photo, so torn corners sit in its corners and are sized for it, then reflect-padded to a
    # square as `Restorer.damage_probability` pads. Crops (False) showed torn corners half their served size
    # and never in a padded photo, and recall on them was 0.27 (docs/restoration.md).
    whole_photo: bool = False
    min_aspect: float = 0.55  # whole-photo samples: shortest side / longest side of the painted rectangle
    # Damage painted on the photo enlarged up to this many times, then brought down to the sample's size as the
    # served mask input is: users' photos are several times that input, so their scratches reach the model
    # thinner and fainter than when painted at its own size (at 4×, detection fell from 84% to 65%).
    max_upscale: float = 1.0
    upscale_fraction: float = 0.0  # share of damaged samples painted that way
    clean_fraction: float = 0.3  # photos with no damage at all: the mask model must leave them alone
    overlay_fraction: float = 0.25  # text drawn on, which is not damage
    jpeg_fraction: float = 0.5  # re-encode as users' photos are
    recipe: DamageRecipe = MIXED


def _jpeg(rgb: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, format="JPEG", quality=int(rng.integers(60, 96)))
    return np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("RGB"))


def damaged_batch(
    photos: np.ndarray, batch: int, rng: np.random.Generator, config: SampleConfig
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(damaged, mask, clean): float32 in [0, 1], masks (B, crop, crop, 1) with 1 = damaged."""
    c = config.crop
    damaged = np.empty((batch, c, c, 3), np.float32)
    masks = np.empty((batch, c, c, 1), np.float32)
    clean = np.empty((batch, c, c, 3), np.float32)
    for i in range(batch):
        photo = photos[int(rng.integers(0, len(photos)))]
        crop = _whole_photo_rectangle(photo, c, rng, config.min_aspect) if config.whole_photo else _crop(photo, c, rng)
        if rng.random() < 0.5:
            crop = crop[:, ::-1]
        crop = np.ascontiguousarray(crop)
        shown = add_benign_overlay(crop, rng, scale=1.0) if rng.random() < config.overlay_fraction else crop
        if rng.random() < config.clean_fraction:
            out, mask = shown, np.zeros((c, c), np.uint8)
        # no random draw while upscaling is off: the batches of earlier runs stay exactly as they were
        elif config.upscale_fraction and rng.random() < config.upscale_fraction:
            out, mask = damage_at_scale(shown, rng, config.recipe, float(rng.uniform(1.0, config.max_upscale)))
        else:
            out, mask = synthesize_damage(shown, rng, config.recipe, scale=1.0)
        if rng.random() < config.jpeg_fraction:
            out = _jpeg(out, rng)
        damaged[i] = pad_bottom_right(out, c, c) / 255.0
        masks[i, ..., 0] = pad_bottom_right(mask, c, c) / 255.0
        clean[i] = pad_bottom_right(shown, c, c) / 255.0
    return damaged, masks, clean


def damage_at_scale(
    rgb: np.ndarray, rng: np.random.Generator, recipe: DamageRecipe, factor: float
) -> tuple[np.ndarray, np.ndarray]:
    """Damage painted on `rgb` enlarged `factor`× with defects sized for that size, then shrunk back with area
    averaging (as `resize_long_side` shrinks a served photo). A pixel is labelled damaged when at least a
    quarter of it was: a one-pixel scratch at 4× still marks the pixels it crosses."""
    h, w = rgb.shape[:2]
    big = cv2.resize(rgb, (round(w * factor), round(h * factor)), interpolation=cv2.INTER_CUBIC)
    out, mask = synthesize_damage(big, rng, recipe, scale=factor)
    out = cv2.resize(out, (w, h), interpolation=cv2.INTER_AREA)
    covered = cv2.resize(mask.astype(np.float32) / 255.0, (w, h), interpolation=cv2.INTER_AREA)
    return out, (covered >= 0.25).astype(np.uint8) * 255


def _crop(photo: np.ndarray, side: int, rng: np.random.Generator) -> np.ndarray:
    y, x = rng.integers(0, photo.shape[0] - side + 1), rng.integers(0, photo.shape[1] - side + 1)
    return photo[y : y + side, x : x + side]


def _whole_photo_rectangle(photo: np.ndarray, side: int, rng: np.random.Generator, min_aspect: float) -> np.ndarray:
    """The photo resized to `side`, then half the time cut to a landscape or portrait rectangle."""
    if photo.shape[0] != side:
        photo = cv2.resize(photo, (side, side), interpolation=cv2.INTER_AREA)
    if rng.random() < 0.5:
        return photo
    short = int(rng.integers(round(min_aspect * side), side + 1))
    offset = int(rng.integers(0, side - short + 1))
    return photo[offset : offset + short] if rng.random() < 0.5 else photo[:, offset : offset + short]
