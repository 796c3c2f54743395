"""Restarts: Redis restarted under a running bot (it reconnects and carries on), and a restarted bot
keeps every user's and chat's settings (they live in Redis)."""

from __future__ import annotations

import time

import pytest

from bot import texts
from tests.support.bot_process import BotProcess
from tests.support.stack import E2E_PIPELINE, running_stack
from tests.support.telegram_updates import image_bytes, private_chat
from tests.support.worker_process import WorkerProcess

pytestmark = pytest.mark.slow


def test_redis_restart_then_bot_restart(redis_server, tmp_path) -> None:
    with running_stack(tmp_path, redis_server=redis_server, bot_env={"RATE_LIMIT_USER_PER_MINUTE": "100"}) as stack:
        user = stack.new_user("en")
        chat = private_chat(user)
        stack.updates.push(stack.updates.message(chat, user, text="/lang ta"))
        stack.api.wait_for_message(chat.id, "Captions will be in")
        first = stack.updates.photo_message(chat, user, image_bytes())
        stack.updates.push(first)
        assert stack.wait_post(chat.id, first["message_id"]).text.startswith("[ta] ")

        # While Redis is down the user hears that we're busy (nothing crashes)...
        redis_server.stop()
        during = stack.updates.photo_message(chat, user, image_bytes(color=(4, 5, 6)))
        stack.updates.push(during)
        stack.api.wait_for_message(chat.id, texts.BUSY, timeout=60)
        # ...and once it is back, the bot carries on without a restart.
        redis_server.start()

        after = stack.updates.photo_message(chat, user, image_bytes(color=(1, 2, 3)))
        stack.updates.push(after)
        post = stack.wait_post(chat.id, after["message_id"], timeout=90)
        assert post.text.startswith("[ta] ")  # reconnected, and the setting survived the restart
        assert stack.bot.alive

        # Stopping mid-reply (here: waiting out a 429) finishes that reply before exiting.
        stack.api.fail_next("sendMessage", 429, "Too Many Requests: retry after 2", retry_after=2, chat_id=chat.id)
        slow = stack.updates.photo_message(chat, user, image_bytes(color=(7, 7, 7)))
        stack.updates.push(slow)
        stack.api.wait_for(lambda c: c.method == "sendMessage" and c.chat_id == chat.id and c.status == 429)
        assert stack.bot.stop() == 0
        assert stack.wait_post(chat.id, slow["message_id"], timeout=0.1)  # already sent when it exited

        # A new bot process (same Redis) still knows the user's language.
        stack.bots[0] = BotProcess(stack.api, redis_server.url, tmp_path / "bot-restarted.log",
                                   env=dict(stack.bot.env)).start()
        third = stack.updates.photo_message(chat, user, image_bytes(color=(9, 9, 9)))
        stack.updates.push(third)
        assert stack.wait_post(chat.id, third["message_id"]).text.startswith("[ta] ")


def test_long_queue_notice_typing_refresh_and_a_late_worker(tmp_path) -> None:
    """No worker at first: photos wait in the queue (the 4th hears "3 ahead"), "typing" is refreshed
    while they wait, and a worker started later answers every one of them."""
    with running_stack(tmp_path, workers=0) as stack:
        user = stack.new_user()
        chat = private_chat(user)
        photos = [stack.updates.photo_message(chat, user, image_bytes(color=(i, i, i))) for i in range(4)]
        for msg in photos:
            stack.updates.push(msg)
        notice = stack.api.wait_for_message(chat.id, "Queued")
        assert notice.text == texts.QUEUED.format(ahead=3)
        assert notice.params["reply_parameters"]["message_id"] == photos[3]["message_id"]
        # TYPING_INTERVAL_SECONDS=1 in tests: the indicator is refreshed while nothing can answer, and
        # it is one indicator for the chat, not one per waiting photo.
        actions = stack.api.wait_for(lambda c: c.method == "sendChatAction" and c.chat_id == chat.id, count=3)
        assert actions[2].at - actions[0].at >= 1.0

        stack.workers.append(WorkerProcess(stack.redis_server.url, "late-worker", tmp_path / "late.log",
                                           pipeline=E2E_PIPELINE).start())
        for msg in photos:
            stack.wait_post(chat.id, msg["message_id"])
        # The "still waiting" markers (which keep typing alive) are cleared once each post is out.
        r = stack.redis()
        deadline = time.monotonic() + 30
        while any(r.exists(f"tasveer:bot:pending:{chat.id}:{m['message_id']}") for m in photos):
            assert time.monotonic() < deadline, "pending markers were not cleared"
            time.sleep(0.05)
