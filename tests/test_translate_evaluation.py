"""The caption-style references the translation evaluation scores every language against (`captions` split)."""

from __future__ import annotations

import unicodedata

from training.evaluation.translate import caption_pairs, splits_for


def letters(text: str) -> list[str]:
    return [ch for ch in text if unicodedata.category(ch).startswith("L")]


def normalised(text: str) -> str:
    return text.casefold().rstrip(" .!?").strip()


def test_every_caption_has_a_reference_in_each_language_and_script() -> None:
    scripts = {"hi": "DEVANAGARI", "bn": "BENGALI", "ml": "MALAYALAM", "ta": "TAMIL", "te": "TELUGU"}
    for lang, script in scripts.items():
        pairs = caption_pairs(lang)
        assert len(pairs) == 100, lang
        assert len({normalised(p.en) for p in pairs}) == len(pairs)  # no caption counted twice
        for pair in pairs:
            assert all("LATIN" in unicodedata.name(ch) for ch in letters(pair.en)), pair.en
            assert all(unicodedata.name(ch).startswith(script) for ch in letters(pair.xx)), pair.xx
            assert unicodedata.normalize("NFC", pair.xx) == pair.xx
            assert not any(ch in pair.xx for ch in "\u200b\u200c\u200d\ufeff"), pair.xx  # as the corpora are cleaned


def test_no_caption_english_is_trained_on(shared_dir) -> None:
    """A reference set only measures what was not learned: none of its English may be among the training
    pairs or the English captions the synthetic ta/te pairs are made from."""
    from training.translation_data import caption_english, training_pairs

    captions = {normalised(p.en) for p in caption_pairs("ta")}
    assert not captions & {normalised(en) for en in caption_english(shared_dir)}
    for lang in ("hi", "bn", "ml", "ta", "te"):
        assert not captions & {normalised(p.en) for p in training_pairs(shared_dir, lang)}, lang


def test_every_trained_language_is_scored_on_the_captions(shared_dir, monkeypatch) -> None:
    monkeypatch.setenv("TASVEER_SHARED", str(shared_dir))
    for lang in ("hi", "bn", "ml", "ta", "te"):
        assert [p.en for p in splits_for(lang)["captions"]] == [p.en for p in caption_pairs("ta")], lang
