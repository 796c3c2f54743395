"""The one error handler: log with context (never the token or photo bytes) and tell the user something useful."""

from __future__ import annotations

import contextlib
import logging

from redis.exceptions import RedisError
from telegram import Update
from telegram.error import Forbidden, TelegramError
from telegram.ext import ContextTypes

from bot import texts
from bot.deps import get_deps

log = logging.getLogger(__name__)


def user_message_for(error: BaseException) -> str | None:
    """What to tell the user for an unhandled error, or None when there is nobody to tell."""
    if isinstance(error, Forbidden):
        return None  # blocked by the user / kicked from the chat
    if isinstance(error, RedisError | OSError):
        return texts.BUSY
    return texts.ERROR_GENERIC


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("unhandled error while handling an update: %s", type(error).__name__,
              exc_info=error, extra={"update_id": update_id, "event": "handler_error"})
    with contextlib.suppress(KeyError):
        get_deps(context).metrics.updates.labels("error").inc()
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    text = user_message_for(error) if error else None
    if text is None:
        return
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(text, show_alert=True)
        elif update.effective_message is not None:
            await update.effective_message.reply_text(text)
    except TelegramError:
        log.info("could not tell the user about the error", extra={"update_id": update_id})
