"""The Keras encoder-decoder Transformer that is trained; `runtime.py` serves its exported weights.

Pre-layer-norm blocks (stable with the short warm-up a CPU budget allows), sinusoidal positions (nothing to
learn, and trivially reproduced in NumPy), and one embedding matrix shared by the encoder input, the decoder
input and the output projection: with a joint vocabulary this is a third of the parameters saved.
"""

from __future__ import annotations

import math
from typing import Any

import keras
import numpy as np
from keras import ops

from inference.translation.config import TranslationModelConfig
from inference.translation.runtime import sinusoidal_positions
from inference.translation.vocabulary import PAD_ID


class _Attention(keras.layers.Layer):
    def __init__(self, d_model: int, num_heads: int, dropout: float, **kwargs: Any):
        super().__init__(**kwargs)
        self.d_model, self.num_heads, self.dropout_rate = d_model, num_heads, dropout
        self.head_dim = d_model // num_heads
        self.query = keras.layers.Dense(d_model, name="query")
        self.key = keras.layers.Dense(d_model, name="key")
        self.value = keras.layers.Dense(d_model, name="value")
        self.out = keras.layers.Dense(d_model, name="out")
        self.drop = keras.layers.Dropout(dropout)

    def build(self, input_shape):
        for layer in (self.query, self.key, self.value, self.out):
            layer.build((None, None, self.d_model))
        super().build(input_shape)

    def _split(self, x):
        b, t = ops.shape(x)[0], ops.shape(x)[1]
        return ops.transpose(ops.reshape(x, (b, t, self.num_heads, self.head_dim)), (0, 2, 1, 3))

    def call(self, x, context, bias, training=False):
        q = self._split(self.query(x)) * (1.0 / math.sqrt(self.head_dim))
        k, v = self._split(self.key(context)), self._split(self.value(context))
        weights = ops.softmax(ops.matmul(q, ops.transpose(k, (0, 1, 3, 2))) + bias, axis=-1)
        weights = self.drop(weights, training=training)
        h = ops.transpose(ops.matmul(weights, v), (0, 2, 1, 3))
        b, t = ops.shape(h)[0], ops.shape(h)[1]
        return self.out(ops.reshape(h, (b, t, self.d_model)))


class _FeedForward(keras.layers.Layer):
    def __init__(self, d_model: int, ff_dim: int, dropout: float, **kwargs: Any):
        super().__init__(**kwargs)
        self.d_model = d_model
        self.inner = keras.layers.Dense(ff_dim, activation="relu", name="inner")
        self.outer = keras.layers.Dense(d_model, name="outer")
        self.drop = keras.layers.Dropout(dropout)

    def build(self, input_shape):
        self.inner.build((None, None, self.d_model))
        self.outer.build((None, None, self.inner.units))
        super().build(input_shape)

    def call(self, x, training=False):
        return self.outer(self.drop(self.inner(x), training=training))


class _Block(keras.layers.Layer):
    """One encoder block (self-attention) or decoder block (causal self-attention + cross-attention)."""

    def __init__(self, d_model: int, num_heads: int, ff_dim: int, dropout: float, cross: bool, **kwargs: Any):
        super().__init__(**kwargs)
        self.d_model, self.cross = d_model, cross
        self.self_norm = keras.layers.LayerNormalization(epsilon=1e-5, name="self_norm")
        self.self_attention = _Attention(d_model, num_heads, dropout, name="self_attention")
        if cross:
            self.cross_norm = keras.layers.LayerNormalization(epsilon=1e-5, name="cross_norm")
            self.cross_attention = _Attention(d_model, num_heads, dropout, name="cross_attention")
        self.ff_norm = keras.layers.LayerNormalization(epsilon=1e-5, name="ff_norm")
        self.ff = _FeedForward(d_model, ff_dim, dropout, name="ff")
        self.drop = keras.layers.Dropout(dropout)

    def build(self, input_shape):
        shape = (None, None, self.d_model)
        norms = [self.self_norm, self.ff_norm] + ([self.cross_norm] if self.cross else [])
        for norm in norms:
            norm.build(shape)
        for layer in [self.self_attention, self.ff] + ([self.cross_attention] if self.cross else []):
            layer.build(shape)
        super().build(input_shape)

    def call(self, x, self_bias, memory=None, memory_bias=None, training=False):
        h = self.self_norm(x)
        x = x + self.drop(self.self_attention(h, h, self_bias, training=training), training=training)
        if self.cross:
            h = self.cross_norm(x)
            x = x + self.drop(self.cross_attention(h, memory, memory_bias, training=training), training=training)
        return x + self.drop(self.ff(self.ff_norm(x), training=training), training=training)


@keras.saving.register_keras_serializable(package="tasveer")
class TranslationTransformer(keras.Model):
    """Multilingual English→Indic translator: `(source_ids, target_input_ids) → next-token logits`.

    The source begins with a `<2xx>` target-language tag; the decoder input begins with BOS. Padding id is 0.
    """

    def __init__(
        self,
        vocab_size: int = 8000,
        d_model: int = 256,
        num_heads: int = 4,
        encoder_layers: int = 3,
        decoder_layers: int = 3,
        ff_dim: int = 1024,
        dropout: float = 0.1,
        max_length: int = 128,
        **kwargs: Any,
    ):
        super().__init__(**kwargs)
        self.vocab_size, self.d_model, self.num_heads = vocab_size, d_model, num_heads
        self.encoder_layers, self.decoder_layers = encoder_layers, decoder_layers
        self.ff_dim, self.dropout, self.max_length = ff_dim, dropout, max_length
        self.embedding = keras.layers.Embedding(
            vocab_size, d_model, embeddings_initializer=keras.initializers.RandomNormal(stddev=d_model**-0.5),
            name="embedding",
        )
        self.positions = sinusoidal_positions(max_length, d_model)
        self.encoder_blocks = [
            _Block(d_model, num_heads, ff_dim, dropout, cross=False, name=f"encoder_{i}") for i in range(encoder_layers)
        ]
        self.decoder_blocks = [
            _Block(d_model, num_heads, ff_dim, dropout, cross=True, name=f"decoder_{i}") for i in range(decoder_layers)
        ]
        self.encoder_norm = keras.layers.LayerNormalization(epsilon=1e-5, name="encoder_norm")
        self.decoder_norm = keras.layers.LayerNormalization(epsilon=1e-5, name="decoder_norm")
        self.embed_drop = keras.layers.Dropout(dropout)

    @classmethod
    def from_config_data(cls, config: TranslationModelConfig) -> TranslationTransformer:
        return cls(**config.to_dict())

    def build(self, input_shape=None):
        self.embedding.build((None, None))
        for block in self.encoder_blocks + self.decoder_blocks:
            block.build((None, None, self.d_model))
        self.encoder_norm.build((None, None, self.d_model))
        self.decoder_norm.build((None, None, self.d_model))
        self.output_bias = self.add_weight(shape=(self.vocab_size,), initializer="zeros", name="output_bias")
        super().build(input_shape)

    def _embed(self, ids, training):
        length = ops.shape(ids)[1]
        x = self.embedding(ids) * math.sqrt(self.d_model) + ops.convert_to_tensor(self.positions)[None, :length]
        return self.embed_drop(x, training=training)

    def encode(self, source_ids, training=False):
        bias = ops.cast(ops.equal(source_ids, PAD_ID), "float32")[:, None, None, :] * -1e9
        x = self._embed(source_ids, training)
        for block in self.encoder_blocks:
            x = block(x, bias, training=training)
        return self.encoder_norm(x), bias

    def call(self, inputs, training=False):
        source_ids, target_ids = inputs
        memory, memory_bias = self.encode(source_ids, training=training)
        length = ops.shape(target_ids)[1]
        causal = ops.triu(ops.ones((length, length)), k=1) * -1e9
        x = self._embed(target_ids, training)
        for block in self.decoder_blocks:
            x = block(x, causal[None, None], memory, memory_bias, training=training)
        x = self.decoder_norm(x)
        return ops.matmul(x, ops.transpose(self.embedding.embeddings)) + self.output_bias

    def get_config(self) -> dict[str, Any]:
        config = super().get_config()
        config.update(
            vocab_size=self.vocab_size, d_model=self.d_model, num_heads=self.num_heads,
            encoder_layers=self.encoder_layers, decoder_layers=self.decoder_layers, ff_dim=self.ff_dim,
            dropout=self.dropout, max_length=self.max_length,
        )
        return config

    def export_arrays(self) -> dict[str, np.ndarray]:
        """Every weight under a stable name, for the NumPy runtime (which never imports Keras)."""
        return {name: np.asarray(variable) for name, variable in self._named_variables()}

    def load_arrays(self, arrays: dict[str, np.ndarray]) -> None:
        """The inverse of `export_arrays` (float16 exports are widened): a shipped model can be trained on."""
        named = dict(self._named_variables())
        if set(named) != set(arrays):
            raise ValueError(f"weights do not match this model: {sorted(set(named) ^ set(arrays))[:5]}")
        for name, variable in named.items():
            if tuple(variable.shape) != tuple(arrays[name].shape):
                raise ValueError(f"{name}: shape {tuple(arrays[name].shape)}, model has {tuple(variable.shape)}")
            variable.assign(np.asarray(arrays[name], dtype="float32"))

    def _named_variables(self):
        yield "embedding", self.embedding.embeddings
        yield "output_bias", self.output_bias
        for norm_name in ("encoder_norm", "decoder_norm"):
            norm = getattr(self, norm_name)
            yield f"{norm_name}.gamma", norm.gamma
            yield f"{norm_name}.beta", norm.beta
        for kind, blocks in (("encoder", self.encoder_blocks), ("decoder", self.decoder_blocks)):
            for i, block in enumerate(blocks):
                prefix = f"{kind}.{i}"
                parts = [("self", block.self_norm, block.self_attention)]
                if block.cross:
                    parts.append(("cross", block.cross_norm, block.cross_attention))
                for name, norm, attention in parts:
                    yield f"{prefix}.{name}_norm.gamma", norm.gamma
                    yield f"{prefix}.{name}_norm.beta", norm.beta
                    for proj in ("query", "key", "value", "out"):
                        dense = getattr(attention, proj)
                        yield f"{prefix}.{name}.{proj}.kernel", dense.kernel
                        yield f"{prefix}.{name}.{proj}.bias", dense.bias
                yield f"{prefix}.ff_norm.gamma", block.ff_norm.gamma
                yield f"{prefix}.ff_norm.beta", block.ff_norm.beta
                for proj in ("inner", "outer"):
                    dense = getattr(block.ff, proj)
                    yield f"{prefix}.ff.{proj}.kernel", dense.kernel
                    yield f"{prefix}.ff.{proj}.bias", dense.bias
