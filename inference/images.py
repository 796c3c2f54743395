"""Decoding and validating user photos before any model sees them.

A hostile file (decompression bomb, animation, truncated JPEG) costs nothing but a polite error: the header
checks in `inference.image_header` (shared with the bot) run before any pixel is decoded.
"""

from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageOps

from inference.image_header import MAX_FILE_BYTES, MAX_PIXELS, MIN_SIDE, header_problem

__all__ = ["MAX_FILE_BYTES", "MAX_PIXELS", "MIN_SIDE", "BadImageError", "decode_photo", "encode_jpeg", "encode_png"]

UNREADABLE = (
    "I couldn't read that image: it looks damaged or isn't a photo format I know (JPEG, PNG, WebP, HEIC)."
)
USER_MESSAGES = {
    "empty": "That file is empty. Please send the photo again.",
    "too_large_bytes": "That photo is larger than 20 MB. Please send a smaller one.",
    "too_many_pixels": "That image has too many pixels (over 50 megapixels). Please send a smaller photo.",
    "animated": "Animated images can't be captioned yet. Please send a still photo.",
    "too_small": f"That image is too small to caption (under {MIN_SIDE} pixels on a side).",
    "undecodable": UNREADABLE,
}


class BadImageError(ValueError):
    """The input cannot be captioned; `user_message` is safe and friendly to show the sender."""

    def __init__(self, user_message: str, reason: str):
        super().__init__(reason)
        self.user_message = user_message
        self.reason = reason


def decode_photo(data: bytes) -> np.ndarray:
    """Return an RGB uint8 array (EXIF orientation applied) or raise BadImageError."""
    reason = header_problem(data)
    if reason is not None:
        raise BadImageError(USER_MESSAGES[reason], reason)
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
        rgb = ImageOps.exif_transpose(image).convert("RGB")
    except Exception as exc:  # a header can be fine and the pixel data truncated or corrupt
        raise BadImageError(UNREADABLE, f"undecodable: {type(exc).__name__}") from None
    return np.asarray(rgb, dtype=np.uint8)


def encode_png(rgb: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def encode_jpeg(rgb: np.ndarray, quality: int = 92) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, format="JPEG", quality=quality)
    return buf.getvalue()
