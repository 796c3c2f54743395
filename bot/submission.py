"""From a Telegram message with a photo to a queued job: the one path private photos, group
auto-captioning, /caption and albums all share."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from telegram import Bot, Message
from telegram.error import BadRequest, TelegramError

from bot import texts
from bot.deps import Deps
from bot.photo_checks import header_problem
from bot.policy import (
    RateVerdict,
    choose_language,
    classify_message,
    is_group,
    rate_verdict,
    should_announce_queue,
)
from bot.telegram_calls import with_retries
from inference.contract import Job

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Requester:
    """Who asked: the user whose settings and rate limit apply (language_code is Telegram's app language)."""

    user_id: int
    language_code: str | None


async def submit_photo(
    deps: Deps,
    bot: Bot,
    message: Message,
    requester: Requester,
    *,
    announce_refusals: bool = True,
    on_duplicate: str | None = None,
    extra: dict[str, Any] | None = None,
) -> bool:
    """Validate, download, store and enqueue the photo in `message`; reply to it when it is refused.

    Returns True when a new job was queued. The reply to the photo is sent later by ResultDispatcher.
    """
    chat = message.chat
    choice = classify_message(message)
    if choice is None:
        return False
    if not choice.ok:
        deps.metrics.refused.labels("media_type").inc()
        if announce_refusals:
            await _reply(message, choice.refusal or texts.NOT_AN_IMAGE)
        return False

    if not await _within_rate_limits(deps, message, requester):
        return False

    try:
        telegram_file = await with_retries(lambda: bot.get_file(choice.file_id))
        data = bytes(await with_retries(telegram_file.download_as_bytearray))
    except BadRequest as exc:
        deps.metrics.refused.labels("download").inc()
        too_big = "too big" in str(exc).lower()
        await _reply(message, texts.TOO_LARGE if too_big else texts.DOWNLOAD_FAILED)
        return False
    except TelegramError:
        deps.metrics.refused.labels("download").inc()
        await _reply(message, texts.DOWNLOAD_FAILED)
        return False

    problem = header_problem(data)
    if problem is not None:
        deps.metrics.refused.labels("bad_image").inc()
        await deps.store.count("refused")
        await _reply(message, problem)
        return False

    user_settings = await deps.store.user_settings(requester.user_id)
    chat_settings = await deps.store.chat_settings(chat.id) if is_group(chat.type) else {}
    language = choose_language(
        chat_type=chat.type,
        user_language=user_settings.get("lang"),
        chat_language=chat_settings.get("lang"),
        telegram_code=requester.language_code,
    )
    job_id = Job.make_id(chat.id, message.message_id)
    job = Job(
        job_id=job_id,
        chat_id=chat.id,
        message_id=message.message_id,
        user_id=requester.user_id,
        language=language,
        image_key=deps.queue.image_key(job_id),
        thread_id=message.message_thread_id if message.is_topic_message else None,
        chat_type=chat.type,
        reply_to_message_id=message.message_id,
        extra=extra or {},
    )
    outcome = await deps.queue.enqueue(job, data, ttl_seconds=deps.settings.image_ttl_seconds)
    deps.metrics.jobs.labels(str(outcome.created).lower()).inc()
    log_extra = {"job_id": job_id, "chat_id": chat.id, "user_id": requester.user_id}
    if not outcome.created:
        log.info("duplicate photo ignored", extra=log_extra | {"event": "duplicate"})
        if on_duplicate:
            await _reply(message, on_duplicate)
        return False
    log.info("job queued (%d ahead)", outcome.ahead, extra=log_extra | {"event": "queued"})
    await deps.store.count("photos")
    if should_announce_queue(outcome.ahead, deps.settings.queue_notice_min_ahead):
        await _reply(message, texts.QUEUED.format(ahead=outcome.ahead))
    pending_s = int(deps.settings.typing_max_seconds) + 60
    await deps.store.mark_pending(job_id, pending_s)
    deps.typing.start(bot, chat.id, job.thread_id, job_id)
    return True


async def _within_rate_limits(deps: Deps, message: Message, requester: Requester) -> bool:
    settings = deps.settings
    checks = [("user", requester.user_id, settings.rate_limit_user_per_minute, texts.SLOW_DOWN)]
    if is_group(message.chat.type):
        checks.append(("chat", message.chat.id, settings.rate_limit_chat_per_minute, texts.SLOW_DOWN_GROUP))
    for scope, ident, limit, warning in checks:
        verdict = rate_verdict(await deps.store.hit_rate(scope, ident), limit)
        if verdict is RateVerdict.ALLOW:
            continue
        deps.metrics.refused.labels(f"rate_{scope}").inc()
        if verdict is RateVerdict.WARN:
            await _reply(message, warning)
        return False
    return True


async def _reply(message: Message, text: str) -> None:
    """Reply in the same chat and topic, quoting the photo; a failed courtesy reply is only logged."""
    try:
        await with_retries(lambda: message.reply_text(text, do_quote=True))
    except TelegramError as exc:
        log.info("could not send a reply: %s", exc, extra={"chat_id": message.chat.id})
