"""Dictionary translation, word by word (longest phrase first), for languages whose sentence model loses to it.

Chosen per language by measurement on the dev splits (docs/translation.md): where the compact model had too
little caption-like data and CPU time to beat a good lexicon, the lexicon ships as the caption translator.
Function words with no counterpart in Dravidian word order (articles, copulas, most prepositions) are dropped;
unknown words are dropped too (never transliterated); digits are kept.
"""

from __future__ import annotations

import re

from inference.translation.lexicon import Lexicon

FUNCTION_WORDS = {
    "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "am", "of", "to", "and", "in", "on",
    "at", "with", "for", "by", "it", "this", "that", "its", "there", "has", "have", "had",
}
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def english_words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def content_words(text: str) -> list[str]:
    """The lower-cased words a dictionary translation looks up: function words left out, digits kept."""
    return [w for w in english_words(text) if w not in FUNCTION_WORDS]


class WordByWordTranslator:
    def __init__(self, lexicon: Lexicon, max_phrase: int = 3):
        self.lexicon, self.max_phrase = lexicon, max_phrase

    def translate_text(self, text: str) -> str:
        return self.translate_counting(text)[0]

    def translate_counting(self, text: str) -> tuple[str, int]:
        """The translation and how many content words it had to drop as unknown (0 = fully covered)."""
        words = english_words(text)
        out, i, missing = [], 0, 0
        while i < len(words):
            if words[i] in FUNCTION_WORDS:
                i += 1
                continue
            for n in range(min(self.max_phrase, len(words) - i), 0, -1):
                found = self.lexicon.lookup(" ".join(words[i : i + n]))
                if found:
                    out.append(found)
                    i += n
                    break
            else:
                if words[i].isdigit():
                    out.append(words[i])
                else:
                    missing += 1
                i += 1
        ending = text.rstrip()[-1:] if text.rstrip()[-1:] in {".", "?", "!"} else ""
        return ((" ".join(out) + ending) if out else ""), missing
