"""English hashtags → native-script hashtags, from a lexicon first and a sentence translator second.

A tag that neither can translate is dropped: writing the English word in another script would be a
transliteration, not a translation.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Awaitable, Callable

from inference.languages import LANGUAGES
from inference.translation.hashtags import WordSegmenter, format_hashtag, hashtag_words, is_valid_hashtag
from inference.translation.lexicon import Lexicon

PhraseTranslator = Callable[[list[str], str], Awaitable[list[str] | None]]
_LATIN = re.compile(r"[A-Za-z]")
MAX_EXTRA_WORDS = 1  # a model answer much longer than the tag is a sentence, not a tag


class HashtagTranslator:
    def __init__(
        self, lexicons: dict[str, Lexicon], segmenter: WordSegmenter | None = None,
        known_words: dict[str, set[str]] | None = None,
    ):
        self.lexicons, self.segmenter = lexicons, segmenter
        # per language, target words seen in training: a model answer made of anything else is rejected
        self.known_words = known_words or {}

    def _plausible(self, answer: str, words: list[str], lang: str) -> bool:
        tokens = ["".join(ch for ch in t if not unicodedata.category(ch).startswith("P")) for t in answer.split()]
        tokens = [t for t in tokens if t]
        if not tokens or len(tokens) > len(words) + MAX_EXTRA_WORDS:
            return False
        known = self.known_words.get(lang)
        return known is None or all(t in known for t in tokens)

    def languages(self) -> set[str]:
        return set(self.lexicons)

    async def translate(self, tags: list[str], lang: str, phrases: PhraseTranslator | None = None) -> list[str]:
        """Native tags in the order of `tags`, deduplicated; untranslatable tags are left out."""
        script = LANGUAGES[lang].script if lang in LANGUAGES else None
        lexicon = self.lexicons.get(lang)
        words_per_tag = [hashtag_words(tag, self.segmenter) for tag in tags]
        native: list[str | None] = [
            lexicon.lookup_words(words) if lexicon is not None and words else None for words in words_per_tag
        ]
        missing = [i for i, text in enumerate(native) if text is None and words_per_tag[i]]
        if missing and phrases is not None:
            answers = await phrases([" ".join(words_per_tag[i]) for i in missing], lang)
            for i, answer in zip(missing, answers or [None] * len(missing), strict=True):
                if answer and self._plausible(answer, words_per_tag[i], lang):
                    native[i] = answer
        out, seen = [], set()
        for text in native:
            if not text or _LATIN.search(text):
                continue
            tag = format_hashtag(text)
            if tag and is_valid_hashtag(tag, script) and tag not in seen:
                seen.add(tag)
                out.append(tag)
        return out
