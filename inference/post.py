"""A finished post (caption + hashtags) and how it reads when pasted; shared by the CLI and the bot."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from inference.languages import LANGUAGES

TELEGRAM_MESSAGE_LIMIT = 4096
TELEGRAM_CAPTION_LIMIT = 1024


@dataclass
class PhotoPost:
    caption_en: str
    caption: str  # in `language`; equals caption_en when language is en or not available
    hashtags_en: list[str] = field(default_factory=list)
    hashtags: list[str] = field(default_factory=list)  # native-script hashtags ([] when not available)
    language: str = "en"
    # False when the user's language has no offline model and no remote backend answered: the post is
    # English and says so, rather than inventing a translation.
    translated: bool = True
    restored: bool = False
    timings_ms: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PhotoPost:
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)


def post_text(post: PhotoPost, limit: int = TELEGRAM_MESSAGE_LIMIT) -> str:
    """The text a user pastes: caption in their language, the English one when different, then hashtags.

    Hashtags are dropped from the end (never cut mid-tag) when the post would exceed `limit`.
    """
    lines = [post.caption]
    if post.caption_en and post.caption_en != post.caption:
        lines.append(post.caption_en)
    head = "\n".join(line for line in lines if line)
    tags = _unique(post.hashtags + post.hashtags_en)
    while tags:
        text = f"{head}\n\n{' '.join(tags)}"
        if len(text) <= limit:
            return text
        tags.pop()
    return head[:limit]


def availability_notice(post: PhotoPost) -> str | None:
    """An honest line for when the chosen language could not be translated."""
    if post.translated or post.language == "en":
        return None
    lang = LANGUAGES.get(post.language)
    name = f"{lang.english_name} ({lang.native_name})" if lang else post.language
    return f"{name} is not available offline yet, so here is the English post."


def _unique(tags: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for tag in tags:
        key = tag.casefold()
        if tag and key not in seen:
            seen.add(key)
            out.append(tag)
    return out
