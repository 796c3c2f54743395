"""Every user-visible string the bot sends, in one place (English UI; posts themselves are multilingual)."""

from __future__ import annotations

from inference.languages import LANGUAGES


def language_label(code: str) -> str:
    lang = LANGUAGES.get(code)
    if lang is None:
        return code
    return lang.english_name if lang.native_name == lang.english_name else f"{lang.native_name} ({lang.english_name})"


START = (
    "Hi! I'm Tasveer. Send me a photo and I'll write a post for it: a caption in your language, "
    "the English caption, and hashtags ready to paste.\n\n"
    "Your language is {language}. Change it with /lang. See /help for everything I can do."
)
HELP_PRIVATE = (
    "Send a photo (or an image file: JPEG, PNG, WebP, HEIC) and I'll reply with a post.\n\n"
    "/lang — choose the caption language (e.g. /lang ta)\n"
    "/settings — your current settings\n"
    "/privacy — what I store and for how long\n"
    "/forget — delete everything I store about you\n"
    "/help — this message"
)
HELP_GROUP = (
    "In groups I write a post for every photo (auto-captioning is on by default).\n"
    "For that I need to see messages: make me an admin, or turn privacy mode off with @BotFather.\n\n"
    "/caption — reply to a photo with this to caption it\n"
    "/autocaption on|off — admins only: caption every photo automatically\n"
    "/lang xx — admins only: the group's caption language\n"
    "/settings — this group's settings"
)
GROUP_WELCOME = (
    "Thanks for adding me! I'll reply to photos here with a ready-to-paste post.\n"
    "If I don't react to photos, make me an admin or turn off privacy mode in @BotFather. "
    "Admins can turn this off with /autocaption off."
)
SETTINGS_PRIVATE = "Caption language: {language}\nChange it with /lang."
SETTINGS_GROUP = "Caption language for this group: {language}\nAuto-captioning: {autocaption}"
ON, OFF = "on", "off"

LANG_CHOOSE = "Choose the language for your captions:"
LANG_CHOOSE_GROUP = "Choose the caption language for this group:"
LANG_SET = "Done! Captions will be in {language}."
LANG_SET_GROUP = "Done! This group's captions will be in {language}."
LANG_UNKNOWN = "I don't know the language code \u201c{code}\u201d. Supported codes:\n{codes}"

AUTOCAPTION_USAGE = "Use /autocaption on or /autocaption off."
AUTOCAPTION_SET = "Auto-captioning is now {state} in this group."
ADMINS_ONLY = "Only group admins can change this group's settings."
CAPTION_USAGE = "Reply to a photo with /caption and I'll write a post for it."
CAPTION_ALREADY = "I'm already on it (or done) for that photo."

PRIVACY = (
    "What I store, and for how long:\n"
    "\u2022 Your photo: kept only while it is being captioned, at most 1 hour, then deleted.\n"
    "\u2022 Your language choice: until you change it or send /forget.\n"
    "\u2022 Group settings (language, auto-captioning): until an admin changes them.\n"
    "\u2022 Counters used to stop floods: about a minute.\n"
    "I don't keep your captions, and I never log photo contents."
)
FORGOTTEN = "Done. I deleted your settings; your language is back to the default."
STATS = (
    "Queue depth: {depth}\nPhotos received: {photos}\nPosts sent: {posts}\nFailed jobs: {failed}\n"
    "Refused inputs: {refused}"
)
OWNER_ONLY = "That command is only for the bot's owner."

QUEUED = "Queued — {ahead} photos ahead of yours. I'll reply as soon as it's done."
SLOW_DOWN = "Slow down a little! You're sending photos faster than I can caption them. Try again in a minute."
SLOW_DOWN_GROUP = "Slow down a little! This group is sending photos faster than I can caption them."

NOT_AN_IMAGE = "That file isn't an image I can read. Please send a photo (JPEG, PNG, WebP or HEIC)."
STICKER = "Stickers can't be captioned. Please send a photo instead."
VIDEO = "I can only caption still photos, not videos or GIFs. Please send a photo."
TOO_LARGE = "That photo is larger than 20 MB. Please send a smaller one."
TOO_MANY_PIXELS = "That image has too many pixels (over 50 megapixels). Please send a smaller photo."
TOO_SMALL = "That image is too small to caption (under {min_side} pixels on a side)."
ANIMATED = "Animated images can't be captioned yet. Please send a still photo."
UNREADABLE = (
    "I couldn't read that image: it looks damaged or isn't a photo format I know (JPEG, PNG, WebP, HEIC)."
)
DOWNLOAD_FAILED = "I couldn't download that photo from Telegram. Please send it again."

BUSY = "I'm having trouble reaching my captioning service right now. Please try again in a minute."
ERROR_GENERIC = "Sorry, something went wrong on my side. Please try again."

COPY_POST = "\U0001F4CB Copy post"
COPY_CAPTION = "\U0001F4CB Copy caption"
COPY_HASHTAGS = "\U0001F4CB Copy hashtags"
RESTORED_NOTE = "I repaired some damage in your photo first."
SEND_A_PHOTO = "Send me a photo and I'll write a post for it. /help shows everything I can do."
