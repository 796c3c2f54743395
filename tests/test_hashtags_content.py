"""Content hashtags on real Flickr8k captions: no function words, no duplicates, no spam, ASCII only."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from inference.analysis import ImageAnalysis
from inference.hashtags.content import STOPWORDS, caption_keywords, duplicate_key, label_keywords
from inference.hashtags.generator import HashtagGenerator
from inference.hashtags.spam import is_spam
from inference.hashtags.tags import normalize_tag


@pytest.fixture(scope="module")
def real_captions(shared_dir: Path) -> list[str]:
    lines = (shared_dir / "data" / "flickr8k" / "Flickr8k.token.txt").read_text().splitlines()
    return [line.split("\t", 1)[1] for line in random.Random(3).sample(lines, 600)]


def assert_clean(tags: list[str]) -> None:
    keys = [normalize_tag(t) for t in tags]
    assert all(t.startswith("#") and t[1:] == k for t, k in zip(tags, keys, strict=True)), tags
    assert all(k.isascii() and k == k.lower() and k for k in keys), tags
    assert not [k for k in keys if k in STOPWORDS], tags
    assert not [k for k in keys if k.isdigit() or is_spam(k)], tags
    dupes = [duplicate_key(k) for k in keys]
    assert len(set(dupes)) == len(dupes), tags


def test_caption_keywords_on_real_captions_have_no_function_words_or_duplicates(real_captions):
    empty = 0
    for caption in real_captions:
        keys = [t.key for t in caption_keywords(caption)]
        empty += not keys
        assert_clean([f"#{k}" for k in keys])
        for function_word in ("is", "a", "the", "of", "in", "are", "his", "with"):
            assert function_word not in keys, caption
    assert empty < len(real_captions) * 0.02  # nearly every caption names something


def test_caption_keywords_pick_subjects_and_activities():
    keys = [t.key for t in caption_keywords("Two black dogs are running through the grass with a frisbee .")]
    assert keys[:1] == ["dog"]  # singular, and the subject first
    assert {"grass", "frisbee", "running"} <= set(keys)
    assert "dogs" not in keys and "two" not in keys
    keys = [t.key for t in caption_keywords("A dog runs on the beach")]
    assert "running" in keys and "run" not in keys


def test_label_keywords_map_breeds_to_friendly_words():
    keys = [t.key for t in label_keywords([("golden retriever", 0.55), ("Labrador retriever", 0.25), ("tench, Tinca tinca", 0.05)])]
    assert keys[0] == "dog"
    assert "goldenretriever" in keys and "tench" not in keys
    assert "labradorretriever" in keys  # 0.25 ≥ the 0.15 default on its own


def test_generator_without_learned_parts_still_tags_captions(real_captions):
    generator = HashtagGenerator(head=None, cooccurrence=None)
    for caption in real_captions[:200]:
        tags = generator.hashtags(ImageAnalysis(caption), limit=12)
        assert_clean(tags)
        assert len(tags) <= 12
    assert generator.hashtags(ImageAnalysis("")) == []
