"""Decoding and validating user photos before any model sees them.

Kept TensorFlow-free: the bot uses the same checks to refuse bad files early, and the worker relies on
them so that a hostile file (decompression bomb, animation, truncated JPEG) costs nothing but a polite error.
"""

from __future__ import annotations

import io
import warnings

import numpy as np
from PIL import Image, ImageOps

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 50_000_000
MIN_SIDE = 32

try:  # HEIC/HEIF from iPhones, when pillow-heif is installed
    from pillow_heif import register_heif_opener

    register_heif_opener()
except ImportError:  # pragma: no cover - optional
    pass


class BadImageError(ValueError):
    """The input cannot be captioned; `user_message` is safe and friendly to show the sender."""

    def __init__(self, user_message: str, reason: str):
        super().__init__(reason)
        self.user_message = user_message
        self.reason = reason


def decode_photo(data: bytes) -> np.ndarray:
    """Return an RGB uint8 array (EXIF orientation applied) or raise BadImageError."""
    if not data:
        raise BadImageError("That file is empty. Please send the photo again.", "empty")
    if len(data) > MAX_FILE_BYTES:
        raise BadImageError("That photo is larger than 20 MB. Please send a smaller one.", "too_large_bytes")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            # Header only: the pixel count is known before any decoding, so bombs are refused for free.
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise BadImageError(
                    "That image has too many pixels (over 50 megapixels). Please send a smaller photo.",
                    "too_many_pixels",
                )
            if getattr(image, "is_animated", False) and getattr(image, "n_frames", 1) > 1:
                raise BadImageError(
                    "Animated images can't be captioned yet. Please send a still photo.", "animated"
                )
            if min(width, height) < MIN_SIDE:
                raise BadImageError(
                    f"That image is too small to caption (under {MIN_SIDE} pixels on a side).", "too_small"
                )
            image.load()
            image = ImageOps.exif_transpose(image)
            rgb = image.convert("RGB")
    except BadImageError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise BadImageError(
            "That image has too many pixels (over 50 megapixels). Please send a smaller photo.",
            "too_many_pixels",
        ) from None
    except Exception as exc:  # Pillow raises many types for corrupt input
        raise BadImageError(
            "I couldn't read that image: it looks damaged or isn't a photo format I know "
            "(JPEG, PNG, WebP, HEIC).",
            f"undecodable: {type(exc).__name__}",
        ) from None
    return np.asarray(rgb, dtype=np.uint8)


def encode_png(rgb: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def encode_jpeg(rgb: np.ndarray, quality: int = 92) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, format="JPEG", quality=quality)
    return buf.getvalue()
