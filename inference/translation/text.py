"""Text clean-up around the model: English source normalisation, Indic target normalisation/tokenisation.

Targets are normalised and tokenised with indic-nlp-library before subword training so that punctuation
and nukta/vowel-sign variants do not multiply the vocabulary; outputs are detokenised the same way. Only
the parts of indic-nlp-library that need no downloaded resources are used.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_SPACES = re.compile(r"\s+")


def prepare_source(text: str) -> str:
    """English input as the model saw it in training: NFC, single spaces, lower case.

    Indian scripts have no case, so lower-casing the source loses nothing on the target side while it
    halves the English vocabulary the small model has to learn (captions arrive in either casing).
    """
    text = unicodedata.normalize("NFC", text)
    return _SPACES.sub(" ", text).strip().lower()


@functools.lru_cache(maxsize=16)
def _normalizer(lang: str):
    from indicnlp.normalize.indic_normalize import IndicNormalizerFactory

    return IndicNormalizerFactory().get_normalizer(lang)


def prepare_target(text: str, lang: str) -> str:
    """Normalise and tokenise a target sentence (space-separated tokens) for subword training."""
    from indicnlp.tokenize import indic_tokenize

    text = _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()
    text = _normalizer(lang).normalize(text)
    return " ".join(indic_tokenize.trivial_tokenize(text, lang))


def finish_target(text: str, lang: str) -> str:
    """Turn the model's tokenised output back into running text (attach punctuation, quotes)."""
    from indicnlp.tokenize import indic_detokenize

    text = _SPACES.sub(" ", text).strip()
    if not text:
        return text
    return unicodedata.normalize("NFC", indic_detokenize.trivial_detokenize(text, lang))
