"""Cheap checks on downloaded photo bytes, so the bot refuses hostile or useless files before queueing.

The checks themselves live in `inference.image_header` (header only, no numpy), shared with the worker;
this module only turns their reason codes into the bot's friendly texts.
"""

from __future__ import annotations

from bot import texts
from inference import image_header
from inference.image_header import MAX_FILE_BYTES, MAX_PIXELS, MIN_SIDE

__all__ = ["MAX_FILE_BYTES", "MAX_PIXELS", "MIN_SIDE", "header_problem"]

_TEXTS = {
    "empty": texts.UNREADABLE,
    "too_large_bytes": texts.TOO_LARGE,
    "too_many_pixels": texts.TOO_MANY_PIXELS,
    "animated": texts.ANIMATED,
    "too_small": texts.TOO_SMALL.format(min_side=MIN_SIDE),
    "undecodable": texts.UNREADABLE,
}


def header_problem(data: bytes) -> str | None:
    """A friendly reason to refuse the file, or None when it looks like a still photo we can caption."""
    reason = image_header.header_problem(data)
    return None if reason is None else _TEXTS[reason]
