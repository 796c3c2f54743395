"""Stopping the bot and worker subprocesses the way an orchestrator does: SIGTERM, then SIGKILL."""

from __future__ import annotations

import signal
import subprocess


def stop_gracefully(process: subprocess.Popen, timeout: float) -> int:
    """SIGTERM and wait `timeout` seconds for a clean exit; SIGKILL if it does not come. Returns the exit code."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    try:
        return process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.wait(timeout=10)
