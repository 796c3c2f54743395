"""Fault injection on real `python -m inference worker` processes and a real redis-server.

The worker runs the deterministic pipeline from tests/support/fake_pipeline.py (captions a photo's mean
colour), so every answer can be checked against the photo it belongs to. The bot side is played by
`Answerer`, which does what a bot replica does: read results, claim the reply once, acknowledge.
"""

from __future__ import annotations

import asyncio
import json
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

import pytest
from redis.exceptions import ConnectionError as RedisConnectionError

from inference.contract import ERROR_BAD_IMAGE, ERROR_DEAD_LETTER, ERROR_INTERNAL, ERROR_TIMEOUT, Job
from inference.queue import WORKERS_GROUP, JobQueue
from tests.conftest import free_port
from tests.support.fake_pipeline import CRASH_PREFIX, HANG_PREFIX, POISON_PREFIX, flat_photo
from tests.support.worker_process import WorkerProcess

pytestmark = pytest.mark.slow

FAST_RECLAIM = {
    "JOB_RECLAIM_IDLE_SECONDS": "1",
    "JOB_RECLAIM_INTERVAL_SECONDS": "0.25",
    "WORKER_BLOCK_MS": "200",
    "METRICS_REFRESH_SECONDS": "0.5",
}
DEADLINE_S = 90


class Answerer:
    """The bot side: every result read, each reply claimed once, answers counted per job."""

    def __init__(self, queue: JobQueue, consumer: str = "bot-1"):
        self.queue = queue
        self.consumer = consumer
        self.answers: Counter[str] = Counter()
        self.results: dict[str, object] = {}

    async def pump_until(self, job_ids: set[str], on_tick=None) -> None:
        deadline = time.monotonic() + DEADLINE_S
        while not job_ids <= set(self.answers):
            if time.monotonic() > deadline:
                missing = sorted(job_ids - set(self.answers))
                raise AssertionError(f"unanswered after {DEADLINE_S}s: {missing}")
            if on_tick is not None:
                await on_tick()
            try:
                deliveries = await self.queue.read_results(self.consumer, block_ms=200)
                for d in deliveries:
                    if await self.queue.claim_reply(d.result.job_id):
                        self.answers[d.result.job_id] += 1
                        self.results[d.result.job_id] = d.result
                    await self.queue.ack_result(d.entry_id)
            except (RedisConnectionError, ConnectionError, OSError):
                await asyncio.sleep(0.2)


async def enqueue_photos(queue: JobQueue, n: int, start: int = 0, data=None) -> dict[str, str]:
    expected = {}
    for i in range(start, start + n):
        body, caption = flat_photo(i) if data is None else (data, "")
        job = Job(job_id=Job.make_id(1000, i), chat_id=1000, message_id=i, user_id=5, language="en",
                  image_key=queue.image_key(Job.make_id(1000, i)))
        assert (await queue.enqueue(job, body)).created
        expected[job.job_id] = caption
    return expected


async def pending_of(queue: JobQueue, consumer: str) -> list[str]:
    entries = await queue.redis.xpending_range(
        queue.jobs_stream, WORKERS_GROUP, "-", "+", 100, consumername=consumer
    )
    return [e["message_id"].decode() for e in entries]


async def wait_for(predicate, what: str) -> None:
    deadline = time.monotonic() + DEADLINE_S
    while not await predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


async def assert_all_settled(queue: JobQueue, job_ids: set[str]) -> None:
    """Exactly one result per job on the stream, nothing pending, no photo left behind."""
    published = Counter(
        json.loads(fields[b"job_id"]) for _, fields in await queue.redis.xrange(queue.results_stream)
    )
    assert published == Counter(dict.fromkeys(job_ids, 1))
    assert await queue.queue_depth() == 0
    assert await queue.redis.keys(f"{queue.prefix}image:*") == []


@pytest.fixture
def workers(redis_server, tmp_path: Path):
    started: list[WorkerProcess] = []

    def spawn(consumer: str, **env: str) -> WorkerProcess:
        w = WorkerProcess(redis_server.url, consumer, tmp_path / f"{consumer}.log",
                          env={**FAST_RECLAIM, **env}).start()
        started.append(w)
        return w

    yield spawn
    for w in started:
        w.kill()


async def test_sigkilled_workers_jobs_are_reclaimed_and_each_photo_answered_once(queue, workers):
    expected = await enqueue_photos(queue, 24)
    # Slow pipelines, so both workers are surely mid-job when they are killed.
    a = workers("worker-a", FAKE_PIPELINE_DELAY_S="30")
    b = workers("worker-b", FAKE_PIPELINE_DELAY_S="30")
    answerer = Answerer(queue)

    async def both_busy():
        return len(await pending_of(queue, "worker-a")) == 1 and len(await pending_of(queue, "worker-b")) == 1

    await wait_for(both_busy, "both workers mid-job")
    a.kill()
    b.kill()
    in_flight = await pending_of(queue, "worker-a") + await pending_of(queue, "worker-b")
    assert len(in_flight) == 2  # two jobs were abandoned mid-pipeline

    workers("worker-c", FAKE_PIPELINE_DELAY_S="0.2")  # a fresh worker reclaims both
    await answerer.pump_until(set(expected))

    assert answerer.answers == Counter(dict.fromkeys(expected, 1))
    for job_id, caption in expected.items():
        assert answerer.results[job_id].ok and answerer.results[job_id].post["caption_en"] == caption
    await assert_all_settled(queue, set(expected))


async def test_crashing_job_is_dead_lettered_and_failing_jobs_answered_with_errors(queue, workers):
    good = await enqueue_photos(queue, 2, start=0)
    crash = await enqueue_photos(queue, 1, start=10, data=CRASH_PREFIX + b" segfault in a model")
    poison = await enqueue_photos(queue, 1, start=20, data=POISON_PREFIX + b" model raises")
    junk = await enqueue_photos(queue, 1, start=30, data=b"not an image at all")
    after = await enqueue_photos(queue, 2, start=40)
    everything = set(good) | set(crash) | set(poison) | set(junk) | set(after)

    answerer = Answerer(queue)
    crashes = 0
    current = workers("worker-0")

    async def supervise():  # what docker's restart policy does
        nonlocal crashes, current
        if not current.alive:
            crashes += 1
            current = workers(f"worker-{crashes}")

    await answerer.pump_until(everything, on_tick=supervise)

    assert crashes == 3  # delivered three times, each killed its worker; the fourth dead-letters
    assert answerer.answers == Counter(dict.fromkeys(everything, 1))
    [crash_id], [poison_id], [junk_id] = crash, poison, junk
    assert answerer.results[crash_id].error_code == ERROR_DEAD_LETTER
    assert answerer.results[poison_id].error_code == ERROR_INTERNAL
    assert answerer.results[junk_id].error_code == ERROR_BAD_IMAGE
    assert "couldn't read that image" in answerer.results[junk_id].error_message
    for job_id, caption in (good | after).items():
        assert answerer.results[job_id].post["caption_en"] == caption
    [(_, dead)] = await queue.redis.xrange(queue.dead_stream)
    assert json.loads(dead[b"job_id"]) == crash_id and json.loads(dead[b"deliveries"]) == 4
    await assert_all_settled(queue, everything)


async def test_worker_restarted_under_its_own_name_resumes_its_jobs_at_once(queue, workers):
    # Reclaim is set far beyond the test's deadline: only resuming its own pending list can answer.
    # This is Docker's `restart: unless-stopped`: same container, same hostname-pid consumer name.
    slow = {"FAKE_PIPELINE_DELAY_S": "0.3", "JOB_RECLAIM_IDLE_SECONDS": "3600"}
    expected = await enqueue_photos(queue, 3, start=0)
    crash = await enqueue_photos(queue, 1, start=10, data=CRASH_PREFIX)
    expected |= await enqueue_photos(queue, 3, start=20)
    worker = workers("worker-a", **slow)

    async def mid_job():
        return len(await pending_of(queue, "worker-a")) == 1

    await wait_for(mid_job, "worker mid-job")
    worker.kill()
    restarts = 0

    async def supervise():
        nonlocal restarts, worker
        if not worker.alive:
            restarts += 1
            worker = workers("worker-a", **slow)

    answerer = Answerer(queue)
    await answerer.pump_until(set(expected) | set(crash), on_tick=supervise)
    assert restarts == 4  # our SIGKILL, then the crashing job three times
    assert answerer.answers == Counter(dict.fromkeys(set(expected) | set(crash), 1))
    [crash_id] = crash
    assert answerer.results[crash_id].error_code == ERROR_DEAD_LETTER
    assert all(answerer.results[job_id].ok for job_id in expected)
    await assert_all_settled(queue, set(expected) | set(crash))


async def test_hung_pipeline_gets_a_timeout_reply_and_the_worker_restarts_clean(queue, workers):
    hang = await enqueue_photos(queue, 1, start=0, data=HANG_PREFIX + b" stuck in a native call")
    after = await enqueue_photos(queue, 2, start=10)
    first = workers("worker-a", JOB_TIMEOUT_SECONDS="1")
    replacement = []

    async def supervise():
        if not first.alive and not replacement:
            replacement.append(workers("worker-a", JOB_TIMEOUT_SECONDS="1"))

    answerer = Answerer(queue)
    await answerer.pump_until(set(hang) | set(after), on_tick=supervise)
    assert first.process.returncode == 75  # exited by itself: the stuck thread died with it
    [hang_id] = hang
    assert answerer.results[hang_id].error_code == ERROR_TIMEOUT
    assert all(answerer.results[job_id].ok for job_id in after)
    assert answerer.answers == Counter(dict.fromkeys(set(hang) | set(after), 1))
    await assert_all_settled(queue, set(hang) | set(after))


async def test_worker_rides_out_a_redis_restart(queue, workers, redis_server):
    expected = await enqueue_photos(queue, 6, start=0)
    worker = workers("worker-a", FAKE_PIPELINE_DELAY_S="0.2")
    pid = worker.process.pid
    answerer = Answerer(queue)
    await answerer.pump_until(set(list(expected)[:2]))

    redis_server.restart()  # mid-queue: append-only file keeps streams, groups and pending lists
    expected |= await enqueue_photos(queue, 6, start=6)
    await answerer.pump_until(set(expected))

    assert worker.alive and worker.process.pid == pid
    assert answerer.answers == Counter(dict.fromkeys(expected, 1))
    await assert_all_settled(queue, set(expected))


async def test_sigterm_finishes_the_current_job_then_exits(queue, workers):
    expected = await enqueue_photos(queue, 1)
    worker = workers("worker-a", FAKE_PIPELINE_DELAY_S="2")

    async def busy():
        return len(await pending_of(queue, "worker-a")) == 1

    await wait_for(busy, "worker to start the job")
    assert await asyncio.to_thread(worker.terminate) == 0
    answerer = Answerer(queue)
    await answerer.pump_until(set(expected))
    await assert_all_settled(queue, set(expected))
    consumers = await queue.redis.xinfo_consumers(queue.jobs_stream, WORKERS_GROUP)
    assert [c["name"] for c in consumers] == []  # a clean exit leaves no consumer behind


async def test_healthz_and_metrics(queue, redis_server, tmp_path):
    port = free_port()
    worker = WorkerProcess(redis_server.url, "worker-m", tmp_path / "m.log", metrics_port=port,
                           env=FAST_RECLAIM).start()
    try:
        def get(path: str) -> tuple[int, str]:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=2) as r:
                    return r.status, r.read().decode()
            except urllib.error.HTTPError as e:
                return e.code, e.read().decode()
            except OSError:
                return 0, ""

        async def healthy():
            return (await asyncio.to_thread(get, "/healthz"))[0] == 200

        await wait_for(healthy, "/healthz 200")
        expected = await enqueue_photos(queue, 2) | await enqueue_photos(queue, 1, start=5, data=b"junk")
        await Answerer(queue).pump_until(set(expected))

        async def counted():
            text = (await asyncio.to_thread(get, "/metrics"))[1]
            return 'tasveer_jobs_total{outcome="bad_image"} 1.0' in text and "tasveer_queue_depth 0.0" in text

        await wait_for(counted, "metrics to count the jobs")
        status, text = await asyncio.to_thread(get, "/metrics")
        assert 'tasveer_jobs_total{outcome="ok"} 2.0' in text
        assert 'tasveer_stage_seconds_count{stage="caption"} 2.0' in text
        assert "tasveer_reclaims_total 0.0" in text and "tasveer_worker_ready 1.0" in text
        status, body = await asyncio.to_thread(get, "/healthz")
        assert status == 200 and json.loads(body)["redis"] == "ok"
    finally:
        worker.kill()
    log_lines = [json.loads(line) for line in worker.logs().splitlines() if line.startswith("{")]
    assert {line["job_id"] for line in log_lines if line.get("msg") == "job finished"} == set(expected)
