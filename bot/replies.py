"""How a finished post is laid out in Telegram: text within limits, and the Copy buttons."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import CopyTextButton, InlineKeyboardButton, InlineKeyboardMarkup

from bot import texts
from inference.post import (
    TELEGRAM_CAPTION_LIMIT,
    TELEGRAM_MESSAGE_LIMIT,
    PhotoPost,
    availability_notice,
    post_text,
)

COPY_TEXT_LIMIT = 256  # Bot API limit for CopyTextButton.text


@dataclass(frozen=True)
class PostReply:
    """What to send for one successful result."""

    text: str  # the whole post (what Copy copies), within the message limit
    notice: str | None  # e.g. "Tamil is not available offline yet", sent above the post
    keyboard: InlineKeyboardMarkup | None
    photo_caption: str | None  # set when a restored photo can carry the post as its caption

    def message_text(self) -> str:
        return f"{self.notice}\n\n{self.text}" if self.notice else self.text


def copy_keyboard(post: PhotoPost, whole: str) -> InlineKeyboardMarkup | None:
    """One button copying the whole post when it fits Telegram's 256-char copy limit, else caption and
    hashtags separately (hashtags trimmed on tag boundaries), so a long post is still two taps away."""
    if len(whole) <= COPY_TEXT_LIMIT:
        return InlineKeyboardMarkup([[InlineKeyboardButton(texts.COPY_POST, copy_text=CopyTextButton(whole))]])
    head, _, tags = whole.partition("\n\n")
    buttons = []
    if head and len(head) <= COPY_TEXT_LIMIT:
        buttons.append(InlineKeyboardButton(texts.COPY_CAPTION, copy_text=CopyTextButton(head)))
    elif head:
        buttons.append(InlineKeyboardButton(texts.COPY_CAPTION, copy_text=CopyTextButton(post.caption[:COPY_TEXT_LIMIT])))
    tag_text = _fit_tags(tags.split(), COPY_TEXT_LIMIT)
    if tag_text:
        buttons.append(InlineKeyboardButton(texts.COPY_HASHTAGS, copy_text=CopyTextButton(tag_text)))
    return InlineKeyboardMarkup([buttons]) if buttons else None


def _fit_tags(tags: list[str], limit: int) -> str:
    out = ""
    for tag in tags:
        candidate = f"{out} {tag}".strip()
        if len(candidate) > limit:
            break
        out = candidate
    return out


def compose_post_reply(post_data: dict, with_photo: bool = False) -> PostReply:
    """Lay out a worker's PhotoPost dict: the notice (if any) + post under 4,096 chars; for a restored
    photo, the same as its caption when that fits in 1,024 chars."""
    post = PhotoPost.from_dict(post_data)
    notice = availability_notice(post)
    reserve = len(notice) + 2 if notice else 0
    whole = post_text(post, TELEGRAM_MESSAGE_LIMIT - reserve)
    caption = None
    if with_photo:
        candidate = f"{notice}\n\n{whole}" if notice else whole
        if len(candidate) <= TELEGRAM_CAPTION_LIMIT:
            caption = candidate
    return PostReply(text=whole, notice=notice, keyboard=copy_keyboard(post, whole), photo_caption=caption)
