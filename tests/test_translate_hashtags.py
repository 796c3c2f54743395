"""Native-script hashtags: character classes, tag splitting, lexicon-first translation, no transliteration."""

from __future__ import annotations

import pytest

from inference.translation.hashtag_translator import HashtagTranslator
from inference.translation.hashtags import (
    WordSegmenter,
    format_hashtag,
    hashtag_words,
    is_body_char,
    is_valid_hashtag,
)
from inference.translation.lexicon import Lexicon


@pytest.mark.parametrize(
    ("ch", "kept"),
    [
        ("க", True),  # Tamil letter
        ("\u0bcd", True),  # Tamil virama (Mn): dropping it misspells the word
        ("\u093c", True),  # Devanagari nukta (Mn)
        ("\u0d7a", True),  # Malayalam chillu (Lo)
        ("\u0c3e", True),  # Telugu vowel sign (Mc/Mn)
        ("\u200d", True),  # ZWJ
        ("\u200c", True),  # ZWNJ
        ("7", True),
        ("\u0966", True),  # Devanagari digit zero (Nd)
        (" ", False),
        ("\u0964", False),  # Devanagari danda (Po): ends a tag on Telegram
        (",", False),
        ("-", False),
        ("_", False),
        ("#", False),
        ("🐶", False),
    ],
)
def test_body_character_classes(ch: str, kept: bool) -> None:
    assert is_body_char(ch) is kept


def test_format_hashtag_joins_words_and_keeps_marks() -> None:
    assert format_hashtag("கோல்டன் ரிட்ரீவர்") == "#கோல்டன்ரிட்ரீவர்"
    assert format_hashtag("क्\u200dष") == "#क्\u200dष"
    assert format_hashtag("ಮಳೆ, ಬಿಲ್ಲು!") == "#ಮಳೆಬಿಲ್ಲು"
    assert format_hashtag("। , 🐶") is None
    assert format_hashtag("2024") is None  # digits alone are not a tag
    assert format_hashtag("\u0bcdநாய்") == "#நாய்"  # cannot start with a combining mark


def test_is_valid_hashtag_checks_script_and_shape() -> None:
    assert is_valid_hashtag("#நாய்", "Tamil")
    assert not is_valid_hashtag("#நாய்dog", "Tamil")
    assert not is_valid_hashtag("#नाय", "Tamil")
    assert not is_valid_hashtag("#நா ய்")
    assert not is_valid_hashtag("நாய்")
    assert is_valid_hashtag("#অসমীয়া", "Bengali")  # Assamese is written in the Bengali script


def test_hashtag_words_splits_camel_case_underscores_and_run_together_tags() -> None:
    segmenter = WordSegmenter({"golden": 50, "retriever": 5, "gold": 40, "en": 3, "dog": 90, "travel": 30})
    assert hashtag_words("#GoldenRetriever") == ["golden", "retriever"]
    assert hashtag_words("#dog_love") == ["dog", "love"]
    assert hashtag_words("#goldenretriever", segmenter) == ["golden", "retriever"]
    assert hashtag_words("#travelgram", segmenter) == ["travel"]  # Instagram affix carries no meaning
    assert hashtag_words("#instagood") == []


async def test_lexicon_first_then_sentence_model_and_drop_the_rest() -> None:
    lexicon = Lexicon({"dog": "நாய்", "beach": "கடற்கரை", "golden": "தங்க"}, "ta")
    asked: list[list[str]] = []

    async def model(phrases: list[str], lang: str) -> list[str]:
        asked.append(phrases)
        answers = {"golden retriever": "தங்க மீட்பு நாய்", "sunset": "சூரியன் மறைவு சூரியன் மறைவு நேரம் இது", "selfie": "selfie"}
        return [answers.get(p, "") for p in phrases]

    translator = HashtagTranslator({"ta": lexicon})
    tags = await translator.translate(["#dog", "#dogs", "#Beach", "#golden_retriever", "#sunset", "#selfie", "#dog"], "ta", model)
    # #dogs hits the lemma; the model's sentence-length answer and its Latin answer are dropped, not transliterated
    assert tags == ["#நாய்", "#கடற்கரை", "#தங்கமீட்புநாய்"]
    assert all(is_valid_hashtag(t, "Tamil") for t in tags)
    assert asked and "sunset" in asked[0]


async def test_without_lexicon_or_model_nothing_is_invented() -> None:
    assert await HashtagTranslator({}).translate(["#dog", "#cat"], "kn", None) == []


def test_unsure_lexicon_rows_are_for_captions_only(tmp_path) -> None:
    path = tmp_path / "en-te.tsv"
    path.write_text("en\txx\tsure\ndog\tకుక్క\t1\ncat\tజీలుగుమిల్లి\t0\n", encoding="utf-8")
    assert Lexicon.load(path, "te").lookup("cat") is None
    assert Lexicon.load(path, "te", include_unsure=True).lookup("cat") == "జీలుగుమిల్లి"
    assert Lexicon.load(path, "te").lookup("dogs") == "కుక్క"


def test_an_adjective_tag_does_not_fall_back_to_its_verb() -> None:
    # round 17's demo gave #tired → #டயர் "tyre": "tired" fell back to the verb "tire", which the caption tables
    # list as the noun "tyre"; inflected nouns and verbs still reach their lemma
    lexicon = Lexicon({"tire": "டயர்", "dog": "நாய்", "run": "ஓடு"}, "ta")
    assert lexicon.lookup("tired") is None
    assert lexicon.lookup("dogs") == "நாய்"
    assert lexicon.lookup("running") == "ஓடு"
