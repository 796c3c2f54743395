"""Deterministic photo augmentation for distillation: the same (photo, view) always gives the same pixels.

Determinism lets the teacher's outputs on an augmented view be cached once and matched later by the student,
which sees the identical crop (at its own, lower resolution).
"""

from __future__ import annotations

import zlib

import numpy as np
from PIL import Image, ImageEnhance


def view_seed(name: str, view: int) -> int:
    return zlib.crc32(f"{name}#{view}".encode())


def augment(rgb: np.ndarray, seed: int) -> np.ndarray:
    """Random-resized crop (30–100 % of the area), horizontal flip and colour jitter, fixed by `seed`."""
    rng = np.random.default_rng(seed)
    h, w = rgb.shape[:2]
    for _ in range(10):
        area = rng.uniform(0.3, 1.0) * h * w
        aspect = np.exp(rng.uniform(np.log(3 / 4), np.log(4 / 3)))
        cw, ch = int(round(np.sqrt(area * aspect))), int(round(np.sqrt(area / aspect)))
        if 8 <= cw <= w and 8 <= ch <= h:
            x0, y0 = int(rng.integers(0, w - cw + 1)), int(rng.integers(0, h - ch + 1))
            break
    else:
        x0, y0, cw, ch = 0, 0, w, h
    image = Image.fromarray(rgb[y0 : y0 + ch, x0 : x0 + cw])
    if rng.random() < 0.5:
        image = image.transpose(Image.FLIP_LEFT_RIGHT)
    image = ImageEnhance.Brightness(image).enhance(rng.uniform(0.7, 1.3))
    image = ImageEnhance.Contrast(image).enhance(rng.uniform(0.7, 1.3))
    image = ImageEnhance.Color(image).enhance(rng.uniform(0.6, 1.4))
    return np.asarray(image, dtype=np.uint8)


def photo_view(rgb: np.ndarray, name: str, view: int) -> np.ndarray:
    """View 0 is the untouched photo; views ≥ 1 are augmented."""
    return rgb if view == 0 else augment(rgb, view_seed(name, view))
