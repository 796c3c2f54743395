"""Deterministic stand-ins for the pipeline, for worker tests and the queue benchmark.

The worker loads them with `--pipeline tests.support.fake_pipeline:make_pipeline` (or `:noop_pipeline`),
so tests exercise the real worker process, queue and Redis while the models are out of the picture.
Triggers, chosen by the photo bytes:
* bytes starting with POISON_PREFIX raise a RuntimeError (a model error: one error result, loop goes on);
* bytes starting with CRASH_PREFIX SIGKILL the worker process mid-job (a job that takes workers down);
* bytes starting with HANG_PREFIX block a thread for an hour (a stuck native call);
* anything else is decoded with the real `decode_photo` (junk → BadImageError) and captioned with its
  mean colour, after FAKE_PIPELINE_DELAY_S seconds.
"""

from __future__ import annotations

import asyncio
import io
import os
import signal
import time

import numpy as np
from PIL import Image

from inference.images import decode_photo
from inference.pipeline import PipelineOutput
from inference.post import PhotoPost

POISON_PREFIX = b"POISON"
CRASH_PREFIX = b"CRASH"
HANG_PREFIX = b"HANG"


def flat_photo(i: int) -> tuple[bytes, str]:
    """A distinct flat-colour PNG for index `i`, and the English caption this pipeline gives it."""
    colour = (i * 37 % 256, i * 91 % 256, 200)
    buf = io.BytesIO()
    Image.new("RGB", (48, 48), colour).save(buf, format="PNG")
    return buf.getvalue(), "a photo whose mean colour is #{:02x}{:02x}{:02x}".format(*colour)


def mean_colour_caption(rgb: np.ndarray) -> tuple[str, str]:
    r, g, b = (int(round(v)) for v in rgb.reshape(-1, 3).mean(axis=0))
    hex_colour = f"{r:02x}{g:02x}{b:02x}"
    return f"a photo whose mean colour is #{hex_colour}", hex_colour


class MeanColourPipeline:
    def __init__(self, delay_s: float = 0.0):
        self.delay_s = delay_s

    async def process(self, data: bytes, lang: str = "en") -> PipelineOutput:
        if data.startswith(POISON_PREFIX):
            raise RuntimeError("poisoned input (test trigger)")
        if data.startswith(CRASH_PREFIX):
            os.kill(os.getpid(), signal.SIGKILL)
        if data.startswith(HANG_PREFIX):  # a stuck native call: a thread that never returns
            await asyncio.to_thread(time.sleep, 3600)
        t0 = time.perf_counter()
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        rgb = decode_photo(data)
        caption, hex_colour = mean_colour_caption(rgb)
        total = round((time.perf_counter() - t0) * 1000.0, 2)
        post = PhotoPost(
            caption_en=caption,
            caption=caption if lang == "en" else f"[{lang}] {caption}",
            hashtags_en=["#tasveer", f"#c{hex_colour}"],
            language=lang,
            timings_ms={"caption": total, "total": total},
        )
        return PipelineOutput(post=post)


class NoopPipeline:
    """No decoding, no models: what is left of a job's latency is the queue's."""

    async def process(self, data: bytes, lang: str = "en") -> PipelineOutput:
        return PipelineOutput(post=PhotoPost(caption_en="noop", caption="noop", language=lang))


def make_pipeline() -> MeanColourPipeline:
    return MeanColourPipeline(delay_s=float(os.environ.get("FAKE_PIPELINE_DELAY_S", "0")))


def noop_pipeline() -> NoopPipeline:
    return NoopPipeline()
