"""The Redis Streams contract between bot and worker, against a real redis-server."""

from __future__ import annotations

import asyncio
import json

from inference.contract import ERROR_DEAD_LETTER, Job, Result
from inference.queue import BOTS_GROUP, WORKERS_GROUP, JobQueue


def make_job(queue: JobQueue, chat_id: int = 42, message_id: int = 7, **kw) -> Job:
    job_id = Job.make_id(chat_id, message_id)
    return Job(
        job_id=job_id, chat_id=chat_id, message_id=message_id, user_id=9, language="hi",
        image_key=queue.image_key(job_id), **kw,
    )


def test_fields_round_trip_keeps_types_and_ignores_unknown_fields():
    job = Job(
        job_id="-100123:5", chat_id=-100123, message_id=5, user_id=1, language="ta", image_key="k",
        thread_id=None, reply_to_message_id=4, extra={"caption_hint": "மழை", "n": [1, 2]},
    )
    fields = job.to_fields()
    assert all(isinstance(v, str) for v in fields.values())
    raw = {k.encode(): v.encode() for k, v in fields.items()} | {b"added_by_newer_bot": b"1"}
    assert Job.from_fields(raw) == job
    result = Result.failure(job, "bad_image", "Too small")
    assert Result.from_fields(result.to_fields()) == result
    assert result.thread_id is None and result.reply_to_message_id == 4 and not result.ok


async def test_enqueue_is_idempotent_by_job_id(queue):
    job = make_job(queue)
    first = await queue.enqueue(job, b"photo-1")
    again = await queue.enqueue(make_job(queue), b"photo-2")  # redelivered update / double tap
    assert first.created and first.entry_id
    assert not again.created
    assert await queue.redis.xlen(queue.jobs_stream) == 1
    assert await queue.get_bytes(job.image_key) == b"photo-1"
    other = await queue.enqueue(make_job(queue, message_id=8), b"photo-3")
    assert other.created and other.ahead == 1
    assert await queue.queue_depth() == 2


async def test_enqueue_sets_ttls(queue):
    job = make_job(queue)
    await queue.enqueue(job, b"x", ttl_seconds=30)
    assert 0 < await queue.redis.pttl(job.image_key) <= 30_000
    assert 0 < await queue.redis.pttl(queue._marker_key(job.job_id)) <= 30_000


async def test_complete_publishes_acks_and_deletes_atomically_once(queue):
    job = make_job(queue)
    await queue.enqueue(job, b"photo")
    [delivery] = await queue.read_jobs("w1", block_ms=100)
    assert delivery.deliveries == 1 and delivery.job == job

    result = Result.success(job, {"caption": "a cat"})
    assert await queue.complete(delivery, result, restored_png=b"\x89PNG...")
    assert await queue.get_bytes(job.image_key) is None
    assert (await queue.redis.xpending(queue.jobs_stream, WORKERS_GROUP))["pending"] == 0
    assert await queue.queue_depth() == 0
    restored = queue.restored_key(job.job_id)
    assert await queue.get_bytes(restored) == b"\x89PNG..."
    assert 0 < await queue.redis.pttl(restored) <= queue.restored_ttl_seconds * 1000

    # A second worker that had reclaimed the same job finishes later: nothing more is published.
    assert not await queue.complete(delivery, Result.success(job, {"caption": "late"}))
    assert await queue.redis.xlen(queue.results_stream) == 1
    [published] = await queue.read_results("bot1", block_ms=100)
    assert published.result.post == {"caption": "a cat"}
    assert published.result.restored_image_key == restored


async def test_reclaim_takes_over_idle_jobs_and_counts_deliveries(queue):
    job = make_job(queue)
    await queue.enqueue(job, b"photo")
    [first] = await queue.read_jobs("dead-worker", block_ms=100)
    assert await queue.reclaim_stale("w2", min_idle_ms=600_000) == []
    [taken] = await queue.reclaim_stale("w2", min_idle_ms=0)
    assert taken.entry_id == first.entry_id and taken.deliveries == 2 and not taken.exhausted
    [again] = await queue.reclaim_stale("w3", min_idle_ms=0)
    assert again.deliveries == 3 and not again.exhausted
    [last] = await queue.reclaim_stale("w4", min_idle_ms=0)
    assert last.deliveries == 4 and last.exhausted


async def test_resume_own_returns_only_this_consumers_jobs_and_counts_a_delivery(queue):
    await queue.enqueue(make_job(queue, message_id=1), b"a")
    await queue.enqueue(make_job(queue, message_id=2), b"b")
    [mine] = await queue.read_jobs("w1", block_ms=100)
    await queue.read_jobs("w2", block_ms=100)
    [resumed] = await queue.resume_own("w1")
    assert resumed.entry_id == mine.entry_id and resumed.deliveries == 2
    assert [d.deliveries for d in await queue.resume_own("w1")] == [3]
    assert await queue.resume_own("w3") == []


async def test_touch_resets_idle_time_without_counting_a_delivery(queue):
    await queue.enqueue(make_job(queue), b"photo")
    [delivery] = await queue.read_jobs("w1", block_ms=100)
    await asyncio.sleep(0.3)

    async def pending_entry():
        [entry] = await queue.redis.xpending_range(queue.jobs_stream, WORKERS_GROUP, "-", "+", 1)
        return entry

    before = await pending_entry()
    await queue.touch(delivery, "w1")
    after = await pending_entry()
    assert after["time_since_delivered"] < before["time_since_delivered"]
    assert after["times_delivered"] == before["times_delivered"] == 1


async def test_dead_letter_moves_job_and_publishes_error(queue):
    job = make_job(queue)
    await queue.enqueue(job, b"photo")
    [delivery] = await queue.read_jobs("w1", block_ms=100)
    assert await queue.dead_letter(delivery, Result.failure(job, ERROR_DEAD_LETTER))
    [(_, dead)] = await queue.redis.xrange(queue.dead_stream)
    assert json.loads(dead[b"job_id"]) == job.job_id
    assert json.loads(dead[b"reason"]) == "max_deliveries"
    assert await queue.dead_letters() == 1
    assert await queue.get_bytes(job.image_key) is None
    assert await queue.queue_depth() == 0
    [published] = await queue.read_results("bot1", block_ms=100)
    assert not published.result.ok and published.result.error_code == ERROR_DEAD_LETTER
    assert published.result.error_message


async def test_malformed_job_entry_is_dead_lettered_not_returned(queue):
    await queue.redis.xadd(queue.jobs_stream, {"chat_id": "not json"})
    good = make_job(queue)
    await queue.enqueue(good, b"photo")
    deliveries = await queue.read_jobs("w1", count=10, block_ms=100)
    assert [d.job.job_id for d in deliveries] == [good.job_id]
    assert await queue.dead_letters() == 1
    assert await queue.queue_depth() == 1


async def test_claim_reply_is_true_once_across_replicas(redis_server, queue):
    replicas = [JobQueue.connect(redis_server.url) for _ in range(4)]
    try:
        wins = await asyncio.gather(*(r.claim_reply("42:7") for r in replicas for _ in range(5)))
        assert sum(wins) == 1
        assert not await queue.claim_reply("42:7")
        await queue.release_reply("42:7")
        assert await queue.claim_reply("42:7")
    finally:
        for r in replicas:
            await r.close()


async def test_results_left_by_a_dead_bot_replica_are_taken_over(redis_server, queue):
    job = make_job(queue)
    await queue.enqueue(job, b"photo")
    [delivery] = await queue.read_jobs("w1", block_ms=100)
    await queue.complete(delivery, Result.success(job, {"caption": "x"}))
    [read] = await queue.read_results("bot-dead", block_ms=100)  # read, then the replica dies: no ack

    other = JobQueue.connect(redis_server.url, result_reclaim_idle_ms=0, result_reclaim_interval_s=0)
    try:
        [taken] = await other.read_results("bot-alive", block_ms=100)
        assert taken.entry_id == read.entry_id
        await other.ack_result(taken.entry_id)
        assert await other.read_results("bot-alive", block_ms=100) == []
        assert (await other.redis.xpending(other.results_stream, BOTS_GROUP))["pending"] == 0
    finally:
        await other.close()


async def test_groups_are_recreated_when_redis_lost_them(queue):
    await queue.redis.flushall()
    assert await queue.read_jobs("w1", block_ms=100) == []  # NOGROUP → groups recreated
    job = make_job(queue)
    await queue.enqueue(job, b"photo")
    [delivery] = await queue.read_jobs("w1", block_ms=100)
    assert delivery.job == job


async def test_remove_consumer_only_when_it_holds_no_job(queue):
    await queue.enqueue(make_job(queue), b"photo")
    [delivery] = await queue.read_jobs("w1", block_ms=100)
    assert not await queue.remove_consumer_if_idle("w1")
    await queue.complete(delivery, Result.success(delivery.job, {}))
    assert await queue.remove_consumer_if_idle("w1")
