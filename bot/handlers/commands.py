"""Commands for everyone, mostly in private chats: /start /help /settings /lang /privacy /forget /stats."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot import texts
from bot.deps import get_deps
from bot.handlers.common import language_keyboard, requested_language
from bot.policy import choose_language, is_group


async def _user_language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    user = update.effective_user
    settings = await get_deps(context).store.user_settings(user.id)
    return choose_language(chat_type="private", user_language=settings.get("lang"), chat_language=None,
                           telegram_code=user.language_code)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if is_group(update.effective_chat.type):
        await update.effective_message.reply_text(texts.HELP_GROUP)
        return
    language = await _user_language(update, context)
    await update.effective_message.reply_text(texts.START.format(language=texts.language_label(language)))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    group = is_group(update.effective_chat.type)
    await update.effective_message.reply_text(texts.HELP_GROUP if group else texts.HELP_PRIVATE)


async def settings_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    chat = update.effective_chat
    if is_group(chat.type):
        chat_settings = await get_deps(context).store.chat_settings(chat.id)
        language = chat_settings.get("lang") or "en"
        autocaption = texts.OFF if chat_settings.get("autocaption") == "off" else texts.ON
        text = texts.SETTINGS_GROUP.format(language=texts.language_label(language), autocaption=autocaption)
    else:
        text = texts.SETTINGS_PRIVATE.format(language=texts.language_label(await _user_language(update, context)))
    await update.effective_message.reply_text(text)


async def lang_private(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """`/lang` shows the keyboard; `/lang ta` sets it directly; an unknown code lists the supported ones."""
    message = update.effective_message
    if not context.args:
        current = await _user_language(update, context)
        await message.reply_text(texts.LANG_CHOOSE, reply_markup=language_keyboard(current))
        return
    code = await requested_language(message, context.args[0])
    if code is None:
        return
    await get_deps(context).store.set_user_setting(update.effective_user.id, "lang", code)
    await message.reply_text(texts.LANG_SET.format(language=texts.language_label(code)))


async def privacy(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_text(texts.PRIVACY)


async def forget(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await get_deps(context).store.forget_user(update.effective_user.id)
    await update.effective_message.reply_text(texts.FORGOTTEN)


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    deps = get_deps(context)
    if update.effective_user is None or update.effective_user.id not in deps.settings.bot_admin_ids:
        await update.effective_message.reply_text(texts.OWNER_ONLY)
        return
    counters = await deps.store.counters()
    depth = await deps.queue.queue_depth()
    await update.effective_message.reply_text(texts.STATS.format(
        depth=depth, photos=counters.get("photos", 0), posts=counters.get("posts", 0),
        failed=counters.get("failed", 0), refused=counters.get("refused", 0),
    ))


async def text_in_private(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_text(texts.SEND_A_PHOTO)
