"""The offline translator: text handling around the NumPy model (batching, long lines, emoji, numbers).

Contract kept for every caller: one output line per input line, in order; an empty input gives an empty
output, and a non-empty input never gives an empty output.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import numpy as np

from inference.translation.config import TranslationModelConfig
from inference.translation.lexicon import Lexicon
from inference.translation.runtime import NumpyTranslatorModel
from inference.translation.text import finish_target, prepare_source
from inference.translation.vocabulary import PAD_ID, SubwordVocabulary
from inference.translation.word_by_word import WordByWordTranslator

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
MAX_CHUNK_WORDS = 40


def _is_symbol(ch: str) -> bool:
    """Emoji and pictographs (and their joiners/selectors): kept as they are, outside the model."""
    cat = unicodedata.category(ch)
    return cat in {"So", "Sk", "Cs", "Co"} or ch in "\u200d\ufe0f\ufe0e" or 0x1F3FB <= ord(ch) <= 0x1F3FF


def split_symbols(line: str) -> tuple[str, str]:
    """(text for the model, emoji/symbols to append back), so emoji survive translation unchanged."""
    text = "".join(" " if _is_symbol(ch) else ch for ch in line)
    symbols = "".join(ch for ch in line if _is_symbol(ch))
    return re.sub(r"\s+", " ", text).strip(), symbols


def chunk_text(text: str, max_words: int = MAX_CHUNK_WORDS) -> list[str]:
    """Sentences, and word windows for sentences longer than the model was trained on."""
    chunks = []
    for sentence in _SENTENCE_END.split(text):
        words = sentence.split()
        chunks += [" ".join(words[i : i + max_words]) for i in range(0, len(words), max_words)]
    return [c for c in chunks if c]


def collapse_repeats(text: str, max_ngram: int = 3) -> str:
    """Drop an n-gram (n ≤ 3) that immediately repeats itself: a small model's failure mode is to loop."""
    out: list[str] = []
    for word in text.split():
        out.append(word)
        for n in range(1, max_ngram + 1):
            if len(out) >= 2 * n and out[-n:] == out[-2 * n : -n]:
                del out[-n:]
                break
    return " ".join(out)


class OfflineTranslator:
    """Batched beam-search translation of English lines into one of `languages`."""

    def __init__(
        self, model: NumpyTranslatorModel, vocab: SubwordVocabulary, beam_size: int = 4, max_batch: int = 32,
        shortlists: dict[str, np.ndarray] | None = None, word_by_word: dict[str, WordByWordTranslator] | None = None,
    ):
        self.model, self.vocab = model, vocab
        self.beam_size, self.max_batch = beam_size, max_batch
        self.shortlists = shortlists or {}
        # languages whose dev scores were better with the dictionary than with the sentence model
        self.word_by_word = word_by_word or {}
        self.languages = set(vocab.languages)

    @classmethod
    def load(
        cls, directory: Path, beam_size: int = 4, engines: dict[str, str] | None = None,
        lexicon_dir: Path | None = None,
    ) -> OfflineTranslator:
        """`engines` (default: config.json's) maps a language to "model" or "lexicon".

        A language whose engine is the lexicon but whose lexicon is not in `lexicon_dir` (default
        `directory/lexicon`) is not offered at all: its sentence model lost to the dictionary on dev, and
        serving a worse translation silently would be dishonest.
        """
        meta = json.loads((directory / "config.json").read_text())
        engines = meta.get("engines", {}) if engines is None else engines
        lexicon_dir = lexicon_dir or directory / "lexicon"
        by_lexicon = {lang for lang, engine in engines.items() if engine == "lexicon" and lang in meta["languages"]}
        word_by_word = {
            lang: WordByWordTranslator(Lexicon.load(lexicon_dir / f"en-{lang}.tsv", lang, include_unsure=True))
            for lang in by_lexicon
            if (lexicon_dir / f"en-{lang}.tsv").exists()
        }
        config = TranslationModelConfig.from_dict(meta["model"])
        with np.load(directory / "model.npz") as arrays:
            model = NumpyTranslatorModel({k: arrays[k] for k in arrays.files}, config)
        vocab = SubwordVocabulary((directory / "vocab.model").read_bytes(), meta["languages"])
        shortlists = {}
        if (directory / "shortlist.npz").exists():
            with np.load(directory / "shortlist.npz") as lists:
                shortlists = {lang: lists[lang] for lang in lists.files}
        translator = cls(model, vocab, beam_size=beam_size, shortlists=shortlists, word_by_word=word_by_word)
        translator.languages -= by_lexicon - set(word_by_word)
        return translator

    def _translate_chunks(self, chunks: list[str], lang: str) -> list[str]:
        if lang in self.word_by_word:
            return [self.word_by_word[lang].translate_text(chunk) for chunk in chunks]
        max_pieces = self.model.config.max_length // 2 - 2
        encoded = [self.vocab.encode_source(prepare_source(c), lang, max_pieces=max_pieces) for c in chunks]
        order = sorted(range(len(chunks)), key=lambda i: len(encoded[i]))
        out = [""] * len(chunks)
        for start in range(0, len(order), self.max_batch):
            rows = order[start : start + self.max_batch]
            width = max(len(encoded[i]) for i in rows)
            batch = np.full((len(rows), width), PAD_ID, np.int64)
            for r, i in enumerate(rows):
                batch[r, : len(encoded[i])] = encoded[i]
            hyps = self.model.beam_search(batch, beam_size=self.beam_size, shortlist=self.shortlists.get(lang))
            for i, ids in zip(rows, hyps, strict=True):
                out[i] = finish_target(collapse_repeats(self.vocab.decode(ids)), lang)
        return out

    def translate(self, lines: list[str], lang: str) -> list[str]:
        if lang not in self.languages:
            raise ValueError(f"no offline model for {lang}")
        plans: list[tuple[list[int], str]] = []
        chunks: list[str] = []
        for line in lines:
            text, symbols = split_symbols(line)
            ids = []
            if _LATIN_LETTER.search(text):
                for chunk in chunk_text(text):
                    ids.append(len(chunks))
                    chunks.append(chunk)
            plans.append((ids, symbols))
        translated = self._translate_chunks(chunks, lang) if chunks else []
        results = []
        for line, (ids, symbols) in zip(lines, plans, strict=True):
            if not line.strip():
                results.append("")
                continue
            if not ids:  # numbers, emoji, punctuation only: nothing to translate
                results.append(line.strip())
                continue
            body = " ".join(t for t in (translated[i] for i in ids) if t)
            text = " ".join(part for part in (body, symbols) if part)
            results.append(text or line.strip())
        return results
