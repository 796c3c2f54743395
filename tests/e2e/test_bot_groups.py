"""End to end in groups, supergroups and forum topics: auto-captioning, admin-only settings, /caption,
albums, group→supergroup migration. Real bot + worker + Redis + Bot API stand-in."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from bot import texts
from tests.support.stack import Stack, running_stack
from tests.support.telegram_updates import Chat, User, image_bytes

ANONYMOUS_ADMIN_BOT = User(1087968824, first_name="Group", language_code=None, username="GroupAnonymousBot")


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    with running_stack(tmp_path_factory.mktemp("e2e-groups"), bot_env={"RATE_LIMIT_CHAT_PER_MINUTE": "5"}) as s:
        yield s


def group_with_admin(stack: Stack, forum: bool = False) -> tuple[Chat, User, User]:
    chat = stack.new_group(forum)
    admin, member = stack.new_user(), stack.new_user()
    stack.api.set_member_status(chat.id, admin.id, "administrator")
    stack.api.set_member_status(chat.id, member.id, "member")
    return chat, admin, member


def test_group_photo_is_auto_captioned(stack: Stack) -> None:
    chat, _, member = group_with_admin(stack)
    msg = stack.updates.photo_message(chat, member, image_bytes(color=(10, 200, 10)))
    stack.updates.push(msg)
    post = stack.wait_post(chat.id, msg["message_id"])
    assert "#0ac80a" in post.text
    assert "message_thread_id" not in post.params


def test_forum_topic_reply_lands_in_the_same_topic(stack: Stack) -> None:
    chat, _, member = group_with_admin(stack, forum=True)
    msg = stack.updates.photo_message(chat, member, image_bytes(), thread_id=77)
    stack.updates.push(msg)
    post = stack.wait_post(chat.id, msg["message_id"])
    assert post.params["message_thread_id"] == 77
    # The indicator runs in the background, so it may land just after a fast reply: wait for it.
    actions = stack.api.wait_for(lambda c: c.method == "sendChatAction" and c.chat_id == chat.id)
    assert all(a.params["message_thread_id"] == 77 for a in actions)


def test_autocaption_toggle_is_admin_only(stack: Stack) -> None:
    chat, admin, member = group_with_admin(stack)
    stack.updates.push(stack.updates.message(chat, member, text="/autocaption off"))
    stack.api.wait_for_message(chat.id, texts.ADMINS_ONLY)
    assert stack.redis().hget(f"tasveer:bot:chat:{chat.id}", "autocaption") is None

    stack.updates.push(stack.updates.message(chat, admin, text="/autocaption@TasveerTestBot off"))
    stack.api.wait_for_message(chat.id, texts.AUTOCAPTION_SET.format(state="off"))

    quiet = stack.updates.photo_message(chat, member, image_bytes())
    stack.updates.push(quiet)
    stack.sync(chat, member)
    assert not stack.job_exists(chat.id, quiet["message_id"])  # auto-captioning really is off

    # /caption as a reply still captions that one photo.
    stack.updates.push(stack.updates.message(chat, member, text="/caption", reply_to=quiet))
    stack.wait_post(chat.id, quiet["message_id"])


def test_anonymous_admin_can_change_settings(stack: Stack) -> None:
    chat, _, member = group_with_admin(stack)
    stack.updates.push(stack.updates.message(chat, ANONYMOUS_ADMIN_BOT, text="/autocaption off", sender_chat=chat))
    stack.api.wait_for_message(chat.id, texts.AUTOCAPTION_SET.format(state="off"))
    assert stack.redis().hget(f"tasveer:bot:chat:{chat.id}", "autocaption") == b"off"


def test_group_language_by_admin_command_with_bot_name(stack: Stack) -> None:
    chat, admin, member = group_with_admin(stack)
    stack.updates.push(stack.updates.message(chat, member, text="/lang@TasveerTestBot ta"))
    stack.api.wait_for_message(chat.id, texts.ADMINS_ONLY)
    stack.updates.push(stack.updates.message(chat, admin, text="/lang@TasveerTestBot hi"))
    stack.api.wait_for_message(chat.id, "This group's captions will be in")
    msg = stack.updates.photo_message(chat, member, image_bytes())
    stack.updates.push(msg)
    assert stack.wait_post(chat.id, msg["message_id"]).text.startswith("[hi] ")


def test_group_language_keyboard_refuses_non_admin_presses(stack: Stack) -> None:
    chat, admin, member = group_with_admin(stack)
    stack.updates.push(stack.updates.message(chat, admin, text="/lang"))
    stack.api.wait_for_message(chat.id, texts.LANG_CHOOSE_GROUP)
    menu = {"message_id": 999_002, "date": int(time.time()), "chat": chat.to_dict(), "text": texts.LANG_CHOOSE_GROUP}
    stack.api.push_update(stack.updates.callback_query(member, menu, "lang:bn"))
    refusal = stack.api.wait_for(lambda c: c.method == "answerCallbackQuery" and c.params.get("text") == texts.ADMINS_ONLY)
    assert refusal[0].params.get("show_alert") is True
    assert stack.redis().hget(f"tasveer:bot:chat:{chat.id}", "lang") is None
    stack.api.push_update(stack.updates.callback_query(admin, menu, "lang:bn"))
    stack.api.wait_for(lambda c: c.method == "editMessageText" and c.chat_id == chat.id)
    assert stack.redis().hget(f"tasveer:bot:chat:{chat.id}", "lang") == b"bn"


def test_album_gets_one_post(stack: Stack) -> None:
    chat, _, member = group_with_admin(stack)
    album = [
        stack.updates.photo_message(chat, member, image_bytes(color=(i * 60, 20, 20)), media_group_id="album-1")
        for i in range(3)
    ]
    for msg in album:
        stack.updates.push(msg)
    post = stack.wait_post(chat.id, album[0]["message_id"])  # the album's first photo gets the post
    assert "#tasveer" in post.text
    stack.sync(chat, member)
    assert stack.jobs_for_chat(chat.id) == [f"tasveer:job:{chat.id}:{album[0]['message_id']}"]


def test_private_album_gets_one_post(stack: Stack) -> None:
    user = stack.new_user()
    chat = Chat(user.id)
    album = [stack.updates.photo_message(chat, user, image_bytes(), media_group_id="album-p") for _ in range(2)]
    for msg in album:
        stack.updates.push(msg)
    stack.wait_post(chat.id, album[0]["message_id"])
    stack.sync(chat, user)
    assert len(stack.jobs_for_chat(chat.id)) == 1


def test_group_to_supergroup_migration_keeps_settings(stack: Stack) -> None:
    old = Chat(-4_000_000 - stack.new_user().id % 1000, "group", title="Old group")
    new = stack.new_group()
    admin, member = stack.new_user(), stack.new_user()
    stack.api.set_member_status(old.id, admin.id, "creator")
    stack.updates.push(stack.updates.message(old, admin, text="/lang ta"))
    stack.api.wait_for_message(old.id, "This group's captions will be in")
    stack.updates.push(stack.updates.message(old, admin, text="/autocaption off"))
    stack.api.wait_for_message(old.id, texts.AUTOCAPTION_SET.format(state="off"))

    stack.updates.push(stack.updates.message(old, admin, migrate_to_chat_id=new.id))
    stack.updates.push(stack.updates.message(new, None, sender_chat=new, migrate_from_chat_id=old.id))
    stack.updates.push(stack.updates.message(new, member, text="/settings"))
    settings = stack.api.wait_for_message(new.id, "Caption language for this group")
    assert "தமிழ்" in settings.text and "Auto-captioning: off" in settings.text


def test_bot_added_to_group_explains_privacy_mode(stack: Stack) -> None:
    chat = stack.new_group()
    adder = stack.new_user()
    bot_user = {"id": stack.api.bot_id, "is_bot": True, "first_name": "Tasveer", "username": stack.api.username}
    stack.api.push_update({"my_chat_member": {
        "chat": chat.to_dict(), "from": adder.to_dict(), "date": int(time.time()),
        "old_chat_member": {"status": "left", "user": bot_user},
        "new_chat_member": {"status": "member", "user": bot_user},
    }})
    stack.api.wait_for_message(chat.id, "privacy mode")


def test_stickers_in_groups_are_ignored_quietly(stack: Stack) -> None:
    chat, _, member = group_with_admin(stack)
    stack.updates.push(stack.updates.sticker_message(chat, member))
    stack.sync(chat, member)
    assert [c.text for c in stack.api.sent("sendMessage", chat.id) if texts.STICKER in c.text] == []


def test_per_chat_rate_limit_in_groups(stack: Stack) -> None:
    chat, _, _ = group_with_admin(stack)
    users = [stack.new_user() for _ in range(3)]  # each under the per-user limit of 4
    photos = [stack.updates.photo_message(chat, users[i % 3], image_bytes(color=(i, 0, 0))) for i in range(7)]
    for msg in photos:
        stack.updates.push(msg)
    stack.sync(chat, users[0])
    warnings = [c for c in stack.api.sent("sendMessage", chat.id) if c.text == texts.SLOW_DOWN_GROUP]
    assert len(warnings) == 1 and warnings[0].params["reply_parameters"]["message_id"] == photos[5]["message_id"]
    assert [stack.job_exists(chat.id, m["message_id"]) for m in photos] == [True] * 5 + [False] * 2


def test_reply_follows_a_group_that_became_a_supergroup_meanwhile(stack: Stack) -> None:
    old = Chat(-4_100_000 - stack.new_user().id % 1000, "group", title="Upgrading group")
    new = stack.new_group()
    member = stack.new_user()
    stack.api.fail_next("sendMessage", 400, "Bad Request: group chat was upgraded to a supergroup chat",
                        chat_id=old.id, parameters={"migrate_to_chat_id": new.id})
    msg = stack.updates.photo_message(old, member, image_bytes())
    stack.updates.push(msg)
    post = stack.wait_post(new.id, msg["message_id"])  # ChatMigrated: resent to the new chat id
    assert "#tasveer" in post.text


def test_caption_without_a_photo_explains_itself_and_group_help(stack: Stack) -> None:
    chat, _, member = group_with_admin(stack)
    stack.updates.push(stack.updates.message(chat, member, text="/caption"))
    stack.api.wait_for_message(chat.id, texts.CAPTION_USAGE)
    stack.updates.push(stack.updates.message(chat, member, text="/help@TasveerTestBot"))
    stack.api.wait_for_message(chat.id, "privacy mode off with @BotFather")
