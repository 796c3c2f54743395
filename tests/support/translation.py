"""Translation test helpers: a tiny real model (untrained weights, real vocabulary) and a remote stand-in.

The tiny model is for contract tests (line counts, empty/long/emoji lines, save/load) that must run on a
fresh clone without ../shared; quality is tested with the smoke-trained model on real data.
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import web

TINY_CORPUS = [
    "a dog runs on the grass", "two people walk near the beach", "a red car parked on the street",
    "a man is wearing a blue shirt", "the sky is clear and blue", "a cat sleeps on a sofa",
    "children play football in the park 2024", "a woman holds an umbrella in the rain",
    "कुत्ता घास पर दौड़ता है", "समुद्र तट के पास दो लोग चलते हैं", "सड़क पर खड़ी लाल कार",
    "நாய் புல்லில் ஓடுகிறது", "கடற்கரை அருகே இருவர் நடக்கிறார்கள்", "தெருவில் நிற்கும் சிவப்பு கார்",
]


def build_tiny_weights(out_dir: Path, languages: tuple[str, ...] = ("hi", "ta"), seed: int = 7) -> Path:
    """Train a ~200-piece sentencepiece vocabulary on TINY_CORPUS and export an untrained tiny Transformer."""
    import keras

    from inference.translation.config import TranslationModelConfig
    from inference.translation.transformer import TranslationTransformer
    from inference.translation.vocabulary import SubwordVocabulary, language_tag
    from training.translate import export_model, train_sentencepiece

    out_dir.mkdir(parents=True, exist_ok=True)
    model_path = out_dir / "spm.model"
    train_sentencepiece(TINY_CORPUS * 3, model_path, vocab_size=200, tags=[language_tag(x) for x in languages])
    vocab = SubwordVocabulary(model_path.read_bytes(), languages)
    model_path.unlink()
    config = TranslationModelConfig(
        vocab_size=vocab.size, d_model=16, num_heads=2, encoder_layers=1, decoder_layers=1, ff_dim=32, max_length=64
    )
    keras.utils.set_random_seed(seed)
    model = TranslationTransformer.from_config_data(config)
    model.build()
    export_model(model, vocab, config, out_dir)
    return out_dir


@dataclass
class TranslationStandIn:
    """A local HTTP server speaking the Google v2 and IndicTrans2 wire formats, with failure modes.

    `mode`: "ok", "error500", "timeout" (sleeps past the client timeout), "bad_json", "wrong_count",
    or "flaky" (HTTP 500 on the first request, then ok). Every request body is recorded.
    """

    mode: str = "ok"
    delay_seconds: float = 5.0
    requests: list[dict[str, Any]] = field(default_factory=list)
    port: int = 0

    def translate_line(self, line: str, lang: str) -> str:
        return f"[{lang}] {line}"

    async def _handle(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.requests.append({"path": request.path, "query": dict(request.query), "body": body,
                              "auth": request.headers.get("Authorization")})
        mode = self.mode
        if mode == "flaky":
            mode = "error500" if len(self.requests) == 1 else "ok"
        if mode == "error500":
            return web.Response(status=500, text="internal error")
        if mode == "timeout":
            await asyncio.sleep(self.delay_seconds)
        if mode == "bad_json":
            return web.Response(status=200, text="{not json", content_type="application/json")
        google = request.path.endswith("/v2")
        lines = body["q"] if google else body["sentences"]
        lang = body["target"] if google else body["tgt_lang"]
        out = [self.translate_line(line, lang) for line in lines]
        if mode == "wrong_count":
            out = out[:-1]
        if google:
            return web.json_response({"data": {"translations": [{"translatedText": t} for t in out]}})
        return web.json_response({"translations": out})

    def __enter__(self) -> TranslationStandIn:
        ready = threading.Event()

        def serve() -> None:
            self._loop = asyncio.new_event_loop()
            app = web.Application()
            app.router.add_post("/language/translate/v2", self._handle)
            app.router.add_post("/translate", self._handle)
            self._runner = web.AppRunner(app)
            self._loop.run_until_complete(self._runner.setup())
            site = web.TCPSite(self._runner, "127.0.0.1", 0)
            self._loop.run_until_complete(site.start())
            self.port = site._server.sockets[0].getsockname()[1]
            ready.set()
            self._loop.run_forever()

        self._thread = threading.Thread(target=serve, daemon=True)
        self._thread.start()
        ready.wait(10)
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    @property
    def google_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/language/translate/v2"

    @property
    def indictrans2_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/translate"
