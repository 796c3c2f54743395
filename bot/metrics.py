"""Prometheus metrics for the bot, served on BOT_METRICS_PORT at /metrics (plus /healthz)."""

from __future__ import annotations

from aiohttp import web
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)


class BotMetrics:
    """Own registry (not the global one), so tests and several apps in one process never collide."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.queue_depth = Gauge(
            "tasveer_bot_queue_depth", "Caption jobs waiting or in progress", registry=self.registry
        )
        self.reply_latency = Histogram(
            "tasveer_bot_photo_to_reply_seconds",
            "Seconds from receiving a photo to sending its post",
            buckets=(0.5, 1, 2, 3, 5, 8, 13, 21, 34, 60, 120, 300),
            registry=self.registry,
        )
        self.updates = Counter("tasveer_bot_updates_total", "Updates handled, by kind", ["kind"], registry=self.registry)
        self.jobs = Counter("tasveer_bot_jobs_total", "Jobs enqueued (created=false: duplicates)", ["created"],
                            registry=self.registry)
        self.refused = Counter("tasveer_bot_refused_total", "Inputs refused before queueing, by reason", ["reason"],
                               registry=self.registry)
        self.replies = Counter("tasveer_bot_replies_total", "Results delivered, by outcome", ["outcome"],
                               registry=self.registry)
        self.telegram_errors = Counter("tasveer_bot_telegram_errors_total", "Bot API errors, by kind", ["kind"],
                                       registry=self.registry)

    def render(self) -> bytes:
        return generate_latest(self.registry)


async def start_metrics_server(metrics: BotMetrics, host: str, port: int) -> web.AppRunner:
    async def handle_metrics(request: web.Request) -> web.Response:
        return web.Response(body=metrics.render(), headers={"Content-Type": CONTENT_TYPE_LATEST})

    async def handle_health(request: web.Request) -> web.Response:
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_get("/metrics", handle_metrics)
    app.router.add_get("/healthz", handle_health)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    return runner
