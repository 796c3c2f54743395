"""Builds the python-telegram-bot Application: handlers, error handler, rate limiter, background services.

Runners live in `bot/__main__.py`; this module only assembles, so tests and benchmarks can build the
same application without running it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from redis.exceptions import RedisError
from telegram import BotCommand, BotCommandScopeAllGroupChats, BotCommandScopeAllPrivateChats, Update
from telegram.error import TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.deps import DEPS_KEY, Deps
from bot.handlers import callbacks, commands, errors, groups, photos
from bot.handlers.common import LANG_CALLBACK_PREFIX
from bot.metrics import BotMetrics, start_metrics_server
from bot.results import ResultDispatcher
from bot.settings import Settings
from bot.store import BotStore
from inference.queue import JobQueue

log = logging.getLogger(__name__)

PRIVATE_COMMANDS = [
    BotCommand("start", "What I do"),
    BotCommand("lang", "Choose your caption language"),
    BotCommand("settings", "Your settings"),
    BotCommand("privacy", "What I store and for how long"),
    BotCommand("forget", "Delete your data"),
    BotCommand("help", "How to use me"),
]
GROUP_COMMANDS = [
    BotCommand("caption", "Reply to a photo to caption it"),
    BotCommand("autocaption", "Admins: on/off for every photo"),
    BotCommand("lang", "Admins: this group's caption language"),
    BotCommand("settings", "This group's settings"),
    BotCommand("help", "How to use me here"),
]

SHUTDOWN_GRACE_S = 10.0  # how long a stopping bot waits for replies already being sent

_PRIVATE = filters.ChatType.PRIVATE
_GROUPS = filters.ChatType.GROUPS
_NEW_MESSAGE = filters.UpdateType.MESSAGE  # an edited photo must not be captioned again
_IMAGE_MEDIA = filters.PHOTO | filters.Document.ALL
_ANY_MEDIA = _IMAGE_MEDIA | filters.Sticker.ALL | filters.VIDEO | filters.ANIMATION | filters.VIDEO_NOTE


class FloodSafeRateLimiter(AIORateLimiter):
    """AIORateLimiter, except that chat actions count against the global budget only, not the per-group
    one (20 messages/min): a "typing…" refreshed every 4 s would otherwise starve the replies in groups."""

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args):  # type: ignore[override]
        if endpoint == "sendChatAction":
            data = {**data, "chat_id": 0}  # not negative: the limiter treats it as a private chat
        return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)


def build_application(settings: Settings) -> Application:
    queue = JobQueue.connect(settings.redis_url, prefix=settings.queue_prefix)
    deps = Deps(settings=settings, queue=queue, store=BotStore(queue.redis, settings.queue_prefix),
                metrics=BotMetrics())
    builder = (
        Application.builder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.telegram_api_base_url)
        .base_file_url(settings.telegram_file_base_url)
        .rate_limiter(FloodSafeRateLimiter(max_retries=3))
        .post_init(_post_init)
        .post_stop(_post_stop)
        .post_shutdown(_post_shutdown)
    )
    application = builder.build()
    application.bot_data[DEPS_KEY] = deps
    register_handlers(application)
    return application


def register_handlers(app: Application) -> None:
    app.add_handler(TypeHandler(Update, drop_duplicate_updates), group=-1)

    app.add_handler(CommandHandler("start", commands.start))
    app.add_handler(CommandHandler("help", commands.help_command))
    app.add_handler(CommandHandler("settings", commands.settings_command))
    app.add_handler(CommandHandler("lang", commands.lang_private, _PRIVATE))
    app.add_handler(CommandHandler("lang", groups.lang_group, _GROUPS))
    app.add_handler(CommandHandler("privacy", commands.privacy))
    app.add_handler(CommandHandler("forget", commands.forget))
    app.add_handler(CommandHandler("stats", commands.stats))
    app.add_handler(CommandHandler("autocaption", groups.autocaption, _GROUPS))
    app.add_handler(CommandHandler("caption", groups.caption, _GROUPS))

    app.add_handler(MessageHandler(_PRIVATE & _NEW_MESSAGE & _ANY_MEDIA, photos.private_media))
    app.add_handler(MessageHandler(_GROUPS & _NEW_MESSAGE & (filters.PHOTO | filters.Document.IMAGE), photos.group_media))
    app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, groups.migrated))
    app.add_handler(MessageHandler(_PRIVATE & _NEW_MESSAGE & filters.TEXT & ~filters.COMMAND, commands.text_in_private))
    app.add_handler(ChatMemberHandler(groups.bot_membership, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_handler(CallbackQueryHandler(callbacks.choose_language, pattern=f"^{LANG_CALLBACK_PREFIX}"))

    app.add_error_handler(errors.on_error)


async def drop_duplicate_updates(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Process each update_id once across all replicas: behind a load balancer, or when Telegram
    redelivers after a slow answer, the same update can reach two bots (SET NX with expiry)."""
    deps: Deps = context.bot_data[DEPS_KEY]
    try:
        first = await deps.store.first_sighting("update", update.update_id, deps.settings.update_dedup_seconds)
    except RedisError:
        # Fail open: the handlers meet the same outage and tell the user once; a photo is still
        # deduplicated by its job id.
        log.warning("update dedup unavailable (Redis down)", extra={"update_id": update.update_id})
        return
    if not first:
        log.info("duplicate update dropped", extra={"update_id": update.update_id, "event": "duplicate_update"})
        raise ApplicationHandlerStop


async def _post_init(app: Application) -> None:
    deps: Deps = app.bot_data[DEPS_KEY]
    await _register_commands(app)
    dispatcher = ResultDispatcher(app.bot, deps)
    app.bot_data["dispatcher_task"] = asyncio.create_task(dispatcher.run(), name="result-dispatcher")
    # Last, so /healthz answering means the bot is fully set up.
    if deps.settings.bot_metrics_port:
        app.bot_data["metrics_runner"] = await start_metrics_server(deps.metrics, "0.0.0.0", deps.settings.bot_metrics_port)
    log.info("bot started as @%s", app.bot.username, extra={"event": "started"})


async def _register_commands(app: Application) -> None:
    try:
        await app.bot.set_my_commands(PRIVATE_COMMANDS, scope=BotCommandScopeAllPrivateChats())
        await app.bot.set_my_commands(GROUP_COMMANDS, scope=BotCommandScopeAllGroupChats())
    except TelegramError as exc:  # cosmetic; never block startup on it
        log.warning("setMyCommands failed: %s", exc)


async def _post_stop(app: Application) -> None:
    """Graceful stop, while the Bot API client is still open: read no new results, and let replies
    being sent and albums being collected finish (a reply cut off after its claim would be lost)."""
    deps: Deps = app.bot_data[DEPS_KEY]
    dispatcher_task = app.bot_data.pop("dispatcher_task", None)
    if dispatcher_task is not None:
        dispatcher_task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await dispatcher_task
    finishing = [t for t in deps.background if t.get_name().startswith(("reply-", "album-"))]
    if finishing:
        await asyncio.wait(finishing, timeout=SHUTDOWN_GRACE_S)


async def _post_shutdown(app: Application) -> None:
    deps: Deps = app.bot_data[DEPS_KEY]
    tasks: list[Any] = list(deps.background)
    for task in tasks:
        task.cancel()
    for task in tasks:
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
    runner = app.bot_data.pop("metrics_runner", None)
    if runner is not None:
        await runner.cleanup()
    await deps.queue.close()
