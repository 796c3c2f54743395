"""The offline translator: text handling around the NumPy model (batching, long lines, emoji, numbers).

Contract kept for every caller: one output line per input line, in order; an empty input gives an empty
output, and a non-empty input never gives an empty output.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from pathlib import Path

import numpy as np

from inference.translation.caption_grammar import ARTICLES, CAPITALISED_WORDS, SLIP_CAPITALS, CaptionGrammar
from inference.translation.config import TranslationModelConfig
from inference.translation.lexicon import Lexicon
from inference.translation.quantized import load_arrays
from inference.translation.runtime import DEFAULT_LENGTH_PENALTY, NumpyTranslatorModel
from inference.translation.text import finish_target, prepare_source
from inference.translation.vocabulary import PAD_ID, SubwordVocabulary
from inference.translation.word_by_word import WordByWordTranslator, content_words

log = logging.getLogger(__name__)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
MAX_CHUNK_WORDS = 40
# Hashtags from the model: answers for a lone term with a lower log-probability are mostly wrong-meaning words
# (on the 600 commonest caption words, answers between -2 and -3 agree with the dictionary 37% of the time for
# te and 62% for ta, against 75-95% above -2; docs/translation.md). A wrong tag is worse than none.
TERM_MIN_LOGPROB = -2.5
MAX_WORD_CACHE = 50_000  # model translations of single words, per language (captions reuse few words)
ENGINES = ("model", "lexicon", "words")


def caption_grammars() -> dict[str, type[CaptionGrammar]]:
    """The languages with caption rules (inference/translation/caption_grammar.py), imported only when asked."""
    from inference.translation.tamil_captions import TamilCaptionGrammar
    from inference.translation.telugu_captions import TeluguCaptionGrammar

    return {"ta": TamilCaptionGrammar, "te": TeluguCaptionGrammar}


def check_caption_rules(langs: list[str]) -> None:
    """Raises ValueError for a language that has no caption rules: a config naming one is a mistake to report,
    not a setting to ignore."""
    known = caption_grammars()
    if unknown := sorted(set(langs) - set(known)):
        raise ValueError(f"no caption rules for {unknown} (there are: {sorted(known)})")


def names_something(text: str) -> bool:
    """A capital after the first word ("White Rock", "a New York street") is most likely a name, which the
    caption rules would translate word by word (வெள்ளை பாறை); the model keeps names as they sound. Words that
    English always capitalises ("a Frisbee", "an Asian man", "a German Shepherd", "a Border Collie") name nothing,
    nor does a common word capitalised by a slip after its article ("A Woman is …", where "a Green Bay coat" names)."""
    if sum(ch.isalpha() for ch in text) > 3 and text == text.upper():  # round 30: "TWO PEOPLE STANDING IN THE
        return False  # STREET" (Visual Genome's capitals) say nothing of names
    written = text.split()
    words = [word.strip(".,;:!?").lower() for word in written]

    def slip(k: int) -> bool:  # "A Woman is …": a common word capitalised after its article, a lower-case word next
        following = written[k + 1] if k + 1 < len(written) else ""
        return words[k] in SLIP_CAPITALS and words[k - 1] in ARTICLES and following[:1].islower()

    return any(word[:1].isupper() and words[k] not in CAPITALISED_WORDS
               and " ".join(words[k - 1: k + 1]) not in CAPITALISED_WORDS
               and " ".join(words[k: k + 2]) not in CAPITALISED_WORDS and not slip(k)
               for k, word in enumerate(written) if k)


def rule_translation(grammar: CaptionGrammar, text: str) -> str | None:
    """What the caption rules write for `text` when serving, or None where it goes to the model instead: a
    caption they cannot parse completely, or one that names something."""
    return None if names_something(text) else grammar.translate(text)


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
    """Batched beam-search translation of English lines into one of `languages`.

    Three engines, chosen per language by dev measurement (docs/translation.md): `model` translates whole
    sentences; `lexicon` looks words and phrases up in a dictionary built from ../shared (never shipped, so
    only where TRANSLATION_LEXICON_DIR provides it); `words` asks the same model for each content word on its
    own and keeps only answers made of real target-language words — a dictionary the shipped weights carry,
    for languages whose sentence translations are not yet good (the model has seen their lexicons, not
    their captions). A language listed under `models` in config.json is translated by a model of its own (the
    multilingual one fine-tuned on that language: measured better for ta and te), the others by `model.npz`.

    A language listed under `caption_rules` has its captions written by rule first: a sentence the caption
    grammar parses completely is written by it, word for word from its hand-made tables, and everything else
    goes to the engine. The ta/te models learnt from exactly those rule-built sentences but still drop objects
    and swap verbs on them ("washing clothes by the river" → "wearing clothes"); the rules do not, and they
    parse almost nothing outside captions (docs/translation.md, "The rules at serving time").
    """

    def __init__(
        self, model: NumpyTranslatorModel, vocab: SubwordVocabulary, beam_size: int = 4, max_batch: int = 32,
        shortlists: dict[str, np.ndarray] | None = None, word_by_word: dict[str, WordByWordTranslator] | None = None,
        word_engine_vocabulary: dict[str, set[str]] | None = None,
        language_models: dict[str, NumpyTranslatorModel] | None = None,
        length_penalties: dict[str, float] | None = None, no_repeat_ngram: int = 0,
        caption_rules: dict[str, CaptionGrammar] | None = None,
    ):
        self.model, self.vocab = model, vocab
        self.caption_rules = caption_rules or {}
        # config.json's `length_penalty`, per language, tuned on dev (`training.evaluate translate
        # --tune-length-penalty`: without it the ta/te models cut long sentences short); the runtime's default
        # where none is set, and always for terms (hashtags, the `words` engine): a lone word has no length
        # to recover
        self.length_penalties = length_penalties or {}
        # config.json's `no_repeat_ngram` (n pieces; 0 = off): with a penalty that favours length, hard
        # sentences otherwise end in loops ("சி. டி. சி. டி. சி."), measured for ta in docs/translation.md
        self.no_repeat_ngram = no_repeat_ngram
        # a language with a model of its own (fine-tuned from `model` on that language alone) uses it
        self.language_models = language_models or {}
        self.beam_size, self.max_batch = beam_size, max_batch
        self.shortlists = shortlists or {}
        self.word_by_word = word_by_word or {}  # engine "lexicon"
        self.word_engine_vocabulary = word_engine_vocabulary or {}  # engine "words": accepted target words
        self._word_cache: dict[str, dict[str, str]] = {}
        self.languages = set(vocab.languages)

    @classmethod
    def load(
        cls, directory: Path, beam_size: int = 4, engines: dict[str, str | list[str]] | None = None,
        lexicon_dir: Path | None = None, caption_rules: list[str] | None = None,
    ) -> OfflineTranslator:
        """`engines` (default: config.json's) maps a language to an engine or a list of them, best first.

        The first engine whose files are present is used: `lexicon` needs `lexicon_dir/en-xx.tsv` (default
        `directory/lexicon`), `words` needs `directory/target_words/xx.txt`, `model` always works. A language
        none of whose listed engines is available is not offered: serving a worse translation than the one
        measured, silently, would be dishonest. `caption_rules` (default: config.json's) lists the languages
        whose captions the rules write first.
        """
        meta = json.loads((directory / "config.json").read_text())
        engines = meta.get("engines", {}) if engines is None else engines
        lexicon_dir = lexicon_dir or directory / "lexicon"
        word_by_word, vocabulary, unavailable = {}, {}, set()
        for lang, choice in engines.items():
            if lang not in meta["languages"]:
                continue
            for engine in [choice] if isinstance(choice, str) else choice:
                if engine not in ENGINES:
                    raise ValueError(f"unknown translation engine {engine!r} for {lang}")
                if engine == "lexicon" and (lexicon_dir / f"en-{lang}.tsv").exists():
                    lexicon = Lexicon.load(lexicon_dir / f"en-{lang}.tsv", lang, include_unsure=True)
                    word_by_word[lang] = WordByWordTranslator(lexicon)
                    break
                words_file = directory / "target_words" / f"{lang}.txt"
                if engine == "words" and words_file.exists():
                    vocabulary[lang] = set(words_file.read_text(encoding="utf-8").split())
                    break
                if engine == "model":
                    break
            else:
                unavailable.add(lang)
        config = TranslationModelConfig.from_dict(meta["model"])
        model = NumpyTranslatorModel(load_arrays(directory / "model.npz"), config)
        language_models = {
            lang: NumpyTranslatorModel(load_arrays(directory / name), config)
            for lang, name in meta.get("models", {}).items()
            if lang in meta["languages"]
        }
        vocab = SubwordVocabulary((directory / "vocab.model").read_bytes(), meta["languages"])
        shortlists = {}
        if (directory / "shortlist.npz").exists():
            with np.load(directory / "shortlist.npz") as lists:
                shortlists = {lang: lists[lang] for lang in lists.files}
        # the tables alone, without the dictionary training used for other nouns: it is ../shared's data and
        # does not ship, and a caption with a noun outside the tables goes to the model
        rule_languages = meta.get("caption_rules", []) if caption_rules is None else caption_rules
        check_caption_rules(rule_languages)
        grammars = caption_grammars()
        rules = {lang: grammars[lang]() for lang in rule_languages if lang in meta["languages"]}
        translator = cls(
            model, vocab, beam_size=beam_size, shortlists=shortlists, word_by_word=word_by_word,
            word_engine_vocabulary=vocabulary, language_models=language_models,
            length_penalties=meta.get("length_penalty", {}), no_repeat_ngram=meta.get("no_repeat_ngram", 0),
            caption_rules=rules,
        )
        translator.languages -= unavailable
        return translator

    def clear_word_cache(self) -> None:
        self._word_cache.clear()

    def engine(self, lang: str) -> str:
        """What writes this language's captions: "rules+model" where the caption rules come first."""
        if lang in self.word_by_word:
            engine = "lexicon"
        else:
            engine = "words" if lang in self.word_engine_vocabulary else "model"
        return f"rules+{engine}" if lang in self.caption_rules else engine

    def _translate_chunks(self, chunks: list[str], lang: str) -> list[str]:
        grammar = self.caption_rules.get(lang)
        if grammar is None:
            return self._translate_with_engine(chunks, lang)
        out = [self._rules_or_model(grammar, chunk, lang) for chunk in chunks]
        rest = [i for i, text in enumerate(out) if not text]
        if rest:
            for i, text in zip(rest, self._translate_with_engine([chunks[i] for i in rest], lang), strict=True):
                out[i] = text
        return out

    @staticmethod
    def _rules_or_model(grammar: CaptionGrammar, chunk: str, lang: str) -> str:
        """The rules' sentence, or "" for the model to write: also where the rules fail on a shape their tests
        never met, so a fault there costs one caption its rules, never the user their translation."""
        try:
            return rule_translation(grammar, chunk) or ""
        except Exception as error:  # any fault of the rules falls back to the model
            log.warning("caption rules failed (%s): the model translates (%s)", type(error).__name__, lang)
            return ""

    def _translate_with_engine(self, chunks: list[str], lang: str) -> list[str]:
        if lang in self.word_by_word:
            return [self.word_by_word[lang].translate_text(chunk) for chunk in chunks]
        if lang in self.word_engine_vocabulary:
            return self._translate_words(chunks, lang)
        return self._translate_sentences(chunks, lang)

    def _translate_words(self, chunks: list[str], lang: str) -> list[str]:
        cache = self._word_cache.setdefault(lang, {})
        missing = sorted({w for chunk in chunks for w in content_words(chunk) if not w.isdigit()} - cache.keys())
        if missing:
            if len(cache) + len(missing) > MAX_WORD_CACHE:
                cache.clear()
            known = self.word_engine_vocabulary[lang]
            answers = self._translate_sentences(missing, lang, length_penalty=DEFAULT_LENGTH_PENALTY)
            for word, answer in zip(missing, answers, strict=True):
                tokens = answer.rstrip(".!?।").split()
                # one English word is one or two target words; anything else is the model guessing
                cache[word] = " ".join(tokens) if 0 < len(tokens) <= 2 and all(t in known for t in tokens) else ""
        translator = WordByWordTranslator(Lexicon(cache, lang), max_phrase=1)
        out = [collapse_repeats(translator.translate_text(chunk)) for chunk in chunks]
        # a phrase none of whose words the model answered with real words: its sentence translation beats
        # sending the English back (a single word would only get the answer just rejected, so stays empty)
        empty = [i for i, text in enumerate(out) if not text and len(content_words(chunks[i])) > 1]
        if empty:
            for i, text in zip(empty, self._translate_sentences([chunks[i] for i in empty], lang), strict=True):
                out[i] = text
        return out

    def translate_terms(self, terms: list[str], lang: str, min_logprob: float = TERM_MIN_LOGPROB) -> list[str]:
        """Hashtag words and short phrases, each the model's answer only where it is sure of it, else ""."""
        if lang not in self.languages:
            raise ValueError(f"no offline model for {lang}")
        if lang in self.word_by_word:
            return [self.word_by_word[lang].translate_text(term) for term in terms]
        scores: list[float] = []
        answers = self._translate_sentences(terms, lang, scores, DEFAULT_LENGTH_PENALTY)
        return [answer if score >= min_logprob else "" for answer, score in zip(answers, scores, strict=True)]

    def _translate_sentences(
        self, chunks: list[str], lang: str, scores: list[float] | None = None, length_penalty: float | None = None,
    ) -> list[str]:
        model = self.language_models.get(lang, self.model)
        if length_penalty is None:
            length_penalty = self.length_penalties.get(lang, DEFAULT_LENGTH_PENALTY)
        max_pieces = model.config.max_length // 2 - 2
        encoded = [self.vocab.encode_source(prepare_source(c), lang, max_pieces=max_pieces) for c in chunks]
        order = sorted(range(len(chunks)), key=lambda i: len(encoded[i]))
        out = [""] * len(chunks)
        logprobs = [0.0] * len(chunks)
        for start in range(0, len(order), self.max_batch):
            rows = order[start : start + self.max_batch]
            width = max(len(encoded[i]) for i in rows)
            batch = np.full((len(rows), width), PAD_ID, np.int64)
            for r, i in enumerate(rows):
                batch[r, : len(encoded[i])] = encoded[i]
            batch_scores: list[float] = []
            hyps = model.beam_search(
                batch, beam_size=self.beam_size, length_penalty=length_penalty, shortlist=self.shortlists.get(lang),
                scores_out=batch_scores, no_repeat_ngram=self.no_repeat_ngram,
            )
            for i, ids, score in zip(rows, hyps, batch_scores, strict=True):
                out[i] = finish_target(collapse_repeats(self.vocab.decode(ids)), lang)
                logprobs[i] = score
        if scores is not None:
            scores.extend(logprobs)
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
