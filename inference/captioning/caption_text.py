"""Turning decoded words into a caption fit to post: no <unk>, no dangling "and a", capitalised, a period."""

from __future__ import annotations

# Words a caption must not end on: a cut-off beam leaves "a man in a" or "dogs play and".
_DANGLING = {"a", "an", "the", "and", "of", "with", "in", "on", "at", "to", "while", "his", "her", "their", "its"}


def tidy_caption(words: list[str]) -> str:
    kept = [w for w in words if not (w.startswith("<") and w.endswith(">"))]
    while kept and kept[-1] in _DANGLING:
        kept.pop()
    if not kept:
        return ""
    text = " ".join(kept)
    return text[0].upper() + text[1:] + "."
