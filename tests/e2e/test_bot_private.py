"""End to end in private chats: real bot process + real worker process + redis-server + Bot API stand-in."""

from __future__ import annotations

import io
import re
import time
from collections.abc import Iterator

import pytest
from PIL import Image

from bot import texts
from tests.support.stack import ADMIN_ID, Stack, running_stack
from tests.support.telegram_updates import image_bytes, jpeg_bytes, private_chat


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    with running_stack(tmp_path_factory.mktemp("e2e-private")) as s:
        yield s


@pytest.fixture(autouse=True)
def _no_leftover_errors(stack: Stack) -> Iterator[None]:
    yield
    assert stack.bot.alive, stack.bot.logs()[-3000:]


def wait_until(condition, timeout: float = 30.0) -> None:
    """Poll `condition` (results are acknowledged just after the reply is sent); fail on timeout."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.05)


def copy_button_text(call) -> str:
    keyboard = call.params["reply_markup"]["inline_keyboard"]
    return keyboard[0][0]["copy_text"]["text"]


def test_private_photo_becomes_a_post_replying_to_it(stack: Stack, sample_photos) -> None:
    user = stack.new_user("en")
    chat = private_chat(user)
    msg = stack.updates.photo_message(chat, user, jpeg_bytes(sample_photos["coffee"]), 400, 300)
    stack.updates.push(msg)

    post = stack.wait_post(chat.id, msg["message_id"])
    assert post.method == "sendMessage"
    assert "a photo whose mean colour is #" in post.text  # the worker really decoded the photo
    assert "#tasveer" in post.text
    # The Copy button copies exactly the post.
    assert copy_button_text(post) == post.text
    # "typing" was shown while waiting.
    action = stack.api.wait_for(lambda c: c.method == "sendChatAction" and c.chat_id == chat.id)[0]
    assert action.params["action"] == "typing"


def test_image_document_is_captioned(stack: Stack) -> None:
    user = stack.new_user()
    chat = private_chat(user)
    msg = stack.updates.document_message(chat, user, image_bytes((300, 200), "PNG", (0, 0, 255)), "image/png", "blue.png")
    stack.updates.push(msg)
    post = stack.wait_post(chat.id, msg["message_id"])
    assert "#0000ff" in post.text  # mean colour of a pure-blue PNG: the right file was downloaded


def test_language_defaults_to_telegram_language_code(stack: Stack, sample_photos) -> None:
    user = stack.new_user("ta")
    chat = private_chat(user)
    msg = stack.updates.photo_message(chat, user, jpeg_bytes(sample_photos["chelsea"]))
    stack.updates.push(msg)
    post = stack.wait_post(chat.id, msg["message_id"])
    caption_ta, caption_en = post.text.split("\n")[:2]
    assert caption_ta.startswith("[ta] ")  # the fake pipeline marks the requested language
    assert caption_en == caption_ta.removeprefix("[ta] ")  # English caption follows when they differ


def test_unsupported_language_code_falls_back_to_english(stack: Stack) -> None:
    user = stack.new_user("pt-br")
    chat = private_chat(user)
    msg = stack.updates.photo_message(chat, user, image_bytes())
    stack.updates.push(msg)
    post = stack.wait_post(chat.id, msg["message_id"])
    assert not post.text.startswith("[")


def test_lang_keyboard_then_callback_sets_language(stack: Stack) -> None:
    user = stack.new_user("en")
    chat = private_chat(user)
    cmd = stack.updates.message(chat, user, text="/lang")
    stack.updates.push(cmd)
    menu = stack.api.wait_for_message(chat.id, texts.LANG_CHOOSE)
    labels = [b["text"] for row in menu.params["reply_markup"]["inline_keyboard"] for b in row]
    assert any("தமிழ்" in label for label in labels) and any("हिन्दी" in label for label in labels)

    sent_menu = {"message_id": 999_001, "date": int(time.time()), "chat": chat.to_dict(), "text": texts.LANG_CHOOSE}
    stack.api.push_update(stack.updates.callback_query(user, sent_menu, "lang:hi"))
    stack.api.wait_for(lambda c: c.method == "answerCallbackQuery")
    edited = stack.api.wait_for(lambda c: c.method == "editMessageText" and c.chat_id == chat.id)[0]
    assert "हिन्दी" in edited.text

    photo = stack.updates.photo_message(chat, user, image_bytes())
    stack.updates.push(photo)
    assert stack.wait_post(chat.id, photo["message_id"]).text.startswith("[hi] ")


def test_lang_with_code_and_unknown_code(stack: Stack) -> None:
    user = stack.new_user("en")
    chat = private_chat(user)
    stack.updates.push(stack.updates.message(chat, user, text="/lang xx"))
    listing = stack.api.wait_for_message(chat.id, "don't know the language code")
    assert re.search(r"^ta \u2014 ", listing.text, re.M) and re.search(r"^hi \u2014 ", listing.text, re.M)

    stack.updates.push(stack.updates.message(chat, user, text="/lang ta"))
    stack.api.wait_for_message(chat.id, "Captions will be in")
    photo = stack.updates.photo_message(chat, user, image_bytes())
    stack.updates.push(photo)
    assert stack.wait_post(chat.id, photo["message_id"]).text.startswith("[ta] ")


def _tiny_png() -> bytes:
    return image_bytes((8, 8))


def _bomb_png() -> bytes:
    buf = io.BytesIO()
    Image.new("1", (10_000, 6_000)).save(buf, format="PNG")  # 60 MP, a few KB on disk
    return buf.getvalue()


def _animated_gif() -> bytes:
    frames = [Image.new("RGB", (64, 64), c) for c in ((255, 0, 0), (0, 255, 0))]
    buf = io.BytesIO()
    frames[0].save(buf, format="GIF", save_all=True, append_images=frames[1:], duration=100)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("payload", "mime", "name", "expected"),
    [
        (b"%PDF-1.4 not an image", "application/pdf", "doc.pdf", texts.NOT_AN_IMAGE),
        (b"\x89PNG\r\n\x1a\n garbage", "image/png", "broken.png", texts.UNREADABLE),
        (_tiny_png(), "image/png", "tiny.png", "too small"),
        (_bomb_png(), "image/png", "bomb.png", texts.TOO_MANY_PIXELS),
        (_animated_gif(), "image/gif", "anim.gif", texts.ANIMATED),
    ],
    ids=["pdf", "corrupt-header", "tiny", "decompression-bomb", "animated"],
)
def test_bad_documents_get_a_friendly_reply(stack: Stack, payload, mime, name, expected) -> None:
    user = stack.new_user()
    chat = private_chat(user)
    msg = stack.updates.document_message(chat, user, payload, mime, name)
    stack.updates.push(msg)
    reply = stack.api.wait_for_message(chat.id, expected)
    assert reply.params["reply_parameters"]["message_id"] == msg["message_id"]
    assert not stack.job_exists(chat.id, msg["message_id"])  # refused before queueing


def test_truncated_jpeg_is_refused_by_the_worker_politely(stack: Stack, sample_photos) -> None:
    user = stack.new_user()
    chat = private_chat(user)
    data = jpeg_bytes(sample_photos["astronaut"])
    msg = stack.updates.photo_message(chat, user, data[: len(data) // 2])  # header fine, pixels missing
    stack.updates.push(msg)
    reply = stack.api.wait_for(
        lambda c: c.method == "sendMessage" and c.chat_id == chat.id
        and c.params.get("reply_parameters", {}).get("message_id") == msg["message_id"]
    )[0]
    assert "damaged" in reply.text or "couldn't read" in reply.text


def test_stickers_videos_and_oversized_photos_are_refused(stack: Stack) -> None:
    user = stack.new_user()
    chat = private_chat(user)
    stack.updates.push(stack.updates.sticker_message(chat, user))
    stack.api.wait_for_message(chat.id, texts.STICKER)
    stack.updates.push(stack.updates.video_message(chat, user))
    stack.api.wait_for_message(chat.id, texts.VIDEO)
    huge = stack.updates.photo_message(chat, user, image_bytes())
    for size in huge["photo"]:
        size["file_size"] = 25 * 1024 * 1024  # Telegram says every size is over 20 MB
    stack.updates.push(huge)
    stack.api.wait_for_message(chat.id, texts.TOO_LARGE)
    assert not stack.api.sent("getFile", None) or all(
        c.params["file_id"] not in {s["file_id"] for s in huge["photo"]} for c in stack.api.sent("getFile")
    )


def test_same_message_delivered_twice_is_one_job_and_one_post(stack: Stack) -> None:
    user = stack.new_user()
    chat = private_chat(user)
    msg = stack.updates.photo_message(chat, user, image_bytes())
    stack.updates.push(msg)
    stack.updates.push(msg)  # a redelivered update (new update_id, same message)
    stack.wait_post(chat.id, msg["message_id"])
    stack.sync(chat, user)
    # A second post would have to come from a second job; there is exactly one job and one result.
    posts = [c for c in stack.api.sent("sendMessage", chat.id) if "reply_markup" in c.params]
    assert len(posts) == 1
    assert stack.jobs_for_chat(chat.id) == [f"tasveer:job:{chat.id}:{msg['message_id']}"]


def test_per_user_rate_limit_says_slow_down_once(stack: Stack) -> None:
    user = stack.new_user()
    chat = private_chat(user)
    photos = [stack.updates.photo_message(chat, user, image_bytes(color=(i * 40, 0, 0))) for i in range(6)]
    for msg in photos:
        stack.updates.push(msg)
    stack.sync(chat, user)
    warnings = [c for c in stack.api.sent("sendMessage", chat.id) if c.text == texts.SLOW_DOWN]
    assert len(warnings) == 1  # limit is 4/min: the 5th is warned, the 6th dropped quietly
    assert warnings[0].params["reply_parameters"]["message_id"] == photos[4]["message_id"]
    assert [stack.job_exists(chat.id, m["message_id"]) for m in photos] == [True] * 4 + [False] * 2


def test_telegram_429_is_retried_after_retry_after(stack: Stack) -> None:
    user = stack.new_user()
    chat = private_chat(user)
    stack.api.fail_next("sendMessage", 429, "Too Many Requests: retry after 2", retry_after=2, chat_id=chat.id)
    msg = stack.updates.photo_message(chat, user, image_bytes())
    stack.updates.push(msg)
    post = stack.wait_post(chat.id, msg["message_id"])
    refused = [c for c in stack.api.sent("sendMessage", chat.id, ok_only=False) if c.status == 429]
    assert len(refused) == 1
    assert post.at - refused[0].at >= 2.0  # it waited as told, not less


def test_telegram_5xx_is_retried(stack: Stack) -> None:
    user = stack.new_user()
    chat = private_chat(user)
    stack.api.fail_next("sendMessage", 502, "Bad Gateway", times=2, chat_id=chat.id)
    msg = stack.updates.photo_message(chat, user, image_bytes())
    stack.updates.push(msg)
    stack.wait_post(chat.id, msg["message_id"])
    assert len([c for c in stack.api.sent("sendMessage", chat.id, ok_only=False) if c.status == 502]) == 2


def test_blocked_by_user_is_dropped_and_bot_carries_on(stack: Stack) -> None:
    blocker = stack.new_user()
    chat = private_chat(blocker)
    stack.api.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user", times=50, chat_id=chat.id)
    stack.api.fail_next("sendChatAction", 403, "Forbidden: bot was blocked by the user", times=50, chat_id=chat.id)
    msg = stack.updates.photo_message(chat, blocker, image_bytes())
    stack.updates.push(msg)
    stack.api.wait_for(lambda c: c.method == "sendMessage" and c.chat_id == chat.id and c.status == 403)
    # The result was consumed (acknowledged), not left to be retried forever, and others still get posts.
    other = stack.new_user()
    other_chat = private_chat(other)
    msg2 = stack.updates.photo_message(other_chat, other, image_bytes())
    stack.updates.push(msg2)
    stack.wait_post(other_chat.id, msg2["message_id"])
    r = stack.redis()
    wait_until(lambda: r.xpending("tasveer:results", "bots")["pending"] == 0)


def test_commands_privacy_forget_stats_and_registration(stack: Stack) -> None:
    # setMyCommands ran at startup, for private chats and groups.
    scopes = {c.params["scope"]["type"] for c in stack.api.sent("setMyCommands")}
    assert scopes == {"all_private_chats", "all_group_chats"}

    user = stack.new_user("en")
    chat = private_chat(user)
    stack.updates.push(stack.updates.message(chat, user, text="/start"))
    stack.api.wait_for_message(chat.id, "Send me a photo")
    stack.updates.push(stack.updates.message(chat, user, text="/help"))
    stack.api.wait_for_message(chat.id, "/privacy")
    stack.updates.push(stack.updates.message(chat, user, text="/privacy"))
    stack.api.wait_for_message(chat.id, "at most 1 hour")

    stack.updates.push(stack.updates.message(chat, user, text="/lang ml"))
    stack.api.wait_for_message(chat.id, "Captions will be in")
    assert stack.redis().hget(f"tasveer:bot:user:{user.id}", "lang") == b"ml"
    stack.updates.push(stack.updates.message(chat, user, text="/forget"))
    stack.api.wait_for_message(chat.id, texts.FORGOTTEN)
    assert not stack.redis().exists(f"tasveer:bot:user:{user.id}")

    stack.updates.push(stack.updates.message(chat, user, text="/stats"))
    stack.api.wait_for_message(chat.id, texts.OWNER_ONLY)
    admin = stack.new_user()
    admin = type(admin)(ADMIN_ID)
    stack.updates.push(stack.updates.message(private_chat(admin), admin, text="/stats"))
    assert "Queue depth: " in stack.api.wait_for_message(ADMIN_ID, "Posts sent").text


def test_metrics_expose_queue_depth_and_latency(stack: Stack) -> None:
    user = stack.new_user()
    chat = private_chat(user)
    msg = stack.updates.photo_message(chat, user, image_bytes())
    stack.updates.push(msg)
    stack.wait_post(chat.id, msg["message_id"])
    text = stack.bot.metrics()
    assert "tasveer_bot_queue_depth" in text
    count = re.search(r"^tasveer_bot_photo_to_reply_seconds_count (\S+)$", text, re.M)
    assert count and float(count.group(1)) >= 1


def test_logs_never_contain_the_token(stack: Stack) -> None:
    logs = stack.bot.logs()
    assert "job queued" in logs
    assert stack.api.token not in logs
    assert stack.api.token.split(":")[1] not in logs


def _publish_result(stack: Stack, chat_id: int, message_id: int, post: dict, restored_png: bytes | None) -> str:
    """Publish a result exactly as a worker does (contract fields on the results stream)."""
    from inference.contract import Job, Result

    job = Job(job_id=Job.make_id(chat_id, message_id), chat_id=chat_id, message_id=message_id, user_id=chat_id,
              language=post["language"], image_key="unused", reply_to_message_id=message_id)
    result = Result.success(job, post)
    r = stack.redis()
    if restored_png is not None:
        result.restored_image_key = f"tasveer:restored:{job.job_id}"
        r.set(result.restored_image_key, restored_png, ex=600)
    r.xadd("tasveer:results", result.to_fields())
    return result.restored_image_key or ""


def test_restored_photo_is_sent_back_with_the_post_as_caption(stack: Stack) -> None:
    user = stack.new_user()
    png = image_bytes((64, 64), "PNG", (1, 2, 3))
    post = {"caption_en": "a repaired old photo", "caption": "a repaired old photo", "hashtags_en": ["#old"],
            "language": "en", "restored": True}
    key = _publish_result(stack, user.id, 5, post, png)
    sent = stack.api.wait_for(lambda c: c.method == "sendPhoto" and c.chat_id == user.id)[0]
    assert sent.files["photo"] == png
    assert sent.params["caption"] == "a repaired old photo\n\n#old"
    assert copy_button_text(sent) == sent.params["caption"]
    wait_until(lambda: not stack.redis().exists(key))  # restored bytes are deleted once delivered


def test_long_post_with_restored_photo_goes_as_photo_then_message(stack: Stack) -> None:
    user = stack.new_user()
    long_caption = "word " * 260  # ~1,300 chars: over the 1,024-char photo caption limit
    post = {"caption_en": long_caption.strip(), "caption": long_caption.strip(),
            "hashtags_en": [f"#tag{i}" for i in range(30)], "language": "en"}
    _publish_result(stack, user.id, 6, post, image_bytes((64, 64), "PNG"))
    photo = stack.api.wait_for(lambda c: c.method == "sendPhoto" and c.chat_id == user.id)[0]
    assert photo.params["caption"] == texts.RESTORED_NOTE
    message = stack.api.wait_for(lambda c: c.method == "sendMessage" and c.chat_id == user.id)[0]
    assert len(message.text) <= 4096 and message.text.startswith("word word")
    # Over CopyTextButton's 256 chars: separate buttons, each within the limit.
    buttons = message.params["reply_markup"]["inline_keyboard"][0]
    assert [b["text"] for b in buttons] == [texts.COPY_CAPTION, texts.COPY_HASHTAGS]
    assert all(len(b["copy_text"]["text"]) <= 256 for b in buttons)
    assert buttons[1]["copy_text"]["text"].startswith("#tag0 #tag1")


def test_untranslated_language_says_so(stack: Stack) -> None:
    user = stack.new_user()
    post = {"caption_en": "a cat", "caption": "a cat", "hashtags_en": ["#cat"], "language": "or", "translated": False}
    _publish_result(stack, user.id, 7, post, None)
    message = stack.api.wait_for(lambda c: c.method == "sendMessage" and c.chat_id == user.id)[0]
    assert message.text.startswith("Odia (ଓଡ଼ିଆ) is not available offline yet")
    assert copy_button_text(message) == "a cat\n\n#cat"  # the notice is not part of what Copy copies


def _encoded(fmt: str) -> bytes:
    if fmt == "HEIF":
        from pillow_heif import register_heif_opener

        register_heif_opener()
    buf = io.BytesIO()
    Image.new("RGB", (160, 120), (30, 60, 90)).save(buf, format=fmt)
    return buf.getvalue()


@pytest.mark.parametrize(("fmt", "mime", "name"), [("WEBP", "image/webp", "a.webp"),
                                                    ("HEIF", "application/octet-stream", "IMG_0001.HEIC")])
def test_webp_and_heic_documents_are_captioned(stack: Stack, fmt, mime, name) -> None:
    user = stack.new_user()
    chat = private_chat(user)
    msg = stack.updates.document_message(chat, user, _encoded(fmt), mime, name)
    stack.updates.push(msg)
    assert "#tasveer" in stack.wait_post(chat.id, msg["message_id"]).text


def test_telegram_refusing_the_download_gets_a_friendly_reply(stack: Stack) -> None:
    user = stack.new_user()
    chat = private_chat(user)
    stack.api.fail_next("getFile", 400, "Bad Request: file is too big")
    msg = stack.updates.photo_message(chat, user, image_bytes())
    stack.updates.push(msg)
    stack.api.wait_for_message(chat.id, texts.TOO_LARGE)
    assert not stack.job_exists(chat.id, msg["message_id"])


def test_plain_text_in_private_gets_a_hint(stack: Stack) -> None:
    user = stack.new_user()
    chat = private_chat(user)
    stack.updates.push(stack.updates.message(chat, user, text="hello?"))
    stack.api.wait_for_message(chat.id, texts.SEND_A_PHOTO)
