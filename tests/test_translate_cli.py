"""`python -m inference translate --lang CODE`: the stdin/stdout contract, run as a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from inference.commands.translate import read_lines
from tests.support.translation import build_tiny_weights

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def weights(tmp_path_factory) -> Path:
    return build_tiny_weights(tmp_path_factory.mktemp("cli-translate"))


def run_cli(args: list[str], stdin: bytes, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("TRANSLATION_")}
    return subprocess.run(
        [sys.executable, "-m", "inference", "translate", *args], input=stdin, capture_output=True,
        cwd=ROOT, env={**clean, **env}, timeout=120,
    )


def test_one_line_out_per_line_in(weights: Path) -> None:
    lines = [
        "A dog runs on the grass.",
        "",
        "   ",
        "a cat 🐱 sleeps on a sofa 😴",
        "🎉🎉",
        "There are 3 cars and 12 people, in 2024.",
        "12,345",
        " ".join(["a man is wearing a blue shirt and walking near the beach."] * 40),  # ~480 words
        "line with a\u2028unicode line separator",
        "windows line ending\r",
    ]
    result = run_cli(["--lang", "ta", "--weights", str(weights)], ("\n".join(lines) + "\n").encode())
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode().split("\n")
    assert out[-1] == "" and len(out[:-1]) == len(lines)
    out = out[:-1]
    assert out[1] == "" and out[2] == ""
    for source, target in zip(lines, out, strict=True):
        if source.strip():
            assert target.strip(), f"empty translation for {source!r}"
    assert out[3].endswith("🐱😴")
    assert out[4] == "🎉🎉" and out[6] == "12,345"


def test_no_trailing_newline_and_empty_input(weights: Path) -> None:
    result = run_cli(["--lang", "hi", "--weights", str(weights)], b"first\nsecond")
    assert result.returncode == 0 and len(result.stdout.decode().splitlines()) == 2
    result = run_cli(["--lang", "hi", "--weights", str(weights)], b"")
    assert result.returncode == 0 and result.stdout == b""


def test_unavailable_language_says_so_and_prints_nothing(weights: Path) -> None:
    result = run_cli(["--lang", "kn", "--weights", str(weights)], b"a dog\n")
    assert result.returncode == 3 and result.stdout == b""
    assert "not available offline" in result.stderr.decode()


def test_read_lines_splits_on_newline_only() -> None:
    assert read_lines("a\u2028b\nc\r\n\n".encode()) == ["a\u2028b", "c", ""]
    assert read_lines(b"") == []


def test_offline_translation_never_imports_tensorflow(weights: Path) -> None:
    code = (
        "import asyncio, sys; from pathlib import Path\n"
        "from inference.translation.service import TranslationService\n"
        f"s = TranslationService.from_env(Path({str(weights)!r}))\n"
        "assert asyncio.run(s.translate(['a dog'], 'hi'))\n"
        "print('tensorflow' in sys.modules, 'keras' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]
