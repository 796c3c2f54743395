"""Cheap checks on downloaded photo bytes, so the bot refuses hostile or useless files before queueing.

Only the image header is read (no pixel decoding), so a decompression bomb costs nothing. The limits
mirror `inference.images` (a unit test keeps them equal); that module imports numpy, this one does not.
"""

from __future__ import annotations

import io
import warnings

from PIL import Image

from bot import texts

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 50_000_000
MIN_SIDE = 32

_heif_registered = False


def _register_heif() -> None:
    global _heif_registered
    if not _heif_registered:
        try:
            from pillow_heif import register_heif_opener

            register_heif_opener()
        except ImportError:  # optional: HEIC then reads as "not a format I know"
            pass
        _heif_registered = True


def header_problem(data: bytes) -> str | None:
    """A friendly reason to refuse the file, or None when it looks like a still photo we can caption."""
    if not data:
        return texts.UNREADABLE
    if len(data) > MAX_FILE_BYTES:
        return texts.TOO_LARGE
    _register_heif()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            width, height = image.size
            if width * height > MAX_PIXELS:
                return texts.TOO_MANY_PIXELS
            if getattr(image, "is_animated", False) and getattr(image, "n_frames", 1) > 1:
                return texts.ANIMATED
            if min(width, height) < MIN_SIDE:
                return texts.TOO_SMALL.format(min_side=MIN_SIDE)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return texts.TOO_MANY_PIXELS
    except Exception:  # Pillow raises many types for unknown or corrupt headers
        return texts.UNREADABLE
    return None
