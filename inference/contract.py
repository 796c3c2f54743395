"""The job and result messages that travel between bot and worker over Redis Streams.

Plain dataclasses with no TensorFlow (the bot imports this module). A stream entry is a flat map of
field → JSON text, one field per dataclass attribute, so entries stay readable with `redis-cli XRANGE`
and a reader never has to guess whether "" meant None or an empty string. Unknown fields are ignored
on read, so a newer bot and an older worker (or the reverse) can share a stream during a rolling deploy.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field, fields
from typing import Any, TypeVar

# Error codes a Result may carry; the bot may word its reply per code, `error_message` is always usable.
ERROR_BAD_IMAGE = "bad_image"  # the user's file can't be captioned (BadImageError); message says why
ERROR_IMAGE_EXPIRED = "image_expired"  # the photo bytes' TTL ran out before a worker got to the job
ERROR_INTERNAL = "internal"  # a model or code error while processing this one job
ERROR_DEAD_LETTER = "dead_letter"  # the job was delivered too many times (it keeps crashing workers)
ERROR_TIMEOUT = "timeout"  # the pipeline ran past JOB_TIMEOUT_SECONDS (the worker then restarts itself)

FRIENDLY_MESSAGES = {
    ERROR_IMAGE_EXPIRED: "Sorry, I took too long and lost that photo. Please send it again.",
    ERROR_INTERNAL: "Sorry, something went wrong while writing your post. Please try again in a moment.",
    ERROR_TIMEOUT: "Sorry, that photo took too long to process. Please try again or send a different photo.",
    ERROR_DEAD_LETTER: (
        "Sorry, I couldn't make a post from that photo: it failed several times. "
        "Please try a different photo."
    ),
}

T = TypeVar("T")


def _encode(obj: Any) -> dict[str, str]:
    return {f.name: json.dumps(getattr(obj, f.name), ensure_ascii=False) for f in fields(obj)}


def _decode(cls: type[T], raw: dict[Any, Any]) -> T:
    """Build `cls` from a stream entry whose keys/values may be bytes (decode_responses=False) or str."""
    known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    values: dict[str, Any] = {}
    for key, value in raw.items():
        name = key.decode() if isinstance(key, bytes) else str(key)
        if name in known:
            text = value.decode() if isinstance(value, bytes) else value
            values[name] = json.loads(text)
    return cls(**values)


@dataclass
class Job:
    """One photo to turn into a post. `job_id` is `chat:message`, so a redelivered update is one job."""

    job_id: str
    chat_id: int
    message_id: int
    user_id: int
    language: str
    image_key: str  # Redis key holding the photo bytes (with a TTL ≤ 1 h)
    thread_id: int | None = None  # forum topic, so the reply lands in the same thread
    kind: str = "caption"
    chat_type: str = "private"
    reply_to_message_id: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    enqueued_at: float = field(default_factory=time.time)

    @staticmethod
    def make_id(chat_id: int, message_id: int) -> str:
        return f"{chat_id}:{message_id}"

    def to_fields(self) -> dict[str, str]:
        return _encode(self)

    @classmethod
    def from_fields(cls, fields_: dict[Any, Any]) -> Job:
        return _decode(cls, fields_)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Result:
    """The outcome of one job: a post (`ok`) or a friendly error for that job only."""

    job_id: str
    chat_id: int
    message_id: int
    thread_id: int | None
    user_id: int
    ok: bool
    post: dict[str, Any] | None = None  # PhotoPost.to_dict()
    error_code: str | None = None
    error_message: str | None = None  # user-facing, safe to send as is
    restored_image_key: str | None = None  # Redis key with the restored PNG (TTL), when damage was repaired
    enqueued_at: float = 0.0
    finished_at: float = field(default_factory=time.time)
    reply_to_message_id: int | None = None
    language: str = "en"
    kind: str = "caption"

    @classmethod
    def success(cls, job: Job, post: dict[str, Any], restored_image_key: str | None = None) -> Result:
        return cls(
            **_result_head(job), ok=True, post=post, restored_image_key=restored_image_key
        )

    @classmethod
    def failure(cls, job: Job, error_code: str, error_message: str | None = None) -> Result:
        message = error_message or FRIENDLY_MESSAGES.get(error_code, FRIENDLY_MESSAGES[ERROR_INTERNAL])
        return cls(**_result_head(job), ok=False, error_code=error_code, error_message=message)

    def to_fields(self) -> dict[str, str]:
        return _encode(self)

    @classmethod
    def from_fields(cls, fields_: dict[Any, Any]) -> Result:
        return _decode(cls, fields_)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _result_head(job: Job) -> dict[str, Any]:
    return {
        "job_id": job.job_id,
        "chat_id": job.chat_id,
        "message_id": job.message_id,
        "thread_id": job.thread_id,
        "user_id": job.user_id,
        "enqueued_at": job.enqueued_at,
        "reply_to_message_id": job.reply_to_message_id,
        "language": job.language,
        "kind": job.kind,
    }
