"""The worker's consumer loop: take a job from the stream, run the pipeline, publish one result.

One job at a time per process (TensorFlow already uses every core; scale with more processes or
machines). The loop survives everything but a stop request:
* a job's exception becomes an error result for that job only;
* Redis going away means backoff and reconnect, with the job left pending so it is retried;
* a job that keeps killing workers is dead-lettered on its next delivery after `job_max_deliveries`.
SIGTERM lets the current job finish and publish, then the process exits.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import random
import time
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from redis.exceptions import BusyLoadingError, ReadOnlyError, RedisError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from inference.contract import (
    ERROR_BAD_IMAGE,
    ERROR_DEAD_LETTER,
    ERROR_IMAGE_EXPIRED,
    ERROR_INTERNAL,
    ERROR_TIMEOUT,
    Result,
)
from inference.images import BadImageError
from inference.jsonlog import current_job_id
from inference.metrics import HealthServer, WorkerMetrics
from inference.queue import JobDelivery, JobQueue
from inference.settings import WorkerSettings

log = logging.getLogger(__name__)

# Errors that mean "Redis is unreachable right now" (restart, failover, network), never "bad job".
REDIS_DOWN = (RedisConnectionError, RedisTimeoutError, BusyLoadingError, ReadOnlyError, OSError)
_BACKOFF_START_S = 0.1
_BACKOFF_MAX_S = 5.0
_PUBLISH_GIVE_UP_S = 120.0


class PhotoProcessor(Protocol):
    """What the worker needs from a pipeline: `inference.pipeline.Pipeline` is the production one."""

    async def process(self, data: bytes, lang: str = "en") -> Any: ...


PipelineFactory = Callable[[], "PhotoProcessor | Awaitable[PhotoProcessor]"]


class Worker:
    def __init__(
        self,
        queue: JobQueue,
        pipeline_factory: PipelineFactory,
        settings: WorkerSettings,
        metrics: WorkerMetrics | None = None,
    ):
        self.queue = queue
        self.pipeline_factory = pipeline_factory
        self.settings = settings
        self.metrics = metrics or WorkerMetrics()
        self.consumer = settings.worker_consumer
        self.pipeline: PhotoProcessor | None = None
        self.redis_ok = False
        # Set when a pipeline call outlived JOB_TIMEOUT_SECONDS: its thread can't be cancelled, so the
        # process must exit (the CLI does os._exit) once the job's error result is published.
        self.hung = False
        self._stop = asyncio.Event()
        self._jobs_done = 0

    # ---- lifecycle --------------------------------------------------------------------------------

    def request_stop(self) -> None:
        """Finish the current job (if any), then leave `run`."""
        if not self._stop.is_set():
            log.info("stop requested; finishing the current job first")
        self._stop.set()

    @property
    def ready(self) -> bool:
        return self.pipeline is not None

    async def run(self) -> None:
        health = None
        if self.settings.metrics_port:
            health = HealthServer(self.metrics, lambda: self.ready, self._health_details)
            await health.start(self.settings.metrics_host, self.settings.metrics_port)
        refresher = asyncio.create_task(self._refresh_gauges())
        try:
            await self._load_pipeline()
            if not self._stop.is_set():
                await self._consume()
        finally:
            refresher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await refresher
            with contextlib.suppress(*REDIS_DOWN):
                await self.queue.remove_consumer_if_idle(self.consumer)
            if health is not None:
                await health.stop()
            log.info("worker stopped", extra={"consumer": self.consumer, "jobs_done": self._jobs_done})

    async def _load_pipeline(self) -> None:
        t0 = time.perf_counter()
        made = await asyncio.to_thread(self.pipeline_factory)
        self.pipeline = await made if inspect.isawaitable(made) else made
        self.metrics.ready.set(1)
        log.info("pipeline ready", extra={"load_seconds": round(time.perf_counter() - t0, 3)})

    def _health_details(self) -> dict:
        return {"consumer": self.consumer, "redis": "ok" if self.redis_ok else "down", "jobs_done": self._jobs_done}

    # ---- the loop ---------------------------------------------------------------------------------

    async def _consume(self) -> None:
        idle_ms = int(self.settings.job_reclaim_idle_seconds * 1000)
        next_reclaim = 0.0  # reclaim once right at start: a crashed predecessor's jobs are waiting
        resume_own = True  # and first of all, jobs left pending under our own name (a restart)
        backoff = _BACKOFF_START_S
        groups_ready = False
        log.info("worker consuming", extra={"consumer": self.consumer, "stream": self.queue.jobs_stream})
        while not self._stop.is_set():
            try:
                if not groups_ready:
                    await self.queue.ensure_groups()
                    groups_ready = True
                deliveries: list[JobDelivery] = []
                if resume_own:
                    deliveries = await self.queue.resume_own(self.consumer)
                    resume_own = bool(deliveries)
                    if deliveries:
                        log.warning("resuming own pending job", extra={"jobs": [d.job.job_id for d in deliveries]})
                if not deliveries and time.monotonic() >= next_reclaim:
                    # One at a time: a reclaimed job left waiting here would go idle and be reclaimed
                    # again by someone else, burning deliveries. Keep reclaiming while there are more.
                    deliveries = await self.queue.reclaim_stale(self.consumer, idle_ms, count=1)
                    if deliveries:
                        self.metrics.reclaims.inc(len(deliveries))
                        log.warning("reclaimed stale job", extra={"jobs": [d.job.job_id for d in deliveries]})
                    else:
                        next_reclaim = time.monotonic() + self.settings.job_reclaim_interval_seconds
                if not deliveries:
                    deliveries = await self.queue.read_jobs(
                        self.consumer, count=1, block_ms=self.settings.worker_block_ms
                    )
                self.redis_ok = True
                backoff = _BACKOFF_START_S
                for delivery in deliveries:
                    if self._stop.is_set():
                        break  # still pending under our name: another worker reclaims it
                    await self.handle(delivery)
            except (*REDIS_DOWN, RedisError) as exc:
                # Unreachable, restarting, or refusing (e.g. OOM under noeviction). A job interrupted
                # here is still pending under our name: resume it first once Redis answers again.
                self.redis_ok = False
                groups_ready = False  # a Redis that lost its data needs the groups again
                resume_own = True
                self.metrics.redis_errors.inc()
                log.warning("redis unavailable; retrying", extra={"error": _describe(exc), "backoff_s": backoff})
                await self._sleep(backoff * (0.5 + random.random()))
                backoff = min(backoff * 2, _BACKOFF_MAX_S)

    async def handle(self, delivery: JobDelivery) -> None:
        """Process one delivery into exactly one published result (or nothing, if another worker won)."""
        job = delivery.job
        token = current_job_id.set(job.job_id)
        t0 = time.perf_counter()
        try:
            if delivery.deliveries > self.settings.job_max_deliveries:
                result = Result.failure(job, ERROR_DEAD_LETTER)
                published = await self._publish(lambda: self.queue.dead_letter(delivery, result))
                if published:
                    self.metrics.dead_letters.inc()
                    self.metrics.jobs.labels(outcome=ERROR_DEAD_LETTER).inc()
                log.error("job dead-lettered", extra={"deliveries": delivery.deliveries, "published": published})
                return

            log.info("job started", extra={"deliveries": delivery.deliveries, "lang": job.language})
            heartbeat = asyncio.create_task(self._heartbeat(delivery))
            try:
                result, restored_png = await self._run_pipeline(delivery)
            finally:
                heartbeat.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await heartbeat
            published = await self._publish(lambda: self.queue.complete(delivery, result, restored_png))
            outcome = "ok" if result.ok else (result.error_code or ERROR_INTERNAL)
            if published:
                self.metrics.jobs.labels(outcome=outcome).inc()
                self.metrics.wait_seconds.observe(max(0.0, time.time() - job.enqueued_at))
                self._jobs_done += 1
            else:
                self.metrics.duplicates.inc()
            self.metrics.job_seconds.observe(time.perf_counter() - t0)
            log.info(
                "job finished",
                extra={"outcome": outcome, "published": published,
                       "seconds": round(time.perf_counter() - t0, 3)},
            )
        finally:
            current_job_id.reset(token)

    async def _run_pipeline(self, delivery: JobDelivery) -> tuple[Result, bytes | None]:
        job = delivery.job
        data = await self.queue.get_bytes(job.image_key)
        if data is None:
            log.warning("photo bytes expired before processing")
            return Result.failure(job, ERROR_IMAGE_EXPIRED), None
        assert self.pipeline is not None
        timeout = self.settings.job_timeout_seconds or None
        try:
            output = await asyncio.wait_for(self.pipeline.process(data, job.language), timeout)
        except TimeoutError:
            log.error("pipeline hung; answering with an error and restarting", extra={"timeout_s": timeout})
            self.hung = True
            self.request_stop()
            return Result.failure(job, ERROR_TIMEOUT), None
        except BadImageError as exc:
            log.info("bad image", extra={"reason": exc.reason})
            return Result.failure(job, ERROR_BAD_IMAGE, exc.user_message), None
        except Exception:  # a model or code error fails this job only
            log.exception("pipeline failed")
            return Result.failure(job, ERROR_INTERNAL), None
        post = output.post
        self.metrics.observe_timings(getattr(post, "timings_ms", {}) or {})
        return Result.success(job, post.to_dict()), getattr(output, "restored_png", None)

    async def _publish(self, op: Callable[[], Awaitable[bool]]) -> bool:
        """Run a publishing step, riding out a Redis restart: a finished result is worth waiting for.

        Gives up (re-raising) after _PUBLISH_GIVE_UP_S; the job then stays pending and is reclaimed.
        """
        deadline = time.monotonic() + _PUBLISH_GIVE_UP_S
        backoff = _BACKOFF_START_S
        while True:
            try:
                return await op()
            except REDIS_DOWN as exc:
                self.redis_ok = False
                self.metrics.redis_errors.inc()
                if time.monotonic() > deadline:
                    raise
                log.warning("redis unavailable while publishing; retrying", extra={"error": _describe(exc)})
                await asyncio.sleep(backoff * (0.5 + random.random()))
                backoff = min(backoff * 2, _BACKOFF_MAX_S)

    async def _heartbeat(self, delivery: JobDelivery) -> None:
        """Keep a long job's idle time low so other workers never mistake this worker for dead."""
        interval = max(0.05, self.settings.job_reclaim_idle_seconds / 3)
        while True:
            await asyncio.sleep(interval)
            try:
                await self.queue.touch(delivery, self.consumer)
            except REDIS_DOWN as exc:
                log.warning("heartbeat failed", extra={"error": _describe(exc)})

    async def _refresh_gauges(self) -> None:
        while True:
            try:
                self.metrics.queue_depth.set(await self.queue.queue_depth())
                self.metrics.dead_letter_stream.set(await self.queue.dead_letters())
            except REDIS_DOWN:
                pass
            await asyncio.sleep(self.settings.metrics_refresh_seconds)

    async def _sleep(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop.wait(), timeout=seconds)


def _describe(exc: BaseException) -> str:
    """redis-py 8's repr() of its errors drops the message ("network:ConnectionError")."""
    return f"{type(exc).__name__}: {exc}"
