"""The long-lived objects handlers need (settings, Redis-backed queue and store, metrics), kept in
`application.bot_data` so handlers stay plain functions of (update, context)."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any

from telegram.ext import CallbackContext

from bot.metrics import BotMetrics
from bot.settings import Settings
from bot.store import BotStore
from bot.typing_action import TypingIndicators
from inference.queue import JobQueue

DEPS_KEY = "tasveer"


@dataclass
class Deps:
    settings: Settings
    queue: JobQueue
    store: BotStore
    metrics: BotMetrics
    background: set[asyncio.Task] = field(default_factory=set)
    typing: TypingIndicators = field(init=False)

    def __post_init__(self) -> None:
        self.typing = TypingIndicators(
            self.store, self.spawn, self.settings.typing_interval_seconds, self.settings.typing_max_seconds
        )

    def spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> asyncio.Task:
        """Run work that must not hold up the update loop (typing, album collection); keep a reference
        so the task is not garbage-collected, and cancel leftovers on shutdown."""
        task = asyncio.create_task(coro, name=name)
        self.background.add(task)
        task.add_done_callback(self.background.discard)
        return task


def get_deps(context: CallbackContext) -> Deps:
    return context.application.bot_data[DEPS_KEY]
