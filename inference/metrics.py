"""Prometheus metrics of the worker and the aiohttp server that exposes them with `/healthz`.

A private registry (not the global one) so tests and several workers in one process don't collide.
Stage latencies come from `PhotoPost.timings_ms`, so they measure exactly what the pipeline measured.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from aiohttp import web
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

log = logging.getLogger(__name__)

_STAGE_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)
_WAIT_BUCKETS = (0.01, 0.05, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900)


@dataclass
class WorkerMetrics:
    registry: CollectorRegistry = field(default_factory=CollectorRegistry)

    def __post_init__(self) -> None:
        r = self.registry
        self.jobs = Counter(
            "tasveer_jobs_total", "Jobs finished, by outcome (ok, bad_image, internal, ...)", ["outcome"],
            registry=r,
        )
        self.stage_seconds = Histogram(
            "tasveer_stage_seconds", "Pipeline stage latency (from PhotoPost.timings_ms)", ["stage"],
            buckets=_STAGE_BUCKETS, registry=r,
        )
        self.job_seconds = Histogram(
            "tasveer_job_seconds", "Worker time per job: read photo, pipeline, publish", buckets=_STAGE_BUCKETS,
            registry=r,
        )
        self.wait_seconds = Histogram(
            "tasveer_job_wait_seconds", "Enqueue to finish, as seen by the worker", buckets=_WAIT_BUCKETS,
            registry=r,
        )
        self.queue_depth = Gauge("tasveer_queue_depth", "Jobs waiting or in progress", registry=r)
        self.dead_letter_stream = Gauge(
            "tasveer_dead_letter_stream_length", "Entries in the dead-letter stream", registry=r
        )
        self.reclaims = Counter("tasveer_reclaims_total", "Jobs taken over from a silent worker", registry=r)
        self.dead_letters = Counter(
            "tasveer_dead_letters_total", "Jobs this worker moved to the dead-letter stream", registry=r
        )
        self.duplicates = Counter(
            "tasveer_duplicate_completions_total",
            "Jobs finished here after another worker had already finished them (result not published)",
            registry=r,
        )
        self.redis_errors = Counter(
            "tasveer_redis_errors_total", "Redis connection errors seen by the worker loop", registry=r
        )
        self.ready = Gauge("tasveer_worker_ready", "1 once models are loaded", registry=r)

    def observe_timings(self, timings_ms: dict[str, float]) -> None:
        for stage, ms in timings_ms.items():
            self.stage_seconds.labels(stage=stage).observe(float(ms) / 1000.0)

    def render(self) -> bytes:
        return generate_latest(self.registry)


class HealthServer:
    """`/healthz`: 200 once `is_ready()` (models loaded), 503 before; `/metrics`: Prometheus text."""

    def __init__(self, metrics: WorkerMetrics, is_ready: Callable[[], bool], details: Callable[[], dict]):
        self.metrics = metrics
        self.is_ready = is_ready
        self.details = details
        self._runner: web.AppRunner | None = None
        self.port: int | None = None

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/metrics", self._metrics)
        return app

    async def start(self, host: str, port: int) -> None:
        self._runner = web.AppRunner(self.app(), access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        sockets = site._server.sockets if site._server else []  # type: ignore[union-attr]
        self.port = sockets[0].getsockname()[1] if sockets else port
        log.info("health server listening", extra={"host": host, "port": self.port})

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _healthz(self, _request: web.Request) -> web.Response:
        ready = self.is_ready()
        body = {"status": "ok" if ready else "loading", **self.details()}
        return web.json_response(body, status=200 if ready else 503)

    async def _metrics(self, _request: web.Request) -> web.Response:
        return web.Response(body=self.metrics.render(), headers={"Content-Type": CONTENT_TYPE_LATEST})
