"""A word/phrase dictionary for one language, used for hashtags: single words translate better by lexicon.

Entries are chosen at export time (one translation per English word or phrase of ≤3 words); lookups fall
back to the lemma (`dogs` → `dog`, `running` → `run`) so inflected tag words still hit.
"""

from __future__ import annotations

from pathlib import Path


def _lemmas(word: str) -> list[str]:
    """The word's lemmas, except a verb's where the word is an adjective as it stands: #tired is not "tire"
    (which the caption tables list as a tyre), #amazing not "amaze"."""
    try:
        from lemminflect import getAllLemmas
    except ImportError:  # pragma: no cover - lemminflect is in the worker extra
        return []
    found = getAllLemmas(word)
    return [lemma for pos, lemmas in found.items() if not (pos == "VERB" and "ADJ" in found) for lemma in lemmas]


class Lexicon:
    def __init__(self, entries: dict[str, str], lang: str):
        self.entries, self.lang = entries, lang

    @classmethod
    def load(cls, path: Path, lang: str, include_unsure: bool = False) -> Lexicon:
        """`en<TAB>xx[<TAB>sure]` rows; rows with sure=0 (no corpus evidence) only when `include_unsure`."""
        entries = {}
        with path.open(encoding="utf-8") as handle:
            next(handle, None)
            for line in handle:
                en, xx, *rest = line.rstrip("\n").split("\t") + [""]
                sure = rest[0] != "0"
                if en and xx and (sure or include_unsure):
                    entries[en.casefold()] = xx
        return cls(entries, lang)

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, phrase: str) -> str | None:
        key = phrase.casefold().strip()
        if key in self.entries:
            return self.entries[key]
        if " " not in key:
            for lemma in _lemmas(key):
                if lemma.casefold() in self.entries:
                    return self.entries[lemma.casefold()]
        return None

    def lookup_words(self, words: list[str]) -> str | None:
        """The whole phrase if listed, else every word in turn; None if any word is missing."""
        whole = self.lookup(" ".join(words))
        if whole is not None:
            return whole
        if len(words) == 1:
            return None
        parts = [self.lookup(w) for w in words if not w.isdigit()]
        if not parts or any(p is None for p in parts):
            return None
        return " ".join(p for p in parts if p)
