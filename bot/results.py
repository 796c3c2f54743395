"""Delivers workers' results to Telegram: reads the results stream in the `bots` consumer group (any
replica can answer any chat), claims each reply once across replicas, and sends the post."""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import time

from redis.exceptions import RedisError
from telegram import Bot, ReplyParameters
from telegram.error import BadRequest, ChatMigrated, Forbidden, TelegramError

from bot import texts
from bot.deps import Deps
from bot.replies import compose_post_reply
from bot.telegram_calls import with_retries
from inference.contract import Result

log = logging.getLogger(__name__)

_DEPTH_REFRESH_S = 5.0


def default_consumer_name() -> str:
    return f"bot-{socket.gethostname()}-{os.getpid()}"


class ResultDispatcher:
    def __init__(self, bot: Bot, deps: Deps, concurrency: int = 16) -> None:
        self.bot = bot
        self.deps = deps
        self.consumer = deps.settings.bot_consumer_name or default_consumer_name()
        # Replies to different chats go out in parallel, so one chat's 429 wait doesn't stall others.
        self._slots = asyncio.Semaphore(concurrency)
        self._last_depth = 0.0

    async def run(self) -> None:
        """Forever: read results, deliver them. Redis outages mean back off and reconnect, never exit."""
        queue = self.deps.queue
        backoff = 0.2
        groups_ready = False
        while True:
            try:
                if not groups_ready:
                    await queue.ensure_groups()
                    groups_ready = True
                deliveries = await queue.read_results(self.consumer, count=10, block_ms=1000)
                await self._refresh_depth()
                backoff = 0.2
            except asyncio.CancelledError:
                raise
            except (RedisError, OSError) as exc:
                log.warning("Redis unavailable, retrying: %s", type(exc).__name__, extra={"event": "redis_down"})
                groups_ready = False
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 5.0)
                continue
            for delivery in deliveries:
                await self._slots.acquire()
                self.deps.spawn(self._deliver_guarded(delivery.entry_id, delivery.result), f"reply-{delivery.result.job_id}")

    async def _refresh_depth(self) -> None:
        now = time.monotonic()
        if now - self._last_depth >= _DEPTH_REFRESH_S:
            self._last_depth = now
            self.deps.metrics.queue_depth.set(await self.deps.queue.queue_depth())

    async def _deliver_guarded(self, entry_id: str, result: Result) -> None:
        try:
            await self.deliver(entry_id, result)
        except Exception:
            log.exception("delivering a result failed", extra={"job_id": result.job_id})
        finally:
            self._slots.release()

    async def deliver(self, entry_id: str, result: Result) -> None:
        queue, store, metrics = self.deps.queue, self.deps.store, self.deps.metrics
        extra = {"job_id": result.job_id, "chat_id": result.chat_id}
        if not await queue.claim_reply(result.job_id):
            await queue.ack_result(entry_id)  # another replica sent (or is sending) this one
            return
        try:
            await self._send(result)
        except Forbidden:
            log.info("user blocked the bot or removed it; dropping reply", extra=extra | {"event": "blocked"})
            metrics.replies.labels("blocked").inc()
            metrics.telegram_errors.labels("forbidden").inc()
        except BadRequest as exc:
            log.warning("Telegram refused the reply: %s", exc, extra=extra | {"event": "bad_request"})
            metrics.replies.labels("bad_request").inc()
            metrics.telegram_errors.labels("bad_request").inc()
        except TelegramError as exc:
            # Transient and retries exhausted: release the claim and leave the entry pending, so this or
            # another replica takes it over (XAUTOCLAIM) and tries again later.
            log.warning("reply failed, will retry later: %s", exc, extra=extra | {"event": "reply_deferred"})
            metrics.telegram_errors.labels("transient").inc()
            await queue.release_reply(result.job_id)
            return
        else:
            outcome = "post" if result.ok else "error"
            metrics.replies.labels(outcome).inc()
            latency = max(0.0, time.time() - result.enqueued_at) if result.enqueued_at else None
            if latency is not None:
                metrics.reply_latency.observe(latency)
            await store.count("posts" if result.ok else "failed")
            log.info("reply sent", extra=extra | {"event": "replied", "latency_s": round(latency or 0, 3),
                                                  "error_code": result.error_code})
        await store.clear_pending(result.job_id)
        if result.restored_image_key:
            await queue.delete_bytes(result.restored_image_key)
        await queue.ack_result(entry_id)

    async def _send(self, result: Result) -> None:
        chat_id = result.chat_id
        for _ in range(2):  # a second pass only after the group became a supergroup
            try:
                await self._send_to(chat_id, result)
                return
            except ChatMigrated as exc:
                chat_id = exc.new_chat_id

    async def _send_to(self, chat_id: int, result: Result) -> None:
        bot = self.bot
        common = {
            "chat_id": chat_id,
            "message_thread_id": result.thread_id,
            "reply_parameters": ReplyParameters(
                message_id=result.reply_to_message_id or result.message_id, allow_sending_without_reply=True
            ),
        }
        if not result.ok or not result.post:
            text = result.error_message or texts.ERROR_GENERIC
            await with_retries(lambda: bot.send_message(text=text, **common))
            return
        restored = await self.deps.queue.get_bytes(result.restored_image_key) if result.restored_image_key else None
        reply = compose_post_reply(result.post, with_photo=restored is not None)
        if restored is None:
            await with_retries(
                lambda: bot.send_message(text=reply.message_text(), reply_markup=reply.keyboard, **common)
            )
        elif reply.photo_caption is not None:
            await with_retries(
                lambda: bot.send_photo(photo=restored, caption=reply.photo_caption, reply_markup=reply.keyboard, **common)
            )
        else:
            await with_retries(lambda: bot.send_photo(photo=restored, caption=texts.RESTORED_NOTE, **common))
            await with_retries(
                lambda: bot.send_message(text=reply.message_text(), reply_markup=reply.keyboard, **common)
            )
