"""Structured (JSON-lines) logging that never prints the bot token or photo bytes."""

from __future__ import annotations

import json
import logging
import time

# Fields handlers pass via `extra=` that belong in the structured record.
_CONTEXT_FIELDS = ("job_id", "chat_id", "user_id", "update_id", "event", "error_code", "latency_s")


class JsonFormatter(logging.Formatter):
    """One JSON object per line, so logs can be grepped by job id and shipped without parsing rules."""

    def __init__(self, token: str | None = None) -> None:
        super().__init__()
        self._token = token

    def format(self, record: logging.LogRecord) -> str:
        data = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for name in _CONTEXT_FIELDS:
            if hasattr(record, name):
                data[name] = getattr(record, name)
        if record.exc_info:
            data["exc"] = self.formatException(record.exc_info)
        text = json.dumps(data, ensure_ascii=False, default=str)
        # Belt and braces: a library may still put a URL with the token into a message.
        return text.replace(self._token, "<token>") if self._token else text


def configure_logging(level: str, token: str | None = None) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter(token))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # httpx logs every request URL at INFO, and Bot API URLs contain the token.
    for noisy in ("httpx", "httpcore", "aiohttp.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
