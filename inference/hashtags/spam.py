"""Spam-bait hashtags (`#like4like`, `#follow4follow`, ...) that engagement farms add to every post.

They are frequent in real Instagram data, so a model trained on it learns to emit them; we filter them out
of both training targets and served output because they say nothing about the photo and look spammy.
"""

from __future__ import annotations

import re

from inference.hashtags.tags import normalize_tag

# Exact tags that only solicit likes/follows/comments.
SPAM_TAGS = frozenset({  # fmt: skip
    "like", "likes", "liker", "likers", "likeforlike", "likeforlikes", "likes4likes", "like4like",
    "like4likes", "l4l", "lfl", "likeforfollow", "like4follow", "likeback", "likealways", "likesforlikes",
    "likeme", "likeit", "likeall", "liking", "instalike", "instalikes", "follow", "follows", "follower",
    "followers", "followme", "follow4follow", "followforfollow", "followforfollowback", "f4f", "fff",
    "followback", "followback4followback", "follow4followback", "followbackteam", "followtrain",
    "followalways", "followall", "followmeplease", "pleasefollow", "followers4followers", "teamfollowback",
    "tflers", "tfl", "gainfollowers", "gainpost", "gaintrain", "gain", "spam", "spam4spam",
    "comment4comment", "commentforcomment", "c4c", "shoutout", "shoutout4shoutout", "sfs", "s4s",
    "recent4recent", "r4r", "tagsforlikes", "tagsforlikesapp", "tags4likes", "tagforlikes", "hashtag",
    "hashtags", "instatag", "instafollow", "instafollowers", "likesreturned", "followbackinstagram", "kik",
    "kikme", "dm", "dmme",
})

# Patterns that catch the endless variants (`like4likeback`, `follow4followme`, `likeforlikealways`).
_SPAM_PATTERNS = re.compile(
    r"(like|follow|comment|spam|shout|recent|tag)s?(4|for)|l4l|f4f|followback|gainwith"
)


def is_spam(tag: str) -> bool:
    """True for bait tags and for tags too short or numeric to mean anything (`#f`, `#l`, `#2019`)."""
    key = normalize_tag(tag)
    return len(key) < 2 or key.isdigit() or key in SPAM_TAGS or bool(_SPAM_PATTERNS.search(key))
