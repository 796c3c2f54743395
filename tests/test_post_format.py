"""How a post reads when pasted, and its Telegram size limits."""

from __future__ import annotations

from inference.post import PhotoPost, availability_notice, post_text


def make_post(**kw) -> PhotoPost:
    base = dict(
        caption_en="A dog runs on the beach.",
        caption="கடற்கரையில் ஒரு நாய் ஓடுகிறது.",
        hashtags_en=["#dog", "#beach", "#running"],
        hashtags=["#நாய்", "#கடற்கரை"],
        language="ta",
    )
    base.update(kw)
    return PhotoPost(**base)


def test_post_has_native_caption_then_english_then_tags():
    text = post_text(make_post())
    lines = text.split("\n")
    assert lines[0] == "கடற்கரையில் ஒரு நாய் ஓடுகிறது."
    assert lines[1] == "A dog runs on the beach."
    assert lines[-1] == "#நாய் #கடற்கரை #dog #beach #running"


def test_english_post_does_not_repeat_caption():
    post = make_post(caption="A dog runs on the beach.", hashtags=[], language="en")
    assert post_text(post) == "A dog runs on the beach.\n\n#dog #beach #running"


def test_limit_drops_whole_tags_never_cuts_one():
    post = make_post(hashtags_en=[f"#tag{i:04d}" for i in range(2000)])
    text = post_text(post, limit=1024)
    assert len(text) <= 1024
    assert all(tag.startswith("#tag") and len(tag) == 8 for tag in text.split("\n")[-1].split(" ")[2:])


def test_duplicate_tags_collapse_case_insensitively():
    post = make_post(hashtags=[], hashtags_en=["#Dog", "#dog", "#beach"], language="en", caption="x")
    assert post_text(post).endswith("#Dog #beach")


def test_untranslated_post_says_so_honestly():
    post = make_post(caption="A dog runs on the beach.", hashtags=[], translated=False, language="or")
    assert "Odia" in availability_notice(post)
    assert availability_notice(make_post()) is None


def test_round_trip_through_dict():
    post = make_post(timings_ms={"total": 12.5})
    assert PhotoPost.from_dict(post.to_dict() | {"unknown_future_field": 1}) == post
