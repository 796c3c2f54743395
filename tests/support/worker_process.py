"""Real `python -m inference worker` subprocesses for fault tests and benchmarks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.processes import stop_gracefully

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class WorkerProcess:
    redis_url: str
    consumer: str
    log_path: Path
    pipeline: str = "tests.support.fake_pipeline:make_pipeline"
    env: dict[str, str] = field(default_factory=dict)
    metrics_port: int = 0
    process: subprocess.Popen | None = None

    def start(self) -> WorkerProcess:
        env = {
            **os.environ,
            "REDIS_URL": self.redis_url,
            "METRICS_PORT": str(self.metrics_port),
            "PYTHONUNBUFFERED": "1",
            **self.env,
        }
        self._log = open(self.log_path, "ab")  # noqa: SIM115 - lives as long as the process
        self.process = subprocess.Popen(
            [sys.executable, "-m", "inference", "worker", "--pipeline", self.pipeline,
             "--consumer", self.consumer],
            cwd=ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT,
        )
        return self

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def kill(self) -> None:
        """SIGKILL: no cleanup, no ack — what an OOM kill or a power cut looks like."""
        if self.alive:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def terminate(self, timeout: float = 30) -> int | None:
        if self.process is None:
            return None
        return stop_gracefully(self.process, timeout)

    def logs(self) -> str:
        return self.log_path.read_text(errors="replace")
