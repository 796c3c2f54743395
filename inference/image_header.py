"""Header-only checks of an uploaded image: size, pixel count, animation — no pixel decoding, no numpy.

Shared by the bot (to refuse a bad file before queueing it) and the worker (before decoding), so both
apply the same limits and a decompression bomb costs either of them nothing.
"""

from __future__ import annotations

import io
import warnings

from PIL import Image

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 50_000_000
MIN_SIDE = 32

try:  # HEIC/HEIF from iPhones, when pillow-heif is installed
    from pillow_heif import register_heif_opener

    register_heif_opener()
except ImportError:  # pragma: no cover - optional: HEIC then reads as "not a format I know"
    pass


def header_problem(data: bytes) -> str | None:
    """Why the file cannot be captioned, as a reason code, or None when it looks like a still photo.

    Codes: empty, too_large_bytes, too_many_pixels, animated, too_small, undecodable.
    """
    if not data:
        return "empty"
    if len(data) > MAX_FILE_BYTES:
        return "too_large_bytes"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            width, height = image.size
            if width * height > MAX_PIXELS:
                return "too_many_pixels"
            if getattr(image, "is_animated", False) and getattr(image, "n_frames", 1) > 1:
                return "animated"
            if min(width, height) < MIN_SIDE:
                return "too_small"
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return "too_many_pixels"
    except Exception:  # Pillow raises many types for unknown or corrupt headers
        return "undecodable"
    return None
