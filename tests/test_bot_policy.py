"""The bot's decisions, tested without Telegram or Redis: file choice, language, rate limits, post layout."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from telegram import Chat, Document, Message, PhotoSize, Sticker, Video

from bot import photo_checks, texts
from bot.policy import (
    RateVerdict,
    choose_language,
    choose_photo_size,
    classify_message,
    is_image_document,
    parse_on_off,
    rate_verdict,
    should_announce_queue,
)
from bot.replies import COPY_TEXT_LIMIT, compose_post_reply
from bot.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CHAT = Chat(1, "private")


def size(w: int, h: int, file_size: int | None = 1000, fid: str | None = None) -> PhotoSize:
    return PhotoSize(fid or f"f{w}x{h}", f"u{w}x{h}", w, h, file_size)


def message(**kw) -> Message:
    import datetime as dt

    return Message(1, dt.datetime.now(dt.UTC), CHAT, **kw)


def test_largest_photo_size_within_limits_is_chosen() -> None:
    sizes = [size(90, 60), size(1280, 960), size(800, 600)]
    assert choose_photo_size(sizes).file_id == "f1280x960"
    too_heavy = [size(90, 60), size(2560, 1920, file_size=21 * 1024 * 1024)]
    assert choose_photo_size(too_heavy).file_id == "f90x60"
    assert choose_photo_size([size(10_000, 10_000)]) is None  # 100 MP: nothing fits


def test_messages_are_classified_before_any_download() -> None:
    assert classify_message(message(photo=(size(90, 60), size(640, 480)))).file_id == "f640x480"
    doc = Document("d1", "du1", file_name="x.heic", mime_type="application/octet-stream", file_size=10)
    assert classify_message(message(document=doc)).file_id == "d1"
    pdf = Document("d2", "du2", file_name="x.pdf", mime_type="application/pdf")
    assert classify_message(message(document=pdf)).refusal == texts.NOT_AN_IMAGE
    big = Document("d3", "du3", file_name="x.png", mime_type="image/png", file_size=30 * 1024 * 1024)
    assert classify_message(message(document=big)).refusal == texts.TOO_LARGE
    sticker = Sticker("s", "su", 512, 512, False, False, "regular")
    assert classify_message(message(sticker=sticker)).refusal == texts.STICKER
    assert classify_message(message(video=Video("v", "vu", 640, 360, 3))).refusal == texts.VIDEO
    assert classify_message(message(text="hello")) is None


def test_image_documents_recognised_by_mime_or_extension() -> None:
    assert is_image_document("image/webp", None)
    assert is_image_document(None, "IMG_0001.HEIC")
    assert not is_image_document("video/mp4", "clip.mp4")


def test_language_precedence() -> None:
    assert choose_language(chat_type="private", user_language=None, chat_language=None, telegram_code="ta-IN") == "ta"
    assert choose_language(chat_type="private", user_language=None, chat_language=None, telegram_code="pt-br") == "en"
    assert choose_language(chat_type="private", user_language="hi", chat_language="bn", telegram_code="ta") == "hi"
    assert choose_language(chat_type="supergroup", user_language="hi", chat_language="bn", telegram_code="ta") == "bn"
    assert choose_language(chat_type="group", user_language="hi", chat_language=None, telegram_code=None) == "hi"


def test_rate_limit_warns_once_then_drops() -> None:
    assert [rate_verdict(n, 3) for n in range(1, 7)] == [
        RateVerdict.ALLOW, RateVerdict.ALLOW, RateVerdict.ALLOW, RateVerdict.WARN, RateVerdict.DROP, RateVerdict.DROP,
    ]
    assert rate_verdict(1000, 0) is RateVerdict.ALLOW  # 0 disables


def test_queue_notice_only_when_the_wait_is_noticeable() -> None:
    assert not should_announce_queue(2, 3)
    assert should_announce_queue(3, 3)
    assert not should_announce_queue(50, 0)


def test_on_off_parsing() -> None:
    assert parse_on_off(["ON"]) is True and parse_on_off(["off"]) is False
    assert parse_on_off([]) is None and parse_on_off(["maybe"]) is None


def test_short_post_has_one_copy_button_with_the_whole_post() -> None:
    reply = compose_post_reply({"caption_en": "a cat", "caption": "एक बिल्ली", "hashtags": ["#बिल्ली"],
                                "hashtags_en": ["#cat"], "language": "hi"})
    assert reply.text == "एक बिल्ली\na cat\n\n#बिल्ली #cat"
    [[button]] = reply.keyboard.inline_keyboard
    assert button.copy_text.text == reply.text


def test_long_post_respects_message_caption_and_copy_limits() -> None:
    post = {"caption_en": "x" * 3000, "caption": "y" * 1500, "hashtags_en": [f"#t{i}" for i in range(100)],
            "language": "ta"}
    reply = compose_post_reply(post, with_photo=True)
    assert len(reply.message_text()) <= 4096
    assert reply.photo_caption is None  # too long for a 1,024-char photo caption
    for button in reply.keyboard.inline_keyboard[0]:
        assert len(button.copy_text.text) <= COPY_TEXT_LIMIT


def png(width: int, height: int, mode: str = "RGB") -> bytes:
    buf = io.BytesIO()
    Image.new(mode, (width, height)).save(buf, format="PNG")
    return buf.getvalue()


def test_header_checks_refuse_bad_files_without_decoding() -> None:
    assert photo_checks.header_problem(png(64, 64)) is None
    assert photo_checks.header_problem(png(10, 10)) == texts.TOO_SMALL.format(min_side=32)
    assert photo_checks.header_problem(png(9000, 6000, "1")) == texts.TOO_MANY_PIXELS
    assert photo_checks.header_problem(b"hello") == texts.UNREADABLE
    assert photo_checks.header_problem(b"") == texts.UNREADABLE


def test_settings_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "1:abc")
    monkeypatch.setenv("BOT_ADMIN_IDS", "12, 34")
    settings = Settings()
    assert settings.bot_admin_ids == [12, 34]
    assert settings.telegram_api_base_url == "https://api.telegram.org/bot"
    assert "abc" not in repr(settings)  # the token is a secret: never printed
    monkeypatch.setenv("BOT_MODE", "webhook")
    with pytest.raises(ValueError, match="WEBHOOK_URL"):
        Settings()
    monkeypatch.setenv("BOT_MODE", "polling")
    monkeypatch.setenv("IMAGE_TTL_SECONDS", "7200")
    with pytest.raises(ValueError):
        Settings()  # photos must never be kept longer than an hour
    monkeypatch.setenv("IMAGE_TTL_SECONDS", "600")
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", " ")
    with pytest.raises(ValueError, match="TELEGRAM_BOT_TOKEN"):
        Settings()  # an empty line copied from .env.example fails at start, not at the first API call


def test_importing_the_bot_never_imports_tensorflow() -> None:
    code = "import bot, bot.app, bot.__main__, sys; assert 'tensorflow' not in sys.modules, 'tensorflow imported'"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
