"""Spam-bait filtering against the tags real Instagram posts carry."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from inference.hashtags.spam import is_spam
from inference.hashtags.tags import as_hashtag, normalize_tag


def test_bait_tags_are_spam_and_content_tags_are_not():
    for tag in ("#like4like", "#follow4follow", "#likeforlikes", "#l4l", "#f4f", "#followme", "#Like4LikeBack",
                "#tagsforlikes", "#instalike", "#f", "#2019"):
        assert is_spam(tag), tag
    for tag in ("#dog", "#foodporn", "#wedding", "#travelgram", "#sunset", "#lake"):
        assert not is_spam(tag), tag


def test_most_common_real_tags_keep_their_content(shared_dir: Path):
    lines = (shared_dir / "data" / "instagram" / "posts.jsonl").read_text().splitlines()
    counts = Counter(normalize_tag(t) for line in lines for t in json.loads(line)["hashtags"])
    top = [t for t, _ in counts.most_common(60)]
    spam = {t for t in top if is_spam(t)}
    assert {"follow", "like", "likeforlike", "likeforlikes"} <= spam
    assert not spam & {"food", "travel", "nature", "wedding", "selfie", "dog", "cars", "fitness"}


def test_tag_spelling():
    assert normalize_tag("#FoodPorn ") == "foodporn"
    assert normalize_tag("wedding") == "wedding"
    assert normalize_tag("#café") == ""  # English hashtags are ASCII; native ones come from translation
    assert as_hashtag("golden retriever") == "#goldenretriever"
