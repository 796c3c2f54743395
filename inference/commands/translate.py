"""`python -m inference translate --lang CODE`: English lines on stdin → one translated line each on stdout.

Exactly one output line per input line, in order (an empty line stays empty); lines are translated in
batches. Exit status 3 with a message on stderr, and nothing on stdout, when the language is available from
no backend (no shipped model and no remote configured).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from inference.languages import LANGUAGES

DEFAULT_WEIGHTS = Path(__file__).resolve().parent.parent / "weights" / "translate"


def read_lines(data: bytes) -> list[str]:
    """Split on newlines only (not on the Unicode separators `str.splitlines` also breaks at)."""
    text = data.decode("utf-8", errors="replace")
    if not text:
        return []
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return [line.rstrip("\r") for line in lines]


async def translate_all(lines: list[str], lang: str, weights: Path, batch_size: int) -> list[str] | None:
    from inference.translation.service import TranslationService

    service = TranslationService.from_env(weights)
    out: list[str] = []
    for start in range(0, len(lines), batch_size):
        batch = await service.translate(lines[start : start + batch_size], lang)
        if batch is None:
            return None
        out += batch
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m inference translate", description=__doc__.splitlines()[0])
    parser.add_argument("--lang", required=True, choices=sorted(LANGUAGES))
    parser.add_argument("--weights", type=Path, default=DEFAULT_WEIGHTS, help="translation weights directory")
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args(argv)
    lines = read_lines(sys.stdin.buffer.read())
    translated = asyncio.run(translate_all(lines, args.lang, args.weights, args.batch_size))
    if translated is None:
        name = LANGUAGES[args.lang].english_name
        print(f"{name} ({args.lang}) is not available offline yet and no remote backend is configured "
              "(TRANSLATION_BACKEND / TRANSLATION_BACKEND_URL).", file=sys.stderr)
        return 3
    out = sys.stdout.buffer
    for line in translated:
        out.write(line.replace("\r", " ").replace("\n", " ").encode("utf-8") + b"\n")
    out.flush()
    return 0
