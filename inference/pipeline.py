"""The one pipeline the worker runs: decode/validate → damage mask → (inpaint) → caption → hashtags → translate.

Each model stage is optional so the product works while models land one by one: a stage whose shipped
weights are missing is skipped (and absent from `timings_ms`), never faked.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np

from inference.analysis import ImageAnalysis, Restoration
from inference.images import decode_photo, encode_png
from inference.post import PhotoPost

log = logging.getLogger(__name__)

WEIGHTS_DIR = Path(__file__).parent / "weights"


class PhotoRestorer(Protocol):
    def restore(self, rgb: np.ndarray) -> Restoration: ...


class PhotoCaptioner(Protocol):
    def analyse(self, images: list[np.ndarray]) -> list[ImageAnalysis]: ...


class HashtagMaker(Protocol):
    def hashtags(self, analysis: ImageAnalysis, limit: int = 12) -> list[str]: ...


class CaptionTranslator(Protocol):
    def offline_languages(self) -> set[str]: ...

    async def translate(self, lines: list[str], lang: str) -> list[str] | None: ...

    async def translate_hashtags(self, tags: list[str], lang: str) -> list[str] | None: ...


@dataclass
class PipelineOutput:
    post: PhotoPost
    restored_png: bytes | None = None  # only when damage was found and repaired
    mask: np.ndarray | None = None
    image: np.ndarray | None = field(default=None, repr=False)


@dataclass
class Pipeline:
    restorer: PhotoRestorer | None = None
    captioner: PhotoCaptioner | None = None
    tagger: HashtagMaker | None = None
    translator: CaptionTranslator | None = None
    hashtag_limit: int = 12

    async def process(self, data: bytes, lang: str = "en") -> PipelineOutput:
        """Run every stage on one photo's bytes. Raises images.BadImageError for input a user must fix."""
        timings: dict[str, float] = {}
        started = time.perf_counter()

        def timed(stage: str, t0: float) -> None:
            timings[stage] = round((time.perf_counter() - t0) * 1000.0, 2)

        t0 = time.perf_counter()
        rgb = await asyncio.to_thread(decode_photo, data)
        timed("decode", t0)

        restored = False
        mask = None
        if self.restorer is not None:
            t0 = time.perf_counter()
            restoration = await asyncio.to_thread(self.restorer.restore, rgb)
            timed("restore", t0)
            rgb, mask, restored = restoration.image, restoration.mask, restoration.restored

        analysis = ImageAnalysis(caption_en="")
        if self.captioner is not None:
            t0 = time.perf_counter()
            analysis = (await asyncio.to_thread(self.captioner.analyse, [rgb]))[0]
            timed("caption", t0)

        hashtags_en: list[str] = []
        if self.tagger is not None:
            t0 = time.perf_counter()
            hashtags_en = self.tagger.hashtags(analysis, limit=self.hashtag_limit)
            timed("hashtags", t0)

        caption, hashtags, translated = analysis.caption_en, [], True
        if lang != "en":
            translated = False
            if self.translator is not None and analysis.caption_en:
                t0 = time.perf_counter()
                lines = await self.translator.translate([analysis.caption_en], lang)
                native = await self.translator.translate_hashtags(hashtags_en, lang) if hashtags_en else []
                timed("translate", t0)
                if lines is not None:
                    caption, hashtags, translated = lines[0], native or [], True

        timings["total"] = round((time.perf_counter() - started) * 1000.0, 2)
        post = PhotoPost(
            caption_en=analysis.caption_en,
            caption=caption,
            hashtags_en=hashtags_en,
            hashtags=hashtags,
            language=lang,
            translated=translated,
            restored=restored,
            timings_ms=timings,
        )
        restored_png = encode_png(rgb) if restored else None
        return PipelineOutput(post=post, restored_png=restored_png, mask=mask, image=rgb)


def load_pipeline(weights_dir: Path = WEIGHTS_DIR) -> Pipeline:
    """Build the production pipeline from the shipped weights; stages without weights are left out."""
    pipeline = Pipeline()
    if (weights_dir / "restore" / "manifest.json").exists():
        from inference.restoration.restorer import Restorer

        pipeline.restorer = Restorer.load(weights_dir / "restore")
    if (weights_dir / "caption" / "manifest.json").exists():
        from inference.captioning.captioner import Captioner

        pipeline.captioner = Captioner.load(weights_dir / "caption")
    if (weights_dir / "hashtags" / "manifest.json").exists():
        from inference.hashtags.generator import HashtagGenerator

        pipeline.tagger = HashtagGenerator.load(weights_dir / "hashtags")
    from inference.translation.service import TranslationService

    # Always present: even without offline weights a remote backend may be configured.
    pipeline.translator = TranslationService.from_env(weights_dir / "translate")
    log.info(
        "pipeline loaded",
        extra={
            "stages": [
                name
                for name in ("restorer", "captioner", "tagger", "translator")
                if getattr(pipeline, name) is not None
            ]
        },
    )
    return pipeline
