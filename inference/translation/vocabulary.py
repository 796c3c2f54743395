"""The joint English + Indic sentencepiece vocabulary, with one target-language tag per trained language."""

from __future__ import annotations

from collections.abc import Sequence

PAD_ID, UNK_ID, BOS_ID, EOS_ID = 0, 1, 2, 3


def language_tag(lang: str) -> str:
    return f"<2{lang}>"


class SubwordVocabulary:
    """Wraps a sentencepiece model; the source starts with `<2xx>` so one decoder serves every language."""

    def __init__(self, model_proto: bytes, languages: Sequence[str]):
        import sentencepiece as spm

        self.model_proto = model_proto
        self.languages = tuple(languages)
        self._sp = spm.SentencePieceProcessor(model_proto=model_proto)
        self._tags = {lang: self._sp.piece_to_id(language_tag(lang)) for lang in self.languages}
        for lang, tag_id in self._tags.items():
            if tag_id == UNK_ID:
                raise ValueError(f"vocabulary has no tag for {lang}")

    @property
    def size(self) -> int:
        return self._sp.get_piece_size()

    def encode_source(self, text: str, lang: str, max_pieces: int | None = None) -> list[int]:
        """`<2lang> pieces… </s>`; `text` must already be `text.prepare_source`d."""
        ids = self._sp.encode(text)
        if max_pieces is not None:
            ids = ids[:max_pieces]
        return [self._tags[lang], *ids, EOS_ID]

    def encode_target(self, text: str) -> list[int]:
        return self._sp.encode(text)

    def pieces(self, text: str) -> list[str]:
        return self._sp.encode(text, out_type=str)

    def decode(self, ids: Sequence[int]) -> str:
        return self._sp.decode([int(i) for i in ids if int(i) > EOS_ID])
