"""Small helpers several handler modules share: language keyboards, admin checks, the requester."""

from __future__ import annotations

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message, User

from bot import texts
from bot.policy import is_admin_status, supported_codes_text
from bot.submission import Requester
from inference.languages import LANGUAGES, normalise_language

LANG_CALLBACK_PREFIX = "lang:"


def language_keyboard(current: str | None = None) -> InlineKeyboardMarkup:
    """Two languages per row, each labelled with its native name so people find their own script."""
    buttons = []
    for code, lang in LANGUAGES.items():
        label = lang.native_name if lang.native_name == lang.english_name else f"{lang.native_name} · {lang.english_name}"
        if code == current:
            label = f"\u2713 {label}"
        buttons.append(InlineKeyboardButton(label, callback_data=f"{LANG_CALLBACK_PREFIX}{code}"))
    return InlineKeyboardMarkup([buttons[i:i + 2] for i in range(0, len(buttons), 2)])


async def requested_language(message: Message, argument: str) -> str | None:
    """The language code `/lang ARG` asks for; an unknown one gets the list of supported codes and None."""
    code = normalise_language(argument)
    if code is None:
        await message.reply_text(texts.LANG_UNKNOWN.format(code=argument, codes=supported_codes_text()))
    return code


def requester_of(message: Message, user: User | None) -> Requester:
    if user is not None:
        return Requester(user.id, user.language_code)
    # Channel-signed or anonymous-admin posts have no user: the chat itself is the requester.
    return Requester(message.chat.id, None)


async def is_chat_admin(bot: Bot, chat_id: int, user: User | None, sender_chat_id: int | None = None) -> bool:
    """Admins per getChatMember; an anonymous admin posts as the group itself (sender_chat == chat)."""
    if sender_chat_id is not None and sender_chat_id == chat_id:
        return True
    if user is None:
        return False
    member = await bot.get_chat_member(chat_id, user.id)
    return is_admin_status(member.status)
