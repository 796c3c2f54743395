"""The "typing…" indicator while photos are being captioned.

Telegram shows a chat action for ~5 s, so it is refreshed every few seconds until the reply is sent.
One indicator per chat/topic however many of its photos wait (a long queue must not turn into a flood
of chat actions), and "still waiting" is a Redis key because another replica may send the reply.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Coroutine
from typing import Any

from redis.exceptions import RedisError
from telegram import Bot
from telegram.constants import ChatAction
from telegram.error import Forbidden, TelegramError

from bot.store import BotStore

log = logging.getLogger(__name__)

ChatKey = tuple[int, int | None]  # (chat_id, forum topic)


class TypingIndicators:
    def __init__(
        self,
        store: BotStore,
        spawn: Callable[[Coroutine[Any, Any, Any], str], Any],
        interval_s: float,
        max_s: float,
        max_chats: int = 200,
    ) -> None:
        self.store = store
        self.spawn = spawn
        self.interval_s = interval_s
        self.max_s = max_s
        self.max_chats = max_chats  # beyond this many waiting chats, skip the (cosmetic) indicator
        self._waiting: dict[ChatKey, set[str]] = {}

    def start(self, bot: Bot, chat_id: int, thread_id: int | None, job_id: str) -> None:
        key = (chat_id, thread_id)
        if key in self._waiting:
            self._waiting[key].add(job_id)
            return
        if len(self._waiting) >= self.max_chats:
            return
        self._waiting[key] = {job_id}
        self.spawn(self._run(bot, key), f"typing-{chat_id}")

    async def _run(self, bot: Bot, key: ChatKey) -> None:
        chat_id, thread_id = key
        deadline = time.monotonic() + self.max_s
        try:
            while self._waiting[key] and time.monotonic() < deadline:
                try:
                    await bot.send_chat_action(chat_id, ChatAction.TYPING, message_thread_id=thread_id)
                except Forbidden:
                    return  # blocked or removed from the chat: nobody to show it to
                except TelegramError as exc:  # cosmetic: never let the indicator fail a job
                    log.debug("chat action failed: %s", exc, extra={"chat_id": chat_id})
                await asyncio.sleep(self.interval_s)
                done = set()
                for job_id in list(self._waiting[key]):
                    try:
                        if not await self.store.is_pending(job_id):
                            done.add(job_id)
                    except RedisError:
                        pass  # keep typing through a Redis blip; the deadline still bounds it
                self._waiting[key] -= done
        finally:
            self._waiting.pop(key, None)
