"""Calling the Bot API robustly: 429 waits `retry_after`, 5xx/timeouts back off, everything else is final.

AIORateLimiter already keeps us under flood limits and retries 429s; this covers what it doesn't
(server errors, a 429 that outlasted its retries) so a transient Telegram hiccup never loses a post.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from telegram.error import BadRequest, NetworkError, RetryAfter

log = logging.getLogger(__name__)
T = TypeVar("T")


def retry_after_seconds(exc: RetryAfter) -> float:
    value = exc.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


async def with_retries(call: Callable[[], Awaitable[T]], attempts: int = 5, first_backoff_s: float = 0.5) -> T:
    """Run `call`; on 429 wait as told, on 5xx/network errors back off exponentially; re-raise the rest."""
    backoff = first_backoff_s
    for attempt in range(1, attempts + 1):
        try:
            return await call()
        except RetryAfter as exc:
            if attempt == attempts:
                raise
            await asyncio.sleep(retry_after_seconds(exc) + 0.1)
        except BadRequest:
            raise  # a subclass of NetworkError, but retrying a bad request can't help
        except NetworkError as exc:
            if attempt == attempts:
                raise
            log.warning("Bot API call failed, retrying", extra={"event": "telegram_retry", "error_code": type(exc).__name__})
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, 8.0)
    raise AssertionError("unreachable")
