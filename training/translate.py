"""`python -m training.translate [--smoke]`: train the multilingual English→Indic Transformer and export it.

Steps (each cached or resumable): prepare text (indic-nlp normalise/tokenise targets) → train a joint
sentencepiece vocabulary with `<2xx>` tags → token-budget, length-bucketed batches → teacher-forced training
with label smoothing, checkpointed every few minutes and resumable → export float16 weights + vocabulary +
hashtag lexicons + manifest to `inference/weights/translate/`.

Caption-like data is weighted up: every Visual Genome / Flickr pair is seen each epoch, while the long
general-domain ta/te corpora contribute a fresh length-filtered sample per epoch, plus short lexicon entries
(single words and phrases, which is what captions are mostly made of).

Presets: `cpu` (default; sized for one core), `gpu` (what ships: a wider model and every ta/te pair each epoch,
trained with `KERAS_BACKEND=torch` where PyTorch and an accelerator are), `smoke`. A machine without ../shared
trains from a `--prepare-only` data dir with `--model-only`; `--import-model` finishes that export here.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import logging
import pickle
import random
import re
import shutil
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import numpy as np
from tqdm import tqdm

from inference.translation import caption_grammar, tamil_captions, telugu_captions
from inference.translation.config import TranslationModelConfig
from inference.translation.lexicon import Lexicon
from inference.translation.offline import caption_grammars, check_caption_rules
from inference.translation.quantized import load_arrays, quantize_arrays
from inference.translation.text import prepare_source, prepare_target
from inference.translation.vocabulary import BOS_ID, EOS_ID, PAD_ID, UNK_ID, SubwordVocabulary, language_tag
from inference.translation.word_by_word import WordByWordTranslator, content_words
from training.paths import REPO, cache_dir, limit_tf_threads, shared_dir
from training.translation_data import (
    CAPTION_LANGUAGES,
    CORPUS_LANGUAGES,
    LEXICON_LANGUAGES,
    TRAINED_LANGUAGES,
    Pair,
    caption_english,
    dev_sets,
    lexicon_pairs,
    training_pairs,
)

log = logging.getLogger("training.translate")
EXPORT_DIR = REPO / "inference" / "weights" / "translate"
CAPTION_GRAMMARS = caption_grammars()


@dataclass
class TranslateTrainConfig:
    # Sized for the CPU budget (about an hour of one core): measured ~1k padded tokens/s for 8M parameters,
    # so a 6M model that sees more steps beats a bigger one that sees fewer.
    model: TranslationModelConfig = field(
        default_factory=lambda: TranslationModelConfig(vocab_size=8000, encoder_layers=3, decoder_layers=2, ff_dim=768)
    )
    languages: tuple[str, ...] = TRAINED_LANGUAGES
    tokens_per_batch: int = 3000  # batch size × longest sequence in it
    max_pieces: int = 64  # longer pairs are dropped from training
    corpus_max_words: int = 25  # ta/te sentences longer than this are skipped (off-domain, costly)
    corpus_per_epoch: int = 16000  # ta/te sentence pairs sampled per epoch and language
    lexicon_per_epoch: int = 6000  # ta/te lexicon entries (≤3 English words) per epoch and language
    # ta/te have no caption pairs: English captions put through the word-by-word dictionary engine (only those
    # it covers fully) stand in for them, so the model meets caption English with a ta/te tag at all
    synthetic_per_epoch: int = 8000
    # "grammar": the synthetic captions are rule-built sentences (inference/translation/caption_grammar.py)
    # rather than the dictionary's word lists, which taught the ta/te models to answer captions with word lists
    # (round 11)
    synthetic_source: str = "dictionary"
    # …and every epoch, each English word that occurs at least this often in captions, with its dictionary
    # translation (inflected forms through the lemma): the "words" engine asks the model for exactly these
    caption_word_min_count: int = 3
    fixed_per_epoch: int | None = None  # caption pairs per epoch (None: all of them; a fine-tune replays a sample)
    init_from: str = ""  # an export directory (model.npz + vocab.model) whose weights start a fresh run
    examples_per_language: int | None = None  # smoke runs: cap training pairs per language
    asset_sample: int | None = None  # smoke runs: build lexicons/word counts from this many rows only
    dev_per_language: int = 150  # greedy chrF logged at each epoch end (ta/te: everyday's 100, then general's)…
    eval_every: int = 1  # …of every this many epochs (short GPU epochs would spend most of their time on it)
    # export the weights of the evaluation with the best mean greedy chrF: a long accelerator run over one
    # language's ~80k pairs can pass its best before its budget ends. The last weights stay in the work dir's
    # checkpoint, and a `--model-only` export (the accelerator's, whose work dir does not come back) holds them
    # in `last/` too
    keep_best: bool = False
    epochs: int = 6
    max_minutes: float = 55.0  # training stops (and exports) after this much CPU time of this process
    max_wall_minutes: float = 90.0  # …or this much wall-clock time, on a machine shared with other jobs
    checkpoint_minutes: float = 4.0
    learning_rate: float = 1e-3
    warmup_steps: int = 400
    label_smoothing: float = 0.1
    seed: int = 1234
    run_name: str = "multilingual"

    def key(self) -> str:
        return hashlib.sha256(json.dumps(asdict(self), sort_keys=True).encode()).hexdigest()[:10]


def smoke_config() -> TranslateTrainConfig:
    """A seconds-long run on a few dozen real pairs per language: the pipeline, not the quality."""
    return TranslateTrainConfig(
        model=TranslationModelConfig(
            vocab_size=700, d_model=32, num_heads=2, encoder_layers=1, decoder_layers=1, ff_dim=64, max_length=96
        ),
        tokens_per_batch=600,
        corpus_per_epoch=40,
        lexicon_per_epoch=20,
        examples_per_language=40,
        synthetic_per_epoch=20,
        dev_per_language=5,
        asset_sample=2000,
        epochs=2,
        max_minutes=2.0,
        warmup_steps=5,
        run_name="smoke",
    )


def gpu_config() -> TranslateTrainConfig:
    """For an accelerator lent for minutes: a wider model (12.5M parameters, 25 MB in float16, still within
    the serving budget), every ta/te sentence of up to 40 words each epoch instead of a 16,000 sample, and
    batches 8× larger so the accelerator is not starved by Python."""
    return TranslateTrainConfig(
        model=TranslationModelConfig(
            vocab_size=8000, d_model=384, num_heads=6, encoder_layers=4, decoder_layers=2, ff_dim=1024
        ),
        tokens_per_batch=24000,
        max_pieces=80,
        corpus_max_words=40,
        corpus_per_epoch=200_000,
        lexicon_per_epoch=10_000,
        dev_per_language=100,
        eval_every=5,
        epochs=400,
        max_minutes=600.0,
        max_wall_minutes=7.0,
        checkpoint_minutes=2.0,
        run_name="gpu",
    )


def finetune_config() -> TranslateTrainConfig:
    """An hour of this CPU on top of the shipped (GPU-trained) model, for Tamil and Telugu: their real sentence
    pairs with a replayed sample of the caption pairs (so hi/bn/ml are not forgotten), no synthetic
    dictionary captions (word-by-word, in English word order: the likely source of the model's Tamil captions
    coming out in English word order), and a learning rate about where the GPU run's schedule ended."""
    return replace(
        gpu_config(),
        tokens_per_batch=3000,
        corpus_per_epoch=12000,
        lexicon_per_epoch=2000,
        synthetic_per_epoch=0,
        fixed_per_epoch=9000,
        eval_every=1,
        max_wall_minutes=60.0,
        checkpoint_minutes=4.0,
        learning_rate=2e-4,
        warmup_steps=200,
        init_from=str(EXPORT_DIR),
        run_name="finetune",
    )


PRESETS = {"cpu": TranslateTrainConfig, "gpu": gpu_config, "finetune": finetune_config, "smoke": smoke_config}


# -- data ----------------------------------------------------------------------------------------------------------
@dataclass
class PreparedData:
    """Prepared (normalised) text per language, split by how it is sampled."""

    fixed: list[tuple[str, str, str]]  # (lang, source, target): every epoch
    corpus: dict[str, list[tuple[str, str, str]]]  # sampled per epoch
    lexicon: dict[str, list[tuple[str, str, str]]]
    synthetic: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)


def synthetic_captions(captions: list[str], lang: str, chosen: dict[str, str], unsure: dict[str, str]) -> list[Pair]:
    """English captions with their word-by-word dictionary translation (`_pick_translations`' entries, as the
    dictionary engine serves them), kept only when every content word was in the dictionary: the
    caption-domain signal for languages with no caption pairs."""
    translator = WordByWordTranslator(Lexicon({**unsure, **chosen}, lang))
    pairs = []
    for en in captions:
        xx, missing = translator.translate_counting(en)
        if xx and not missing and len(xx.split()) >= 2:
            pairs.append(Pair(en, xx, lang, "synthetic"))
    return pairs


def grammar_captions(captions: list[str], lang: str, chosen: dict[str, str]) -> list[Pair]:
    """English captions the language's caption grammar could parse completely, with its sentence."""
    grammar = CAPTION_GRAMMARS[lang](Lexicon(chosen, lang).lookup)
    return [Pair(en, xx, lang, "grammar") for en in captions if (xx := grammar.translate(en))]


def caption_words(captions: list[str], lang: str, chosen: dict[str, str], min_count: int) -> list[Pair]:
    """Caption vocabulary (surface forms) with the dictionary's chosen translation (corpus-evidenced entries)."""
    lexicon = Lexicon(chosen, lang)
    counts = Counter(w for en in captions for w in content_words(en) if w.isalpha())
    pairs = []
    for word, count in counts.most_common():
        if count < min_count:
            break
        found = lexicon.lookup(word)
        if found:
            pairs.append(Pair(word, found, lang, "caption-words"))
    return pairs


def _prepare(pairs: list[Pair]) -> list[tuple[str, str, str]]:
    return [(p.lang, prepare_source(p.en), prepare_target(p.xx, p.lang)) for p in pairs]


def prepare_data(config: TranslateTrainConfig, shared: Path) -> PreparedData:
    rng = random.Random(config.seed)
    fixed, corpus, lexicon, synthetic = [], {}, {}, {}
    captions: list[str] | None = None  # English captions, read once for every corpus language
    for lang in tqdm(config.languages, desc="prepare text"):
        pairs = training_pairs(shared, lang)
        if lang in CORPUS_LANGUAGES:
            pairs = [p for p in pairs if len(p.en.split()) <= config.corpus_max_words]
        if config.examples_per_language:
            rng.shuffle(pairs)
            pairs = pairs[: config.examples_per_language]
        prepared = _prepare(pairs)
        if lang in CAPTION_LANGUAGES:
            fixed += prepared
        else:
            corpus[lang] = prepared
            entries = [p for p in lexicon_pairs(shared, lang) if len(p.en.split()) <= 3]
            if config.examples_per_language:
                entries = entries[: config.examples_per_language]
            lexicon[lang] = _prepare(entries)
            if config.synthetic_per_epoch or config.caption_word_min_count:
                chosen, unsure = _pick_translations(shared, lang)
                captions = captions if captions is not None else caption_english(shared)[: config.examples_per_language]
            if config.synthetic_per_epoch and config.synthetic_source == "grammar" and lang in CAPTION_GRAMMARS:
                synthetic[lang] = _prepare(grammar_captions(captions, lang, chosen))
            elif config.synthetic_per_epoch:
                synthetic[lang] = _prepare(synthetic_captions(captions, lang, chosen, unsure))
            if config.synthetic_per_epoch:
                log.info("%s: %d synthetic caption pairs (%s)", lang, len(synthetic[lang]), config.synthetic_source)
            if config.caption_word_min_count:
                words = _prepare(caption_words(captions, lang, chosen, config.caption_word_min_count))
                fixed += words * 2  # single words are cheap; twice an epoch
                log.info("%s: %d caption words with their dictionary translation", lang, len(words))
    return PreparedData(fixed, corpus, lexicon, synthetic)


def rules_digest() -> str:
    """The caption rules' source, hashed: rule-built captions prepared under other rules are other text, and a
    pack that reused them silently would train on the old sentences."""
    digest = hashlib.sha256()
    for module in (caption_grammar, tamil_captions, telugu_captions):
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()[:16]


def _data_key(config: TranslateTrainConfig) -> str:
    """What the prepared text depends on (not the model's shape or the schedule)."""
    fields_ = ("languages", "corpus_max_words", "examples_per_language", "synthetic_per_epoch", "synthetic_source",
               "caption_word_min_count", "asset_sample", "seed")
    key = {name: getattr(config, name) for name in fields_}
    if config.synthetic_per_epoch and config.synthetic_source == "grammar":
        key["rules"] = rules_digest()
    return json.dumps(key, sort_keys=True)


def _covers(prepared_key: str, config: TranslateTrainConfig) -> bool:
    """Whether text prepared under `prepared_key` holds everything `config` trains on: a run on fewer
    languages, or without the synthetic captions, can use a pack prepared for more (a lent accelerator has no
    ../shared to prepare a new one from)."""
    prepared, wanted = json.loads(prepared_key), json.loads(_data_key(config))
    languages_held = set(wanted.pop("languages")) <= set(prepared.pop("languages"))
    # how many synthetic captions an epoch samples does not change the prepared text, only whether there is any;
    # which kind they are (packs before round 12 hold the dictionary's) matters only to a run that samples them
    held, needed = prepared.pop("synthetic_per_epoch"), wanted.pop("synthetic_per_epoch")
    same_kind = prepared.pop("synthetic_source", "dictionary") == wanted.pop("synthetic_source")
    same_rules = prepared.pop("rules", None) == wanted.pop("rules", None)  # packs before round 15 have none
    synthetic_held = needed == 0 or (held > 0 and same_kind and same_rules)
    return languages_held and synthetic_held and prepared == wanted


def _subset(data: PreparedData, dev: dict, config: TranslateTrainConfig) -> tuple[PreparedData, dict]:
    languages = set(config.languages)
    synthetic = {lang: rows for lang, rows in data.synthetic.items() if lang in languages}
    subset = PreparedData(
        fixed=[row for row in data.fixed if row[0] in languages],
        corpus={lang: rows for lang, rows in data.corpus.items() if lang in languages},
        lexicon={lang: rows for lang, rows in data.lexicon.items() if lang in languages},
        synthetic=synthetic if config.synthetic_per_epoch else {},
    )
    return subset, {lang: pairs for lang, pairs in dev.items() if lang in languages}


def load_or_prepare(config: TranslateTrainConfig, shared: Path, data_dir: Path) -> tuple[PreparedData, dict]:
    """Prepared training text and the greedy-chrF dev pairs, cached in `data_dir`: a resume skips minutes of
    normalisation, and a run on a lent accelerator needs neither ../shared nor indic-nlp's normaliser."""
    path = data_dir / "prepared.pkl.gz"
    if path.exists():
        try:
            with gzip.open(path, "rb") as handle:
                cached = pickle.load(handle)
        except (AttributeError, ModuleNotFoundError):  # a pack pickled with its classes (before round 7)
            cached = {"key": "", "data": None}
        # plain dicts, not PreparedData: a pickled class is looked up under the module that wrote it, which is
        # __main__ for `python -m training.translate`, and nothing else could read the pack
        data = PreparedData(**cached["data"]) if isinstance(cached["data"], dict) else None
        if data is not None and cached["key"] == _data_key(config):
            return data, cached["dev"]
        if data is not None and _covers(cached["key"], config):
            log.info("using the part of %s this run trains on: %s", path, ", ".join(config.languages))
            return _subset(data, cached["dev"], config)
        log.info("%s was prepared for another data config: preparing again", path)
    data = prepare_data(config, shared)
    # every split, in order (ta/te: everyday, then general), so a larger `dev_per_language` reaches past Tatoeba
    dev = {lang: [p for split in dev_sets(shared, lang).values() for p in split] for lang in config.languages}
    data_dir.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wb", compresslevel=6) as handle:
        pickle.dump({"key": _data_key(config), "data": asdict(data), "dev": dev}, handle, protocol=pickle.HIGHEST_PROTOCOL)
    return data, dev


def train_sentencepiece(lines: list[str], path: Path, vocab_size: int, tags: list[str]) -> None:
    """A unigram model over English and every target script, digits split so numbers copy through."""
    import sentencepiece as spm

    text_path = path.with_suffix(".txt")
    text_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(text_path), model_prefix=str(path.with_suffix("")), vocab_size=vocab_size,
        model_type="unigram", character_coverage=0.9995, split_digits=True, pad_id=PAD_ID, unk_id=1,
        bos_id=BOS_ID, eos_id=EOS_ID, user_defined_symbols=tags, input_sentence_size=400000,
        shuffle_input_sentence=True, hard_vocab_limit=False, num_threads=1, minloglevel=2,
    )
    text_path.unlink()


def _adopt_vocabulary(source: Path, path: Path) -> None:
    """A run that starts from trained weights must read and write the pieces those weights were trained on."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(source.read_bytes())
    elif path.read_bytes() != source.read_bytes():
        raise SystemExit(f"{path} is not the vocabulary of {source.parent}: use another --data-dir")


def train_vocabulary(data: PreparedData, config: TranslateTrainConfig, path: Path) -> SubwordVocabulary:
    """The run's vocabulary at `path`: trained once, or the one of the weights the run starts from."""
    if config.init_from:
        _adopt_vocabulary(Path(config.init_from) / "vocab.model", path)
    if not path.exists():
        rng = random.Random(config.seed)
        rows = data.fixed + [r for rows in data.corpus.values() for r in rows]
        rows += [r for rows in data.lexicon.values() for r in rows]
        sources = sorted({r[1] for r in rows})
        targets = [r[2] for r in rows]
        lines = sources + targets
        rng.shuffle(lines)
        train_sentencepiece(lines, path, config.model.vocab_size, [language_tag(x) for x in config.languages])
    return SubwordVocabulary(path.read_bytes(), config.languages)


def encode_rows(vocab: SubwordVocabulary, rows: list[tuple[str, str, str]], max_pieces: int):
    out = []
    for lang, source, target in rows:
        src = vocab.encode_source(source, lang)
        tgt = vocab.encode_target(target)
        if len(src) <= max_pieces and 0 < len(tgt) < max_pieces:
            out.append((np.asarray(src, np.int32), np.asarray(tgt, np.int32)))
    return out


def make_batches(examples, tokens_per_batch: int, rng: random.Random) -> list[list[int]]:
    """Length-bucketed batches whose padded size stays under a token budget, in random order."""
    order = sorted(range(len(examples)), key=lambda i: (len(examples[i][1]), len(examples[i][0]), rng.random()))
    batches, current, longest = [], [], 0
    for i in order:
        size = max(len(examples[i][0]), len(examples[i][1]) + 1)
        if current and max(longest, size) * (len(current) + 1) > tokens_per_batch:
            batches.append(current)
            current, longest = [], 0
        current.append(i)
        longest = max(longest, size)
    if current:
        batches.append(current)
    rng.shuffle(batches)
    return batches


def pad_batch(examples, index: list[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    src_len = max(len(examples[i][0]) for i in index)
    tgt_len = max(len(examples[i][1]) for i in index) + 1
    src = np.zeros((len(index), src_len), np.int32)
    tgt_in = np.zeros((len(index), tgt_len), np.int32)
    tgt_out = np.zeros((len(index), tgt_len), np.int32)
    for row, i in enumerate(index):
        s, t = examples[i]
        src[row, : len(s)] = s
        tgt_in[row, 0] = BOS_ID
        tgt_in[row, 1 : len(t) + 1] = t
        tgt_out[row, : len(t)] = t
        tgt_out[row, len(t)] = EOS_ID
    return src, tgt_in, tgt_out


def encode_pools(data: PreparedData, vocab: SubwordVocabulary, max_pieces: int) -> dict[str, dict[str, list]]:
    """The sampled parts (per language: corpus, lexicon, synthetic captions), encoded once rather than every
    epoch: on an accelerator, re-encoding would take a quarter of each epoch."""
    return {
        lang: {
            "corpus": encode_rows(vocab, data.corpus[lang], max_pieces),
            "lexicon": encode_rows(vocab, data.lexicon.get(lang, []), max_pieces),
            "synthetic": encode_rows(vocab, data.synthetic.get(lang, []), max_pieces),
        }
        for lang in data.corpus
    }


def epoch_examples(encoded_fixed: list, pools: dict[str, dict[str, list]], config: TranslateTrainConfig, epoch: int):
    """Every caption pair, plus this epoch's sample of the general corpora, lexicons and synthetic captions."""
    rng = random.Random(config.seed * 1000 + epoch)
    sizes = {"corpus": config.corpus_per_epoch, "lexicon": config.lexicon_per_epoch,
             "synthetic": config.synthetic_per_epoch}
    if config.fixed_per_epoch is None:
        examples = list(encoded_fixed)
    else:
        examples = rng.sample(encoded_fixed, min(config.fixed_per_epoch, len(encoded_fixed)))
    for pool in pools.values():
        for kind, size in sizes.items():
            examples += rng.sample(pool[kind], min(size, len(pool[kind])))
    return examples


# -- training -------------------------------------------------------------------------------------------------------
def token_loss(logits, tgt_out, smoothing: float):
    """Label-smoothed cross-entropy per real target token (padding masked out), and the token count."""
    from keras import ops

    mask = ops.cast(ops.not_equal(tgt_out, PAD_ID), "float32")
    logp = ops.log_softmax(ops.cast(logits, "float32"), axis=-1)
    nll = -ops.take_along_axis(logp, ops.expand_dims(tgt_out, -1), axis=-1)[..., 0]
    smooth = -ops.mean(logp, axis=-1)
    per_token = (1.0 - smoothing) * nll + smoothing * smooth
    return ops.sum(per_token * mask) / ops.sum(mask), ops.sum(mask)


def _build_training(config: TranslateTrainConfig):
    """Model, optimizer and a train step for the active Keras backend: TensorFlow (a tf.function) on the CPU machines,
    PyTorch where an accelerator is lent (its image has PyTorch, not TensorFlow). Same model code, same
    checkpoint files, so a run can move between them."""
    import keras
    from keras import ops

    from inference.translation.transformer import TranslationTransformer

    keras.utils.set_random_seed(config.seed)
    model = TranslationTransformer.from_config_data(config.model)
    model.build()
    warmup, peak = float(config.warmup_steps), config.learning_rate

    class InverseSqrt(keras.optimizers.schedules.LearningRateSchedule):
        def __call__(self, step):
            step = ops.cast(step, "float32") + 1.0
            return peak * ops.minimum(step / warmup, ops.sqrt(warmup / step))

        def get_config(self):
            return {}

    optimizer = keras.optimizers.Adam(InverseSqrt(), beta_2=0.98, epsilon=1e-9, global_clipnorm=1.0)
    optimizer.build(model.trainable_variables)
    smoothing = config.label_smoothing
    if keras.backend.backend() == "torch":
        return model, optimizer, _torch_train_step(model, optimizer, smoothing)
    import tensorflow as tf

    spec = tf.TensorSpec([None, None], tf.int32)

    @tf.function(input_signature=[spec, spec, spec])
    def train_step(src, tgt_in, tgt_out):
        with tf.GradientTape() as tape:
            loss, tokens = token_loss(model((src, tgt_in), training=True), tgt_out, smoothing)
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables, strict=True))
        return loss, tokens

    return model, optimizer, train_step


def _torch_train_step(model, optimizer, smoothing: float):
    import torch
    from keras import ops

    torch.backends.cuda.matmul.allow_tf32 = True  # float32 weights, TF32 matrix products on the accelerator
    variables = model.trainable_variables

    def train_step(src, tgt_in, tgt_out):
        src, tgt_in, tgt_out = (ops.convert_to_tensor(x) for x in (src, tgt_in, tgt_out))
        loss, tokens = token_loss(model((src, tgt_in), training=True), tgt_out, smoothing)
        model.zero_grad()
        loss.backward()
        with torch.no_grad():
            optimizer.apply([v.value.grad for v in variables], variables)
        return loss.detach(), tokens

    return train_step


def _save_checkpoint(path: Path, model, optimizer, state: dict) -> None:
    path.mkdir(parents=True, exist_ok=True)
    model.save_weights(str(path / "model.weights.h5"))
    np.savez(path / "optimizer.npz", *[np.asarray(v) for v in optimizer.variables])
    (path / "state.json").write_text(json.dumps(state))


def _load_checkpoint(path: Path, model, optimizer) -> dict | None:
    if not (path / "state.json").exists():
        return None
    model.load_weights(str(path / "model.weights.h5"))
    with np.load(path / "optimizer.npz") as saved:
        for variable, key in zip(optimizer.variables, sorted(saved.files, key=lambda k: int(k.split("_")[1])), strict=True):
            variable.assign(saved[key])
    return json.loads((path / "state.json").read_text())


def greedy_chrf(model, vocab: SubwordVocabulary, dev: dict[str, list[Pair]], limit: int) -> dict[str, float]:
    """Quick greedy-decoding chrF on the first `limit` dev pairs per language (progress signal only)."""
    import sacrebleu

    from inference.translation.offline import OfflineTranslator
    from inference.translation.runtime import NumpyTranslatorModel

    runtime = NumpyTranslatorModel(model.export_arrays(), TranslationModelConfig(**_model_dict(model)))
    translator = OfflineTranslator(runtime, vocab, beam_size=1)
    scores = {}
    for lang, pairs in dev.items():
        pairs = pairs[:limit]
        hyps = translator.translate([p.en for p in pairs], lang)
        scores[lang] = round(sacrebleu.corpus_chrf(hyps, [[p.xx for p in pairs]]).score, 2)
    return scores


def _model_dict(model) -> dict:
    names = TranslationModelConfig.__dataclass_fields__
    return {k: v for k, v in model.get_config().items() if k in names}


def export_model(
    model, vocab: SubwordVocabulary, model_config: TranslationModelConfig, out_dir: Path,
    arrays: dict[str, np.ndarray] | None = None, bits: int = 16, group: int | None = None,
) -> dict:
    """The files the runtime needs: the weights (the model's own, or `arrays` saved from it earlier; float16, or
    `bits` 4/8 in scales of `group` inputs where a lent machine returns only small files), the sentencepiece
    model, the config."""
    out_dir.mkdir(parents=True, exist_ok=True)
    arrays = model.export_arrays() if arrays is None else arrays
    _save_model(out_dir / "model.npz", arrays, bits, group)
    (out_dir / "vocab.model").write_bytes(vocab.model_proto)
    (out_dir / "config.json").write_text(
        json.dumps({"model": model_config.to_dict(), "languages": list(vocab.languages)}, indent=2)
    )
    return arrays


def export(
    model, vocab: SubwordVocabulary, config: TranslateTrainConfig, out_dir: Path, shared: Path, extra: dict,
    arrays: dict[str, np.ndarray] | None = None,
) -> None:
    """Write float16 weights (the model's, or `arrays`), the vocabulary, hashtag lexicons and a manifest with
    sha256 of each file."""
    arrays = export_model(model, vocab, config.model, out_dir, arrays=arrays)
    finish_export(out_dir, shared, asdict(config), arrays, extra)


def finish_export(out_dir: Path, shared: Path, config: dict, arrays: dict[str, np.ndarray], extra: dict) -> None:
    """Everything of an export but the model: assets built from ../shared and the manifest."""
    export_assets(out_dir, shared, config.get("asset_sample"))
    write_manifest(out_dir, {
        "model": "multilingual Transformer encoder-decoder (Keras, served with NumPy), target tag <2xx>",
        "config": config,
        "parameters": int(sum(int(np.prod(v.shape)) for v in arrays.values())),
        "data": {
            "hi": "Hindi Visual Genome train (28,930) + Flickr8k Hindi (6,000)",
            "bn": "Bengali Visual Genome train (28,930)", "ml": "Malayalam Visual Genome train (28,930)",
            "ta": "shared/data/parallel/en-ta (minus carved dev) + lexicon/en-ta",
            "te": "shared/data/parallel/en-te (minus carved dev) + lexicon/en-te",
            "licence": "research / non-commercial use only (BVG CC BY-NC-SA 4.0, Flickr8k research use)",
        },
        **extra,
    })


def import_model(model_dir: Path, out_dir: Path, shared: Path, notes: str | None = None) -> None:
    """Finish a `--model-only` export made where ../shared is not (a lent accelerator): its model, vocabulary
    and config replace those in `out_dir`, the assets are rebuilt here, and the manifest starts afresh (the
    old one's metrics describe the old model; `training.evaluate translate --update-manifest` adds new ones;
    models of one language are dropped with it: `--add-language-model` adds them again)."""
    run = json.loads((model_dir / "training.json").read_text())
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in ("model.npz", "vocab.model", "config.json"):
        shutil.copyfile(model_dir / name, out_dir / name)
    (out_dir / "manifest.json").unlink(missing_ok=True)
    for stale in out_dir.glob("model-*.npz"):  # models of one language belong to the main model they came from
        stale.unlink()
    arrays = load_arrays(out_dir / "model.npz")
    extra = {"training": run["training"], **({"training_notes": notes} if notes else {})}
    finish_export(out_dir, shared, run["config"], arrays, extra)


def _save_model(path: Path, arrays: dict[str, np.ndarray], bits: int, group: int | None) -> str:
    """float16 (`bits` 16) or quantized (8/4, `inference.translation.quantized`); returns how, for the manifest."""
    if bits == 16:
        np.savez(path, **{k: v.astype(np.float16) for k, v in arrays.items()})
        return "float16"
    np.savez_compressed(path, **quantize_arrays(arrays, bits, group))
    return f"{bits}-bit integers, a float16 scale per " + (f"{group} inputs" if group else "output unit")


def default_group(bits: int) -> int | None:
    """Inputs per scale unless `--group` says otherwise, as the shipped files are stored: 32 for 4 bits (the
    ta/te models), one scale per output unit (None) for 8 (the main model). One place for every path that saves."""
    return 32 if bits == 4 else None


def quantize_export(out_dir: Path, bits: int, group: int | None) -> None:
    """Store the export's main model in fewer bits (in place; a quantized file is re-quantized from its values)."""
    how = _save_model(out_dir / "model.npz", load_arrays(out_dir / "model.npz"), bits, group)
    manifest = read_manifest(out_dir)
    write_manifest(out_dir, {"weights_format": {**manifest.get("weights_format", {}), "model.npz": how}})


def add_language_model(
    out_dir: Path, lang: str, model_dir: Path, bits: int, group: int | None, notes: str | None = None,
) -> str:
    """Serve `lang` from a model of its own: a `--model-only` export (typically the export's model fine-tuned on
    that language alone) with the same vocabulary and shape, stored as `model-<lang>.npz` next to the main one."""
    meta = json.loads((out_dir / "config.json").read_text())
    theirs = json.loads((model_dir / "config.json").read_text())
    if lang not in meta["languages"] or lang not in theirs["languages"]:
        raise SystemExit(f"{lang} is not a language of both {out_dir} and {model_dir}")
    if theirs["model"] != meta["model"]:
        raise SystemExit(f"{model_dir} has another model shape than {out_dir}: the runtime shares one config")
    if (model_dir / "vocab.model").read_bytes() != (out_dir / "vocab.model").read_bytes():
        raise SystemExit(f"{model_dir} was trained with another vocabulary than {out_dir}")
    name = f"model-{lang}.npz"
    how = _save_model(out_dir / name, load_arrays(model_dir / "model.npz"), bits, group)
    meta["models"] = {**meta.get("models", {}), lang: name}
    (out_dir / "config.json").write_text(json.dumps(meta, indent=2))
    manifest = read_manifest(out_dir)
    run = json.loads((model_dir / "training.json").read_text())
    entry = {"file": name, "config": run["config"], "training": run["training"], **({"training_notes": notes} if notes else {})}
    if "best" in run:  # a `keep_best` run: which evaluation's weights these are
        entry["best"] = run["best"]
    write_manifest(out_dir, {
        "language_models": {**manifest.get("language_models", {}), lang: entry},
        "weights_format": {**manifest.get("weights_format", {}), name: how},
    })
    return name


def _pick_translations(shared: Path, lang: str, sample: int | None = None) -> tuple[dict[str, str], dict[str, str]]:
    """One translation per English word/phrase (≤3 words): (sure entries, unsure entries).

    Lexicon entries list several candidates per English word, and crowd-sourced ones (Joshua) put noise
    first; for single words the candidate seen most often in the target side of parallel sentences whose
    English has the word wins. A frequent word none of whose candidates is ever seen there is "unsure":
    hashtags leave it out (precision), word-by-word captions use it (measured +1.5 chrF for te).
    """
    candidates: dict[str, list[str]] = {}
    for pair in lexicon_pairs(shared, lang)[:sample]:
        key = pair.en.strip().casefold()
        if len(key.split()) <= 3 and pair.xx.strip():
            candidates.setdefault(key, []).append(pair.xx.strip())
    sentences = training_pairs(shared, lang)[:sample] if lang in CORPUS_LANGUAGES else []
    index: dict[str, list[int]] = {}
    for i, pair in enumerate(sentences):
        for word in set(re.findall(r"[a-z]+", pair.en.casefold())):
            index.setdefault(word, []).append(i)
    chosen, unsure = {}, {}
    for key, options in candidates.items():
        hits = index.get(key, [])[:300] if " " not in key else []
        if not hits:
            chosen[key] = options[0]
            continue
        # whole-token hits first (a stem is a substring of every inflected form), substring hits second
        tokens = [set(sentences[i].xx.split()) for i in hits]
        scores = [
            (sum(option in t for t in tokens), sum(option in sentences[i].xx for i in hits)) for option in options
        ]
        best = max(range(len(options)), key=lambda j: (scores[j], -j))
        if scores[best][1] > 0 or len(hits) < 5:
            chosen[key] = options[best]
        else:
            unsure[key] = options[0]
    return chosen, unsure


def export_shortlists(out_dir: Path, shared: Path, sample: int | None = None) -> None:
    """Per language, the vocabulary pieces its training targets use (plus EOS): the decoder's output layer
    is restricted to them, which makes it ~4× cheaper and rules out wrong-script output."""
    meta = json.loads((out_dir / "config.json").read_text())
    vocab = SubwordVocabulary((out_dir / "vocab.model").read_bytes(), meta["languages"])
    lists = {}
    for lang in vocab.languages:
        used = {EOS_ID}
        for pair in training_pairs(shared, lang)[:sample]:
            used.update(vocab.encode_target(prepare_target(pair.xx, lang)))
        for pair in lexicon_pairs(shared, lang)[:sample]:
            used.update(vocab.encode_target(prepare_target(pair.xx, lang)))
        used.discard(UNK_ID)  # never emit " ⁇ "
        lists[lang] = np.array(sorted(used), np.int32)
    np.savez(out_dir / "shortlist.npz", **lists)


def export_target_words(out_dir: Path, shared: Path, sample: int | None = None) -> None:
    """Target-language words seen at least twice in training: a model's one-word answer for a hashtag is
    only trusted if it is made of real words (a half-trained model invents plausible-looking ones)."""
    words_dir = out_dir / "target_words"
    words_dir.mkdir(parents=True, exist_ok=True)
    for lang in TRAINED_LANGUAGES:
        counts: Counter[str] = Counter()
        for pair in training_pairs(shared, lang)[:sample]:
            counts.update(prepare_target(pair.xx, lang).split())
        words = sorted(w for w, c in counts.items() if c >= 2 and any(ch.isalpha() for ch in w))
        (words_dir / f"{lang}.txt").write_text("\n".join(words) + "\n", encoding="utf-8")


def default_lexicon_dir() -> Path:
    return cache_dir() / "translate" / "lexicon"


def lexicon_dir_for(out_dir: Path) -> Path:
    """Where the lexicons of an export go: never into the shipped weights directory.

    The lexicons are (one entry per word of) the research-use dictionaries in ../shared, i.e. data, which must
    not be copied into the repository; the worker reads them from TRANSLATION_LEXICON_DIR. Smoke and staging
    exports outside the repository keep them beside the model for convenience.
    """
    return default_lexicon_dir() if out_dir.resolve() == EXPORT_DIR.resolve() else out_dir / "lexicon"


def export_lexicons(lexicon_dir: Path, shared: Path, sample: int | None = None) -> None:
    """Hashtag/word-by-word lexicons: one translation per English word or short phrase, per language."""
    lexicon_dir.mkdir(parents=True, exist_ok=True)
    for lang in LEXICON_LANGUAGES:
        chosen, unsure = _pick_translations(shared, lang, sample)
        if chosen:
            rows = sorted([(en, xx, "1") for en, xx in chosen.items()] + [(en, xx, "0") for en, xx in unsure.items()])
            lines = ["\t".join(row) for row in rows]
            (lexicon_dir / f"en-{lang}.tsv").write_text("en\txx\tsure\n" + "\n".join(lines) + "\n", encoding="utf-8")


def export_assets(out_dir: Path, shared: Path, sample: int | None = None) -> None:
    """Lexicons (outside the shipped weights, see `lexicon_dir_for`), decoder shortlists, target-word lists and
    English word counts for tag splitting."""
    export_lexicons(lexicon_dir_for(out_dir), shared, sample)
    if (out_dir / "vocab.model").exists():
        export_shortlists(out_dir, shared, sample)
    export_target_words(out_dir, shared, sample)
    counts: Counter[str] = Counter()
    for lang in TRAINED_LANGUAGES:
        for pair in training_pairs(shared, lang)[:sample]:
            counts.update(re.findall(r"[a-z]+", pair.en.casefold()))
    words = [(w, c) for w, c in counts.most_common(40000) if c >= 2 and (len(w) > 1 or w in {"a", "i"})]
    (out_dir / "words.tsv").write_text("".join(f"{w}\t{c}\n" for w, c in words), encoding="utf-8")


def read_manifest(out_dir: Path) -> dict:
    path = out_dir / "manifest.json"
    return json.loads(path.read_text()) if path.exists() else {}


def write_manifest(out_dir: Path, body: dict) -> None:
    manifest_path = out_dir / "manifest.json"
    body = {**read_manifest(out_dir), **body}  # keeps earlier keys (metrics from evaluation) unless replaced
    files = {}
    for path in sorted(out_dir.rglob("*")):
        if path.is_file() and path.name != "manifest.json":
            files[str(path.relative_to(out_dir))] = {
                "sha256": hashlib.sha256(path.read_bytes()).hexdigest(), "bytes": path.stat().st_size,
            }
    body["files"] = files
    body["total_bytes"] = sum(f["bytes"] for f in files.values())
    manifest_path.write_text(json.dumps(body, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _save_best(path: Path, arrays: dict[str, np.ndarray], record: dict) -> None:
    """The best weights so far, in float32 (they may go on training elsewhere), beside their evaluation."""
    path.mkdir(parents=True, exist_ok=True)
    np.savez(path / "model.npz", **arrays)
    (path / "best.json").write_text(json.dumps(record))


def _load_best(path: Path) -> tuple[dict[str, np.ndarray], dict] | None:
    if not (path / "best.json").exists():
        return None
    with np.load(path / "model.npz") as saved:
        return {k: saved[k] for k in saved.files}, json.loads((path / "best.json").read_text())


def train(
    config: TranslateTrainConfig, shared: Path, work_dir: Path, out_dir: Path | None, resume: bool = True,
    data_dir: Path | None = None, model_only: bool = False, bits: int = 16, group: int | None = None,
) -> Path:
    """Train (resuming from `work_dir` when a checkpoint is there) and export to `out_dir`.

    `data_dir` holds the prepared text and vocabulary (default: the work dir), so several runs can share
    one; `model_only` exports just the files the model needs (no lexicons or word lists, which need ../shared),
    in `bits` (scales per `group` inputs).
    """
    limit_tf_threads()
    work_dir.mkdir(parents=True, exist_ok=True)
    (work_dir / "config.json").write_text(json.dumps(asdict(config), indent=2))
    data_dir = data_dir or work_dir
    data, dev = load_or_prepare(config, shared, data_dir)
    vocab = train_vocabulary(data, config, data_dir / "vocab.model")
    if not (work_dir / "vocab.model").exists():
        (work_dir / "vocab.model").write_bytes(vocab.model_proto)
    config = replace(config, model=replace(config.model, vocab_size=vocab.size))
    encoded_fixed = encode_rows(vocab, data.fixed, config.max_pieces)
    pools = encode_pools(data, vocab, config.max_pieces)
    model, optimizer, train_step = _build_training(config)
    log.info("model parameters: %d", model.count_params())
    checkpoint = work_dir / "checkpoint"
    state = _load_checkpoint(checkpoint, model, optimizer) if resume else None
    if state is None and config.init_from:
        model.load_arrays(load_arrays(Path(config.init_from) / "model.npz"))
        log.info("started from the weights in %s", config.init_from)
    state = state or {"epoch": 0, "batch": 0, "step": 0, "seconds": 0.0, "history": []}
    if not resume:
        shutil.rmtree(work_dir / "best", ignore_errors=True)
    best = _load_best(work_dir / "best") if config.keep_best else None
    budget = config.max_minutes * 60.0
    last_save = time.monotonic()
    started = time.process_time() - state["seconds"]
    wall_started = time.monotonic() - state.get("wall_seconds", 0.0)
    stop = False
    while state["epoch"] < config.epochs and not stop:
        epoch = state["epoch"]
        examples = epoch_examples(encoded_fixed, pools, config, epoch)
        batches = make_batches(examples, config.tokens_per_batch, random.Random(config.seed + epoch))
        progress = tqdm(range(state["batch"], len(batches)), desc=f"epoch {epoch + 1}/{config.epochs}", mininterval=10)
        losses, tokens = [], 0.0
        for b in progress:
            loss, n = train_step(*pad_batch(examples, batches[b]))
            losses.append(float(loss))
            tokens += float(n)
            state["batch"], state["step"] = b + 1, state["step"] + 1
            if len(losses) % 50 == 0:
                progress.set_postfix(loss=f"{np.mean(losses[-50:]):.3f}", cpu_min=f"{state['seconds'] / 60:.1f}")
            state["seconds"] = time.process_time() - started
            state["wall_seconds"] = time.monotonic() - wall_started
            # a STOP file in the work dir ends the run early but cleanly (checkpoint + export)
            out_of_time = state["seconds"] > budget or state["wall_seconds"] > config.max_wall_minutes * 60
            if out_of_time or (b % 20 == 0 and (work_dir / "STOP").exists()):
                stop = True
                break
            if time.monotonic() - last_save > config.checkpoint_minutes * 60:
                _save_checkpoint(checkpoint, model, optimizer, state)
                last_save = time.monotonic()
        if not stop:
            state["epoch"], state["batch"] = epoch + 1, 0
        last = stop or state["epoch"] >= config.epochs
        chrf = greedy_chrf(model, vocab, dev, config.dev_per_language) if last or (epoch + 1) % config.eval_every == 0 else {}
        state["history"].append({
            "epoch": epoch + 1, "complete": not stop, "steps": state["step"], "minutes": round(state["seconds"] / 60, 1),
            "loss": round(float(np.mean(losses)) if losses else float("nan"), 4), "greedy_chrf": chrf,
        })
        log.info("epoch %d: %s", epoch + 1, state["history"][-1])
        print(json.dumps(state["history"][-1]), flush=True)
        mean = float(np.mean(list(chrf.values()))) if chrf else None
        if config.keep_best and mean is not None and (best is None or mean > best[1]["mean"]):
            best = (model.export_arrays(), {"epoch": epoch + 1, "steps": state["step"], "greedy_chrf": chrf, "mean": mean})
            _save_best(work_dir / "best", *best)
        _save_checkpoint(checkpoint, model, optimizer, state)
        last_save = time.monotonic()
    model.save(str(work_dir / "model.keras"))
    run = {"config": asdict(config), "training": state["history"]}
    chosen = None  # the model's own weights, unless an earlier evaluation was the best
    if out_dir is not None and best is not None and best[1]["steps"] < state["step"]:
        chosen, run["best"] = best
        log.info("exporting the best evaluation (%s), not the last", run["best"])
        if model_only:
            export_model(model, vocab, config.model, out_dir / "last", bits=bits, group=group)
            (out_dir / "last" / "training.json").write_text(json.dumps({k: run[k] for k in ("config", "training")}))
    if out_dir is not None and model_only:
        export_model(model, vocab, config.model, out_dir, arrays=chosen, bits=bits, group=group)
        (out_dir / "training.json").write_text(json.dumps(run))
    elif out_dir is not None:
        export(model, vocab, config, out_dir, shared, {k: v for k, v in run.items() if k != "config"}, chosen)
    return work_dir


def set_engines(out_dir: Path, engines: dict[str, str | list[str]]) -> None:
    """Which engine translates each language's captions ("model", "lexicon", "words", or a list of them, best
    first: the first one available is used), decided on the dev splits."""
    meta = json.loads((out_dir / "config.json").read_text())
    meta["engines"] = {**meta.get("engines", {}), **engines}
    (out_dir / "config.json").write_text(json.dumps(meta, indent=2))
    write_manifest(out_dir, {"engines": meta["engines"]})


def set_caption_rules(out_dir: Path, langs: list[str]) -> None:
    """Which languages have their captions written by the caption rules first (the rest by their engine):
    measured on the dev splits, docs/translation.md "The rules at serving time". An empty list turns them off."""
    try:
        check_caption_rules(langs)
    except ValueError as error:
        raise SystemExit(str(error)) from None
    meta = json.loads((out_dir / "config.json").read_text())
    meta["caption_rules"] = langs
    (out_dir / "config.json").write_text(json.dumps(meta, indent=2))
    write_manifest(out_dir, {"caption_rules": langs})


def export_checkpoint(config: TranslateTrainConfig, shared: Path, work_dir: Path, out_dir: Path) -> None:
    """Export whatever the last checkpoint holds (e.g. while a run is still going, or after it was killed)."""
    limit_tf_threads()
    vocab = SubwordVocabulary((work_dir / "vocab.model").read_bytes(), config.languages)
    config = replace(config, model=replace(config.model, vocab_size=vocab.size))
    model, optimizer, _ = _build_training(config)
    state = _load_checkpoint(work_dir / "checkpoint", model, optimizer)
    if state is None:
        raise SystemExit(f"no checkpoint in {work_dir}")
    export(model, vocab, config, out_dir, shared, {"training": state["history"], "checkpoint_steps": state["step"]})


def override(config: TranslateTrainConfig, spec: str) -> TranslateTrainConfig:
    """`key=value,...` over the preset's scalar settings; `languages` takes `+`-joined codes."""
    changes: dict[str, object] = {}
    for item in spec.split(","):
        name, value = item.split("=", 1)
        if name not in TranslateTrainConfig.__dataclass_fields__:
            raise SystemExit(f"--set: no training setting {name!r}")
        current = getattr(config, name)
        if name == "languages":
            unknown = set(value.split("+")) - set(TRAINED_LANGUAGES)
            if unknown:
                raise SystemExit(f"no training data for {sorted(unknown)}")
            changes[name] = tuple(value.split("+"))
        elif current is None or isinstance(current, int) and not isinstance(current, bool):
            changes[name] = None if value == "none" else int(value)
        elif isinstance(current, bool):
            if value not in ("true", "false"):
                raise SystemExit(f"--set {name}: true or false")
            changes[name] = value == "true"
        elif isinstance(current, (float, str)):
            changes[name] = type(current)(value)
        else:
            raise SystemExit(f"--set cannot change {name}")
    return replace(config, **changes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny model on a few dozen pairs (seconds)")
    parser.add_argument("--preset", choices=sorted(PRESETS),
                        help="cpu (default), gpu (a lent accelerator), finetune (the shipped model, an hour more here), smoke")
    parser.add_argument("--init-from", type=Path,
                        help="an export directory whose weights and vocabulary start a fresh run (ignored on resume)")
    parser.add_argument("--model", help="override the model's shape: e.g. d_model=256,encoder_layers=3,dropout=0.2")
    parser.add_argument("--set", dest="overrides",
                        help="override training settings: e.g. languages=ta,synthetic_per_epoch=0 (languages: ta+te)")
    parser.add_argument("--data-dir", type=Path, help="prepared text + vocabulary, shared by runs (default: work dir)")
    parser.add_argument("--prepare-only", action="store_true", help="prepare text and vocabulary into --data-dir")
    parser.add_argument("--model-only", action="store_true", help="export only model.npz, vocab.model, config.json")
    parser.add_argument("--import-model", type=Path, help="finish a --model-only export made elsewhere into --out")
    parser.add_argument("--notes", help="with --import-model / --add-language-model: how and where it was trained")
    parser.add_argument("--add-language-model", metavar="LANG=DIR",
                        help="serve LANG from the --model-only export DIR (same vocabulary and shape) in --out")
    parser.add_argument("--quantize", action="store_true", help="store --out's main model in --bits bits")
    parser.add_argument("--bits", type=int, choices=(16, 8, 4), help="weights for --quantize / --add-language-model "
                        "/ --model-only (default: 8 / 4 / 16)")
    parser.add_argument("--group", type=int, help="inputs per scale (default: 32 for 4 bits, a whole row for 8)")
    parser.add_argument("--epochs", type=int)
    parser.add_argument("--max-minutes", type=float, help="CPU-time budget of the training loop")
    parser.add_argument("--max-wall-minutes", type=float)
    parser.add_argument("--work-dir", type=Path, help="checkpoints (default .cache/translate/<run>-<key>)")
    parser.add_argument("--out", type=Path, help=f"export directory (default {EXPORT_DIR}; smoke: under work dir)")
    parser.add_argument("--fresh", action="store_true", help="ignore an existing checkpoint")
    parser.add_argument("--assets-only", action="store_true", help="re-export only lexicons and word counts")
    parser.add_argument("--export-only", action="store_true", help="export the latest checkpoint, no training")
    parser.add_argument("--lexicons-only", action="store_true", help="build the ta/te/kn/mr/gu/pa lexicons only")
    parser.add_argument("--lexicon-out", type=Path, default=default_lexicon_dir(), help="with --lexicons-only")
    parser.add_argument(
        "--engines", help="record per-language engines in the export, best first: e.g. ta=lexicon+words,hi=model"
    )
    parser.add_argument("--caption-rules", metavar="LANGS",
                        help="record in --out that these languages' captions are written by rule first: e.g. ta,te "
                             "('' for none)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    config = PRESETS["smoke" if args.smoke else args.preset or "cpu"]()
    if args.model:
        overrides = dict(item.split("=", 1) for item in args.model.split(","))
        types = {name: type(getattr(config.model, name)) for name in overrides}
        config = replace(config, model=replace(config.model, **{k: types[k](v) for k, v in overrides.items()}))
    if args.overrides:
        config = override(config, args.overrides)
    if args.init_from:
        config = replace(config, init_from=str(args.init_from.resolve()))
    work_dir = args.work_dir or cache_dir() / "translate" / f"{config.run_name}-{config.key()}"
    if args.epochs:
        config = replace(config, epochs=args.epochs)
    if args.max_minutes:
        config = replace(config, max_minutes=args.max_minutes)
    if args.max_wall_minutes:
        config = replace(config, max_wall_minutes=args.max_wall_minutes)
    out_dir = args.out or (work_dir / "export" if config.run_name == "smoke" else EXPORT_DIR)
    if args.import_model:
        import_model(args.import_model, out_dir, shared_dir(), args.notes)
        print(f"imported {args.import_model} into {out_dir}")
        if args.engines is None:
            return 0
    if args.quantize or args.add_language_model:
        bits = args.bits or (4 if args.add_language_model else 8)
        group = args.group or default_group(bits)
        if args.quantize:
            quantize_export(out_dir, bits, group)
            print(f"{out_dir / 'model.npz'}: {bits}-bit")
        if args.add_language_model:
            lang, model_dir = args.add_language_model.split("=", 1)
            name = add_language_model(out_dir, lang, Path(model_dir), bits, group, args.notes)
            print(f"{lang} served from {out_dir / name} ({bits}-bit)")
        if args.engines is None:
            return 0
    if args.caption_rules is not None:
        set_caption_rules(out_dir, [lang for lang in args.caption_rules.split(",") if lang])
        print(f"caption rules of {out_dir}: {args.caption_rules or 'none'}")
        return 0
    if args.engines is not None:
        pairs = (item.split("=", 1) for item in args.engines.split(",") if item)
        set_engines(out_dir, {lang: engine.split("+") if "+" in engine else engine for lang, engine in pairs})
        print(f"engines of {out_dir}: {args.engines}")
        return 0
    if args.prepare_only:
        data_dir = args.data_dir or work_dir
        data, _ = load_or_prepare(config, shared_dir(), data_dir)
        train_vocabulary(data, config, data_dir / "vocab.model")
        print(f"prepared text and vocabulary in {data_dir}")
        return 0
    if args.export_only:
        export_checkpoint(config, shared_dir(), work_dir, out_dir)
        print(f"exported checkpoint of {work_dir} to {out_dir}")
        return 0
    if args.lexicons_only:
        export_lexicons(args.lexicon_out, shared_dir())
        print(f"lexicons written to {args.lexicon_out}; point TRANSLATION_LEXICON_DIR at it")
        return 0
    if args.assets_only:
        export_assets(out_dir, shared_dir())
        write_manifest(out_dir, {})
        print(f"assets written to {out_dir}, lexicons to {lexicon_dir_for(out_dir)}")
        return 0
    bits = args.bits or 16
    train(config, shared_dir(), work_dir, out_dir, not args.fresh, args.data_dir, args.model_only, bits,
          args.group or default_group(bits))
    print(f"exported to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
