"""Group and supergroup behaviour: admin-only settings, /caption on a reply, migrations, being added."""

from __future__ import annotations

import logging

from telegram import ChatMemberUpdated, Update
from telegram.constants import ChatMemberStatus
from telegram.ext import ContextTypes

from bot import texts
from bot.deps import get_deps
from bot.handlers.common import is_chat_admin, language_keyboard, requested_language, requester_of
from bot.policy import is_group, parse_on_off
from bot.submission import submit_photo

log = logging.getLogger(__name__)


async def _sender_is_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    message = update.effective_message
    sender_chat = message.sender_chat.id if message.sender_chat else None
    if await is_chat_admin(context.bot, message.chat.id, update.effective_user, sender_chat):
        return True
    await message.reply_text(texts.ADMINS_ONLY)
    return False


async def autocaption(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    choice = parse_on_off(context.args or [])
    if choice is None:
        await message.reply_text(texts.AUTOCAPTION_USAGE)
        return
    if not await _sender_is_admin(update, context):
        return
    await get_deps(context).store.set_chat_setting(message.chat.id, "autocaption", "on" if choice else "off")
    await message.reply_text(texts.AUTOCAPTION_SET.format(state=texts.ON if choice else texts.OFF))


async def lang_group(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if not await _sender_is_admin(update, context):
        return
    store = get_deps(context).store
    if not context.args:
        current = (await store.chat_settings(message.chat.id)).get("lang")
        await message.reply_text(texts.LANG_CHOOSE_GROUP, reply_markup=language_keyboard(current))
        return
    code = await requested_language(message, context.args[0])
    if code is None:
        return
    await store.set_chat_setting(message.chat.id, "lang", code)
    await message.reply_text(texts.LANG_SET_GROUP.format(language=texts.language_label(code)))


async def caption(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """`/caption` as a reply to a photo captions that photo, even with auto-captioning off."""
    message = update.effective_message
    target = message.reply_to_message
    if target is None or not (target.photo or target.document):
        await message.reply_text(texts.CAPTION_USAGE)
        return
    deps = get_deps(context)
    await submit_photo(deps, context.bot, target, requester_of(message, update.effective_user),
                       announce_refusals=True, on_duplicate=texts.CAPTION_ALREADY)


async def migrated(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A group became a supergroup (new chat id): carry its settings over. Both service messages (in
    the old and the new chat) may arrive; copying is idempotent."""
    message = update.effective_message
    if message.migrate_to_chat_id:
        old, new = message.chat.id, message.migrate_to_chat_id
    elif message.migrate_from_chat_id:
        old, new = message.migrate_from_chat_id, message.chat.id
    else:
        return
    await get_deps(context).store.migrate_chat(old, new)
    log.info("chat migrated %s -> %s", old, new, extra={"chat_id": new, "event": "migrated"})


async def bot_membership(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say hello (and how to enable photo access) when the bot is added to a group."""
    change: ChatMemberUpdated = update.my_chat_member
    if not is_group(change.chat.type):
        return
    was_in = change.old_chat_member.status in (ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR)
    now_in = change.new_chat_member.status in (ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR)
    if now_in and not was_in:
        await context.bot.send_message(change.chat.id, texts.GROUP_WELCOME)
