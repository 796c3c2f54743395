"""Plain decisions the handlers delegate to: which file to fetch, which language, whether to rate-limit.

No I/O here, so every rule is unit-tested without Telegram or Redis.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from telegram import Message, PhotoSize

from bot import texts
from bot.photo_checks import MAX_FILE_BYTES, MAX_PIXELS
from inference.languages import DEFAULT_LANGUAGE, LANGUAGES, normalise_language

IMAGE_EXTENSIONS = {"jpg", "jpeg", "png", "webp", "heic", "heif", "bmp", "tif", "tiff"}


@dataclass(frozen=True)
class PhotoChoice:
    """The file to download for a message, or the friendly reason it can't be captioned."""

    file_id: str | None = None
    refusal: str | None = None  # a texts.* message when the input is refused before download

    @property
    def ok(self) -> bool:
        return self.file_id is not None


def choose_photo_size(sizes: tuple[PhotoSize, ...] | list[PhotoSize]) -> PhotoSize | None:
    """The largest size within our limits: more pixels caption better, but never past 20 MB / 50 MP."""
    fitting = [
        s for s in sizes
        if (s.file_size is None or s.file_size <= MAX_FILE_BYTES) and s.width * s.height <= MAX_PIXELS
    ]
    return max(fitting, key=lambda s: s.width * s.height, default=None)


def is_image_document(mime_type: str | None, file_name: str | None) -> bool:
    if mime_type and mime_type.startswith("image/"):
        return True
    ext = (file_name or "").rsplit(".", 1)[-1].lower() if file_name and "." in file_name else ""
    return ext in IMAGE_EXTENSIONS


def classify_message(message: Message) -> PhotoChoice | None:
    """What to do with a message's media; None when it carries nothing we react to."""
    # Stickers and animations also carry a document/thumbnail, so they are recognised first.
    if message.sticker:
        return PhotoChoice(refusal=texts.STICKER)
    if message.video or message.animation or message.video_note:
        return PhotoChoice(refusal=texts.VIDEO)
    if message.photo:
        best = choose_photo_size(message.photo)
        return PhotoChoice(file_id=best.file_id) if best else PhotoChoice(refusal=texts.TOO_LARGE)
    if message.document:
        doc = message.document
        if not is_image_document(doc.mime_type, doc.file_name):
            return PhotoChoice(refusal=texts.NOT_AN_IMAGE)
        if doc.file_size is not None and doc.file_size > MAX_FILE_BYTES:
            return PhotoChoice(refusal=texts.TOO_LARGE)
        return PhotoChoice(file_id=doc.file_id)
    return None


def choose_language(
    *, chat_type: str, user_language: str | None, chat_language: str | None, telegram_code: str | None
) -> str:
    """Group setting first in groups; then the user's choice; then their Telegram app language; else English."""
    if chat_type != "private" and chat_language in LANGUAGES:
        return chat_language  # type: ignore[return-value]
    if user_language in LANGUAGES:
        return user_language  # type: ignore[return-value]
    return normalise_language(telegram_code) or DEFAULT_LANGUAGE


def supported_codes_text() -> str:
    return "\n".join(f"{code} \u2014 {texts.language_label(code)}" for code in LANGUAGES)


def parse_on_off(args: list[str]) -> bool | None:
    if len(args) != 1:
        return None
    return {"on": True, "off": False, "yes": True, "no": False, "1": True, "0": False}.get(args[0].lower())


class RateVerdict(enum.Enum):
    ALLOW = "allow"
    WARN = "warn"  # first request over the limit in this window: tell them to slow down
    DROP = "drop"  # later ones: stay quiet, a flood of "slow down" replies would itself be a flood


def rate_verdict(count: int, limit: int) -> RateVerdict:
    """`count` is how many requests (including this one) the sender made in the current window."""
    if limit <= 0 or count <= limit:
        return RateVerdict.ALLOW
    return RateVerdict.WARN if count == limit + 1 else RateVerdict.DROP


def should_announce_queue(ahead: int, min_ahead: int) -> bool:
    return ahead >= min_ahead > 0


def is_group(chat_type: str) -> bool:
    return chat_type in ("group", "supergroup")


ADMIN_STATUSES = frozenset({"creator", "administrator"})


def is_admin_status(status: str) -> bool:
    return status in ADMIN_STATUSES
