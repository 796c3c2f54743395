"""The whole system for end-to-end tests: redis-server, the Bot API stand-in, worker and bot processes.

The worker command is configurable so the same tests can later run the real pipeline:
TASVEER_E2E_PIPELINE=inference.pipeline:load_pipeline (default: the deterministic fake pipeline).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import redis

from inference.contract import Job
from tests.conftest import RedisServer, free_port
from tests.support.bot_process import BotProcess
from tests.support.botapi import BotAPIStandIn, Call
from tests.support.telegram_updates import Chat, Updates, User
from tests.support.worker_process import WorkerProcess

E2E_PIPELINE = os.environ.get("TASVEER_E2E_PIPELINE", "tests.support.fake_pipeline:make_pipeline")
ADMIN_ID = 4242

# Small limits so behaviour shows in a few messages; fast typing refresh so it is observable.
BOT_TEST_ENV = {
    "RATE_LIMIT_USER_PER_MINUTE": "4",
    "RATE_LIMIT_CHAT_PER_MINUTE": "100",
    "BOT_ADMIN_IDS": str(ADMIN_ID),
    "ALBUM_COLLECT_SECONDS": "1.0",
    "TYPING_INTERVAL_SECONDS": "1.0",
    "QUEUE_NOTICE_MIN_AHEAD": "3",
    "LOG_LEVEL": "INFO",
}

_user_ids = iter(range(700_000, 800_000))
_group_ids = iter(range(-1_001_000_000_000, -1_000_000_000_000))


@dataclass
class Stack:
    redis_server: RedisServer
    api: BotAPIStandIn
    workers: list[WorkerProcess]
    bots: list[BotProcess]
    log_dir: Path
    updates: Updates = field(init=False)

    def __post_init__(self) -> None:
        self.updates = Updates(self.api)

    @property
    def bot(self) -> BotProcess:
        return self.bots[0]

    def redis(self) -> redis.Redis:
        return redis.Redis.from_url(self.redis_server.url)

    def new_user(self, language_code: str | None = "en") -> User:
        return User(next(_user_ids), language_code=language_code)

    def new_group(self, forum: bool = False) -> Chat:
        return Chat(next(_group_ids), "supergroup", title="Test group", is_forum=forum)

    def job_exists(self, chat_id: int, message_id: int) -> bool:
        """The queue's idempotency marker: present iff the bot enqueued a job for this message."""
        with contextlib.closing(self.redis()) as r:
            return bool(r.exists(f"tasveer:job:{Job.make_id(chat_id, message_id)}"))

    def jobs_for_chat(self, chat_id: int) -> list[str]:
        with contextlib.closing(self.redis()) as r:
            return sorted(k.decode() for k in r.scan_iter(f"tasveer:job:{chat_id}:*"))

    def wait_post(self, chat_id: int, reply_to: int, timeout: float = 60) -> Call:
        """The post (sendMessage/sendPhoto with the Copy keyboard) replying to message `reply_to`."""
        def is_post(c: Call) -> bool:
            return (
                c.method in ("sendMessage", "sendPhoto") and c.status == 200 and c.chat_id == chat_id
                and (c.params.get("reply_parameters") or {}).get("message_id") == reply_to
                and "reply_markup" in c.params
            )
        return self.api.wait_for(is_post, timeout)[0]

    def sync(self, chat: Chat, user: User) -> None:
        """Barrier: a /settings round trip. Updates are handled in order, so once its answer is out every
        update pushed before it has been fully handled (jobs queued or refused)."""
        def is_settings_reply(c: Call) -> bool:
            return c.method == "sendMessage" and c.chat_id == chat.id and "Caption language" in c.text

        before = len([c for c in self.api.sent("sendMessage", chat.id) if is_settings_reply(c)])
        self.updates.push(self.updates.message(chat, user, text="/settings"))
        self.api.wait_for(is_settings_reply, count=before + 1)

    def logs(self) -> str:
        return "\n".join(p.logs() for p in [*self.bots, *self.workers])


@contextlib.contextmanager
def running_stack(
    log_dir: Path, *, bots: int = 1, mode: str = "polling", workers: int = 1,
    bot_env: dict[str, str] | None = None, redis_server: RedisServer | None = None,
    pipeline: str = E2E_PIPELINE, worker_env: dict[str, str] | None = None,
) -> Iterator[Stack]:
    own_redis = redis_server is None
    if redis_server is None:
        redis_server = RedisServer(port=free_port(), data_dir=log_dir)
        redis_server.start()
    api = BotAPIStandIn().start()
    worker_procs: list[WorkerProcess] = []
    bot_procs: list[BotProcess] = []
    try:
        for i in range(workers):
            worker_procs.append(WorkerProcess(
                redis_server.url, f"e2e-worker-{i}", log_dir / f"worker{i}.log", pipeline=pipeline,
                env={"WORKER_BLOCK_MS": "200", **(worker_env or {})},
            ).start())
        for i in range(bots):
            bot_procs.append(BotProcess(
                api, redis_server.url, log_dir / f"bot{i}.log", mode=mode,
                env={**BOT_TEST_ENV, "BOT_CONSUMER_NAME": f"e2e-bot-{i}", **(bot_env or {})},
            ).start())
        yield Stack(redis_server, api, worker_procs, bot_procs, log_dir)
    finally:
        for proc in bot_procs:
            proc.stop()
        for worker in worker_procs:
            worker.terminate()
        api.stop()
        if own_redis:
            redis_server.stop()
