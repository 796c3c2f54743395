"""Text handling around the model: indic-nlp normalise/tokenise/detokenise, emoji, long lines, loops."""

from __future__ import annotations

import pytest

from inference.translation.offline import chunk_text, collapse_repeats, split_symbols
from inference.translation.text import finish_target, prepare_source, prepare_target


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("hi", "बर्फ में सफेद कुत्ता दौड़ रहा है।"),
        ("bn", "একটি কুকুর, ঘাসের উপর দৌড়াচ্ছে।"),
        ("ta", "நண்பர்களே, \"பண்டிகைச்\" சுற்றுலா 2019."),
        ("te", "నేను జపనీస్ మాట్లాడను?"),
        ("ml", "ഇത് ഒരു ഇൻഡോർ രംഗമാണ്."),
    ],
)
def test_target_tokenise_then_detokenise_round_trips(lang: str, sentence: str) -> None:
    tokens = prepare_target(sentence, lang)
    assert len(tokens.split()) > len(sentence.split())  # punctuation split off
    assert finish_target(tokens, lang) == sentence


def test_normaliser_unifies_nukta_forms() -> None:
    composed, decomposed = "\u095c", "\u0921\u093c"  # ड़ as one code point vs ड + nukta
    assert prepare_target(f"दौ{composed}", "hi") == prepare_target(f"दौ{decomposed}", "hi")


def test_source_is_lower_cased_and_spaced() -> None:
    assert prepare_source("  A Dog\tRUNS  ") == "a dog runs"


def test_symbols_are_kept_outside_the_model() -> None:
    assert split_symbols("a cat 🐱 sleeps 👍🏽") == ("a cat sleeps", "🐱👍🏽")
    assert split_symbols("family 👨\u200d👩\u200d👧")[1] == "👨\u200d👩\u200d👧"


def test_long_text_is_chunked_by_sentence_and_word_window() -> None:
    text = "First one. " + " ".join(["word"] * 90) + "! Last?"
    chunks = chunk_text(text, max_words=40)
    assert chunks[0] == "First one." and chunks[-1] == "Last?"
    assert max(len(c.split()) for c in chunks) <= 40
    assert sum(len(c.split()) for c in chunks) == len(text.split())


def test_loops_are_collapsed() -> None:
    assert collapse_repeats("park park park") == "park"
    assert collapse_repeats("a b a b c") == "a b c"
    assert collapse_repeats("नीले आसमान में नीले बादल") == "नीले आसमान में नीले बादल"


def test_word_by_word_uses_phrases_first_and_never_transliterates() -> None:
    from inference.translation.lexicon import Lexicon
    from inference.translation.word_by_word import WordByWordTranslator

    lexicon = Lexicon({"dog": "நாய்", "traffic light": "போக்குவரத்து விளக்கு", "traffic": "போக்குவரத்து", "red": "சிவப்பு"}, "ta")
    translator = WordByWordTranslator(lexicon)
    assert translator.translate_text("A red traffic light.") == "சிவப்பு போக்குவரத்து விளக்கு."
    assert translator.translate_text("2 dogs near Zyxwv") == "2 நாய்"  # lemma hit, unknown name dropped
    assert translator.translate_text("the of a") == ""


def test_word_by_word_counts_the_content_words_it_dropped() -> None:
    from inference.translation.lexicon import Lexicon
    from inference.translation.word_by_word import WordByWordTranslator

    translator = WordByWordTranslator(Lexicon({"dog": "நாய்", "grass": "புல்"}, "ta"))
    assert translator.translate_counting("A dog on the grass") == ("நாய் புல்", 0)  # function words are not missing
    assert translator.translate_counting("A dog chasing 2 balls") == ("நாய் 2", 2)
