"""The bot's own state in Redis: per-user and per-chat settings, rate-limit windows, update dedup, albums.

All of it lives in Redis (not process memory) so any number of bot replicas share it and it survives
restarts. Keys are namespaced `tasveer:bot:`; settings are hashes.
"""

from __future__ import annotations

import json
from typing import Any

from redis.asyncio import Redis


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value.decode() if isinstance(value, bytes) else str(value)


class BotStore:
    def __init__(self, redis: Redis, prefix: str = "tasveer:") -> None:
        self.redis = redis
        self.prefix = f"{prefix}bot:"  # the queue owns `{prefix}jobs` etc.; the bot's keys sit beside them

    # ---- settings -------------------------------------------------------------------------------
    async def user_settings(self, user_id: int) -> dict[str, str]:
        return await self._hash(f"{self.prefix}user:{user_id}")

    async def chat_settings(self, chat_id: int) -> dict[str, str]:
        return await self._hash(f"{self.prefix}chat:{chat_id}")

    async def set_user_setting(self, user_id: int, name: str, value: str) -> None:
        await self.redis.hset(f"{self.prefix}user:{user_id}", name, value)

    async def set_chat_setting(self, chat_id: int, name: str, value: str) -> None:
        await self.redis.hset(f"{self.prefix}chat:{chat_id}", name, value)

    async def forget_user(self, user_id: int) -> None:
        await self.redis.delete(f"{self.prefix}user:{user_id}", f"{self.prefix}rate:user:{user_id}")

    async def migrate_chat(self, old_chat_id: int, new_chat_id: int) -> None:
        """Group → supergroup: copy the old chat's settings unless the new chat already has its own."""
        old = await self.chat_settings(old_chat_id)
        for name, value in old.items():
            await self.redis.hsetnx(f"{self.prefix}chat:{new_chat_id}", name, value)

    async def _hash(self, key: str) -> dict[str, str]:
        raw = await self.redis.hgetall(key)
        return {_text(k): _text(v) for k, v in raw.items()}  # type: ignore[misc]

    # ---- abuse limits and dedup -----------------------------------------------------------------
    async def hit_rate(self, scope: str, ident: int, window_s: int = 60) -> int:
        """Count a request in a window that starts at the first request; returns the count so far."""
        key = f"{self.prefix}rate:{scope}:{ident}"
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.set(key, 0, ex=window_s, nx=True)
            pipe.incr(key)
            _, count = await pipe.execute()
        return int(count)

    async def first_sighting(self, kind: str, ident: str | int, ttl_s: int) -> bool:
        """True exactly once per (kind, ident) across all replicas within `ttl_s` (SET NX EX)."""
        return bool(await self.redis.set(f"{self.prefix}seen:{kind}:{ident}", 1, nx=True, ex=ttl_s))

    # ---- albums ---------------------------------------------------------------------------------
    async def add_album_item(self, chat_id: int, group_id: str, message: dict, ttl_s: int = 120) -> bool:
        """Remember an album photo; True for the first one seen (that replica posts for the album)."""
        key = f"{self.prefix}album:{chat_id}:{group_id}"
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.rpush(key, json.dumps(message, ensure_ascii=False))
            pipe.expire(key, ttl_s)
            pipe.set(f"{key}:leader", 1, nx=True, ex=ttl_s)
            _, _, leader = await pipe.execute()
        return bool(leader)

    async def album_items(self, chat_id: int, group_id: str) -> list[dict]:
        raw = await self.redis.lrange(f"{self.prefix}album:{chat_id}:{group_id}", 0, -1)
        return [json.loads(item) for item in raw]

    # ---- waiting for a reply (drives the typing indicator on whichever replica took the photo) ----
    async def mark_pending(self, job_id: str, ttl_s: int) -> None:
        await self.redis.set(f"{self.prefix}pending:{job_id}", 1, ex=ttl_s)

    async def is_pending(self, job_id: str) -> bool:
        return bool(await self.redis.exists(f"{self.prefix}pending:{job_id}"))

    async def clear_pending(self, job_id: str) -> None:
        await self.redis.delete(f"{self.prefix}pending:{job_id}")

    # ---- counters for /stats --------------------------------------------------------------------
    async def count(self, name: str, amount: int = 1) -> None:
        await self.redis.hincrby(f"{self.prefix}stats", name, amount)

    async def counters(self) -> dict[str, int]:
        raw = await self._hash(f"{self.prefix}stats")
        return {k: int(v) for k, v in raw.items()}
