"""The worker loop in-process (real Redis, fake pipeline): the paths that don't need a process to die."""

from __future__ import annotations

import asyncio
import os

from inference.contract import ERROR_DEAD_LETTER, ERROR_IMAGE_EXPIRED, Job
from inference.queue import WORKERS_GROUP, JobQueue
from inference.settings import WorkerSettings
from inference.worker import Worker
from tests.support.fake_pipeline import MeanColourPipeline, flat_photo


def make_worker(queue: JobQueue, delay_s: float = 0.0, **settings) -> Worker:
    config = WorkerSettings(
        redis_url="unused", metrics_port=0, worker_consumer="w-test", worker_block_ms=100, **settings
    )
    return Worker(queue, lambda: MeanColourPipeline(delay_s), config)


async def enqueue(queue: JobQueue, message_id: int, data: bytes) -> Job:
    job_id = Job.make_id(77, message_id)
    job = Job(job_id=job_id, chat_id=77, message_id=message_id, user_id=1, language="en",
              image_key=queue.image_key(job_id))
    await queue.enqueue(job, data)
    return job


async def test_expired_photo_gets_a_friendly_error(queue):
    job = await enqueue(queue, 1, flat_photo(1)[0])
    await queue.delete_bytes(job.image_key)  # what the TTL does to a job that waited too long
    worker = make_worker(queue)
    await worker._load_pipeline()
    [delivery] = await queue.read_jobs("w-test", block_ms=100)
    await worker.handle(delivery)
    [published] = await queue.read_results("bot", block_ms=100)
    assert published.result.error_code == ERROR_IMAGE_EXPIRED and "send it again" in published.result.error_message


async def test_exhausted_delivery_is_dead_lettered_without_running_the_pipeline(queue):
    job = await enqueue(queue, 2, flat_photo(2)[0])
    await queue.read_jobs("crashed-1", block_ms=100)
    for name in ("crashed-2", "crashed-3"):
        await queue.reclaim_stale(name, min_idle_ms=0)
    [delivery] = await queue.reclaim_stale("w-test", min_idle_ms=0)
    worker = make_worker(queue)
    await worker._load_pipeline()
    await worker.handle(delivery)
    [published] = await queue.read_results("bot", block_ms=100)
    assert published.result.job_id == job.job_id and published.result.error_code == ERROR_DEAD_LETTER
    assert await queue.dead_letters() == 1
    assert worker.metrics.dead_letters._value.get() == 1


async def test_heartbeat_keeps_a_slow_job_from_being_reclaimed(queue):
    # The job runs for 3 s with a 1.5 s reclaim threshold: only the heartbeat keeps it ours.
    await enqueue(queue, 3, flat_photo(3)[0])
    worker = make_worker(queue, delay_s=3.0, job_reclaim_idle_seconds=1.5)
    await worker._load_pipeline()
    [delivery] = await queue.read_jobs("w-test", block_ms=100)
    running = asyncio.create_task(worker.handle(delivery))
    stolen = []
    while not running.done():
        stolen += await queue.reclaim_stale("thief", min_idle_ms=1500)
        await asyncio.sleep(0.1)
    await running
    assert stolen == []
    [published] = await queue.read_results("bot", block_ms=100)
    assert published.result.ok


async def test_stop_request_lets_the_current_job_finish(queue):
    job = await enqueue(queue, 4, flat_photo(4)[0])
    worker = make_worker(queue, delay_s=1.0)
    running = asyncio.create_task(worker.run())
    while (await queue.redis.xpending(queue.jobs_stream, WORKERS_GROUP))["pending"] == 0:
        await asyncio.sleep(0.02)
    worker.request_stop()
    await asyncio.wait_for(running, timeout=60)
    [published] = await queue.read_results("bot", block_ms=100)
    assert published.result.job_id == job.job_id and published.result.ok
    assert await queue.queue_depth() == 0


def test_settings_come_from_the_documented_environment(monkeypatch):
    monkeypatch.setenv("REDIS_URL", "redis://queue.internal:6380/2")
    monkeypatch.setenv("JOB_RECLAIM_IDLE_SECONDS", "45")
    monkeypatch.setenv("METRICS_PORT", "9300")
    monkeypatch.delenv("WORKER_CONSUMER", raising=False)
    settings = WorkerSettings(_env_file=None)
    assert settings.redis_url == "redis://queue.internal:6380/2"
    assert settings.job_reclaim_idle_seconds == 45 and settings.metrics_port == 9300
    assert settings.job_max_deliveries == 3 and settings.queue_prefix == "tasveer:"
    assert settings.worker_consumer.endswith(f"-{os.getpid()}")
