"""The translator the pipeline uses: shipped offline models, a configured remote backend, or nothing.

Order: the offline model for languages that ship one, the remote backend (if configured) for the rest or
when the offline model fails; with `TRANSLATION_PREFER_REMOTE` the remote goes first and the offline model
is the fallback. When no backend can translate a language, `translate` returns None and the post stays
English with a plain notice — never a made-up translation.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from pathlib import Path

from inference.translation.hashtag_translator import HashtagTranslator
from inference.translation.hashtags import WordSegmenter
from inference.translation.lexicon import Lexicon
from inference.translation.remote import RemoteTranslator
from inference.translation.settings import TranslationSettings

log = logging.getLogger(__name__)


class TranslationService:
    def __init__(
        self,
        offline=None,  # OfflineTranslator | None (typed loosely so importing this module stays light)
        remote: RemoteTranslator | None = None,
        hashtags: HashtagTranslator | None = None,
        prefer_remote: bool = False,
    ):
        self.offline, self.remote, self.prefer_remote = offline, remote, prefer_remote
        self.hashtags = hashtags or HashtagTranslator({})

    @classmethod
    def from_env(cls, weights_dir: Path, settings: TranslationSettings | None = None) -> TranslationService:
        """Load whatever ships in `weights_dir` (may be missing or empty) plus the remote from settings."""
        settings = settings or TranslationSettings()
        offline = None
        if (weights_dir / "model.npz").exists() and (weights_dir / "config.json").exists():
            from inference.translation.offline import OfflineTranslator

            offline = OfflineTranslator.load(weights_dir, beam_size=settings.beam_size, lexicon_dir=settings.lexicon_dir)
        lexicons = {}
        lexicon_dir = settings.lexicon_dir or weights_dir / "lexicon"
        for path in sorted(lexicon_dir.glob("en-*.tsv")) if lexicon_dir.is_dir() else []:
            lang = path.stem.split("-", 1)[1]
            lexicons[lang] = Lexicon.load(path, lang)
        if offline is not None:  # the caption rules' hand-checked words go before the dictionary
            from inference.translation.offline import caption_grammars

            for lang, grammar in caption_grammars().items():
                if lang in offline.languages:
                    glossary = grammar().glossary()
                    dictionary = lexicons[lang].entries if lang in lexicons else {}
                    lexicons[lang] = Lexicon({**dictionary, **glossary}, lang)
        known_words = {}
        if (weights_dir / "target_words").is_dir():
            for path in sorted((weights_dir / "target_words").glob("*.txt")):
                known_words[path.stem] = set(path.read_text(encoding="utf-8").split())
        segmenter = None
        if (weights_dir / "words.tsv").exists():
            counts = {}
            for line in (weights_dir / "words.tsv").read_text(encoding="utf-8").splitlines():
                word, _, count = line.partition("\t")
                if word and count.isdigit():
                    counts[word] = int(count)
            segmenter = WordSegmenter(counts)
        remote = None
        url = settings.remote_url()
        if settings.backend and url:
            remote = RemoteTranslator(
                settings.backend, url, settings.api_key.get_secret_value() if settings.api_key else None,
                timeout_seconds=settings.timeout_seconds, retries=settings.retries,
            )
        elif settings.backend:
            log.warning("TRANSLATION_BACKEND is set but TRANSLATION_BACKEND_URL is not; remote translation is off")
        log.info(
            "translation ready",
            extra={"offline": sorted(offline.languages) if offline else [], "remote": settings.backend if remote else None},
        )
        return cls(offline, remote, HashtagTranslator(lexicons, segmenter, known_words), settings.prefer_remote)

    def offline_languages(self) -> set[str]:
        return set(self.offline.languages) if self.offline is not None else set()

    def available_languages(self) -> set[str]:
        return self.offline_languages() | (self.remote.languages() if self.remote is not None else set())

    async def _offline(self, lines: list[str], lang: str, terms: bool = False) -> list[str] | None:
        if self.offline is None or lang not in self.offline.languages:
            return None
        method = self.offline.translate_terms if terms else self.offline.translate
        try:
            return await asyncio.to_thread(method, lines, lang)
        except Exception:  # a broken model must not take the post down; the remote may still answer
            log.exception("offline translation failed", extra={"lang": lang})
            return None

    async def _remote(self, lines: list[str], lang: str) -> list[str] | None:
        if self.remote is None or lang not in self.remote.languages():
            return None
        return await self.remote.translate(lines, lang)

    async def translate(self, lines: list[str], lang: str) -> list[str] | None:
        """One translated line per input line, or None when `lang` is available from no backend."""
        if lang == "en":
            return list(lines)
        return await self._first_answer(lines, lang)

    async def translate_terms(self, terms: list[str], lang: str) -> list[str] | None:
        """Like `translate`, for hashtag words: the offline model leaves a term empty when it is unsure."""
        return await self._first_answer(terms, lang, terms=True)

    async def _first_answer(self, lines: list[str], lang: str, terms: bool = False) -> list[str] | None:
        offline = functools.partial(self._offline, terms=terms)
        order = (self._remote, offline) if self.prefer_remote else (offline, self._remote)
        for backend in order:
            result = await backend(lines, lang)
            if result is not None:
                return result
        return None

    async def translate_hashtags(self, tags: list[str], lang: str) -> list[str] | None:
        """Native-script hashtags (untranslatable ones dropped), or None when `lang` has no backend at all."""
        if lang == "en":
            return list(tags)
        if lang not in self.available_languages() and lang not in self.hashtags.languages():
            return None
        # a sentence translator helps with tags the lexicon misses — but not when the "sentence translator"
        # for this language is the same lexicon word by word (it would only add its unsure entries)
        lexicon_engine = self.offline is not None and lang in self.offline.word_by_word and self.remote is None
        phrases = self.translate_terms if lang in self.available_languages() and not lexicon_engine else None
        return await self.hashtags.translate(tags, lang, phrases)
