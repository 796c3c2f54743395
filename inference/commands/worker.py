"""`python -m inference worker`: run one worker process against the Redis in REDIS_URL.

`--pipeline MODULE:FACTORY` exists for tests and benchmarks (a deterministic or no-op pipeline); the
production default builds the real pipeline from the shipped weights.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import logging
import os
import signal

from inference.jsonlog import setup_json_logging
from inference.queue import JobQueue
from inference.settings import WorkerSettings
from inference.worker import PipelineFactory, Worker

log = logging.getLogger("inference.worker")

DEFAULT_PIPELINE = "inference.pipeline:load_pipeline"
EXIT_HUNG = 75  # EX_TEMPFAIL: a job hung; restart me


def resolve_factory(spec: str) -> PipelineFactory:
    module_name, _, attr = spec.partition(":")
    if not module_name or not attr:
        raise SystemExit(f"--pipeline must look like MODULE:FACTORY, got {spec!r}")
    return getattr(importlib.import_module(module_name), attr)


async def serve(settings: WorkerSettings, factory: PipelineFactory) -> None:
    queue = JobQueue.connect(
        settings.redis_url,
        prefix=settings.queue_prefix,
        maxlen=settings.queue_stream_maxlen,
        max_deliveries=settings.job_max_deliveries,
        restored_ttl_seconds=settings.restored_image_ttl_seconds,
    )
    worker = Worker(queue, factory, settings)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, worker.request_stop)
    try:
        await worker.run()
    finally:
        await queue.close()
    if worker.hung:
        # A hung pipeline thread can't be cancelled and would block interpreter shutdown forever.
        log.error("exiting after a hung job so the process restarts clean", extra={"exit_code": EXIT_HUNG})
        logging.shutdown()
        os._exit(EXIT_HUNG)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m inference worker", description=__doc__)
    parser.add_argument("--pipeline", default=DEFAULT_PIPELINE, help="MODULE:FACTORY building the pipeline")
    parser.add_argument("--consumer", help="consumer name in the workers group (default hostname-pid)")
    parser.add_argument("--metrics-port", type=int, help="override METRICS_PORT (0 disables /healthz)")
    args = parser.parse_args(argv)

    settings = WorkerSettings()
    if args.consumer:
        settings.worker_consumer = args.consumer
    if args.metrics_port is not None:
        settings.metrics_port = args.metrics_port
    setup_json_logging(settings.log_level)
    factory = resolve_factory(args.pipeline)
    log.info(
        "starting worker",
        extra={"consumer": settings.worker_consumer, "pipeline": args.pipeline,
               "reclaim_idle_s": settings.job_reclaim_idle_seconds},
    )
    asyncio.run(serve(settings, factory))
    return 0
