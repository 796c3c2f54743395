"""The worker's configuration: one typed object read from the environment (and `.env`), documented in
`.env.example`. TensorFlow-free, so the bot may read the shared queue settings from here too.
"""

from __future__ import annotations

import os
import socket

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_consumer() -> str:
    """hostname-pid: unique per worker process, and stable for the process's life (its pending list)."""
    return f"{socket.gethostname()}-{os.getpid()}"


class WorkerSettings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    redis_url: str = "redis://localhost:6379/0"
    # Key prefix for every stream and key; bot and worker must agree. Lets several deployments share
    # one Redis (e.g. staging and production).
    queue_prefix: str = "tasveer:"
    # A job pending this long on a silent worker is taken over. Live workers refresh their job's idle
    # time every third of this, so it bounds how long a crashed worker's job waits, not job length.
    job_reclaim_idle_seconds: float = Field(default=120.0, gt=0)
    # How often a running worker looks for stale jobs (besides once at start).
    job_reclaim_interval_seconds: float = Field(default=30.0, gt=0)
    # Deliveries after which a job is dead-lettered instead of processed again.
    job_max_deliveries: int = Field(default=3, ge=1)
    # A pipeline call running longer than this is treated as hung: the job gets a `timeout` error reply
    # and the worker process exits (code 75) so its stuck thread dies with it; Docker restarts it. 0 = off.
    job_timeout_seconds: float = Field(default=600.0, ge=0)
    # Approximate bound on each stream's length (far above any backlog: trimming a queued job loses it).
    queue_stream_maxlen: int = Field(default=100_000, ge=1000)
    # TTL of the restored PNG the worker stores for the bot to send back.
    restored_image_ttl_seconds: int = Field(default=3600, gt=0)
    # How long one XREADGROUP blocks; also the longest a SIGTERM waits on an idle worker.
    worker_block_ms: int = Field(default=1000, ge=1)
    # Consumer name in the `workers` group; default hostname-pid. Give a stable name (e.g. a pod name)
    # only if a restarted worker should pick its own pending jobs up immediately.
    worker_consumer: str = Field(default_factory=default_consumer)
    # /healthz and /metrics; 0 disables the HTTP server.
    metrics_host: str = "0.0.0.0"
    metrics_port: int = Field(default=9100, ge=0, le=65535)
    # How often the queue-depth gauge is refreshed from Redis.
    metrics_refresh_seconds: float = Field(default=5.0, gt=0)
    log_level: str = "INFO"
