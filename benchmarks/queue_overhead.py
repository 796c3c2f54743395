"""Queue overhead: enqueue → result consumed by the bot side, with a no-op pipeline.

Real redis-server (append-only file, as in docker-compose.yml), real
`python -m inference worker` processes running `tests.support.fake_pipeline:noop_pipeline`, and a
bot-side consumer doing what a bot replica does (read_results, claim_reply, ack). Two measurements:
* burst: N photos enqueued at once (the bot's handlers run concurrently); each job's latency includes
  waiting behind the others, so p99 ≈ time to drain the burst;
* sequential: one photo at a time, the unloaded round trip.
Redis runs with `--appendfsync always` by default, as docker-compose.yml does (no acknowledged job is
lost even if Redis is killed); `--appendfsync everysec` shows what that durability costs.

    .venv/bin/python benchmarks/queue_overhead.py [--jobs 200] [--workers 1] [--photo-kb 150]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from inference.contract import Job  # noqa: E402
from inference.queue import JobQueue  # noqa: E402
from tests.conftest import free_port  # noqa: E402
from tests.support.worker_process import WorkerProcess  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary(ms: list[float]) -> dict[str, float]:
    return {
        "n": len(ms),
        "p50_ms": round(percentile(ms, 50), 2),
        "p90_ms": round(percentile(ms, 90), 2),
        "p99_ms": round(percentile(ms, 99), 2),
        "max_ms": round(max(ms), 2),
        "mean_ms": round(statistics.fmean(ms), 2),
    }


class BotSide:
    """Consumes results like a bot replica and stamps when each job's result was in hand."""

    def __init__(self, queue: JobQueue):
        self.queue = queue
        self.done: dict[str, float] = {}
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        while True:
            for d in await self.queue.read_results("bench-bot", count=50, block_ms=100):
                if await self.queue.claim_reply(d.result.job_id):
                    self.done[d.result.job_id] = time.perf_counter()
                await self.queue.ack_result(d.entry_id)

    async def wait_for(self, job_ids: set[str], timeout: float = 300) -> None:
        deadline = time.monotonic() + timeout
        while not job_ids <= self.done.keys():
            if time.monotonic() > deadline:
                raise TimeoutError(f"{len(job_ids - self.done.keys())} results missing")
            await asyncio.sleep(0.005)

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()


async def run_one(queue: JobQueue, bot: BotSide, message_id: int, body: bytes) -> tuple[str, float]:
    job_id = Job.make_id(1, message_id)
    job = Job(job_id=job_id, chat_id=1, message_id=message_id, user_id=1, language="hi",
              image_key=queue.image_key(job_id))
    t0 = time.perf_counter()
    await queue.enqueue(job, body)
    return job_id, t0


async def bench(args: argparse.Namespace, redis_url: str) -> dict:
    queue = JobQueue.connect(redis_url)
    await queue.ensure_groups()
    body = os.urandom(args.photo_kb * 1024)
    bot = BotSide(queue)
    bot.start()
    ids = iter(range(1, 10**9))

    # Warm-up: worker processes started, connected and consuming.
    warm = [await run_one(queue, bot, next(ids), body) for _ in range(5 * args.workers)]
    await bot.wait_for({job_id for job_id, _ in warm})

    burst_start = time.perf_counter()
    sent = await asyncio.gather(*(run_one(queue, bot, next(ids), body) for _ in range(args.jobs)))
    enqueued_all = time.perf_counter()
    await bot.wait_for({job_id for job_id, _ in sent})
    burst_ms = [(bot.done[job_id] - t0) * 1000 for job_id, t0 in sent]
    drain_s = max(bot.done[job_id] for job_id, _ in sent) - burst_start

    sequential_ms = []
    for _ in range(args.sequential):
        job_id, t0 = await run_one(queue, bot, next(ids), body)
        await bot.wait_for({job_id})
        sequential_ms.append((bot.done[job_id] - t0) * 1000)

    await bot.stop()
    await queue.close()
    return {
        "burst": summary(burst_ms) | {
            "enqueue_all_ms": round((enqueued_all - burst_start) * 1000, 1),
            "drain_s": round(drain_s, 3),
            "jobs_per_s": round(args.jobs / drain_s, 1),
        },
        "sequential": summary(sequential_ms),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=200)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--sequential", type=int, default=100)
    parser.add_argument("--photo-kb", type=int, default=150)
    parser.add_argument("--appendfsync", choices=["always", "everysec", "no"], default="always")
    parser.add_argument("--out", type=Path, help="also write the JSON here")
    args = parser.parse_args()

    data_dir = Path(tempfile.mkdtemp(prefix="tasveer-bench-"))
    port = free_port()
    redis = subprocess.Popen(
        [shutil.which("redis-server") or "redis-server", "--port", str(port), "--bind", "127.0.0.1",
         "--save", "", "--appendonly", "yes", "--appendfsync", args.appendfsync, "--dir", str(data_dir)],
        stdout=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    workers = []
    try:
        time.sleep(0.3)
        workers = [
            WorkerProcess(url, f"bench-worker-{i}", data_dir / f"worker-{i}.log",
                          pipeline="tests.support.fake_pipeline:noop_pipeline",
                          env={"LOG_LEVEL": "WARNING"}).start()
            for i in range(args.workers)
        ]
        result = asyncio.run(bench(args, url))
    finally:
        for w in workers:
            w.terminate()
        redis.terminate()
        redis.wait()
        shutil.rmtree(data_dir, ignore_errors=True)

    result = {
        "config": {"jobs": args.jobs, "workers": args.workers, "photo_kb": args.photo_kb,
                   "sequential": args.sequential, "appendfsync": args.appendfsync, "cpus": os.cpu_count(), "python": platform.python_version(),
                   "load_avg_1m": round(os.getloadavg()[0], 2)},
        **result,
    }
    text = json.dumps(result, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
