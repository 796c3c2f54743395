"""How heavy is the bot process? Import time, start time, RSS idle and after a burst of photos.

Runs the real `python -m bot` against the local Bot API stand-in and a throwaway redis-server, with a
worker on the deterministic test pipeline (so the photo round trip is measured without models):

    .venv/bin/python benchmarks/bot_footprint.py [--photos 50] [--runs 3]

Prints one JSON object; docs/service-bot.md records the numbers.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import RedisServer, free_port  # noqa: E402
from tests.support.bot_process import BotProcess  # noqa: E402
from tests.support.botapi import BotAPIStandIn  # noqa: E402
from tests.support.telegram_updates import Chat, Updates, User, image_bytes  # noqa: E402
from tests.support.worker_process import WorkerProcess  # noqa: E402


def import_cost() -> dict:
    code = (
        "import time, sys; t=time.perf_counter(); import bot.app; "
        "print(time.perf_counter()-t, 'tensorflow' in sys.modules, 'numpy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    seconds, tf, np = out.stdout.split()
    return {"import_bot_app_s": round(float(seconds), 3), "imports_tensorflow": tf == "True",
            "imports_numpy": np == "True"}


def rss_mb(pid: int) -> float:
    return round(psutil.Process(pid).memory_info().rss / 2**20, 1)


def one_run(tmp: Path, photos: int) -> dict:
    redis_server = RedisServer(port=free_port(), data_dir=tmp)
    redis_server.start()
    api = BotAPIStandIn().start()
    worker = WorkerProcess(redis_server.url, "bench-worker", tmp / "worker.log").start()
    bot = BotProcess(api, redis_server.url, tmp / "bot.log",
                     env={"RATE_LIMIT_USER_PER_MINUTE": "0", "LOG_LEVEL": "WARNING"})
    try:
        bot.start()
        time.sleep(1.0)  # let start-up allocations settle
        idle = rss_mb(bot.process.pid)
        updates = Updates(api)
        user = User(1)
        chat = Chat(1)
        data = image_bytes((1280, 960), "JPEG")
        sent_at = {}
        for _ in range(photos):
            msg = updates.photo_message(chat, user, data, 1280, 960)
            sent_at[msg["message_id"]] = time.monotonic()
            updates.push(msg)
        posts = api.wait_for(lambda c: c.method == "sendMessage" and "reply_markup" in c.params, 120, count=photos)
        latencies = [c.at - sent_at[c.params["reply_parameters"]["message_id"]] for c in posts]
        return {
            "start_to_ready_s": round(bot.started_s, 2),
            "rss_idle_mb": idle,
            "rss_after_photos_mb": rss_mb(bot.process.pid),
            "photo_to_post_p50_s": round(statistics.median(latencies), 3),
            "photo_to_post_max_s": round(max(latencies), 3),
        }
    finally:
        bot.stop()
        worker.terminate()
        api.stop()
        redis_server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    runs = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            runs.append(one_run(Path(tmp), args.photos))
    summary = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
    print(json.dumps({"import": import_cost(), "photos_per_run": args.photos, "median": summary, "runs": runs},
                     indent=2))


if __name__ == "__main__":
    main()
