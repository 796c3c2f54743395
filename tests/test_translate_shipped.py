"""The shipped translation weights: manifest integrity, size budget, and real translations in each script."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from pathlib import Path

import numpy as np
import pytest

from inference.languages import LANGUAGES
from inference.translation.hashtags import in_script, is_valid_hashtag

WEIGHTS = Path(__file__).resolve().parent.parent / "inference" / "weights" / "translate"
pytestmark = pytest.mark.skipif(not (WEIGHTS / "model.npz").exists(), reason="no shipped translation weights")


def test_manifest_matches_files_and_budget() -> None:
    manifest = json.loads((WEIGHTS / "manifest.json").read_text())
    for name, entry in manifest["files"].items():
        assert hashlib.sha256((WEIGHTS / name).read_bytes()).hexdigest() == entry["sha256"], name
    total = sum(p.stat().st_size for p in WEIGHTS.rglob("*") if p.is_file())
    assert total <= 30_000_000  # the budget for all shipped translation files


def script_share(text: str, script: str) -> float:
    letters = [ch for ch in text if unicodedata.category(ch).startswith("L")]
    return sum(in_script(ch, script) for ch in letters) / max(1, len(letters))


@pytest.fixture(scope="module")
def service(built_lexicons):
    from inference.translation.service import TranslationService
    from inference.translation.settings import TranslationSettings

    return TranslationService.from_env(WEIGHTS, TranslationSettings(backend=None, lexicon_dir=built_lexicons))


@pytest.fixture(scope="module")
def bare():
    """What a fresh clone serves: the shipped files only, no dictionary directory, no remote."""
    from inference.translation.service import TranslationService
    from inference.translation.settings import TranslationSettings

    return TranslationService.from_env(WEIGHTS, TranslationSettings(backend=None, lexicon_dir=None))


def test_every_trained_language_is_offered_offline_from_the_shipped_files(bare) -> None:
    """Engines as measured on dev: sentences for every language, ta and te from models of their own, their
    captions by rule first."""
    assert {"hi", "bn", "ml", "ta", "te"} <= bare.offline_languages()
    assert {lang: bare.offline.engine(lang) for lang in ("hi", "ta", "te")} == {
        "hi": "model", "ta": "rules+model", "te": "rules+model"}
    assert not list(WEIGHTS.glob("lexicon/*.tsv"))


def test_tamil_and_telugu_are_served_by_their_own_fine_tuned_models(bare) -> None:
    offline = bare.offline
    assert set(offline.language_models) == {"ta", "te"}
    main = offline.model.w["encoder.0.ff.inner.kernel"]
    for lang in ("ta", "te"):
        own = offline.language_models[lang].w["encoder.0.ff.inner.kernel"]
        # fine-tuned from the main model: not equal to it, yet still strongly correlated with it (a model trained
        # apart from it would correlate near 0). A distance bound (half the weights' mean size) broke on round
        # 23's Telugu model, fine-tuned four times since (0.51): the correlation says "derived from" directly.
        assert np.abs(own - main).mean() > 0, lang
        assert np.corrcoef(own.ravel(), main.ravel())[0, 1] > 0.8, lang


def test_a_configured_dictionary_does_not_replace_engines_that_measured_better(service) -> None:
    assert {lang: service.offline.engine(lang) for lang in ("hi", "ta", "te")} == {
        "hi": "model", "ta": "rules+model", "te": "rules+model"}


def test_word_engine_answers_only_with_real_target_words() -> None:
    """The `words` engine (te's until round 7) still works from the shipped files where it is configured."""
    from inference.translation.offline import OfflineTranslator

    words = OfflineTranslator.load(WEIGHTS, engines={"te": "words"}, caption_rules=[])  # the engine alone
    lines = words.translate(["A dog runs on the beach.", "2 zyxwv qwrtp", ""], "te")
    known = set((WEIGHTS / "target_words" / "te.txt").read_text(encoding="utf-8").split())
    tokens = lines[0].rstrip(".").split()
    assert tokens and all(w in known for w in tokens), lines[0]
    assert lines[0].endswith(".") and script_share(lines[0], LANGUAGES["te"].script) == 1.0
    assert lines[1].split()[0] == "2"  # digits kept
    assert lines[2] == ""
    assert "dog" in words._word_cache["te"]  # captions reuse words: each is asked of the model once


def test_word_engine_falls_back_to_the_sentence_when_no_word_is_accepted() -> None:
    """Rather than send the English back, a chunk with no accepted word gets the model's sentence."""
    from inference.translation.offline import OfflineTranslator

    strict = OfflineTranslator.load(WEIGHTS, engines={"te": "words"}, caption_rules=[])
    strict.word_engine_vocabulary["te"] = set()  # every word answer is rejected
    sentences = OfflineTranslator.load(WEIGHTS, engines={"te": "model"}, caption_rules=[])
    caption = ["a woman holding an umbrella in the rain"]
    got = strict.translate(caption, "te")
    assert got == sentences.translate(caption, "te")
    assert script_share(got[0], LANGUAGES["te"].script) == 1.0


@pytest.mark.parametrize("lang", ["ta", "te"])
def test_captions_the_rules_parse_are_written_by_rule_and_the_rest_by_the_model(bare, lang: str) -> None:
    """The shipped config writes ta/te captions by rule first; lines the rules cannot parse keep the model's
    translation, and the contract (one line out per line in, in order) holds across the two."""
    from inference.translation.offline import OfflineTranslator, caption_grammars

    grammar = caption_grammars()[lang]()
    lines = [
        "A woman is washing clothes by the river.",  # the model alone: "is wearing clothes" (te), "wiping" (ta)
        "A man with 1 dog.",  # "1" counts nothing the rules say (round 21: "3 dogs" is written by rule)
        "",
        "The committee will meet on Tuesday to discuss the budget.",  # not a caption
        "A boy is riding a bicycle on the road. 🚲",
        "White Rock",  # a name: the rules would write "white stone"
        "An Asian boy in a red shirt holds onto an aqua balloon.",  # round 24: "Asian" names nothing
    ]
    out = bare.offline.translate(lines, lang)
    assert len(out) == len(lines) and out[2] == ""
    assert out[0] == grammar.translate(lines[0])
    assert out[4] == f"{grammar.translate(lines[4][:-2])} 🚲"
    model_alone = OfflineTranslator.load(WEIGHTS, caption_rules=[])
    assert out[0] != model_alone.translate(lines[:1], lang)[0]
    assert out[6] == grammar.translate(lines[6]) != model_alone.translate(lines[6:], lang)[0]
    assert grammar.translate(lines[1]) is None and grammar.translate(lines[3]) is None
    assert grammar.translate(lines[5]) is not None
    assert [out[1], out[3], out[5]] == model_alone.translate([lines[1], lines[3], lines[5]], lang)
    assert all(script_share(out[i], LANGUAGES[lang].script) == 1.0 for i in (0, 1, 3, 4)), out
    assert all(unicodedata.is_normalized("NFC", line) for line in out)


def test_a_fault_in_the_rules_costs_that_caption_its_rules_not_its_translation(monkeypatch, caplog) -> None:
    """The rules raise on a shape no test met (round 24 found one: a colour as the last word): the model writes
    that line, the others keep the rules', and the log names the fault without the caption."""
    from inference.translation.offline import OfflineTranslator
    from inference.translation.tamil_captions import TamilCaptionGrammar

    offline = OfflineTranslator.load(WEIGHTS)
    grammar = offline.caption_rules["ta"]
    translate = grammar.translate

    def faulty(caption: str) -> str | None:
        if "kite" in caption:
            raise IndexError("list index out of range")
        return translate(caption)

    monkeypatch.setattr(grammar, "translate", faulty)
    lines = ["A boy flies a kite on the beach.", "A dog runs on the beach."]
    out = offline.translate(lines, "ta")
    model_alone = OfflineTranslator.load(WEIGHTS, caption_rules=[])
    assert out == [model_alone.translate(lines[:1], "ta")[0], TamilCaptionGrammar().translate(lines[1])]
    assert out[0] and script_share(out[0], LANGUAGES["ta"].script) == 1.0
    assert "IndexError" in caplog.text and "kite" not in caplog.text


@pytest.mark.parametrize("lang", ["ta", "te"])
async def test_hashtags_from_the_shipped_files_alone_are_native(bare, lang: str) -> None:
    tags = await bare.translate_hashtags(["#dog", "#beach", "#sunset", "#instagood"], lang)
    assert tags and all(is_valid_hashtag(tag, LANGUAGES[lang].script) for tag in tags)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        # the models alone: #cute → வெட்டு "cut" (ta) or nothing (te), #water → నీటి, a case form (te)
        ("ta", ["#அழகான", "#தண்ணீர்", "#பொம்மை"]),
        ("te", ["#ముద్దైన", "#నీరు", "#బొమ్మ"]),
    ],
)
async def test_hashtag_words_the_caption_rules_know_come_from_their_tables(bare, lang: str, expected) -> None:
    assert await bare.translate_hashtags(["#cute", "#water", "#toys"], lang) == expected


@pytest.mark.parametrize("lang", ["hi", "bn", "ml", "ta", "te"])
async def test_captions_come_out_in_the_target_script(service, lang: str) -> None:
    captions = ["a dog running on the beach", "A man riding a horse in a field.", "two children 🎈 playing with a ball"]
    lines = await service.translate(captions, lang)
    assert lines is not None and len(lines) == 3
    for line in lines:
        assert script_share(line, LANGUAGES[lang].script) > 0.9, line
    assert lines[2].endswith("🎈")


@pytest.mark.parametrize("lang", ["hi", "ta", "te"])
async def test_hashtags_are_native_and_linkable(service, lang: str) -> None:
    tags = await service.translate_hashtags(["#dog", "#beach", "#sunset", "#travelgram", "#instagood"], lang)
    assert tags, lang
    assert all(is_valid_hashtag(tag, LANGUAGES[lang].script) for tag in tags)


def test_terms_keep_only_answers_the_model_is_sure_of() -> None:
    """Hashtag words: the sentence answer where its log-probability clears the floor, else nothing."""
    from inference.translation.offline import DEFAULT_LENGTH_PENALTY, TERM_MIN_LOGPROB, OfflineTranslator

    translator = OfflineTranslator.load(WEIGHTS)
    # common words and Instagram coinages that have no translation (round 23's Telugu model is sure enough of
    # "wanderlust", −2.43, that the floor needed more than one such word to have something to drop)
    terms = ["dog", "beach", "sunset", "puppy", "wanderlust", "instadaily", "nofilter"]
    scores: list[float] = []
    # a lone word is searched with the default penalty, whatever the language's sentences are tuned to
    answers = translator._translate_sentences(terms, "te", scores, DEFAULT_LENGTH_PENALTY)
    kept = translator.translate_terms(terms, "te")
    assert kept == [a if s >= TERM_MIN_LOGPROB else "" for a, s in zip(answers, scores, strict=True)]
    assert translator.translate_terms(terms, "te", min_logprob=float("-inf")) == answers
    assert translator.translate_terms(terms, "te", min_logprob=0.0) == [""] * len(terms)  # no answer is certain
    assert all(s < 0 for s in scores) and not all(kept), list(zip(terms, answers, scores, strict=True))
    assert kept[terms.index("dog")] and kept[terms.index("puppy")]


LONG_SENTENCES = [
    "The old temple near the river was rebuilt by the villagers after the heavy rains destroyed its walls last year.",
    "The government announced on Monday that the new hospital will open next month and treat patients from three "
    "districts.",
    "Farmers in the valley say that the late monsoon has delayed the planting of rice and may reduce this year's "
    "harvest.",
    "After the match, the captain thanked the fans who had travelled from distant towns to support the team in the "
    "final.",
    "The school has started a programme that teaches children to grow vegetables in a small garden behind the library.",
    "Scientists believe that the number of tigers in the forest has increased because the villagers stopped cutting "
    "trees.",
]


def test_long_tamil_and_telugu_sentences_are_not_cut_short() -> None:
    """ta/te models ended long sentences early; config.json's tuned length penalty (and the n-gram block that
    keeps the longer output from looping) is what lets them translate the whole sentence. Round 12's Tamil model,
    trained on rule-built caption sentences, no longer stops early without it, so for Tamil the penalty must
    only not make the sentences shorter; Telugu's still needs it. Judged on six sentences, not one: round 14's
    Telugu model writes the first of them shorter with the tuned decoding (9 words against 12), while on the 124
    sentences of 18+ words in `general` the tuned decoding writes 1,609 words (chrF 28.2) to the untuned 1,031
    (21.1), and cuts 22 of them below half the reference's length to the untuned 63. Round 23's Telugu model,
    decoded with the rule's penalty 1.4 again (round 8's override to 1.0 dropped), writes these six in 87 words
    tuned and 56 untuned, and those 124 in 2,219 words (chrF 31.5, 2 cut) against 995 (19.6, 71)."""
    from inference.translation.offline import OfflineTranslator

    translator, untuned = OfflineTranslator.load(WEIGHTS), OfflineTranslator.load(WEIGHTS)
    untuned.length_penalties, untuned.no_repeat_ngram = {}, 0
    assert translator.no_repeat_ngram > 0
    for lang in ("ta", "te"):
        assert translator.length_penalties[lang] >= 1.0, lang
        tuned = translator.translate(LONG_SENTENCES, lang)
        for text in tuned:
            assert len(text.split()) >= 8 and script_share(text, LANGUAGES[lang].script) > 0.9, text
        tuned_words = sum(len(text.split()) for text in tuned)
        untuned_words = sum(len(text.split()) for text in untuned.translate(LONG_SENTENCES, lang))
        assert untuned_words <= tuned_words, lang
        if lang == "te":
            assert untuned_words < tuned_words * 2 / 3
