"""The real parallel data for English→Indic translation, read from ../shared, and its fixed dev splits.

hi/bn/ml: Visual Genome region captions (train/dev as shipped) plus 6,000 Flickr8k Hindi captions for hi.
ta/te: general-domain corpora and lexicons. They have no dev split, so a fixed one is carved here and never
trained on: `general` (500 sentences of ≤40 words from every file but Tatoeba) and `everyday` (100 Tatoeba
sentences: short and conversational, the closest thing to captions these languages have).
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path

CAPTION_LANGUAGES = ("hi", "bn", "ml")
CORPUS_LANGUAGES = ("ta", "te")
TRAINED_LANGUAGES = CAPTION_LANGUAGES + CORPUS_LANGUAGES
LEXICON_LANGUAGES = ("ta", "te", "kn", "mr", "gu", "pa")


@dataclass(frozen=True)
class Pair:
    en: str
    xx: str
    lang: str
    origin: str  # corpus file stem, e.g. "vg", "flickr8k", "tatoeba", "lexicon"


def read_tsv(path: Path, columns: tuple[int, int] = (0, 1)) -> list[tuple[str, str]]:
    """Rows of a headed UTF-8 TSV as (en, xx); rows with an empty side are skipped."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader, None)
        for row in reader:
            if len(row) <= max(columns):
                continue
            en, xx = row[columns[0]].strip(), row[columns[1]].strip()
            if en and xx:
                rows.append((en, xx))
    return rows


def _vg(shared: Path, split: str, lang: str) -> list[Pair]:
    path = shared / "data" / "visual-genome-indic" / f"{split}.en-{lang}.tsv"
    return [Pair(en, xx, lang, "vg") for en, xx in read_tsv(path)]


def _corpus_files(shared: Path, lang: str) -> list[Path]:
    return sorted((shared / "data" / "parallel" / f"en-{lang}").glob("*.tsv"))


def _carve(shared: Path, lang: str) -> tuple[list[Pair], dict[str, list[Pair]]]:
    rng = random.Random(f"tasveer-translate-dev-{lang}")
    everyday, rest = [], []
    for path in _corpus_files(shared, lang):
        pairs = [Pair(en, xx, lang, path.stem) for en, xx in read_tsv(path)]
        (everyday if path.stem == "tatoeba" else rest).extend(pairs)
    rng.shuffle(everyday)
    order = list(range(len(rest)))
    rng.shuffle(order)
    general_idx = [i for i in order if len(rest[i].en.split()) <= 40][:500]
    dev = {"everyday": everyday[:100], "general": [rest[i] for i in general_idx]}
    held = {p.en.casefold() for split in dev.values() for p in split}
    chosen = set(general_idx)
    train = [p for p in everyday[100:] if p.en.casefold() not in held]
    train += [p for i, p in enumerate(rest) if i not in chosen and p.en.casefold() not in held]
    return train, dev


def training_pairs(shared: Path, lang: str) -> list[Pair]:
    if lang in CAPTION_LANGUAGES:
        pairs = _vg(shared, "train", lang)
        if lang == "hi":
            path = shared / "data" / "flickr8k" / "Flickr8k.hindi.tsv"
            pairs += [Pair(en, xx, lang, "flickr8k") for en, xx in read_tsv(path, columns=(1, 2))]
        return pairs
    return _carve(shared, lang)[0]


def dev_sets(shared: Path, lang: str) -> dict[str, list[Pair]]:
    """Named dev splits: `vg` for hi/bn/ml; `general` and `everyday` for ta/te."""
    if lang in CAPTION_LANGUAGES:
        return {"vg": _vg(shared, "dev", lang)}
    return _carve(shared, lang)[1]


def lexicon_pairs(shared: Path, lang: str) -> list[Pair]:
    path = shared / "data" / "parallel" / "lexicon" / f"en-{lang}.tsv"
    if not path.exists():
        return []
    return [Pair(en, xx, lang, "lexicon") for en, xx in read_tsv(path)]


def caption_english(shared: Path) -> list[str]:
    """Unique English captions (Visual Genome train regions + Flickr8k): the domain ta/te have no pairs for."""
    return [text for texts in caption_english_by_source(shared).values() for text in texts]


def caption_english_by_source(shared: Path) -> dict[str, list[str]]:
    """`caption_english` by where it comes from: Visual Genome's region descriptions, then the Flickr8k captions
    not already among them (Flickr8k is the held-out sets' style: whole-photo captions)."""
    seen: set[str] = set()
    sources = {"visual-genome": [p.en for p in _vg(shared, "train", "hi")], "flickr8k": []}
    token_file = shared / "data" / "flickr8k" / "Flickr8k.token.txt"
    if token_file.exists():
        with token_file.open(encoding="utf-8") as handle:
            sources["flickr8k"] = [line.split("\t", 1)[1].strip() for line in handle if "\t" in line]
    out: dict[str, list[str]] = {}
    for name, texts in sources.items():
        out[name] = []
        for text in texts:
            key = text.casefold().rstrip(" .")
            if key and key not in seen:
                seen.add(key)
                out[name].append(text)
    return out
