"""Rule-built captions in a head-final language: synthetic caption pairs that are sentences, not word lists.

Tamil and Telugu have no caption-style parallel data here. Since round 2 their models met caption English only
through the word-by-word dictionary engine, and learnt exactly that: "A woman is cooking food in the kitchen."
came out as பெண் சமையலறை உணவு (round 11's diagnosis, docs/translation.md). Caption English is formulaic enough
(a noun phrase, maybe a verb, a few prepositional phrases) to be rewritten by rule into a Dravidian order —
modifiers and postpositional phrases before the verb, the verb last and agreeing with the subject — with case
endings on the nouns. The output is plain written language of a narrow shape; it only has to show the model
what a caption looks like in that language, the general corpora teach the rest. Captions the rules cannot
parse completely are skipped rather than guessed.

This module holds the English side (the parser); a language subclass holds its word tables (this repository's
own, written for it like `training/evaluation/data/captions.tsv`) and its morphology. Nouns outside the tables
come from the dictionary built from `../shared` at training time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar

T = TypeVar("T")

# English side ------------------------------------------------------------------------------------------------
QUANTITY = {"plate", "cup", "bowl", "glass", "group", "pile", "bunch", "herd", "flock", "pair", "slice", "piece"}
CLOTHING = {"hat", "shirt", "dress", "jacket", "helmet", "uniform", "coat", "shorts", "pants", "jeans", "cap",
            "sunglasses", "glasses", "suit", "costume", "t-shirt", "sweater", "skirt", "goggles", "outfit", "vest"}
COLOURS = {"white", "black", "red", "blue", "green", "yellow", "brown", "orange", "pink", "grey", "gray", "purple"}
SKIP = {"a", "an", "the", "one", "his", "her", "its", "their", "some"}
# never nouns, whatever the dictionary says
FUNCTION_WORDS = {
    "is", "are", "was", "were", "be", "being", "been", "and", "or", "but", "while", "as", "there", "this", "that",
    "these", "those", "each", "other", "another", "together", "outside", "inside", "out", "up", "down", "off",
    "away", "for", "to", "of", "it", "he", "she", "they", "them", "him", "his", "her", "its", "their", "very",
    "has", "have", "with", "who", "which", "what", "where", "some", "something", "someone", "all", "both",
    "next", "front", "top", "back", "side", "behind", "around", "over", "near", "from", "into", "onto", "then",
}
# "at X" after these is who/what they face: smiling at the camera → கேமராவைப் பார்த்து சிரிக்கிற
FACING = {"smile", "laugh", "wave", "point", "stare", "bark", "look", "watch"}
# the object of these verbs is a place or a vehicle: riding a horse → குதிரையில் சவாரி
OBJECT_IN_LOCATIVE = {"ride", "climb", "sit", "stand", "lay", "lie"}
NOT_NOUNS = {"ADV", "ADP", "PRON", "DET", "AUX", "CCONJ", "SCONJ", "NUM"}
# a verb whose sense its object decides: playing a guitar is not playing a game, and a bicycle is pedalled, not
# sat on like a horse (a language's tables name the sense-lemma; where they lack it the plain verb is used)
INSTRUMENTS = {"guitar", "guitars", "drum", "drums", "piano", "violin", "flute", "saxophone", "trumpet", "music",
               "instrument", "instruments", "accordion", "harmonica", "keyboard", "cello", "bagpipes", "tuba"}
SENSES = {
    **{("play", word): "play music" for word in INSTRUMENTS},
    **{("ride", word): "pedal" for word in ("bike", "bikes", "bicycle", "bicycles", "tricycle", "unicycle")},
    **{("ride", word): "drive" for word in ("motorcycle", "motorcycles", "motorbike", "scooter", "tractor")},
}


@dataclass
class NounPhrase:
    words: str  # target language, nominative, without the article
    cls: str = "n"  # m(asculine), f(eminine), r(espectful singular), h(uman plural), n(euter), p (neuter plural)
    article: bool = False
    modifiers: list[str] = field(default_factory=list)  # participial modifiers that go before it ("… அணிந்த")
    person: bool = False  # a person or people: "a man and a dog" agree as people


class CaptionGrammar:
    """Parses a caption of the common shapes and writes it in the subclass's language; `translate` returns None
    for anything it cannot parse completely."""

    # word tables (the subclass's)
    PEOPLE: dict[str, tuple[str, str]] = {}  # English → (noun, subject class)
    ANIMALS: dict[str, str] = {}
    THINGS: dict[str, str] = {}
    ADJECTIVES: dict[str, str] = {}
    NUMBERS: dict[str, str] = {}
    VERBS: dict[str, tuple[str, str, bool]] = {}  # lemma → (finite stem, adjectival participle, object in acc?)
    PREPOSITIONS: dict[str, tuple[str, str]] = {}  # English → (case of the noun, postposition after it)
    ADVERBS: dict[str, str] = {}  # "outside", "together": they go before the verb with the places
    ARTICLE = ""  # "a"
    AND = ""
    WEARING = ""  # "in a blue shirt" → "blue shirt WEARING" before the subject
    CLOTHES = ""  # "in pink" → "pink CLOTHES WEARING"
    LOCATED = ""  # "a man on a bike rides" → "bike-LOC LOCATED man rides"
    DETERMINERS: dict[str, str] = {}  # "another", "other"
    OBJECT_PRONOUNS: dict[str, str] = {}  # "it", "him", "them", "each other": always in the accusative
    HAVING = ""  # "with a ball" after the subject → "ball-SOCIATIVE HAVING"
    FACING_WORD = ""  # "smiling at the camera" → "camera-ACC FACING_WORD smiling"
    COUNTED_PEOPLE = ""  # "two people" → "two COUNTED_PEOPLE"
    PLACE_OBJECT_CASE = "loc"  # the case of OBJECT_IN_LOCATIVE's objects
    SCRIPT = ""  # a character class of the language's script
    LEXICON_ENDINGS_REJECTED: tuple[str, ...] = ()

    def __init__(self, lookup: Callable[[str], str | None] | None = None):
        self.lookup = lookup or (lambda word: None)

    def glossary(self) -> dict[str, str]:
        """The tables' animals, things and adjectives as single-word translations: checked by
        hand, so hashtags take them before a model's guess (the Tamil model gave #cute → "cut", the Telugu one
        case forms such as నీటి for #water). People are left to the model: the tables name them for agreement
        (man → "person" in Telugu), not as tags; so are adjectives of two words, which read badly as one tag."""
        entries = {en: xx for en, xx in self.ADJECTIVES.items() if " " not in xx}  # not "பழுப்பு நிற" "brown"
        # singular only: a plural tag falls back to its lemma in the lexicon (#cars → car), and the rules'
        # Telugu plurals are sometimes wrong (కారులు for కార్లు), harmless in training, not in a tag
        return {**entries, **self.ANIMALS, **self.THINGS}

    # -- the language's morphology ------------------------------------------------------------------------------
    def inflect(self, noun: str, case: str) -> str:
        raise NotImplementedError

    def pluralise(self, noun: str) -> str:
        raise NotImplementedError

    def finite(self, stem: str, cls: str) -> str:
        """The verb agreeing with a subject of class `cls`."""
        raise NotImplementedError

    def existential(self, cls: str) -> str:
        """'is' of place: "a boat is on the lake"."""
        raise NotImplementedError

    def conjunctive(self, lemma: str) -> str | None:
        """The verb as the first of two ("sits … and eats": having sat, eats), or None where the tables lack it."""
        return None

    def simultaneous(self, lemma: str) -> str | None:
        """The verb of a "while …ing" clause ("rides while holding": holding-while, rides)."""
        return self.conjunctive(lemma)

    def count(self, number: str, cls: str) -> str:
        """The number word for a head of class `cls` (some languages count people with other words)."""
        return number

    def plausible_noun(self, text: str) -> bool:
        """Whether a dictionary answer looks like a bare noun (no case ending, no verb form)."""
        return not text.endswith(self.LEXICON_ENDINGS_REJECTED)

    def render(self, phrase: NounPhrase, case: str = "nom") -> str:
        body = self.inflect(phrase.words, case)
        if phrase.article and case == "nom" and not body.startswith(self.ARTICLE):
            body = f"{self.ARTICLE} {body}"
        return " ".join([*phrase.modifiers, body])

    # -- words ----------------------------------------------------------------------------------------------------
    def _noun(self, word: str) -> tuple[str, str] | None:
        if word in self.PEOPLE:
            return self.PEOPLE[word]
        if word in self.ANIMALS:
            return self.ANIMALS[word], "n"
        if word.endswith("s") and word[:-1] in self.ANIMALS:
            return self.pluralise(self.ANIMALS[word[:-1]]), "p"
        if word in self.THINGS:
            return self.THINGS[word], "p" if word.endswith("s") and not word.endswith("ss") else "n"
        if word.endswith("s") and word[:-1] in self.THINGS:
            return self.pluralise(self.THINGS[word[:-1]]), "p"
        if word in self.VERBS or word in self.ADJECTIVES or word in self.PREPOSITIONS or len(word) < 3:
            return None
        return self._lexicon_noun(word)

    def _lexicon_noun(self, word: str) -> tuple[str, str] | None:
        """A noun the tables lack, from the dictionary: only words that can only be nouns, and only
        translations that look like a bare noun."""
        if word in FUNCTION_WORDS:
            return None
        try:
            from lemminflect import getAllLemmas
        except ImportError:  # pragma: no cover - lemminflect is a worker dependency
            return None
        lemmas = getAllLemmas(word)
        if "NOUN" not in lemmas or set(lemmas) & NOT_NOUNS:
            return None
        if "VERB" in lemmas and word.endswith(("ing", "ed", "s")):  # shakes, racing: a verb more likely
            return None
        found = self.lookup(word)
        if not found or len(found.split()) > 2 or not re.fullmatch(f"[{self.SCRIPT} ]+", found):
            return None
        if not self.plausible_noun(found):
            return None
        plural = lemmas["NOUN"][0] != word
        if plural and not self.is_plural(found):
            return self.pluralise(found), "p"
        return found, "p" if plural else "n"

    def is_plural(self, noun: str) -> bool:
        raise NotImplementedError

    def _verb(self, word: str, base: bool = False) -> tuple[str, str] | None:
        """(lemma, form): form 'ing' or 's' (3rd person present), or with `base` (after a plural subject:
        "two dogs play") the bare lemma as 'base'."""
        candidates: list[tuple[str, str] | None] = []
        if base and word in self.VERBS:
            return word, "base"
        if word.endswith("ing"):
            stem = word[:-3]
            doubled = (stem[:-1], "ing") if len(stem) > 2 and stem[-1] == stem[-2] else None
            candidates = [(stem, "ing"), (stem + "e", "ing"), doubled]
            if stem.endswith("y"):
                candidates.append((stem[:-1] + "ie", "ing"))
        elif word.endswith("s"):
            candidates = [(word[:-1], "s"), (word[:-2], "s") if word.endswith("es") else None]
            if word.endswith("ies"):
                candidates.append((word[:-3] + "y", "s"))
        for candidate in candidates:
            if candidate and candidate[0] in self.VERBS:
                return candidate
        return None

    # -- phrases ----------------------------------------------------------------------------------------------
    def _noun_phrase(self, tokens: list[str], i: int) -> tuple[NounPhrase, int] | None:
        article, number, adjectives = False, "", []
        while i < len(tokens) and tokens[i] in SKIP:
            article = article or tokens[i] in ("a", "an", "one")
            i += 1
        determiner = ""
        if i < len(tokens) and tokens[i] in self.DETERMINERS:  # another dog, the other dogs
            determiner, article = self.DETERMINERS[tokens[i]], False
            i += 1
        if i < len(tokens) and tokens[i] in self.NUMBERS:
            number = self.NUMBERS[tokens[i]]
            i += 1
        while i < len(tokens) and tokens[i] in self.ADJECTIVES and not self._is_head(tokens, i):
            adjectives.append(self.ADJECTIVES[tokens[i]])
            i += 1
            if i < len(tokens) and tokens[i] == "and" and i + 1 < len(tokens) and tokens[i + 1] in self.ADJECTIVES:
                adjectives.append(self.AND)
                i += 1
        nouns = []
        while i < len(tokens):
            found = self._noun(tokens[i])
            if not found or (nouns and self._verb(tokens[i])):
                break
            nouns.append((tokens[i], *found))
            i += 1
        if not nouns:
            return None
        head_en, head, cls = nouns[-1]
        if head_en == "people" and number:
            head = self.COUNTED_PEOPLE
        number = self.count(number, cls) if number else ""
        words = " ".join(filter(None, [determiner, number, *adjectives, *(n[1] for n in nouns[:-1]), head]))
        phrase = NounPhrase(words, cls, article and not number, person=head_en in self.PEOPLE)
        if head_en in QUANTITY and tokens[i: i + 1] == ["of"]:  # a plate of food → ஒரு தட்டு உணவு
            rest = self._noun_phrase(tokens, i + 1)
            if not rest:
                return None
            inner, i = rest
            group = head_en == "group"
            phrase = NounPhrase(f"{words} {inner.words}", inner.cls if group else cls, phrase.article,
                                person=inner.person if group else phrase.person)
        elif tokens[i: i + 1] == ["of"]:  # the side of the road → சாலையின் ஓரம்
            rest = self._noun_phrase(tokens, i + 1)
            if not rest:
                return None
            inner, i = rest
            phrase = NounPhrase(f"{self.inflect(inner.words, 'gen')} {words}", cls, False, person=phrase.person)
        return phrase, i

    def _is_head(self, tokens: list[str], i: int) -> bool:
        """An adjective-looking word that is the phrase's head ("the old", rare) is not taken as an adjective."""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        return not nxt or (nxt not in self.ADJECTIVES and nxt != "and" and not self._noun(nxt))

    @staticmethod
    def _longest(table: dict[str, T], tokens: list[str], i: int, most: int = 3) -> tuple[T, int] | None:
        """The entry of a table keyed by one to `most` words ("in front of", "each other", "upside down") that
        the longest run of tokens from `i` names, with the index after it."""
        for length in range(most, 0, -1):
            if i + length <= len(tokens) and (key := " ".join(tokens[i: i + length])) in table:
                return table[key], i + length
        return None

    def _starts_preposition(self, tokens: list[str], i: int) -> bool:
        return self._longest(self.PREPOSITIONS, tokens, i) is not None

    def _prepositional(self, tokens: list[str], i: int) -> tuple[str, int] | None:
        found = self._longest(self.PREPOSITIONS, tokens, i)
        rest = self._noun_phrase(tokens, found[1]) if found else None
        if not found or not rest:
            return None
        (case, post), (phrase, j) = found[0], rest
        phrase.article = False  # "through a field" → மைதானம் வழியாக, not ஒரு மைதானம்
        return " ".join(filter(None, [self.render(phrase, case), post])), j

    def _subject_modifiers(self, tokens: list[str], i: int, subject: NounPhrase) -> int:
        """'in a blue shirt' / 'wearing a hat' / 'with a ball' after the subject become modifiers before it, and
        so does a place right after it when a verb follows ("a dog on a leash walks …": on-a-leash LOCATED dog)."""
        while i < len(tokens):
            if tokens[i] == "in" and (colours := self._colours(tokens, i + 1)):
                words, i = colours
                subject.modifiers.append(f"{words} {self.CLOTHES} {self.WEARING}")
            elif worn := self._worn(tokens, i):
                words, i = worn
                subject.modifiers.append(f"{words} {self.WEARING}")
            elif tokens[i] == "with":
                rest = self._noun_phrase(tokens, i + 1)
                if not rest:
                    return i
                subject.modifiers.append(f"{self.render(rest[0], 'soc')} {self.HAVING}")
                i = rest[1]
            elif located := self._located(tokens, i, subject):
                words, i = located
                subject.modifiers.append(f"{words} {self.LOCATED}")
            else:
                return i
        return i

    @cached_property
    def _clothes(self) -> set[str]:
        return {self.THINGS.get(c, "") for c in CLOTHING}

    def _worn(self, tokens: list[str], i: int) -> tuple[str, int] | None:
        """'in' / 'wearing' / 'dressed in' a piece of clothing (and more joined by "and")."""
        if tokens[i] not in ("in", "wearing") and tokens[i: i + 2] != ["dressed", "in"]:
            return None
        rest = self._noun_phrase(tokens, i + (2 if tokens[i] == "dressed" else 1))
        if not rest or rest[0].words.split()[-1] not in self._clothes:
            return None
        worn, i = [rest[0].words], rest[1]
        # only clothing joins the list: "in a white dress and a woman wearing …" is two people, left unparsed
        while tokens[i: i + 1] == ["and"] and (more := self._noun_phrase(tokens, i + 1)) \
                and more[0].words.split()[-1] in self._clothes:
            worn.append(more[0].words)
            i = more[1]
        return f" {self.AND} ".join(worn), i

    def _located(self, tokens: list[str], i: int, subject: NounPhrase) -> tuple[str, int] | None:
        """A place right after the subject when a verb follows it; never "in" ("a girl in a bikini" is worn, not
        a place) or "with"."""
        if subject.modifiers or tokens[i] in ("in", "with") or not (pp := self._prepositional(tokens, i)):
            return None
        j = self._past_copula(tokens, pp[1])
        return pp if j < len(tokens) and self._verb(tokens[j], subject.cls in ("h", "p")) else None

    @staticmethod
    def _past_copula(tokens: list[str], i: int) -> int:
        """The index after an "is"/"are" at `i`, which the verb or place after it may have before it."""
        return i + 1 if tokens[i: i + 1] in (["is"], ["are"]) else i

    def _colours(self, tokens: list[str], i: int) -> tuple[str, int] | None:
        """Colours alone after "in" are what the person wears: "a girl in pink and purple"."""
        words = []
        while i < len(tokens) and tokens[i] in COLOURS and tokens[i] in self.ADJECTIVES:
            words.append(self.ADJECTIVES[tokens[i]])
            i += 1
            if tokens[i: i + 1] == ["and"] and tokens[i + 1: i + 2] and tokens[i + 1] in COLOURS:
                words.append(self.AND)
                i += 1
        if not words or (i < len(tokens) and self._noun(tokens[i])):  # "in red shirts" is the other rule's
            return None
        return " ".join(words), i

    def _verb_phrase(self, tokens: list[str], i: int, lemma: str) -> tuple[str, int, str] | None:
        """What follows the verb `lemma` from `i` and goes before it: places first, then the object; the index
        after it; and the verb's lemma again, or its sense by the object's head (SENSES)."""
        takes_accusative = self.VERBS[lemma][2]
        obj = ""
        if tokens[i: i + 1] == ["at"] and lemma in FACING:  # looking at X → X-ஐப் பார்க்கிற
            found_obj = self._noun_phrase(tokens, i + 1)
            if not found_obj:
                return None
            phrase, i = found_obj
            obj = self.render(phrase, "acc") + ("" if takes_accusative else f" {self.FACING_WORD}")
        elif pronoun := self._longest(self.OBJECT_PRONOUNS, tokens, i, 2):  # chasing each other, holding it
            obj, i = pronoun
        elif i < len(tokens) and not self._starts_preposition(tokens, i) and tokens[i] not in ("while", "and") \
                and tokens[i] not in self.ADVERBS:
            found_obj = self._noun_phrase(tokens, i)
            if not found_obj:
                return None
            phrase, i = found_obj
            if (sense := SENSES.get((lemma, tokens[i - 1]))) in self.VERBS:
                lemma, takes_accusative = sense, self.VERBS[sense][2]
            case = self.PLACE_OBJECT_CASE if lemma in OBJECT_IN_LOCATIVE else "acc" if takes_accusative else "nom"
            obj = self.render(phrase, case) if case != "nom" else phrase.words
        places = []
        while i < len(tokens) and (pp := self._place(tokens, i)):
            places.append(pp[0])
            i = pp[1]
        return " ".join(filter(None, [*places, obj])), i, lemma

    def _and_verb(self, tokens: list[str], i: int, base: bool, first: str, before: str) -> tuple[str, str, int] | None:
        """A second verb after "and" (its "is"/"are" optional): its lemma, everything before it with the first
        verb as a conjunctive participle, and the index after its phrase."""
        i = self._past_copula(tokens, i)
        verb = self._verb(tokens[i], base) if i < len(tokens) else None
        conjunctive = self.conjunctive(first)
        if not verb or not conjunctive:
            return None
        vp = self._verb_phrase(tokens, i + 1, verb[0])
        if not vp:
            return None
        return vp[2], " ".join(filter(None, [before, conjunctive, vp[0]])), vp[1]

    def _while_verb(self, tokens: list[str], i: int) -> tuple[str, int] | None:
        """A "while …ing" clause of the same subject: the clause, ending in its verb's simultaneous form."""
        verb = self._verb(tokens[i]) if i < len(tokens) else None
        if not verb or verb[1] != "ing":
            return None
        vp = self._verb_phrase(tokens, i + 1, verb[0])
        if not vp or not (form := self.simultaneous(vp[2])):
            return None
        return " ".join(filter(None, [vp[0], form])), vp[1]

    def _place(self, tokens: list[str], i: int) -> tuple[str, int] | None:
        """A prepositional phrase or an adverb of place or manner ("outside", "together")."""
        return self._longest(self.ADVERBS, tokens, i, 2) or self._prepositional(tokens, i)

    def _subject(self, tokens: list[str]) -> tuple[NounPhrase, int] | None:
        """The subject, possibly two joined by "and" ("a man and a woman": they agree as people, or as things)."""
        found = self._noun_phrase(tokens, 0)
        if not found or tokens[found[1]: found[1] + 1] != ["and"]:
            return found
        first, i = found
        if "of" in tokens[:i]:  # "a crowd of women and children" is one crowd
            return found
        second_found = self._noun_phrase(tokens, i + 1)
        if not second_found:
            return found
        second, i = second_found
        person = first.person or second.person
        words = f"{self.render(first)} {self.AND} {self.render(second)}"
        return NounPhrase(words, "h" if person else "p", False, person=person), i

    # -- sentences --------------------------------------------------------------------------------------------
    def translate(self, caption: str) -> str | None:
        text = caption.casefold().strip().rstrip(".").strip()
        if not text or re.search(r"[^a-z ,'-]", text):
            return None
        tokens = text.replace(",", " ").replace("'s", "").split()
        there = tokens[:2] in (["there", "is"], ["there", "are"])  # there is a boat on the lake: … உள்ளது
        tokens = tokens[2:] if there else tokens
        subject_found = self._subject(tokens)
        if not subject_found:
            return None
        subject, i = subject_found
        i = self._subject_modifiers(tokens, i, subject)
        if subject.modifiers and tokens[i: i + 1] == ["and"] and i + 1 < len(tokens) and self._verb(tokens[i + 1]):
            i += 1  # "a man wearing a hat and holding a cup": both describe him
        j = self._past_copula(tokens, i)
        finite, i = there or j > i, j
        lemma, before = "", ""  # no verb: "a dog on the beach", "a boat is on the lake"
        base = not finite and subject.cls in ("h", "p")  # "two dogs play", never "a dog play"
        if i < len(tokens) and (verb := self._verb(tokens[i], base)):
            finite = finite or verb[1] in ("s", "base")
            vp = self._verb_phrase(tokens, i + 1, verb[0])
            if not vp:
                return None
            before, i, lemma = vp
            if tokens[i: i + 1] == ["and"]:  # "sits on a bench and eats": the first verb joins the second
                joined = self._and_verb(tokens, i + 1, base, lemma, before)
                if not joined:
                    return None
                lemma, before, i = joined
            if tokens[i: i + 1] == ["while"]:  # "rides a bike while holding a cup": the while-clause goes first
                during = self._while_verb(tokens, i + 1)
                if not during:
                    return None
                clause, i = during
                before = f"{clause} {before}".strip()
        places = []
        while i < len(tokens):
            pp = self._place(tokens, i)
            if not pp:
                return None
            places.append(pp[0])
            i = pp[1]
        middle = " ".join(filter(None, [*places, before]))
        if not lemma:
            if not places and not finite:  # a noun phrase alone: "a red building", "a dog with a ball"
                listed = "," in caption  # "a man, woman, and child" would come out as one compound noun
                return self.render(subject) if len(tokens) > 1 and not listed else None
            if finite:
                return " ".join(filter(None, [middle, self.render(subject), self.existential(subject.cls)])) + "."
            return f"{middle} {self.render(subject)}"
        stem, participle, _ = self.VERBS[lemma]
        if finite:
            return " ".join(filter(None, [self.render(subject), middle, self.finite(stem, subject.cls)])) + "."
        return " ".join(filter(None, [middle, participle, self.render(subject)]))
