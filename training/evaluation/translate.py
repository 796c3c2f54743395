"""`python -m training.evaluate translate --lang CODE|all`: sacreBLEU chrF, chrF++ and BLEU on the dev splits.

Dev splits: Visual Genome dev (998) for hi/bn/ml; for ta/te the carved `general` (500) and `everyday`
(100 Tatoeba) splits, plus `general-short` (general pairs of ≤12 English words) and `caption-vocab` (pairs of
either split whose English uses only common caption words). Every language also has `captions`: 100 photo
captions in the style of Flickr30k/COCO, written for this repository with a reference in each language
(`data/captions.tsv`): the only caption-style ta/te references there are, and for hi/bn/ml the photo-caption
style of the held-out sets rather than Visual Genome's region descriptions.
The shipped model in inference/weights/translate is evaluated unless --weights says otherwise.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from training.paths import cache_dir, shared_dir
from training.translate import EXPORT_DIR, write_manifest
from training.translation_data import TRAINED_LANGUAGES, Pair, dev_sets, read_tsv


def splits_for(lang: str) -> dict[str, list[Pair]]:
    splits = dev_sets(shared_dir(), lang)
    if "general" in splits:
        splits["general-short"] = [p for p in splits["general"] if len(p.en.split()) <= 12]
        splits["caption-vocab"] = caption_vocabulary_pairs(splits["everyday"] + splits["general"])
    splits["captions"] = caption_pairs(lang)
    return splits


CAPTIONS_FILE = Path(__file__).parent / "data" / "captions.tsv"


def caption_pairs(lang: str) -> list[Pair]:
    """Photo captions in the style of Flickr30k/COCO with references written for this repository (see
    docs/translation.md for who wrote them and how far to trust them). They live in the repository, not in
    ../shared: they are this project's own text."""
    with CAPTIONS_FILE.open(encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
    return [Pair(en, xx, lang, "captions") for en, xx in read_tsv(CAPTIONS_FILE, (0, header.index(lang)))]


def caption_vocabulary_pairs(pairs: list[Pair], min_count: int = 5) -> list[Pair]:
    """Dev pairs whose every English word is common in captions (≥ `min_count` times in Visual Genome +
    Flickr8k English): the most caption-like ta/te references there are, few as they are."""
    from collections import Counter

    from inference.translation.word_by_word import english_words
    from training.translation_data import caption_english

    counts = Counter(w for en in caption_english(shared_dir()) for w in english_words(en))
    common = lambda words: bool(words) and all(counts[w] >= min_count for w in words)  # noqa: E731
    return [p for p in pairs if common(english_words(p.en))]


def score(hyps: list[str], refs: list[str]) -> dict[str, float]:
    import sacrebleu

    return {
        "chrF": round(sacrebleu.corpus_chrf(hyps, [refs]).score, 2),
        "chrF++": round(sacrebleu.CHRF(word_order=2).corpus_score(hyps, [refs]).score, 2),
        "BLEU": round(sacrebleu.corpus_bleu(hyps, [refs]).score, 2),
    }


# Content words among the most frequent tags of shared/data/instagram (platform filler like #instagood left out).
COMMON_TAGS = [
    "#love", "#travel", "#fitness", "#food", "#wedding", "#cars", "#architecture", "#photography", "#animals",
    "#nature", "#fashion", "#cute", "#art", "#beautiful", "#style", "#happy", "#summer", "#smile", "#girl", "#fun",
    "#car", "#life", "#motivation", "#pets", "#beauty", "#friends", "#dog", "#gym", "#music", "#cat", "#family",
    "#healthy", "#puppy", "#baby", "#beach", "#sunset", "#flowers", "#mountains", "#travelgram", "#foodie",
]


def lexicon_dir() -> Path:
    """The ta/te dictionaries: TRANSLATION_LEXICON_DIR, else built here from ../shared (they never ship)."""
    from inference.translation.settings import TranslationSettings
    from training.translate import default_lexicon_dir, export_lexicons

    configured = TranslationSettings().lexicon_dir
    if configured is not None:
        return configured
    path = default_lexicon_dir()
    if not (path / "en-ta.tsv").exists():
        export_lexicons(path, shared_dir())
    return path


def lexicon_candidates(lang: str) -> dict[str, set[str]]:
    """Every translation the shared lexicon lists for each English entry (spaces normalised): the reference the
    model's word answers are checked against, noisy as crowd-sourced entries are."""
    from training.translation_data import lexicon_pairs

    candidates: dict[str, set[str]] = {}
    for pair in lexicon_pairs(shared_dir(), lang):
        candidates.setdefault(pair.en.casefold(), set()).add(" ".join(pair.xx.split()))
    return candidates


def hashtag_report(weights: Path, langs: tuple[str, ...]) -> None:
    """Coverage of common tags per language: as shipped (for ta/te the caption rules' words, then the model),
    with the dictionary built from ../shared first, the model alone, the dictionary alone; and for ta/te how
    often the model's answer is among the dictionary's candidates."""
    import asyncio

    from inference.translation.hashtag_translator import HashtagTranslator
    from inference.translation.lexicon import Lexicon
    from inference.translation.service import TranslationService
    from inference.translation.settings import TranslationSettings

    service = TranslationService.from_env(weights, TranslationSettings(backend=None, lexicon_dir=lexicon_dir()))
    shipped = TranslationService.from_env(weights, TranslationSettings(backend=None, lexicon_dir=None))
    # the model's path as served: its answers filtered to words of the language's training targets
    model_only = HashtagTranslator({}, shipped.hashtags.segmenter, shipped.hashtags.known_words)
    print("| lang | tags | shipped (rules' words→model) | dictionary→rules' words→model | model only | "
          "dictionary only | model ∈ dictionary candidates |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    async def run(lang: str, translator: HashtagTranslator, phrases) -> list[list[str]]:
        return [await translator.translate([tag], lang, phrases) for tag in COMMON_TAGS]

    for lang in langs:
        served = asyncio.run(run(lang, shipped.hashtags, shipped.translate_terms))
        combined = asyncio.run(run(lang, service.hashtags, service.translate_terms))
        model = asyncio.run(run(lang, model_only, service.translate_terms))
        path = lexicon_dir() / f"en-{lang}.tsv"  # the service merged the rules' words into it: read it alone
        dictionary = {lang: Lexicon.load(path, lang)} if path.exists() else {}
        lexicon_only = asyncio.run(run(lang, HashtagTranslator(dictionary, service.hashtags.segmenter), None))
        candidates = {en: {"#" + xx.replace(" ", "") for xx in options} for en, options in lexicon_candidates(lang).items()}
        agree = sum(1 for tag, m in zip(COMMON_TAGS, model, strict=True) if m and m[0] in candidates.get(tag[1:], set()))
        count = lambda rows: sum(1 for r in rows if r)  # noqa: E731
        agreement = f"{agree}/{count(model)}" if candidates else "n/a"
        print(f"| {lang} | {len(COMMON_TAGS)} | {count(served)} | {count(combined)} | {count(model)} | "
              f"{count(lexicon_only)} | {agreement} |")
        for name, rows in (("shipped", served), ("with the dictionary", combined), ("model only", model)):
            print(f"    {name}: " + " ".join(f"{t}→{(c or ['∅'])[0]}" for t, c in zip(COMMON_TAGS, rows, strict=True)))


def term_confidence_report(weights: Path, langs: tuple[str, ...], floors=(-1.0, -2.0, -2.5, -3.0, -4.0)) -> None:
    """How the model's log-probability for a lone word separates right from wrong answers: on the 600 commonest
    caption words that have a dictionary entry, answers (one or two known target words) at or above each floor
    and how many of them are among the dictionary's candidates. Chooses `TERM_MIN_LOGPROB` on words other than
    the hashtags it is then judged on."""
    from collections import Counter

    from inference.translation.offline import OfflineTranslator
    from inference.translation.word_by_word import content_words
    from training.translation_data import caption_english

    translator = OfflineTranslator.load(weights)
    counts = Counter(w for en in caption_english(shared_dir()) for w in content_words(en) if w.isalpha())
    print("| lang | floor | answers kept | agree with the dictionary | share |")
    print("|---|---:|---:|---:|---:|")
    for lang in langs:
        candidates = lexicon_candidates(lang)
        words = [w for w, _ in counts.most_common() if w in candidates][:600]
        known = set((weights / "target_words" / f"{lang}.txt").read_text(encoding="utf-8").split())
        scores: list[float] = []
        answers = [a.rstrip(".") for a in translator._translate_sentences(words, lang, scores)]
        usable = [0 < len(a.split()) <= 2 and all(t in known for t in a.split()) for a in answers]
        for floor in (float("-inf"), *floors):
            kept = [i for i in range(len(words)) if usable[i] and scores[i] >= floor]
            agree = sum(answers[i] in candidates[words[i]] for i in kept)
            print(f"| {lang} | {floor} | {len(kept)} | {agree} | {agree / max(1, len(kept)):.0%} |")


LENGTH_PENALTIES = (0.6, 0.8, 1.0, 1.2, 1.4, 1.6, 1.8, 2.0)
MAX_LENGTH_RATIO = 1.05  # chosen output may be at most this long, in characters, against the references


def length_penalty_report(
    weights: Path, langs: tuple[str, ...], update: bool, no_repeat_ngram: int | None = None,
) -> dict[str, float]:
    """Beam search's length penalty per language: the best chrF on the choice split (`general` for ta/te, `vg`
    for the others) among penalties whose output there is at most 5% longer, in characters, than the
    references. Unbounded, chrF keeps rising with over-long, repetitive output (Tamil `general` at 1.6–2.0:
    1.26–1.64× the reference length). Prints chrF and the length ratio on every split for each penalty (with
    the configured `no_repeat_ngram`, or this one); `update` writes the choice (and that) into config.json."""
    import sacrebleu

    from inference.translation.offline import OfflineTranslator

    translator = OfflineTranslator.load(weights)
    if no_repeat_ngram is not None:
        translator.no_repeat_ngram = no_repeat_ngram
    print(f"no_repeat_ngram {translator.no_repeat_ngram}")
    print("| lang | length penalty | chrF (length ratio) per split |")
    print("|---|---:|---|")
    chosen: dict[str, float] = {}
    for lang in langs:
        splits = splits_for(lang)
        choice_split = "general" if "general" in splits else next(iter(splits))
        ratios, choice_chrf = {}, {}
        for penalty in LENGTH_PENALTIES:
            translator.length_penalties[lang] = penalty
            cells = []
            for name, pairs in splits.items():
                hyps = translator.translate([p.en for p in pairs], lang)
                refs = [p.xx for p in pairs]
                ratio = sum(map(len, hyps)) / max(1, sum(map(len, refs)))
                chrf = sacrebleu.corpus_chrf(hyps, [refs]).score
                if name == choice_split:
                    ratios[penalty], choice_chrf[penalty] = ratio, chrf
                cells.append(f"{name} {chrf:.2f} ({ratio:.2f})")
            print(f"| {lang} | {penalty} | " + ", ".join(cells) + " |", flush=True)
        allowed = [p for p in LENGTH_PENALTIES if ratios[p] <= MAX_LENGTH_RATIO] or [min(LENGTH_PENALTIES)]
        chosen[lang] = max(allowed, key=lambda p: choice_chrf[p])
        print(f"    {lang}: {chosen[lang]} ({choice_split} chrF {choice_chrf[chosen[lang]]:.2f}, "
              f"length ratio {ratios[chosen[lang]]:.2f})")
    if update:
        meta = json.loads((weights / "config.json").read_text())
        meta["length_penalty"] = {**meta.get("length_penalty", {}), **chosen}
        meta["no_repeat_ngram"] = translator.no_repeat_ngram
        (weights / "config.json").write_text(json.dumps(meta, indent=2))
        write_manifest(weights, {"decoding": {  # also re-hashes config.json
            "length_penalty": meta["length_penalty"], "no_repeat_ngram": meta["no_repeat_ngram"],
            "chosen_by": "python -m training.evaluate translate --tune-length-penalty: the best chrF on the choice "
                         f"split among penalties whose output is at most {MAX_LENGTH_RATIO}x the references' length",
        }})
    return chosen


DERIVED_SPLITS = ("general-short", "caption-vocab")  # subsets of everyday + general: not pooled twice
# a `keep_best` training run (training/translate.py) chooses its weights by greedy chrF on everyday (100) and the
# first pairs of general (`dev_per_language` 200 in round 13): the rest of general is the part no run looked at
CHOICE_PAIRS = 100


def rule_built(lang: str, english: list[str]) -> dict[str, str]:
    """The rule-built training caption (inference/translation/caption_grammar.py) of each English caption the
    rules parse, with the dictionary from ../shared as at training time."""
    from training.translate import _pick_translations, grammar_captions

    return {p.en: p.xx for p in grammar_captions(english, lang, _pick_translations(shared_dir(), lang)[0])}


def compare_report(weights_a: Path, weights_b: Path, langs: tuple[str, ...], beam: int) -> None:
    """Both weight directories on every split, with a paired bootstrap on each split of its own and on the
    splits pooled (each sentence once): whether B's gain is larger than resampling noise. Each split is also
    reported alone because their references differ in kind: `captions` was written here, by the same hand as
    the rule-built Tamil/Telugu training captions, while the other splits' references are real translations."""
    from inference.translation.offline import OfflineTranslator
    from training.evaluation.bootstrap import paired_bootstrap
    from training.translate import CAPTION_GRAMMARS

    systems = [OfflineTranslator.load(w, beam_size=beam, lexicon_dir=lexicon_dir()) for w in (weights_a, weights_b)]
    print(f"A = {weights_a}\nB = {weights_b}\n")
    print("| lang | split | pairs | chrF A → B (paired bootstrap, 300 resamples) |")
    print("|---|---|---:|---|")
    for lang in langs:
        pooled: tuple[list[str], list[str], list[str]] = ([], [], [])
        for name, pairs in splits_for(lang).items():
            refs = [p.xx for p in pairs]
            hyps = [system.translate([p.en for p in pairs], lang) for system in systems]
            if name in DERIVED_SPLITS:
                a, b = (score(h, refs)["chrF"] for h in hyps)
                print(f"| {lang} | {name} | {len(pairs)} | {a} → {b} |", flush=True)
                continue
            print(f"| {lang} | {name} | {len(pairs)} | {paired_bootstrap(*hyps, refs).describe()} |", flush=True)
            if name == "general":  # runs that keep their best evaluation choose on everyday + general's first 100
                tail = slice(CHOICE_PAIRS, None)
                result = paired_bootstrap(hyps[0][tail], hyps[1][tail], refs[tail])
                print(f"| {lang} | general after its first {CHOICE_PAIRS} | {len(refs[tail])} | {result.describe()} |")
            if name == "captions" and lang in CAPTION_GRAMMARS:  # what the rule-built training captions cover or not
                built = rule_built(lang, [p.en for p in pairs])
                for label, covered in (("the rules parse", True), ("the rules do not parse", False)):
                    rows = [i for i, p in enumerate(pairs) if (p.en in built) == covered]
                    if not rows:  # the rules may parse all of them (all 100 in round 28): chrF of none fails
                        print(f"| {lang} | captions {label} | 0 | — |", flush=True)
                        continue
                    a, b = (score([h[i] for i in rows], [refs[i] for i in rows])["chrF"] for h in hyps)
                    print(f"| {lang} | captions {label} | {len(rows)} | {a} → {b} |", flush=True)
            for bucket, values in zip(pooled, (*hyps, refs), strict=True):
                bucket.extend(values)
        print(f"| {lang} | pooled | {len(pooled[2])} | {paired_bootstrap(*pooled).describe()} |", flush=True)


def grammar_report(langs: tuple[str, ...]) -> None:
    """How close the rule-built training captions (inference/translation/caption_grammar.py) come to the
    `captions` references on their own: the same hand wrote both, so this is how far a model that learnt the
    rules could score there for that reason alone."""
    from training.translate import CAPTION_GRAMMARS

    print("| lang | captions parsed | chrF on those | identical to the reference |")
    print("|---|---:|---:|---:|")
    for lang in (lang for lang in langs if lang in CAPTION_GRAMMARS):
        pairs = caption_pairs(lang)
        built = rule_built(lang, [p.en for p in pairs])
        parsed = [p for p in pairs if p.en in built]
        hyps, refs = [built[p.en] for p in parsed], [p.xx for p in parsed]
        same = sum(h == r for h, r in zip(hyps, refs, strict=True))
        print(f"| {lang} | {len(parsed)} of {len(pairs)} | {score(hyps, refs)['chrF']} | {same} |")


def rules_coverage_report(langs: tuple[str, ...]) -> None:
    """How much caption English the caption rules write: with their tables alone, as the worker serves them, and
    with the dictionary from ../shared as well, as training builds its captions. Flickr8k's captions are the
    held-out sets' style; the tables were mended from them, so this is coverage, not a held-out measure."""
    from inference.translation.offline import rule_translation
    from training.translate import CAPTION_GRAMMARS
    from training.translation_data import caption_english_by_source

    sources = caption_english_by_source(shared_dir())
    print("| lang | captions | of | tables alone (served) | with the dictionary (training) |")
    print("|---|---|---:|---:|---:|")
    for lang in (lang for lang in langs if lang in CAPTION_GRAMMARS):
        served = CAPTION_GRAMMARS[lang]()
        built = rule_built(lang, [text for texts in sources.values() for text in texts])  # as training builds them
        for name, texts in sources.items():
            alone = sum(1 for text in texts if rule_translation(served, text))
            with_dictionary = sum(1 for text in texts if text in built)
            share = f"{100 * alone / max(len(texts), 1):.0f}%"
            print(f"| {lang} | {name} | {len(texts)} | {alone} ({share}) | {with_dictionary} |", flush=True)


def rules_dump(langs: tuple[str, ...], out: Path, against: Path | None = None) -> None:
    """Every Visual Genome and Flickr8k caption with what the caption rules write for it as served (source,
    English, then one column per language, empty where the rules skip it), so that a change to the rules can be
    read line by line against the dump before it; with `against`, the counts of lines newly written, rewritten
    and no longer written."""
    from inference.translation.offline import rule_translation
    from training.translate import CAPTION_GRAMMARS
    from training.translation_data import caption_english_by_source

    grammars = [CAPTION_GRAMMARS[lang]() for lang in langs if lang in CAPTION_GRAMMARS]
    rows = [[name, text, *(rule_translation(grammar, text) or "" for grammar in grammars)]
            for name, texts in caption_english_by_source(shared_dir()).items() for text in texts]
    out.write_text("".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")
    print(f"{len(rows)} lines → {out}")
    if against:
        counts = compare_dumps(read_dump(against), rows)
        print(" / ".join(f"{kind} {count}" for kind, count in counts.items()))


def read_dump(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]


def compare_dumps(old: list[list[str]], new: list[list[str]]) -> dict[str, int]:
    """Lines the rules write now and did not (new), write differently (rewritten), or no longer write (lost);
    the two dumps must list the same English in the same order."""
    counts = {"new": 0, "rewritten": 0, "lost": 0}
    if [row[:2] for row in old] != [row[:2] for row in new]:
        raise ValueError("the dumps list different captions: dump both from the same ../shared")
    for before, after in zip(old, new, strict=True):
        written_before, written_after = any(before[2:]), any(after[2:])
        if written_after and not written_before:
            counts["new"] += 1
        elif written_before and not written_after:
            counts["lost"] += 1
        elif written_before and before[2:] != after[2:]:
            counts["rewritten"] += 1
    return counts


def photo_captions(count: int, seed: int = 16) -> list[str]:
    """English captions as users get them: the shipped captioner on `count` photos of shared/data/instagram
    (Instagram posts, which no caption model trained on), distinct, sorted."""
    import random

    import numpy as np
    from PIL import Image

    from inference.captioning.captioner import Captioner
    from training.paths import REPO

    photos = sorted((shared_dir() / "data" / "instagram" / "images").rglob("*.jpg"))
    photos = random.Random(seed).sample(photos, min(count, len(photos)))
    captioner = Captioner.load(REPO / "inference" / "weights" / "caption")
    captions: set[str] = set()
    for start in range(0, len(photos), 16):
        images = [np.asarray(Image.open(p).convert("RGB")) for p in photos[start: start + 16]]
        captions.update(captioner.captions(images))
    return sorted(captions)


def rules_report(weights: Path, langs: tuple[str, ...], photos: int, beam: int) -> None:
    """Captions of real photos, written by the caption rules and by the model alone: how many the rules take
    and every one where the two differ, to be read (no reference exists for these; docs/translation.md "The
    rules at serving time" records what reading them found)."""
    from inference.translation.offline import OfflineTranslator, caption_grammars, rule_translation

    captions = photo_captions(photos)
    model = OfflineTranslator.load(weights, beam_size=beam, caption_rules=[])
    grammars = caption_grammars()
    for lang in (lang for lang in langs if lang in grammars):
        grammar = grammars[lang]()
        ruled = [rule_translation(grammar, c) for c in captions]  # as served
        alone = model.translate(captions, lang)
        differ = [(c, m, r) for c, m, r in zip(captions, alone, ruled, strict=True) if r and r != m]
        print(f"## {lang}: {len(captions)} distinct captions of {photos} photos; the rules write "
              f"{sum(r is not None for r in ruled)}, {len(differ)} of them unlike the model alone")
        for caption, by_model, by_rule in differ:
            print(f"{caption}\n    model: {by_model}\n    rules: {by_rule}")


def skipped_review(weights_a: Path, weights_b: Path, langs: tuple[str, ...], count: int, beam: int) -> None:
    """Both weight directories, as served, on `count` random Flickr8k captions the caption rules skip: the
    captions whose Tamil/Telugu the model writes, and the ones a new model changes. No references exist in this
    style, so they are printed to be read; docs/translation.md records the reading (round 23)."""
    import itertools
    import random

    from inference.translation.offline import OfflineTranslator, caption_grammars, rule_translation
    from training.translation_data import caption_english_by_source

    systems = [OfflineTranslator.load(w, beam_size=beam, lexicon_dir=lexicon_dir()) for w in (weights_a, weights_b)]
    captions = list(caption_english_by_source(shared_dir())["flickr8k"])
    random.Random(23).shuffle(captions)
    print(f"A = {weights_a}\nB = {weights_b}  (= the same, * they differ)")
    grammars = caption_grammars()
    for lang in (lang for lang in langs if lang in grammars):
        grammar = grammars[lang]()
        skipped = list(itertools.islice((c for c in captions if rule_translation(grammar, c) is None), count))
        a, b = (system.translate(skipped, lang) for system in systems)
        differ = sum(x != y for x, y in zip(a, b, strict=True))
        print(f"## {lang}: {len(skipped)} Flickr8k captions the rules skip, {differ} differ")
        for caption, by_a, by_b in zip(skipped, a, b, strict=True):
            print(f"{'=' if by_a == by_b else '*'} {caption}\n    A {by_a}\n    B {by_b}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.evaluate translate", description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="all", help="hi, bn, ml, ta, te or all")
    parser.add_argument("--weights", type=Path, default=EXPORT_DIR)
    parser.add_argument("--beam", type=int, default=4)
    parser.add_argument("--limit", type=int, help="first N pairs of each split (quick look)")
    parser.add_argument("--update-manifest", action="store_true", help="record the scores in the weights manifest")
    parser.add_argument("--show", type=int, default=0, help="print N example translations per split")
    parser.add_argument("--hashtags", action="store_true", help="hashtag coverage on 40 common Instagram tags")
    parser.add_argument("--term-confidence", action="store_true",
                        help="ta/te: model answers for caption words by log-probability floor (TERM_MIN_LOGPROB)")
    parser.add_argument("--tune-length-penalty", action="store_true",
                        help="choose beam search's length penalty per language (with --update-manifest: store it)")
    parser.add_argument("--length-penalty", type=float, help="override config.json's length penalty (all languages)")
    parser.add_argument("--no-repeat-ngram", type=int, help="override config.json's no_repeat_ngram (0: off)")
    parser.add_argument("--engine", choices=["model", "lexicon", "words"], help="force one engine (default: as shipped)")
    parser.add_argument("--compare", type=Path, metavar="WEIGHTS_B",
                        help="score --weights (A) and these weights (B) on every split, with a paired bootstrap")
    parser.add_argument("--skipped-review", type=int, metavar="N",
                        help="ta/te, with --compare: both weights on N random Flickr8k captions the rules skip, to read")
    parser.add_argument("--grammar", action="store_true",
                        help="ta/te: score the rule-built training captions themselves on the captions split")
    parser.add_argument("--rules-coverage", action="store_true",
                        help="ta/te: how many Visual Genome and Flickr8k captions the caption rules write")
    parser.add_argument("--rules-dump", type=Path, metavar="TSV",
                        help="ta/te: write every Visual Genome and Flickr8k caption with the rules' output (~2 min)")
    parser.add_argument("--against", type=Path, metavar="OLD_TSV",
                        help="with --rules-dump: count the lines newly written, rewritten and lost since OLD_TSV")
    parser.add_argument("--rules-review", type=int, metavar="PHOTOS",
                        help="ta/te: caption PHOTOS Instagram photos and print where the caption rules and the "
                             "model alone differ")
    args = parser.parse_args(argv)
    if args.skipped_review and not args.compare:
        parser.error("--skipped-review reads two weight directories side by side: give the second with --compare")
    langs = TRAINED_LANGUAGES if args.lang == "all" else tuple(args.lang.split(","))
    if args.hashtags:
        hashtag_report(args.weights, langs)
        return 0
    if args.grammar:
        grammar_report(langs)
        return 0
    if args.rules_review:
        rules_report(args.weights, langs, args.rules_review, args.beam)
        return 0
    if args.rules_coverage:
        rules_coverage_report(langs)
        return 0
    if args.rules_dump:
        rules_dump(langs, args.rules_dump, args.against)
        return 0
    if args.compare and args.skipped_review:
        skipped_review(args.weights, args.compare, langs, args.skipped_review, args.beam)
        return 0
    if args.compare:
        compare_report(args.weights, args.compare, langs, args.beam)
        return 0
    if args.term_confidence:
        term_confidence_report(args.weights, ("ta", "te") if args.lang == "all" else tuple(args.lang.split(",")))
        return 0
    if args.tune_length_penalty:
        length_penalty_report(args.weights, langs, args.update_manifest, args.no_repeat_ngram)
        return 0
    from inference.translation.offline import OfflineTranslator

    engines = {lang: args.engine for lang in TRAINED_LANGUAGES} if args.engine else None
    translator = OfflineTranslator.load(args.weights, beam_size=args.beam, engines=engines, lexicon_dir=lexicon_dir())
    if args.length_penalty is not None:
        translator.length_penalties = dict.fromkeys(langs, args.length_penalty)
    if args.no_repeat_ngram is not None:
        translator.no_repeat_ngram = args.no_repeat_ngram
    results: dict[str, dict[str, dict]] = {}
    print("| lang | split | engine | pairs | chrF | chrF++ | BLEU | sent/s |")
    print("|---|---|---|---:|---:|---:|---:|---:|")
    for lang in langs:
        for name, pairs in splits_for(lang).items():
            pairs = pairs[: args.limit] if args.limit else pairs
            started = time.perf_counter()
            hyps = translator.translate([p.en for p in pairs], lang)
            speed = len(pairs) / (time.perf_counter() - started)
            engine = translator.engine(lang)
            metrics = {**score(hyps, [p.xx for p in pairs]), "pairs": len(pairs), "beam": args.beam, "engine": engine}
            results.setdefault(lang, {})[f"{name}/{engine}"] = metrics
            print(f"| {lang} | {name} | {engine} | {len(pairs)} | {metrics['chrF']} | {metrics['chrF++']} | {metrics['BLEU']} | {speed:.1f} |", flush=True)
            for pair, hyp in list(zip(pairs, hyps, strict=True))[: args.show]:
                print(f"    EN  {pair.en}\n    REF {pair.xx}\n    HYP {hyp}")
    out = cache_dir() / "translate" / "eval.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    previous = json.loads(out.read_text()) if out.exists() else {}
    out.write_text(json.dumps({**previous, **results}, indent=2, ensure_ascii=False))
    if args.update_manifest and not args.limit and args.length_penalty is None and args.no_repeat_ngram is None:
        manifest = json.loads((args.weights / "manifest.json").read_text())
        metrics = manifest.get("metrics", {})
        for lang, splits in results.items():
            metrics[lang] = {**metrics.get(lang, {}), **splits}
        manifest["metrics"] = metrics
        write_manifest(args.weights, manifest)
    return 0
