"""Hashtag text rules: split an English tag into words, and format native text as one linkable hashtag.

Telegram and Instagram end a hashtag at the first space or punctuation mark, so a native tag must be one run
of letters, combining marks (vowel signs, virama, nukta — without them Indic words are misspelt), digits and
the zero-width (non-)joiners that select conjunct forms.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping

_BODY_CATEGORIES = {"Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd"}
_JOINERS = {"\u200c", "\u200d"}  # ZWNJ, ZWJ
_CAMEL = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
# Instagram affixes carry no meaning to translate (#travelgram = #travel, #instafood = #food).
PLATFORM_AFFIXES = {"insta", "gram", "ig", "instagood", "instadaily", "photooftheday", "picoftheday"}


def is_body_char(ch: str) -> bool:
    return ch in _JOINERS or unicodedata.category(ch) in _BODY_CATEGORIES


def format_hashtag(text: str) -> str | None:
    """`#` + the letters/marks/digits/joiners of `text` run together; None when no letter is left."""
    body = "".join(ch for ch in unicodedata.normalize("NFC", text) if is_body_char(ch))
    while body and (unicodedata.category(body[0]).startswith("M") or body[0] in _JOINERS):
        body = body[1:]  # a tag cannot start with a vowel sign or joiner
    body = body.rstrip("".join(_JOINERS))
    if not any(unicodedata.category(ch).startswith("L") for ch in body):
        return None
    return "#" + body


def in_script(ch: str, script: str) -> bool:
    """Whether a letter belongs to a Unicode script, by its character name (`TAMIL LETTER KA`)."""
    try:
        return unicodedata.name(ch).startswith(script.upper())
    except ValueError:
        return False


def is_valid_hashtag(tag: str, script: str | None = None) -> bool:
    """A single linkable tag; with `script`, every letter must be of that script (no Latin left over)."""
    if not tag.startswith("#") or len(tag) < 2 or format_hashtag(tag[1:]) != tag:
        return False
    if script is None:
        return True
    letters = [ch for ch in tag[1:] if unicodedata.category(ch).startswith("L")]
    return all(in_script(ch, script) for ch in letters)


class WordSegmenter:
    """Split run-together English tags (`goldenretriever`) into words by unigram frequency (Viterbi)."""

    def __init__(self, counts: Mapping[str, int], max_word: int = 20):
        counts = {**{affix: max(counts.values(), default=1) // 100 + 1 for affix in PLATFORM_AFFIXES}, **counts}
        total = sum(counts.values()) or 1
        self.cost = {w: -math.log(c / total) for w, c in counts.items()}
        self.unknown = -math.log(1 / total) + 10.0
        self.max_word = max_word

    def segment(self, text: str) -> list[str]:
        n = len(text)
        best = [0.0] + [math.inf] * n
        back = [0] * (n + 1)
        for end in range(1, n + 1):
            for start in range(max(0, end - self.max_word), end):
                piece = text[start:end]
                # one long unknown piece is likelier than many short ones
                cost = self.cost.get(piece, self.unknown + 0.5 * len(piece))
                if best[start] + cost < best[end]:
                    best[end], back[end] = best[start] + cost, start
        words, end = [], n
        while end > 0:
            words.append(text[back[end] : end])
            end = back[end]
        return words[::-1]


def hashtag_words(tag: str, segmenter: WordSegmenter | None = None) -> list[str]:
    """`#GoldenRetriever`, `#golden_retriever`, `#goldenretriever` → ["golden", "retriever"]."""
    body = tag.lstrip("#")
    parts = [p for chunk in re.split(r"[_\W]+", body) for p in _CAMEL.findall(chunk)]
    words = []
    for part in parts:
        part = part.lower()
        if segmenter is not None and part.isalpha() and part not in segmenter.cost:
            words += segmenter.segment(part)
        else:
            words.append(part)
    return [w for w in words if w not in PLATFORM_AFFIXES]
