"""Fixtures shared by every test: paths to ../shared, real sample photos, and a real redis-server."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TASVEER_SHARED", ROOT.parent / "shared")).resolve()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared data directory; tests that need it skip cleanly on a fresh clone without it."""
    if not (SHARED / "data").is_dir():
        pytest.skip(f"needs the shared data directory at {SHARED} (set TASVEER_SHARED)")
    return SHARED


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class RedisServer:
    """A real redis-server on loopback that tests may stop and restart (same port, same data dir)."""

    port: int
    data_dir: Path
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            pytest.fail("redis-server is not installed; run `make install` (it installs the Debian package)")
        self.process = subprocess.Popen(
            [
                binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                "--appendonly", "yes", "--appendfsync", "always", "--dir", str(self.data_dir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as s:
                    s.sendall(b"PING\r\n")
                    if s.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    server = RedisServer(port=free_port(), data_dir=tmp_path)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
async def queue(redis_server: RedisServer):
    """A job queue on this test's Redis, its consumer groups created."""
    from inference.queue import JobQueue

    q = JobQueue.connect(redis_server.url)
    await q.ensure_groups()
    yield q
    await q.close()


@pytest.fixture(scope="session")
def sample_photos():
    """Real photos that ship inside scikit-image, as RGB arrays, by name."""
    from skimage import data

    return {
        "astronaut": data.astronaut(),
        "coffee": data.coffee(),
        "chelsea": data.chelsea(),
        "rocket": data.rocket(),
    }


@pytest.fixture(scope="session")
def built_lexicons(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ta/te/kn/mr/gu/pa translation lexicons, built from ../shared (they may not ship in the repo)."""
    from training.translate import export_lexicons

    out = tmp_path_factory.mktemp("lexicons")
    export_lexicons(out, shared_dir)
    return out
