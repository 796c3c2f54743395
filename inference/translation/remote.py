"""Remote translation backends over HTTP (aiohttp): Google Cloud Translation v2 and IndicTrans2-style servers.

A remote answer is used only when it is complete and well-formed: one non-empty string per non-empty input.
Anything else (timeout, HTTP error, malformed JSON, wrong count) is retried a few times and then reported
as None, so the caller falls back to the offline model or to the honest English post.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import aiohttp

log = logging.getLogger(__name__)

# FLORES-200 codes, as IndicTrans2 servers expect them.
FLORES_CODES = {
    "hi": "hin_Deva", "bn": "ben_Beng", "ta": "tam_Taml", "te": "tel_Telu", "mr": "mar_Deva",
    "gu": "guj_Gujr", "kn": "kan_Knda", "ml": "mal_Mlym", "pa": "pan_Guru", "or": "ory_Orya",
    "as": "asm_Beng", "ur": "urd_Arab",
}
RETRY_STATUS = {408, 429, 500, 502, 503, 504}


class RemoteFailure(Exception):
    def __init__(self, reason: str, retry: bool):
        super().__init__(reason)
        self.retry = retry


class RemoteTranslator:
    """`backend` is "google" (v2 REST: q/target/format → data.translations[].translatedText) or
    "indictrans2" (POST {sentences, src_lang, tgt_lang} → {translations: [...]})."""

    def __init__(
        self, backend: str, url: str, api_key: str | None = None, timeout_seconds: float = 8.0,
        retries: int = 2, backoff_seconds: float = 0.25,
    ):
        if backend not in {"google", "indictrans2"}:
            raise ValueError(f"unknown translation backend {backend!r}")
        self.backend, self.url, self.api_key = backend, url, api_key
        self.timeout_seconds, self.retries, self.backoff_seconds = timeout_seconds, retries, backoff_seconds

    def languages(self) -> set[str]:
        return set(FLORES_CODES)

    def _request(self, lines: list[str], lang: str) -> tuple[dict[str, Any], dict[str, str], dict[str, str]]:
        if self.backend == "google":
            params = {"key": self.api_key} if self.api_key else {}
            return {"q": lines, "source": "en", "target": lang, "format": "text"}, params, {}
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        return {"sentences": lines, "src_lang": "eng_Latn", "tgt_lang": FLORES_CODES[lang]}, {}, headers

    def _parse(self, data: Any, expected: int) -> list[str]:
        try:
            if self.backend == "google":
                out = [item["translatedText"] for item in data["data"]["translations"]]
            else:
                out = data["translations"]
        except (KeyError, TypeError) as error:
            raise RemoteFailure(f"unexpected answer shape: {error!r}", retry=True) from error
        if not isinstance(out, list) or len(out) != expected or not all(isinstance(t, str) and t.strip() for t in out):
            raise RemoteFailure("answer does not have one non-empty line per input", retry=True)
        return [" ".join(t.split()) for t in out]

    async def _attempt(self, session: aiohttp.ClientSession, lines: list[str], lang: str) -> list[str]:
        body, params, headers = self._request(lines, lang)
        try:
            async with session.post(self.url, json=body, params=params, headers=headers) as response:
                if response.status != 200:
                    raise RemoteFailure(f"HTTP {response.status}", retry=response.status in RETRY_STATUS)
                try:
                    data = await response.json(content_type=None)
                except ValueError as error:
                    raise RemoteFailure("malformed JSON", retry=True) from error
        except (TimeoutError, aiohttp.ClientError) as error:
            raise RemoteFailure(f"{type(error).__name__}: {error}", retry=True) from error
        return self._parse(data, len(lines))

    async def translate(self, lines: list[str], lang: str) -> list[str] | None:
        """One line per input line, or None when the backend did not give a usable answer."""
        if lang not in FLORES_CODES:
            return None
        todo = [i for i, line in enumerate(lines) if line.strip()]
        out = ["" for _ in lines]
        if not todo:
            return out
        timeout = aiohttp.ClientTimeout(total=self.timeout_seconds)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            for attempt in range(self.retries + 1):
                try:
                    answer = await self._attempt(session, [lines[i].strip() for i in todo], lang)
                except RemoteFailure as failure:
                    log.warning("remote translation failed", extra={"backend": self.backend, "reason": str(failure), "attempt": attempt + 1})
                    if not failure.retry or attempt == self.retries:
                        return None
                    await asyncio.sleep(self.backoff_seconds * (2**attempt))
                    continue
                for i, text in zip(todo, answer, strict=True):
                    out[i] = text
                return out
        return None
