"""Real `python -m bot` subprocesses pointed at the Bot API stand-in and a test Redis."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from tests.conftest import free_port
from tests.support.botapi import BotAPIStandIn
from tests.support.processes import stop_gracefully

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class BotProcess:
    api: BotAPIStandIn
    redis_url: str
    log_path: Path
    env: dict[str, str] = field(default_factory=dict)
    mode: str = "polling"
    webhook_secret: str = "s3cret-webhook-token"
    metrics_port: int = field(default_factory=free_port)
    webhook_port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None
    started_s: float | None = None  # seconds from spawn to ready

    @property
    def webhook_url(self) -> str:
        return f"http://127.0.0.1:{self.webhook_port}/telegram"

    @property
    def metrics_url(self) -> str:
        return f"http://127.0.0.1:{self.metrics_port}/metrics"

    def start(self, timeout: float = 60.0) -> BotProcess:
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": self.api.token,
            "TELEGRAM_API_BASE_URL": self.api.base_url,
            "TELEGRAM_FILE_BASE_URL": self.api.file_base_url,
            "REDIS_URL": self.redis_url,
            "BOT_MODE": self.mode,
            "BOT_METRICS_PORT": str(self.metrics_port),
            "PYTHONUNBUFFERED": "1",
        }
        if self.mode == "webhook":
            env.update(WEBHOOK_URL=self.webhook_url, WEBHOOK_SECRET=self.webhook_secret,
                       WEBHOOK_LISTEN="127.0.0.1", WEBHOOK_PORT=str(self.webhook_port), WEBHOOK_PATH="/telegram")
        env.update(self.env)
        self._log = open(self.log_path, "ab")  # noqa: SIM115 - lives as long as the process
        t0 = time.monotonic()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot"], cwd=ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT
        )
        self._wait_ready(t0 + timeout)
        self.started_s = time.monotonic() - t0
        return self

    def _wait_ready(self, deadline: float) -> None:
        """Ready = /healthz answers (post_init ran) and, for webhooks, the webhook port accepts requests."""
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"bot exited with {self.process.returncode}:\n{self.logs()[-3000:]}")
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.metrics_port}/healthz", timeout=1).read()
                if self.mode != "webhook":
                    return
                with socket.create_connection(("127.0.0.1", self.webhook_port), timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"bot did not become ready:\n{self.logs()[-3000:]}")

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout: float = 20) -> int | None:
        if self.process is None:
            return None
        try:
            return stop_gracefully(self.process, timeout)
        finally:
            self._log.close()

    def metrics(self) -> str:
        return urllib.request.urlopen(self.metrics_url, timeout=5).read().decode()

    def post_update(self, update: dict, secret: str | None = "default") -> int:
        """POST an update to this replica's webhook like Telegram does; returns the HTTP status."""
        import json
        import urllib.error

        headers = {"Content-Type": "application/json"}
        token = self.webhook_secret if secret == "default" else secret
        if token is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = token
        request = urllib.request.Request(self.webhook_url, data=json.dumps(update).encode(), headers=headers)
        try:
            return urllib.request.urlopen(request, timeout=10).status
        except urllib.error.HTTPError as exc:
            return exc.code

    def logs(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
