"""Vocabulary: caption words ↔ integer ids, built from training captions (TensorFlow-free)."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

PAD, START, END, UNK = "<pad>", "<start>", "<end>", "<unk>"
SPECIALS = (PAD, START, END, UNK)
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def words(caption: str) -> list[str]:
    """Lower-case alphabetic words; punctuation and digits carry no meaning in Flickr8k captions."""
    return _WORD.findall(caption.lower())


class Vocabulary:
    def __init__(self, tokens: list[str]):
        if tuple(tokens[: len(SPECIALS)]) != SPECIALS:
            raise ValueError(f"vocabulary must start with {SPECIALS}")
        self.tokens = list(tokens)
        self.index = {t: i for i, t in enumerate(self.tokens)}
        self.pad, self.start, self.end, self.unk = (self.index[t] for t in SPECIALS)

    def __len__(self) -> int:
        return len(self.tokens)

    @classmethod
    def build(cls, captions: Iterable[str], min_count: int = 5) -> Vocabulary:
        counts = Counter(w for c in captions for w in words(c))
        kept = sorted((w for w, n in counts.items() if n >= min_count), key=lambda w: (-counts[w], w))
        return cls([*SPECIALS, *kept])

    def encode(self, caption: str, max_len: int) -> list[int]:
        """<start> w1 … wn <end>, truncated to max_len words, padded to max_len + 2 ids."""
        ids = [self.index.get(w, self.unk) for w in words(caption)][:max_len]
        ids = [self.start, *ids, self.end]
        return ids + [self.pad] * (max_len + 2 - len(ids))

    def decode(self, ids: Iterable[int]) -> list[str]:
        out = []
        for i in ids:
            if i == self.end:
                break
            if i in (self.pad, self.start):
                continue
            out.append(self.tokens[i])
        return out

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.tokens, ensure_ascii=False))

    @classmethod
    def load(cls, path: Path) -> Vocabulary:
        return cls(json.loads(path.read_text()))
