"""The job queue between bot and workers: Redis Streams with consumer groups, and nothing else.

Why not a job library: arq re-runs a crashed job only after its timeout, rq forks per job (reloading
TensorFlow), taskiq/saq time out or duplicate long TensorFlow jobs. Streams give at-least-once delivery
with explicit reclaim, in code we control:

* `enqueue` (bot) is one Lua script: SET NX an idempotency marker (`job_id` = chat:message, so a
  redelivered update or a double tap is one job), store the photo bytes with a TTL, XADD the job.
* Workers XREADGROUP in group `workers`; a crashed worker's jobs stay in the pending list and are
  taken over with XAUTOCLAIM once idle for `JOB_RECLAIM_IDLE_SECONDS`. A live worker `touch`es the
  job it is working on, so a slow job is never stolen from a healthy worker.
* `complete` / `dead_letter` are one Lua script each: only if the entry is still pending (nobody else
  finished it) XADD the result (and the dead letter), store the restored PNG, delete the photo, XACK.
  So each job yields at most one result even when two workers raced on it.
* Bots read results in group `bots` (any replica answers any chat), take over results left pending
  by a dead bot, and `claim_reply` (SET NX) before sending, so a reply is never sent twice.

The client must be created with `decode_responses=False` (photos are bytes); `JobQueue.connect` does so.
Everything here is TensorFlow-free: the bot imports it.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass
from typing import Any

import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialWithJitterBackoff
from redis.exceptions import ResponseError

from inference.contract import Job, Result

log = logging.getLogger(__name__)

DEFAULT_PREFIX = "tasveer:"
WORKERS_GROUP = "workers"
BOTS_GROUP = "bots"
MAX_DELIVERIES = 3

# KEYS: marker, image, jobs stream. ARGV: ttl, image bytes, maxlen, field, value, field, value...
_ENQUEUE_LUA = """
if not redis.call('SET', KEYS[1], '', 'NX', 'EX', ARGV[1]) then
  return false
end
redis.call('SET', KEYS[2], ARGV[2], 'EX', ARGV[1])
local args = {'XADD', KEYS[3], 'MAXLEN', '~', ARGV[3], '*'}
for i = 4, #ARGV do args[#args + 1] = ARGV[i] end
local id = redis.call(unpack(args))
redis.call('SET', KEYS[1], id, 'KEEPTTL')
return id
"""

# KEYS: jobs, results, image, restored image, dead.
# ARGV: group, entry id, maxlen, restored ttl, restored bytes ('' = none), n result fields (pairs*2),
#       result field/value pairs..., dead field/value pairs...
# Checks first and writes after, because a Lua runtime error does not roll back earlier writes.
_FINISH_LUA = """
local pending = redis.call('XPENDING', KEYS[1], ARGV[1], ARGV[2], ARGV[2], 1)
if #pending == 0 then
  return 0
end
local n_result = tonumber(ARGV[6])
if ARGV[5] ~= '' then
  redis.call('SET', KEYS[4], ARGV[5], 'EX', ARGV[4])
end
if #ARGV > 6 + n_result then
  local dead = {'XADD', KEYS[5], 'MAXLEN', '~', ARGV[3], '*'}
  for i = 7 + n_result, #ARGV do dead[#dead + 1] = ARGV[i] end
  redis.call(unpack(dead))
end
if n_result > 0 then
  local res = {'XADD', KEYS[2], 'MAXLEN', '~', ARGV[3], '*'}
  for i = 7, 6 + n_result do res[#res + 1] = ARGV[i] end
  redis.call(unpack(res))
end
redis.call('DEL', KEYS[3])
redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
return 1
"""


@dataclass
class EnqueueOutcome:
    created: bool  # False: this job_id was already queued (redelivered update / double tap)
    ahead: int  # jobs waiting or in progress before this one, for the "queued, N ahead" notice
    entry_id: str | None = None


@dataclass
class JobDelivery:
    entry_id: str
    job: Job
    deliveries: int  # 1 on first read; XAUTOCLAIM adds one per takeover

    @property
    def exhausted(self) -> bool:
        """True once the job has been handed out more than MAX_DELIVERIES times (it keeps crashing)."""
        return self.deliveries > MAX_DELIVERIES


@dataclass
class ResultDelivery:
    entry_id: str
    result: Result


def _s(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _flat(fields: dict[str, str]) -> list[str]:
    out: list[str] = []
    for key, value in fields.items():
        out += [key, value]
    return out


class JobQueue:
    """Bot-side and worker-side operations on the three streams; one instance per process is enough."""

    def __init__(
        self,
        client: aioredis.Redis,
        prefix: str = DEFAULT_PREFIX,
        maxlen: int = 100_000,
        max_deliveries: int = MAX_DELIVERIES,
        result_reclaim_idle_ms: int = 60_000,
        result_reclaim_interval_s: float = 10.0,
        restored_ttl_seconds: int = 3600,
        reply_claim_ttl_seconds: int = 7 * 24 * 3600,
    ):
        self.redis = client
        self.prefix = prefix
        # Streams are trimmed approximately; the bound is far above any real backlog because trimming
        # an undelivered job would lose it. The photos live in their own keys, so entries are small.
        self.maxlen = maxlen
        self.max_deliveries = max_deliveries
        self.result_reclaim_idle_ms = result_reclaim_idle_ms
        self.result_reclaim_interval_s = result_reclaim_interval_s
        self.restored_ttl_seconds = restored_ttl_seconds
        self.reply_claim_ttl_seconds = reply_claim_ttl_seconds
        self.jobs_stream = f"{prefix}jobs"
        self.results_stream = f"{prefix}results"
        self.dead_stream = f"{prefix}dead"
        self._enqueue = client.register_script(_ENQUEUE_LUA)
        self._finish = client.register_script(_FINISH_LUA)
        self._last_result_reclaim = 0.0

    @classmethod
    def connect(cls, url: str, max_connections: int = 50, **kwargs: Any) -> JobQueue:
        """A queue on a fresh client configured for it.

        * bytes replies (photos are bytes);
        * a blocking pool: a burst of concurrent handlers waits for a free connection instead of
          failing with MaxConnectionsError (redis-py's plain pool stops at 100 and raises);
        * retries with backoff, so a command issued right after a Redis restart reconnects instead of
          failing (`from_url` alone gives connections no retries). Every operation here is safe to
          retry: enqueue and finish are guarded by SET NX / the pending check;
        * keepalive and health checks, for connections idle behind NAT or a load balancer.
        """
        pool = aioredis.BlockingConnectionPool.from_url(
            url,
            max_connections=max_connections,
            timeout=30,
            decode_responses=False,
            socket_keepalive=True,
            health_check_interval=15,
            retry=Retry(ExponentialWithJitterBackoff(base=0.05, cap=2.0), retries=6),
        )
        return cls(aioredis.Redis.from_pool(pool), **kwargs)

    async def close(self) -> None:
        await self.redis.aclose()

    # ---- keys ---------------------------------------------------------------------------------------

    def image_key(self, job_id: str) -> str:
        """Where the bot stores a job's photo bytes."""
        return f"{self.prefix}image:{job_id}"

    def restored_key(self, job_id: str) -> str:
        return f"{self.prefix}restored:{job_id}"

    def _marker_key(self, job_id: str) -> str:
        return f"{self.prefix}job:{job_id}"

    def _reply_key(self, job_id: str) -> str:
        return f"{self.prefix}reply:{job_id}"

    # ---- both sides -----------------------------------------------------------------------------------

    async def ensure_groups(self) -> None:
        """Create the streams and consumer groups if missing (idempotent; both bot and worker call it).

        Groups start at id 0, so jobs enqueued before the first worker ever started are still read.
        """
        for stream, group in ((self.jobs_stream, WORKERS_GROUP), (self.results_stream, BOTS_GROUP)):
            try:
                await self.redis.xgroup_create(stream, group, id="0", mkstream=True)
            except ResponseError as exc:
                if "BUSYGROUP" not in str(exc):
                    raise

    async def get_bytes(self, key: str) -> bytes | None:
        return await self.redis.get(key)

    async def delete_bytes(self, key: str) -> None:
        await self.redis.delete(key)

    async def queue_depth(self) -> int:
        """Jobs not finished yet: waiting for a worker plus being processed."""
        return await self._backlog(self.jobs_stream, WORKERS_GROUP)

    async def results_backlog(self) -> int:
        return await self._backlog(self.results_stream, BOTS_GROUP)

    async def dead_letters(self) -> int:
        return await self.redis.xlen(self.dead_stream)

    async def _backlog(self, stream: str, group: str) -> int:
        try:
            groups = await self.redis.xinfo_groups(stream)
        except ResponseError:  # no such stream yet
            return 0
        for info in groups:
            if _s(info["name"]) != group:
                continue
            lag = info.get("lag")
            if lag is None:  # Redis can't tell after trimming/XDEL: count what is after the group cursor
                last = _s(info["last-delivered-id"])
                lag = len(await self.redis.xrange(stream, min=f"({last}", max="+"))
            return int(lag) + int(info["pending"])
        return await self.redis.xlen(stream)

    # ---- bot side -------------------------------------------------------------------------------------

    async def enqueue(self, job: Job, image_bytes: bytes, ttl_seconds: int = 3600) -> EnqueueOutcome:
        """Queue `job` once: a second call with the same job_id (within the TTL) creates nothing."""
        entry_id = await self._enqueue(
            keys=[self._marker_key(job.job_id), job.image_key, self.jobs_stream],
            args=[int(ttl_seconds), image_bytes, self.maxlen, *_flat(job.to_fields())],
        )
        ahead = max(0, await self.queue_depth() - 1)
        if entry_id is None:
            return EnqueueOutcome(created=False, ahead=ahead)
        return EnqueueOutcome(created=True, ahead=ahead, entry_id=_s(entry_id))

    async def read_results(self, consumer: str, count: int = 10, block_ms: int = 1000) -> list[ResultDelivery]:
        """New results for this bot replica, plus results a dead replica read but never acknowledged."""
        deliveries: list[ResultDelivery] = []
        now = time.monotonic()
        if now - self._last_result_reclaim >= self.result_reclaim_interval_s:
            self._last_result_reclaim = now
            entries = await self._autoclaim(
                self.results_stream, BOTS_GROUP, consumer, self.result_reclaim_idle_ms, count
            )
            deliveries += await self._results_from(entries)
        if deliveries:
            return deliveries
        entries = await self._read_group(self.results_stream, BOTS_GROUP, consumer, count, block_ms)
        return await self._results_from(entries)

    async def _results_from(self, entries: list[tuple[str, dict]]) -> list[ResultDelivery]:
        out = []
        for entry_id, fields in entries:
            try:
                out.append(ResultDelivery(entry_id, Result.from_fields(fields)))
            except (TypeError, ValueError, json.JSONDecodeError):
                log.error("malformed result entry dropped", extra={"entry_id": entry_id})
                await self.ack_result(entry_id)
        return out

    async def claim_reply(self, job_id: str) -> bool:
        """True exactly once per job across all bot replicas: call it right before sending the reply."""
        return bool(
            await self.redis.set(self._reply_key(job_id), b"1", nx=True, ex=self.reply_claim_ttl_seconds)
        )

    async def release_reply(self, job_id: str) -> None:
        """Undo `claim_reply` when sending failed before anything reached the user, so a retry may send."""
        await self.redis.delete(self._reply_key(job_id))

    async def ack_result(self, entry_id: str) -> None:
        await self.redis.xack(self.results_stream, BOTS_GROUP, entry_id)

    # ---- worker side ----------------------------------------------------------------------------------

    async def read_jobs(self, consumer: str, count: int = 1, block_ms: int = 1000) -> list[JobDelivery]:
        entries = await self._read_group(self.jobs_stream, WORKERS_GROUP, consumer, count, block_ms)
        return await self._jobs_from(entries, {entry_id: 1 for entry_id, _ in entries})

    async def reclaim_stale(self, consumer: str, min_idle_ms: int, count: int = 10) -> list[JobDelivery]:
        """Take over jobs whose worker went quiet for `min_idle_ms` (XAUTOCLAIM; delivery count +1)."""
        entries = await self._autoclaim(self.jobs_stream, WORKERS_GROUP, consumer, min_idle_ms, count)
        return await self._jobs_from(entries, await self._delivery_counts(entries))

    async def _delivery_counts(self, entries: list[tuple[str, dict]]) -> dict[str, int]:
        counts: dict[str, int] = {}
        for entry_id, _ in entries:
            info = await self.redis.xpending_range(
                self.jobs_stream, WORKERS_GROUP, min=entry_id, max=entry_id, count=1
            )
            counts[entry_id] = int(info[0]["times_delivered"]) if info else self.max_deliveries + 1
        return counts

    async def resume_own(self, consumer: str, count: int = 1) -> list[JobDelivery]:
        """Jobs still pending under this very consumer name: a restarted worker with a stable name
        (e.g. a container restarted by Docker keeps hostname and pid 1) retries them at once instead of
        waiting out the reclaim idle time. XCLAIM counts this as a delivery, like a reclaim.
        """
        pending = await self.redis.xpending_range(
            self.jobs_stream, WORKERS_GROUP, "-", "+", count, consumername=consumer
        )
        ids = [_s(p["message_id"]) for p in pending]
        if not ids:
            return []
        claimed = await self.redis.xclaim(self.jobs_stream, WORKERS_GROUP, consumer, 0, ids)
        entries = [(_s(entry_id), fields) for entry_id, fields in claimed if fields]
        return await self._jobs_from(entries, await self._delivery_counts(entries))

    async def touch(self, delivery: JobDelivery, consumer: str) -> None:
        """Reset the job's idle time (XCLAIM JUSTID keeps the delivery count) so nobody reclaims it."""
        await self.redis.xclaim(
            self.jobs_stream, WORKERS_GROUP, consumer, 0, [delivery.entry_id], justid=True
        )

    async def complete(self, delivery: JobDelivery, result: Result, restored_png: bytes | None = None) -> bool:
        """Publish the result, store the restored PNG, delete the photo and XACK, atomically.

        Returns False (and writes nothing) when the job was no longer pending: another worker that
        reclaimed it already finished, so publishing again would only make a duplicate.
        """
        if restored_png:
            result.restored_image_key = self.restored_key(result.job_id)
        return await self._finish_job(delivery, result, restored_png, dead=None)

    async def dead_letter(self, delivery: JobDelivery, result: Result, reason: str = "max_deliveries") -> bool:
        """Move a job that keeps failing to the dead stream, publish its error result and XACK it."""
        dead = {
            **delivery.job.to_fields(),
            "entry_id": json.dumps(delivery.entry_id),
            "deliveries": json.dumps(delivery.deliveries),
            "reason": json.dumps(reason),
            "dead_at": json.dumps(time.time()),
        }
        return await self._finish_job(delivery, result, None, dead=dead)

    async def drop_malformed(self, entry_id: str, fields: dict, reason: str) -> None:
        """A job entry that can't be parsed has no chat to answer: dead-letter the raw fields and ack."""
        dead = {_s(k): _s(v) for k, v in fields.items()} | {"reason": json.dumps(reason)}
        await self._finish(
            keys=[self.jobs_stream, self.results_stream, f"{self.prefix}none", f"{self.prefix}none",
                  self.dead_stream],
            args=[WORKERS_GROUP, entry_id, self.maxlen, 1, b"", 0, *_flat(dead)],
        )

    async def remove_consumer_if_idle(self, consumer: str) -> bool:
        """Forget a stopping worker's consumer name, but only when it holds no pending job.

        (XGROUP DELCONSUMER drops the consumer's pending entries, which would lose those jobs.)
        """
        try:
            consumers = await self.redis.xinfo_consumers(self.jobs_stream, WORKERS_GROUP)
        except ResponseError:
            return False
        for info in consumers:
            if _s(info["name"]) == consumer and int(info["pending"]) == 0:
                await self.redis.xgroup_delconsumer(self.jobs_stream, WORKERS_GROUP, consumer)
                return True
        return False

    async def _finish_job(
        self, delivery: JobDelivery, result: Result, restored_png: bytes | None, dead: dict | None
    ) -> bool:
        result_fields = _flat(result.to_fields())
        restored_key = result.restored_image_key or self.restored_key(result.job_id)
        done = await self._finish(
            keys=[self.jobs_stream, self.results_stream, delivery.job.image_key, restored_key,
                  self.dead_stream],
            args=[WORKERS_GROUP, delivery.entry_id, self.maxlen, self.restored_ttl_seconds,
                  restored_png or b"", len(result_fields), *result_fields, *_flat(dead or {})],
        )
        return bool(done)

    async def _jobs_from(self, entries: list[tuple[str, dict]], counts: dict[str, int]) -> list[JobDelivery]:
        out = []
        for entry_id, fields in entries:
            try:
                job = Job.from_fields(fields)
            except (TypeError, ValueError, json.JSONDecodeError) as exc:
                log.error("malformed job entry dead-lettered", extra={"entry_id": entry_id})
                await self.drop_malformed(entry_id, fields, f"malformed: {exc}")
                continue
            out.append(JobDelivery(entry_id, job, counts.get(entry_id, 1)))
        return out

    # ---- stream plumbing ------------------------------------------------------------------------------

    async def _read_group(
        self, stream: str, group: str, consumer: str, count: int, block_ms: int
    ) -> list[tuple[str, dict]]:
        try:
            reply = await self.redis.xreadgroup(
                group, consumer, {stream: ">"}, count=count, block=block_ms or None
            )
        except ResponseError as exc:
            if "NOGROUP" not in str(exc):
                raise
            # The stream or group vanished (Redis restarted without its append-only file): recreate.
            log.warning("consumer group missing, recreating", extra={"stream": stream})
            await self.ensure_groups()
            return []
        entries: list[tuple[str, dict]] = []
        for _stream, items in reply or []:
            for entry_id, fields in items:
                if fields:
                    entries.append((_s(entry_id), fields))
        return entries

    async def _autoclaim(
        self, stream: str, group: str, consumer: str, min_idle_ms: int, count: int
    ) -> list[tuple[str, dict]]:
        entries: list[tuple[str, dict]] = []
        start = "0-0"
        try:
            while len(entries) < count:
                reply = await self.redis.xautoclaim(
                    stream, group, consumer, min_idle_time=min_idle_ms, start_id=start,
                    count=count - len(entries),
                )
                cursor, items = _s(reply[0]), reply[1]
                # Entries trimmed away while pending come back as None and are dropped from the PEL.
                entries += [(_s(entry_id), fields) for entry_id, fields in items if fields]
                if cursor == "0-0":
                    break
                start = cursor
        except ResponseError as exc:
            if "NOGROUP" not in str(exc):
                raise
            await self.ensure_groups()
        return entries
