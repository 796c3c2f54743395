"""Caption text hygiene and the vocabulary (no TensorFlow needed)."""

from __future__ import annotations

from pathlib import Path

from inference.captioning.caption_text import tidy_caption
from inference.captioning.vocabulary import SPECIALS, Vocabulary, words


def test_tidy_caption_capitalises_ends_with_period_and_drops_unk_and_dangling_words():
    assert tidy_caption(["a", "dog", "<unk>", "runs", "on", "the", "grass"]) == "A dog runs on the grass."
    assert tidy_caption(["two", "men", "play", "and", "a"]) == "Two men play."
    assert tidy_caption(["a", "man", "in", "a"]) == "A man."
    assert tidy_caption(["<unk>", "a"]) == ""


def test_vocabulary_round_trip(tmp_path: Path):
    captions = ["A dog runs .", "A dog jumps !", "The dog runs", "A cat sits"]
    vocab = Vocabulary.build(captions, min_count=2)
    assert vocab.tokens[: len(SPECIALS)] == list(SPECIALS)
    assert {"a", "dog", "runs"} <= set(vocab.tokens) and "cat" not in vocab.tokens
    ids = vocab.encode("A dog sits", max_len=5)
    assert len(ids) == 7 and ids[0] == vocab.start
    assert vocab.decode(ids) == ["a", "dog", "<unk>"]
    vocab.save(tmp_path / "vocab.json")
    assert Vocabulary.load(tmp_path / "vocab.json").tokens == vocab.tokens


def test_words_strip_punctuation_and_digits():
    assert words("A man, 2 dogs & a child's kite.") == ["a", "man", "dogs", "a", "child's", "kite"]
