"""One spelling for a hashtag everywhere: training targets, model vocabularies and served output agree on it."""

from __future__ import annotations

import re

_NOT_TAG = re.compile(r"[^a-z0-9_]+")


def normalize_tag(tag: str) -> str:
    """`#FoodPorn`, `foodporn`, `#food_porn ` → the bare lowercase ASCII key (`foodporn`, `food_porn`).

    Instagram treats hashtags case-insensitively, and the post lists mix `#wedding` with a bare `wedding`,
    so comparisons (and the metrics) are made on this key.
    """
    key = tag.strip().lstrip("#").lower()
    if not key.isascii():
        return ""  # `#café`, `#प्यार`: English hashtags are ASCII; native ones come from translation
    return _NOT_TAG.sub("", key)


def as_hashtag(word: str) -> str:
    """A word or phrase (`golden retriever`) → `#goldenretriever`; empty string when nothing is left."""
    key = normalize_tag(word.replace(" ", "").replace("-", ""))
    return f"#{key}" if key else ""
