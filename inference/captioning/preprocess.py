"""Photo → model input, shared by training and serving so both see identical pixels."""

from __future__ import annotations

import numpy as np
from PIL import Image


def resize_square(rgb: np.ndarray, size: int) -> np.ndarray:
    """Squash the whole photo to size×size: captions talk about everything in frame, so no centre crop."""
    if rgb.ndim == 2:
        rgb = np.stack([rgb] * 3, axis=-1)
    if rgb.shape[-1] == 4:
        rgb = rgb[..., :3]
    if rgb.shape[0] == size and rgb.shape[1] == size:
        return np.ascontiguousarray(rgb, dtype=np.uint8)
    return np.asarray(Image.fromarray(rgb.astype(np.uint8)).resize((size, size), Image.BILINEAR), dtype=np.uint8)


def student_input(images: list[np.ndarray], size: int) -> np.ndarray:
    """RGB uint8 photos of any size → (N, size, size, 3) float32 in [-1, 1], MobileNet's range."""
    return np.stack([resize_square(im, size) for im in images]).astype(np.float32) / 127.5 - 1.0
