"""Hyperparameters of the translation Transformer, as plain data shared by training, export and runtime."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any


@dataclass(frozen=True)
class TranslationModelConfig:
    """Shape of one multilingual encoder-decoder; the target language is a tag token on the source side."""

    vocab_size: int = 8000
    d_model: int = 256
    num_heads: int = 4
    encoder_layers: int = 3
    decoder_layers: int = 3
    ff_dim: int = 1024
    dropout: float = 0.1
    max_length: int = 128  # positions; longer inputs are split into chunks before they reach the model

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TranslationModelConfig:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})
