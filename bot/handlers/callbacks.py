"""Inline-keyboard presses: the /lang language picker (per user in private, per chat in groups)."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot import texts
from bot.deps import get_deps
from bot.handlers.common import LANG_CALLBACK_PREFIX, is_chat_admin
from bot.policy import is_group
from inference.languages import normalise_language


async def choose_language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    code = normalise_language((query.data or "").removeprefix(LANG_CALLBACK_PREFIX))
    if code is None:
        await query.answer()
        return
    store = get_deps(context).store
    chat = query.message.chat if query.message else None
    if chat is not None and is_group(chat.type):
        if not await is_chat_admin(context.bot, chat.id, query.from_user):
            await query.answer(texts.ADMINS_ONLY, show_alert=True)
            return
        await store.set_chat_setting(chat.id, "lang", code)
        done = texts.LANG_SET_GROUP.format(language=texts.language_label(code))
    else:
        await store.set_user_setting(query.from_user.id, "lang", code)
        done = texts.LANG_SET.format(language=texts.language_label(code))
    await query.answer(done)
    if query.message is not None:
        await query.edit_message_text(done)
