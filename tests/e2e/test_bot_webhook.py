"""Webhook mode with two bot replicas behind an imaginary load balancer: secret-token check (403, nothing
queued), duplicate update_ids dropped across replicas, every result answered exactly once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.bot_process import BotProcess
from tests.support.stack import Stack, running_stack
from tests.support.telegram_updates import Chat, User, image_bytes, private_chat


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    with running_stack(tmp_path_factory.mktemp("e2e-webhook"), bots=2, mode="webhook") as s:
        yield s


def as_update(stack: Stack, message: dict) -> dict:
    return {"update_id": stack.api.next_update_id(), "message": message}


def barrier(stack: Stack, chat: Chat, user: User) -> None:
    """A /settings round trip through each replica: each handles its updates in order."""
    for bot in stack.bots:
        before = len([c for c in stack.api.sent("sendMessage", chat.id) if "Caption language" in c.text])
        assert bot.post_update(as_update(stack, stack.updates.message(chat, user, text="/settings"))) == 200
        stack.api.wait_for(lambda c: c.method == "sendMessage" and c.chat_id == chat.id
                           and "Caption language" in c.text, count=before + 1)


def test_webhook_registered_with_secret(stack: Stack) -> None:
    hook = stack.api.webhook
    assert hook is not None
    assert hook["url"] == stack.bots[-1].webhook_url
    assert hook["secret_token"] == stack.bot.webhook_secret


@pytest.mark.parametrize("secret", [None, "wrong-secret"], ids=["missing", "wrong"])
def test_requests_without_the_secret_get_403_and_queue_nothing(stack: Stack, secret) -> None:
    user = stack.new_user()
    chat = private_chat(user)
    msg = stack.updates.photo_message(chat, user, image_bytes())
    assert stack.bot.post_update(as_update(stack, msg), secret=secret) == 403
    barrier(stack, chat, user)
    assert not stack.job_exists(chat.id, msg["message_id"])
    assert stack.api.sent("getFile") == [] or all(
        c.params["file_id"] not in {p["file_id"] for p in msg["photo"]} for c in stack.api.sent("getFile")
    )


def test_same_update_to_both_replicas_is_handled_once(stack: Stack) -> None:
    user = stack.new_user()
    chat = private_chat(user)
    start = as_update(stack, stack.updates.message(chat, user, text="/start"))
    photo = as_update(stack, stack.updates.photo_message(chat, user, image_bytes()))
    for update in (start, photo):
        for bot in stack.bots:
            assert bot.post_update(update) == 200  # acknowledged either way, so Telegram stops resending
    stack.wait_post(chat.id, photo["message"]["message_id"])
    barrier(stack, chat, user)
    starts = [c for c in stack.api.sent("sendMessage", chat.id) if "I'm Tasveer" in c.text]
    posts = [c for c in stack.api.sent("sendMessage", chat.id) if "reply_markup" in c.params]
    assert len(starts) == 1 and len(posts) == 1
    assert "duplicate update dropped" in stack.logs()


def test_each_result_is_answered_once_whichever_replica_reads_it(stack: Stack) -> None:
    user = stack.new_user()
    chat = private_chat(user)
    photos = [stack.updates.photo_message(chat, user, image_bytes(color=(i * 50, 9, 9))) for i in range(4)]
    bots: list[BotProcess] = stack.bots
    for i, msg in enumerate(photos):
        assert bots[i % 2].post_update(as_update(stack, msg)) == 200
    for msg in photos:
        stack.wait_post(chat.id, msg["message_id"])
    barrier(stack, chat, user)
    replied_to = [c.params["reply_parameters"]["message_id"] for c in stack.api.sent("sendMessage", chat.id)
                  if "reply_markup" in c.params]
    assert sorted(replied_to) == sorted(m["message_id"] for m in photos)  # one post per photo, no doubles
