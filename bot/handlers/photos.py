"""Photos and other media, in private chats and (auto-captioning) in groups; albums get one post."""

from __future__ import annotations

import asyncio
import logging

from telegram import Bot, Message, Update
from telegram.ext import ContextTypes

from bot.deps import Deps, get_deps
from bot.handlers.common import requester_of
from bot.submission import Requester, submit_photo

log = logging.getLogger(__name__)


async def private_media(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    deps = get_deps(context)
    deps.metrics.updates.labels("private_media").inc()
    requester = requester_of(message, update.effective_user)
    if message.media_group_id and (message.photo or message.document):
        await collect_album_item(deps, context.bot, message, requester, announce_refusals=True)
        return
    await submit_photo(deps, context.bot, message, requester, announce_refusals=True)


async def group_media(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Auto-captioning (on unless an admin turned it off); media we can't caption is ignored in groups."""
    message = update.effective_message
    deps = get_deps(context)
    deps.metrics.updates.labels("group_media").inc()
    chat_settings = await deps.store.chat_settings(message.chat.id)
    if chat_settings.get("autocaption") == "off":
        return
    requester = requester_of(message, update.effective_user)
    if message.media_group_id:
        await collect_album_item(deps, context.bot, message, requester, announce_refusals=False)
        return
    await submit_photo(deps, context.bot, message, requester, announce_refusals=False)


async def collect_album_item(
    deps: Deps, bot: Bot, message: Message, requester: Requester, *, announce_refusals: bool
) -> None:
    """Telegram sends an album as separate messages sharing `media_group_id`. Every replica records its
    items in Redis; the one that saw the first item waits briefly, then captions the album's first photo."""
    item = {"message": message.to_dict(), "user_id": requester.user_id, "language_code": requester.language_code}
    leader = await deps.store.add_album_item(message.chat.id, str(message.media_group_id), item)
    if leader:
        deps.spawn(
            _post_album(deps, bot, message.chat.id, str(message.media_group_id), announce_refusals),
            f"album-{message.chat.id}-{message.media_group_id}",
        )


async def _post_album(deps: Deps, bot: Bot, chat_id: int, group_id: str, announce_refusals: bool) -> None:
    await asyncio.sleep(deps.settings.album_collect_seconds)
    try:
        items = await deps.store.album_items(chat_id, group_id)
        if not items:
            return
        first = min(items, key=lambda item: item["message"]["message_id"])
        message = Message.de_json(first["message"], bot)
        requester = Requester(first["user_id"], first.get("language_code"))
        await submit_photo(deps, bot, message, requester, announce_refusals=announce_refusals,
                           extra={"album_size": len(items)})
    except Exception:  # a background task has no error handler to fall back on
        log.exception("album post failed", extra={"chat_id": chat_id})
