"""Content hashtags: the salient words of the caption and of the encoder's confident ImageNet classes.

No POS-tagger model can be downloaded here, so parts of speech come from lemminflect's bundled lexicon
plus a small context rule, and function words from an explicit list: this is what keeps `#is`, `#a`
(the original research's POS-tag output) out of the post.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import lemminflect

from inference.hashtags.imagenet_words import LABEL_WORDS, NO_OWN_TAG
from inference.hashtags.spam import is_spam
from inference.hashtags.tags import normalize_tag


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Function words, pronouns, numbers and the filler nouns of caption-speak ("in front of", "a group of").
STOPWORDS = _word_set(
    """
    a an the this that these those there here it its it's is are was were be been being am do does did
    doing have has had having will would can could should may might must shall and or but nor so yet if
    then than because as of at by for with about against between into through during before after above
    below to from up down in out on off over under again further once all any both each few more most
    other some such no not only own same too very just also still even ever while where when why how what
    which who whom whose i me my mine myself we us our ours you your yours he him his himself she her hers
    herself they them their theirs themselves one two three four five six seven eight nine ten eleven
    twelve dozen first second third several many much lot lots another others something someone somebody
    anything anyone nothing everything everyone front back side top bottom middle edge end area part
    piece kind type way group couple pair bunch number view background foreground while next near
    across along around behind beside besides beneath toward towards onto upon within without outside
    inside underneath via per like unlike other shot picture image photo photograph camera close closeup
    up down away together alone very really almost about around thing things stuff object objects item
    items left right other large small big little tall short long older old new young
    """
)

# Verbs every caption uses that make poor hashtags (`#standing`, `#wearing`); activities like `#running`,
# `#surfing` stay.
WEAK_VERBS = _word_set(
    """
    be have do stand sit look wear hold watch wait lay lie get go make take try use carry stare face show
    sport pose stop turn put give keep let seem appear stand hang lean rest gather talk smile dress
    """
)

COLOURS = _word_set("black white red blue green yellow orange pink purple brown grey gray gold silver light dark")

DETERMINERS = _word_set("a an the this that these those two three four five several many some his her their its my our your")


@dataclass(frozen=True)
class ContentTag:
    """A content word as a hashtag key (no `#`), with where it came from and how sure we are."""

    key: str
    confidence: float
    source: str  # "caption" or "label"
    kind: str = "noun"  # "noun", "activity" or "adjective": only nouns seed related tags


@lru_cache(maxsize=4096)
def singular(word: str) -> str:
    """`dogs` → `dog`, `children` → `child`: the one spelling used to spot `#dog`/`#dogs` duplicates."""
    lemmas = lemminflect.getAllLemmas(word).get("NOUN")
    return lemmas[0] if lemmas else word


@lru_cache(maxsize=4096)
def duplicate_key(tag: str) -> str:
    """The key under which two hashtags say the same thing: `#dogs`/`#dog`, `#running`/`#run`."""
    if tag.endswith("ing"):
        verbs = lemminflect.getAllLemmas(tag).get("VERB")
        if verbs:
            return verbs[0]
    return singular(tag)


def _part_of_speech(word: str, previous: str | None, previous_pos: str | None) -> str | None:
    """NOUN / VERB / ADJ for a caption word, or None for words with no content sense (`in`, `very`).

    Captions put verbs in `-ing` or third-person `-s` form after their subject noun ("a dog runs",
    "dogs play"), which is the context rule used for words that can be both (`runs`, `field`, `tracks`).
    """
    lemmas = lemminflect.getAllLemmas(word)
    if not lemmas:
        return "NOUN"  # out-of-lexicon words in captions are names of things: frisbee, skateboarder
    has_noun, has_verb, has_adj = "NOUN" in lemmas, "VERB" in lemmas, "ADJ" in lemmas
    if has_verb and word.endswith("ing"):
        return "VERB"
    if has_verb and word.endswith("ed"):
        return None  # participles ("dressed", "deflated") describe, but make poor hashtags
    if has_noun and has_verb:
        if previous_pos == "NOUN" and lemmas["VERB"][0] in WEAK_VERBS:
            return None  # "a man and a woman ... stand": a weak verb after its subject, not a noun
        if previous_pos == "NOUN" and previous is not None:
            subject_plural = previous.endswith("s") and previous != singular(previous)
            if word.endswith("s") != subject_plural:
                return "VERB"
        return "NOUN"
    if has_noun:
        return "NOUN"
    if has_adj:
        return "ADJ"
    if has_verb:
        return "VERB"
    return None


def caption_keywords(caption: str) -> list[ContentTag]:
    """Salient words of an English caption, nouns first, then activities, then adjectives; no duplicates.

    Nouns are singularised (`#dog`, never `#dogs`), activities put in their `-ing` form (`runs` → `#running`).
    Confidence decreases with the part of speech and the position in the caption (subjects come first).
    """
    words = re.findall(r"[a-z]+(?:-[a-z]+)?", caption.lower())
    found: dict[str, tuple[int, int]] = {}  # key → (part-of-speech rank, position)
    seen: set[str] = set()
    previous: str | None = None
    previous_pos: str | None = None
    for position, raw in enumerate(words):
        word = raw.replace("-", "")
        if word in STOPWORDS or len(word) < 3:
            previous, previous_pos = word, None
            continue
        pos = "ADJ" if word in COLOURS else _part_of_speech(word, previous, previous_pos)
        previous, previous_pos = word, pos
        key = None
        rank = 0
        if word in COLOURS:
            key, rank = word, 2  # "a black dog": the colour describes, the dog is the subject
        elif pos == "NOUN":
            key = singular(word)
        elif pos == "VERB":
            lemma = lemminflect.getAllLemmas(word).get("VERB", (word,))[0]
            if lemma in WEAK_VERBS:
                continue
            key = word if word.endswith("ing") else (lemminflect.getInflection(lemma, "VBG") or (lemma,))[0]
            rank = 1
        elif pos == "ADJ":
            key, rank = word, 2
        if key is None or key in STOPWORDS or is_spam(key):
            continue
        key = normalize_tag(key)
        if key and duplicate_key(key) not in seen:
            seen.add(duplicate_key(key))
            found[key] = (rank, position)
    ordered = sorted(found.items(), key=lambda item: item[1])
    kinds = ("noun", "activity", "adjective")
    return [
        ContentTag(key, round(0.9 - 0.15 * rank - 0.02 * position, 3), "caption", kinds[rank])
        for key, (rank, position) in ordered
    ]


def label_keywords(labels: list[tuple[str, float]], min_prob: float = 0.15) -> list[ContentTag]:
    """Friendly words for the confident ImageNet classes: `golden retriever` 0.6 → `#goldenretriever`, `#dog`.

    A group word's confidence is the summed probability of its classes among `labels`, so three 0.2 dog
    breeds still make a confident `#dog`; a class's own name needs `min_prob` on its own.
    """
    scores: dict[str, float] = {}
    for label, prob in labels:
        name = label.split(",")[0].strip().lower()
        for word in LABEL_WORDS.get(name, ()):
            scores[word] = scores.get(word, 0.0) + float(prob)
        if name not in NO_OWN_TAG and prob >= min_prob:
            key = normalize_tag(name.replace(" ", ""))
            scores[key] = max(scores.get(key, 0.0), float(prob))
    return [
        ContentTag(key=key, confidence=round(score, 3), source="label")
        for key, score in sorted(scores.items(), key=lambda item: -item[1])
        if score >= min_prob and key and not is_spam(key)
    ]
